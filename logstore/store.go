package logstore

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/sstable"
	"github.com/mailflow/mailflow/internal/pebblelog"
	"github.com/mailflow/mailflow/internal/quarantine"
)

// DefaultRetention is how long attempts are kept unless WithRetention says
// otherwise (DESIGN.md: "for a retention period (default 7 days)").
const DefaultRetention = 7 * 24 * time.Hour

// DefaultDedupeHorizon is how long an event id is remembered for dropping a
// second copy, the processor's default dedupe horizon.
const DefaultDedupeHorizon = 24 * time.Hour

// Store is the log store of one instance. It is safe for concurrent use:
// the processor appends while API handlers query.
type Store struct {
	db          *pebble.DB
	writerOpts  sstable.WriterOptions
	dir         string
	partitionOf func(domain string) int32
	retention   time.Duration
	horizon     time.Duration
	now         func() time.Time
	log         *slog.Logger
	cacheSize   int64
	memtable    uint64
	zstd        bool

	// closed is set by Close: using the store after is a bug, and panics
	// as Pebble does.
	closed atomic.Bool
	// wmu serialises appends, flushes and the other writes.
	wmu sync.Mutex
	// batchIDs are the event ids of the batch AppendCounted is adding
	// (the attempts' indexes).
	batchIDs idTable
	// enc and encoded encode the attempts of Append and AppendCounted.
	enc     *Encoder
	encoded []Encoded
	// encBlocks are the free blocks of the store's encoders (see Encoder).
	encBlocks encoderBlocks
	// tables writes a flush's tables (one flush at a time).
	tables *tableWriter
	// flushing is closed when the flush in flight ends (nil: none).
	flushing chan struct{}

	// mu guards what follows; queries hold it only to take a view.
	mu sync.RWMutex
	// active takes appends; frozen is being written (nil: none), or
	// failed to be (flushErr) and is written again before more appends.
	active, frozen *buffer
	flushErr       error
	// spare is a written buffer, for the next freeze.
	spare *buffer
	// segments are on disk, by hour then flush; the slice is replaced,
	// never changed, so that a query can keep the one it saw.
	segments []segment
	// flushes are the catalogs on disk by flush number.
	flushes   map[uint64]*flushInfo
	nextFlush uint64
	// checkpoints are the log's, buffers included; durable is the newest
	// catalog on disk, whose checkpoints are where a replay after a
	// crash starts.
	checkpoints map[srcPart]int64
	durable     catalog
	dirty       bool
	// expiredBefore is the first hour Expire keeps.
	expiredBefore uint32
}

// flushInfo is what the store keeps in memory of a flush's catalog.
type flushInfo struct {
	idMin, idMax int64
	idBits       uint8
	hours        []uint32
	// filter is its event ids' filter, read from disk when a check needs
	// it (nil: not read, or no ids).
	filter idFilter
}

// Option configures Open.
type Option func(*Store)

// WithRetention sets how long attempts are kept, counted from their
// arrival (default DefaultRetention). Expiry removes whole hours, so an
// attempt goes between d and d + 1 h after it arrived.
func WithRetention(d time.Duration) Option { return func(s *Store) { s.retention = d } }

// WithDedupeHorizon sets how long an event id is remembered: a second
// attempt with the id of one kept for the same domain within d is dropped
// (default DefaultDedupeHorizon; set it to the processor's horizon).
func WithDedupeHorizon(d time.Duration) Option { return func(s *Store) { s.horizon = d } }

// WithClock sets the clock retention and default time ranges go by (tests).
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// WithCacheSize sets the bytes of Pebble's block cache (default 128 MiB),
// which keeps the index blocks of the segments a query seeks and the data
// blocks it reads.
func WithCacheSize(n int64) Option { return func(s *Store) { s.cacheSize = n } }

