package processor

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// Header names on dead-lettered records.
const (
	// HeaderError carries why the record was rejected.
	HeaderError = "mailflow-error"
	// HeaderSource carries "topic/partition/offset" of the rejected record.
	HeaderSource = "mailflow-source"
)

// topCategoriesInAlerts bounds the categories an alert lists.
const topCategoriesInAlerts = 5

// shardParallelMin is the poll size from which shards run on goroutines of
// their own; below it the goroutine hand-off costs more than it saves.
const shardParallelMin = 1024

// decodeChunk is how many records a goroutine decodes at a time.
const decodeChunk = 512

// txn is one transaction: the shards that evaluate the poll's records, and
// what the produce promises report. Two txn values are used in turn (one is
// evaluated while the other's store update runs), each reused for every
// other transaction.
type txn struct {
	p      *Processor
	dir    *directory.Directory
	shards []*shard

	in      []*kgo.Record // the records of the poll
	decoded []decoded     // their decoded events, by index
	latest  time.Time     // no arrival is later (arrivalOf)

	byName []*dirtyDomain // every shard's dirty domains, sorted by name for the store
	moved  []*dirtyDomain // the domains whose status changed, in index key order
	batch  *state.Batch   // the store update, from prepare to apply

	promiseFn func(*kgo.Record, error)
	oversized int // batches dead-lettered whole (skipOversized)
	// flushCtx bounds the flush before the commit; the first failed
	// produce cancels it, so the transaction aborts at once instead of
	// waiting for the rest of its records.
	flushCtx    context.Context
	cancelFlush context.CancelFunc
	mu          sync.Mutex // guards the fields below, set by produce promises
	perr        error
	perrTopic   string
	maxOffset   map[int32]int64 // highest changelog offset produced, per partition
	tooLargeAt  time.Time       // when a MESSAGE_TOO_LARGE last ran explainTooLarge
}

func newTxn(p *Processor) *txn {
	t := &txn{p: p, maxOffset: map[int32]int64{}}
	t.promiseFn = t.promise
	for _, c := range p.caches {
		t.shards = append(t.shards, newShard(t, c))
	}
	return t
}

func (t *txn) begin(ctx context.Context, dir *directory.Directory) {
	t.dir = dir
	fctx, cancel := context.WithCancel(ctx)
	for _, s := range t.shards {
		s.begin()
	}
	if !t.p.cfg.SkipChecks {
		if err := t.dropSeenTables(); err != nil && t.shards[0].err == nil {
			t.shards[0].err = err // the transaction aborts, the processor stops
		}
	}
	t.oversized = 0
	t.mu.Lock()
	t.flushCtx, t.cancelFlush = fctx, cancel
	t.perr, t.perrTopic = nil, ""
	clear(t.maxOffset)
	t.mu.Unlock()
}

// run evaluates the records of fs on the shards, in parallel when the poll
// is large, and produces the changelog.
func (t *txn) run(ctx context.Context, fs kgo.Fetches) {
	t.recycle()
	fs.EachPartition(func(fp kgo.FetchTopicPartition) { t.in = append(t.in, fp.Records...) })
	if cap(t.decoded) < len(t.in) {
		// With room for a poll a quarter larger: polls vary by a few
		// records, and an exact fit was made again for nearly every
		// larger one (46 MB per 1,000,000 events in mailflow bench).
		t.decoded = make([]decoded, len(t.in), len(t.in)+len(t.in)/4)
	}
	// The events beyond this poll's, left by a larger earlier one (decoded
	// keeps the last poll's length), alias batches franz-go has recycled:
	// drop them (see shard.begin).
	if len(t.decoded) > len(t.in) {
		clear(t.decoded[len(t.in):])
	}
	t.decoded = t.decoded[:len(t.in)]
	parallel := len(t.shards) > 1 && len(t.in) >= shardParallelMin
	// One bound for the whole transaction: the log store (appendLogs)
	// takes the same arrivals as the windows and the dedupe hours.
	t.latest = t.p.cfg.latestArrival()

	// Decode in small chunks that the shards' goroutines take in turn, so
	// that one held up (by the store update running beside it, say) does
	// not hold up the others.
	var next atomic.Int64
	t.each(parallel, func(_ int, s *shard) {
		for {
			lo := int(next.Add(decodeChunk)) - decodeChunk
			if lo >= len(t.in) {
				return
			}
			hi := min(lo+decodeChunk, len(t.in))
			s.decode(t.in[lo:hi], t.decoded[lo:hi])
		}
	})
	// Route each record to its domain's shard, keeping arrival order.
	for i := range t.decoded {
		// An invalid record has no domain, and a forwarded one is not
		// evaluated here; its partition's shard keeps the dead letters
		// and forwarded records of a partition in order.
		n := int(t.in[i].Partition) % len(t.shards)
		if t.decoded[i].err == nil && !t.decoded[i].forward {
			n = t.p.shardOf(t.decoded[i].hash)
		}
		t.shards[n].idx = append(t.shards[n].idx, int32(i))
	}
	t.each(parallel, func(_ int, s *shard) { s.run(ctx) })
}

