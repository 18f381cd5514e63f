package logstore

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/bloom"
	"github.com/cockroachdb/pebble/v2/sstable"
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
	// db holds the keys that find attempts (domain, recipient, message,
	// event id), the checkpoints and the layout version; adb holds the
	// attempts themselves in the order they were appended (see
	// attemptKey), in the subdirectory attempts.
	db, adb     *pebble.DB
	seq         atomic.Uint64 // the last attempt sequence number given out
	dir         string
	partitionOf func(domain string) int32
	retention   time.Duration
	horizon     time.Duration
	now         func() time.Time
	log         *slog.Logger
	cacheSize   int64
	memtable    uint64
	l0Threshold int
	zstd        bool
	// spare is a sortedWrites for reuse (getWrites).
	wmu   sync.Mutex
	spare *sortedWrites
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

// WithCacheSize sets the bytes of Pebble's block cache (default 128 MiB).
// The per-attempt duplicate check reads Bloom filter and index blocks of
// every level: with them cached it costs a few microseconds, without them
// it decompresses blocks on every append.
func WithCacheSize(n int64) Option { return func(s *Store) { s.cacheSize = n } }

// WithTuning sets the memtable size in bytes (default 128 MiB; the store
// holds up to two while one flushes), the L0 file count that starts a
// compaction (default 32: every flush of the current hour overlaps all of
// that hour's keys below, so each L0 → base compaction rewrites them; 32
// flushes per rewrite instead of 8 took the CPU per attempt from 19.5 to
// 12.8 µs at 1.5 million attempts in one hour, queries alike) and whether the last level is compressed with zstd rather than
// Snappy (default true: about half the disk for more CPU in compactions
// into that level). For benchmarks and large installations.
func WithTuning(memtable uint64, l0Threshold int, zstd bool) Option {
	return func(s *Store) { s.memtable, s.l0Threshold, s.zstd = memtable, l0Threshold, zstd }
}

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(s *Store) { s.log = l } }

// Open opens (creating if needed, mode 0700) the log store in dir.
// partitionOf returns the partition that owns a domain (murmur2 of the
// canonical domain, as the processor partitions); it places every key, so
// that a partition's attempts can be dropped as a whole.
func Open(dir string, partitionOf func(domain string) int32, opts ...Option) (*Store, error) {
	s := &Store{dir: dir, partitionOf: partitionOf, retention: DefaultRetention, horizon: DefaultDedupeHorizon,
		now: time.Now, log: slog.Default(), cacheSize: 128 << 20, memtable: 128 << 20, l0Threshold: 32, zstd: true}
	for _, o := range opts {
		o(s)
	}
	cache := pebble.NewCache(s.cacheSize)
	defer cache.Unref() // the DB holds its own reference
	po := &pebble.Options{
		Cache:  cache,
		Logger: pebbleLogger{s.log.With("component", "pebble", "store", "logs")},
		// The log is a view of the deliveries topics: every batch carries
		// the offsets it reflects, and after a crash Replay re-reads what
		// the last flushed memtable did not hold. A write-ahead log would
		// write every attempt twice for nothing.
		DisableWAL:            true,
		MemTableSize:          s.memtable,
		L0CompactionThreshold: s.l0Threshold,
		L0StopWritesThreshold: 96,
		LBaseMaxBytes:         1 << 30,
	}
	for i := range po.Levels {
		// Bloom filters make the per-attempt duplicate check (a point
		// lookup of an id key, nearly always absent) cheap.
		po.Levels[i].FilterPolicy = bloom.FilterPolicy(10)
		po.Levels[i].Compression = func() *sstable.CompressionProfile { return sstable.SnappyCompression }
	}
	if s.zstd {
		// Responses, hosts and addresses repeat: zstd roughly halves the
		// disk against Snappy, at a CPU cost paid on every compaction
		// into the last level.
		po.Levels[len(po.Levels)-1].Compression = func() *sstable.CompressionProfile { return sstable.ZstdCompression }
	}
	if err := os.MkdirAll(filepath.Join(dir, attemptsDir), 0o700); err != nil {
		return nil, fmt.Errorf("open log store: %w", err)
	}
	// The attempts arrive in key order: each flush holds keys after the
	// previous one's, L0 stays one sublevel, and the files move down the
	// levels rather than being merged. Lookups are by exact key in files
	// that do not overlap, so Bloom filters would find nothing to skip.
	// Its memtables take half the size of the other's (appends of the
	// value only; the keys that find them are most of the inserts).
	apo := &pebble.Options{
		Cache:                     cache,
		Logger:                    po.Logger,
		DisableWAL:                true,
		MemTableSize:              max(s.memtable/2, 1<<20),
		L0CompactionFileThreshold: 64,
	}
	for i := range apo.Levels {
		apo.Levels[i].Compression = po.Levels[i].Compression
	}
	adb, err := pebble.Open(filepath.Join(dir, attemptsDir), apo)
	if err != nil {
		return nil, fmt.Errorf("open log store %s: %w", dir, err)
	}
	// Neither database has a write-ahead log. Before the keys' memtable
	// is written to disk, the attempts' is: the keys (and the checkpoint
	// with them) on disk never point at attempts that a crash would
	// lose. Pebble calls FlushBegin with the keys database's mutex held;
	// the attempts database shares no lock with it.
	po.EventListener = &pebble.EventListener{FlushBegin: func(pebble.FlushInfo) {
		if err := adb.Flush(); err != nil {
			s.log.Error("flushing the log store's attempts before its keys", "err", err)
		}
	}}
	db, err := pebble.Open(dir, po)
	if err != nil {
		adb.Close()
		return nil, fmt.Errorf("open log store %s: %w", dir, err)
	}
	s.db, s.adb = db, adb
	if err := s.checkLayout(); err != nil {
		s.db.Close()
		s.adb.Close()
		return nil, fmt.Errorf("open log store %s: %w", dir, err)
	}
	if err := s.loadSeq(); err != nil {
		s.db.Close()
		s.adb.Close()
		return nil, fmt.Errorf("open log store %s: %w", dir, err)
	}
	return s, nil
}

