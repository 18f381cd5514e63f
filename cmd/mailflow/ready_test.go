package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestReady: `mailflow ready` exits 0 for an instance whose /readyz is
// 200 and 1 for one that is not ready or not there, saying why, without
// a token (a container's health check).
func TestReady(t *testing.T) {
	answers := map[string]struct {
		code int
		body string
	}{
		"/ready/readyz":    {200, `{"status":"ready","partitions":[0,1]}`},
		"/restore/readyz":  {503, `{"status":"restoring","restoring_partitions":[1]}`},
		"/brokers/readyz":  {503, `{"status":"broker_unreachable","reason":"no Kafka broker has answered since 2026-12-01T20:00:00Z"}`},
		"/notmailf/readyz": {404, `404 page not found`},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "" {
			t.Errorf("ready sent credentials")
		}
		a := answers[r.URL.Path]
		w.WriteHeader(a.code)
		w.Write([]byte(a.body))
	}))
	defer srv.Close()
	for _, tc := range []struct {
		api, want string
		code      int
	}{
		{srv.URL + "/ready", "ready", 0},
		{srv.URL + "/restore", "not ready: restoring", 1},
		{srv.URL + "/brokers", "not ready: broker_unreachable no Kafka broker has answered", 1},
		{srv.URL + "/notmailf", "not ready: 404", 1},
		{"http://127.0.0.1:1", "not ready:", 1},
		{"ftp://x", "--api", 2},
	} {
		r := runMailflowCtx(context.Background(), nil, "", "ready", "--api", tc.api)
		if r.code != tc.code || !strings.Contains(r.stdout+r.stderr, tc.want) {
			t.Errorf("ready --api %s: exit %d, %q %q; want %d and %q", tc.api, r.code, r.stdout, r.stderr, tc.code, tc.want)
		}
	}
}
