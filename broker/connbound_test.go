package broker

import (
	"errors"
	"log/slog"
	"net"
	"os"
	"testing"
	"time"
)

// serveGuarded accepts on l as kfake does: each connection read in a
// goroutine of its own until it fails, then closed.
func serveGuarded(l *steadyListener) {
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			buf := make([]byte, 64)
			for {
				if _, err := c.Read(buf); err != nil {
					return
				}
			}
		}()
	}
}

// closedByServer reports whether the server closes c within d.
func closedByServer(c net.Conn, d time.Duration) bool {
	c.SetReadDeadline(time.Now().Add(d))
	_, err := c.Read(make([]byte, 1))
	return err != nil && !errors.Is(err, os.ErrDeadlineExceeded)
}

// TestConnectionBound: connections beyond the bound are closed as they
// are accepted, the ones open are served, and a slot comes back when a
// connection closes (once, though kfake closes from its reader and its
// writer both).
func TestConnectionBound(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	limits := newGuardLimits(slog.New(slog.DiscardHandler))
	limits.maxConns = 3
	l := &steadyListener{Listener: ln, log: slog.New(slog.DiscardHandler), limits: limits}
	defer l.Close()
	go serveGuarded(l)

	var open []net.Conn
	for range 3 {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		open = append(open, c)
	}
	waitConns(t, limits, 3)
	for i := range 2 {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		if !closedByServer(c, 2*time.Second) {
			t.Fatalf("connection %d beyond the bound of 3 was not closed", 4+i)
		}
		c.Close()
	}
	for i, c := range open {
		if closedByServer(c, 50*time.Millisecond) {
			t.Fatalf("connection %d within the bound was closed", i+1)
		}
	}
	open[0].Close()
	waitConns(t, limits, 2)
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if closedByServer(c, 100*time.Millisecond) {
		t.Fatal("a connection after one closed was refused")
	}
	waitConns(t, limits, 3)
}

func waitConns(t *testing.T, limits *guardLimits, want int64) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for limits.conns.Load() != want {
		if time.Now().After(deadline) {
			t.Fatalf("%d connections counted open, want %d", limits.conns.Load(), want)
		}
		time.Sleep(time.Millisecond)
	}
}

// TestSilentConnectionsClosed: a connection that sends nothing is closed
// after the first frame's bound; one that sent a frame, after the idle
// bound (Kafka's connections.max.idle.ms); a connection that keeps
// talking stays open; and each gives its slot back.
func TestSilentConnectionsClosed(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	limits := newGuardLimits(slog.New(slog.DiscardHandler))
	limits.firstFrame, limits.idle = 100*time.Millisecond, 400*time.Millisecond
	l := &steadyListener{Listener: ln, log: slog.New(slog.DiscardHandler), limits: limits}
	defer l.Close()
	go serveGuarded(l)
	dial := func() net.Conn {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}

	silent := dial()
	start := time.Now()
	if !closedByServer(silent, 5*time.Second) {
		t.Fatal("a connection that never sent a frame was not closed")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("closed after %v, the first frame's bound is 100ms", d)
	}

	spoke := dial()
	if _, err := spoke.Write(frame(10, 18)); err != nil { // ApiVersions, whole
		t.Fatal(err)
	}
	if closedByServer(spoke, 250*time.Millisecond) {
		t.Fatal("a connection that sent a frame was closed within the idle bound")
	}
	if !closedByServer(spoke, 5*time.Second) {
		t.Fatal("an idle connection was not closed after the idle bound")
	}

	talker := dial()
	for range 8 {
		if _, err := talker.Write(frame(10, 18)); err != nil {
			t.Fatalf("a connection that keeps talking: %v", err)
		}
		time.Sleep(80 * time.Millisecond)
	}
	if closedByServer(talker, 50*time.Millisecond) {
		t.Fatal("a connection that kept talking was closed")
	}
	talker.Close()
	waitConns(t, limits, 0)
}
