package processor

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/internal/prefetch"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// shard is the part of a transaction that processes the domains mapped to
// one core (by a hash of the name). Each domain always goes to the same
// shard, in arrival order, so shards run in parallel without locks: each
// has its own dirty domains, encoded changelog records and window cache.
// Sharding by domain rather than by partition keeps the cores equally busy
// even when a poll holds the records of a single partition.
//
// A shard value is reused for every transaction so that its buffers are
// allocated once, not per poll.
type shard struct {
	t     *txn
	no    int          // the shard's number (its index in txn.shards)
	cache *state.Cache // this shard's windows; owned by the shard

	idx      []int32        // indexes into txn.in of the records for this shard, in order
	doms     []*dirtyDomain // the domain of each record of idx, nil for an invalid one
	byDomain []int32        // the valid records of idx, grouped by domain
	dec      schemas.EventDecoder
	// logEnc encodes the attempts of the records this shard decodes for
	// the log store (nil without one): see decoded.log.
	logEnc *logstore.Encoder
	logAtt logstore.Attempt // scratch for logEnc

	dirty map[uint64]*dirtyDomain // by Processor.hashOf; domains of equal hash are chained (dirtyDomain.sameHash)
	// missing lists the dirty domains not in the cache, whose state
	// loadMissing reads from the store.
	missing []*dirtyDomain
	names   []string       // scratch for loadMissing
	order   []*dirtyDomain // dirty domains in first-touch order
	pool    []*dirtyDomain // reusable dirtyDomain values

	arena   recordArena   // the changelog records and their bytes
	recs    []*kgo.Record // every changelog record of the transaction, in production order
	scratch []byte        // where a record is encoded before it is copied to the arena
	// stored holds the shard's writes to the store (their bytes are the
	// arena's): what the changelog records are, plus what only the
	// local store keeps (the seen ids, see state/seen.go; the input
	// checkpoints, see attachInputCheckpoints). A dirty domain's s is
	// its shard: txn.prepare puts d.s.stored[i] of its seenRecs and
	// d.s.stored[d.window] into the store batch, and recs, not stored,
	// are what the changelog counts.
	stored []storeWrite
	// inputEnds is the offset after the last record of each input
	// partition among the records this shard decoded (noteInputEnds);
	// inputAll is scratch for attachInputCheckpoints.
	inputEnds, inputAll map[inputPart]int64
	// inputRecs are the indexes into stored of the input checkpoints
	// of partitions no dirty domain of the transaction carries (see
	// attachInputCheckpoints).
	inputRecs []int32
	// touched sums what touchSeenAhead read, so that the reads are kept.
	touched uint32

	records     int
	outcomes    [5]int
	cats        [schemas.NumCategories]int
	changes     map[[2]schemas.Status]int
	dead        int
	deadReasons map[string]int // by metric label (see deadLetterReason)
	duplicates  int
	unstamped   int // valid events whose record's timestamp was out of range (arrivalOf)
	ahead       int // valid events stamped more than tickAhead past the wall clock (arrivalOf)
	forwarded   int
	quarantined int
	warmed      int // domains whose seen ids were read back (state.Store.WarmSeen)
	alerts      int
	// announced lists the transitions of the transaction, logged once it
	// committed (see txn.finish).
	announced []transition
	err       error // a fatal error (a store read); the transaction aborts

	// The silence detection (silence.go). silUndo lists the shard's due
	// index changes of the transaction, undone if it aborts; silWrote the
	// partitions of which it wrote a state record. On the first shard of a
	// transaction only: the transaction's stream, computed once, and on
	// the first shard of the first transaction the processor's silence
	// state (see Processor.silence).
	silUndo    []silenceUndo
	silWrote   map[int32]bool
	txStream   txnStream
	streamOnce *sync.Once
	silRoot    *silenceState

	// The seen ids' tables (see seenTable), on the shards of the first
	// transaction only, which both transactions' shards share (as they
	// share the shard's window cache): the tables of this shard's
	// domains by partition and group, and on the first shard the memory
	// all of them hold, the count that orders the tables by age and the
	// transaction count that tells which were used last (see seenTab).
	seenTabs map[seenTabKey]*seenTab
	// seenHints are how many ids the tables dropped for the budget
	// held, for the tables made again in their place (see seenTable).
	seenHints map[seenTabKey]int
	seenBytes atomic.Int64
	seenMade  atomic.Uint64
	// seenScratch is what every seen table grows in place with
	// (state.SeenScratch), on the first shard: one for the processor, as
	// the memory counter is, since a table grows rarely and holding one
	// per shard would add up to a huge page each.
	seenScratch state.SeenScratch
	seenTxn     atomic.Uint64
	// seenFlushed is when dropSeenTables last dropped tables for the
	// budget (and said so in the log), seenFlushes how many times it
	// did; seenLimit, when set, replaces the budget (for tests).
	seenFlushed            time.Time
	seenFlushes, seenLimit atomic.Int64
	// seenDemotes counts the tables demoted for the budget; seenMarks
	// are recent transaction counts (seenIdleBefore).
	seenDemotes atomic.Int64
	seenMarks   []seenMark
}

// seenTabKey names a table of seen ids: that of the domains of a
// partition on a shard whose hash falls in group (see seenTable).
type seenTabKey struct {
	part  int32
	group uint8
}

// seenTab is a table of seen ids, when it was made (a count: later
// tables have larger ones) and the last transaction that used it (a
// domain of the transaction was attached to it), which dropSeenTables
// goes by. used is written by the table's shard only.
type seenTab struct {
	tab        *state.SeenTable
	made, used uint64
}

// seenGroups is how many tables a partition's domains on a shard are
// split into (by the top bits of their hash), so that a budget too small
// for every id of the horizon drops some of them rather than all (see
// dropSeenTables).
const seenGroups = 16

// seenGroup returns the group of the domain of hash h.
func seenGroup(h uint64) uint8 { return uint8(h >> 60) }

// transition is what the log says of a status change.
type transition struct {
	domain, customer, reseller string
	from, to                   schemas.Status
	rate                       float64
	failures, attempts         int
	last                       string
	// kind is a detection's alert kind (schemas.KindDelayed, ...), ""
	// for a status change; delay is then the current delivery delay.
	kind  string
	delay float64
}

