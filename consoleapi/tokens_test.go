package consoleapi

import (
	"net/http"
	"strings"
	"testing"
)

// TestTokenRevokesOnlyItself: an API token may revoke itself (a script
// retiring its own credential) but not its manager's other tokens — a
// leaked token would otherwise cut off every other machine of the
// manager (review finding). The signed-in manager revokes any of theirs.
func TestTokenRevokesOnlyItself(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	c := f.signIn("ra@a.example")
	made := map[string]tokenView{}
	for _, name := range []string{"ci", "backup", "monitoring"} {
		code, body := c.do("POST", "/api/v1/me/tokens", map[string]string{"name": name})
		if code != http.StatusCreated {
			t.Fatalf("create token %s: %d %s", name, code, body)
		}
		made[name] = decode[tokenView](t, body)
	}
	as := func(name string) *client {
		m := f.client()
		m.token = made[name].Token
		return m
	}
	ci := as("ci")
	for _, other := range []string{"backup", "monitoring"} {
		if code, body := ci.do("DELETE", "/api/v1/me/tokens/"+made[other].ID, nil, "Sec-Fetch-Site", ""); code != http.StatusForbidden || !strings.Contains(body, "only itself") {
			t.Errorf("token ci revoking %s: %d %s, want 403", other, code, body)
		}
		if code, _ := as(other).do("GET", "/api/v1/session", nil); code != http.StatusOK {
			t.Errorf("token %s after ci tried to revoke it: %d, want 200", other, code)
		}
	}
	if code, body := ci.do("DELETE", "/api/v1/me/tokens/"+made["ci"].ID, nil, "Sec-Fetch-Site", ""); code != http.StatusOK {
		t.Fatalf("token ci revoking itself: %d %s", code, body)
	}
	if code, _ := ci.do("GET", "/api/v1/session", nil); code != http.StatusUnauthorized {
		t.Errorf("token ci after revoking itself: %d, want 401", code)
	}
	if code, body := c.do("DELETE", "/api/v1/me/tokens/"+made["backup"].ID, nil); code != http.StatusOK {
		t.Fatalf("the signed-in manager revoking backup: %d %s", code, body)
	}
	if code, _ := as("backup").do("GET", "/api/v1/session", nil); code != http.StatusUnauthorized {
		t.Errorf("token backup after its revocation: %d, want 401", code)
	}
	if code, _ := as("monitoring").do("GET", "/api/v1/session", nil); code != http.StatusOK {
		t.Errorf("token monitoring, never revoked: %d, want 200", code)
	}
}
