package processor

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

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

// txn is the working set of one transaction. One txn value is reused for
// every transaction of a processor so that its buffers (records, encoded
// values, the dirty-domain table) are allocated once, not per poll.
type txn struct {
	p   *Processor
	dir *directory.Directory

	dirty  map[string]*dirtyDomain
	order  []*dirtyDomain // dirty domains in first-touch order
	byName []*dirtyDomain // the same, sorted by name for the store
	pool   []*dirtyDomain // reusable dirtyDomain values

	arena  []byte        // encoded changelog keys and values of this txn
	recs   []kgo.Record  // changelog records, produced at the end
	sorted []*kgo.Record // recs in key order, for the store
	spans  []span        // key and value of each rec in the arena

	in      []*kgo.Record // the records of the poll
	decoded []decoded     // their decoded events, by index

	records   int
	outcomes  [5]int
	cats      [schemas.NumCategories]int
	changes   map[[2]schemas.Status]int
	dead      int
	alerts    int
	err       error // a fatal error (store read); the txn is aborted
	promiseFn func(*kgo.Record, error)

	mu        sync.Mutex // guards the fields below, set by produce promises
	perr      error
	maxOffset map[int32]int64 // highest changelog offset produced, per partition
}

type span struct{ k0, k1, v0, v1 int }

// decoded is a record's event or the reason it is invalid. Its strings
// alias the record's value (see schemas.DecodeDeliveryEventAliased).
type decoded struct {
	ev  schemas.DeliveryEvent
	err error
}

// decodeParallelMin is the poll size from which decoding is split across
// the cores: JSON decoding is a third of the processor's work per event,
// and the records of a poll are independent.
const decodeParallelMin = 2048

