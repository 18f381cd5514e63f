package processor

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
)

// TestArrivalAheadOfClock: one record that claims to arrive in the future
// made its domain forget every event id it had counted (its dedupe hour
// moved past the horizon of all of them, so their replays counted again),
// and stayed the newest attempt of the live log until its time came,
// hiding every later attempt (review findings). The claim comes in two
// ways: a record timestamp from a clock ahead (Kafka before 3.6 and the
// embedded broker take any; Kafka 4 takes up to an hour), and Kafka's
// NO_TIMESTAMP (-1), which no broker checks, with a completed_at in the
// future. Each way is tried far and near ahead. Every replayed id must
// be a duplicate, the live log's newest attempt must be the latest one
// read, and the log, live and rebuilt from the topic, must place the
// future attempt no later than when it was read.
func TestArrivalAheadOfClock(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cl := h.manualClient()
	acceptFutureStamps(t, h)
	start := time.Now()
	past := start.Add(-10 * time.Minute).Truncate(time.Millisecond)
	cases := []struct {
		domain    string
		stamp     time.Time // of the future record; -1 ms: unstamped
		completed time.Time // its completed_at
	}{
		{"stamped-far.example", time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), past},
		{"stamped-near.example", start.Add(50 * time.Minute), past},
		{"unstamped-far.example", time.UnixMilli(-1), time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"unstamped-near.example", time.UnixMilli(-1), start.Add(3 * time.Hour)},
	}
	const earlier = 5
	record := func(domain, id string, stamp, completed time.Time) *kgo.Record {
		return stampedRecord(t, domain, id, stamp, completed)
	}
	produce := func(recs ...*kgo.Record) { t.Helper(); produceAll(t, h.ctx, cl, recs...) }
	ids := func(domain string) []string {
		var out []string
		for i := range earlier {
			out = append(out, fmt.Sprintf("%s-%d", domain, i))
		}
		return out
	}

	logs := openLogs(t, t.TempDir())
	cfg := h.config(t.TempDir())
	cfg.Registerer = prometheus.NewRegistry()
	cfg.Logs = NewLogSink(logs)
	r := h.start(cfg)
	// The ids counted first, then the future record, in transactions of
	// their own; then every earlier id again, and one new attempt.
	for _, c := range cases {
		for _, id := range ids(c.domain) {
			produce(record(c.domain, id, past, past))
		}
	}
	h.waitProcessed("mailflow")
	for _, c := range cases {
		produce(record(c.domain, "future-"+c.domain, c.stamp, c.completed))
	}
	h.waitProcessed("mailflow")
	for _, c := range cases {
		for _, id := range ids(c.domain) {
			produce(record(c.domain, id, past.Add(time.Minute), past.Add(time.Minute)))
		}
		produce(record(c.domain, "latest-"+c.domain, time.Now().Truncate(time.Millisecond), past.Add(2*time.Minute)))
	}
	h.waitProcessed("mailflow")
	if got, want := counterValue(t, r.p.m.duplicates), float64(len(cases)*earlier); got != want {
		t.Errorf("mailflow_duplicate_events_total = %v, want %v: a future record made its domain forget the ids it had counted", got, want)
	}
	if got, want := counterValue(t, r.p.m.clockAhead), float64(len(cases)); got != want {
		t.Errorf("mailflow_clock_ahead_attempts_total = %v, want %v", got, want)
	}
	check := func(what string) {
		t.Helper()
		for _, c := range cases {
			var recent []logstore.Recent
			waitFor(t, h.ctx, func() bool {
				var err error
				recent, err = logs.Last(context.Background(), c.domain, 25)
				return err == nil && len(recent) >= earlier+2
			})
			if len(recent) != earlier+2 {
				t.Errorf("%s: %s: the log holds %d attempts, want %d: each once", what, c.domain, len(recent), earlier+2)
			}
			if what == "live" && recent[0].Event.ID != "latest-"+c.domain {
				t.Errorf("%s: %s: the live log's newest attempt is %s (arrived %v), want the latest one read", what, c.domain, recent[0].Event.ID, recent[0].Arrival)
			}
			for _, a := range recent {
				if a.Event.ID == "future-"+c.domain && (a.Arrival.Before(start.Add(-time.Second)) || a.Arrival.After(time.Now())) {
					t.Errorf("%s: %s: the future attempt arrived at %v, want between %v and now", what, c.domain, a.Arrival, start)
				}
			}
		}
	}
	check("live")
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	if err := logs.Close(); err != nil {
		t.Fatal(err)
	}

	// A lost log directory, rebuilt from the deliveries topic: the future
	// attempts are read again now, and placed now.
	logs = openLogs(t, t.TempDir())
	defer logs.Close()
	cfg = h.config(t.TempDir())
	cfg.Registerer = prometheus.NewRegistry()
	cfg.Logs = NewLogSink(logs)
	r = h.start(cfg)
	h.waitProcessed("mailflow")
	check("rebuilt")
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
}