// decoded is a record's event or the reason it is invalid, and what the
// decoding goroutine derived from a valid event while it was in cache: its
// failure category and its delivery delay.
// The shards visit the records grouped by domain, in no order the cache
// likes, so what they read of every record sits together at the front;
// the whole event, behind it, is read only for an alert. The strings alias
// the record's value (see schemas.DecodeDeliveryEventAliased).
type decoded struct {
	err     error
	reason  string // the dead-letter metric label of err
	hash    uint64 // Processor.hashOf the domain
	domain  string
	part    int32  // the domain's partition (see PartitionFor)
	forward bool   // the record arrived on another partition: forward it to part
	dup     bool   // the event's id was already counted for its domain (see shard.add)
	tick    bool   // a tick record (tick.go): it moves the partition's stream time, nothing else
	id      uint64 // state.IDHash of the event id
	hour    uint32 // of the record's timestamp (arrival), since the Unix epoch
	code    int32  // ev.SMTPCode
	outcome schemas.Outcome
	cat     schemas.Category
	delay   uint32    // milliseconds, for a delivered attempt
	at      time.Time // ev.CompletedAt
	resp    string    // ev.Response
	// arrival is the record's timestamp in Unix seconds, and spos its
	// position in its partition's stream (see txnStream).
	arrival int64
	spos    int32

	ev schemas.DeliveryEvent
	// log is the attempt encoded for the log store (Config.Logs), or
	// logErr why it could not be: encoded where the event is decoded,
	// while its strings are in the CPU's caches, and appended after the
	// commit (txn.appendLogs).
	log    logstore.Encoded
	logErr error
}

// dirtyDomain is a domain touched by the transaction.
type dirtyDomain struct {
	domain    string
	partition int32
	s         *shard
	w         *state.Window
	window    int32              // index into s.stored of the state value
	start     schemas.Status     // status at the start of the txn
	end       schemas.Status     // status at the end of the txn
	res       directory.Resolved // the domain's settings and owners in the transaction's directory
	budget    int                // failures allowed in the window (see directory.Threshold.Budget)
	records   int                // of the domain in the transaction
	at        int                // where its records go in shard.byDomain
	// seen holds the event ids counted within the dedupe horizon; ids
	// the ones this transaction counted, hour the latest arrival hour of
	// its records, seenRecs the indexes into s.stored (the shard's store
	// writes) of its local-only writes: expired chunks'
	// deletions, its new chunk, and the input checkpoints it carries.
	seen     *state.SeenIDs
	ids      []uint64
	hour     uint32
	seenRecs []int32
	expired  []state.SeenChunk // scratch for state.SeenIDs.Expire
	// silFrom is the first position of the partition's stream that the
	// silence detection has not yet checked the domain against, and
	// silDue says the domain was taken from its due index.
	silFrom int
	silDue  bool
	// failed says the transaction set the window's last failure (its
	// host and IP alias the fetch buffer until produceState's detach).
	failed bool
	// sameHash is the next dirty domain of the same hash (see shard.dirty).
	sameHash *dirtyDomain
}

func newShard(t *txn, cache *state.Cache) *shard {
	return &shard{t: t, no: len(t.shards), cache: cache, dirty: map[uint64]*dirtyDomain{}, changes: map[[2]schemas.Status]int{}, deadReasons: map[string]int{},
		silWrote: map[int32]bool{}, inputEnds: map[inputPart]int64{}, inputAll: map[inputPart]int64{}}
}

func (s *shard) begin() {
	clear(s.dirty)
	for _, d := range s.order {
		// A pooled value must not keep its window reachable: the cache
		// alone decides which windows stay in memory. Nor its name,
		// which aliases a fetched batch: a pooled value that the next
		// transactions do not take (they touch fewer domains) would keep
		// the whole decompressed batch (about 160 KiB) alive after
		// franz-go recycled it, and a few hundred such names held 40 MiB
		// of the default budget's 171 MiB Go heap at a million domains,
		// leaving the collector so little headroom that it ran 650 times
		// in a 2M-event run instead of 70 (mailflow bench --domains
		// 1000000).
		d.w, d.seen, d.res = nil, nil, directory.Resolved{}
		d.domain, d.sameHash = "", nil
	}
	s.pool = append(s.pool, s.order...)
	s.order = s.order[:0]
	s.idx = s.idx[:0]
	s.arena.reset()
	s.recs = s.recs[:0]
	s.stored = s.stored[:0]
	s.inputRecs = s.inputRecs[:0]
	clear(s.inputEnds)
	s.records, s.dead, s.alerts, s.err = 0, 0, 0, nil
	s.duplicates, s.forwarded, s.quarantined, s.unstamped, s.ahead, s.warmed = 0, 0, 0, 0, 0, 0
	clear(s.announced)
	s.announced = s.announced[:0]
	clear(s.deadReasons)
	s.outcomes = [5]int{}
	s.cats = [schemas.NumCategories]int{}
	clear(s.changes)
	clear(s.silUndo)
	s.silUndo = s.silUndo[:0]
	clear(s.silWrote)
	s.streamOnce = new(sync.Once)
	if l := s.t.p.cfg.Logs; l != nil {
		// The previous use of this transaction value has been appended:
		// its store update is done before the value is begun again.
		if s.logEnc == nil {
			s.logEnc = l.store.NewEncoder()
		}
		s.logEnc.Reset()
		s.logAtt = logstore.Attempt{} // its strings alias recycled records
	}
	if s.no == 0 {
		s.err = s.prepareSilence()
	}
}

