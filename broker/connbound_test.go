package broker

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"os"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
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

// TestHeldRequestKeepsItsConnection: a request the broker holds longer
// than the idle bound (a long-poll Fetch here; a JoinGroup waiting for its
// group in production) keeps its connection until it is answered, and the
// connection then idles from the answer (review B1: the idle clock ran
// from the request alone and cut the Fetch in flight).
func TestHeldRequestKeepsItsConnection(t *testing.T) {
	limits := newGuardLimits(slog.New(slog.DiscardHandler))
	limits.idle = 1500 * time.Millisecond // a Fetch held 2.5 s outlives it
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.ListenFn(func(network, _ string) (net.Listener, error) {
		l, err := net.Listen(network, "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		return &steadyListener{Listener: l, log: slog.New(slog.DiscardHandler), limits: limits}, nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cl, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...), kgo.RetryTimeout(0), kgo.RequestRetries(0))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx := context.Background()
	ct := kmsg.NewPtrCreateTopicsRequest()
	tp := kmsg.NewCreateTopicsRequestTopic()
	tp.Topic, tp.NumPartitions, tp.ReplicationFactor = "t", 1, 1
	ct.Topics = append(ct.Topics, tp)
	if _, err := cl.Request(ctx, ct); err != nil {
		t.Fatal(err)
	}
	md, err := cl.Request(ctx, kmsg.NewPtrMetadataRequest())
	if err != nil {
		t.Fatal(err)
	}
	f := kmsg.NewPtrFetchRequest()
	f.MaxWaitMillis, f.MinBytes, f.MaxBytes = 2500, 1, 1<<20
	ft := kmsg.NewFetchRequestTopic()
	ft.Topic, ft.TopicID = "t", md.(*kmsg.MetadataResponse).Topics[0].TopicID
	fp := kmsg.NewFetchRequestTopicPartition()
	fp.PartitionMaxBytes = 1 << 20
	ft.Partitions = append(ft.Partitions, fp)
	f.Topics = append(f.Topics, ft)
	start := time.Now()
	if _, err := cl.Broker(0).Request(ctx, f); err != nil {
		t.Fatalf("a Fetch held 2.5 s with an idle bound of 1.5 s: %v after %v", err, time.Since(start).Round(time.Millisecond))
	}
	if d := time.Since(start); d < 2*time.Second {
		t.Fatalf("the Fetch returned after %v, before its wait: the test does not hold it", d)
	}
}