// recycle gives the records of the transaction's previous use back to
// franz-go's pools (see fetchPool). That is safe once the transaction
// value is reused: the strings of its events, which alias the records, are
// read until its store update ends and the next transaction has looked up
// its dirty domains; windows and caches keep copies. The dead letters and
// forwarded records it produced carry the fetched records' bytes without a
// copy: they are safe only because the transaction was flushed or aborted
// before its value is reused. Recycling earlier, at the transaction's end
// say, would need those values copied first
// (TestNothingKeepsRecycledBytes).
func (t *txn) recycle() {
	for _, r := range t.in {
		r.Recycle()
	}
	clear(t.in)
	t.in = t.in[:0]
}

// each calls fn for every shard, on goroutines of their own when parallel.
func (t *txn) each(parallel bool, fn func(i int, s *shard)) {
	if !parallel {
		for i, s := range t.shards {
			fn(i, s)
		}
		return
	}
	var wg sync.WaitGroup
	for i, s := range t.shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(i, s)
		}()
	}
	wg.Wait()
}

// err returns the first shard's fatal error.
func (t *txn) err() error {
	for _, s := range t.shards {
		if s.err != nil {
			return s.err
		}
	}
	return nil
}

func (t *txn) promise(r *kgo.Record, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err != nil {
		if t.perr == nil {
			t.perr = fmt.Errorf("produce to %s partition %d: %w", r.Topic, r.Partition, err)
			t.perrTopic = r.Topic
			if t.cancelFlush != nil {
				t.cancelFlush()
			}
			if errors.Is(err, kerr.MessageTooLarge) && time.Since(t.tooLargeAt) > tooLargeRecheck {
				t.tooLargeAt = time.Now()
				go t.p.explainTooLarge(r.Topic)
			}
		}
		return
	}
	if r.Topic != t.p.cfg.Topics.State {
		return
	}
	if cur, ok := t.maxOffset[r.Partition]; !ok || r.Offset > cur {
		t.maxOffset[r.Partition] = r.Offset
	}
}

// produceErrTopic returns the topic of the first failed produce.
func (t *txn) produceErrTopic() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.perrTopic
}

func (t *txn) produceErr() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.perr
}

// stats sums the shards' figures.
func (t *txn) stats() (records, dead, alerts, domains, changelog int) {
	for _, s := range t.shards {
		records += s.records
		dead += s.dead
		alerts += s.alerts
		domains += len(s.order)
		changelog += len(s.recs)
	}
	return
}

// batchEntryOverhead bounds what a write adds to its key and value in a
// Pebble batch: its kind and two length varints.
const batchEntryOverhead = 16

// batchIndexOverhead bounds what a status-index write adds to its
// domain's name in a Pebble batch: the key's prefix, partition and status
// (state.AppendIndexKey, 6 bytes), the value (1 byte) and the batch
// entry's kind and two length varints.
const batchIndexOverhead = 16

// batchCheckpointRoom is room in a store batch for the checkpoints apply
// adds (state.Batch.SetCheckpoint, about 32 bytes a partition).
const batchCheckpointRoom = 8 << 10

