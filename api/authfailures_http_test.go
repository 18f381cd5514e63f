package api_test

import (
	"fmt"
	"net/http"
	"strconv"
	"testing"

	"github.com/mailflow/mailflow/api"
)

// TestWrongTokensThrottled: a client that presents api.FailedAuthBurst wrong
// bearer tokens is answered 429 with Retry-After, even for the right token
// (so a guess cannot be confirmed by the answer); a request without a
// token is not counted as a guess.
func TestWrongTokensThrottled(t *testing.T) {
	const admin = "api-test-operator-token-7c1e"
	f := newFixtureToken(t, admin)
	f.run()
	const path = "/api/v1/domains/a.example/status"
	for i := range 3 {
		if code, body := f.getAs("", path, nil); code != http.StatusUnauthorized {
			t.Fatalf("request %d without a token: %d %s, want 401", i, code, body)
		}
	}
	for i := range api.FailedAuthBurst {
		if code, body := f.getAs(fmt.Sprintf("guess-%d", i), path, nil); code != http.StatusUnauthorized {
			t.Fatalf("wrong token %d: %d %s, want 401", i, code, body)
		}
	}
	for _, tok := range []string{"guess-next", admin} {
		code, body := f.getAs(tok, path, nil)
		if code != http.StatusTooManyRequests {
			t.Fatalf("token %q after %d wrong ones: %d %s, want 429", tok, api.FailedAuthBurst, code, body)
		}
	}
	req, _ := http.NewRequestWithContext(f.ctx, http.MethodGet, f.srv.URL+path, nil)
	req.Header.Set("Authorization", "Bearer "+admin)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err != nil || s < 1 {
		t.Errorf("Retry-After %q, want whole seconds", resp.Header.Get("Retry-After"))
	}
}