// decodeAll decodes and validates the records of the poll into t.decoded.
func (t *txn) decodeAll(recs []*kgo.Record) {
	t.in = recs
	if cap(t.decoded) < len(recs) {
		t.decoded = make([]decoded, len(recs))
	}
	t.decoded = t.decoded[:len(recs)]
	workers := min(runtime.GOMAXPROCS(0), len(recs)/decodeParallelMin+1)
	if workers <= 1 {
		decodeRange(recs, t.decoded)
		return
	}
	var wg sync.WaitGroup
	chunk := (len(recs) + workers - 1) / workers
	for lo := 0; lo < len(recs); lo += chunk {
		hi := min(lo+chunk, len(recs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			decodeRange(recs[lo:hi], t.decoded[lo:hi])
		}()
	}
	wg.Wait()
}

func decodeRange(recs []*kgo.Record, out []decoded) {
	for i, r := range recs {
		ev, err := schemas.DecodeDeliveryEventAliased(r.Value)
		if err == nil && len(r.Key) > 0 && string(r.Key) != ev.Domain {
			// The record landed on the partition of its key; were the key
			// not the domain, the domain's state would live in two
			// partitions.
			if k, kerr := schemas.CanonicalDomain(string(r.Key)); kerr != nil || k != ev.Domain {
				err = fmt.Errorf("record key %q is not the event's domain %q: key records by recipient domain", clip(string(r.Key)), ev.Domain)
			}
		}
		out[i] = decoded{ev: ev, err: err}
	}
}

// dirtyDomain is a domain touched by the transaction.
type dirtyDomain struct {
	domain    string
	partition int32
	w         *state.Window
	window    int32                    // index into txn.recs of the window record
	index     [2]int32                 // indexes into txn.recs of index records, or -1
	start     schemas.Status           // status at the start of the txn
	end       schemas.Status           // status at the end of the txn
	live      [state.LiveLogSize]int32 // index into txn.recs of each slot written, or -1
}

func newTxn(p *Processor) *txn {
	t := &txn{p: p, dirty: map[string]*dirtyDomain{}, changes: map[[2]schemas.Status]int{}, maxOffset: map[int32]int64{}}
	t.promiseFn = t.promise
	return t
}

func (t *txn) begin(dir *directory.Directory) {
	t.dir = dir
	clear(t.dirty)
	t.pool = append(t.pool, t.order...)
	t.order = t.order[:0]
	t.arena = t.arena[:0]
	t.recs = t.recs[:0]
	t.spans = t.spans[:0]
	t.records, t.dead, t.alerts, t.err = 0, 0, 0, nil
	t.outcomes = [5]int{}
	t.cats = [schemas.NumCategories]int{}
	clear(t.changes)
	t.mu.Lock()
	t.perr = nil
	clear(t.maxOffset)
	t.mu.Unlock()
}

func (t *txn) promise(r *kgo.Record, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err != nil {
		if t.perr == nil {
			t.perr = fmt.Errorf("produce to %s partition %d: %w", r.Topic, r.Partition, err)
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

func (t *txn) produceErr() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.perr
}

// domain returns the dirty state of domain, loading its window from the
// cache or the store on first touch.
func (t *txn) domain(part int32, domain string) (*dirtyDomain, error) {
	if d, ok := t.dirty[domain]; ok {
		return d, nil
	}
	w, ok := t.p.cache.Get(domain)
	if !ok && t.p.pending != nil {
		// The store may not have the previous transaction's writes yet;
		// its windows are the latest.
		if d, found := t.p.pending.dirty[domain]; found {
			w, ok = d.w, true
			t.p.cache.Put(part, strings.Clone(domain), w)
		}
	}
	if !ok {
		var err error
		if w, err = t.p.store.Window(domain); err != nil {
			return nil, err
		}
		if w == nil {
			w = &state.Window{}
		}
		// The cache outlives the fetch buffer the name aliases.
		t.p.cache.Put(part, strings.Clone(domain), w)
	}
	var d *dirtyDomain
	if n := len(t.pool); n > 0 {
		d, t.pool = t.pool[n-1], t.pool[:n-1]
	} else {
		d = &dirtyDomain{}
	}
	d.domain, d.partition, d.w, d.start = domain, part, w, w.Status
	for i := range d.live {
		d.live[i] = -1
	}
	d.index = [2]int32{-1, -1}
	t.dirty[domain] = d
	t.order = append(t.order, d)
	return d, nil
}

// addAll processes the decoded records of the poll in order.
func (t *txn) addAll(ctx context.Context) {
	for i, r := range t.in {
		if t.err != nil {
			return
		}
		t.add(ctx, r, &t.decoded[i])
	}
}

// add processes one delivery record.
func (t *txn) add(ctx context.Context, r *kgo.Record, dec *decoded) {
	t.records++
	if dec.err != nil {
		t.deadLetter(ctx, r, schemas.Reason(dec.err))
		return
	}
	ev := &dec.ev

	d, err := t.domain(r.Partition, ev.Domain)
	if err != nil {
		t.err = fmt.Errorf("partition %d domain %s: %w", r.Partition, ev.Domain, err)
		return
	}
	cat := schemas.CategoryUnclassified
	if t.p.cfg.Diagnose != nil {
		cat = t.p.cfg.Diagnose(ev)
	}
	delay := uint32(0)
	if ev.Outcome == schemas.OutcomeDelivered {
		delay = uint32(min(ev.DeliveryDelay().Milliseconds(), math.MaxUint32))
	}
	res := t.dir.Resolve(ev.Domain)
	ch := d.w.Add(state.Entry{Outcome: ev.Outcome, Category: cat, DelayMillis: delay},
		res.Window, res.Threshold.Budget(res.Window), ev.CompletedAt, ev.SMTPCode, ev.Response)
	t.outcomes[ev.Outcome]++
	t.cats[cat]++

	le := state.LiveEntry{
		Seq: d.w.Seq, EventID: ev.ID, MessageID: ev.MessageID, CompletedAt: ev.CompletedAt,
		Recipient: ev.Recipient, Sender: ev.Sender, Outcome: ev.Outcome, Category: cat,
		SMTPCode: ev.SMTPCode, Enhanced: ev.EnhancedCode, Response: ev.Response,
		RemoteHost: ev.RemoteHost, RemoteIP: ev.RemoteIP, DelayMillis: delay,
	}
	slot := state.LiveSlot(d.w.Seq)
	k0 := len(t.arena)
	t.arena = state.AppendLiveKey(t.arena, d.domain, slot)
	v0 := len(t.arena)
	t.arena = state.AppendLiveEntry(t.arena, &le)
	sp := span{k0, v0, v0, len(t.arena)}
	if i := d.live[slot]; i >= 0 {
		t.spans[i] = sp // a later attempt in the same slot replaces the earlier
	} else {
		d.live[slot] = int32(len(t.spans))
		t.spans = append(t.spans, sp)
		t.recs = append(t.recs, kgo.Record{Partition: d.partition})
	}

	if ch.Changed() {
		t.changes[[2]schemas.Status{ch.From, ch.To}]++
	}
	if ch.Alert() {
		t.alert(ctx, d, ev, res, ch)
	}
}

// alert produces the StatusChange of a transition.
func (t *txn) alert(ctx context.Context, d *dirtyDomain, ev *schemas.DeliveryEvent, res directory.Resolved, ch state.Change) {
	w := d.w
	c := schemas.StatusChange{
		ID:            schemas.ChangeID(d.domain, ch.From, ch.To, ev.ID),
		Domain:        d.domain,
		Customer:      res.Customer,
		Reseller:      res.Reseller,
		From:          ch.From,
		To:            ch.To,
		At:            ev.CompletedAt,
		SuccessRate:   w.SuccessRate(),
		Window:        res.Window,
		Threshold:     res.Threshold.Float(),
		Attempts:      len(w.Entries),
		Failures:      w.Failures(),
		DeliveryDelay: schemas.DeliveryDelay{LatestSeconds: float64(w.LastDelayMillis) / 1000, MedianSeconds: w.MedianDelayMillis() / 1000},
		LastResponse:  w.LastResponse,
		TopCategories: t.p.topCategories(w, topCategoriesInAlerts),
		CauseEventID:  ev.ID,
	}
	v, err := schemas.MarshalStatusChange(&c)
	if err != nil {
		t.err = err
		return
	}
	t.alerts++
	t.p.sess.Produce(ctx, &kgo.Record{Topic: t.p.cfg.Topics.Alerts, Key: []byte(d.domain), Value: v}, t.promiseFn)
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

// deadLetter produces an invalid record, unchanged, to the dead-letter
// topic with the reason and its origin in headers.
func (t *txn) deadLetter(ctx context.Context, r *kgo.Record, reason string) {
	t.dead++
	headers := append(r.Headers[:len(r.Headers):len(r.Headers)],
		kgo.RecordHeader{Key: HeaderError, Value: []byte(reason)},
		kgo.RecordHeader{Key: HeaderSource, Value: fmt.Appendf(nil, "%s/%d/%d", r.Topic, r.Partition, r.Offset)},
	)
	t.p.sess.Produce(ctx, &kgo.Record{Topic: t.p.cfg.Topics.DeadLetter, Key: r.Key, Value: r.Value, Headers: headers}, t.promiseFn)
	t.p.log.Debug("dead-lettered an invalid event", "topic", r.Topic, "partition", r.Partition, "offset", r.Offset, "reason", reason)
}

// produceChangelog produces the latest state of every dirty domain: its
// window, the live-log slots written, and its index entry when its status
// changed.
func (t *txn) produceChangelog(ctx context.Context) {
	if t.err != nil {
		return
	}
	for _, d := range t.order {
		d.end = d.w.Status
		k0 := len(t.arena)
		t.arena = state.AppendWindowKey(t.arena, d.domain)
		v0 := len(t.arena)
		t.arena = state.AppendWindow(t.arena, d.w)
		d.window = int32(len(t.recs))
		t.spans = append(t.spans, span{k0, v0, v0, len(t.arena)})
		t.recs = append(t.recs, kgo.Record{Partition: d.partition})
		if d.w.Status != d.start {
			if d.start != schemas.StatusUnknown {
				k0 := len(t.arena)
				t.arena = state.AppendIndexKey(t.arena, d.partition, d.start, d.domain)
				d.index[0] = int32(len(t.recs))
				t.spans = append(t.spans, span{k0, len(t.arena), -1, -1}) // tombstone
				t.recs = append(t.recs, kgo.Record{Partition: d.partition})
			}
			k0 := len(t.arena)
			t.arena = state.AppendIndexKey(t.arena, d.partition, d.w.Status, d.domain)
			v0 := len(t.arena)
			t.arena = append(t.arena, 1)
			d.index[1] = int32(len(t.recs))
			t.spans = append(t.spans, span{k0, v0, v0, len(t.arena)})
			t.recs = append(t.recs, kgo.Record{Partition: d.partition})
		}
	}
	t.byName = append(t.byName[:0], t.order...)
	// The arena no longer grows: slices into it are stable from here on.
	topic := t.p.cfg.Topics.State
	for i := range t.recs {
		r, sp := &t.recs[i], t.spans[i]
		r.Topic = topic
		r.Key = t.arena[sp.k0:sp.k1:sp.k1]
		r.Value = nil
		if sp.v0 >= 0 {
			r.Value = t.arena[sp.v0:sp.v1:sp.v1]
		}
		t.p.sess.Produce(ctx, r, t.promiseFn)
	}
}

// apply writes the committed changelog records to the store with the
// changelog offsets they reach. It runs on the store goroutine while the
// next transaction is evaluated, so it reads only what it owns until the
// processor waits for it: the records, the arena they point into and the
// offsets.
func (t *txn) apply() error {
	// Insert in key order: Pebble's memtable inserter resumes its search
	// where the previous key went, so sorted inserts skip most of the
	// skiplist walk that dominates the cost of a large batch. The order
	// follows from the key layout (see package state): index keys ('i')
	// sort first, then live-log keys ('l') by domain and slot, then
	// window keys ('w') by domain; so sorting the few index records and
	// the domain names is enough.
	slices.SortFunc(t.byName, func(a, b *dirtyDomain) int { return strings.Compare(a.domain, b.domain) })
	idx := t.sorted[:0]
	for _, d := range t.byName {
		for _, i := range d.index {
			if i >= 0 {
				idx = append(idx, &t.recs[i])
			}
		}
	}
	slices.SortFunc(idx, func(a, b *kgo.Record) int { return bytes.Compare(a.Key, b.Key) })
	t.sorted = idx
	b := t.p.store.NewBatchWithSize(len(t.arena) + 16*len(t.recs))
	defer b.Close()
	put := func(r *kgo.Record) error {
		if err := b.Put(r.Key, r.Value); err != nil {
			return fmt.Errorf("apply transaction to the store: %w", err)
		}
		return nil
	}
	for _, r := range idx {
		if err := put(r); err != nil {
			return err
		}
	}
	for _, d := range t.byName {
		for _, i := range d.live {
			if i >= 0 {
				if err := put(&t.recs[i]); err != nil {
					return err
				}
			}
		}
	}
	for _, d := range t.byName {
		if err := put(&t.recs[d.window]); err != nil {
			return err
		}
	}
	t.mu.Lock()
	for part, off := range t.maxOffset {
		if err := b.SetCheckpoint(part, off+1); err != nil {
			t.mu.Unlock()
			return fmt.Errorf("apply transaction to the store: %w", err)
		}
	}
	t.mu.Unlock()
	return b.Commit()
}

// finish publishes a committed transaction's counts; it runs on the
// processing goroutine, which owns the counts.
func (t *txn) finish() {
	m := t.p.m
	for o, n := range t.outcomes {
		if n > 0 && m.events[o] != nil {
			m.events[o].Add(float64(n))
		}
	}
	for c, n := range t.cats {
		if n > 0 {
			m.categories[c].Add(float64(n))
		}
	}
	for k, n := range t.changes {
		m.changes.WithLabelValues(k[0].String(), k[1].String()).Add(float64(n))
	}
	if t.dead > 0 {
		m.deadLetters.Add(float64(t.dead))
	}
	for _, d := range t.order {
		if d.end != d.start {
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
}

// discard forgets what an aborted transaction did: the windows it changed
// in place are dropped from the cache and will be read again from the
// store, which the transaction never reached.
func (t *txn) discard() {
	for _, d := range t.order {
		t.p.cache.Delete(d.domain)
	}
}

func clip(s string) string {
	if len(s) <= 64 {
		return s
	}
	return s[:64] + "…"
}
