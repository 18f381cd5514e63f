package diagnose

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// FuzzReadLabelled: the evaluation-set loader never panics, and what it
// accepts names known categories and outcomes. Seeds in
// testdata/fuzz/FuzzReadLabelled.
func FuzzReadLabelled(f *testing.F) {
	f.Add([]byte(`{"id":"x","response":"550 5.1.1 no","code":550,"enhanced":"5.1.1","outcome":"bounced","category":"user_unknown","source":"s"}` + "\n"))
	f.Add([]byte("{\"response\":\"x\",\"outcome\":\"deferred\",\"category\":\"other\"}\r\n\n[1]\n"))
	cats := map[string]bool{}
	for _, c := range AllCategories() {
		cats[c] = true
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cases, err := ReadLabelled(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, c := range cases {
			if !cats[c.Category] || c.ID == "" {
				t.Fatalf("accepted %+v", c)
			}
		}
		rep := testClassifier.Evaluate(cases)
		if rep.N != len(cases) || rep.CategoryCorrect > rep.N {
			t.Fatalf("report %+v", rep)
		}
	})
}

// FuzzRunCLI: "mailflow diagnose" reads arbitrary bytes as JSON Lines or
// text; every line it writes is one valid JSON object, and every input
// line is either answered or reported. Seeds in testdata/fuzz/FuzzRunCLI.
func FuzzRunCLI(f *testing.F) {
	f.Add([]byte(`{"response":"550 5.1.1 x","code":550,"x":[1,{"y":null}]}`+"\nnot json\n"), false)
	f.Add([]byte("452 4.2.2 full\n\xff\xfe\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, text bool) {
		var out, errOut bytes.Buffer
		res, err := RunCLI(context.Background(), bytes.NewReader(data), &out, &errOut, CLIOptions{Text: text, Classifier: testClassifier})
		if err != nil {
			t.Fatal(err)
		}
		lines := 0
		for _, l := range strings.Split(out.String(), "\n") {
			if l == "" {
				continue
			}
			lines++
			var m map[string]any
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatalf("output line is not a JSON object: %v: %.200q", err, l)
			}
		}
		nonEmpty := 0
		for _, l := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(bytes.TrimRight(l, "\r"))) > 0 {
				nonEmpty++
			}
		}
		if lines+res.Bad != nonEmpty {
			t.Fatalf("%d answers + %d bad for %d input lines", lines, res.Bad, nonEmpty)
		}
	})
}
