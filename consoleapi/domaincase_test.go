package consoleapi

import (
	"strings"
	"testing"

	"github.com/mailflow/mailflow/schemas"
)

// TestDomainPathsAnyCase: a domain named in a path in another letter case
// or with a trailing dot is the same domain (domain names are
// case-insensitive, RFC 4343), for every endpoint that takes one: the
// settings, the tree and a manager's notifications (review: the settings
// and domain pages answered 404 for A1.EXAMPLE). What is written is keyed
// by the canonical name; another tree's domain stays 404 in any case.
func TestDomainPathsAnyCase(t *testing.T) {
	f := newFixture(t, world(), fixedStatuses{"a1.example": schemas.StatusGood}, nil)
	op := f.client()
	op.token = adminToken
	mgr := f.signIn("ca1@a.example")
	for _, name := range []string{"A1.EXAMPLE", "A1.Example", "a1.example.", "A1.example."} {
		for _, tc := range []struct {
			c            *client
			method, path string
			body         any
		}{
			{op, "GET", "/api/v1/settings/domain/" + name, nil},
			{op, "PUT", "/api/v1/settings/domain/" + name, map[string]any{"window": 30}},
			{op, "GET", "/api/v1/tree/domain/" + name, nil},
			{mgr, "GET", "/api/v1/settings/domain/" + name, nil},
			{mgr, "PUT", "/api/v1/me/notifications/domain/" + name, map[string]any{"channels": []string{"email"}, "transitions": []string{"bad", "recovered"}}},
			{mgr, "DELETE", "/api/v1/me/notifications/domain/" + name, nil},
		} {
			code, body := tc.c.do(tc.method, tc.path, tc.body, "Sec-Fetch-Site", "same-origin")
			if code != 200 {
				t.Errorf("%s %s: %d %s", tc.method, tc.path, code, body)
			}
			if strings.Contains(body, `"`+strings.TrimSuffix(name, ".")+`"`) && name != "a1.example." {
				t.Errorf("%s %s answers with the name as written, not canonical: %s", tc.method, tc.path, body)
			}
		}
	}
	if _, ok := f.table.Current().Domains["A1.EXAMPLE"]; ok {
		t.Error("a settings change wrote the domain under its upper-case name")
	}
	if code, body := mgr.do("GET", "/api/v1/settings/domain/B1.EXAMPLE", nil); code != 404 {
		t.Errorf("another tree's domain in capitals: %d %s, want 404", code, body)
	}
}
