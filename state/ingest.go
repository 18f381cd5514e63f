package state

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/objstorage/objstorageprovider"
	"github.com/cockroachdb/pebble/v2/sstable"
	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/mailflow/mailflow/schemas"
)

// ingestDir is the directory, inside the store's, where a Loader builds
// its tables before Pebble links them into the store.
const ingestDir = "ingest"

// minIngestBytes is the size of a run from which a Loader builds a table
// and ingests it instead of writing a batch: an ingest costs a file, its
// sync and a manifest update, and flushes a memtable that overlaps it.
const minIngestBytes = 4 << 20

// maxArena bounds the bytes a Loader holds, as its offsets are 32 bits.
const maxArena = math.MaxUint32 >> 1

// Loader applies changelog records to the store in bulk, as a restore
// does: what Batch.PutRecord would do for each record in turn, and the
// partitions' checkpoints, for the cost of a sort. Records are copied into
// one pointer-free arena (the garbage collector does not scan it, and the
// caller's fetch buffers are released at once); Commit sorts them by key,
// keeps the last record of each key, derives the status index entries as
// PutRecord does, and writes the result in key order: as a table that
// Pebble ingests (DB.Ingest), or as a batch for a small run. Either way
// the store ends up holding the same keys and values.
//
// A Loader is not safe for concurrent use; Close releases it.
type Loader struct {
	s     *Store
	arena []byte
	recs  []loadRec
	// index, cps and kbuf are Commit's lists of the derived index
	// entries, the checkpoints and the derived keys, reused run after
	// run.
	index []indexRec
	cps   []checkpointRec
	kbuf  []byte
	// indexRecords is set when the run holds a changelog record of the
	// status index (older releases wrote them): the derived entries
	// then always shadow what is stored, see derive.
	indexRecords bool
	// minIngest is the run size from which Commit ingests a table; tests
	// set it to force either path.
	minIngest int
	files     int
}

// loadRec is one changelog record of a Loader's run: its key and value
// are in the arena.
type loadRec struct {
	// prefix holds the key's first 8 bytes, big-endian and zero-padded,
	// which decide most comparisons of the sort.
	prefix uint64
	key    uint32
	keyLen uint32
	val    uint32
	valLen int32 // -1 for a tombstone
	part   int32
	seq    uint32 // position in the run: the later record of a key wins
}

// indexRec is a status index entry derived from the last state record
// (rec, an index into the sorted run) of a domain in a partition.
type indexRec struct {
	part   int32
	status schemas.Status
	rec    uint32
}

type checkpointRec struct {
	part int32
	next int64
}

// NewLoader returns an empty Loader of the store.
func (s *Store) NewLoader() *Loader {
	return &Loader{s: s, minIngest: minIngestBytes}
}

// RunBytes returns the bytes of records Put since the last Commit.
func (l *Loader) RunBytes() int { return len(l.arena) }

// Len returns the number of records Put since the last Commit.
func (l *Loader) Len() int { return len(l.recs) }

// RunLimit returns the bytes a run should hold at most before the caller
// commits it: the room of the store's memtables, which a restore does
// not fill (its tables bypass them), at least 8 MiB.
func (l *Loader) RunLimit() int {
	return int(min(max(2*l.s.memtable, 8<<20), maxArena/2))
}

