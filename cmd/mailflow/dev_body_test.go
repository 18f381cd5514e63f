package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestDevFrontBodyLimit: an oversized request body through dev's front
// (the one port of the console, API and catcher) gets a clean 413 naming
// the limit, every time, however the client sends it. Issue 17: a 20 MB
// POST answered 502 once in a few (the instance answered its 413 before
// reading the body and closed the connection under the proxy, which was
// still writing it), or the client's write was reset.
func TestDevFrontBodyLimit(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dev := startDev(t, ctx, t.TempDir(), nil)
	base := "http://" + dev.front
	big := bytes.Repeat([]byte("a"), 20<<20)
	tests := []struct {
		name, path string
		body       func() io.Reader
		size       int
		expect     bool
		want       string
	}{
		// The front refuses what no handler behind it takes.
		{"20 MB", "/api/v1/session", func() io.Reader { return bytes.NewReader(big) }, len(big), false, "request body of 20971520 bytes is larger than the 65536 bytes"},
		{"20 MB, Expect: 100-continue", "/api/v1/session", func() io.Reader { return bytes.NewReader(big) }, len(big), true, "request body of 20971520 bytes"},
		{"20 MB chunked", "/api/v1/session", func() io.Reader { return io.MultiReader(bytes.NewReader(big)) }, -1, false, "larger than the 65536 bytes"},
		{"20 MB to a settings write", "/api/v1/settings/domain/x.example", func() io.Reader { return bytes.NewReader(big) }, len(big), false, "larger than the 65536 bytes"},
		// Under the front's bound the instance answers itself.
		{"20 KB", "/api/v1/session", func() io.Reader { return bytes.NewReader(big[:20<<10]) }, 20 << 10, false, "the body is larger than 16384 bytes"},
		{"60 KB chunked", "/api/v1/session", func() io.Reader { return io.MultiReader(bytes.NewReader(big[:60<<10])) }, -1, false, "the body is larger than 16384 bytes"},
		// The catcher's webhook receiver keeps up to 1 MiB.
		{"20 MB webhook", "/catcher/webhook/noc", func() io.Reader { return bytes.NewReader(big) }, len(big), false, "webhook body of 20971520 bytes is larger than the catcher keeps"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The 502 came once in a few tries: try each a few times.
			for i := range 5 {
				method := http.MethodPost
				if strings.HasPrefix(tc.path, "/api/v1/settings") {
					method = http.MethodPut
				}
				req, _ := http.NewRequestWithContext(ctx, method, base+tc.path, tc.body())
				req.ContentLength = int64(tc.size)
				req.Header.Set("Content-Type", "application/json")
				if tc.expect {
					req.Header.Set("Expect", "100-continue")
				}
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatalf("try %d: %v", i+1, err)
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(b), tc.want) {
					t.Fatalf("try %d: %d %q, want 413 with %q", i+1, resp.StatusCode, b, tc.want)
				}
			}
		})
	}
	// The front still answers after all that.
	if code, _ := devRequest(t, ctx, http.MethodGet, base+"/readyz", nil, ""); code != http.StatusOK {
		t.Errorf("/readyz after the large bodies: %d", code)
	}
}
