package directory

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseExample(t *testing.T) {
	data, err := os.ReadFile("testdata/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFile(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Resellers) != 2 || len(f.Customers) != 2 || len(f.Domains) != 3 || len(f.Managers) != 3 || len(f.Subscriptions) != 4 {
		t.Fatalf("parsed %+v", f)
	}
	if f.Resellers[1].Threshold != 8500 || f.Customers[1].Window != 50 || f.Domains[1].Threshold != 9500 {
		t.Errorf("settings not read: %+v %+v %+v", f.Resellers[1], f.Customers[1], f.Domains[1])
	}
	if s := f.Subscriptions[0]; s.MinInterval != 15*time.Minute || !reflect.DeepEqual(s.Transitions, []Transition{"bad", "recovered"}) {
		t.Errorf("subscription = %+v", s)
	}
	if got := f.Directory().Resolve("mail.initech.example"); got.Threshold != 9500 || got.Reseller != "acme-msp" {
		t.Errorf("Resolve = %+v", got)
	}

	// What Marshal prints, ParseFile reads back to the same directory.
	out, err := Marshal(f.Directory())
	if err != nil {
		t.Fatal(err)
	}
	again, err := ParseFile(out)
	if err != nil {
		t.Fatalf("reading back printed file: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(again.Directory(), f.Directory()) {
		t.Errorf("round trip differs:\n%s", out)
	}
	if !strings.Contains(string(out), "min_interval: 15m\n") || !strings.Contains(string(out), "threshold: 0.85") {
		t.Errorf("printed form:\n%s", out)
	}
	red, err := Marshal(f.Directory(), RedactSecrets())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(red), "MfKQ9r8") {
		t.Errorf("redacted output shows the secret:\n%s", red)
	}
}

// TestParseFileListsEveryProblem feeds a file with many mistakes and wants
// each named with its path and line.
func TestParseFileListsEveryProblem(t *testing.T) {
	const file = `resellers:
  - id: r1
  - id: r1
customers:
  - id: c1
    reseller: r1
  - id: c2
    reseller: r9
domains:
  - name: a.example
    customer: c1
    threshold: 1.5
  - name: B.Example
    customer: c1
    window: 0
managers:
  - id: m1
    level: reseller
    of: r1
    email: not-an-address
    colour: blue
  - id: m2
    level: domain
    of: a.example
    webhook_url: ftp://x.example/
    webhook_secret: hunter2
subscriptions:
  - id: s1
    manager: m9
  - id: s2
    manager: m1
    transitions: [bad, sideways]
    channels: [webhook]
    min_interval: soon
`
	_, err := ParseFile([]byte(file))
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("err = %v, want *ValidationError", err)
	}
	want := []struct {
		path string
		line int
		text string
	}{
		{"domains[0].threshold", 12, "want a fraction"},
		{"domains[1].window", 15, "1..1000"},
		{"managers[0].colour", 21, "unknown field"},
		{"subscriptions[1].min_interval", 34, "want a duration"},
		{"resellers[1].id", 3, `duplicate reseller id "r1"`},
		{"customers[1].reseller", 8, `unknown reseller "r9"`},
		{"domains[1].name", 13, "lower-case"},
		{"managers[0].email", 20, "not an e-mail address"},
		{"managers[1].webhook_url", 25, "scheme"},
		{"managers[1].webhook_secret", 26, "whsec_"},
		{"subscriptions[0].manager", 29, `unknown manager "m9"`},
		{"subscriptions[1].transitions[1]", 32, "sideways"},
		{"subscriptions[1].channels[0]", 33, "no webhook_url"},
	}
	msg := err.Error()
	for _, w := range want {
		found := false
		for _, p := range verr.Problems {
			if p.Path == w.path {
				found = true
				if p.Line != w.line || !strings.Contains(p.Message, w.text) {
					t.Errorf("%s: got line %d %q; want line %d containing %q", w.path, p.Line, p.Message, w.line, w.text)
				}
			}
		}
		if !found {
			t.Errorf("no problem reported at %s", w.path)
		}
	}
	if strings.Contains(msg, "hunter2") {
		t.Errorf("error quotes the secret: %s", msg)
	}
	if t.Failed() {
		t.Log(msg)
	}
}

