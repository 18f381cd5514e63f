package diagnose

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// kindsFile holds the kinds tests' phrasings as labelled examples
// (testdata/README.md); the model trains on them (internal/trainmodel).
const kindsFile = "testdata/kinds.jsonl"

// phrasing is one line of kindsFile.
type phrasing struct {
	ID       string  `json:"id,omitempty"`
	Category string  `json:"category"`
	Outcome  string  `json:"outcome"`
	Code     *int    `json:"code,omitempty"`
	Enhanced *string `json:"enhanced,omitempty"`
	Response string  `json:"response"`
	Source   string  `json:"source"`
}

// line writes p as kindsFile's lines are written: keys in this order,
// ", " and ": " between them, no HTML escapes.
func (p phrasing) line() string {
	str := func(s string) string {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			panic(err)
		}
		return strings.TrimSuffix(b.String(), "\n")
	}
	parts := []string{`"id": ` + str(p.ID), `"category": ` + str(p.Category), `"outcome": ` + str(p.Outcome)}
	if p.Code != nil {
		parts = append(parts, fmt.Sprintf(`"code": %d`, *p.Code))
	}
	if p.Enhanced != nil {
		parts = append(parts, `"enhanced": `+str(*p.Enhanced))
	}
	parts = append(parts, `"response": `+str(p.Response), `"source": `+str(p.Source))
	return "{" + strings.Join(parts, ", ") + "}\n"
}

// mergePhrasings returns kindsFile's content for the phrasings the kinds
// tests hold now (tests, in the order they ran) given the file as it is
// (old): a line whose response a test still holds keeps its id and source
// and takes the test's labels and codes; a response no test holds any
// more is dropped; a new one is appended with the next id.
func mergePhrasings(old, tests []phrasing) string {
	byResp := map[string]phrasing{}
	for _, p := range tests {
		if _, ok := byResp[p.Response]; !ok {
			byResp[p.Response] = p
		}
	}
	var b strings.Builder
	seen := map[string]bool{}
	next := 0
	for _, o := range old {
		var n int
		if _, err := fmt.Sscanf(o.ID, "kind-%d", &n); err == nil && n > next {
			next = n
		}
		p, ok := byResp[o.Response]
		if !ok {
			continue
		}
		seen[o.Response] = true
		p.ID, p.Source = o.ID, o.Source
		b.WriteString(p.line())
	}
	for _, p := range tests {
		if seen[p.Response] {
			continue
		}
		seen[p.Response] = true
		next++
		p.ID = fmt.Sprintf("kind-%04d", next)
		b.WriteString(p.line())
	}
	return b.String()
}

func readPhrasings(t *testing.T, path string) []phrasing {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []phrasing
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var p phrasing
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestTrainingPhrasings checks that testdata/kinds.jsonl holds exactly
// the kinds tests' phrasings (less kindsUntrained), so that the model
// trains on the conventions the tests state. It runs the TestKind tests
// again in a child process of this test binary, which writes every
// phrasing through DIAGNOSE_KINDS_OUT. Rewrite the file with
//
//	DIAGNOSE_KINDS_UPDATE=1 go test -run TestTrainingPhrasings ./diagnose
//
// then retrain the model (go generate ./diagnose; TestModelIsGenerated in
// internal/trainmodel checks that model.bin is what it writes).
func TestTrainingPhrasings(t *testing.T) {
	if os.Getenv("DIAGNOSE_KINDS_OUT") != "" {
		t.Skip("inside the child process")
	}
	raw := filepath.Join(t.TempDir(), "phrasings.jsonl")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKind", "-test.count=1")
	cmd.Env = append(os.Environ(), "DIAGNOSE_KINDS_OUT="+raw)
	// A kinds test that fails is reported by this run's own TestKind
	// tests; the phrasings are written before anything is checked.
	out, err := cmd.CombinedOutput()
	if _, serr := os.Stat(raw); serr != nil {
		t.Fatalf("the kinds tests wrote no phrasings (%v): %v\n%s", serr, err, out)
	}
	tests := readPhrasings(t, raw)
	want := mergePhrasings(readPhrasings(t, kindsFile), tests)
	have, err := os.ReadFile(kindsFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(have) == want {
		return
	}
	if os.Getenv("DIAGNOSE_KINDS_UPDATE") != "" {
		if err := os.WriteFile(kindsFile, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %s (%d lines); now retrain the model: go generate ./diagnose", kindsFile, strings.Count(want, "\n"))
		return
	}
	haveLines := strings.SplitAfter(string(have), "\n")
	wantLines := strings.SplitAfter(want, "\n")
	inHave := map[string]bool{}
	for _, l := range haveLines {
		inHave[l] = true
	}
	inWant := map[string]bool{}
	for _, l := range wantLines {
		inWant[l] = true
	}
	shown := 0
	for _, l := range wantLines {
		if !inHave[l] && shown < 10 {
			t.Errorf("missing or changed: %.160s", l)
			shown++
		}
	}
	for _, l := range haveLines {
		if !inWant[l] && shown < 20 {
			t.Errorf("stale: %.160s", l)
			shown++
		}
	}
	t.Errorf("%s is not the kinds tests' phrasings (%d lines, want %d): DIAGNOSE_KINDS_UPDATE=1 go test -run TestTrainingPhrasings ./diagnose, then go generate ./diagnose",
		kindsFile, len(haveLines)-1, len(wantLines)-1)
}
