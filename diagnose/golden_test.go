package diagnose

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/mailflow/mailflow/schemas"
)

// goldenFile holds one SHA-256 per (set, input variant) over every answer
// the classifier gives for the set's responses: category, outcome,
// provider, blocklist, advice, the processor's Event category and the
// model's features. It pins the answers so that work on the classifier's
// speed cannot change one of them in silence.
//
// A change of the rules or the model changes it on purpose: regenerate it
// with DIAGNOSE_GOLDEN_UPDATE=1 go test -run TestGoldenAnswers ./diagnose
// and say in the commit which answers moved (DIAGNOSE_GOLDEN_OUT=DIR writes
// every answer, one line each, to compare two commits with diff).
const goldenFile = "testdata/golden.sha256"

// goldenInput is one response of a set, with the codes its label gives.
type goldenInput struct {
	id       string
	code     int
	enhanced string
	response string
	host     string
	outcome  string
}

// goldenSets returns every labelled response the package has: the label
// sets, the shared corpus (responses and the Postfix lines' texts) and the
// fuzz seeds of FuzzClassify.
func goldenSets(t *testing.T) map[string][]goldenInput {
	sets := map[string][]goldenInput{}
	names, err := filepath.Glob("testdata/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range names {
		name := filepath.Base(path)
		if name == "rules_blind.jsonl" { // ids and answers, no responses
			continue
		}
		for _, l := range loadLabelled(t, name) {
			in := goldenInput{id: l.ID, response: l.Response}
			if l.Code != nil {
				in.code = *l.Code
			}
			if l.Enhanced != nil {
				in.enhanced = *l.Enhanced
			}
			sets[name] = append(sets[name], in)
		}
	}
	for _, tc := range loadCorpus(t) {
		in := goldenInput{id: tc.ID, response: tc.Response}
		if tc.Code != nil {
			in.code = *tc.Code
		}
		if tc.Enhanced != nil {
			in.enhanced = *tc.Enhanced
		}
		sets["corpus"] = append(sets["corpus"], in)
	}
	if b, err := os.ReadFile(filepath.Join(filepath.Dir(corpusPath()), "postfix_lines.jsonl")); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			var pl struct {
				ID   string `json:"id"`
				Line string `json:"line"`
			}
			if json.Unmarshal([]byte(line), &pl) != nil || pl.Line == "" {
				continue
			}
			// The text a delivery line's status gives in parentheses.
			text := pl.Line
			if i := strings.Index(text, "status="); i >= 0 {
				text = text[i:]
				if j := strings.IndexByte(text, '('); j >= 0 {
					text = strings.TrimSuffix(text[j+1:], ")")
				}
			}
			sets["postfix_lines"] = append(sets["postfix_lines"], goldenInput{id: pl.ID, response: text})
		}
	}
	seeds, err := filepath.Glob("testdata/fuzz/FuzzClassify/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range seeds {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var vals []string
		for _, l := range strings.Split(string(b), "\n")[1:] {
			if l == "" {
				continue
			}
			open := strings.IndexByte(l, '(')
			if open < 0 || !strings.HasSuffix(l, ")") {
				t.Fatalf("%s: %q", path, l)
			}
			vals = append(vals, l[open+1:len(l)-1])
		}
		if len(vals) != 5 {
			t.Fatalf("%s: %d values", path, len(vals))
		}
		code, err := strconv.Atoi(vals[0])
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		var s [4]string
		for i := range s {
			if s[i], err = strconv.Unquote(vals[i+1]); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
		}
		sets["fuzz"] = append(sets["fuzz"], goldenInput{id: filepath.Base(path), code: code,
			enhanced: s[0], response: s[1], host: s[2], outcome: s[3]})
	}
	return sets
}

