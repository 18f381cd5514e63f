package e2e

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/internal/kafkatest"
	"github.com/mailflow/mailflow/internal/statetest"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// partitions of the deliveries, state and alerts topics.
const partitions = 3

// classifier is shared: building one costs a few milliseconds.
var classifier = sync.OnceValue(func() *diagnose.Classifier { return diagnose.New() })

func testLogger(t *testing.T) *slog.Logger {
	if os.Getenv("MAILFLOW_E2E_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})).With("test", t.Name())
	}
	return slog.New(slog.DiscardHandler)
}

// env is an in-process Kafka-protocol broker with mailflow's topics under
// the default prefix, and a client to it; or, when $MAILFLOW_TEST_BROKERS
// names a Kafka cluster, that cluster with topics, groups and
// transactional ids under a prefix of this env's own (kafkatest.Start).
type env struct {
	t       *testing.T
	cluster *kafkatest.Cluster
	ctx     context.Context
	brokers []string
	topics  processor.Topics
	// group is the processors' consumer group: the default ("mailflow")
	// under the cluster's prefix. Their transactional ids are
	// group-instance.
	group string
	cl    *kgo.Client
	adm   *kadm.Client
}

func newEnv(t *testing.T, ctx context.Context) *env {
	t.Helper()
	c := kafkatest.Start(t)
	e := &env{t: t, ctx: ctx, cluster: c, brokers: c.Brokers,
		topics: processor.TopicsWithPrefix(c.Name(processor.DefaultTopicPrefix)), group: c.Name("mailflow")}
	var err error
	if e.cl, err = kgo.NewClient(kgo.SeedBrokers(e.brokers...), kgo.DefaultProduceTopic(e.topics.Deliveries)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.cl.Close)
	e.adm = kadm.NewClient(e.cl)
	if err := processor.EnsureTopics(ctx, e.adm, e.topics, partitions, 1); err != nil {
		t.Fatal(err)
	}
	if err := kafkatest.KeepRecords(ctx, e.adm, e.topics.All()...); err != nil {
		t.Fatal(err)
	}
	return e
}

// processorConfig is a processor with diagnosis and advice, as
// `mailflow run` configures it, with small polls so that a stream spans
// many transactions.
func (e *env) processorConfig(dataDir, instance string) processor.Config {
	return processor.Config{
		Brokers:        e.brokers,
		Topics:         e.topics,
		Group:          e.group,
		DataDir:        dataDir,
		InstanceID:     instance,
		Partitions:     partitions,
		MaxPollRecords: 16,
		Diagnose:       classifier().Event,
		Advice:         diagnose.CategoryAdvice,
		Log:            testLogger(e.t),
	}
}

// proc is a processor running in the background.
type proc struct {
	p      *processor.Processor
	cancel context.CancelFunc
	done   chan error
	once   sync.Once
	err    error
	closed bool
}

func (e *env) startProcessor(cfg processor.Config) *proc {
	e.t.Helper()
	ctx, cancel := context.WithCancel(e.ctx)
	return e.startProcessorIn(ctx, cancel, cfg)
}

// startProcessorIn runs a processor until ctx ends; cancel ends ctx. Hooks
// in cfg may call cancel to stop the processor from inside.
func (e *env) startProcessorIn(ctx context.Context, cancel context.CancelFunc, cfg processor.Config) *proc {
	e.t.Helper()
	p, err := processor.New(e.ctx, cfg)
	if err != nil {
		cancel()
		e.t.Fatal(err)
	}
	r := &proc{p: p, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- p.Run(ctx) }()
	e.t.Cleanup(func() { r.close() })
	return r
}

// halt cancels Run and waits for it to return (the store update of the
// last committed transaction included); the store stays open.
func (r *proc) halt() error {
	r.once.Do(func() {
		r.cancel()
		r.err = <-r.done
	})
	return r.err
}

// close halts the processor and releases it.
func (r *proc) close() error {
	err := r.halt()
	if !r.closed {
		r.closed = true
		r.p.Close()
	}
	return err
}

