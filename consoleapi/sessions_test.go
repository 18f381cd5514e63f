package consoleapi

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/audit"
)

// mySessions lists the client's sessions through the API: their ids and
// the current one's.
func (c *client) mySessions() (ids []string, current string) {
	c.f.t.Helper()
	code, body := c.do("GET", "/api/v1/me/sessions", nil)
	if code != 200 {
		c.f.t.Fatalf("GET /api/v1/me/sessions: %d %s", code, body)
	}
	var v struct{ Sessions []mySessionView }
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		c.f.t.Fatal(err)
	}
	for _, s := range v.Sessions {
		ids = append(ids, s.ID)
		if s.Current {
			if current != "" {
				c.f.t.Fatalf("two sessions marked current: %s", body)
			}
			current = s.ID
		}
	}
	slices.Sort(ids)
	return ids, current
}

// TestMySessionsScope: the own-sessions API shows and ends only the
// caller's sessions, only to a signed-in manager: another manager's
// session is "not found" in the words an unknown id gets, the operator
// and an API token are refused, and a write without the CSRF token
// changes nothing. Then the allowed ends: one other session, all others,
// and the current one (a sign-out).
func TestMySessionsScope(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	a1, a2 := f.signIn("ca1@a.example"), f.signIn("ca1@a.example")
	b := f.signIn("cb1@b.example")
	aIDs, a1ID := a1.mySessions()
	_, a2ID := a2.mySessions()
	if len(aIDs) != 2 || a1ID == "" || a2ID == "" || a1ID == a2ID || !slices.Contains(aIDs, a1ID) || !slices.Contains(aIDs, a2ID) {
		t.Fatalf("A's sessions %v; current from the first browser %q, from the second %q", aIDs, a1ID, a2ID)
	}
	bIDs, bID := b.mySessions()
	if len(bIDs) != 1 || bIDs[0] != bID || slices.Contains(aIDs, bID) {
		t.Fatalf("B's sessions %v (current %q), A's %v", bIDs, bID, aIDs)
	}
	// The fields a page shows.
	_, body := a1.do("GET", "/api/v1/me/sessions", nil)
	for _, k := range []string{`"signed_in":`, `"expires":`, `"remote":"127.0.0.1"`, `"agent":"Go-http-client/1.1"`, `"current":true`, `"current":false`} {
		if !strings.Contains(body, k) {
			t.Errorf("the listing lacks %s: %s", k, body)
		}
	}

	op := f.client()
	op.token = adminToken
	code, tokBody := a1.do("POST", "/api/v1/me/tokens", map[string]string{"name": "ci"})
	var tv tokenView
	if err := json.Unmarshal([]byte(tokBody), &tv); code != 201 || err != nil || tv.Token == "" {
		t.Fatalf("create a token: %d %s", code, tokBody)
	}
	tok := f.client()
	tok.token = tv.Token
	noCSRF := *a1
	noCSRF.csrf = ""
	const unknown = "s000000000000000000000000"
	for _, tc := range []struct {
		name         string
		c            *client
		method, path string
		want         int
		says         string
	}{
		{"B lists", b, "GET", "/api/v1/me/sessions", 200, bID},
		{"B ends A's session", b, "DELETE", "/api/v1/me/sessions/" + a2ID, 404, `you have no live session \"` + a2ID + `\": it may have ended already`},
		{"B ends an unknown id", b, "DELETE", "/api/v1/me/sessions/" + unknown, 404, `you have no live session \"` + unknown + `\": it may have ended already`},
		{"A ends an unknown id", a1, "DELETE", "/api/v1/me/sessions/" + unknown, 404, "no live session"},
		{"the operator lists", op, "GET", "/api/v1/me/sessions", 400, "belongs to no manager"},
		{"the operator ends", op, "DELETE", "/api/v1/me/sessions/" + a2ID, 400, "belongs to no manager"},
		{"the operator ends others", op, "DELETE", "/api/v1/me/sessions?others=1", 400, "belongs to no manager"},
		{"A's token lists", tok, "GET", "/api/v1/me/sessions", 403, "an API token cannot list or end console sessions"},
		{"A's token ends one", tok, "DELETE", "/api/v1/me/sessions/" + a2ID, 403, "an API token cannot"},
		{"A's token ends others", tok, "DELETE", "/api/v1/me/sessions?others=1", 403, "an API token cannot"},
		{"no CSRF token, one", &noCSRF, "DELETE", "/api/v1/me/sessions/" + a2ID, 403, "CSRF"},
		{"no CSRF token, others", &noCSRF, "DELETE", "/api/v1/me/sessions?others=1", 403, "CSRF"},
		{"a bare DELETE of the collection", a1, "DELETE", "/api/v1/me/sessions", 400, "?others=1"},
	} {
		code, body := tc.c.do(tc.method, tc.path, nil)
		if code != tc.want || !strings.Contains(body, tc.says) {
			t.Errorf("%s: %d %s, want %d saying %q", tc.name, code, body, tc.want, tc.says)
		}
		if ids, _ := a1.mySessions(); !slices.Equal(ids, aIDs) {
			t.Fatalf("%s: A's sessions became %v, were %v", tc.name, ids, aIDs)
		}
		if ids, _ := b.mySessions(); !slices.Equal(ids, bIDs) {
			t.Fatalf("%s: B's sessions became %v, were %v", tc.name, ids, bIDs)
		}
	}

	// One other session: it is signed out, this one is not.
	if code, body := a1.do("DELETE", "/api/v1/me/sessions/"+a2ID, nil); code != 200 || !strings.Contains(body, `"current":false`) {
		t.Fatalf("end the other session: %d %s", code, body)
	}
	if code, _ := a2.do("GET", "/api/v1/session", nil); code != 401 {
		t.Fatalf("the ended session: %d, want 401", code)
	}
	if ids, cur := a1.mySessions(); !slices.Equal(ids, []string{a1ID}) || cur != a1ID {
		t.Fatalf("after ending the other: %v (current %q)", ids, cur)
	}

	// All others: two more browsers; B's session stays.
	a3, a4 := f.signIn("ca1@a.example"), f.signIn("ca1@a.example")
	code, body = a1.do("DELETE", "/api/v1/me/sessions?others=1", nil)
	var ended struct{ Ended []mySessionView }
	if err := json.Unmarshal([]byte(body), &ended); code != 200 || err != nil || len(ended.Ended) != 2 {
		t.Fatalf("end the others: %d %s", code, body)
	}
	for _, c := range []*client{a3, a4} {
		if code, _ := c.do("GET", "/api/v1/me/sessions", nil); code != 401 {
			t.Fatalf("a session ended with the others: %d, want 401", code)
		}
	}
	if ids, _ := a1.mySessions(); !slices.Equal(ids, []string{a1ID}) {
		t.Fatalf("after ending the others: %v", ids)
	}
	if ids, _ := b.mySessions(); !slices.Equal(ids, bIDs) {
		t.Fatalf("B's sessions after A ended A's others: %v", ids)
	}
	// Alone, "the others" are none.
	if code, body := a1.do("DELETE", "/api/v1/me/sessions?others=1", nil); code != 200 || !strings.Contains(body, `"ended":[]`) {
		t.Fatalf("end the others when alone: %d %s", code, body)
	}

	// The current one: a sign-out.
	if code, body := a1.do("DELETE", "/api/v1/me/sessions/"+a1ID, nil); code != 200 || !strings.Contains(body, `"current":true`) {
		t.Fatalf("end this session: %d %s", code, body)
	}
	if code, _ := a1.do("GET", "/api/v1/session", nil); code != 401 {
		t.Fatalf("after ending this session: %d, want 401", code)
	}
	if n := len(f.accounts.ListSessions("mCA1")); n != 0 {
		t.Fatalf("%d sessions of A left", n)
	}

	// Each end is audited, with the session named.
	deadline := time.Now().Add(5 * time.Second)
	for {
		es, _, err := audit.List(f.ctx, auditTopic, time.Time{}, f.opts...)
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, e := range es {
			if e.Action == "session.revoke" && e.Actor == "mCA1" && e.Via == "session" {
				keys = append(keys, e.Key)
			}
		}
		if len(keys) == 4 && slices.Contains(keys, "session/"+a2ID) && slices.Contains(keys, "session/"+a1ID) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("session.revoke entries: %v, want 4 (with %s and %s)", keys, a2ID, a1ID)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