// attemptsDir is the subdirectory of the attempts database.
const attemptsDir = "attempts"

// loadSeq sets the sequence to the last attempt's.
func (s *Store) loadSeq() error {
	it, err := s.adb.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixLog}, UpperBound: []byte{prefixLog + 1}})
	if err != nil {
		return err
	}
	defer it.Close()
	if it.Last() {
		_, seq, err := parseAttemptKey(it.Key())
		if err != nil {
			return err
		}
		s.seq.Store(seq)
	}
	return it.Error()
}

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
	for _, db := range []*pebble.DB{s.adb, s.db} {
		b := db.NewBatch()
		for _, r := range [][2][]byte{{{prefixOld}, {prefixMeta}}, {{prefixMeta, metaCheck}, {prefixMeta, metaCheck + 1}}, {{prefixLog}, {prefixLog + 1}}} {
			if err := b.DeleteRange(r[0], r[1], nil); err != nil {
				b.Close()
				return err
			}
		}
		if db == s.db {
			if err := b.Set(versionKey, []byte{layoutVersion}, nil); err != nil {
				b.Close()
				return err
			}
		}
		err := b.Commit(pebble.NoSync)
		b.Close()
		if err == nil {
			// The attempts first: the version says both are empty.
			err = db.Flush()
		}
		if err != nil {
			return err
		}
	}
	if old {
		s.log.Info("the log store was written in another layout; it is rebuilt from the deliveries topics", "layout", layoutVersion)
	}
	return nil
}

// Close flushes and closes the store; without a write-ahead log the flush
// is what keeps the latest appends across a clean restart.
func (s *Store) Close() error {
	ferr := s.Flush()
	derr := s.db.Close() // first: its flushes flush the attempts
	if err := s.adb.Close(); err != nil {
		return fmt.Errorf("close log store: %w", err)
	}
	if derr != nil {
		return fmt.Errorf("close log store: %w", derr)
	}
	return ferr
}

