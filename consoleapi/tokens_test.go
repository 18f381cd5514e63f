package consoleapi

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/api"
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

// TestConsoleTokenOnTheLiveStream: the live-log stream, read with an
// EventSource that sends no headers, takes its token as ?access_token=;
// a console-made token works there as a directory token does (review
// finding: "the API token is not valid"), within its manager's scope.
func TestConsoleTokenOnTheLiveStream(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	in := startInstance(t, ctx, "consoleapi-stream-token", 1, "mCA1")
	_, srv := in.serve(t, ctx)
	f := &fixture{t: t, ctx: ctx, srv: srv, accounts: in.acc}
	c := f.signIn("ca1@a.example")
	code, body := c.do("POST", "/api/v1/me/tokens", map[string]string{"name": "wallboard"})
	if code != http.StatusCreated {
		t.Fatalf("create token: %d %s", code, body)
	}
	tok := decode[tokenView](t, body).Token

	stream := func(domain, token string) (int, string) {
		t.Helper()
		sctx, stop := context.WithTimeout(ctx, 5*time.Second)
		defer stop()
		req, _ := http.NewRequestWithContext(sctx, "GET", srv.URL+"/api/v1/domains/"+domain+"/live/stream?"+api.AccessTokenParam+"="+url.QueryEscape(token), nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		return resp.StatusCode, resp.Header.Get("Content-Type")
	}
	if code, ct := stream("a1.example", tok); code != http.StatusOK || !strings.HasPrefix(ct, "text/event-stream") {
		t.Errorf("the stream with the console token as access_token: %d %q, want 200 text/event-stream", code, ct)
	}
	if code, _ := stream("b1.example", tok); code != http.StatusNotFound {
		t.Errorf("another reseller's domain's stream with the token: %d, want 404", code)
	}
	if code, _ := stream("a1.example", tok+"x"); code != http.StatusUnauthorized {
		t.Errorf("the stream with a wrong token: %d, want 401", code)
	}
	// access_token is for the stream only; elsewhere a token goes in the
	// Authorization header (it would otherwise end up in access logs).
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/api/v1/domains/a1.example/status?"+api.AccessTokenParam+"="+url.QueryEscape(tok), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("the status with access_token: %d, want 401", resp.StatusCode)
	}
}
