package api_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/clientaddr"
)

// TestWrongTokensBehindATrustedProxy checks the deployment the README
// asks for in production, a TLS proxy in front of the API: with the
// proxy trusted (mailflow run --trusted-proxies), one client's wrong
// tokens throttle that client only; without it, they throttle everyone
// behind the proxy, the operator included. A client that is not behind
// the proxy cannot pass for another with the header.
func TestWrongTokensBehindATrustedProxy(t *testing.T) {
	const admin = "operator-0123456789abcdef"
	const proxy = "192.0.2.10:44321"
	for _, trusted := range []bool{true, false} {
		t.Run(fmt.Sprint("trusted=", trusted), func(t *testing.T) {
			var list []string
			if trusted {
				list = []string{"192.0.2.10"}
			}
			p, err := clientaddr.ParseProxies(list)
			if err != nil {
				t.Fatal(err)
			}
			h := p.Wrap(api.Handler(api.Config{Backend: newMemBackend(t, 3), Log: testLogger(), AdminToken: admin}))
			get := func(peer, forwardedFor, tok string) int {
				req := httptest.NewRequest("GET", "/api/v1/domains", nil)
				req.RemoteAddr = peer
				if forwardedFor != "" {
					req.Header.Set("X-Forwarded-For", forwardedFor)
				}
				req.Header.Set("Authorization", "Bearer "+tok)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				return rec.Code
			}
			for i := range api.FailedAuthBurst + 5 {
				get(proxy, "198.51.100.66", fmt.Sprintf("guess-%02d-xxxxxxxxxxxx", i))
			}
			if code := get(proxy, "198.51.100.66", admin); code != http.StatusTooManyRequests {
				t.Errorf("the guessing client itself: %d, want 429", code)
			}
			code := get(proxy, "203.0.113.5", admin)
			if trusted && code != http.StatusOK {
				t.Errorf("the operator behind the same proxy: %d, want 200", code)
			}
			if !trusted && code != http.StatusTooManyRequests {
				t.Errorf("untrusted proxy: the operator behind it got %d; every client behind it counts as the proxy (429)", code)
			}
			// A client that is not the proxy naming another client in
			// the header is still counted by its own address.
			for i := range api.FailedAuthBurst + 5 {
				get("198.51.100.200:5555", "203.0.113.99", fmt.Sprintf("guess-%02d-yyyyyyyyyyyy", i))
			}
			if code := get(proxy, "203.0.113.99", admin); trusted && code != http.StatusOK {
				t.Errorf("a client named in a forged header was throttled: %d", code)
			}
		})
	}
}