// WithTuning sets the append buffer's size and the segments'
// compression. memtable is in bytes (default 128 MiB): attempts are
// buffered in memory up to 1.5 × memtable (encoded attempts and their
// bookkeeping) and written as segments of that size, one buffer filling
// while the previous one is written, so the store holds up to 3 ×
// memtable; larger segments mean fewer of them for a query to seek.
// l0Threshold is Pebble's L0 compaction threshold; only range deletions
// (expiry, dropped partitions) reach L0 now, so it hardly matters. zstd
// compresses the segments with zstd; without it (the default) they are
// not compressed at all. Snappy, which they had before, halved the disk
// (about 200 bytes an attempt against 370 in BenchmarkLoad) but was a
// third of an append's CPU time, in the processor's loop; zstd takes
// about 40% less disk than Snappy for more CPU than that.
func WithTuning(memtable uint64, l0Threshold int, zstd bool) Option {
	_ = l0Threshold
	return func(s *Store) { s.memtable, s.zstd = memtable, zstd }
}

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(s *Store) { s.log = l } }

// Open opens (creating if needed, mode 0700) the log store in dir.
// partitionOf returns the partition that owns a domain (murmur2 of the
// canonical domain, as the processor partitions); it places every key, so
// that a partition's attempts can be dropped as a whole.
func Open(dir string, partitionOf func(domain string) int32, opts ...Option) (*Store, error) {
	s := &Store{dir: dir, partitionOf: partitionOf, retention: DefaultRetention, horizon: DefaultDedupeHorizon,
		now: time.Now, log: slog.Default(), cacheSize: 128 << 20, memtable: 128 << 20,
		flushes: map[uint64]*flushInfo{}, checkpoints: map[srcPart]int64{}, nextFlush: 1}
	for _, o := range opts {
		o(s)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open log store: %w", err)
	}
	// Left by a flush that did not finish: not part of the log.
	if err := os.RemoveAll(filepath.Join(dir, ingestDir)); err != nil {
		return nil, fmt.Errorf("open log store: %w", err)
	}
	if err := os.MkdirAll(filepath.Join(dir, ingestDir), 0o700); err != nil {
		return nil, fmt.Errorf("open log store: %w", err)
	}
	cache := pebble.NewCache(s.cacheSize)
	defer cache.Unref() // the DB holds its own reference
	po := &pebble.Options{
		Cache:  cache,
		Logger: pebblelog.New(s.log.With("component", "pebble", "store", "logs"), ""),
		// Attempts arrive in tables written whole and ingested (the
		// ingestion is atomic and durable); only range deletions go
		// through the memtable, each flushed at once. A write-ahead log
		// would hold nothing.
		DisableWAL:   true,
		MemTableSize: 1 << 20,
	}
	for i := range po.Levels {
		po.Levels[i].Compression = func() *sstable.CompressionProfile { return sstable.SnappyCompression }
	}
	// A damaged log is set aside and rebuilt from the deliveries topic
	// rather than stopping every start (see package quarantine).
	po.EventListener = quarantine.Listener(dir, "log store", s.log)
	po.EnsureDefaults()
	db, err := quarantine.Open(dir, "log store", po, s.log, s.now())
	if err != nil {
		return nil, fmt.Errorf("open log store %s: %w", dir, err)
	}
	s.db = db
	// The segments' tables: larger blocks than Pebble's 4 KiB (a query
	// reads a domain's attempts in a row), no Bloom filters (a lookup in
	// a segment is of a key it holds: the segment's own index finds it),
	// no compression unless zstd (WithTuning says why).
	wo := po.MakeWriterOptions(len(po.Levels)-1, db.TableFormat())
	wo.BlockSize = 32 << 10
	wo.FilterPolicy = nil
	wo.Compression = sstable.NoCompression
	if s.zstd {
		wo.Compression = sstable.ZstdCompression
	}
	s.writerOpts = wo
	err = s.checkLayout()
	if err == nil {
		err = s.loadCatalogs()
	}
	if quarantine.Damaged(err) {
		// Damage met while reading the catalogs: set aside at once,
		// rather than at the next start.
		s.db, err = quarantine.Reopen(db, dir, "log store", po, s.log, s.now())
		if err == nil {
			db = s.db
			s.flushes, s.checkpoints, s.nextFlush = map[uint64]*flushInfo{}, map[srcPart]int64{}, 1
			if err = s.checkLayout(); err == nil {
				err = s.loadCatalogs()
			}
		}
	}
	if err != nil {
		if s.db != nil {
			s.db.Close()
		}
		return nil, fmt.Errorf("open log store %s: %w", dir, err)
	}
	s.active = newBuffer(s.bufferSize())
	return s, nil
}