func TestParseFileProblems(t *testing.T) {
	base := `resellers: [{id: r1}, {id: r2}]
customers: [{id: c1, reseller: r1}, {id: c2, reseller: r2}]
domains: [{name: a.example, customer: c1}, {name: b.example, customer: c2}]
`
	for _, tc := range []struct {
		name, yaml, path, text string
	}{
		{"not yaml", "resellers: [", "", "not valid YAML"},
		{"top-level typo", "resselers: []", "resselers", "unknown field"},
		{"list expected", "domains: a.example", "domains", "want a list"},
		{"duplicate domain", "resellers: [{id: r1}]\ncustomers: [{id: c1, reseller: r1}]\ndomains: [{name: a.example, customer: c1}, {name: a.example, customer: c1}]", "domains[1].name", "duplicate domain"},
		{"manager without address", base + "managers: [{id: m, level: customer, of: c1}]", "managers[0]", "needs an email or a webhook_url"},
		{"manager of unknown", base + "managers: [{id: m, level: customer, of: c9, email: a@b.example}]", "managers[0].of", `unknown customer "c9"`},
		{"bad level", base + "managers: [{id: m, level: planet, of: c1, email: a@b.example}]", "managers[0].level", "want reseller, customer or domain"},
		{"secret too short", base + "managers: [{id: m, level: customer, of: c1, webhook_url: 'https://h.example/', webhook_secret: whsec_AAAA}]", "managers[0].webhook_secret", "24 to 64"},
		{"scope outside manager", base + "managers: [{id: m, level: reseller, of: r1, email: a@b.example}]\nsubscriptions: [{id: s, manager: m, level: domain, of: b.example}]", "subscriptions[0].of", "outside"},
		{"bad id", "resellers: [{id: 'a b'}]", "resellers[0].id", "letters, digits"},
		{"threshold zero", "defaults: {threshold: 0}", "defaults.threshold", "want a fraction"},
		{"window too big", "defaults: {window: 5000}", "defaults.window", "1..1000"},
		// A display name is one line of visible text (review finding: a
		// CR/LF in a customer's name printed a forged "Bcc:" line).
		{"name with CR LF", "resellers: [{id: r1}]\ncustomers: [{id: c1, reseller: r1, name: \"Demo\\r\\nBcc: spy@evil.example\"}]", "customers[0].name", "control character (U+000D)"},
		{"name with a tab", "resellers: [{id: r1, name: \"North\\twind\"}]", "resellers[0].name", "control character (U+0009)"},
		{"name with ESC", base + "managers: [{id: m, level: customer, of: c1, email: a@b.example, name: \"\\e[31mred\"}]", "managers[0].name", "control character (U+001B)"},
		{"name with NEL", "resellers: [{id: r1, name: \"a\\Nb\"}]", "resellers[0].name", "control character (U+0085)"},
		{"name with a bidi override", "resellers: [{id: r1, name: \"abc\\u202Efed\"}]", "resellers[0].name", "bidirectional control character (U+202E)"},
		{"name with an isolate", "resellers: [{id: r1, name: \"abc\\u2066x\"}]", "resellers[0].name", "bidirectional control character (U+2066)"},
		{"name with a line separator", "resellers: [{id: r1, name: \"a\\u2028b\"}]", "resellers[0].name", "line or paragraph separator"},
		{"name too long", "resellers: [{id: r1, name: " + strings.Repeat("x", 201) + "}]", "resellers[0].name", "201 characters"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseFile([]byte(tc.yaml))
			var verr *ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("err = %v", err)
			}
			for _, p := range verr.Problems {
				if p.Path == tc.path && strings.Contains(p.Message, tc.text) {
					return
				}
			}
			t.Errorf("want %s: ...%s...; got %v", tc.path, tc.text, err)
		})
	}
}

func TestParseEmptyFile(t *testing.T) {
	f, err := ParseFile([]byte("# nothing yet\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d := f.Directory(); len(d.Domains) != 0 || d.Defaults != New().Defaults {
		t.Errorf("empty file gave %+v", d)
	}
}