// Flush writes the memtables to disk: the attempts first, so that what
// the keys on disk point at is there.
func (s *Store) Flush() error {
	if err := s.adb.Flush(); err != nil {
		return err
	}
	return s.db.Flush()
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
	// Written counts attempts written (or rewritten, on a replay).
	Written int
	// Duplicates counts attempts dropped because an attempt with the same
	// event id is kept for the domain at another position within the
	// dedupe horizon.
	Duplicates int
	// Expired counts attempts older than the retention, not written.
	Expired int
}

// Append writes attempts and the checkpoints marks in one atomic batch; the
// processor calls it after each committed transaction with the attempts
// the transaction counted and the offsets it consumed to.
//
// An attempt is keyed by its Pos, so appending it again (a replay after a
// crash) overwrites it: each attempt is kept once. An attempt whose event
// id was kept for its domain at another position within the dedupe
// horizon is a producer's second copy and is dropped. Attempts older than
// the retention are not written. An attempt without a domain, with a NUL
// in its domain or read from another partition than its domain's is an
// error and nothing of the batch is written.
func (s *Store) Append(ctx context.Context, attempts []Attempt, marks ...Mark) (AppendStats, error) {
	return s.append(ctx, attempts, true, marks)
}

// AppendCounted is Append for attempts the processor has already
// deduplicated (its live path: it drops an event id it counted within the
// same horizon). It skips the per-attempt lookup of earlier copies, which
// is most of an append's cost on a large store, and still records the ids,
// so that a Replay (which checks) drops copies of them.
func (s *Store) AppendCounted(ctx context.Context, attempts []Attempt, marks ...Mark) (AppendStats, error) {
	return s.append(ctx, attempts, false, marks)
}

func (s *Store) append(ctx context.Context, attempts []Attempt, check bool, marks []Mark) (AppendStats, error) {
	var st AppendStats
	if err := ctx.Err(); err != nil {
		return st, err
	}
	now := s.now()
	cutoff, ahour := hourOf(now.Add(-s.retention)), hourOf(now)
	w := s.getWrites(len(attempts))
	defer s.putWrites(w)
	pending := w.pending
	var key, val []byte
	for i := range attempts {
		a := &attempts[i]
		e := &a.Event
		if e.Domain == "" || strings.IndexByte(e.Domain, 0) >= 0 {
			return AppendStats{}, fmt.Errorf("append attempt %s at %s/%d/%d: bad domain %q", e.ID, a.Pos.Source, a.Pos.Partition, a.Pos.Offset, e.Domain)
		}
		part := s.partitionOf(e.Domain)
		if part != a.Pos.Partition {
			return AppendStats{}, fmt.Errorf("append attempt %s of %s: read from %s partition %d, but the domain's partition is %d",
				e.ID, e.Domain, a.Pos.Source, a.Pos.Partition, part)
		}
		if a.Pos.Offset < 0 || a.Arrival.UnixNano() < 0 {
			return AppendStats{}, fmt.Errorf("append attempt %s of %s: negative offset %d or arrival %s", e.ID, e.Domain, a.Pos.Offset, a.Arrival)
		}
		hour := hourOf(a.Arrival)
		if hour < cutoff {
			st.Expired++
			continue
		}
		arr := a.Arrival.UnixNano()
		if e.ID != "" {
			ref := idHash(e.Domain, e.ID)
			if p, ok := pending[ref]; ok && p.differs(arr, a.Pos, s.horizon) {
				st.Duplicates++
				continue
			}
			if check {
				dup, err := s.seenAt(e.Domain, part, ref, a.Arrival, a.Pos)
				if err != nil {
					return AppendStats{}, err
				}
				if dup {
					st.Duplicates++
					continue
				}
			}
			pending[ref] = pendingID{arr, a.Pos}
			key = idKey(key[:0], dayHourOf(a.Arrival), part, ref)
			val = appendPos(val[:0], arr, a.Pos)
			w.put(key, val)
		}
		seq := s.seq.Add(1)
		w.putAttempt(attemptKey(key[:0], ahour, seq), a)
		key = appendPos(domainPrefix(key[:0], hour, part, e.Domain), arr, a.Pos)
		val = domainValue(val[:0], a, ahour, seq)
		w.put(key, val)
		if e.Recipient != "" {
			key = appendPos(recipientPrefix(key[:0], hour, part, e.Domain, e.Recipient), arr, a.Pos)
			w.put(key, nil)
		}
		if e.MessageID != "" {
			key = appendPos(messagePrefix(key[:0], hour, e.MessageID, e.Domain), arr, a.Pos)
			w.put(key, nil)
		}
		st.Written++
	}
	for _, m := range marks {
		if m.Offset < 0 {
			return AppendStats{}, fmt.Errorf("append: checkpoint %s partition %d at negative offset %d", m.Source, m.Partition, m.Offset)
		}
	}
	// The attempts first, then the keys that find them and the
	// checkpoints (see Open: the attempts reach the disk first too). No
	// key of the attempts database but attempts: a checkpoint there
	// would put every flush's files over the same keys, and compactions
	// would merge them instead of moving them.
	if err := w.applyAttempts(s.adb); err != nil {
		return AppendStats{}, fmt.Errorf("append %d attempts to the log store: %w", len(attempts), err)
	}
	if err := w.apply(s.db, marks); err != nil {
		return AppendStats{}, fmt.Errorf("append %d attempts to the log store: %w", len(attempts), err)
	}
	return st, nil
}