// bufferSize is the bytes a buffer grows to before it is written.
func (s *Store) bufferSize() int { return int(max(s.memtable*3/2, 64<<10)) }

// oldAttemptsDir is where the attempts were in layout 3.
const oldAttemptsDir = "attempts"

// checkLayout makes a store written in another key layout (an older
// release's) empty, checkpoints included, so that the processor rebuilds
// it from the topics, and records the layout.
func (s *Store) checkLayout() error {
	v, closer, err := s.db.Get(versionKey)
	switch {
	case err == nil:
		same := len(v) == 1 && v[0] == layoutVersion
		closer.Close()
		if same {
			return nil
		}
	case !errors.Is(err, pebble.ErrNotFound):
		return err
	}
	// Any key at all (a store without a version key is of the first
	// layout): say why the log is rebuilt.
	it, err := s.db.NewIter(nil)
	if err != nil {
		return err
	}
	old := it.First()
	if err := it.Close(); err != nil {
		return err
	}
	b := s.db.NewBatch()
	defer b.Close()
	if old {
		if err := b.DeleteRange([]byte{0}, []byte{0xff}, nil); err != nil {
			return err
		}
	}
	if err := b.Set(versionKey, []byte{layoutVersion}, nil); err != nil {
		return err
	}
	if err := b.Commit(pebble.NoSync); err != nil {
		return err
	}
	if err := s.db.Flush(); err != nil {
		return err
	}
	if old {
		// A range deletion over every key would overlap every segment
		// ingested after it, which Pebble must then place above it (in
		// L0 at first) and compact down through it, rewriting each
		// segment: compacted now, the deletion and what it covers are
		// gone, and segments go to the last level as intended. (A new
		// store has no deletion to write: it once did, and the
		// processor's first flushes were compacted again, a tenth of
		// its CPU time with the log store.)
		if err := s.db.Compact(context.Background(), []byte{0}, []byte{0xff}, false); err != nil {
			return err
		}
	}
	if err := os.RemoveAll(filepath.Join(s.dir, oldAttemptsDir)); err != nil {
		return err
	}
	if old {
		s.log.Info("the log store was written in another layout; it is rebuilt from the deliveries topics", "layout", layoutVersion)
	}
	return nil
}

// loadCatalogs reads every flush's catalog: the segments on disk, and
// the newest catalog's checkpoints.
func (s *Store) loadCatalogs() error {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixCatalog}, UpperBound: []byte{prefixCatalog + 1}})
	if err != nil {
		return err
	}
	defer it.Close()
	var newest *catalog
	for valid := it.First(); valid; {
		k := it.Key()
		if len(k) < 10 {
			return fmt.Errorf("%w: catalog key %x", ErrCorrupt, k)
		}
		flush := binary.BigEndian.Uint64(k[1:9])
		if k[9] == catalogInfo && len(k) == 10 {
			v, err := it.ValueAndErr()
			if err != nil {
				return err
			}
			c, err := decodeCatalog(v, flush)
			if err != nil {
				return err
			}
			fi := &flushInfo{idMin: c.idMin, idMax: c.idMax, idBits: c.idBits}
			for _, seg := range c.segments {
				fi.hours = append(fi.hours, seg.hour)
			}
			s.flushes[flush] = fi
			s.segments = append(s.segments, c.segments...)
			if newest == nil || flush > newest.flush {
				newest = c
			}
			s.nextFlush = max(s.nextFlush, flush+1)
		}
		// On to the next flush, past this one's ids.
		valid = it.SeekGE(catalogKey(nil, flush+1, 0))
	}
	if err := it.Error(); err != nil {
		return err
	}
	sortSegments(s.segments)
	if newest != nil {
		s.durable = *newest
		s.checkpoints = maps.Clone(newest.checkpoints)
	}
	return nil
}

func sortSegments(segs []segment) {
	slices.SortFunc(segs, func(a, b segment) int {
		if a.hour != b.hour {
			return int(a.hour) - int(b.hour)
		}
		if a.flush < b.flush {
			return -1
		}
		if a.flush > b.flush {
			return 1
		}
		return 0
	})
}