// run evaluates the shard's records and produces its changelog:
// everything of a transaction but the decoding and the commit.
//
// The records are evaluated domain by domain (each domain's in arrival
// order, which is all the status depends on), and a domain's state is
// produced as soon as its records are evaluated. The producer then sends
// the changelog while the shard computes, instead of after its last
// records, when most domains would see their last attempt of a large
// fetch; and a domain's window stays in cache while its records are
// evaluated.
func (s *shard) run(ctx context.Context) {
	if s.err != nil {
		return
	}
	st := s.stream()
	// Find each record's domain, counting the domain's records; invalid
	// records are dead-lettered here, in arrival order.
	s.doms = s.doms[:0]
	for n, i := range s.idx {
		s.touchDomains(n)
		dec := &s.t.decoded[i]
		if dec.err != nil {
			s.records++
			s.deadLetter(ctx, s.t.in[i], schemas.Reason(dec.err), dec.reason)
			s.doms = append(s.doms, nil)
			continue
		}
		if dec.forward {
			s.records++
			s.forward(ctx, s.t.in[i], dec)
			s.doms = append(s.doms, nil)
			continue
		}
		if dec.tick {
			s.doms = append(s.doms, nil) // it moves stream time only (tick.go)
			continue
		}
		d, err := s.domain(dec.part, dec.domain, dec.hash)
		if err != nil {
			s.err = fmt.Errorf("partition %d domain %s: %w", dec.part, dec.domain, err)
			return
		}
		d.records++
		s.doms = append(s.doms, d)
	}
	// The domains that fall silent by the end of the transaction's stream
	// are evaluated with those that have records.
	if err := s.silenceCandidates(st); err != nil {
		s.err = err
		return
	}
	if err := s.loadMissing(); err != nil {
		s.err = err
		return
	}
	// Order the records by domain, each domain's in arrival order (a
	// counting sort), then evaluate them.
	at := 0
	for _, d := range s.order {
		d.at = at
		at += d.records
	}
	if cap(s.byDomain) < at {
		s.byDomain = make([]int32, at)
	}
	s.byDomain = s.byDomain[:at]
	for n, i := range s.idx {
		if d := s.doms[n]; d != nil {
			s.byDomain[d.at] = i
			d.at++
		}
	}
	at = 0
	var ahead seenAhead
	for _, d := range s.order {
		recs := s.byDomain[at : at+d.records]
		at += d.records
		if !s.t.p.cfg.SkipChecks {
			// In batches of a lookahead, so that the reads of one do
			// not wait for each other (see touchSeenAhead).
			if ahead.at < at+seenLookahead {
				s.touchSeenAhead(&ahead, at+2*seenLookahead)
			}
		}
		ps := st.parts[d.partition]
		if ps != nil && !ps.built {
			ps = nil
		}
		silent := d.w.Silent
		if !s.t.p.cfg.SkipChecks {
			s.expireSeen(ctx, d, recs)
		}
		// Keep the records that count: duplicates are dropped here.
		kept := recs[:0]
		for _, i := range recs {
			if s.add(ctx, &s.t.decoded[i], d, ps) {
				kept = append(kept, i)
			}
		}
		if ps != nil {
			s.silenceDone(ctx, d, ps)
		}
		if s.err != nil {
			return
		}
		if len(kept) == 0 && d.w.Silent == silent {
			// Only duplicates, or a domain of the due index that is not
			// silent yet: the domain's state did not change.
			d.window, d.end = -1, d.start
			continue
		}
		s.produceState(ctx, d, kept)
	}
	s.carryStreamForced(ctx)
	s.attachInputCheckpoints(ctx)
	if !s.t.p.cfg.SkipChecks {
		s.sweepSeen()
	}
}

// domainBatch is how many records' domain names touchDomains reads at a
// time.
const domainBatch = 16

// touchDomains reads the domain names of the batch of s.idx after the
// one position n begins, the first two at position 0 (other positions
// read nothing), for run's look-ups of the records' dirty domains.
//
// The names alias the fetched batches, megabytes that the decoding read
// long before: each look-up's hash and comparison of the name waited for
// a cache miss of its own. The names of a batch are brought into the
// caches together (package prefetch), so the processor waits for their
// misses at once, or not at all. (As in touchSeenAhead, it changes
// nothing.)
func (s *shard) touchDomains(n int) {
	if n%domainBatch != 0 {
		return
	}
	lo := n + domainBatch
	if n == 0 {
		lo = 0
	}
	for _, i := range s.idx[min(lo, len(s.idx)):min(n+2*domainBatch, len(s.idx))] {
		s.touched += uint32(prefetch.String(s.t.decoded[i].domain))
	}
}

// seenLookahead is how many records ahead of the one evaluated the
// duplicate check touches the table slots of (touchSeenAhead): between
// one and two lookaheads, a lookahead's records at a time.
const seenLookahead = 32

// seenAhead is where touchSeenAhead is in the shard's records grouped by
// domain: the next domain in s.order, where its records start, and how
// far the records' decoded entries have been brought into the caches.
type seenAhead struct{ dom, at, dec int }

// touchSeenAhead brings into the caches the table slots where the
// duplicate check of the records up to until (in s.byDomain) will look,
// from where a left off. The ids are random, so at 10,000 busy domains
// nearly every check is a cache miss in tables of tens of megabytes; the
// misses here are waited for together, or not at all (package
// prefetch), instead of one per event, and the check that follows finds
// the slot in the cache. It changes nothing: a table that grows
// meanwhile is only read in vain.
//
// The records' decoded entries, whose ids it reads, lie in no order in
// megabytes too: it first brings in those of the lookahead after until,
// so that its next call finds them in the caches, and so does add. It
// brings their fields up to ev, which add reads for every record.
func (s *shard) touchSeenAhead(a *seenAhead, until int) {
	for end := min(until+seenLookahead, len(s.byDomain)); a.dec < end; a.dec++ {
		dec := &s.t.decoded[s.byDomain[a.dec]]
		s.touched += uint32(prefetch.Lines(unsafe.Slice((*byte)(unsafe.Pointer(dec)), unsafe.Offsetof(dec.ev))))
	}
	for a.at < until && a.dom < len(s.order) {
		d := s.order[a.dom]
		if d.seen != nil {
			for _, i := range s.byDomain[a.at : a.at+d.records] {
				s.touched += d.seen.Touch(s.t.decoded[i].id)
			}
		}
		a.at += d.records
		a.dom++
	}
}