// getWrites returns the store's sortedWrites (or a new one while another
// append holds it), with room for about n attempts: a transaction's
// attempts fill megabytes, which a fresh buffer would grow by copying.
func (s *Store) getWrites(n int) *sortedWrites {
	s.wmu.Lock()
	w := s.spare
	s.spare = nil
	s.wmu.Unlock()
	if w == nil {
		w = &sortedWrites{pending: map[uint64]pendingID{}}
	}
	w.arena = slices.Grow(w.arena, n*bytesPerAttempt)
	w.ents = slices.Grow(w.ents, n*keysPerAttempt)
	w.attempts = slices.Grow(w.attempts, n*bytesPerAttempt)
	return w
}

func (s *Store) putWrites(w *sortedWrites) {
	w.arena, w.ents, w.attempts, w.aents = w.arena[:0], w.ents[:0], w.attempts[:0], w.aents[:0]
	clear(w.pending)
	if cap(w.arena)+cap(w.attempts) > maxRetainedWrites {
		return // a replay's batch: not worth keeping
	}
	s.wmu.Lock()
	s.spare = w
	s.wmu.Unlock()
}

// About what an attempt writes (its value, keys and summary) and how many
// keys; the first sizes an append's buffer.
const (
	bytesPerAttempt   = 512
	keysPerAttempt    = 5
	maxRetainedWrites = 64 << 20
	// batchBytes is the most one Pebble batch of an append holds: Pebble
	// keeps the buffer of a batch up to 1 MiB for reuse, and handles a
	// batch over half a memtable as a memtable of its own.
	batchBytes = 512 << 10
)

// sortedWrites collects an append's writes to apply them in key order:
// the keys that find attempts (arena, ents), sorted, and the attempts
// (attempts, aents), whose keys are in order already.
type sortedWrites struct {
	arena    []byte
	ents     []kvRef
	attempts []byte
	aents    []int32 // the end of each attempt's key and value
	pending  map[uint64]pendingID
}

// putAttempt adds an attempt under its key.
func (w *sortedWrites) putAttempt(key []byte, a *Attempt) {
	w.attempts = append(w.attempts, key...)
	w.attempts = appendAttempt(w.attempts, a)
	w.aents = append(w.aents, int32(len(w.attempts)))
}

// applyAttempts writes the attempts to adb in batches of up to
// batchBytes.
func (w *sortedWrites) applyAttempts(adb *pebble.DB) error {
	b := adb.NewBatch()
	defer b.Close()
	start := int32(0)
	for _, end := range w.aents {
		if b.Len() >= batchBytes {
			if err := b.Commit(pebble.NoSync); err != nil {
				return err
			}
			b.Reset()
		}
		if err := b.Set(w.attempts[start:start+attemptKeyLen], w.attempts[start+attemptKeyLen:end], nil); err != nil {
			return err
		}
		start = end
	}
	return b.Commit(pebble.NoSync)
}

