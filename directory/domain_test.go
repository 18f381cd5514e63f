package directory

import (
	"strings"
	"testing"
)

// badDomainNames are names a directory file or a config record may not
// use for a domain: not a host name, or not in the canonical form the
// processor keys by (the hint names it).
var badDomainNames = []struct{ name, want string }{
	{"\u00ad", "not a domain name"},
	{"d1.example\u3002", `canonical form (lower-case A-labels, no trailing dot): "d1.example"`},
	{"d1.example.", `"d1.example"`},
	{"a..\u00e9", "not a domain name"},
	{strings.Repeat("x", 64) + ".example", "not a domain name"},
	{".\x89", "not a domain name"},
	{"0\u3002", "not a domain name"},
	{"\u034f", "not a domain name"},
	{"B\u00fccher.example", `"xn--bcher-kva.example"`},
	{"Example.org", `"example.org"`},
	{"mx_1.example", "not a domain name"},
	{"xn--zz-.example", "not a domain name"},
	{"localhost", "not a fully qualified domain name"},
}

func TestDomainNamesInFile(t *testing.T) {
	for _, tc := range badDomainNames {
		t.Run(tc.name, func(t *testing.T) {
			file := "customers: [{id: c1, reseller: r1}]\nresellers: [{id: r1}]\ndomains:\n  - name: \"" + yamlEscape(tc.name) + "\"\n    customer: c1\n"
			_, err := ParseFile([]byte(file))
			if err == nil || !strings.Contains(err.Error(), "domains[0].name") || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("ParseFile: %v; want a problem at domains[0].name containing %q", err, tc.want)
			}
		})
	}
	if _, err := ParseFile([]byte("resellers: [{id: r1}]\ncustomers: [{id: c1, reseller: r1}]\ndomains: [{name: xn--bcher-kva.example, customer: c1}]\n")); err != nil {
		t.Fatalf("a canonical IDN refused: %v", err)
	}
}

// TestManagerOfDomainSpelling (review S25A, newcomer): a manager of
// "BÜCHER.example" is refused, as the domains list refuses that spelling,
// with the canonical form as the hint, not only "unknown domain".
func TestManagerOfDomainSpelling(t *testing.T) {
	for _, tc := range []struct{ of, want string }{
		{"B\u00dcCHER.example", `"xn--bcher-kva.example"`},
		{"Example.ORG", `"example.org"`},
		{"example.org.", `"example.org"`},
	} {
		file := "resellers: [{id: r1}]\ncustomers: [{id: c1, reseller: r1}]\ndomains: [{name: xn--bcher-kva.example, customer: c1}, {name: example.org, customer: c1}]\n" +
			"managers:\n  - {id: m1, level: domain, of: \"" + yamlEscape(tc.of) + "\", email: m1@example.org}\n"
		_, err := ParseFile([]byte(file))
		if err == nil || !strings.Contains(err.Error(), "managers[0].of") || !strings.Contains(err.Error(), "canonical form") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("manager of %q: %v; want a problem at managers[0].of naming %s", tc.of, err, tc.want)
		}
	}
}

// TestDomainNamesInRecords checks the config topic's side: a domain record
// whose key is not a canonical domain is refused, not applied as a shadow
// domain.
func TestDomainNamesInRecords(t *testing.T) {
	for _, tc := range badDomainNames {
		d := New()
		rec := Record{Key: Key(KindDomain, tc.name), Value: []byte(`{"customer":"c1"}`)}
		if err := d.apply(rec); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("apply %q: %v; want an error containing %q", rec.Key, err, tc.want)
		}
		if len(d.Domains) != 0 {
			t.Errorf("apply %q added %v", rec.Key, d.Domains)
		}
	}
}

func yamlEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteString(`\` + string(r))
		case r < 0x20 || r == 0xfffd:
			// YAML cannot carry invalid UTF-8; \x89 becomes U+FFFD when
			// the file is read, which is refused all the same.
			b.WriteString(`\uFFFD`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
