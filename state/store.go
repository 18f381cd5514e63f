package state

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/mailflow/mailflow/internal/quarantine"

	"github.com/mailflow/mailflow/schemas"
)

// Store is the Pebble database of one instance. It holds the state of every
// partition the instance owns (and, harmlessly, stale state of partitions it
// owned before: a checkpoint says how far each is, and restore brings a
// partition up to date before it is used again).
//
// A Store is safe for concurrent use: the processor writes batches while
// API handlers read.
type Store struct {
	db *pebble.DB
	// dir is the store's directory; opts the options it was opened with
	// (defaults filled in) and memtable the size of one memtable, which
	// size the tables a Loader builds (see ingest.go).
	dir      string
	opts     *pebble.Options
	memtable int64
	// known holds every domain with a state record (see knownDomains).
	known *knownDomains
	// closeFlush bounds Close's flush (WithCloseFlushTimeout).
	closeFlush time.Duration
	// spare is the Pebble batch of the last committed sized batch, reset,
	// for the next NewBatchWithSize (see Batch.Commit).
	spare atomic.Pointer[pebble.Batch]
}

// Open opens (creating if needed) the store in dir.
func Open(dir string, log *slog.Logger, opt ...Option) (*Store, error) {
	o := options{cache: blockCacheSize, memtable: 128 << 20, known: knownDomainsLimit, closeFlush: closeFlushTimeout}
	for _, f := range opt {
		f(&o)
	}
	opts := pebbleOptions(o, log)
	// A damaged store is set aside and restored from the changelog
	// rather than stopping every start (see package quarantine).
	opts.EventListener = quarantine.Listener(dir, "state store", log)
	db, err := quarantine.Open(dir, "state store", opts, log, time.Now())
	if err != nil {
		return nil, fmt.Errorf("open state store %s: %w", dir, err)
	}
	// Releases before the log store kept each domain's live log in
	// chunks here; the log store serves it now. Damage met on the way is
	// set aside at once, rather than at the next start.
	if err := dropLegacy(db); quarantine.Damaged(err) {
		if db, err = quarantine.Reopen(db, dir, "state store", opts, log, time.Now()); err != nil {
			return nil, fmt.Errorf("open state store %s: %w", dir, err)
		}
	} else if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("open state store %s: drop the live-log chunks of an older release: %w", dir, err)
	}
	// A restore that stopped while building a table left it behind.
	if err := os.RemoveAll(filepath.Join(dir, ingestDir)); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("open state store %s: remove the tables of an interrupted restore: %w", dir, err)
	}
	full := opts.Clone()
	full.EnsureDefaults()
	s := &Store{db: db, dir: dir, opts: full, memtable: int64(opts.MemTableSize), known: newKnownDomains(o.known), closeFlush: o.closeFlush}
	s.known.start(db)
	return s, nil
}

// dropLegacy deletes the live-log chunks of an older release, if any.
func dropLegacy(db *pebble.DB) error {
	lower := []byte{prefixLive}
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: prefixEnd(lower)})
	if err != nil {
		return err
	}
	found := it.First()
	if err := it.Close(); err != nil || !found {
		return err
	}
	return db.DeleteRange(lower, prefixEnd(lower), pebble.NoSync)
}

// Close flushes and closes the store. Without a write-ahead log, the flush
// is what keeps the latest writes across a clean restart. A flush that
// does not end within the close timeout (WithCloseFlushTimeout) is given
// up, and the store left open: Close then returns an error saying so
// (review S26A-5: a data directory removed under a running instance made
// Pebble retry the flush without end, and the process never exited).
func (s *Store) Close() error {
	s.known.close()
	// The spare batch holds no resource of the DB's, only a buffer.
	s.spare.Store(nil)
	flushed := make(chan error, 1)
	go func() { flushed <- s.db.Flush() }()
	select {
	case ferr := <-flushed:
		if err := s.db.Close(); err != nil {
			return err
		}
		return ferr
	case <-time.After(s.closeFlush):
		// Pebble's Close would wait for the same flush. The store is a
		// view of the changelog: what it lacks, restore replays.
		return fmt.Errorf("close state store %s: its memtables did not flush within %s (the directory removed, a full or failing disk?); left open, the next start restores what it lacks from the changelog",
			s.dir, s.closeFlush)
	}
}