// Close writes the buffered attempts and closes the store; without it
// they are lost, and a replay from the topics appends them again.
func (s *Store) Close() error {
	ferr := s.Flush()
	s.closed.Store(true)
	s.mu.Lock()
	for _, b := range []*buffer{s.active, s.frozen, s.spare} {
		if b != nil && ferr == nil {
			b.free()
		}
	}
	if ferr == nil {
		s.active, s.frozen, s.spare = nil, nil, nil
	}
	s.mu.Unlock()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close log store: %w", err)
	}
	return ferr
}

// Flush writes the buffered attempts (and the checkpoints they reflect)
// to disk and waits until they are there.
func (s *Store) Flush() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if err := s.settle(); err != nil {
		return err
	}
	s.mu.RLock()
	need := s.dirty
	s.mu.RUnlock()
	if !need {
		return nil
	}
	b := s.freeze()
	return s.writeFrozen(b)
}

// settle waits for the flush in flight and writes again a buffer whose
// flush failed. The caller holds wmu.
func (s *Store) settle() error {
	if s.flushing != nil {
		<-s.flushing
		s.flushing = nil
	}
	s.mu.RLock()
	b := s.frozen
	s.mu.RUnlock()
	if b == nil {
		return nil
	}
	return s.writeFrozen(b)
}

// freeze makes the active buffer the frozen one, with a flush number and
// the checkpoints it reflects, and starts a new one. The
// caller holds wmu, and no buffer is frozen.
func (s *Store) freeze() *buffer {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := s.active
	b.flush = s.nextFlush
	s.nextFlush++
	b.cat = catalog{checkpoints: maps.Clone(s.checkpoints)}
	next := s.spare
	if next == nil {
		next = newBuffer(s.bufferSize())
	}
	s.frozen, s.active, s.spare, s.dirty = b, next, nil, false
	return b
}

// writeFrozen writes the frozen buffer b and makes its segments part of
// the store; on failure b stays frozen (queries still read it) and is
// written again before the next append.
func (s *Store) writeFrozen(b *buffer) error {
	cat, _, err := s.writeBuffer(context.Background(), b)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.flushErr = err
		return fmt.Errorf("write the log store's buffer of %d attempts: %w", len(b.recs), err)
	}
	// The filter is not kept: only a checking Append (a replay) reads
	// it, from disk, when it needs it (seenAt). Kept for every flush of
	// the horizon it was 1.25 bytes of Go heap per attempt (12.5 MB at
	// 10 million attempts a day, 125 MB at 100 million), for the
	// processor's live path, which never reads it.
	fi := &flushInfo{idMin: cat.idMin, idMax: cat.idMax, idBits: cat.idBits}
	for _, seg := range cat.segments {
		fi.hours = append(fi.hours, seg.hour)
	}
	s.flushes[cat.flush] = fi
	segs := append(slices.Clip(s.segments), cat.segments...)
	sortSegments(segs)
	s.segments = segs
	s.durable = *cat
	s.frozen, s.flushErr = nil, nil
	// Queries copy what they read of a buffer, under mu: b is free.
	b.reset()
	s.spare = b
	// Filters of ids no check will ask about again leave memory (a
	// replay of old records reads them back).
	keep := s.now().Add(-s.horizon - 2*time.Hour).UnixNano()
	for _, f := range s.flushes {
		if f.idMax < keep {
			f.filter = nil
		}
	}
	return nil
}

// startFlush freezes the active buffer and writes it in the background,
// after the flush in flight. The caller holds wmu.
func (s *Store) startFlush() {
	if s.flushing != nil {
		<-s.flushing
		s.flushing = nil
	}
	s.mu.RLock()
	failed := s.frozen != nil
	s.mu.RUnlock()
	if failed {
		return // written again (or refused) at the next append
	}
	b := s.freeze()
	done := make(chan struct{})
	s.flushing = done
	go func() {
		defer close(done)
		if err := s.writeFrozen(b); err != nil {
			s.log.Error("writing the log store's buffer failed; it is kept in memory and written again with the next append", "err", err)
		}
	}()
}

