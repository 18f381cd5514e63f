package broker

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
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
		{"a Produce above 100 MiB", frame(100<<20+1, 0)},
		{"a Metadata request above 1 MiB", frame(1<<20+1, 3)},
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
	if err := produceOne(b.Addr(), []byte("after")); err != nil {
		t.Fatalf("produce after the hostile frames: %v", err)
	}
}

// produceOne creates a topic t of one partition on the broker at addr and
// writes one record of value to it, as a Kafka client does.
func produceOne(addr string, value []byte) error {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr), kgo.DefaultProduceTopic("t"))
	if err != nil {
		return err
	}
	defer cl.Close()
	if _, err := kadm.NewClient(cl).CreateTopic(ctx, 1, 1, nil, "t"); err != nil {
		return err
	}
	return cl.ProduceSync(ctx, &kgo.Record{Value: value}).FirstErr()
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

// TestFrameGuardBudget checks that the budget follows the bytes that
// arrived, not the sizes declared: a connection that declares a large
// frame and stalls holds its first chunk; one that finds the budget used
// up waits (as Kafka mutes a connection) instead of being closed, and goes
// on when another gives its share back; every byte comes back when the
// connections close.
func TestFrameGuardBudget(t *testing.T) {
	limits := newGuardLimits(slog.New(slog.DiscardHandler))
	limits.budget.Store(2 * firstChunk)
	type conn struct {
		g      *frameGuard
		client net.Conn
		done   chan error
	}
	open := func(size uint32, body int) conn {
		client, server := net.Pipe()
		c := conn{newFrameGuard(server, limits), client, make(chan error, 1)}
		go func() {
			_, err := c.g.Read(make([]byte, 6))
			c.done <- err
		}()
		client.Write(frame(size, 0)[:6])
		if body > 0 {
			go client.Write(make([]byte, body))
		}
		return c
	}
	waitBudget := func(want int64) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for limits.budget.Load() != want {
			if time.Now().After(deadline) {
				t.Fatalf("budget left %d, want %d", limits.budget.Load(), want)
			}
			time.Sleep(time.Millisecond)
		}
	}
	// Two connections declare 50 MiB frames and stall: each holds its
	// first chunk.
	a := open(50<<20, 100)
	defer a.client.Close()
	waitBudget(firstChunk)
	b := open(50<<20, 0)
	defer b.client.Close()
	waitBudget(0)
	// A whole small request finds the budget used up and waits.
	c := open(8, 6)
	defer c.client.Close()
	select {
	case err := <-c.done:
		t.Fatalf("a frame with the budget used up returned at once: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	// One stalled connection closing lets it through.
	a.g.Close()
	<-a.done
	if err := <-c.done; err != nil {
		t.Fatalf("the waiting frame after another connection closed: %v", err)
	}
	b.g.Close()
	<-b.done
	c.g.Close()
	waitBudget(2 * firstChunk)
}

// TestFrameGuardDeadline: a frame whose body does not arrive in time
// closes the connection and gives its budget back.
func TestFrameGuardDeadline(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	limits := newGuardLimits(slog.New(slog.DiscardHandler))
	client, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	server, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	g := newFrameGuard(server, limits)
	client.Write(frame(100, 0)[:6])
	// The frame's deadline is frameTime away; bring it forward.
	done := make(chan error, 1)
	go func() {
		_, err := g.Read(make([]byte, 6))
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	server.SetReadDeadline(time.Now())
	err = <-done
	if err == nil || !strings.Contains(err.Error(), "within its deadline") {
		t.Fatalf("a stalled frame: %v", err)
	}
	if left := limits.budget.Load(); left != requestBudget {
		t.Fatalf("%d bytes of the budget not given back", requestBudget-left)
	}
}

// TestStalledFramesDoNotLockOutClients: connections that declare the
// largest frames and send nothing more (the review's B1: six of them had
// reserved the whole budget by their declared sizes) leave the broker
// serving a Kafka client.
func TestStalledFramesDoNotLockOutClients(t *testing.T) {
	b, err := Start(Config{Listen: "127.0.0.1:0", Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for range 20 {
		c, err := net.Dial("tcp", b.Addr())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if _, err := c.Write(frame(100<<20, 0)[:6]); err != nil {
			t.Fatal(err)
		}
	}
	if err := produceOne(b.Addr(), make([]byte, 256<<10)); err != nil {
		t.Fatalf("produce beside stalled connections: %v", err)
	}
}

// TestPartitionCaps: a topic of more partitions than maxTopicPartitions,
// or growing past it, is refused with INVALID_PARTITIONS (the review's B2:
// kfake built 2^31-1 partitions for one 40-byte request); mailflow's own
// topics are created as before.
func TestPartitionCaps(t *testing.T) {
	ctx, adm := adminOf(t, 20*time.Second)
	for _, tc := range []struct {
		name  string
		parts int32
		ok    bool
	}{
		{"six", 6, true},
		{"ninety-six", 96, true},
		{"the bound", maxTopicPartitions, true},
		{"above the bound", maxTopicPartitions + 1, false},
		{"2^31-1", 1<<31 - 1, false},
	} {
		resp, err := adm.CreateTopic(ctx, tc.parts, 1, nil, "t-"+strings.ReplaceAll(tc.name, " ", "-"))
		if tc.ok && err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
		if !tc.ok && (err == nil || !errors.Is(resp.Err, kerr.InvalidPartitions)) {
			t.Errorf("%s: created (err %v), want INVALID_PARTITIONS", tc.name, err)
		}
	}
	if rs, err := adm.CreatePartitions(ctx, 1<<20, "t-six"); err == nil {
		if r, ok := rs["t-six"]; !ok || !errors.Is(r.Err, kerr.InvalidPartitions) {
			t.Errorf("growing t-six by 2^20 partitions: %+v, want INVALID_PARTITIONS", rs)
		}
	}
}

// TestPartitionLedger: the sum of partitions counts each topic once, by
// name (the second review: a counter of requests refused existing topics
// after some hundred processor starts, and NumPartitions -1 slipped past
// it), and a deleted topic gives its partitions back.
func TestPartitionLedger(t *testing.T) {
	ctx, adm := adminOf(t, 60*time.Second)
	// A topic created again, as every processor start does, counts once.
	for i := range 150 {
		resp, err := adm.CreateTopic(ctx, maxTopicPartitions, 1, nil, "again")
		if i > 0 && (err == nil || !errors.Is(resp.Err, kerr.TopicAlreadyExists)) {
			t.Fatalf("creating an existing topic the %dth time: %v, want TOPIC_ALREADY_EXISTS", i+1, err)
		}
	}
	// Topics without a count count kfake's default: 10,000 of them would
	// pass the sum.
	names := make([]string, 0, 10_000)
	for i := range 10_000 {
		names = append(names, fmt.Sprintf("d%05d", i))
	}
	rs, err := adm.CreateTopics(ctx, -1, 1, nil, names...)
	if err != nil {
		t.Fatal(err)
	}
	if r := rs["d00000"]; !errors.Is(r.Err, kerr.InvalidPartitions) {
		t.Fatalf("10,000 topics of the default count: %v, want INVALID_PARTITIONS", r.Err)
	}
	// Fill the sum to the bound, then one more is refused until a topic
	// is deleted.
	left := maxNewPartitions - maxTopicPartitions // "again" holds the rest
	for i := 0; left > 0; i++ {
		n := min(left, maxTopicPartitions)
		if _, err := adm.CreateTopic(ctx, int32(n), 1, nil, fmt.Sprintf("fill-%d", i)); err != nil {
			t.Fatalf("filling: %v", err)
		}
		left -= n
	}
	if resp, err := adm.CreateTopic(ctx, 1, 1, nil, "over"); err == nil || !errors.Is(resp.Err, kerr.InvalidPartitions) {
		t.Fatalf("a topic past the sum: %v, want INVALID_PARTITIONS", err)
	}
	if _, err := adm.DeleteTopics(ctx, "fill-0"); err != nil {
		t.Fatal(err)
	}
	if _, err := adm.CreateTopic(ctx, 1, 1, nil, "over"); err != nil {
		t.Fatalf("a topic after one was deleted: %v", err)
	}
}

// adminOf starts a broker for the test and returns an admin client of it
// and a context that ends after d; both are closed when the test ends.
func adminOf(t *testing.T, d time.Duration) (context.Context, *kadm.Client) {
	t.Helper()
	b, err := Start(Config{Listen: "127.0.0.1:0", Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	cl, err := kgo.NewClient(kgo.SeedBrokers(b.Addr()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return ctx, kadm.NewClient(cl)
}