// decode decodes and validates records into out, and classifies and
// encodes the valid events (see decoded).
func (s *shard) decode(recs []*kgo.Record, out []decoded) {
	p := s.t.p
	diagnose := p.cfg.Diagnose
	latest := s.t.latest
	s.noteInputEnds(recs)
	for i, r := range recs {
		o := &out[i]
		if s.decodeTick(r, o) {
			continue
		}
		ev, err := s.dec.Decode(r.Value)
		*o = decoded{ev: ev, err: err, part: r.Partition}
		if err != nil {
			o.reason = deadLetterReason(err)
			continue
		}
		// The canonical domain decides the partition, whatever the
		// producer's key or partitioner said (see PartitionFor).
		if part := PartitionFor(ev.Domain, p.partitions); part != r.Partition && !p.cfg.SkipChecks {
			o.part = part
			if r.Topic == p.cfg.Topics.Repartition {
				// Written by a processor that counted partitions
				// differently: the topics were resized.
				o.err = fmt.Errorf("repartitioned event of %s is on partition %d, its domain's is %d: were the topics' partitions changed?", ev.Domain, r.Partition, part)
				o.reason = "wrong_partition"
				continue
			}
			o.forward, o.domain = true, ev.Domain
			continue
		}
		o.id = state.IDHash(ev.ID)
		arrival, stamped, ahead := arrivalOf(r, &o.ev, latest)
		if !stamped {
			s.unstamped++
		}
		if ahead > tickAhead {
			s.ahead++ // a wrong clock, not the hosts' usual skew
		}
		o.hour = uint32(arrival.Unix() / 3600)
		o.domain, o.code, o.outcome, o.at, o.resp = ev.Domain, int32(ev.SMTPCode), ev.Outcome, ev.CompletedAt, ev.Response
		o.hash = p.hashOf(ev.Domain)
		o.cat = schemas.CategoryUnclassified
		if diagnose != nil {
			o.cat = diagnose(&o.ev)
		}
		o.delay = eventDelayMillis(&o.ev) // delivered: its delay; deferred: its age (detect.go)
		o.arrival = arrival.Unix()
		if s.logEnc != nil {
			if src, ok := p.logSource(r.Topic); ok {
				a := &s.logAtt
				a.Event, a.Category, a.Arrival = o.ev, o.cat, arrival
				a.Pos = logstore.Pos{Source: src, Partition: r.Partition, Offset: r.Offset}
				o.log, o.logErr = s.logEnc.Encode(a)
			}
		}
	}
}

// dirtyDomain returns the dirty state of domain, whose hash is h, or nil
// when the transaction has not touched it.
func (s *shard) dirtyDomain(domain string, h uint64) *dirtyDomain {
	d := s.dirty[h]
	for d != nil && d.domain != domain {
		d = d.sameHash
	}
	return d
}

// domain returns the dirty state of domain, whose hash is h, taking its
// window from the cache on first touch, or else listing it in s.missing
// for loadMissing.
func (s *shard) domain(part int32, domain string, h uint64) (*dirtyDomain, error) {
	if d := s.dirtyDomain(domain, h); d != nil {
		return d, nil
	}
	w, seen, ok := s.cache.Get(domain)
	if !ok {
		// The store may not have the previous transaction's writes yet;
		// its windows are the latest.
		if prev := s.t.p.pending; prev != nil {
			if d := prev.shards[s.t.p.shardOf(h)].dirtyDomain(domain, h); d != nil && d.w != nil {
				w, seen, ok = d.w, d.seen, true
				s.cache.Put(part, strings.Clone(domain), w, seen)
			}
		}
	}
	var d *dirtyDomain
	if n := len(s.pool); n > 0 {
		d, s.pool = s.pool[n-1], s.pool[:n-1]
	} else {
		d = &dirtyDomain{}
	}
	if ok && !s.t.p.cfg.SkipChecks && !s.attachSeen(part, h, seen) {
		// Its ids were in a table dropped since (see dropSeenTables):
		// read them again from the store.
		ok = false
	}
	d.domain, d.partition, d.s, d.w, d.seen = domain, part, s, w, seen
	if ok {
		d.start = w.Status
	} else {
		// Read from the store with the other misses, in key order (see
		// loadMissing).
		s.missing = append(s.missing, d)
	}
	d.ids, d.hour, d.seenRecs = d.ids[:0], 0, d.seenRecs[:0]
	d.silFrom, d.silDue, d.failed = 0, false, false
	// The directory snapshot is fixed for the transaction, so a domain's
	// settings are resolved once per transaction, not per attempt.
	d.res = s.t.dir.Resolve(domain)
	d.budget = d.res.Threshold.Budget(d.res.Window)
	d.records = 0
	d.sameHash = s.dirty[h]
	s.dirty[h] = d
	s.order = append(s.order, d)
	return d, nil
}

// add evaluates one valid delivery record of domain d. It returns false
// for a duplicate: an event whose id was already counted for the domain
// within the dedupe horizon, which is dropped.
//
// ps is the stream of d's partition, nil when the silence detection has
// no state for it.
func (s *shard) add(ctx context.Context, dec *decoded, d *dirtyDomain, ps *partStream) bool {
	s.records++
	if !s.t.p.cfg.SkipChecks {
		// d.hour is the latest hour of d's records (expireSeen).
		a := d.seen.Check(dec.id, d.hour)
		if a == state.SeenUnsure {
			// Its table demoted ids the domain may have counted (see
			// dropSeenTables): they are read back, and then it knows.
			s.warmed++
			if err := s.t.p.store.WarmSeen(d.domain, d.seen); err != nil {
				s.err = fmt.Errorf("partition %d domain %s: %w", d.partition, d.domain, err)
				return false
			}
			a = d.seen.Check(dec.id, d.hour)
		}
		if a != state.SeenNew {
			s.duplicates++
			dec.dup = true
			return false
		}
		d.ids = append(d.ids, dec.id)
	}
	if ps != nil {
		s.silenceUntil(ctx, d, ps, int(dec.spos)) // silent before this attempt? (silence.go)
	}
	ch := d.w.AddCounting(state.Entry{Outcome: dec.outcome, Category: dec.cat, DelayMillis: dec.delay},
		d.res.Window, d.budget, d.res.ExcludeRecipientFailures, dec.at, int(dec.code), dec.resp)
	if dec.outcome != schemas.OutcomeDelivered {
		// Aliases the fetch buffer until produceState's Detach.
		d.w.LastFailureHost, d.w.LastFailureIP, d.w.LastFailureCategory = dec.ev.RemoteHost, dec.ev.RemoteIP, dec.cat
		d.failed = true
	}
	s.outcomes[dec.outcome]++
	s.cats[dec.cat]++
	if ch.Changed() {
		s.changes[[2]schemas.Status{ch.From, ch.To}]++
	}
	if ch.Alert() {
		s.alert(ctx, d, &dec.ev, d.res, ch)
	}
	s.detect(ctx, d, &dec.ev) // the window's other detections (detect.go)
	if ps != nil {
		s.silenceArrived(ctx, d, ps, int(dec.spos), &dec.ev)
	} else if !s.t.p.cfg.SkipDetections {
		d.w.CountArrival(dec.arrival)
	}
	return true
}

