package processor

import (
	"context"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/logstore"
)

// logDomains are the domains of the log tests' script.
var logDomains = []string{"a.example", "b.example", "c.example", "d.example", "e.example"}

// produceLogScript produces n rounds of one attempt per domain, each on a
// partition chosen by crc32 (so that most arrive on another partition than
// their domain's and go through the repartition topic), every third one
// twice (a producer's retry: the same id at another offset), and an
// invalid record per round. It returns the event ids per domain.
func produceLogScript(t *testing.T, h *harness, cl *kgo.Client, round0, n int, want map[string][]string) {
	t.Helper()
	var recs []*kgo.Record
	for r := round0; r < round0+n; r++ {
		for i, d := range logDomains {
			id := fmt.Sprintf("%s-%03d", d, r)
			key := []byte(d)
			part := int32(crc32.ChecksumIEEE([]byte(id)) % 3)
			v := event(t, id, d, []int{250, 550, 450}[(r+i)%3])
			recs = append(recs, &kgo.Record{Key: key, Value: v, Partition: part})
			if (r+i)%3 == 0 {
				recs = append(recs, &kgo.Record{Key: key, Value: v, Partition: (part + 1) % 3})
			}
			want[d] = append(want[d], id)
		}
		recs = append(recs, &kgo.Record{Value: []byte("{not an event"), Partition: int32(r % 3)})
	}
	if err := cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
}

// logDump returns the event ids the log holds per domain, sorted, and
// fails on an id held twice.
func logDump(t *testing.T, s *logstore.Store) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, d := range logDomains {
		seen := map[string]bool{}
		err := s.Each(context.Background(), d, logstore.Filter{}, func(a *logstore.Attempt) error {
			if seen[a.Event.ID] {
				return fmt.Errorf("%s: event %s kept twice (again at %v)", d, a.Event.ID, a.Pos)
			}
			if a.Event.Domain != d || PartitionFor(d, 3) != a.Pos.Partition {
				return fmt.Errorf("%s: attempt %s of %s at %v", d, a.Event.ID, a.Event.Domain, a.Pos)
			}
			seen[a.Event.ID] = true
			out[d] = append(out[d], a.Event.ID)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(out[d])
	}
	return out
}

func sameLog(t *testing.T, what string, got, want map[string][]string) {
	t.Helper()
	for _, d := range logDomains {
		w := slices.Clone(want[d])
		slices.Sort(w)
		if !slices.Equal(got[d], w) {
			t.Fatalf("%s: %s holds %d attempts %v, want %d %v", what, d, len(got[d]), got[d], len(w), w)
		}
	}
}

func openLogs(t *testing.T, dir string) *logstore.Store {
	t.Helper()
	s, err := logstore.Open(dir, func(d string) int32 { return PartitionFor(d, 3) })
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestLogStoreExactlyOnce runs the processor with a log store through a
// crash between a commit and the log append, a lost log directory and a
// partition moving to another instance, and expects the log to hold each
// counted attempt exactly once every time: duplicates (the same id at two
// offsets) once, invalid records never, forwarded ones once under their
// domain's partition.
func TestLogStoreExactlyOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cl := h.manualClient()
	want := map[string][]string{}
	logDir := t.TempDir()
	logs := openLogs(t, logDir)
	cfg := h.config(t.TempDir())
	cfg.Registerer = prometheus.NewRegistry()
	cfg.Logs = NewLogSink(logs)

	// A crash right after the third commit: neither the state nor the
	// log has the transaction.
	var commits atomic.Int32
	crash := errors.New("crash after commit")
	cfg.afterCommit = func(context.Context) error {
		if commits.Add(1) == 3 {
			return crash
		}
		return nil
	}
	r := h.start(cfg)
	produceLogScript(t, h, cl, 0, 10, want)
	waitFor(t, h.ctx, func() bool { return commits.Load() >= 3 })
	if err := r.halt(); !errors.Is(err, crash) {
		t.Fatalf("Run returned %v, want the crash", err)
	}
	r.p.Close()
	cfg.afterCommit = nil
	cfg.Registerer = prometheus.NewRegistry()
	r = h.start(cfg)
	waitLogged(t, h, logs, want)
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	sameLog(t, "after a crash between commit and append", logDump(t, logs), want)

	// A lost log directory: rebuilt from the topics.
	if err := logs.Close(); err != nil {
		t.Fatal(err)
	}
	logs = openLogs(t, t.TempDir())
	cfg.Logs = NewLogSink(logs)
	cfg.Registerer = prometheus.NewRegistry()
	r = h.start(cfg)
	produceLogScript(t, h, cl, 10, 5, want)
	waitLogged(t, h, logs, want)
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	sameLog(t, "after a lost log directory", logDump(t, logs), want)

	// Two instances share the partitions; then the second leaves, and the
	// first's log must hold everything, including what the second
	// processed while it owned some partitions.
	cfg.Registerer = prometheus.NewRegistry()
	a := h.start(cfg)
	logsB := openLogs(t, t.TempDir())
	cfgB := h.config(t.TempDir())
	cfgB.Registerer = prometheus.NewRegistry()
	cfgB.Logs = NewLogSink(logsB)
	b := h.start(cfgB)
	waitFor(t, h.ctx, func() bool {
		return len(a.p.Ownership().Partitions) > 0 && len(b.p.Ownership().Partitions) > 0 &&
			len(a.p.Ownership().Partitions)+len(b.p.Ownership().Partitions) == 3
	})
	produceLogScript(t, h, cl, 15, 10, want)
	h.waitProcessed("mailflow")
	if err := b.stop(); err != nil {
		t.Fatal(err)
	}
	defer logsB.Close()
	waitFor(t, h.ctx, func() bool {
		o := a.p.Ownership()
		return len(o.Partitions) == 3 && len(o.Restoring) == 0
	})
	produceLogScript(t, h, cl, 25, 3, want)
	waitLogged(t, h, logs, want)
	if err := a.stop(); err != nil {
		t.Fatal(err)
	}
	sameLog(t, "after a partition moved", logDump(t, logs), want)
	if err := logs.Close(); err != nil {
		t.Fatal(err)
	}
	// The second instance's log holds each attempt of its partitions
	// once too (logDump fails on a repeat).
	logDump(t, logsB)
}

// waitLogged waits until the deliveries topic is processed and the log
// holds every wanted attempt (forwarded events take a second transaction,
// on the repartition topic, whose end the group's offsets never reach:
// the last record there is a transaction marker).
func waitLogged(t *testing.T, h *harness, s *logstore.Store, want map[string][]string) {
	t.Helper()
	h.waitProcessed("mailflow")
	waitFor(t, h.ctx, func() bool {
		for _, d := range logDomains {
			n := 0
			_ = s.Each(h.ctx, d, logstore.Filter{}, func(*logstore.Attempt) error { n++; return nil })
			if n < len(want[d]) {
				return false
			}
		}
		return true
	})
}
