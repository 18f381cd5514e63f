package main

import (
	"context"
	"net/http"
	"testing"
	"time"
)

// TestRunOpenAPIRefusesForwardedRequests (second review, RV2-6): a loopback --http behind a reverse proxy the operator did not
// declare (nginx's proxy_pass http://127.0.0.1:8080 with neither
// --trusted-proxies nor --secure-cookie) still starts with an open API,
// and answers the requests the proxy forwards from the network.
func TestRunOpenAPIRefusesForwardedRequests(t *testing.T) {
	b := newTestBroker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	r := startRun(t, ctx, b, "undeclared-proxy", "--data-dir", t.TempDir(), "--http", "127.0.0.1:0")
	if code, exited := r.exitedWithin(10 * time.Second); exited {
		t.Fatalf("exit %d", code)
	}
	r.waitReady(t, ctx)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, r.base+"/api/v1/domains", nil)
	req.Header.Set("X-Forwarded-For", "203.0.113.9")
	req.Header.Set("X-Forwarded-Proto", "https")
	req.Header.Set("Via", "1.1 nginx")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		t.Errorf("a request forwarded for 203.0.113.9 (X-Forwarded-For, Via) read the open API without a token: %d", resp.StatusCode)
	}
}