// alert produces the StatusChange of a transition.
func (s *shard) alert(ctx context.Context, d *dirtyDomain, ev *schemas.DeliveryEvent, res directory.Resolved, ch state.Change) {
	p := s.t.p
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
		TopCategories: p.topCategories(w, topCategoriesInAlerts),
		CauseEventID:  ev.ID,
	}
	if w.LastFailureHost != "" || w.LastFailureIP != "" || w.LastFailureCategory != schemas.CategoryUnclassified {
		c.LastFailureHost, c.LastFailureIP, c.LastFailureCategory = w.LastFailureHost, w.LastFailureIP, w.LastFailureCategory.String()
	}
	annotate(&c, d)
	v, err := schemas.MarshalStatusChange(&c)
	if err != nil {
		s.err = err
		return
	}
	s.alerts++
	s.announced = append(s.announced, transition{domain: d.domain, customer: res.Customer, reseller: res.Reseller, from: ch.From, to: ch.To,
		rate: c.SuccessRate, failures: c.Failures, attempts: c.Attempts, last: clip(c.LastResponse)})
	p.sess.Produce(ctx, &kgo.Record{Topic: p.cfg.Topics.Alerts, Key: []byte(d.domain), Value: v}, s.t.promiseFn)
}

// deadLetter produces an invalid record to the dead-letter topic with the
// reason and its origin in headers: unchanged when it fits the topic,
// else truncated (see fitDeadLetter). label is the bounded reason of the
// dead-letter metric.
func (s *shard) deadLetter(ctx context.Context, r *kgo.Record, reason, label string) {
	p := s.t.p
	s.dead++
	s.deadReasons[label]++
	dl := fitDeadLetter(r, reason, p.recordMax)
	dl.Topic = p.cfg.Topics.DeadLetter
	p.sess.Produce(ctx, dl, s.t.promiseFn)
	p.log.Debug("dead-lettered an invalid event", "topic", r.Topic, "partition", r.Partition, "offset", r.Offset, "reason", reason)
}

// forward produces a valid event that arrived on another partition than
// its domain's to that partition of the repartition topic, keyed by the
// canonical domain, with its original timestamp (the dedupe horizon and
// stream time go by it) and its origin in a header. The domain's owner
// evaluates it there; here it only moves.
//
// The copy must fit the repartition topic, or every transaction holding
// the record would abort, and the instance's partitions stop behind it
// (review S22B-1): the deliveries topic may take larger records, and the
// copy adds the key and the origin header. A copy too large loses the
// producer's own headers, which mean nothing to the owner (the event is
// the value; HeaderHeadersDropped counts them); one too large even so is
// dead-lettered, cut to fit (fitDeadLetter), instead of forwarded.
func (s *shard) forward(ctx context.Context, r *kgo.Record, dec *decoded) {
	p := s.t.p
	key := []byte(dec.domain)
	src := kgo.RecordHeader{Key: HeaderSource, Value: fmt.Appendf(nil, "%s/%d/%d", r.Topic, r.Partition, r.Offset)}
	headers := append(r.Headers[:len(r.Headers):len(r.Headers)], src)
	if recordSize(key, r.Value, headers) > p.recordMax {
		headers = []kgo.RecordHeader{src, {Key: HeaderHeadersDropped, Value: []byte(strconv.Itoa(len(r.Headers)))}}
		p.log.Debug("forwarding an event without its producer's headers, which would not fit the repartition topic",
			"topic", r.Topic, "partition", r.Partition, "offset", r.Offset, "domain", dec.domain, "headers", len(r.Headers)) // review S22C-12
		if n := recordSize(key, r.Value, headers); n > p.recordMax {
			s.deadLetter(ctx, r, fmt.Sprintf("event of %s read from %s partition %d, to be forwarded to partition %d of %s, takes %d bytes there, more than the %d its batches allow",
				dec.domain, r.Topic, r.Partition, dec.part, p.cfg.Topics.Repartition, n, p.recordMax), forwardTooLargeLabel)
			return
		}
	}
	s.forwarded++
	p.sess.Produce(ctx, &kgo.Record{Topic: p.cfg.Topics.Repartition, Partition: dec.part, Key: key,
		Value: r.Value, Headers: headers, Timestamp: r.Timestamp}, s.t.promiseFn)
}

// forwardTooLargeLabel is the dead-letter metric's reason for an event
// too large to forward to its domain's partition (shard.forward).
const forwardTooLargeLabel = "too_large_to_forward"

// loadMissing reads the state of the dirty domains the cache did not
// have, in key order (state.Store.StatesAttached): at a million domains
// most touched domains are misses. A corrupt state record
// (state.ErrCorrupt: a damaged store or a stray write to the changelog)
// is quarantined: reported, counted, and replaced by an empty state,
// which the domain's next changelog record overwrites. One bad record
// must not stop the partition, or every instance it moves to.
func (s *shard) loadMissing() error {
	if len(s.missing) == 0 {
		return nil
	}
	p := s.t.p
	slices.SortFunc(s.missing, func(a, b *dirtyDomain) int { return strings.Compare(a.domain, b.domain) })
	s.names = s.names[:0]
	for _, d := range s.missing {
		s.names = append(s.names, d.domain)
	}
	// A set is attached to its table before its chunks are read, so that
	// their ids go straight into the table (see state.StatesAttached).
	var attach func(int, *state.SeenIDs)
	if !p.cfg.SkipChecks {
		attach = func(i int, seen *state.SeenIDs) {
			d := s.missing[i]
			s.attachSeen(d.partition, p.hashOf(d.domain), seen)
		}
	}
	err := p.store.StatesAttached(s.names, attach, func(i int, w *state.Window, seen *state.SeenIDs, err error) {
		d := s.missing[i]
		if err != nil {
			s.quarantined++
			p.log.Error("quarantined a corrupt state record; the domain starts again from an empty window, and duplicates of its earlier events may be counted again",
				"domain", d.domain, "partition", d.partition, "err", err)
			w, seen = nil, nil
		}
		if w == nil {
			w = &state.Window{}
		}
		if seen == nil {
			seen = &state.SeenIDs{}
		}
		if !p.cfg.SkipChecks {
			s.attachSeen(d.partition, p.hashOf(d.domain), seen)
		}
		d.w, d.seen, d.start = w, seen, w.Status
		// The cache outlives the fetch buffer the name aliases.
		s.cache.Put(d.partition, strings.Clone(d.domain), w, seen)
	})
	clear(s.missing)
	s.missing = s.missing[:0]
	clear(s.names) // they alias fetched batches (see begin)
	if err != nil {
		return fmt.Errorf("read the state of %d domains: %w", len(s.names), err)
	}
	return nil
}

