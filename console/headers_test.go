package console

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestPageHeaders: every page and static file of the console, the
// managers' account page under /static/ included, carries the security
// headers (review finding: /static/account.html had none and could be
// framed).
func TestPageHeaders(t *testing.T) {
	h := Handler()
	for _, path := range []string{"/", "/domains/woodgrove.example", "/sent", "/silences", "/static/account.html", "/static/console.js"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s: %d", path, rec.Code)
			continue
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") || !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q", path, csp)
		}
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: no X-Content-Type-Options: nosniff", path)
		}
	}
}
