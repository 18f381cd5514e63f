package main

import (
	"context"
	"net"
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