// newRecord adds a changelog record of partition part to the transaction.
func (s *shard) newRecord(part int32, key, value []byte) *kgo.Record {
	r := s.arena.record()
	r.Topic, r.Partition, r.Key, r.Value = s.t.p.cfg.Topics.State, part, key, value
	s.recs = append(s.recs, r)
	return r
}

// produceState produces the latest state of d, once its attempts of the
// transaction are evaluated: its state record, the window. That is all:
// the status index is derived from the state records
// (state.Batch.PutRecord), and the attempts and the seen ids are kept
// locally, recovered from the input topics, which are their changelog
// (Config.Logs; seenreplay.go); so an attempt costs the changelog at most
// one record. The store gets the state value (the record with the
// domain's inline seen ids behind it, see state.AppendStateRecord) and
// the seen-ids chunk that no longer fit it, if any.
func (s *shard) produceState(ctx context.Context, d *dirtyDomain, recs []int32) {
	// The window outlives this poll's fetch buffers, which its last
	// response aliases when it counted an attempt, and its last failure's
	// host and IP when one failed; the strings it had before are copies.
	d.w.DetachChanged(len(recs) > 0, d.failed)
	d.end = d.w.Status
	if !s.t.p.cfg.SkipChecks {
		s.updateSeen(d, d.w.Seq-uint64(len(recs))+1)
	}
	s.carryStream(d)
	s.scratch = state.AppendWindowKey(s.scratch[:0], d.domain)
	key := s.arena.bytes(s.scratch)
	var n int
	s.scratch, n = state.AppendStateRecord(s.scratch[:0], d.w, d.seen)
	value := s.arena.bytes(s.scratch)
	d.window = s.store(key, value)
	// The changelog record is a prefix of the stored value: no copy.
	s.t.p.sess.Produce(ctx, s.newRecord(d.partition, key, value[:n:n]), s.t.promiseFn)
}

// storeWrite is a write of a transaction to the local store: a deletion
// for a nil value.
//
// It is not a kgo.Record in a slab of the record arena, as it once was:
// the store batch reads only the key and the value, and a record is 160
// bytes (with pointers, which the collector scans) where this is 48. The
// writes' memory is kept from one transaction to the next, and at a
// million cold domains (one write or more per event) the slabs were about
// 5 MiB of a live heap that runs 10-15 MiB below the goal the memory
// budget sets: each MiB less lets the collector run about a tenth less
// often (mailflow bench --domains 1000000 --events 2000000, with
// recordSlab's smaller slabs: 184-216 collections before, 147-156 after).
type storeWrite struct {
	key, value []byte
}

// store adds a write to the store (a deletion for a nil value) to the
// transaction, returning its index in s.stored. key and value must be
// the arena's.
func (s *shard) store(key, value []byte) int32 {
	s.stored = append(s.stored, storeWrite{key: key, value: value})
	return int32(len(s.stored) - 1)
}

// expireSeen forgets d's seen ids counted more than the dedupe horizon
// before the latest arrival hour of recs, its records in the transaction
// (deleting expired chunks: from the store, and for a chunk of an older
// release, which the changelog holds too, with a changelog tombstone).
//
// It runs before the records are checked, so that an event is a
// duplicate exactly when its id was counted within the horizon before
// the transaction's latest record of the domain, however long ago the
// domain was last touched. That is what a restore can rebuild from the
// input topics (seenreplay.go): the ids of the horizon before the
// partition's stream time. (Expiring after the check, as releases before
// did, kept a cold domain's ids until its next attempt, days later.)
func (s *shard) expireSeen(ctx context.Context, d *dirtyDomain, recs []int32) {
	p := s.t.p
	var hour uint32
	for _, i := range recs {
		hour = max(hour, s.t.decoded[i].hour)
	}
	// The ids the transaction counts are remembered at this hour, in the
	// table (shard.add) as in the store (updateSeen): a restore, which
	// reads the store, then brings back what the table held.
	d.hour = hour
	horizon := uint32(max(int64(p.cfg.DedupeHorizon/time.Hour), 1))
	if hour <= horizon {
		return
	}
	d.expired = d.seen.Expire(hour-horizon, d.expired[:0])
	for _, old := range d.expired {
		s.scratch = state.AppendChunkKey(s.scratch[:0], d.domain, old)
		key := s.arena.bytes(s.scratch)
		d.seenRecs = append(d.seenRecs, s.store(key, nil))
		if !old.Local {
			p.sess.Produce(ctx, s.newRecord(d.partition, key, nil), s.t.promiseFn)
		}
	}
}