func (s *Store) get(key []byte, decode func([]byte) error) (bool, error) {
	v, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer closer.Close()
	return true, decode(v)
}

// Window returns the stored window of domain, or nil when the domain has
// had no attempt.
func (s *Store) Window(domain string) (*Window, error) {
	var w *Window
	_, err := s.get(WindowKey(domain), func(v []byte) (err error) {
		w, err = DecodeWindow(v)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read window of %s: %w", domain, err)
	}
	return w, nil
}

// State returns domain's window and the event ids counted for it within
// the dedupe horizon, from its state record and, when the record says the
// domain has any (or is of an older release that kept every id in chunks),
// its seen-ids chunks. The window is nil, and the set empty, for a domain
// that has had no attempt. A corrupt value fails wrapping ErrCorrupt.
func (s *Store) State(domain string) (*Window, *SeenIDs, error) {
	var (
		w     *Window
		seen  *SeenIDs
		known bool
	)
	found, err := s.get(WindowKey(domain), func(v []byte) (err error) {
		w, seen, known, err = DecodeState(v)
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read state of %s: %w", domain, err)
	}
	if !found {
		return nil, &SeenIDs{}, nil
	}
	if known && seen.declared == 0 {
		return w, seen, nil
	}
	r := chunkReader{db: s.db}
	err = r.load(domain, seen)
	if cerr := r.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, nil, err
	}
	return w, seen, nil
}

// States reads the state of each of domains and calls fn with its index
// in domains and what State would return for it: the window (nil for a
// domain that has had no attempt), the seen ids, and a decoding error
// wrapping ErrCorrupt for a corrupt record, which the caller may
// quarantine. An error of the store itself ends the reads and is
// returned.
//
// Each domain is a point read (DB.Get), which stops at the newest level
// that holds its key. An iterator seeking from domain to domain in key
// order, which States used before, positions every level at each seek,
// so a domain written since the last compaction also cost a block of the
// base level: at 1,000,000 domains × 2 attempts (mailflow bench) the
// reads took 9.5–10.0 CPU µs per event with the iterator and 5.7 with
// point reads, and the processor's rate rose from 66–68k to 77–82k
// events/s. Each domain is read as the store is at its read: a domain of
// the processor's pending transaction comes from memory, not from here
// (processor's shard.domain).
func (s *Store) States(domains []string, fn func(i int, w *Window, seen *SeenIDs, err error)) error {
	return s.StatesAttached(domains, nil, fn)
}

// StatesAttached is States for a caller that keeps the seen ids in a
// SeenTable: attach, when not nil, is called with each decoded set before
// its chunks are read, so that a set it attaches (SeenIDs.Attach) takes
// the chunks' ids into its table as they are read. A set on its own
// gathers every id of its chunks into a slice and, past seenIndexMin, a
// hash index on the Go heap, which Attach then copies into the table and
// drops: for a domain of a million ids, 8 MB of slice and 16 MB of index
// made and thrown away on every read (the processor reads a domain again
// whenever its table outgrew the memory budget and was dropped, see
// processor's dropSeenTables). fn is called as by States; a set whose
// chunks fail to decode may have put some of their ids in the table
// (ids that were counted).
func (s *Store) StatesAttached(domains []string, attach func(i int, seen *SeenIDs), fn func(i int, w *Window, seen *SeenIDs, err error)) error {
	chunks := chunkReader{db: s.db}
	defer chunks.close()
	var key []byte
	for i, d := range domains {
		if !s.known.mayHave(d) {
			fn(i, nil, &SeenIDs{}, nil) // never written (see knownDomains)
			continue
		}
		key = AppendWindowKey(key[:0], d)
		// A point read (DB.Get) stops at the newest level holding the
		// key, where an iterator's seek positions every level: a domain
		// written since the last compaction is found in a memtable or
		// L0 without reading the base level's block.
		var (
			w      *Window
			seen   *SeenIDs
			known  bool
			decErr error
		)
		found, err := s.get(key, func(v []byte) error {
			w, seen, known, decErr = DecodeState(v)
			return nil
		})
		if err != nil {
			return fmt.Errorf("read state of %s: %w", d, err)
		}
		if !found {
			fn(i, nil, &SeenIDs{}, nil)
			continue
		}
		if decErr != nil {
			fn(i, nil, nil, fmt.Errorf("read state of %s: %w", d, decErr))
			continue
		}
		if !known || seen.declared > 0 {
			if attach != nil {
				attach(i, seen)
			}
			if err := chunks.load(d, seen); err != nil {
				if errors.Is(err, ErrCorrupt) {
					fn(i, nil, nil, err)
					continue
				}
				return err
			}
		}
		fn(i, w, seen, nil)
	}
	return nil
}

// SeenIDs returns the event ids counted for domain within the dedupe
// horizon, from its stored seen-ids chunks (see seen.go); an empty set for
// a domain with none.
func (s *Store) SeenIDs(domain string) (*SeenIDs, error) {
	_, seen, err := s.State(domain)
	return seen, err
}

// WithLocalSeen returns the value to store for a changelog record
// key/value that a restore applies: for a domain's state record, the
// record with the seen ids of the domain's state value in the store
// appended (see the function WithLocalSeen); any other record as it is.
// The changelog does not carry the seen ids, and replaying it over a
// store must not drop those the store holds. A corrupt stored value is
// not carried over (the record is returned as it is); an error is the
// store's.
func (s *Store) WithLocalSeen(key, value []byte) ([]byte, error) {
	if len(key) < 2 || key[0] != prefixWindow || value == nil {
		return value, nil
	}
	var out []byte
	_, err := s.get(key, func(local []byte) error {
		merged, err := WithLocalSeen(value, local)
		if err != nil {
			// The record was checked (CheckRecord): the stored value is
			// the corrupt one, and the record replaces it.
			merged = value
		}
		out = merged
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the stored state of %s: %w", key[1:], err)
	}
	if out == nil {
		out = value
	}
	return out, nil
}

// Input sources of InputCheckpoint: the topics whose partition p holds
// the events of partition p's domains.
const (
	InputDeliveries  byte = 'd'
	InputRepartition byte = 'r'
)

// InputCheckpoint returns the offset of input partition p of source src
// (InputDeliveries or InputRepartition) up to which (exclusive) the seen
// ids of the events there are in the store, and whether the store has
// one (see Batch.SetInputCheckpoint).
func (s *Store) InputCheckpoint(p int32, src byte) (int64, bool, error) {
	var off int64
	found, err := s.get(inputKey(p, src), func(v []byte) (err error) {
		off, err = DecodeCheckpoint(v)
		return err
	})
	if err != nil {
		return 0, false, fmt.Errorf("read the input checkpoint of partition %d (%c): %w", p, src, err)
	}
	return off, found, nil
}

// CheckpointApplied returns when partition p's checkpoint was last
// advanced (the zero time when never, or by a store of an older release).
// Restore compares it with the changelog's delete.retention.ms: a store
// whose checkpoint is older may have missed tombstones that compaction
// has since removed.
func (s *Store) CheckpointApplied(p int32) (time.Time, error) {
	var at time.Time
	_, err := s.get(appliedKey(p), func(v []byte) error {
		if len(v) != 8 {
			return fmt.Errorf("%w: checkpoint time of %d bytes", ErrCorrupt, len(v))
		}
		at = time.UnixMilli(int64(binary.BigEndian.Uint64(v)))
		return nil
	})
	if err != nil {
		return time.Time{}, fmt.Errorf("read checkpoint time of partition %d: %w", p, err)
	}
	return at, nil
}

// DropPartition deletes every key of partition p — state records, seen
// ids, index entries, the checkpoint and the input checkpoints — so that a restore rebuilds
// it from the start of the changelog. partitionOf maps a domain to its
// partition. Windows, live logs and seen ids are keyed by domain alone,
// so it reads every key of those kinds: a rare operation (a store that
// fell behind the changelog's compaction), reported by the caller.
func (s *Store) DropPartition(p int32, partitionOf func(domain string) int32) (deleted int, err error) {
	b := s.db.NewBatch()
	defer func() { _ = b.Close() }()
	del := func(k []byte) error {
		deleted++
		return b.Delete(k, nil)
	}
	it, err := s.db.NewIter(nil)
	if err != nil {
		return 0, fmt.Errorf("drop partition %d: %w", p, err)
	}
	for ok := it.First(); ok; ok = it.Next() {
		k := it.Key()
		var domain string
		switch k[0] {
		case prefixWindow:
			domain = string(k[1:])
		case prefixSeen, prefixLocalSeen:
			i := bytes.IndexByte(k[1:], 0)
			if i < 0 {
				continue
			}
			domain = string(k[1 : 1+i])
		default:
			continue
		}
		if partitionOf(domain) == p {
			if err := del(bytes.Clone(k)); err != nil {
				_ = it.Close()
				return 0, err
			}
		}
	}
	if err := it.Close(); err != nil {
		return 0, fmt.Errorf("drop partition %d: %w", p, err)
	}
	for _, st := range []schemas.Status{schemas.StatusGood, schemas.StatusBad} {
		prefix := indexPrefix(p, st)
		if err := b.DeleteRange(prefix, prefixEnd(prefix), nil); err != nil {
			return 0, err
		}
	}
	if err := del(checkpointKey(p)); err != nil {
		return 0, err
	}
	if err := del(appliedKey(p)); err != nil {
		return 0, err
	}
	for _, src := range []byte{InputDeliveries, InputRepartition} {
		if err := del(inputKey(p, src)); err != nil {
			return 0, err
		}
		if err := del(AppendPositionKey(nil, p, src)); err != nil {
			return 0, err
		}
	}
	if err := b.Commit(pebble.NoSync); err != nil {
		return 0, fmt.Errorf("drop partition %d: %w", p, err)
	}
	return deleted, nil
}

// Checkpoint returns the changelog offset partition p's state reflects: the
// offset of the next changelog record to apply, 0 for a partition never
// seen.
func (s *Store) Checkpoint(p int32) (int64, error) {
	var off int64
	_, err := s.get(checkpointKey(p), func(v []byte) (err error) {
		off, err = DecodeCheckpoint(v)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("read checkpoint of partition %d: %w", p, err)
	}
	return off, nil
}

// Domains lists, in name order, up to limit domains of partition p whose
// status is status, starting after the domain named after ("" for the
// first page).
func (s *Store) Domains(p int32, status schemas.Status, after string, limit int) ([]string, error) {
	prefix := indexPrefix(p, status)
	lower := prefix
	if after != "" {
		lower = append(AppendIndexKey(nil, p, status, after), 0)
	}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: prefixEnd(prefix)})
	if err != nil {
		return nil, fmt.Errorf("list %s domains of partition %d: %w", status, p, err)
	}
	defer it.Close()
	var out []string
	for ok := it.First(); ok && len(out) < limit; ok = it.Next() {
		out = append(out, string(it.Key()[len(prefix):]))
	}
	return out, it.Error()
}

// CountByStatus counts the domains of partition p with status status.
func (s *Store) CountByStatus(p int32, status schemas.Status) (int, error) {
	prefix := indexPrefix(p, status)
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: prefix, UpperBound: prefixEnd(prefix)})
	if err != nil {
		return 0, fmt.Errorf("count %s domains of partition %d: %w", status, p, err)
	}
	defer it.Close()
	n := 0
	for ok := it.First(); ok; ok = it.Next() {
		n++
	}
	return n, it.Error()
}

