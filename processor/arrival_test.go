package processor

import (
	"context"
	"errors"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
)

// TestUnstampedRecords: a record whose timestamp is no time a delivery can
// have used to stop the log store of its whole partition, for good (review
// finding: the store refused the batch, and every later append of the
// partition replayed into the same refusal). Each kind of such timestamp
// is here — Kafka's NO_TIMESTAMP (-1, sent by producers of the pre-0.10
// message format), another time before 1970, and times past what Unix
// nanoseconds hold — with ordinary attempts before and after, and a
// second copy of one. The log must hold every attempt once, the
// unstamped ones arriving at their completed_at, and so must a log
// rebuilt from the topics; the counter counts them.
func TestUnstampedRecords(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cl := h.manualClient()
	const domain = "unstamped.example"
	part := PartitionFor(domain, 3)
	base := time.Now().Add(-time.Hour).Truncate(time.Millisecond)
	type rec struct {
		id    string
		stamp time.Time
		bad   bool
	}
	recs := []rec{
		{"ok-1", time.Now().Truncate(time.Millisecond), false},
		{"no-timestamp", time.UnixMilli(-1), true},
		{"before-1970", time.UnixMilli(-5_000_000), true},
		{"max-int64", time.UnixMilli(math.MaxInt64), true},
		{"year-2300", time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"no-timestamp", time.UnixMilli(-1), true}, // a producer's retry
		{"ok-2", time.Now().Truncate(time.Millisecond), false},
	}
	want := map[string]time.Time{} // arrival by id
	unstamped := 0
	for i, r := range recs {
		at := base.Add(time.Duration(i) * time.Minute)
		de := schemas.DeliveryEvent{V: 1, ID: r.id, MessageID: "m-" + r.id, Recipient: "user@" + domain, CompletedAt: at,
			QueuedAt: at.Add(-time.Second), SMTPCode: 250, Response: "250 ok " + r.id}
		if _, ok := want[r.id]; ok {
			de.CompletedAt, de.QueuedAt = want[r.id], want[r.id].Add(-time.Second) // the same event again
		}
		v, err := schemas.MarshalDeliveryEvent(&de)
		if err != nil {
			t.Fatal(err)
		}
		err = cl.ProduceSync(h.ctx, &kgo.Record{Key: []byte(domain), Value: v, Partition: part, Timestamp: r.stamp}).FirstErr()
		if errors.Is(err, kerr.InvalidTimestamp) {
			// Apache Kafka refuses a time more than
			// message.timestamp.after.max.ms ahead (an hour in Kafka
			// 4); the embedded broker takes it.
			t.Logf("the broker refused %s stamped %d: %v", r.id, r.stamp.UnixMilli(), err)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if r.bad {
			unstamped++
		}
		if _, ok := want[r.id]; !ok {
			want[r.id] = r.stamp
			if r.bad {
				want[r.id] = de.CompletedAt
			}
		}
	}

	run := func(what string, logs *logstore.Store) *running {
		t.Helper()
		cfg := h.config(t.TempDir())
		cfg.Registerer = prometheus.NewRegistry()
		cfg.Logs = NewLogSink(logs)
		r := h.start(cfg)
		h.waitProcessed("mailflow")
		got := map[string]time.Time{}
		waitFor(t, h.ctx, func() bool {
			clear(got)
			_ = logs.Each(context.Background(), domain, logstore.Filter{}, func(a *logstore.Attempt) error {
				if _, ok := got[a.Event.ID]; ok {
					return fmt.Errorf("%s kept twice", a.Event.ID)
				}
				got[a.Event.ID] = a.Arrival
				return nil
			})
			return len(got) >= len(want)
		})
		for id, at := range want {
			if g, ok := got[id]; !ok || !g.Equal(at) {
				t.Fatalf("%s: attempt %s arrived at %v (held: %v), want %v", what, id, g, ok, at)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("%s: the log holds %d attempts, want %d", what, len(got), len(want))
		}
		return r
	}
	logs := openLogs(t, t.TempDir())
	r := run("live", logs)
	if n := counterValue(t, r.p.m.unstamped); n != float64(unstamped) {
		t.Errorf("mailflow_unstamped_attempts_total = %v, want %d", n, unstamped)
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	if err := logs.Close(); err != nil {
		t.Fatal(err)
	}
	// A lost log directory, rebuilt from the deliveries topic.
	logs = openLogs(t, t.TempDir())
	defer logs.Close()
	r = run("rebuilt", logs)
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
}
