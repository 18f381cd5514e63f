package state

import (
	"log/slog"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/bloom"
	"github.com/cockroachdb/pebble/v2/sstable"

	"github.com/mailflow/mailflow/internal/pebblelog"
)

// blockCacheSize is the store's default Pebble block cache, in bytes:
// enough for the index and filter blocks of a million domains' state and
// the data blocks of the domains read most.
const blockCacheSize = 64 << 20

// Option configures Open.
type Option func(*options)

type options struct {
	cache, memtable, known int64
	closeFlush             time.Duration
}

// closeFlushTimeout is the default bound of Close's flush (see
// WithCloseFlushTimeout).
const closeFlushTimeout = 10 * time.Second

// WithCloseFlushTimeout bounds the flush of the memtables at Close
// (default 10 s): past it Close gives the flush up and returns an error
// rather than wait on a flush Pebble retries without end (the data
// directory removed under a running store, a full or failing disk).
func WithCloseFlushTimeout(d time.Duration) Option { return func(o *options) { o.closeFlush = d } }

// knownDomainsLimit is the default bound of the memory the set of known
// domains may hold (see WithKnownDomainsLimit): 16 MiB, the table of
// about 2.6 million domains.
const knownDomainsLimit = 16 << 20

// WithKnownDomainsLimit bounds the memory, outside the Go heap, of the
// store's set of the domains that have a state record (see knownDomains;
// default 16 MiB). A store with more domains than fit drops the set and
// looks every domain up in Pebble, as without it; 0 or less: no set.
func WithKnownDomainsLimit(n int64) Option { return func(o *options) { o.known = n } }

// WithCacheSize sets the size of the store's block cache in bytes
// (default 64 MiB): the blocks it keeps, not counting the memtables,
// which Pebble charges to the same cache (see memTableReserve).
func WithCacheSize(n int64) Option { return func(o *options) { o.cache = n } }

// WithMemTableSize sets the size of each of the store's memtables in
// bytes (default 128 MiB; Pebble holds up to two while one is flushed).
func WithMemTableSize(n int64) Option { return func(o *options) { o.memtable = n } }

// memTableReserve returns the bytes of the block cache that Pebble sets
// aside for the memtables of a store opened with opts: it charges every
// memtable, the one being filled and those queued for a flush, to the
// block cache (pebble.DB's newMemTable calls Cache.Reserve), so a cache no
// larger than the memtables keeps no blocks at all. Measured at 1,000,000
// domains with a 24 MiB cache and two 12 MiB memtables: 1.3% of block
// reads hit the cache, and every seek read its Bloom filters from disk.
// Up to MemTableStopWritesThreshold memtables wait while one is flushed.
func memTableReserve(opts *pebble.Options) int64 {
	return int64(max(opts.MemTableStopWritesThreshold, 2)) * int64(opts.MemTableSize)
}

// pebbleOptions returns the Pebble options of a store opened with o.
func pebbleOptions(o options, log *slog.Logger) *pebble.Options {
	opts := &pebble.Options{
		Logger: pebblelog.New(log.With("component", "pebble"), ""),
		// The store is rebuilt from the changelog after any loss, so a
		// larger memtable (fewer flushes and compactions under a high
		// write rate) is cheaper than it looks.
		MemTableSize: uint64(max(o.memtable, 4<<20)),
		// Domains are written in no key order, so every L0 file spans
		// the whole key space and each L0 compaction rewrites the base
		// level under it (at a million domains that is L6, all of the
		// state). Letting L0 grow to 32 sublevels before compacting
		// merges four times as much into each rewrite: at 1,000,000
		// domains × 2 attempts, compactions wrote 1.2 GB instead of 2.6
		// GB and the store's CPU per event fell from 22-26 to 18-19 µs
		// (cmd/mailflow bench's store traffic alone; the extra sublevels
		// cost a Bloom filter check each, in the cache). An intermediate
		// level (LBaseMaxBytes 32 MiB) measured the same with L0 at 16 and
		// worse with L0 at 32.
		L0CompactionThreshold: 32,
		L0StopWritesThreshold: 128,
		LBaseMaxBytes:         256 << 20,
		// No write-ahead log: the store is a view of the changelog and
		// every batch carries the checkpoint of what it reflects. After a
		// crash Pebble comes back at the last flushed memtable, whose data
		// and checkpoints agree, and restore replays the rest.
		DisableWAL: true,
	}
	// Most lookups at a million domains are of a domain not in memory,
	// and half of those of one never seen: without filters every such
	// Get reads an index and a data block from each level and L0 file.
	opts.CacheSize = max(o.cache, 1<<20) + memTableReserve(opts)
	for i := range opts.Levels {
		opts.Levels[i].FilterPolicy = bloom.FilterPolicy(10)
		// Live-log chunks are short-lived (deleted or overwritten within
		// 25 attempts) and already leave out what repeats; compressing
		// them on every flush and compaction costs more CPU than the disk
		// it saves.
		opts.Levels[i].Compression = func() *sstable.CompressionProfile { return sstable.NoCompression }
	}
	return opts
}