// batchRoom returns the bytes a store batch needs for writes writes of
// kv bytes of keys and values, the status-index entries of the domains
// that moved, and apply's checkpoints, so that the batch is allocated
// once: at a million cold domains nearly every domain of a transaction is
// new (it moves from unknown), and a batch sized without their index
// entries grew (doubled) in one transaction of three.
func batchRoom(kv, writes int, moved []*dirtyDomain) int {
	n := kv + batchEntryOverhead*writes + batchCheckpointRoom
	for _, d := range moved {
		// A deletion of the old entry and a set of the new one.
		n += 2 * (len(d.domain) + batchIndexOverhead)
	}
	return n
}

// prepare builds the store batch of the transaction's changelog records
// (see apply). It runs while the transaction ends: the producer is then
// mostly waiting for the broker, so the copying and sorting uses a core
// that would otherwise idle. The batch becomes visible only when apply
// commits it, after the transaction committed.
func (t *txn) prepare() error {
	// Insert in key order: Pebble's memtable inserter resumes its search
	// where the previous key went, so sorted inserts skip most of the
	// skiplist walk that dominates the cost of a large batch. The order
	// follows from the key layout (see package state): seen-ids keys
	// ('e') by domain and sequence sort first, then the status index
	// ('i', by partition and status: written here, derived from the
	// domains' status changes), then state records ('w') by domain; so
	// sorting the domain names is almost enough.
	t.byName = t.byName[:0]
	size, writes := 0, 0
	for _, s := range t.shards {
		t.byName = append(t.byName, s.order...)
		size += s.arena.used
		writes += len(s.recs)
	}
	slices.SortFunc(t.byName, func(a, b *dirtyDomain) int { return strings.Compare(a.domain, b.domain) })
	moved := t.moved[:0]
	for _, d := range t.byName {
		if d.window >= 0 && d.end != d.start {
			moved = append(moved, d)
		}
	}
	slices.SortFunc(moved, func(a, b *dirtyDomain) int {
		return cmp.Or(cmp.Compare(a.partition, b.partition), cmp.Compare(a.end, b.end), strings.Compare(a.domain, b.domain))
	})
	t.moved = moved
	b := t.p.store.NewBatchWithSize(batchRoom(size, writes, moved))
	put := func(w storeWrite) error {
		if err := b.Put(w.key, w.value); err != nil {
			b.Close()
			return fmt.Errorf("prepare the store update: %w", err)
		}
		return nil
	}
	for _, d := range t.byName {
		for _, i := range d.seenRecs {
			if err := put(d.s.stored[i]); err != nil {
				return err
			}
		}
	}
	for _, s := range t.shards {
		for _, i := range s.inputRecs {
			if err := put(s.stored[i]); err != nil {
				return err
			}
		}
	}
	for _, d := range moved {
		if err := b.SetIndex(d.partition, d.start, d.end, d.domain); err != nil {
			b.Close()
			return fmt.Errorf("prepare the store update: %w", err)
		}
	}
	for _, d := range t.byName {
		if d.window < 0 {
			continue // only duplicates: nothing changed
		}
		if err := put(d.s.stored[d.window]); err != nil {
			return err
		}
	}
	t.batch = b
	return nil
}

// apply commits the batch prepare built to the store, with the changelog
// offsets it reaches. It runs on the store goroutine while the next
// transaction is evaluated, so it reads only what it owns until the
// processor waits for it: the batch and the offsets.
func (t *txn) apply() error {
	b := t.batch
	t.batch = nil
	defer b.Close()
	now := time.Now()
	t.mu.Lock()
	for part, off := range t.maxOffset {
		if err := b.SetCheckpoint(part, off+1, now); err != nil {
			t.mu.Unlock()
			return fmt.Errorf("apply transaction to the store: %w", err)
		}
	}
	t.mu.Unlock()
	if t.p.cfg.beforeStoreCommit != nil {
		t.p.cfg.beforeStoreCommit()
	}
	if err := b.Commit(); err != nil {
		return err
	}
	return t.appendLogs()
}

// dropBatch discards the batch of a transaction that did not commit.
func (t *txn) dropBatch() {
	if t.batch != nil {
		t.batch.Close()
		t.batch = nil
	}
}

