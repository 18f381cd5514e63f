package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
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

// TestDevAddressTaken: dev whose --http or --kafka address is taken (a
// second dev, a local Kafka) stops at once, naming the address, instead of
// hanging.
func TestDevAddressTaken(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	for _, tc := range []struct{ name, flag string }{{"http", "--http"}, {"kafka", "--kafka"}} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"dev", "--data-dir", t.TempDir(), "--http", "127.0.0.1:0", "--kafka", "127.0.0.1:0", tc.flag, taken.Addr().String()}
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			start := time.Now()
			r := runMailflowCtx(ctx, nil, "", args...)
			if ctx.Err() != nil {
				t.Fatalf("mailflow %s did not stop within 20 s:\n%s", strings.Join(args, " "), r.stderr)
			}
			if r.code == 0 || !strings.Contains(r.stderr, taken.Addr().String()) || !strings.Contains(r.stderr, "address already in use") || !strings.Contains(r.stderr, tc.flag+" sets another address") {
				t.Errorf("exit %d after %v, want a failure naming %s:\n%s", r.code, time.Since(start).Round(time.Millisecond), taken.Addr(), r.stderr)
			}
		})
	}
}