// Batch collects writes that become visible together when committed. The
// processor fills one per transaction with exactly the changelog records it
// produced, plus the checkpoint of each partition.
type Batch struct {
	b     *pebble.Batch
	known *knownDomains
	// spare is where Commit leaves the Pebble batch for the store's next
	// sized batch; nil for a batch of NewBatch.
	spare *atomic.Pointer[pebble.Batch]
}

// NewBatch returns an empty batch; Commit or Close must be called.
func (s *Store) NewBatch() *Batch { return &Batch{b: s.db.NewBatch(), known: s.known} }

// NewBatchWithSize returns an empty batch with room for at least size
// bytes of keys and values, which saves regrowing a large batch. It is
// the buffer of the previous sized batch committed when that has the room
// (see Batch.Commit), else a new one with a quarter more, so that batches
// a little larger than the last do not each allocate anew. Pebble's own
// pool of batches is a sync.Pool, which the garbage collector empties
// within two collections: at a million cold domains, where it collects
// about every transaction, a 2 MiB batch was allocated anew for nearly
// every transaction (115 bytes of the Go heap's 1,180 per event; mailflow
// bench --domains 1000000 --memprofile).
func (s *Store) NewBatchWithSize(size int) *Batch {
	if pb := s.spare.Swap(nil); pb != nil {
		if cap(pb.Repr()) >= size {
			return &Batch{b: pb, known: s.known, spare: &s.spare}
		}
		_ = pb.Close()
	}
	pb := s.db.NewBatchWithSize(size+size/4, pebble.WithMaxRetainedSizeBytes(batchMaxRetained))
	return &Batch{b: pb, known: s.known, spare: &s.spare}
}

