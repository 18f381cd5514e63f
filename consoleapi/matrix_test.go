package consoleapi

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/mailflow/mailflow/directory"
)

// TestAuthorizationMatrix sends every write endpoint, as every manager
// level of both trees and as the operator, against every reseller,
// customer and domain of both trees, and counts: each request must be
// allowed exactly when the target lies in the caller's tree, and a denied
// request must change nothing. A leak is a request that should have been
// denied and was not; there must be none.
func TestAuthorizationMatrix(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	d := f.table.Current()
	type who struct {
		name string
		c    *client
		call caller
	}
	var callers []who
	for _, id := range []string{"mRA", "mCA1", "mDA1", "mRB", "mCB1", "mDB1"} {
		m := d.Managers[id]
		callers = append(callers, who{string(m.Level) + ":" + id, f.signIn(m.Email), caller{manager: m}})
	}
	op := f.client()
	op.token = adminToken
	callers = append(callers, who{"operator", op, caller{operator: true}})

	targets := []target{
		{directory.LevelReseller, "rA"}, {directory.LevelCustomer, "cA1"}, {directory.LevelCustomer, "cA2"},
		{directory.LevelDomain, "a1.example"}, {directory.LevelDomain, "a2.example"},
		{directory.LevelReseller, "rB"}, {directory.LevelCustomer, "cB1"}, {directory.LevelDomain, "b1.example"},
	}
	type endpoint struct {
		name, method, path string
		body               any
		// profile endpoints belong to a manager: the operator has none.
		profile bool
	}
	endpoints := func(t target) []endpoint {
		p := "/" + string(t.level) + "/" + t.id
		return []endpoint{
			{"settings.set", "PUT", "/api/v1/settings" + p, map[string]any{"window": 40, "threshold": 0.95}, false},
			{"settings.reset", "PUT", "/api/v1/settings" + p, map[string]any{"window": nil, "threshold": nil}, false},
			{"notifications.set", "PUT", "/api/v1/me/notifications" + p, map[string]any{"channels": []string{"email"}, "transitions": []string{"bad", "recovered"}}, true},
			{"notifications.delete", "DELETE", "/api/v1/me/notifications" + p, nil, true},
			{"settings.get", "GET", "/api/v1/settings" + p, nil, false},
			{"tree.get", "GET", "/api/v1/tree" + p, nil, false},
		}
	}
	// What each caller's tree holds, written out rather than computed by
	// the code under test.
	inTree := map[string]string{
		"mRA": "rA cA1 cA2 a1.example a2.example", "mCA1": "cA1 a1.example", "mDA1": "a1.example",
		"mRB": "rB cB1 b1.example", "mCB1": "cB1 b1.example", "mDB1": "b1.example",
		"operator": "rA cA1 cA2 a1.example a2.example rB cB1 b1.example",
	}
	var requests, allowed, denied, leaks, wronglyDenied int
	for _, w := range callers {
		for _, tg := range targets {
			for _, ep := range endpoints(tg) {
				id := w.call.actor()
				want := strings.Contains(" "+inTree[id]+" ", " "+tg.id+" ") && !(ep.profile && w.call.operator)
				before := f.table.Current()
				code, body := w.c.do(ep.method, ep.path, ep.body)
				requests++
				ok := code >= 200 && code < 300
				switch {
				case want && ok:
					allowed++
				case !want && !ok:
					denied++
					if code != http.StatusNotFound && !(ep.profile && w.call.operator && code == http.StatusBadRequest) {
						t.Errorf("%s %s %s: denied with %d, want 404 (as for a target that does not exist): %s", w.name, ep.method, ep.path, code, body)
					}
					if f.table.Current() != before {
						t.Errorf("%s %s %s: denied, yet the directory changed", w.name, ep.method, ep.path)
					}
				case !want && ok:
					leaks++
					t.Errorf("LEAK: %s %s %s answered %d: %s", w.name, ep.method, ep.path, code, body)
				default:
					wronglyDenied++
					t.Errorf("%s %s %s: %d, want allowed: %s", w.name, ep.method, ep.path, code, body)
				}
			}
		}
	}
	// Profile endpoints without a target: another manager's token cannot
	// be revoked, and a token made by one manager acts as that manager.
	ra, rb := callers[0].c, callers[3].c
	code, body := ra.do("POST", "/api/v1/me/tokens", map[string]string{"name": "ci"})
	if code != http.StatusCreated {
		t.Fatalf("create token: %d %s", code, body)
	}
	id := between(body, `"id":"`, `"`)
	code, _ = rb.do("DELETE", "/api/v1/me/tokens/"+id, nil)
	requests++
	if code == http.StatusNotFound {
		denied++
	} else {
		leaks++
		t.Errorf("LEAK: reseller B's manager revoked reseller A's manager's token: %d", code)
	}
	code, _ = ra.do("DELETE", "/api/v1/me/tokens/"+id, nil)
	requests++
	if code == 200 {
		allowed++
	} else {
		wronglyDenied++
		t.Errorf("revoke own token: %d", code)
	}
	t.Logf("authorization matrix: %d requests (%d callers × %d targets × %d endpoints + 2 token revocations), %d allowed as expected, %d denied as expected, %d leaks, %d wrongly denied",
		requests, len(callers), len(targets), len(endpoints(targets[0])), allowed, denied, leaks, wronglyDenied)
	if leaks != 0 || wronglyDenied != 0 {
		t.Fatalf("leaks %d, wrongly denied %d", leaks, wronglyDenied)
	}
	fmt.Printf("authorization matrix: requests=%d allowed=%d denied_as_expected=%d leaks=%d\n", requests, allowed, denied, leaks)
}

func between(s, a, b string) string {
	_, rest, ok := strings.Cut(s, a)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, b)
	return v
}
