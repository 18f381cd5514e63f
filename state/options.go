package state

import (
	"log/slog"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/bloom"
	"github.com/cockroachdb/pebble/v2/sstable"
)

// blockCacheSize is the store's default Pebble block cache, in bytes:
// enough for the index and filter blocks of a million domains' state and
// the data blocks of the domains read most.
const blockCacheSize = 64 << 20

// Option configures Open.
type Option func(*options)

type options struct {
	cache, memtable int64
}

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
		Logger: pebbleLogger{log.With("component", "pebble")},
		// The store is rebuilt from the changelog after any loss, so a
		// larger memtable (fewer flushes and compactions under a high
		// write rate) is cheaper than it looks.
		MemTableSize: uint64(max(o.memtable, 4<<20)),
		// The working set (a window and the live-log chunks of its last 25
		// attempts per domain) is rewritten constantly; letting L0 hold more files before
		// compacting means each compaction drops more overwritten values
		// instead of rewriting the same keys again and again.
		L0CompactionThreshold: 8,
		L0StopWritesThreshold: 64,
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
