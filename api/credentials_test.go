package api_test

import (
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/mailflow/mailflow/api"
)

// TestOpenModeEndsWithConsoleCredentials checks that the API stops
// answering everyone once a console credential exists (a manager set a
// password or made a token), not only once a directory token does.
func TestOpenModeEndsWithConsoleCredentials(t *testing.T) {
	var creds atomic.Bool
	h := api.Handler(api.Config{Backend: newMemBackend(t, 3), Limits: api.Limits{Rate: -1}, Log: testLogger(),
		Credentials: creds.Load})
	for _, tc := range []struct {
		creds bool
		token string
		want  int
	}{
		{false, "", http.StatusOK},
		{false, "garbage", http.StatusOK}, // open mode ignores tokens
		{true, "", http.StatusUnauthorized},
		{true, "garbage", http.StatusUnauthorized},
		{true, "mft_bogus", http.StatusUnauthorized},
	} {
		creds.Store(tc.creds)
		req := httptest.NewRequest("GET", "/api/v1/domains/example.org/status", nil)
		if tc.token != "" {
			req.Header.Set("Authorization", "Bearer "+tc.token)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tc.want {
			t.Errorf("credentials %v, token %q: %d, want %d (%s)", tc.creds, tc.token, rec.Code, tc.want, rec.Body)
		}
	}
}