// finish publishes a committed transaction's counts; it runs on the
// processing goroutine, which owns the counts.
func (t *txn) finish() {
	m := t.p.m
	if t.oversized > 0 {
		m.deadLetters.WithLabelValues(oversizedLabel).Add(float64(t.oversized))
	}
	unstamped, ahead := 0, 0
	// The transitions are logged at info: their arguments are not built
	// for a logger that drops them (thousands a second at a warn level).
	logTransitions := t.p.log.Enabled(context.Background(), slog.LevelInfo)
	for _, s := range t.shards {
		for o, n := range s.outcomes {
			if n > 0 && m.events[o] != nil {
				m.events[o].Add(float64(n))
			}
		}
		for c, n := range s.cats {
			if n > 0 {
				m.categories[c].Add(float64(n))
			}
		}
		for k, n := range s.changes {
			m.changes.WithLabelValues(k[0].String(), k[1].String()).Add(float64(n))
		}
		for _, a := range s.announced {
			if !logTransitions {
				break
			}
			if a.kind != "" {
				args := []any{"domain", a.domain, "kind", a.kind, "status", a.to.String(),
					"customer", a.customer, "reseller", a.reseller, "last_response", a.last}
				if strings.HasPrefix(string(a.kind), "delay") {
					args = append(args, "current_delay_seconds", a.delay)
				}
				t.p.log.Info("domain detection alert", args...)
				continue
			}
			t.p.log.Info("domain status changed", "domain", a.domain, "from", a.from.String(), "to", a.to.String(),
				"customer", a.customer, "reseller", a.reseller, "success_rate", a.rate, "failures", a.failures,
				"attempts", a.attempts, "last_response", a.last)
		}
		for reason, n := range s.deadReasons {
			m.deadLetters.WithLabelValues(reason).Add(float64(n))
		}

		if s.duplicates > 0 {
			m.duplicates.Add(float64(s.duplicates))
		}
		unstamped += s.unstamped
		ahead += s.ahead
		if s.forwarded > 0 {
			m.forwarded.Add(float64(s.forwarded))
		}
		if s.quarantined > 0 {
			m.quarantined.Add(float64(s.quarantined))
		}
		if s.warmed > 0 {
			m.seenReadBack.Add(float64(s.warmed))
		}
		for _, d := range s.order {
			if d.end == d.start {
				continue
			}
			c := t.p.counts[d.partition]
			if c == nil {
				c = &[3]int{}
				t.p.counts[d.partition] = c
			}
			if d.start != schemas.StatusUnknown {
				c[d.start]--
			}
			c[d.end]++
		}
	}
	if unstamped > 0 {
		m.unstamped.Add(float64(unstamped))
		t.p.log.Log(context.Background(), t.p.unstampedWarn.level(), "attempts whose record timestamp is no usable time (Kafka's NO_TIMESTAMP -1 from a producer of the pre-0.10 message format, before 1970, or past 2262): their arrival is the event's completed_at instead (mailflow_unstamped_attempts_total counts them all)", "attempts", unstamped)
	}
	if ahead > 0 {
		m.clockAhead.Add(float64(ahead))
		t.p.log.Log(context.Background(), t.p.aheadWarn.level(), "attempts that arrived stamped more than 5 minutes ahead of this instance's clock (a producer's clock runs ahead, or an unstamped record's completed_at lies in the future): each is taken to arrive when it was read, for its window, its dedupe hour, the log and the silence detection (mailflow_clock_ahead_attempts_total counts them all)", "attempts", ahead)
	}
}

// discard forgets what an aborted transaction did (see shard.discard).
func (t *txn) discard() {
	for _, s := range t.shards {
		s.discard()
	}
}

// topCategories lists the failure categories of w with their advice.
func (p *Processor) topCategories(w *state.Window, max int) []schemas.CategoryCount {
	top := w.TopCategories(max)
	out := make([]schemas.CategoryCount, 0, len(top))
	for _, c := range top {
		if c.Category == schemas.CategoryUnclassified {
			continue
		}
		out = append(out, schemas.CategoryCount{Category: c.Category.String(), Count: c.Count, Advice: p.Advice(c.Category)})
	}
	return out
}

func clip(s string) string {
	if len(s) <= 64 {
		return s
	}
	return s[:64] + "…"
}
