package api_test

import (
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