func setMarks(b *pebble.Batch, marks []Mark) error {
	for _, m := range marks {
		if err := b.Set(checkpointKey(m.Source, m.Partition), binary.BigEndian.AppendUint64(nil, uint64(m.Offset)), nil); err != nil {
			return err
		}
	}
	return nil
}

// kvRef is a write in the arena; p0 and p1 are the first 16 bytes of its
// key (big-endian, so that their order is the keys'), which decide most
// comparisons without reading the arena.
type kvRef struct {
	p0, p1    uint64
	k, v, end int32
}

func (w *sortedWrites) put(key, val []byte) {
	k := int32(len(w.arena))
	w.arena = append(w.arena, key...)
	v := int32(len(w.arena))
	w.arena = append(w.arena, val...)
	var pre [16]byte
	copy(pre[:], key)
	w.ents = append(w.ents, kvRef{binary.BigEndian.Uint64(pre[:]), binary.BigEndian.Uint64(pre[8:]), k, v, int32(len(w.arena))})
}

// apply writes the keys in order, in batches of up to batchBytes, and the
// checkpoints marks with the last: Pebble's memtable insert then starts
// each search where the previous key went. An append split over batches
// is not atomic, which the log does not need: the checkpoints come last,
// so a crash between two batches leaves attempts that a replay from the
// previous checkpoint writes again, to the same keys.
func (w *sortedWrites) apply(db *pebble.DB, marks []Mark) error {
	// Not a stable sort: equal keys come from the same attempt appended
	// twice in one batch (the same position), whose writes are equal too.
	a := w.arena
	slices.SortFunc(w.ents, func(x, y kvRef) int {
		if x.p0 != y.p0 {
			return cmp.Compare(x.p0, y.p0)
		}
		if x.p1 != y.p1 {
			return cmp.Compare(x.p1, y.p1)
		}
		kx, ky := a[x.k:x.v], a[y.k:y.v]
		return bytes.Compare(kx[min(16, len(kx)):], ky[min(16, len(ky)):])
	})
	b := db.NewBatch()
	defer b.Close()
	for _, e := range w.ents {
		if b.Len() >= batchBytes {
			if err := b.Commit(pebble.NoSync); err != nil {
				return err
			}
			b.Reset()
		}
		if err := b.Set(w.arena[e.k:e.v], w.arena[e.v:e.end], nil); err != nil {
			return err
		}
	}
	if err := setMarks(b, marks); err != nil {
		return err
	}
	return b.Commit(pebble.NoSync)
}

