package api_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/mailflow/mailflow/api"
)

// TestInternalToken checks the in-process operator token the console
// reads statuses with: it sees every domain once managers' credentials
// closed the API (review finding: the console showed every domain as
// unknown), and it does not itself end the open mode.
func TestInternalToken(t *testing.T) {
	var creds atomic.Bool
	h := api.Handler(api.Config{Backend: newMemBackend(t, 3), Limits: api.Limits{Rate: -1}, Log: testLogger(),
		Credentials: creds.Load, InternalToken: "internal-0123456789abcdef"})
	for _, tc := range []struct {
		creds bool
		token string
		want  int
	}{
		{false, "", http.StatusOK}, // still open
		{true, "", http.StatusUnauthorized},
		{true, "internal-0123456789abcdef", http.StatusOK},
		{true, "internal-0123456789abcdeF", http.StatusUnauthorized},
	} {
		creds.Store(tc.creds)
		for _, path := range []string{"/api/v1/domains/example.org/status", "/api/v1/domains?status=good"} {
			req := httptest.NewRequest("GET", path, nil)
			req.Host = "localhost:8080" // an open API answers local names only (TestOpenAPIHosts)
			if tc.token != "" {
				req.Header.Set("Authorization", "Bearer "+tc.token)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tc.want {
				t.Errorf("%s, credentials %v, token %q: %d, want %d (%s)", path, tc.creds, tc.token, rec.Code, tc.want, rec.Body)
			}
		}
	}
}

// TestInternalTokenLimits: the in-process token is neither refused for the
// wrong tokens of real clients at the loopback address its requests seem
// to come from, nor counted in the operator's bucket: it is charged to the
// caller its context names (api.ChargeTo), else to a bucket of its own
// (review finding F3).
func TestInternalTokenLimits(t *testing.T) {
	const admin, internal = "operator-0123456789abcdef", "internal-0123456789abcdef"
	for _, loop := range []string{"127.0.0.1:0", "[::1]:0"} {
		t.Run(loop, func(t *testing.T) {
			h := api.Handler(api.Config{Backend: newMemBackend(t, 3), Limits: api.Limits{Rate: 0.001, Burst: 2}, Log: testLogger(),
				AdminToken: admin, InternalToken: internal})
			get := func(tok string, ctx context.Context) int {
				req := httptest.NewRequestWithContext(ctx, "GET", "/api/v1/domains/example.org/status", nil)
				req.RemoteAddr = loop
				req.Header.Set("Authorization", "Bearer "+tok)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				return rec.Code
			}
			bg := context.Background()
			// Reads charged to a manager and uncharged ones, more than
			// the operator's burst.
			for i := range 2 {
				if code := get(internal, api.ChargeTo(bg, api.ManagerKey("m1"))); code != http.StatusOK {
					t.Fatalf("internal read %d for m1: %d", i, code)
				}
				if code := get(internal, bg); code != http.StatusOK {
					t.Fatalf("internal read %d: %d", i, code)
				}
			}
			if code := get(internal, api.ChargeTo(bg, api.ManagerKey("m1"))); code != http.StatusTooManyRequests {
				t.Errorf("internal read for m1 over m1's burst: %d, want 429", code)
			}
			if code := get(admin, bg); code != http.StatusOK {
				t.Errorf("the operator after internal reads: %d, want 200", code)
			}
			for i := range api.FailedAuthBurst + 1 {
				get(fmt.Sprintf("guess-%d", i), bg)
			}
			if code := get(internal, api.ChargeTo(bg, api.ManagerKey("m2"))); code != http.StatusOK {
				t.Errorf("internal read after wrong tokens from %s: %d, want 200", loop, code)
			}
		})
	}
}
