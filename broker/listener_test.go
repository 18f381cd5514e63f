package broker

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// records keeps the messages logged at error level.
type records struct {
	mu   sync.Mutex
	msgs []string
}

func (r *records) Enabled(context.Context, slog.Level) bool { return true }
func (r *records) Handle(_ context.Context, rec slog.Record) error {
	if rec.Level >= slog.LevelError {
		r.mu.Lock()
		r.msgs = append(r.msgs, rec.Message)
		r.mu.Unlock()
	}
	return nil
}
func (r *records) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r *records) WithGroup(string) slog.Handler      { return r }

func (r *records) has(sub string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, m := range r.msgs {
		if strings.Contains(m, sub) {
			return true
		}
	}
	return false
}

// TestAcceptSurvivesFileTableExhaustion runs the process out of file
// descriptors while clients connect to the broker, so that its accept
// fails with EMFILE, then gives them back: the broker must serve new
// clients again without a restart (kfake's own accept loop returns at the
// first error and never listens again).
func TestAcceptSurvivesFileTableExhaustion(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rec := &records{}
	b, err := Start(Config{Listen: "127.0.0.1:0", Log: slog.New(rec)})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()

	var orig syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &orig); err != nil {
		t.Fatal(err)
	}
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("cannot count open files: %v", err)
	}
	low := orig
	low.Cur = uint64(len(fds) + 24)
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &low); err != nil {
		t.Skipf("cannot lower RLIMIT_NOFILE: %v", err)
	}
	restored := false
	restore := func() {
		if !restored {
			restored = true
			if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &orig); err != nil {
				t.Errorf("restore RLIMIT_NOFILE: %v", err)
			}
		}
	}
	defer restore()

	// Connect until this process has no descriptor left: the kernel
	// completes the handshakes, and the broker's accept fails.
	var conns []net.Conn
	var dialErr error
	for range 200 {
		c, err := net.DialTimeout("tcp", b.Addr(), time.Second)
		if err != nil {
			dialErr = err
			break
		}
		conns = append(conns, c)
	}
	if errors.Is(dialErr, syscall.ECONNREFUSED) {
		t.Fatalf("after %d connections the broker stopped listening: its accept loop ended at the first EMFILE", len(conns))
	}
	if !errors.Is(dialErr, syscall.EMFILE) {
		t.Fatalf("after %d connections the process still has descriptors (%v); the test did not reach its condition", len(conns), dialErr)
	}
	// The connections made last wait in the listen queue; the broker's
	// accept of them fails until descriptors are given back.
	deadline := time.Now().Add(2 * time.Second)
	for !rec.has("could not accept") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	for _, c := range conns {
		c.Close()
	}
	restore()

	cl, err := kgo.NewClient(kgo.SeedBrokers(b.Addr()), kgo.DefaultProduceTopic("after-emfile"))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	if _, err := kadm.NewClient(cl).CreateTopic(ctx, 1, 1, nil, "after-emfile"); err != nil {
		t.Fatalf("the broker does not answer after running out of descriptors: %v", err)
	}
	if err := cl.ProduceSync(ctx, &kgo.Record{Value: []byte("v")}).FirstErr(); err != nil {
		t.Fatalf("produce after running out of descriptors: %v", err)
	}
}
