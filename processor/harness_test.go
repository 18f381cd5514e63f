package processor

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/internal/kafkatest"
	"github.com/mailflow/mailflow/internal/statetest"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// harness runs processors against an in-process Kafka-protocol broker
// (kfake) over the real wire protocol, or against the Kafka cluster named
// by $MAILFLOW_TEST_BROKERS under names of the test's own (see
// kafkatest.Start).
type harness struct {
	t       *testing.T
	ctx     context.Context
	cluster *kafkatest.Cluster
	brokers []string
	topics  Topics
	cl      *kgo.Client
	seq     int
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	return newHarnessWithin(t, 2*time.Minute)
}

// newHarnessWithin is newHarness for a test that may take up to budget
// (its h.ctx): the bound of a hung test, not of its behaviour. A test of
// hundreds of small transactions needs more than newHarness's on a loaded
// two-core machine, where each transaction's round trips wait for a CPU.
func newHarnessWithin(t *testing.T, budget time.Duration) *harness {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), budget)
	t.Cleanup(cancel)
	c := kafkatest.Start(t)
	h := &harness{t: t, ctx: ctx, cluster: c, brokers: c.Brokers, topics: TopicsWithPrefix(c.Name(DefaultTopicPrefix))}
	var err error
	h.cl, err = kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.DefaultProduceTopic(h.topics.Deliveries))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.cl.Close)
	if err := EnsureTopics(ctx, kadm.NewClient(h.cl), h.topics, 3, 1); err != nil {
		t.Fatal(err)
	}
	if err := kafkatest.KeepRecords(ctx, kadm.NewClient(h.cl), h.topics.All()...); err != nil {
		t.Fatal(err)
	}
	return h
}

func testLogger(t *testing.T) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.DiscardHandler)
}

func (h *harness) config(dataDir string) Config {
	return Config{
		Brokers:        h.brokers,
		Topics:         h.topics,
		Group:          h.cluster.Name("mailflow"),
		DataDir:        dataDir,
		InstanceID:     "test-" + filepath.Base(dataDir),
		Partitions:     3,
		MaxPollRecords: 7, // many small transactions
		CacheSize:      8, // evictions on the hot path, too
		Log:            testLogger(h.t),
	}
}

// running is a processor running in the background.
type running struct {
	p      *Processor
	cancel context.CancelFunc
	done   chan error
	halted bool
	err    error // what Run returned, once halted
}

func (h *harness) start(cfg Config) *running {
	h.t.Helper()
	p, err := New(h.ctx, cfg)
	if err != nil {
		h.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(h.ctx)
	r := &running{p: p, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- p.Run(ctx) }()
	return r
}

// halt stops the processor's Run, which returns once the store has the
// last committed transaction, and returns what Run returned; the store
// stays open for reading.
func (r *running) halt() error {
	if !r.halted {
		r.cancel()
		r.err, r.halted = <-r.done, true
	}
	return r.err
}

// haltCaughtUp waits until r's Run returns, or until the group has
// processed every event and r serves all of the harness's partitions
// with their state restored, then halts r and returns what Run returned.
// The group's committed offsets alone say nothing of r: a restart after
// the last commit finds them at the end at once, before its restore has
// replayed what the previous run committed but did not apply, and Run
// halted in the middle of a restore leaves the store without it.
func (h *harness) haltCaughtUp(r *running) error {
	h.t.Helper()
	for {
		select {
		case err := <-r.done:
			r.err, r.halted = err, true
			return err
		case <-h.ctx.Done():
			h.t.Fatal("events not processed in time")
		case <-time.After(20 * time.Millisecond):
		}
		o := r.p.Ownership()
		if o.Joined && len(o.Restoring) == 0 && len(o.Partitions) == int(r.p.Partitions()) && h.processed("mailflow") {
			return r.halt()
		}
	}
}

// stop halts the processor, closes it and returns what Run returned.
func (r *running) stop() error {
	err := r.halt()
	r.p.Close()
	return err
}

// ev describes an attempt of a scripted stream.
type ev struct {
	domain  string
	code    int
	outcome string // optional
	raw     string // when set, produced as is (an invalid record)
	alert   string // the transition this event must cause ("good→bad"), if any
}

// harnessEpoch is the record timestamp of a script's event 0: the hour
// before the one the test binary started, so that the log store's
// retention keeps them, and so that no script's stamps (a second an event)
// run ahead of the wall clock, which arrivalOf cuts back to the time the
// record is read: a rebuilt log would not be the live one's.
var harnessEpoch = time.Now().UTC().Truncate(time.Hour).Add(-time.Hour)

// produce publishes the events and returns the alerts they must cause, as
// alerts() renders them.
func (h *harness) produce(events ...ev) []string {
	h.t.Helper()
	var want []string
	var recs []*kgo.Record
	for _, e := range events {
		h.seq++
		// Two harnesses that produce the same script produce the same
		// record timestamps: the silence detection's stream time, which
		// every state record carries, is made of them.
		ts := harnessEpoch.Add(time.Duration(h.seq) * time.Second)
		if e.raw != "" {
			recs = append(recs, &kgo.Record{Key: []byte(e.domain), Value: []byte(e.raw), Timestamp: ts})
			continue
		}
		at := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC).Add(time.Duration(h.seq) * time.Second)
		de := schemas.DeliveryEvent{
			V: 1, ID: fmt.Sprintf("ev-%05d", h.seq), MessageID: fmt.Sprintf("m-%d", h.seq),
			Recipient: fmt.Sprintf("user%d@%s", h.seq, e.domain), CompletedAt: at, QueuedAt: at.Add(-time.Duration(h.seq%7) * time.Second),
			SMTPCode: e.code, Response: fmt.Sprintf("%d response to ev-%05d", e.code, h.seq), RemoteHost: "mx." + e.domain,
		}
		if e.outcome != "" {
			de.Outcome, _ = schemas.ParseOutcome(e.outcome)
		}
		if err := de.Validate(); err != nil {
			h.t.Fatalf("script event %d: %v", h.seq, err)
		}
		v, err := schemas.MarshalDeliveryEvent(&de)
		if err != nil {
			h.t.Fatal(err)
		}
		recs = append(recs, &kgo.Record{Key: []byte(de.Domain), Value: v, Timestamp: ts})
		if e.alert != "" {
			want = append(want, fmt.Sprintf("%s %s %s", de.Domain, e.alert, de.ID))
		}
	}
	if err := h.cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		h.t.Fatal(err)
	}
	return want
}

