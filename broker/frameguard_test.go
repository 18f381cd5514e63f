package broker

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"log/slog"
	"net"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// frame returns a request frame's first bytes: the declared size, then the
// API key, version and correlation id.
func frame(size uint32, key int16) []byte {
	b := binary.BigEndian.AppendUint32(nil, size)
	b = binary.BigEndian.AppendUint16(b, uint16(key))
	return append(b, 0, 0, 0, 0, 0, 1, 0xff, 0xff) // version 0, correlation 1, null client id
}

// TestHostileFramesDoNotStopTheBroker sends a running broker the frames
// of the review's attack and its kin — unknown API keys (one ended the
// whole process inside kfake), sizes no client sends (kfake allocated the
// declared size, up to 4 GiB, for four bytes) and the first bytes of other
// protocols — each on a connection of its own, and checks that each
// connection is closed, that the process holds no such buffer and that a
// Kafka client is still served afterwards.
func TestHostileFramesDoNotStopTheBroker(t *testing.T) {
	b, err := Start(Config{Listen: "127.0.0.1:0", Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	tests := []struct {
		name string
		send []byte
	}{
		{"unknown API key 9999 (the review's frame)", frame(10, 0x270f)},
		{"unknown API key -1", frame(10, -1)},
		{"unknown API key 32767", frame(10, 32767)},
		{"unknown API key 1000", frame(10, 1000)},
		{"size 0xfffffff0 (4 GiB)", frame(0xfffffff0, 3)},
		{"size 0x80000000 (negative as int32)", frame(0x80000000, 3)},
		{"size above 100 MiB", frame(100<<20+1, 0)},
		{"size 0", frame(0, 3)},
		{"size below a header", frame(7, 3)},
		{"an HTTP request", []byte("POST / HTTP/1.1\r\nHost: x\r\n\r\n")},
		{"a TLS client hello", []byte{0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := net.Dial("tcp", b.Addr())
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if _, err := c.Write(tc.send); err != nil {
				t.Fatal(err)
			}
			c.SetReadDeadline(time.Now().Add(5 * time.Second))
			if _, err := c.Read(make([]byte, 16)); !errors.Is(err, io.EOF) && !isReset(err) {
				t.Fatalf("the connection was not closed: read returned %v", err)
			}
		})
	}
	// The broker serves a client as before.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cl, err := kgo.NewClient(kgo.SeedBrokers(b.Addr()), kgo.DefaultProduceTopic("t"))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	if _, err := kadm.NewClient(cl).CreateTopic(ctx, 1, 1, nil, "t"); err != nil {
		t.Fatal(err)
	}
	if err := cl.ProduceSync(ctx, &kgo.Record{Value: []byte("after")}).FirstErr(); err != nil {
		t.Fatalf("produce after the hostile frames: %v", err)
	}
}

func isReset(err error) bool {
	var ne *net.OpError
	return errors.As(err, &ne)
}

// TestFrameGuardPassesFramesWhole feeds the guard frames in pieces of
// every size and checks that kfake's side reads exactly the bytes sent,
// and that a frame's budget is given back.
func TestFrameGuardPassesFramesWhole(t *testing.T) {
	var stream []byte
	for i := range 5 {
		body := make([]byte, 8+i*300)
		binary.BigEndian.PutUint16(body, 18) // ApiVersions
		for j := 2; j < len(body); j++ {
			body[j] = byte(i + j)
		}
		stream = binary.BigEndian.AppendUint32(stream, uint32(len(body)))
		stream = append(stream, body...)
	}
	for _, chunk := range []int{1, 2, 5, 6, 7, 64, 4096} {
		client, server := net.Pipe()
		limits := newGuardLimits(slog.New(slog.DiscardHandler))
		g := newFrameGuard(server, limits)
		go func() {
			for off := 0; off < len(stream); off += chunk {
				client.Write(stream[off:min(off+chunk, len(stream))])
			}
			client.Close()
		}()
		got, err := io.ReadAll(readerOf(g, chunk))
		if err != nil && !errors.Is(err, io.EOF) {
			t.Fatalf("chunk %d: %v", chunk, err)
		}
		if string(got) != string(stream) {
			t.Fatalf("chunk %d: read %d bytes, want the %d sent", chunk, len(got), len(stream))
		}
		g.Close()
		if left := limits.budget.Load(); left != requestBudget {
			t.Fatalf("chunk %d: %d bytes of the budget not given back", chunk, requestBudget-left)
		}
	}
}

// readerOf reads g with buffers of n bytes, as kfake's reads vary.
func readerOf(g *frameGuard, n int) io.Reader {
	return readerFunc(func(p []byte) (int, error) { return g.Read(p[:min(len(p), n)]) })
}

type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

// TestFrameGuardBudget checks that frames declared on many connections
// and never sent whole cannot together hold more than the budget: the
// connection that would exceed it is closed, and one that closes gives
// its share back.
func TestFrameGuardBudget(t *testing.T) {
	limits := newGuardLimits(slog.New(slog.DiscardHandler))
	limits.budget.Store(250)
	open := func(size uint32) (*frameGuard, net.Conn, error) {
		client, server := net.Pipe()
		g := newFrameGuard(server, limits)
		go client.Write(frame(size, 0)[:6])
		_, err := g.Read(make([]byte, 6))
		return g, client, err
	}
	g1, c1, err := open(100)
	if err != nil {
		t.Fatalf("first frame of 100 bytes: %v", err)
	}
	defer c1.Close()
	g2, c2, err := open(100)
	if err != nil {
		t.Fatalf("second frame of 100 bytes: %v", err)
	}
	defer c2.Close()
	if _, c3, err := open(100); err == nil {
		c3.Close()
		t.Fatal("a third frame of 100 bytes was taken with 50 bytes of budget left")
	}
	g1.Close()
	g4, c4, err := open(100)
	if err != nil {
		t.Fatalf("a frame after another connection closed: %v", err)
	}
	defer c4.Close()
	g2.Close()
	g4.Close()
	if left := limits.budget.Load(); left != 250 {
		t.Fatalf("%d bytes of the budget left after every connection closed, want 250", left)
	}
}