type pendingID struct {
	arrival int64
	pos     Pos
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

// seenAt reports whether domain's event id of hash h is kept at another
// position than pos within the horizon around arrival. The id keys of the
// days the horizon spans are looked up (point lookups; Bloom filters
// answer most of them without reading a block).
func (s *Store) seenAt(domain string, part int32, h uint64, arrival time.Time, pos Pos) (bool, error) {
	var key []byte
	// A copy appended earlier but stamped up to an hour later (the other
	// source topic can run a little ahead) is found too.
	first, last := dayHourOf(arrival.Add(-s.horizon)), dayHourOf(arrival.Add(time.Hour))
	for day := first; day <= last; day += 24 {
		key = idKey(key[:0], day, part, h)
		v, closer, err := s.db.Get(key)
		if errors.Is(err, pebble.ErrNotFound) {
			continue
		}
		if err != nil {
			return false, fmt.Errorf("look up event id of %s: %w", domain, err)
		}
		ok := len(v) == posLen
		var p pendingID
		if ok {
			p.arrival = int64(binary.BigEndian.Uint64(v))
			p.pos = Pos{Source: Source(v[8]), Partition: part, Offset: int64(binary.BigEndian.Uint64(v[9:]))}
		}
		closer.Close()
		if !ok {
			return false, fmt.Errorf("%w: event id value of %d bytes for %s", ErrCorrupt, len(v), domain)
		}
		if p.differs(arrival.UnixNano(), pos, s.horizon) {
			return true, nil
		}
	}
	return false, nil
}

// Checkpoint returns the next offset of source partition part that the log
// has not read, and false when the log has no checkpoint for it (nothing
// was appended, or the partition was dropped): replay from the start of
// the topic.
func (s *Store) Checkpoint(src Source, part int32) (int64, bool, error) {
	return checkpointIn(s.db, src, part)
}

func checkpointIn(db *pebble.DB, src Source, part int32) (int64, bool, error) {
	v, closer, err := db.Get(checkpointKey(src, part))
	if errors.Is(err, pebble.ErrNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("read log checkpoint of %s partition %d: %w", src, part, err)
	}
	defer closer.Close()
	if len(v) != 8 || binary.BigEndian.Uint64(v) > math.MaxInt64 {
		return 0, false, fmt.Errorf("%w: log checkpoint of %s partition %d: %x", ErrCorrupt, src, part, v)
	}
	return int64(binary.BigEndian.Uint64(v)), true, nil
}

// bucketSpan returns the first and last hour that hold any key, and false
// when the store holds no attempt.
func (s *Store) bucketSpan() (lo, hi uint32, ok bool, err error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixLog}, UpperBound: []byte{prefixLog + 1}})
	if err != nil {
		return 0, 0, false, err
	}
	defer it.Close()
	if !it.First() {
		return 0, 0, false, it.Error()
	}
	if len(it.Key()) < 5 {
		return 0, 0, false, fmt.Errorf("%w: short key %x", ErrCorrupt, it.Key())
	}
	lo = binary.BigEndian.Uint32(it.Key()[1:5])
	if !it.Last() || len(it.Key()) < 5 {
		return 0, 0, false, fmt.Errorf("%w: no last key", ErrCorrupt)
	}
	hi = binary.BigEndian.Uint32(it.Key()[1:5])
	return lo, hi, true, it.Error()
}

// DropPartition removes every attempt, index entry and checkpoint of
// partition part. The processor calls it before rebuilding a partition's
// log from the start of the topics (the checkpoint is behind the topics'
// start, or the topics were recreated), which is rare: the attempt keys
// are in arrival order across partitions, so each hour's attempts of the
// partition are found through its domain keys and deleted one by one,
// and the domain, recipient and id keys go by range deletion. Message
// keys are not per partition and stay: a query that follows one to a
// deleted attempt finds nothing there and goes on.
func (s *Store) DropPartition(ctx context.Context, part int32) error {
	lo, hi, ok, err := s.bucketSpan()
	if err != nil {
		return fmt.Errorf("drop partition %d of the log store: %w", part, err)
	}
	b := s.db.NewBatch()
	defer b.Close()
	if ok {
		it, err := s.db.NewIter(nil)
		if err != nil {
			return fmt.Errorf("drop partition %d of the log store: %w", part, err)
		}
		defer it.Close()
		ab := s.adb.NewBatch()
		defer ab.Close()
		var akey []byte
		for h := lo; h <= hi && h >= lo; h++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			for _, kind := range []byte{kindDomain, kindID, kindRecipient} {
				start := binary.BigEndian.AppendUint32(appendBucket(nil, h, kind), uint32(part))
				end := prefixEnd(start)
				if kind == kindDomain {
					it.SetBounds(start, end)
					for valid := it.First(); valid; valid = it.Next() {
						v, err := it.ValueAndErr()
						if err == nil {
							akey, err = attemptRef(akey[:0], v)
						}
						if err != nil {
							return fmt.Errorf("drop partition %d of the log store: %w", part, err)
						}
						if err := ab.Delete(akey, nil); err != nil {
							return err
						}
					}
					if err := it.Error(); err != nil {
						return fmt.Errorf("drop partition %d of the log store: %w", part, err)
					}
				}
				if err := b.DeleteRange(start, end, nil); err != nil {
					return err
				}
			}
		}
		if err := ab.Commit(pebble.NoSync); err != nil {
			return fmt.Errorf("drop partition %d of the log store: %w", part, err)
		}
	}
	for _, src := range []Source{SourceDeliveries, SourceRepartition} {
		if err := b.Delete(checkpointKey(src, part), nil); err != nil {
			return err
		}
	}
	if err := b.Commit(pebble.NoSync); err != nil {
		return fmt.Errorf("drop partition %d of the log store: %w", part, err)
	}
	s.log.Info("dropped a partition's logs", "partition", part)
	return nil
}

