package api_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
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
		req.Host = "localhost:8080" // an open API answers local names only (TestOpenAPIHosts)
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

// TestNeverOpen: an API told never to open (mailflow run off loopback)
// answers 401 without a token also while no credential exists, e.g. after
// the last one was removed.
func TestNeverOpen(t *testing.T) {
	var creds atomic.Bool
	h := api.Handler(api.Config{Backend: newMemBackend(t, 3), Limits: api.Limits{Rate: -1}, Log: testLogger(),
		Credentials: creds.Load, NeverOpen: true})
	for _, c := range []bool{true, false} {
		creds.Store(c)
		req := httptest.NewRequest("GET", "/api/v1/domains/example.org/status", nil)
		req.Host = "localhost:8080"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusUnauthorized {
			t.Errorf("credentials %v, no token: %d, want 401", c, rec.Code)
		}
	}
}

// TestOpenModeChangesLogged: the API's closing, and its opening again when
// the last credential is removed, are logged (review finding: it reopened
// without a word); nothing is logged while it stays as it was.
func TestOpenModeChangesLogged(t *testing.T) {
	var creds atomic.Bool
	var logs strings.Builder
	log := slog.New(slog.NewTextHandler(&syncWriter{w: &logs}, nil))
	h := api.Handler(api.Config{Backend: newMemBackend(t, 3), Limits: api.Limits{Rate: -1}, Log: log, Credentials: creds.Load})
	get := func() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/v1/domains/example.org/status", nil))
	}
	get()
	get()
	if logs.Len() != 0 {
		t.Fatalf("logged while the API stayed open: %s", logs.String())
	}
	creds.Store(true)
	get()
	get()
	if n := strings.Count(logs.String(), "the API is closed now"); n != 1 {
		t.Fatalf("closing logged %d times: %s", n, logs.String())
	}
	// Started without an operator token, none works until a restart: the
	// line says so rather than name MAILFLOW_API_TOKEN as if it worked.
	if !strings.Contains(logs.String(), "No operator token was set at start") {
		t.Errorf("closing without an operator token does not say one needs a restart: %s", logs.String())
	}
	creds.Store(false)
	get()
	if n := strings.Count(logs.String(), "the API is open again"); n != 1 || !strings.Contains(logs.String(), "level=WARN") {
		t.Fatalf("reopening not warned once: %s", logs.String())
	}
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}