// produceEvents publishes delivery events keyed by domain, as a transport
// server does.
func (e *env) produceEvents(evs []schemas.DeliveryEvent) {
	e.t.Helper()
	e.produceEventsAt(evs, nil)
}

// produceEventsAt produces evs with record timestamps at(ev) (the time
// the processor takes for the attempt's arrival, which the silence
// detection keeps in the state); nil lets the client stamp them now.
func (e *env) produceEventsAt(evs []schemas.DeliveryEvent, at func(*schemas.DeliveryEvent) time.Time) {
	e.t.Helper()
	recs := make([]*kgo.Record, 0, len(evs))
	for i := range evs {
		v, err := schemas.MarshalDeliveryEvent(&evs[i])
		if err != nil {
			e.t.Fatal(err)
		}
		r := &kgo.Record{Key: []byte(evs[i].Domain), Value: v}
		if at != nil {
			r.Timestamp = at(&evs[i])
		}
		recs = append(recs, r)
	}
	if err := e.cl.ProduceSync(e.ctx, recs...).FirstErr(); err != nil {
		e.t.Fatal(err)
	}
}

// waitCaughtUp waits until group has committed offsets at the end of
// topic.
func (e *env) waitCaughtUp(group, topic string) {
	e.t.Helper()
	for !e.caughtUp(group, topic) {
		select {
		case <-e.ctx.Done():
			e.t.Fatalf("group %s did not catch up with %s in time", group, topic)
		case <-time.After(25 * time.Millisecond):
		}
	}
}

func (e *env) caughtUp(group, topic string) bool {
	ok, err := kafkatest.CaughtUp(e.ctx, e.adm, group, topic)
	return err == nil && ok
}