// TestFutureHourFromAnOlderRelease: a store written by a release that took
// a future stamp as it was holds an id counted at a future hour. Once its
// domain was touched again, the table's latest hour was in the future,
// and the sweep after each transaction freed every other domain's ids of
// the table (second review of arrivalOf's fix): their replays counted
// again. The older release is played by a processor whose clock is a year
// ahead, so that arrivalOf keeps the stamp.
func TestFutureHourFromAnOlderRelease(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cl := h.manualClient()
	acceptFutureStamps(t, h)
	dir := t.TempDir()
	base := time.Now().Add(-10 * time.Minute).Truncate(time.Millisecond)
	record := func(domain, id string, stamp time.Time) *kgo.Record { return stampedRecord(t, domain, id, stamp, base) }
	produce := func(recs ...*kgo.Record) { t.Helper(); produceAll(t, h.ctx, cl, recs...) }
	const poison = "poison.example"
	part := PartitionFor(poison, 3)
	var others []string
	for i := 0; len(others) < 400; i++ {
		if d := fmt.Sprintf("d%d.example", i); PartitionFor(d, 3) == part {
			others = append(others, d)
		}
	}
	run := func(now func() time.Time) *running {
		cfg := h.config(dir)
		cfg.Registerer = prometheus.NewRegistry()
		cfg.now = now
		cfg.CacheSize, cfg.MaxPollRecords = 100000, 1000
		return h.start(cfg)
	}
	ahead := func() time.Time { return time.Now().Add(366 * 24 * time.Hour) }
	r := run(ahead)
	for _, d := range others {
		produce(record(d, d+"-1", base))
	}
	produce(record(poison, "future-1", time.Now().Add(365*24*time.Hour)))
	h.waitProcessed("mailflow")
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}

	// This release, on a right clock, over the same store.
	r = run(nil)
	defer r.stop()
	for _, d := range others {
		produce(record(d, d+"-2", time.Now()))
	}
	h.waitProcessed("mailflow")
	produce(record(poison, "now-1", time.Now()))
	h.waitProcessed("mailflow")
	for round := 1; round <= 2; round++ {
		for _, d := range others {
			produce(record(d, d+"-1", time.Now()), record(d, d+"-2", time.Now()))
		}
		// Every event this run read has its counts published: the
		// others' second ids, now-1 and each round's replays.
		h.waitEvaluated(r, len(others)+1+round*2*len(others))
		if got, want := counterValue(t, r.p.m.duplicates), float64(round*2*len(others)); got != want {
			t.Fatalf("round %d: mailflow_duplicate_events_total = %v, want %v: replays counted again", round, got, want)
		}
	}
}

// stampedRecord is a delivered attempt of domain with id, completed at
// completed, as a record of the domain's partition (of 3) stamped stamp.
func stampedRecord(t *testing.T, domain, id string, stamp, completed time.Time) *kgo.Record {
	t.Helper()
	de := schemas.DeliveryEvent{V: 1, ID: id, MessageID: "m-" + id, Recipient: "user@" + domain, CompletedAt: completed,
		QueuedAt: completed.Add(-time.Second), SMTPCode: 250, Response: "250 ok " + id}
	v, err := schemas.MarshalDeliveryEvent(&de)
	if err != nil {
		t.Fatal(err)
	}
	return &kgo.Record{Key: []byte(domain), Value: v, Partition: PartitionFor(domain, 3), Timestamp: stamp}
}

// acceptFutureStamps lets the deliveries topic take records stamped any
// time ahead, as every broker before Kafka 3.6 and the embedded one do:
// Kafka 4 refuses those more than an hour ahead
// (message.timestamp.after.max.ms, KIP-937), and the suite runs on it too.
// kfake knows no such setting: its error is ignored, and a real broker's
// refusal fails the produce with its reason.
func acceptFutureStamps(t *testing.T, h *harness) {
	t.Helper()
	_, _ = kadm.NewClient(h.cl).AlterTopicConfigs(h.ctx, []kadm.AlterConfig{{Op: kadm.SetConfig, Name: "message.timestamp.after.max.ms", Value: kadm.StringPtr("9223372036854775807")}}, h.topics.Deliveries)
}

// produceAll produces recs and fails the test on any error.
func produceAll(t *testing.T, ctx context.Context, cl *kgo.Client, recs ...*kgo.Record) {
	t.Helper()
	if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
}
