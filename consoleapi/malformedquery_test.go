package consoleapi

import (
	"fmt"
	"strings"
	"testing"
)

// TestMalformedQueryRefused: a console API request whose query cannot be
// read whole (a malformed %-escape in a name or value, a ";" separator)
// is refused with 400 naming the parameter and the escape, and does
// nothing. r.URL.Query() dropped the pair without a word: "?q=Customer%"
// listed every child, and "DELETE /api/v1/me/sessions?others=1&x=%zz"
// ended the other sessions (review finding S26A-6). Well-formed escapes
// (%25, + for a space, %20, %2E, %31) mean what they meant.
func TestMalformedQueryRefused(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	ra, other := f.signIn("ra@a.example"), f.signIn("ra@a.example")

	variants := []struct {
		query func(p, v string) string
		want  func(p, v string) []string // parts of the error
	}{
		{func(p, v string) string { return p + "=" + v + "%" }, func(p, v string) []string { return []string{fmt.Sprintf("the value of %q", p), `"%"`, "%25"} }},
		{func(p, v string) string { return p + "=" + v + "%z" }, func(p, v string) []string { return []string{fmt.Sprintf("%q", p), `"%z"`} }},
		{func(p, v string) string { return p + "=%zz" + v }, func(p, v string) []string { return []string{fmt.Sprintf("%q", p), `"%zz"`} }},
		{func(p, v string) string { return p + "=%%" + v }, func(p, v string) []string { return []string{fmt.Sprintf("%q", p), `"%%` + v[:1] + `"`} }},
		{func(p, v string) string { return p + "%=" + v }, func(p, v string) []string { return []string{fmt.Sprintf("the parameter name %q", p+"%"), `"%"`} }},
		{func(p, v string) string { return p + "=" + v + "&x=%zz" }, func(p, v string) []string { return []string{`"x"`, `"%zz"`} }},
		{func(p, v string) string { return p + "=" + v + ";x=1" }, func(p, v string) []string { return []string{`";"`, `"&"`, "%3B"} }},
	}
	for _, ep := range []struct {
		method, path, param, value string
	}{
		{"GET", "/api/v1/tree", "q", "Customer"},
		{"GET", "/api/v1/tree", "limit", "1"},
		{"GET", "/api/v1/tree/reseller/rA", "offset", "1"},
		{"GET", "/api/v1/silences", "domain", "a1.example"},
		{"DELETE", "/api/v1/me/sessions", "others", "1"},
		{"GET", "/api/v1/me/sessions", "x", "1"},
		{"GET", "/api/v1/settings/domain/a1.example", "x", "1"},
	} {
		for _, v := range variants {
			q := v.query(ep.param, ep.value)
			t.Run(ep.method+" "+ep.path+"?"+q, func(t *testing.T) {
				code, body := ra.do(ep.method, ep.path+"?"+q, nil)
				if code != 400 {
					t.Fatalf("%d %s, want 400", code, body)
				}
				e := decode[struct {
					Error string `json:"error"`
				}](t, body)
				if !strings.HasPrefix(e.Error, "malformed query: ") {
					t.Errorf("error %q does not say the query is malformed", e.Error)
				}
				for _, w := range v.want(ep.param, ep.value) {
					if !strings.Contains(e.Error, w) {
						t.Errorf("error %q does not hold %s", e.Error, w)
					}
				}
			})
		}
	}
	// The refused DELETEs ended no session.
	if ids, _ := other.mySessions(); len(ids) != 2 {
		t.Fatalf("after the refused DELETEs, %d sessions, want both", len(ids))
	}

	children := func(query string) string {
		t.Helper()
		code, body := ra.do("GET", "/api/v1/tree?"+query, nil)
		if code != 200 {
			t.Fatalf("tree ?%s: %d %s", query, code, body)
		}
		var ids []string
		for _, c := range decode[TreePage](t, body).Children {
			ids = append(ids, c.ID)
		}
		return strings.Join(ids, " ")
	}
	for _, tc := range []struct{ query, want string }{
		{"", "cA1 cA2"},
		{"q=Customer+A1", "cA1"},
		{"q=customer%20a%32", "cA2"},
		{"q=%43ustomer&limit=%31", "cA1"},
		{"q=%25", ""},
		{"q=A1&_=%E2%9C%93", "cA1"},
	} {
		if got := children(tc.query); got != tc.want {
			t.Errorf("tree ?%s: children %q, want %q", tc.query, got, tc.want)
		}
	}
	if code, body := ra.do("GET", "/api/v1/silences?domain=a1%2Eexample", nil); code != 200 {
		t.Errorf("silences ?domain=a1%%2Eexample: %d %s", code, body)
	}
	if code, body := ra.do("DELETE", "/api/v1/me/sessions?others=%31", nil); code != 200 {
		t.Errorf("DELETE ?others=%%31: %d %s", code, body)
	}
	if ids, _ := ra.mySessions(); len(ids) != 1 {
		t.Errorf("after ?others=%%31, %d sessions, want 1", len(ids))
	}
}
