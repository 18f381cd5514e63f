package main

import (
	"context"
	"errors"
	"net"
	"net/http"
	"os"
	"testing"
	"time"
)

// TestDevFrontBoundsConnections: the front users reach is served as the
// instance's own server is: at --max-conns the idlest connections are
// closed to make room, so that idle connections cannot hold it, and a
// client is then still served (review L1: 50 of 50 idle connections to
// the front stayed open with --max-conns 10, and none ever timed out).
func TestDevFrontBoundsConnections(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	dev := startDev(t, ctx, t.TempDir(), nil, "--max-conns", "8")
	var conns []net.Conn
	for range 30 {
		c, err := net.Dial("tcp", dev.front)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns = append(conns, c)
	}
	// Each idle connection the cap sheds reads EOF (or a reset).
	open := 0
	for _, c := range conns {
		c.SetReadDeadline(time.Now().Add(500 * time.Millisecond))
		if _, err := c.Read(make([]byte, 1)); errors.Is(err, os.ErrDeadlineExceeded) {
			open++
		}
	}
	if open > 8 {
		t.Errorf("%d of 30 idle connections to the front still open, --max-conns 8", open)
	}
	resp, err := http.Get("http://" + dev.front + "/healthz")
	if err != nil {
		t.Fatalf("a client after the idle connections: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/healthz: %d", resp.StatusCode)
	}
}