// goldenVariants are the ways each response is fed to the classifier, so
// that the code paths behind the labels' codes, parsed codes, the MTA's
// outcome, a Postfix wrapper and a provider's host are all pinned.
var goldenVariants = []struct {
	name string
	of   func(g goldenInput) Input
}{
	{"labelled", func(g goldenInput) Input {
		return Input{Code: g.code, Enhanced: g.enhanced, Response: g.response, RemoteHost: g.host, Outcome: g.outcome}
	}},
	{"bare", func(g goldenInput) Input { return Input{Response: g.response} }},
	{"deferred", func(g goldenInput) Input { return Input{Response: g.response, Outcome: "deferred"} }},
	{"upper", func(g goldenInput) Input { return Input{Code: g.code, Response: strings.ToUpper(g.response)} }},
	{"wrapped", func(g goldenInput) Input {
		return Input{Response: "host mx.example.net[192.0.2.1] said: " + g.response + " (in reply to RCPT TO command)",
			RemoteHost: "mx.example.net"}
	}},
	{"gmail", func(g goldenInput) Input {
		return Input{Code: g.code, Response: g.response, RemoteHost: "gmail-smtp-in.l.google.com"}
	}},
	{"head", func(g goldenInput) Input { return Input{Response: g.response[:len(g.response)/2]} }},
}

// goldenLine is everything the classifier answers for in, on one line.
func goldenLine(c *Classifier, id string, in Input) string {
	r := c.Classify(in)
	f := c.Features(in)
	fh := fnv.New64a()
	fmt.Fprintf(fh, "%s|%v|%d|%s|%s|%v", f.Rule, f.Settled, f.Table, f.CodeClass, f.SubDetail, f.Text)
	ah := fnv.New64a()
	fmt.Fprintf(ah, "%s|%s|%s", r.Advice.Summary, r.Advice.WhoActs, r.Advice.Check)
	ev := "-"
	if o, ok := schemas.ParseOutcome(r.Outcome); ok {
		e := schemas.DeliveryEvent{SMTPCode: in.Code, EnhancedCode: in.Enhanced, Response: in.Response,
			RemoteHost: in.RemoteHost, Outcome: o}
		ev = c.Event(&e).String()
	}
	return fmt.Sprintf("%s %s %s %q %q %016x %s %016x\n", id, r.Category, r.Outcome, r.Provider, r.Blocklist,
		ah.Sum64(), ev, fh.Sum64())
}

// TestGoldenAnswers checks that every labelled response, fed in every
// variant, gets exactly the answers recorded in goldenFile.
func TestGoldenAnswers(t *testing.T) {
	sets := goldenSets(t)
	if _, ok := sets["corpus"]; !ok {
		t.Fatal("shared corpus not found (internal/corpus)")
	}
	c := New()
	outDir := os.Getenv("DIAGNOSE_GOLDEN_OUT")
	var got []string
	for name, inputs := range sets {
		for _, v := range goldenVariants {
			sum := sha256.New()
			var all strings.Builder
			for _, g := range inputs {
				line := goldenLine(c, g.id, v.of(g))
				sum.Write([]byte(line))
				if outDir != "" {
					all.WriteString(line)
				}
			}
			got = append(got, fmt.Sprintf("%s %s %d %x", name, v.name, len(inputs), sum.Sum(nil)))
			if outDir != "" {
				if err := os.WriteFile(filepath.Join(outDir, name+"."+v.name+".txt"), []byte(all.String()), 0o600); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	sort.Strings(got)
	if os.Getenv("DIAGNOSE_GOLDEN_UPDATE") != "" {
		if err := os.WriteFile(goldenFile, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(goldenFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 4 {
			want[fields[0]+" "+fields[1]] = sc.Text()
		}
	}
	for _, g := range got {
		fields := strings.Fields(g)
		key := fields[0] + " " + fields[1]
		if w, ok := want[key]; !ok {
			t.Errorf("%s: not in %s", key, goldenFile)
		} else if w != g {
			t.Errorf("%s: answers changed:\n got %s\nwant %s", key, g, w)
		}
		delete(want, key)
	}
	for key := range want {
		t.Errorf("%s: in %s but no longer produced", key, goldenFile)
	}
}
