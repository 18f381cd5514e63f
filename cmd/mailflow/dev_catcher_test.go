package main

import (
	"context"
	"log/slog"
	"net"
	"strconv"
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

// TestDevCatcherWebhookAddrs: the addresses dev lets the sink's webhooks
// reach are the catcher's own, port included: its IP, or every address a
// name resolves to.
func TestDevCatcherWebhookAddrs(t *testing.T) {
	for _, tc := range []struct{ listen, want string }{
		{"127.0.0.1:0", "127.0.0.1"},
		{"localhost:0", "127.0.0.1"},
		{"[::1]:0", "::1"},
	} {
		dc, err := startDevCatcher(tc.listen, 64, slog.New(slog.DiscardHandler))
		if err != nil {
			if strings.Contains(tc.listen, "::1") {
				continue // no IPv6 loopback here
			}
			t.Fatal(err)
		}
		addrs, err := dc.webhookAddrs(context.Background())
		_, port, _ := net.SplitHostPort(dc.addr())
		dc.close()
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range addrs {
			if !a.Addr().IsLoopback() || strconv.Itoa(int(a.Port())) != port {
				t.Errorf("%s: %v is not the catcher's loopback address on port %s", tc.listen, a, port)
			}
			found = found || a.Addr().String() == tc.want
		}
		if !found {
			t.Errorf("%s: %v, want %s:%s among them", tc.listen, addrs, tc.want, port)
		}
	}
}