// Expire deletes every hour that ended before the retention: one range
// deletion for all domains, partitions and kinds of keys. Pebble frees the
// disk of whole files the deletion covers without reading them
// (delete-only compactions), and drops the rest as compactions reach
// them. It returns the first hour kept.
func (s *Store) Expire(ctx context.Context) (time.Time, error) {
	if err := ctx.Err(); err != nil {
		return time.Time{}, err
	}
	cutoff := hourOf(s.now().Add(-s.retention))
	start := []byte{prefixLog}
	end := binary.BigEndian.AppendUint32([]byte{prefixLog}, cutoff)
	// The attempts go by the hour they were appended in, which is not
	// before their arrival's (but for a producer's clock ahead of this
	// one): none goes before the keys that find it.
	for _, db := range []*pebble.DB{s.db, s.adb} {
		if err := db.DeleteRange(start, end, pebble.NoSync); err != nil {
			return time.Time{}, fmt.Errorf("expire logs before %s: %w", time.Unix(int64(cutoff)*3600, 0).UTC(), err)
		}
	}
	return time.Unix(int64(cutoff)*3600, 0).UTC(), nil
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

// Compact compacts the whole store, so that deleted ranges free their
// space now (tests and benchmarks; Pebble does it on its own over time).
func (s *Store) Compact(ctx context.Context) error {
	if err := s.Flush(); err != nil {
		return err
	}
	if err := s.adb.Compact(ctx, []byte{0}, []byte{0xff}, false); err != nil {
		return err
	}
	return s.db.Compact(ctx, []byte{0}, []byte{0xff}, false)
}

// DiskUsage returns the bytes of the store's files (tables, manifests,
// options): what it takes on disk. Obsolete files Pebble has not yet
// removed count too.
func (s *Store) DiskUsage() (uint64, error) {
	var n uint64
	for _, dir := range []string{s.dir, filepath.Join(s.dir, attemptsDir)} {
		ents, err := os.ReadDir(dir)
		if err != nil {
			return 0, fmt.Errorf("log store disk usage: %w", err)
		}
		for _, e := range ents {
			if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() {
				n += uint64(fi.Size())
			}
		}
	}
	return n, nil
}

// Stats summarises the store's write work since Open for benchmarks and
// operators: bytes flushed and rewritten by compactions, the write
// amplification, and the compaction debt (bytes Pebble estimates it still
// has to rewrite).
func (s *Store) Stats() string {
	var out []string
	for _, d := range []struct {
		name string
		db   *pebble.DB
	}{{"keys", s.db}, {"attempts", s.adb}} {
		m := d.db.Metrics()
		t := m.Total()
		out = append(out, fmt.Sprintf("%s: flushed %d MiB, compacted %d MiB, moved %d MiB, write amplification %.2f, %d L0 files in %d sublevels, compaction debt %d MiB, %d compactions",
			d.name, m.Levels[0].TableBytesFlushed>>20, t.TableBytesCompacted>>20, t.TableBytesMoved>>20, t.WriteAmp(),
			m.Levels[0].TablesCount, m.Levels[0].Sublevels, m.Compact.EstimatedDebt>>20, m.Compact.Count))
	}
	return "log store " + strings.Join(out, "; ")
}

// pebbleLogger sends Pebble's logs to slog.
type pebbleLogger struct{ log *slog.Logger }

func (l pebbleLogger) Infof(format string, args ...any) { l.log.Debug(fmt.Sprintf(format, args...)) }
func (l pebbleLogger) Errorf(format string, args ...any) {
	l.log.Error(fmt.Sprintf(format, args...))
}
func (l pebbleLogger) Fatalf(format string, args ...any) {
	// Pebble calls Fatalf only for unrecoverable corruption, after which it
	// must not continue.
	l.log.Error(fmt.Sprintf(format, args...))
	panic(fmt.Sprintf(format, args...))
}
