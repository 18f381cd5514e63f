package api_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mailflow/mailflow/api"
)

// TestOpenAPIHosts: an open API (no token: mailflow dev) answers only
// requests addressed to an IP address, localhost, its advertised name or a
// name it was given, so that a page using DNS rebinding cannot read it
// (review finding F8); others get 421 saying how to allow the name. Once
// the API needs a token, any name is answered.
func TestOpenAPIHosts(t *testing.T) {
	const admin = "operator-0123456789abcdef"
	hosts := []struct {
		host string
		ok   bool
	}{
		{"127.0.0.1:8280", true},
		{"127.0.0.2", true},
		{"[::1]:8280", true},
		{"192.168.1.5:8280", true},
		{"[2001:db8::5]:8280", true},
		{"localhost:8280", true},
		{"LocalHost.", true},
		{"app.localhost:8280", true},
		{"dev.example.test:8280", true},    // OpenHosts
		{"mailflow-1.internal:8080", true}, // Self
		{"", true},
		{"rebind.evil.test:8280", false},
		{"evil.test", false},
		{"localhost.evil.test:8280", false},
		{"127.0.0.1.nip.io:8280", false},
		{"mailflow-1.internal.evil.test", false},
	}
	paths := []string{"/api/v1/domains", "/api/v1/domains/big.example/status", "/api/v1/domains/big.example/logs", "/api/v1/incidents"}
	for _, token := range []string{"", admin} {
		h := api.Handler(api.Config{Backend: newMemBackend(t, 3), Log: testLogger(), AdminToken: token,
			Self: "mailflow-1.internal:8080", OpenHosts: []string{"dev.example.test", "other.example.test:8280"}})
		for _, hc := range hosts {
			for _, path := range paths {
				req := httptest.NewRequest("GET", path, nil)
				req.Host = hc.host
				req.RemoteAddr = "127.0.0.1:40000"
				if token != "" {
					req.Header.Set("Authorization", "Bearer "+token)
				}
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				refused := rec.Code == http.StatusMisdirectedRequest
				switch {
				case token != "" && refused:
					t.Errorf("with a token, Host %q, %s: 421, want it answered", hc.host, path)
				case token == "" && hc.ok && refused:
					t.Errorf("open, Host %q, %s: 421 %s, want it answered", hc.host, path, rec.Body)
				case token == "" && !hc.ok && !refused:
					t.Errorf("open, Host %q, %s: %d, want 421", hc.host, path, rec.Code)
				case refused && !strings.Contains(rec.Body.String(), "--allowed-hosts"):
					t.Errorf("421 without saying how to allow the name: %s", rec.Body)
				}
			}
		}
	}
}

// TestLocalHost: the check a front can share (mailflow dev's catcher).
func TestLocalHost(t *testing.T) {
	for host, want := range map[string]bool{
		"127.0.0.1:8280": true, "[::1]:8280": true, "localhost": true, "x.localhost:1": true,
		"named.test:8280": true, "rebind.evil.test:8280": false, "localhost.evil.test": false,
	} {
		if got := api.LocalHost(host, []string{"named.test:9999", ""}); got != want {
			t.Errorf("LocalHost(%q) = %v, want %v", host, got, want)
		}
	}
}
