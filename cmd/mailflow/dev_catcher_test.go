package main

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestLoopbackHost(t *testing.T) {
	tests := []struct{ addr, want string }{
		{"127.0.0.1:8080", "127.0.0.1"},
		{":8080", "127.0.0.1"},
		{"0.0.0.0:8080", "127.0.0.1"},
		{"[::]:8080", "127.0.0.1"},
		{"[::1]:8080", "::1"},
		{"localhost:8080", "localhost"},
		{"192.0.2.7:80", "192.0.2.7"},
	}
	for _, tc := range tests {
		if got := loopbackHost(tc.addr); got != tc.want {
			t.Errorf("loopbackHost(%q) = %q, want %q", tc.addr, got, tc.want)
		}
	}
}

// TestDevCatcherFront: the front serves the catcher and forwards the rest
// to the instance; with an API token the caught notifications need it,
// the webhook receiver does not.
func TestDevCatcherFront(t *testing.T) {
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "instance "+r.URL.Path)
	}))
	defer backend.Close()
	dc, err := startDevCatcher("127.0.0.1:0", "s3cret", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer dc.close()
	dc.serve(strings.TrimPrefix(backend.URL, "http://"))
	base := "http://" + dc.addr()
	tests := []struct {
		method, path, auth string
		want               int
		body               string
	}{
		{http.MethodGet, "/api/v1/domains", "", http.StatusOK, "instance /api/v1/domains"},
		{http.MethodGet, "/sent", "", http.StatusOK, "instance /sent"},
		{http.MethodGet, "/catcher/messages", "", http.StatusUnauthorized, "need the API token"},
		{http.MethodGet, "/catcher/messages", "Bearer wrong", http.StatusUnauthorized, ""},
		{http.MethodPost, "/catcher/webhook/noc", "", http.StatusNoContent, ""},
		{http.MethodGet, "/catcher/messages", "Bearer s3cret", http.StatusOK, `"kind":"webhook"`},
	}
	for _, tc := range tests {
		req, _ := http.NewRequest(tc.method, base+tc.path, strings.NewReader(`{"type":"domain.bad"}`))
		if tc.auth != "" {
			req.Header.Set("Authorization", tc.auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.want || !strings.Contains(string(b), tc.body) {
			t.Errorf("%s %s (auth %q): %d %q, want %d with %q", tc.method, tc.path, tc.auth, resp.StatusCode, b, tc.want, tc.body)
		}
	}
}
