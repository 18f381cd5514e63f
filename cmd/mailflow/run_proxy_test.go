package main

import (
	"context"
	"net/http"
	"testing"
	"time"
)

// TestRunRefusesOpenAPIBehindProxy (review): a loopback --http behind a
// reverse proxy (--trusted-proxies, --secure-cookie: what the README's
// production setup asks for) is reached from the network all the same.
// With no token and no manager credential, run starts with an open API,
// and a request the proxy forwards from a remote client (nginx's default
// Host is the upstream's address, an IP, which the open API accepts) reads
// every domain.
func TestRunRefusesOpenAPIBehindProxy(t *testing.T) {
	b := newTestBroker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	r := startRun(t, ctx, b, "behind-proxy", "--data-dir", t.TempDir(), "--http", "127.0.0.1:0",
		"--trusted-proxies", "127.0.0.1", "--secure-cookie")
	if code, exited := r.exitedWithin(15 * time.Second); exited {
		if code != 2 {
			t.Fatalf("exit %d, want 2", code)
		}
		return // refused: fixed
	}
	r.waitReady(t, ctx)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, r.base+"/api/v1/domains", nil)
	req.Header.Set("X-Forwarded-For", "203.0.113.9")
	req.Header.Set("X-Forwarded-Proto", "https")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	t.Errorf("run behind a trusted proxy serves an open API: a request forwarded for 203.0.113.9 without a token got %d", resp.StatusCode)
}