// batchMaxRetained is the largest batch buffer kept for the next batch
// once one is committed or closed (Pebble's default is 1 MiB). At a
// million cold domains a transaction's batch is about 2 MiB. The buffer
// kept is Go heap that no share of the memory budget sizes: one
// transaction's store writes, beside the next one's.
const batchMaxRetained = 32 << 20

// minSpareBatch is the smallest buffer Commit keeps for the next sized
// batch: a batch too large for a memtable is applied as one, Pebble takes
// its buffer, and Reset leaves an empty one.
const minSpareBatch = 64 << 10

// Put sets key to value, or deletes key when value is nil (a changelog
// tombstone).
func (b *Batch) Put(key, value []byte) error {
	if value == nil {
		return b.b.Delete(key, nil)
	}
	if len(key) >= 2 && key[0] == prefixWindow {
		// Known before it is written (see knownDomains).
		b.known.add(key[1:])
	}
	return b.b.Set(key, value, nil)
}

// SetIndex moves domain of partition p in the status index from status
// from to status to (from StatusUnknown: it was not listed). The index is
// derived from the state records (see PutRecord), never written to the
// changelog: a status change costs the changelog nothing beyond the
// domain's state record.
func (b *Batch) SetIndex(p int32, from, to schemas.Status, domain string) error {
	var k [64]byte
	if from != schemas.StatusUnknown && from != to {
		if err := b.b.Delete(AppendIndexKey(k[:0], p, from, domain), nil); err != nil {
			return err
		}
	}
	if to == schemas.StatusUnknown {
		return nil
	}
	return b.b.Set(AppendIndexKey(k[:0], p, to, domain), []byte{1}, nil)
}