// seenTable returns the table of the seen ids of the domains of
// partition part on this shard whose hash is in the group of h (the
// domain's Processor.hashOf), making it on first use.
//
// The ids the processor searches on every event are those of the busy
// domains, which the window cache holds: kept in sets of their own on
// the Go heap, ten thousand of them were 70 MB of a heap the memory
// budget limits, and the garbage collector ran so often that it cost
// more than the search (state.SeenTable). Tables per partition and
// shard hold them outside the heap, at 12 bytes a slot: the shard owns
// them, so no lock; and a revoked partition's tables go whole
// (dropSeenTables).
//
// The table is a cache of the store like the windows: a domain's set
// joins it (attachSeen) when it is read from the store, the ids a
// transaction counts go in as it counts them and out again if it does
// not commit (shard.discard), and ids older than the dedupe horizon
// before the partition's latest record are freed (sweepSeen). It may
// hold more of a domain's ids than the domain's cached set would (the
// domain left the cache and came back), never ids that were not counted.
//
// A partition's domains on a shard are split into seenGroups tables by
// their hash, so that the budget can drop some of a partition's ids and
// keep the rest (see dropSeenTables).
func (s *shard) seenTable(part int32, h uint64) *state.SeenTable {
	root := s.t.p.txns[0].shards[s.no]
	k := seenTabKey{part, seenGroup(h)}
	first := s.t.p.txns[0].shards[0]
	t := root.seenTabs[k]
	if t == nil {
		if root.seenTabs == nil {
			root.seenTabs = map[seenTabKey]*seenTab{}
		}
		t = &seenTab{tab: state.NewSeenTable(&first.seenBytes), made: first.seenMade.Add(1)}
		t.tab.ShareScratch(&first.seenScratch)
		root.seenTabs[k] = t
		// A table dropped for the budget is made again when its
		// domains come back, and is read back about as full.
		if n := root.seenHints[k]; n > 0 {
			t.tab.Reserve(n)
			delete(root.seenHints, k)
		}
	}
	t.used = first.seenTxn.Load()
	return t.tab
}

// attachSeen keeps seen, the set of a domain of partition part whose
// Processor.hashOf is h, in its table (see seenTable). It
// returns false for a set attached to another table, one dropped since:
// the domain's ids must then be read again from the store.
func (s *shard) attachSeen(part int32, h uint64, seen *state.SeenIDs) bool {
	tab := s.seenTable(part, h)
	if !seen.Attached() {
		seen.Attach(tab, h)
		return true
	}
	return seen.Table() == tab
}

// sweepSeen frees the ids of this shard's tables counted more than the
// dedupe horizon before the latest record of their partition: none of
// its domains counts them any more once one of its records is that much
// later (expireSeen), and a restore does not bring them back (it replays
// the input from one horizon before the partition's stream time,
// seenreplay.go). A sweep costs a pass over the table, about once an
// hour of stream time; it is nothing when no id is that old.
//
// The latest hour is never past the wall clock: arrivals are not
// (arrivalOf), but a store written by a release before that may hold an
// id counted at a future hour, which would sweep every other domain's
// ids of the table after each transaction (second review of the fix).
func (s *shard) sweepSeen() {
	horizon := uint32(max(int64(s.t.p.cfg.DedupeHorizon/time.Hour), 1))
	now := uint32(s.t.latest.Unix() / 3600)
	for _, t := range s.t.p.txns[0].shards[s.no].seenTabs {
		if h := min(t.tab.MaxHour(), now); h > horizon {
			t.tab.Sweep(h - horizon)
		}
	}
}

// SeenTableBudget returns the memory the seen ids' tables may hold
// outside the Go heap for an instance of memory budget memoryLimit
// (Config.MemoryLimit): MemoryBudget.SeenTable, 11% of what is left after
// the fixed reserve. At the default budget that is 37.8 MiB, about 2
// million ids of the horizon at 15–23 bytes each (10,000 domains of 200
// a day take 36 MiB in mailflow bench).
func SeenTableBudget(memoryLimit int64) int64 {
	b, err := NewMemoryBudget(memoryLimit)
	if err != nil {
		return memoryLimit / 8 // below MinMemoryLimit: Config.validate refuses it
	}
	return b.SeenTable
}

// seenBudget is what the seen ids' tables may hold of share, their part of
// the memory budget, when the state store's set of known domains holds
// known bytes of it: the rest, but never less than half the share.
func seenBudget(share, known int64) int64 { return max(share-known, share/2) }

