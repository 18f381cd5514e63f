package directory

import (
	"errors"
	"strings"
	"testing"
)

func tokenDirectory() *Directory {
	d := New()
	d.Resellers["ra"] = Reseller{ID: "ra"}
	d.Resellers["rb"] = Reseller{ID: "rb"}
	d.Customers["ca1"] = Customer{ID: "ca1", Reseller: "ra"}
	d.Customers["ca2"] = Customer{ID: "ca2", Reseller: "ra"}
	d.Customers["cb1"] = Customer{ID: "cb1", Reseller: "rb"}
	d.Domains["a1.example"] = Domain{Name: "a1.example", Customer: "ca1"}
	d.Domains["a2.example"] = Domain{Name: "a2.example", Customer: "ca2"}
	d.Domains["b1.example"] = Domain{Name: "b1.example", Customer: "cb1"}
	d.Domains["orphan.example"] = Domain{Name: "orphan.example", Customer: "gone"}
	d.Managers["noc-a"] = Manager{ID: "noc-a", Level: LevelReseller, Of: "ra", APITokenSHA256: HashToken("token-a")}
	d.Managers["cust-a1"] = Manager{ID: "cust-a1", Level: LevelCustomer, Of: "ca1", APITokenSHA256: HashToken("token-ca1")}
	d.Managers["pm-b1"] = Manager{ID: "pm-b1", Level: LevelDomain, Of: "b1.example", APITokenSHA256: HashToken("token-b1")}
	d.Managers["pm-x"] = Manager{ID: "pm-x", Level: LevelDomain, Of: "unknown.example", APITokenSHA256: HashToken("token-x")}
	d.Managers["mail-only"] = Manager{ID: "mail-only", Level: LevelReseller, Of: "ra", Email: "m@ra.example"}
	return d
}

func TestHashToken(t *testing.T) {
	// printf %s acme-noc-example-token | sha256sum
	if got := HashToken("acme-noc-example-token"); got != "ebd331e77cb7fa9799a4f74a493e6ed5f7b908120658122e5ab4d8e1ba51e334" {
		t.Errorf("HashToken = %s", got)
	}
}

func TestManagerByToken(t *testing.T) {
	d := tokenDirectory()
	for _, tc := range []struct {
		token, want string // want "" means no manager
	}{
		{"token-a", "noc-a"},
		{"token-ca1", "cust-a1"},
		{"token-b1", "pm-b1"},
		{"", ""},
		{"token-A", ""},
		{"token-a ", ""},
		{HashToken("token-a"), ""}, // the hash is not the token
		{"nobody", ""},
	} {
		m, ok := d.ManagerByToken(tc.token)
		if ok != (tc.want != "") || m.ID != tc.want {
			t.Errorf("ManagerByToken(%q) = %q, %v; want %q", tc.token, m.ID, ok, tc.want)
		}
	}
	if !d.HasAPITokens() {
		t.Error("HasAPITokens = false")
	}
	if New().HasAPITokens() {
		t.Error("HasAPITokens of an empty directory = true")
	}

	// A shared hash (never in a validated file) resolves to the smallest id.
	d.Managers["aaa"] = Manager{ID: "aaa", Level: LevelDomain, Of: "a1.example", APITokenSHA256: HashToken("token-a")}
	for range 20 {
		if m, _ := d.ManagerByToken("token-a"); m.ID != "aaa" {
			t.Fatalf("shared hash resolved to %q, want aaa", m.ID)
		}
	}
}

func TestManagerCovers(t *testing.T) {
	d := tokenDirectory()
	for _, tc := range []struct {
		manager, domain string
		want            bool
	}{
		{"noc-a", "a1.example", true},
		{"noc-a", "a2.example", true},
		{"noc-a", "b1.example", false},
		{"noc-a", "orphan.example", false},
		{"noc-a", "unknown.example", false},
		{"cust-a1", "a1.example", true},
		{"cust-a1", "a2.example", false},
		{"pm-b1", "b1.example", true},
		{"pm-b1", "a1.example", false},
		// A domain-level manager of a domain not in the directory sees
		// nothing: the domain must be in the directory.
		{"pm-x", "unknown.example", false},
	} {
		if got := d.ManagerCovers(d.Managers[tc.manager], tc.domain); got != tc.want {
			t.Errorf("ManagerCovers(%s, %s) = %v, want %v", tc.manager, tc.domain, got, tc.want)
		}
	}
}

func TestParseFileTokenHash(t *testing.T) {
	const base = `resellers: [{id: r1}]
customers: [{id: c1, reseller: r1}]
domains: [{name: a.example, customer: c1}]
`
	good := HashToken("secret-token")
	for _, tc := range []struct {
		name, managers, problem string // problem "" means valid
	}{
		{"valid", "[{id: m, level: customer, of: c1, email: a@b.example, api_token_sha256: " + good + "}]", ""},
		{"upper case", "[{id: m, level: customer, of: c1, email: a@b.example, api_token_sha256: " + strings.ToUpper(good) + "}]", "lowercase hex"},
		{"the token itself", "[{id: m, level: customer, of: c1, email: a@b.example, api_token_sha256: secret-token}]", "not a value of 12 characters"},
		{"too long", "[{id: m, level: customer, of: c1, email: a@b.example, api_token_sha256: " + good + "0}]", "64 characters"},
		{"not hex", "[{id: m, level: customer, of: c1, email: a@b.example, api_token_sha256: " + strings.Repeat("g", 64) + "}]", "0-9a-f"},
		{"shared", "[{id: m, level: customer, of: c1, email: a@b.example, api_token_sha256: " + good + "}, {id: n, level: customer, of: c1, email: a@b.example, api_token_sha256: " + good + "}]", "same token hash as managers[0]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ParseFile([]byte(base + "managers: " + tc.managers + "\n"))
			if tc.problem == "" {
				if err != nil {
					t.Fatal(err)
				}
				if f.Managers[0].APITokenSHA256 != good {
					t.Errorf("hash = %q", f.Managers[0].APITokenSHA256)
				}
				out, err := Marshal(f.Directory())
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(string(out), "api_token_sha256: "+good+"\n") {
					t.Errorf("printed file lacks the hash:\n%s", out)
				}
				return
			}
			var verr *ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("err = %v", err)
			}
			wantPath := "managers[0].api_token_sha256"
			if tc.name == "shared" {
				wantPath = "managers[1].api_token_sha256"
			}
			for _, p := range verr.Problems {
				if p.Path == wantPath && strings.Contains(p.Message, tc.problem) && p.Line > 0 {
					if strings.Contains(p.Message, "secret-token") {
						t.Errorf("the problem quotes the value: %s", p.Message)
					}
					return
				}
			}
			t.Errorf("want %s: ...%s...; got %v", wantPath, tc.problem, err)
		})
	}
}