// PutRecord applies one changelog record of partition p, as restore does:
// Put, and for a domain's state record also its entry in the status
// index, which the changelog does not carry. The record's status is read
// from its second byte (a record CheckRecord accepted), and the domain is
// removed from the other status's list without reading the store: a
// restore applies a domain's records in changelog order, so the last one
// decides.
func (b *Batch) PutRecord(p int32, key, value []byte) error {
	if err := b.Put(key, value); err != nil {
		return err
	}
	if len(key) < 2 || key[0] != prefixWindow || len(value) < 2 {
		return nil
	}
	domain := string(key[1:])
	// The status is the byte's low bits; the detection flags (delayed,
	// silent) are above them.
	switch st := schemas.Status(value[1] & (1<<statusBits - 1)); st {
	case schemas.StatusGood:
		return b.SetIndex(p, schemas.StatusBad, schemas.StatusGood, domain)
	case schemas.StatusBad:
		return b.SetIndex(p, schemas.StatusGood, schemas.StatusBad, domain)
	}
	return nil
}

// SetCheckpoint records that partition p's state now reflects the changelog
// up to (not including) offset next, and that it was advanced at now.
func (b *Batch) SetCheckpoint(p int32, next int64, now time.Time) error {
	if err := b.b.Set(checkpointKey(p), binary.BigEndian.AppendUint64(nil, uint64(next)), nil); err != nil {
		return err
	}
	return b.b.Set(appliedKey(p), binary.BigEndian.AppendUint64(nil, uint64(now.UnixMilli())), nil)
}