// dropSeenTables frees the tables of the partitions the processor no
// longer owns, before a transaction. A revoked partition's domains left
// the window cache with it (Processor.run), and another instance may
// count its ids now; when it comes back, its sets are read from the
// restored store into a new table.
//
// When the tables hold more than their budget (SeenTableBudget), they are
// brought down to three quarters of it: tables no recent transaction used
// are dropped; then tables in use are demoted (state.SeenTable.Demote:
// their ids move to a compact cold part, 8 bytes an id instead of 15 to
// 23); and if that is not enough, tables in use are dropped, of those
// used as recently the newest. The store holds every counted id (it
// waits for the last transaction's store update first). A domain whose
// ids were demoted reads them back from the store only when the cold
// part may hold an id it sees again (a duplicate, or one chance in about
// 2⁴⁴/n of a table of n ids; shard.add). A cached domain's set, attached
// to a dropped table, is read again from the store when the domain is
// next touched (shard.attachSeen), into a new table. Either costs reads
// of the domain's chunks, not a wrong answer.
//
// The ids in use are those of the horizon of the domains of the
// partitions being read: all of them under live traffic, one or two at a
// time when a backlog is read (mailflow bench). When they do not fit the
// budget (ten million a day over busy domains, at the default budget),
// dropping tables read their domains' ids again each time they came
// (mailflow bench logs at 10,000,000 events over 10,000 domains: about
// 2.5 µs per event, in the fifteenth session's profile); demoted, they
// cost a search of the cold part per new id instead.
func (t *txn) dropSeenTables() error {
	p := t.p
	first := p.txns[0].shards[0]
	// The state store's set of known domains (state.Store.KnownDomainsBytes,
	// outside the Go heap too, about 6 bytes a domain) lives in the same
	// share: without it the process went 1 MiB over a 256 MiB budget at a
	// million domains. The tables keep at least half the share.
	budget := seenBudget(SeenTableBudget(p.cfg.MemoryLimit), p.store.KnownDomainsBytes())
	if n := first.seenLimit.Load(); n > 0 {
		budget = n
	}
	first.seenTxn.Add(1)
	// Noted on every transaction, so that a table is idle after seenIdle
	// whether or not the tables were over the budget meanwhile (review).
	idle := first.seenIdleBefore(time.Now())
	over := p.SeenTableBytes() > budget
	if over {
		if err := p.waitApplied(); err != nil {
			return err
		}
		first.seenFlushes.Add(1)
		ids, tables := 0, 0
		for _, root := range p.txns[0].shards {
			for _, t := range root.seenTabs {
				ids += t.tab.Len()
				tables++
			}
		}
		args := []any{"bytes", p.SeenTableBytes(), "budget", budget, "ids", ids, "tables", tables}
		if time.Since(first.seenFlushed) >= time.Minute {
			p.log.Info("the seen event ids outgrew their memory budget; some move to a compact form that is confirmed from the store on a duplicate, and if that is not enough, are read again from the store as their domains come (a larger --memory-limit avoids it)", args...)
		} else {
			p.log.Debug("the seen event ids outgrew their memory budget again", args...)
		}
		first.seenFlushed = time.Now()
	}
	type held struct {
		root *shard
		key  seenTabKey
		*seenTab
	}
	var kept []held
	for _, root := range p.txns[0].shards {
		for k := range root.seenHints {
			if _, ok := p.owned[k.part]; !ok {
				delete(root.seenHints, k)
			}
		}
		for k, tab := range root.seenTabs {
			if _, ok := p.owned[k.part]; !ok {
				tab.tab.Close()
				delete(root.seenTabs, k)
				delete(root.seenHints, k)
			} else if over {
				kept = append(kept, held{root, k, tab})
			}
		}
	}
	if !over {
		return nil
	}
	// The tables no transaction used lately go first, whole (a
	// partition whose backlog was read, whose domains are quiet:
	// seenIdle). The
	// tables in use are then demoted, those holding most in their slots
	// first: their ids move to the tables' compact cold parts, which a
	// domain's set searches until its ids are read back, on a duplicate
	// (state.SeenTable.Demote). Only if that is not enough are tables in
	// use dropped: of those used alike, the newest, so that the same
	// ones stay from one transaction to the next when even the cold
	// parts do not fit. Down to three quarters of the budget, so that
	// what is kept has room to grow for a while.
	slices.SortFunc(kept, func(a, b held) int {
		return cmp.Or(cmp.Compare(a.used, b.used), cmp.Compare(b.made, a.made))
	})
	dropped, demoted := 0, 0
	drop := func(h held) {
		if h.root.seenHints == nil {
			h.root.seenHints = map[seenTabKey]int{}
		}
		h.root.seenHints[h.key] = h.tab.Len()
		h.tab.Close()
		delete(h.root.seenTabs, h.key)
		dropped++
	}
	inUse := kept[:0:0]
	for _, h := range kept {
		if h.used < idle && p.SeenTableBytes() > budget/4*3 {
			drop(h)
		} else {
			inUse = append(inUse, h)
		}
	}
	byHot := slices.Clone(inUse)
	slices.SortStableFunc(byHot, func(a, b held) int { return cmp.Compare(b.tab.DemoteSaves(), a.tab.DemoteSaves()) })
	for _, h := range byHot {
		if p.SeenTableBytes() <= budget/4*3 || h.tab.DemoteSaves() <= 0 {
			break
		}
		h.tab.Demote()
		demoted++
		first.seenDemotes.Add(1)
	}
	for _, h := range inUse {
		if p.SeenTableBytes() <= budget/4*3 {
			break
		}
		drop(h)
	}
	p.log.Debug("demoted and dropped seen-ids tables for the budget", "demoted", demoted, "dropped", dropped, "of", len(kept), "bytes", p.SeenTableBytes())
	return nil
}

// seenIdle is how long no transaction must have used a seen-ids table
// for dropSeenTables to drop it before it demotes tables in use: a
// partition whose backlog was read (its domains do not come back), not
// a group of domains that missed a few polls (at a few records a
// second, hundreds of transactions may pass between two of a domain's).
const seenIdle = 10 * time.Second

// seenMark is the transaction count (seenTxn) at a time.
type seenMark struct {
	txn uint64
	at  time.Time
}

// seenIdleBefore notes the transaction count at now, once a second, and
// returns the count of at least seenIdle before now: a table last used
// by an earlier transaction is idle (0 when the processor has not run
// that long).
func (s *shard) seenIdleBefore(now time.Time) uint64 {
	if n := len(s.seenMarks); n == 0 || now.Sub(s.seenMarks[n-1].at) >= time.Second {
		s.seenMarks = append(s.seenMarks, seenMark{s.seenTxn.Load(), now})
	}
	var idle uint64
	drop := 0
	for i, m := range s.seenMarks {
		if now.Sub(m.at) < seenIdle {
			break
		}
		idle = m.txn
		drop = i // the marks before the latest that old are not needed
	}
	s.seenMarks = append(s.seenMarks[:0], s.seenMarks[drop:]...)
	return idle
}

// SeenTableBytes returns the memory the seen ids' tables hold, outside
// the Go heap (state.SeenTable): a part of the memory budget. It is safe
// to call from any goroutine.
func (p *Processor) SeenTableBytes() int64 {
	return p.txns[0].shards[0].seenBytes.Load()
}

// updateSeen adds the ids d counted in the transaction to its seen ids,
// which its state value carries, and, when the value would carry more
// than state.SeenInlineMax, moves them into a local chunk keyed by seq
// (the window sequence number of the transaction's first attempt).
func (s *shard) updateSeen(d *dirtyDomain, seq uint64) {
	if !d.seen.Remember(d.hour, d.ids) {
		return
	}
	hour, hashes := d.seen.Spill(seq)
	s.scratch = state.AppendLocalSeenKey(s.scratch[:0], d.domain, seq)
	key := s.arena.bytes(s.scratch)
	s.scratch = state.AppendSeenChunk(s.scratch[:0], hour, hashes)
	d.seenRecs = append(d.seenRecs, s.store(key, s.arena.bytes(s.scratch)))
}

// discard forgets what an aborted transaction did: the windows it changed
// in place are dropped from the cache and will be read again from the
// store, which the transaction never reached.
//
// The due index changes are undone; the transaction's stream position is
// not taken over; and the silence state of every partition that must be
// restored before its next records (the transaction's outcome is unknown:
// it may have committed) is dropped, to be rebuilt from the store.
func (s *shard) discard() {
	for _, d := range s.order {
		if d.seen != nil {
			// The table outlives the set, which is read again.
			d.seen.Forget(d.ids)
		}
		s.cache.Delete(d.domain)
	}
	undoSilence(s.silUndo)
	s.silUndo = s.silUndo[:0]
	if s.no != 0 {
		return
	}
	s.txStream.aborted = true
	p := s.t.p
	st := p.silence()
	for part := range st.parts {
		if own, ok := p.owned[part]; !ok || !own.confirmed {
			delete(st.parts, part)
			for _, m := range st.shards {
				delete(m, part)
			}
		}
	}
}