// Put adds changelog record key/value of partition p (a nil value is a
// tombstone) to the run, copying both. It fails when the run outgrows
// the 2 GiB its offsets can address, and for a checkpoint key (wrapping
// ErrCorrupt), which Commit writes.
func (l *Loader) Put(p int32, key, value []byte) error {
	switch {
	case len(l.arena)+len(key)+len(value) > maxArena || len(l.recs) == math.MaxUint32:
		return fmt.Errorf("restore run of %d bytes is full", len(l.arena))
	case len(key) > 0 && (key[0] == prefixCheckpoint || key[0] == prefixApplied):
		// Commit writes the checkpoints; the changelog has none.
		return fmt.Errorf("%w: a checkpoint key is not a changelog record", ErrCorrupt)
	}
	if l.arena == nil {
		// A run fills up to RunLimit and a poll's worth beyond it:
		// growing the arena by doubling would copy it several times.
		l.arena = make([]byte, 0, l.RunLimit()+l.RunLimit()/4)
		l.recs = make([]loadRec, 0, l.RunLimit()/128)
	}
	var pre [8]byte
	copy(pre[:], key)
	r := loadRec{prefix: binary.BigEndian.Uint64(pre[:]), key: uint32(len(l.arena)), keyLen: uint32(len(key)), part: p, seq: uint32(len(l.recs)), valLen: -1}
	l.arena = append(l.arena, key...)
	if value != nil {
		r.val, r.valLen = uint32(len(l.arena)), int32(len(value))
		l.arena = append(l.arena, value...)
	}
	l.recs = append(l.recs, r)
	if len(key) > 0 && key[0] == prefixIndex {
		l.indexRecords = true
	}
	return nil
}

func (l *Loader) keyOf(r *loadRec) []byte { return l.arena[r.key : r.key+r.keyLen] }

func (l *Loader) valueOf(r *loadRec) []byte {
	if r.valLen < 0 {
		return nil
	}
	return l.arena[r.val : r.val+uint32(r.valLen)]
}

// Commit applies the run and sets each partition's checkpoint in
// checkpoints (the next changelog offset, advanced at now) with it,
// atomically: as one table ingested or one batch. The Loader is then
// empty, ready for the next run.
func (l *Loader) Commit(ctx context.Context, checkpoints map[int32]int64, now time.Time) error {
	l.cps = l.cps[:0]
	for p, next := range checkpoints {
		l.cps = append(l.cps, checkpointRec{p, next})
	}
	slices.SortFunc(l.cps, func(a, b checkpointRec) int { return cmp.Compare(a.part, b.part) })
	slices.SortFunc(l.recs, func(a, b loadRec) int {
		if c := cmp.Compare(a.prefix, b.prefix); c != 0 {
			return c
		}
		if c := bytes.Compare(l.keyOf(&a), l.keyOf(&b)); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	l.deriveIndex()
	var err error
	if len(l.arena) >= l.minIngest {
		err = l.ingest(ctx, now)
	} else {
		err = l.write(now)
	}
	l.arena, l.recs, l.index, l.indexRecords = l.arena[:0], l.recs[:0], l.index[:0], false
	return err
}

// deriveIndex fills l.index with the status index entries of the sorted
// run, ordered by partition and, within one, by domain. For each domain
// and partition the last state record with a status decides, as
// successive PutRecord calls would; a tombstone or a record of unknown
// status leaves the index as it was.
func (l *Loader) deriveIndex() {
	l.index = l.index[:0]
	var decided []int32
	for i := 0; i < len(l.recs); {
		key := l.keyOf(&l.recs[i])
		j := i + 1
		for j < len(l.recs) && bytes.Equal(l.keyOf(&l.recs[j]), key) {
			j++
		}
		if len(key) >= 2 && key[0] == prefixWindow {
			// Usually one record; several partitions only for records
			// written to the wrong one.
			decided = decided[:0]
			for k := j - 1; k >= i; k-- {
				r := &l.recs[k]
				st, ok := l.status(r)
				if !ok || slices.Contains(decided, r.part) {
					continue
				}
				decided = append(decided, r.part)
				l.index = append(l.index, indexRec{part: r.part, status: st, rec: uint32(k)})
			}
		}
		i = j
	}
	// A stable sort by partition keeps each partition's domains in key
	// order.
	slices.SortStableFunc(l.index, func(a, b indexRec) int { return cmp.Compare(a.part, b.part) })
}

// status returns the status a state record sets in the index (see
// PutRecord), ok false for one that sets none.
func (l *Loader) status(r *loadRec) (schemas.Status, bool) {
	if r.valLen < 2 {
		return 0, false
	}
	st := schemas.Status(l.arena[r.val+1] & (1<<statusBits - 1))
	return st, st == schemas.StatusGood || st == schemas.StatusBad
}

// derivedRec is a derived index key, in Loader.kbuf.
type derivedRec struct {
	key, keyLen uint32
	del         bool
	seq         uint32
}

// derive lists the keys of the derived index entries in key order: per
// partition, the good list then the bad one, each in domain order. A
// domain whose status is the other one gets a tombstone in a list when
// the store may hold it there: when the store has index entries of the
// partition (state restored before, or an earlier run), or the run has
// changelog records of the index, whose order against the derived
// entries the tombstones keep.
func (l *Loader) derive() ([]derivedRec, error) {
	var out []derivedRec
	l.kbuf = l.kbuf[:0]
	for i := 0; i < len(l.index); {
		p := l.index[i].part
		j := i
		for j < len(l.index) && l.index[j].part == p {
			j++
		}
		deletes := l.indexRecords
		if !deletes {
			var err error
			if deletes, err = l.s.hasIndex(p); err != nil {
				return nil, err
			}
		}
		for _, st := range []schemas.Status{schemas.StatusGood, schemas.StatusBad} {
			for _, e := range l.index[i:j] {
				if e.status != st && !deletes {
					continue
				}
				r := &l.recs[e.rec]
				start := len(l.kbuf)
				l.kbuf = append(l.kbuf, prefixIndex)
				l.kbuf = binary.BigEndian.AppendUint32(l.kbuf, uint32(p))
				l.kbuf = append(append(l.kbuf, byte(st)), l.keyOf(r)[1:]...)
				out = append(out, derivedRec{key: uint32(start), keyLen: uint32(len(l.kbuf) - start), del: e.status != st, seq: r.seq})
			}
		}
		i = j
	}
	return out, nil
}

// hasIndex reports whether the store has a status index entry of
// partition p.
func (s *Store) hasIndex(p int32) (bool, error) {
	lower := AppendIndexKey(nil, p, schemas.StatusUnknown, "")[:5]
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: prefixEnd(lower)})
	if err != nil {
		return false, fmt.Errorf("look for index entries of partition %d: %w", p, err)
	}
	found := it.First()
	if err := it.Close(); err != nil {
		return false, fmt.Errorf("look for index entries of partition %d: %w", p, err)
	}
	return found, nil
}