// SetInputCheckpoint records that the seen ids of the events of input
// partition p of source src (InputDeliveries or InputRepartition) before
// offset next are in the store: the processor's next input offset after
// the transaction whose writes the batch holds, or where a recovery of
// the seen ids from the input topics got to.
func (b *Batch) SetInputCheckpoint(p int32, src byte, next int64) error {
	return b.b.Set(inputKey(p, src), binary.BigEndian.AppendUint64(nil, uint64(next)), nil)
}

// Size returns the bytes of the batch's representation (what
// Store.NewBatchWithSize reserves room for); 0 once committed.
func (b *Batch) Size() int {
	if b.b == nil {
		return 0
	}
	return b.b.Len()
}

// Len returns the number of writes in the batch; 0 once committed.
func (b *Batch) Len() int {
	if b.b == nil {
		return 0
	}
	return int(b.b.Count())
}

// Commit applies the batch atomically and closes it (a sized batch's
// buffer is kept for the store's next one, see NewBatchWithSize). Nothing
// is synced to disk (see Open): a write lost to a crash loses its
// checkpoint with it, and restore replays those records.
func (b *Batch) Commit() error {
	// Give up the batch before closing it, so that a later Close (callers
	// defer one) cannot return it to Pebble's pool a second time while
	// another store is already using it.
	pb := b.b
	b.b = nil
	if err := pb.Commit(pebble.NoSync); err != nil {
		_ = pb.Close()
		return fmt.Errorf("commit state batch: %w", err)
	}
	// Reset keeps the buffer (up to batchMaxRetained) unless the commit
	// still holds it: a batch too large for a memtable is applied as one
	// (Pebble then takes its buffer), and WAL failover may read it later.
	if b.spare != nil {
		pb.Reset()
		if cap(pb.Repr()) >= minSpareBatch {
			pb = b.spare.Swap(pb)
		}
	}
	if pb != nil {
		_ = pb.Close() // a batch's Close fails only when closed before
	}
	return nil
}

// Close discards an uncommitted batch.
func (b *Batch) Close() {
	if b.b != nil {
		_ = b.b.Close()
	}
}

// prefixEnd returns the smallest key greater than every key with prefix.
func prefixEnd(prefix []byte) []byte {
	end := bytes.Clone(prefix)
	for i := len(end) - 1; i >= 0; i-- {
		end[i]++
		if end[i] != 0 {
			return end[:i+1]
		}
	}
	return nil
}