// Mark is a checkpoint: the next offset of a source partition that the log
// has not yet read. An Append that carries it says the log reflects every
// record of that partition before Offset.
type Mark struct {
	Source    Source
	Partition int32
	Offset    int64
}

// AppendStats counts what an Append did.
type AppendStats struct {
	// Written counts attempts written (or written again, on a replay).
	Written int
	// Duplicates counts attempts dropped because an attempt with the same
	// event id is kept for the domain at another position within the
	// dedupe horizon.
	Duplicates int
	// Expired counts attempts older than the retention, not written.
	Expired int
}

// Append adds attempts and the checkpoints marks to the log; the
// processor calls it after each committed transaction with the attempts
// the transaction counted and the offsets it consumed to. The attempts
// are buffered in memory, where queries see them at once, and written to
// disk with their checkpoints when the buffer is full (in the
// background), at Flush and at Close; a crash loses the buffer and its
// checkpoints together, and a replay from the checkpoints on disk appends
// it again.
//
// An attempt is identified by its Pos: appending it again (a replay of
// what the log holds) keeps it once, as queries return each position
// once. An attempt whose event id was kept for its domain at
// another position within the dedupe horizon is a producer's second copy
// and is dropped. Attempts older than the retention are not written. An
// attempt without a domain, with a NUL in its domain or read from another
// partition than its domain's, or a negative mark, is an error and
// nothing of the call is appended; so is a buffer that cannot be
// written to disk (the error says why; the buffer is kept and written
// again with the next append).
func (s *Store) Append(ctx context.Context, attempts []Attempt, marks ...Mark) (AppendStats, error) {
	return s.appendAttempts(ctx, attempts, true, marks)
}

// AppendCounted is Append for attempts the processor has already
// deduplicated (its live path: it drops an event id it counted within the
// same horizon). It skips the lookup of earlier copies, in memory and on
// disk, and still records the ids, so that a Replay (which checks) drops
// copies of them.
func (s *Store) AppendCounted(ctx context.Context, attempts []Attempt, marks ...Mark) (AppendStats, error) {
	return s.appendAttempts(ctx, attempts, false, marks)
}

