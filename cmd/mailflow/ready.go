package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// runReady asks an instance's /readyz (an open endpoint: no token) and
// exits 0 when it is ready, 1 when not, printing why. It is what a
// container's health check runs: the image has no shell or curl, and
// `status` needs a token once a manager has one (review finding: the
// compose file's health check failed with 401 in the normal state).
func runReady(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "ready", "[--api URL] [--timeout D]")
	apiURL := fs.String("api", "http://127.0.0.1:8080", "base URL of a mailflow instance")
	timeout := fs.Duration("timeout", 5*time.Second, "how long to wait for the answer")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageErr("ready takes no arguments")
	}
	if u, err := url.Parse(*apiURL); err != nil || !strings.HasPrefix(u.Scheme, "http") {
		return usageErr("--api: %q is not an http(s) URL", *apiURL)
	}
	if *timeout <= 0 {
		return usageErr("--timeout must be positive")
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, apiBase(*apiURL)+"/readyz", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("not ready: %w", err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var body struct{ Status, Reason string }
	_ = json.Unmarshal(b, &body)
	line := strings.TrimSpace(body.Status + " " + body.Reason)
	if line == "" {
		line = resp.Status
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("not ready: %s", line)
	}
	fmt.Fprintln(env.stdout, line)
	return nil
}