// emit calls set and del with every key the run writes, in key order:
// the checkpoints, the last record of each changelog key, and the
// derived index entries, merged. Where a changelog record of the index
// and a derived entry share a key, the later in the run wins.
func (l *Loader) emit(now time.Time, write func(k, v []byte) error, del func(k []byte) error) error {
	set := func(k, v []byte) error {
		if len(k) >= 2 && k[0] == prefixWindow {
			// Known before it is written (see knownDomains).
			l.s.known.add(k[1:])
		}
		return write(k, v)
	}
	derived, err := l.derive()
	if err != nil {
		return err
	}
	// The checkpoints: the 'C' keys, then the 'c' keys, each by
	// partition; the changelog holds neither.
	type fixed struct{ key, value []byte }
	cps := make([]fixed, 0, 2*len(l.cps))
	for _, c := range l.cps {
		cps = append(cps, fixed{appliedKey(c.part), binary.BigEndian.AppendUint64(nil, uint64(now.UnixMilli()))})
	}
	for _, c := range l.cps {
		cps = append(cps, fixed{checkpointKey(c.part), binary.BigEndian.AppendUint64(nil, uint64(c.next))})
	}
	ci, ri, di := 0, 0, 0
	// nextRec moves ri past the records of its key and returns the last.
	nextRec := func() *loadRec {
		key := l.keyOf(&l.recs[ri])
		for ri+1 < len(l.recs) && bytes.Equal(l.keyOf(&l.recs[ri+1]), key) {
			ri++
		}
		ri++
		return &l.recs[ri-1]
	}
	for ci < len(cps) || ri < len(l.recs) || di < len(derived) {
		var ck, rk, dk []byte
		if ci < len(cps) {
			ck = cps[ci].key
		}
		if ri < len(l.recs) {
			rk = l.keyOf(&l.recs[ri])
		}
		if di < len(derived) {
			d := &derived[di]
			dk = l.kbuf[d.key : d.key+d.keyLen]
		}
		switch {
		case ck != nil && (rk == nil || bytes.Compare(ck, rk) < 0) && (dk == nil || bytes.Compare(ck, dk) < 0):
			if err := set(ck, cps[ci].value); err != nil {
				return err
			}
			ci++
		case rk != nil && (dk == nil || bytes.Compare(rk, dk) <= 0):
			r := nextRec()
			if dk != nil && bytes.Equal(rk, dk) {
				d := &derived[di]
				di++
				if d.seq > r.seq {
					if err := l.putDerived(d, dk, set, del); err != nil {
						return err
					}
					continue
				}
			}
			var err error
			if r.valLen < 0 {
				err = del(rk)
			} else {
				err = set(rk, l.valueOf(r))
			}
			if err != nil {
				return err
			}
		default:
			if err := l.putDerived(&derived[di], dk, set, del); err != nil {
				return err
			}
			di++
		}
	}
	return nil
}