// AppendEncoded is AppendCounted for attempts encoded ahead (see
// Encoded), checked when they were encoded; a negative mark is an error
// and nothing of the call is appended. The attempts' bytes are copied
// before it returns.
func (s *Store) AppendEncoded(ctx context.Context, attempts []Encoded, marks ...Mark) (AppendStats, error) {
	s.checkOpen()
	if err := ctx.Err(); err != nil {
		return AppendStats{}, err
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	return s.appendEncoded(attempts, false, marks)
}

// appendAttempts encodes attempts with the store's own encoder and
// appends them (Append, AppendCounted).
func (s *Store) appendAttempts(ctx context.Context, attempts []Attempt, check bool, marks []Mark) (AppendStats, error) {
	s.checkOpen()
	if err := ctx.Err(); err != nil {
		return AppendStats{}, err
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.enc == nil {
		s.enc = s.NewEncoder()
	}
	s.enc.Reset()
	s.encoded = s.encoded[:0]
	for i := range attempts {
		e, err := s.enc.Encode(&attempts[i])
		if err != nil {
			return AppendStats{}, err
		}
		s.encoded = append(s.encoded, e)
	}
	st, err := s.appendEncoded(s.encoded, check, marks)
	clear(s.encoded)
	return st, err
}

// appendEncoded appends attempts and marks; the caller holds wmu. With
// check, an attempt whose event id is kept at another position within
// the horizon (in memory or on disk) is dropped; without, only a copy
// within attempts is.
func (s *Store) appendEncoded(attempts []Encoded, check bool, marks []Mark) (AppendStats, error) {
	var st AppendStats
	for _, m := range marks {
		if m.Offset < 0 || m.Source > SourceRepartition {
			return st, fmt.Errorf("append: checkpoint %s partition %d at negative offset %d", m.Source, m.Partition, m.Offset)
		}
	}
	if s.flushing != nil {
		select {
		case <-s.flushing:
			s.flushing = nil
		default:
		}
	}
	if s.flushing == nil {
		// A buffer whose flush failed is written before more is added.
		if err := s.settle(); err != nil {
			return st, err
		}
	}
	if !s.active.fits(len(attempts)) {
		// Written before these are added, so that they land in the
		// next buffer rather than spill this one onto the heap.
		s.startFlush()
	}
	batch := !check && len(attempts) > 1
	if batch {
		s.batchIDs.reset(len(attempts))
	}
	cutoff := hourOf(s.now().Add(-s.retention))
	s.mu.Lock()
	b, frozen := s.active, s.frozen
	for i := range attempts {
		a := &attempts[i]
		r := &a.r
		if r.hour < cutoff {
			st.Expired++
			continue
		}
		hasID := r.has&hasID != 0
		if hasID && batch {
			// A copy in the same batch is dropped still: the batch's
			// table is small, where the buffer's is a cache miss.
			if j, ok := s.batchIDs.get(r.id); ok {
				p := &attempts[j].r
				if (pendingID{arrival: p.arrival, pos: p.pos}).differs(r.arrival, r.pos, s.horizon) {
					st.Duplicates++
					continue
				}
			}
			s.batchIDs.put(r.id, int32(i))
		}
		if hasID && check {
			dup := false
			if p, ok := b.id(r.id); ok && p.differs(r.arrival, r.pos, s.horizon) {
				dup = true
			} else if p, ok := frozen.id(r.id); ok && p.differs(r.arrival, r.pos, s.horizon) {
				dup = true
			} else {
				var err error
				if dup, err = s.seenAt(a.domain(), r.pos.Partition, r.id, r.arrival, r.pos); err != nil {
					s.mu.Unlock()
					return AppendStats{}, err
				}
			}
			if dup {
				st.Duplicates++
				continue
			}
		}
		b.addEncoded(a)
		st.Written++
	}
	for _, m := range marks {
		s.checkpoints[srcPart{m.Source, m.Partition}] = m.Offset
	}
	s.dirty = s.dirty || len(attempts) > 0 || len(marks) > 0
	full := b.full()
	s.mu.Unlock()
	if full {
		s.startFlush()
	}
	return st, nil
}

type pendingID struct {
	arrival int64
	pos     Pos
	// rec is the attempt's index in its buffer's recs.
	rec int32
}

// differs reports whether an id kept at p is another attempt than the one
// at (arrival, pos) and close enough in time to be its duplicate.
func (p pendingID) differs(arrival int64, pos Pos, horizon time.Duration) bool {
	if p.pos == pos {
		return false
	}
	d := arrival - p.arrival
	return max(d, -d) <= int64(horizon)
}

// seenAt reports whether domain's event id of hash h is kept on disk at
// another position than pos within the horizon around arrival. Each
// flush whose ids span that time is asked: its filter (in memory) rules
// out nearly all, and a lookup of the id key settles the rest. The
// caller holds mu.
func (s *Store) seenAt(domain []byte, part int32, h uint64, arrival int64, pos Pos) (bool, error) {
	// A copy appended earlier but stamped up to an hour later (the other
	// source topic can run a little ahead) is found too.
	lo, hi := arrival-int64(s.horizon), arrival+int64(time.Hour)
	var key []byte
	for flush, fi := range s.flushes {
		if fi.idMin > fi.idMax || fi.idMax < lo || fi.idMin > hi {
			continue
		}
		if fi.filter == nil {
			v, closer, err := s.db.Get(catalogKey(nil, flush, catalogFilter))
			if err != nil {
				return false, fmt.Errorf("read the event id filter of flush %d: %w", flush, err)
			}
			fi.filter, err = decodeIDFilter(v)
			closer.Close()
			if err != nil {
				return false, err
			}
		}
		if !fi.filter.mayContain(h) {
			continue
		}
		key = idSuffix(catalogKey(key[:0], flush, 0)[:9], part, h, fi.idBits)
		v, closer, err := s.db.Get(key)
		if errors.Is(err, pebble.ErrNotFound) {
			continue
		}
		if err != nil {
			return false, fmt.Errorf("look up event id of %s: %w", domain, err)
		}
		dup := false
		r := newPostingReader(v, false)
		var e posting
		for !dup && r.next(&e) {
			if e.hash == h {
				dup = pendingID{arrival: e.arrival, pos: Pos{Source: e.src, Partition: part, Offset: e.off}}.differs(arrival, pos, s.horizon)
			}
		}
		closer.Close()
		if r.err != nil {
			return false, fmt.Errorf("event ids of %s in flush %d: %w", domain, flush, r.err)
		}
		if dup {
			return true, nil
		}
	}
	return false, nil
}

// Checkpoint returns the next offset of source partition part that the log
// has not read, and false when the log has no checkpoint for it (nothing
// was appended, or the partition was dropped): replay from the start of
// the topic. Buffered appends count: a crash loses them together with
// their checkpoints.
func (s *Store) Checkpoint(src Source, part int32) (int64, bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	off, ok := s.checkpoints[srcPart{src, part}]
	return off, ok, nil
}

// DropPartition removes every attempt, index entry and checkpoint of
// partition part. The processor calls it before rebuilding a partition's
// log from the start of the topics (the checkpoint is past the group's
// committed offset: the topics or the group were recreated), which is
// rare: range deletions over the partition's keys in every segment and
// the new catalog are flushed in one step, and Pebble's compactions
// rewrite the segments without them. Message keys are not per partition
// and stay: a query that follows one to a deleted attempt finds nothing
// there and goes on.
func (s *Store) DropPartition(ctx context.Context, part int32) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if err := s.settle(); err != nil {
		return fmt.Errorf("drop partition %d of the log store: %w", part, err)
	}
	s.mu.RLock()
	segs, flushes := s.segments, slices.Collect(maps.Keys(s.flushes))
	cat := catalog{checkpoints: maps.Clone(s.durable.checkpoints)}
	s.mu.RUnlock()
	for _, src := range []Source{SourceDeliveries, SourceRepartition} {
		delete(cat.checkpoints, srcPart{src, part})
	}
	b := s.db.NewBatch()
	defer b.Close()
	var start []byte
	for _, seg := range segs {
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, kind := range []byte{kindDomain, kindRecipient} {
			start = append(segmentPrefix(start[:0], seg.hour, seg.flush), kind)
			start = binary.BigEndian.AppendUint32(start, uint32(part))
			if err := b.DeleteRange(start, prefixEnd(start), nil); err != nil {
				return err
			}
		}
	}
	for _, f := range flushes {
		start = binary.BigEndian.AppendUint32(catalogKey(start[:0], f, catalogID), uint32(part))
		if err := b.DeleteRange(start, prefixEnd(start), nil); err != nil {
			return err
		}
	}
	s.mu.Lock()
	cat.flush = s.nextFlush
	s.nextFlush++
	s.mu.Unlock()
	cat.idMin, cat.idMax = 1, 0
	if err := b.Set(catalogKey(nil, cat.flush, catalogInfo), appendCatalog(nil, &cat), nil); err != nil {
		return err
	}
	if err := b.Commit(pebble.NoSync); err != nil {
		return fmt.Errorf("drop partition %d of the log store: %w", part, err)
	}
	if err := s.db.Flush(); err != nil {
		return fmt.Errorf("drop partition %d of the log store: %w", part, err)
	}
	s.mu.Lock()
	s.durable = cat
	s.flushes[cat.flush] = &flushInfo{idMin: 1}
	for _, src := range []Source{SourceDeliveries, SourceRepartition} {
		delete(s.checkpoints, srcPart{src, part})
	}
	// The buffer's attempts of the partition go too.
	buf := s.active
	kept := buf.recs[:0]
	for _, r := range buf.recs {
		if r.pos.Partition != part {
			kept = append(kept, r)
		}
	}
	buf.recs = kept
	// The ids name attempts by their index: indexed again when asked.
	buf.ids.clear()
	buf.indexed = 0
	s.mu.Unlock()
	s.log.Info("dropped a partition's logs", "partition", part)
	return nil
}

// Expire deletes every hour that ended before the retention: one range
// deletion for the segments of all those hours, flushed at once. Pebble
// frees the disk of whole tables the deletion covers without reading
// them (delete-only compactions), and every segment is one hour's. It
// returns the first hour kept.
func (s *Store) Expire(ctx context.Context) (time.Time, error) {
	if err := ctx.Err(); err != nil {
		return time.Time{}, err
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	cutoff := hourOf(s.now().Add(-s.retention))
	kept := time.Unix(int64(cutoff)*3600, 0).UTC()
	s.mu.RLock()
	var gone []uint64
	for f, fi := range s.flushes {
		if f == s.durable.flush {
			continue // the checkpoints
		}
		if !slices.ContainsFunc(fi.hours, func(h uint32) bool { return h >= cutoff }) && (fi.idMin > fi.idMax || fi.idMax < s.now().Add(-s.horizon-2*time.Hour).UnixNano()) {
			gone = append(gone, f)
		}
	}
	oldest := len(s.segments) > 0 && s.segments[0].hour < cutoff
	s.mu.RUnlock()
	if !oldest && len(gone) == 0 {
		return kept, nil
	}
	b := s.db.NewBatch()
	defer b.Close()
	end := binary.BigEndian.AppendUint32([]byte{prefixSegment}, cutoff)
	if err := b.DeleteRange([]byte{prefixSegment}, end, nil); err != nil {
		return time.Time{}, err
	}
	for _, f := range gone {
		if err := b.DeleteRange(catalogKey(nil, f, 0)[:9], catalogKey(nil, f+1, 0)[:9], nil); err != nil {
			return time.Time{}, err
		}
	}
	err := b.Commit(pebble.NoSync)
	if err == nil {
		err = s.db.Flush()
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("expire logs before %s: %w", kept, err)
	}
	s.mu.Lock()
	i, _ := slices.BinarySearchFunc(s.segments, cutoff, func(seg segment, h uint32) int { return int(seg.hour) - int(h) })
	s.segments = slices.Clone(s.segments[i:])
	for _, f := range gone {
		delete(s.flushes, f)
	}
	s.expiredBefore = max(s.expiredBefore, cutoff)
	s.mu.Unlock()
	return kept, nil
}

// RunExpiry calls Expire every interval until ctx ends, logging failures.
func (s *Store) RunExpiry(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if kept, err := s.Expire(ctx); err != nil && ctx.Err() == nil {
			s.log.Error("log retention", "err", err)
		} else if err == nil {
			s.log.Debug("log retention", "kept_from", kept)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Compact writes the buffer and compacts the whole store, so that
// deleted ranges free their space now (tests and benchmarks; Pebble does
// it on its own over time).
func (s *Store) Compact(ctx context.Context) error {
	if err := s.Flush(); err != nil {
		return err
	}
	return s.db.Compact(ctx, []byte{0}, []byte{0xff}, false)
}

// DiskUsage returns the bytes of the store's files (tables, manifests,
// options): what it takes on disk. Obsolete files Pebble has not yet
// removed count too.
func (s *Store) DiskUsage() (uint64, error) {
	var n uint64
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return 0, fmt.Errorf("log store disk usage: %w", err)
	}
	for _, e := range ents {
		if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() {
			n += uint64(fi.Size())
		}
	}
	return n, nil
}

// Stats summarises the store's write work since Open for benchmarks and
// operators: segments, bytes ingested and compacted (nothing but
// deletions should be), and the compaction debt.
func (s *Store) Stats() string {
	s.mu.RLock()
	nseg, nflush := len(s.segments), len(s.flushes)
	s.mu.RUnlock()
	m := s.db.Metrics()
	t := m.Total()
	return fmt.Sprintf("log store: %d segments from %d flushes; ingested %d MiB, flushed %d MiB, compacted %d MiB, %d compactions, compaction debt %d MiB",
		nseg, nflush, t.TableBytesIngested>>20, m.Levels[0].TableBytesFlushed>>20, t.TableBytesCompacted>>20, m.Compact.Count, m.Compact.EstimatedDebt>>20)
}

// checkOpen panics when the store is closed: using it after Close is a
// bug (Pebble panics the same way).
func (s *Store) checkOpen() {
	if s.closed.Load() {
		panic("logstore: use of a closed store")
	}
}