// waitConsumed waits until group has committed offsets past the last
// committed record of every partition of a transactional topic (whose end
// offsets also count the transaction markers).
func (e *env) waitConsumed(group, topic string) {
	e.t.Helper()
	want := map[int32]int64{}
	for _, r := range e.readCommitted(topic) {
		want[r.Partition] = r.Offset + 1
	}
	for {
		committed, err := e.adm.FetchOffsets(e.ctx, group)
		if err == nil {
			ok := true
			for p, off := range want {
				if c, found := committed.Lookup(topic, p); !found || c.At < off {
					ok = false
				}
			}
			if ok {
				return
			}
		}
		select {
		case <-e.ctx.Done():
			e.t.Fatalf("group %s did not consume %s in time (want %v)", group, topic, want)
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// committed returns the group's committed offsets in topic.
func (e *env) committed(group, topic string) map[int32]int64 {
	e.t.Helper()
	offs, err := e.adm.FetchOffsets(e.ctx, group)
	if err != nil {
		e.t.Fatal(err)
	}
	out := map[int32]int64{}
	offs.Each(func(o kadm.OffsetResponse) {
		if o.Topic == topic {
			out[o.Partition] = o.At
		}
	})
	return out
}

// waitProcessed waits until the processors consumed every delivery.
func (e *env) waitProcessed() { e.t.Helper(); e.waitCaughtUp(e.group, e.topics.Deliveries) }

// fake returns the in-process kfake cluster, for a test that steers the
// broker's answers; it skips the test on a real cluster, which cannot be
// steered so.
func (e *env) fake() *kfake.Cluster {
	e.t.Helper()
	if e.cluster.Fake == nil {
		e.t.Skipf("needs kfake's request hooks (ControlKey); %s names a real cluster", kafkatest.BrokersEnv)
	}
	return e.cluster.Fake
}

// endOffsets returns the end offset of every partition of topic.
func (e *env) endOffsets(topic string) map[int32]int64 {
	e.t.Helper()
	ends, err := e.adm.ListEndOffsets(e.ctx, topic)
	if err != nil {
		e.t.Fatal(err)
	}
	out := map[int32]int64{}
	ends.Each(func(o kadm.ListedOffset) { out[o.Partition] = o.Offset })
	return out
}

// readCommitted reads topic whole with read_committed isolation, up to
// its last stable offsets.
func (e *env) readCommitted(topic string) []*kgo.Record {
	e.t.Helper()
	return e.read(topic, true)
}

// readUncommitted reads topic whole with read_uncommitted isolation: also
// the records of aborted and open transactions.
func (e *env) readUncommitted(topic string) []*kgo.Record {
	e.t.Helper()
	return e.read(topic, false)
}

func (e *env) read(topic string, committed bool) []*kgo.Record {
	e.t.Helper()
	recs, err := kafkatest.ReadTopic(e.ctx, e.brokers, topic, committed, 10*time.Second)
	if err != nil {
		e.t.Fatal(err)
	}
	return recs
}

// alerts returns the committed status changes, each checked to be keyed by
// its domain, in the order of their cause's completion time.
func (e *env) alerts() []schemas.StatusChange {
	e.t.Helper()
	var out []schemas.StatusChange
	for _, r := range e.readCommitted(e.topics.Alerts) {
		c, err := schemas.DecodeStatusChange(r.Value)
		if err != nil {
			e.t.Fatalf("alert at %d/%d: %v", r.Partition, r.Offset, err)
		}
		if string(r.Key) != c.Domain {
			e.t.Fatalf("alert keyed %q for domain %q", r.Key, c.Domain)
		}
		if want := schemas.ChangeID(c.Domain, c.From, c.To, c.CauseEventID); c.ID != want {
			e.t.Errorf("alert %s of %s: id is not ChangeID(domain, from, to, cause) = %s", c.ID, c.Domain, want)
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out
}

// render formats alerts as "domain from→to cause" lines for messages.
func render(alerts []schemas.StatusChange) string {
	var b strings.Builder
	for _, a := range alerts {
		fmt.Fprintf(&b, "\n  %s %s→%s cause %s id %s", a.Domain, a.From, a.To, a.CauseEventID, a.ID)
	}
	return b.String()
}

// dumpState renders the window and live log of domains in a store, to
// compare two runs byte for byte.
func dumpState(t *testing.T, s *state.Store, domains ...string) string {
	t.Helper()
	out, err := statetest.Dump(s, domains...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// eventually polls cond until it holds or d (or the test's context) runs
// out.
func eventually(t *testing.T, ctx context.Context, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) || ctx.Err() != nil {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// Responses of the attempts the tests script, as real receivers word them.
const (
	respSent        = "250 2.0.0 Ok: queued as 4F2A1C0B7E"
	respBlocklisted = "550 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9"
	respGreylisted  = "450 4.2.0 <%s>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/%s.html"
	respUserUnknown = "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table"
)

// attempt builds a valid delivery event: kind is "sent", "blocked",
// "greylisted" or "unknown_user".
func attempt(id, domain, kind string, n int, at time.Time) schemas.DeliveryEvent {
	rcpt := fmt.Sprintf("user%03d@%s", n, domain)
	e := schemas.DeliveryEvent{
		V: schemas.Version, ID: id, MessageID: "msg-" + id, Recipient: rcpt, Sender: "newsletter@shop.example",
		Attempt: 1, QueuedAt: at.Add(-time.Duration(800+n%7*300) * time.Millisecond), CompletedAt: at,
		RemoteHost: "mx1." + domain, RemoteIP: "192.0.2.25", Transport: "mta-out-1.example.net", Size: 4096,
	}
	switch kind {
	case "sent":
		e.SMTPCode, e.EnhancedCode, e.Response = 250, "2.0.0", respSent
	case "blocked":
		e.SMTPCode, e.EnhancedCode, e.Response = 550, "5.7.1", respBlocklisted
	case "greylisted":
		e.SMTPCode, e.EnhancedCode, e.Response = 450, "4.2.0", fmt.Sprintf(respGreylisted, rcpt, domain)
	case "unknown_user":
		e.SMTPCode, e.EnhancedCode, e.Response = 550, "5.1.1", fmt.Sprintf(respUserUnknown, rcpt)
	default:
		panic("attempt kind " + kind)
	}
	if err := e.Validate(); err != nil {
		panic(fmt.Sprintf("attempt %s: %v", id, err))
	}
	return e
}