// waitProcessed waits until the group's committed offsets reach the end
// of the deliveries topic; group is named as on a cluster of the test's
// own (the cluster's prefix is added).
func (h *harness) waitProcessed(group string) {
	h.t.Helper()
	for !h.processed(group) {
		select {
		case <-h.ctx.Done():
			h.t.Fatal("events not processed in time")
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// waitEvaluated waits until r has published the counts of n delivery
// events since it started, each counted by its outcome or dropped as a
// duplicate (mailflow_events_total, mailflow_duplicate_events_total), and
// fails when more were counted. The group's committed offsets
// (waitProcessed) reach past a transaction before its counts are
// published (Processor.process: txn.finish runs after the commit, once
// the previous transaction's store update is applied), so counters read
// after waitProcessed alone may miss the last transactions': a count of
// duplicates then looks like replays counted again.
func (h *harness) waitEvaluated(r *running, n int) {
	h.t.Helper()
	for {
		got := evaluated(h.t, r)
		if got == float64(n) {
			return
		}
		if got > float64(n) {
			h.t.Fatalf("%v delivery events counted or dropped as duplicates, want %d", got, n)
		}
		select {
		case <-h.ctx.Done():
			h.t.Fatalf("%v of %d delivery events counted or dropped as duplicates in time", got, n)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// evaluated returns how many delivery events r counted by outcome or
// dropped as duplicates.
func evaluated(t *testing.T, r *running) float64 {
	t.Helper()
	n := counterValue(t, r.p.m.duplicates)
	for _, c := range r.p.m.events {
		if c != nil {
			n += counterValue(t, c)
		}
	}
	return n
}

// processed reports whether the group's committed offsets reached the end
// of the deliveries topic.
func (h *harness) processed(group string) bool {
	ok, err := kafkatest.CaughtUp(h.ctx, kadm.NewClient(h.cl), h.cluster.Name(group), h.topics.Deliveries)
	return err == nil && ok
}

// readAll reads a topic whole with read_committed isolation.
func (h *harness) readAll(topic string) []*kgo.Record {
	h.t.Helper()
	recs, err := kafkatest.ReadTopic(h.ctx, h.brokers, topic, true, 10*time.Second)
	if err != nil {
		h.t.Fatal(err)
	}
	return recs
}

// alerts returns the status changes on the alerts topic as
// "domain from→to cause" lines in cause order.
func (h *harness) alerts() []string {
	h.t.Helper()
	var out []string
	for _, r := range h.readAll(h.topics.Alerts) {
		c, err := schemas.DecodeStatusChange(r.Value)
		if err != nil {
			h.t.Fatalf("alert at %d/%d: %v", r.Partition, r.Offset, err)
		}
		if string(r.Key) != c.Domain {
			h.t.Fatalf("alert keyed %q for domain %q", r.Key, c.Domain)
		}
		out = append(out, fmt.Sprintf("%s %s→%s %s", c.Domain, c.From, c.To, c.CauseEventID))
	}
	sort.Slice(out, func(i, j int) bool { return causeOf(out[i]) < causeOf(out[j]) })
	return out
}

func causeOf(line string) string { return line[strings.LastIndexByte(line, ' ')+1:] }

// dump renders the whole store state of the given domains, to compare two
// runs.
func dump(t *testing.T, s *state.Store, domains ...string) string {
	t.Helper()
	out, err := statetest.Dump(s, domains...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// publishConfig writes directory entities to the config topic.
func (h *harness) publishConfig(entities ...any) {
	h.t.Helper()
	var recs []directory.Record
	for _, e := range entities {
		r, err := directory.EncodeRecord(e)
		if err != nil {
			h.t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := directory.Publish(h.ctx, h.cl, h.topics.Config, recs); err != nil {
		h.t.Fatal(err)
	}
}

func repeatEv(n int, e ev) []ev {
	out := make([]ev, n)
	for i := range out {
		out[i] = e
	}
	return out
}

func joinEv(parts ...[]ev) []ev {
	var out []ev
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
