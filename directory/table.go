package directory

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// Table follows the config topic from its start and keeps the current
// Directory. Every instance runs one: the directory is a global table, read
// whole, not partitioned with the deliveries.
//
// Current is safe to call from any goroutine and never blocks; it returns
// the snapshot of the last applied poll.
type Table struct {
	topic string
	cl    *kgo.Client
	log   *slog.Logger

	cur     atomic.Pointer[Directory]
	applied atomic.Uint64 // records applied, for tests and metrics
	invalid atomic.Uint64 // records ignored as invalid

	// bad holds, by key, why the latest record of each key that is
	// invalid was ignored; a later valid record or tombstone of the key
	// takes it out (see Invalid).
	badMu sync.Mutex
	bad   map[string]string

	readyOnce sync.Once
	ready     chan struct{}
	done      chan struct{}

	// posMu guards pos, the offset after the last record of each
	// partition that Current reflects, and posCh, closed (and replaced)
	// whenever pos moves, which is whenever cur does (see CatchUp and
	// Changed).
	posMu sync.Mutex
	pos   map[int32]int64
	posCh chan struct{}
}

// NewTable starts following topic on the brokers the given client options
// point at (the options should carry kgo.SeedBrokers and any TLS/SASL; the
// table adds its own consume options). Close stops it.
func NewTable(ctx context.Context, topic string, log *slog.Logger, opts ...kgo.Opt) (*Table, error) {
	t := &Table{topic: topic, log: log, ready: make(chan struct{}), done: make(chan struct{}), pos: map[int32]int64{}, posCh: make(chan struct{})}
	t.cur.Store(New())
	opts = append(opts,
		kgo.ConsumeTopics(topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
	)
	cl, err := kgo.NewClient(opts...)
	if err != nil {
		return nil, fmt.Errorf("config table %s: %w", topic, err)
	}
	t.cl = cl
	go t.run(ctx)
	return t, nil
}

// Current returns the latest directory snapshot. Before the table has caught
// up (see WaitReady) it may be incomplete.
func (t *Table) Current() *Directory { return t.cur.Load() }

// Applied returns how many config records the table has applied.
func (t *Table) Applied() uint64 { return t.applied.Load() }

// WaitReady blocks until the table has read the config topic up to the end
// offsets it had when the table started, so that the first delivery events
// are evaluated with the configured settings rather than the defaults.
func (t *Table) WaitReady(ctx context.Context) error {
	select {
	case <-t.ready:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("config table %s: not caught up: %w", t.topic, context.Cause(ctx))
	}
}

// CatchUp waits until Current reflects every record the config topic held
// when it was called: a read-your-writes barrier for whoever must decide
// on the directory as it is now, not as this instance last read it (the
// console before it writes, so that a manager an operator has just
// removed, or moved out of a tree, cannot write from an instance that has
// not read the change yet). The error is ctx's, or the broker's.
func (t *Table) CatchUp(ctx context.Context) error {
	ends, err := t.endOffsets(ctx)
	if err != nil {
		return fmt.Errorf("config table %s: catch up: %w", t.topic, err)
	}
	for {
		t.posMu.Lock()
		behind := false
		ends.Each(func(o kadm.ListedOffset) {
			if o.Offset > 0 && t.pos[o.Partition] < o.Offset {
				behind = true
			}
		})
		ch := t.posCh
		t.posMu.Unlock()
		if !behind {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("config table %s: not caught up: %w", t.topic, context.Cause(ctx))
		}
	}
}

// Changed returns a channel that is closed once Current returns a newer
// snapshot than it did when Changed was called: take it before reading
// Current, and a change between the read and the wait is not missed. It
// lets a waiting reader (the sinks' held notifications) act on a change
// when it lands rather than poll.
func (t *Table) Changed() <-chan struct{} {
	t.posMu.Lock()
	defer t.posMu.Unlock()
	return t.posCh
}

// Close stops following and releases the client.
func (t *Table) Close() {
	t.cl.Close()
	<-t.done
}

func (t *Table) run(ctx context.Context) {
	defer close(t.done)
	ends, err := t.endOffsets(ctx)
	for err != nil {
		if ctx.Err() != nil || errors.Is(err, kgo.ErrClientClosed) {
			return
		}
		t.log.Warn("config table: listing end offsets, retrying", "topic", t.topic, "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
		ends, err = t.endOffsets(ctx)
	}
	t.checkReady(ends, nil)
	pos := map[int32]int64{}
	for {
		fs := t.cl.PollFetches(ctx)
		if fs.IsClientClosed() || ctx.Err() != nil {
			return
		}
		fs.EachError(func(topic string, p int32, err error) {
			t.log.Warn("config table: fetch error", "topic", topic, "partition", p, "err", err)
		})
		if fs.NumRecords() == 0 {
			continue
		}
		next := t.cur.Load().clone()
		fs.EachRecord(func(r *kgo.Record) {
			pos[r.Partition] = r.Offset + 1
			if err := next.apply(Record{Key: string(r.Key), Value: r.Value}); err != nil && r.Value != nil {
				t.invalid.Add(1)
				t.noteInvalid(string(r.Key), err)
				t.log.Error("config table: ignoring invalid record (mailflow config delete KEY removes it)", "topic", r.Topic, "partition", r.Partition, "offset", r.Offset, "key", clip(string(r.Key)), "err", err)
				return
			}
			t.noteInvalid(string(r.Key), nil)
			t.applied.Add(1)
		})
		t.cur.Store(next)
		t.posMu.Lock()
		for p, o := range pos {
			t.pos[p] = o
		}
		close(t.posCh)
		t.posCh = make(chan struct{})
		t.posMu.Unlock()
		t.checkReady(ends, pos)
	}
}

func (t *Table) endOffsets(ctx context.Context) (kadm.ListedOffsets, error) {
	adm := kadm.NewClient(t.cl)
	ends, err := adm.ListEndOffsets(ctx, t.topic)
	if err != nil {
		return nil, err
	}
	if err := ends.Error(); err != nil {
		return nil, err
	}
	return ends, nil
}

// checkReady marks the table ready once every partition has been read to
// the end offset seen at start. The config topic is written without
// transactions (see Publish), so its last offset is a record, never a
// transaction marker that the position would not reach.
func (t *Table) checkReady(ends kadm.ListedOffsets, pos map[int32]int64) {
	caughtUp := true
	ends.Each(func(o kadm.ListedOffset) {
		if o.Offset > 0 && pos[o.Partition] < o.Offset {
			caughtUp = false
		}
	})
	if caughtUp {
		t.readyOnce.Do(func() { close(t.ready) })
	}
}

// Publish writes config records to topic and waits until they are stored.
// It is the low-level writer under `mailflow config apply`.
func Publish(ctx context.Context, cl *kgo.Client, topic string, recs []Record) error {
	krs := make([]*kgo.Record, len(recs))
	for i, r := range recs {
		krs[i] = &kgo.Record{Topic: topic, Key: []byte(r.Key), Value: r.Value}
	}
	if err := cl.ProduceSync(ctx, krs...).FirstErr(); err != nil {
		return fmt.Errorf("publish %d config records to %s: %w", len(recs), topic, err)
	}
	return nil
}

// maxInvalidKept bounds the invalid keys a table remembers (a topic
// written by something else entirely must not grow it without end).
const maxInvalidKept = 100

// noteInvalid records that key's latest record is invalid for err, or
// valid (err nil).
func (t *Table) noteInvalid(key string, err error) {
	t.badMu.Lock()
	defer t.badMu.Unlock()
	if err == nil {
		delete(t.bad, key)
		return
	}
	if t.bad == nil {
		t.bad = map[string]string{}
	}
	if _, ok := t.bad[key]; ok || len(t.bad) < maxInvalidKept {
		t.bad[key] = err.Error()
	}
}

// Invalid returns the keys whose latest record the table ignored as
// invalid, sorted, each with why (at most maxInvalidKept).
func (t *Table) Invalid() []InvalidRecord {
	t.badMu.Lock()
	defer t.badMu.Unlock()
	out := make([]InvalidRecord, 0, len(t.bad))
	for k, why := range t.bad {
		out = append(out, InvalidRecord{Key: k, Reason: why})
	}
	slices.SortFunc(out, func(a, b InvalidRecord) int { return strings.Compare(a.Key, b.Key) })
	return out
}

// InvalidRecord is a config key whose latest record is invalid.
type InvalidRecord struct {
	Key, Reason string
}