// indexValue is the value of a status index entry: one byte, so that it
// is not mistaken for a tombstone.
var indexValue = []byte{1}

func (l *Loader) putDerived(d *derivedRec, key []byte, set func(k, v []byte) error, del func(k []byte) error) error {
	if d.del {
		return del(key)
	}
	return set(key, indexValue)
}

// write applies the run as one batch.
func (l *Loader) write(now time.Time) error {
	b := l.s.db.NewBatchWithSize(len(l.arena) + len(l.index)*32 + 64)
	defer func() { _ = b.Close() }()
	err := l.emit(now, func(k, v []byte) error { return b.Set(k, v, nil) }, func(k []byte) error { return b.Delete(k, nil) })
	if err != nil {
		return fmt.Errorf("restore run: %w", err)
	}
	if err := b.Commit(pebble.NoSync); err != nil {
		return fmt.Errorf("restore run: commit: %w", err)
	}
	return nil
}

// ingest writes the run as a table in the store's ingest directory and
// has Pebble ingest it: a table of sorted keys is what a memtable flush
// would have built from a batch, without the memtable, the batch's sort
// or the flush.
func (l *Loader) ingest(ctx context.Context, now time.Time) (err error) {
	dir := filepath.Join(l.s.dir, ingestDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("restore run: %w", err)
	}
	l.files++
	path := filepath.Join(dir, "run-"+strconv.Itoa(l.files)+".sst")
	f, err := vfs.Default.Create(path, vfs.WriteCategoryUnspecified)
	if err != nil {
		return fmt.Errorf("restore run: %w", err)
	}
	defer func() { _ = os.Remove(path) }()
	if err := os.Chmod(path, 0o600); err != nil {
		_ = f.Close()
		return fmt.Errorf("restore run: %w", err)
	}
	w := sstable.NewWriter(objstorageprovider.NewFileWritable(f), l.s.opts.MakeWriterOptions(0, l.s.db.TableFormat()))
	err = l.emit(now, w.Set, w.Delete)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("restore run: build table %s: %w", path, err)
	}
	if err := l.s.db.Ingest(ctx, []string{path}); err != nil {
		return fmt.Errorf("restore run: ingest table of %d records: %w", len(l.recs), err)
	}
	return nil
}

// Close releases the Loader's memory; records Put since the last Commit
// are dropped.
func (l *Loader) Close() {
	l.arena, l.recs, l.index, l.kbuf = nil, nil, nil, nil
}
