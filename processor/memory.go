package processor

import (
	"fmt"
)

// DefaultMemoryLimit is the memory budget of an instance when none is
// given (mailflow run --memory-limit): 384 MiB, so that an instance stays
// near 400 MiB of resident memory with the Go runtime's own overhead.
const DefaultMemoryLimit = 384 << 20

// MinMemoryLimit is the smallest budget NewMemoryBudget accepts.
const MinMemoryLimit = 128 << 20

// windowCacheEntryBytes is what one cached domain costs in memory: its
// window of up to 25 entries, its last response and failure, its seen
// ids, the cache's map entry and the Go heap's slack (measured with
// mailflow bench at 10,000 and 1,000,000 domains).
const windowCacheEntryBytes = 1 << 10

// MemoryBudget divides one memory budget, in bytes, between the parts of
// an instance that hold memory, so that a single setting bounds the whole
// process whatever the number of domains:
//
//   - the state store's Pebble block cache (1/16) and memtables (1/32
//     each; Pebble holds up to two while one is flushed),
//   - the log store's block cache (1/32) and memtables (1/64 each: two for
//     its index and two of half that for its attempts database, which
//     logstore.Open sizes from the same figure),
//   - the window cache (1/16, about 1 KiB per cached domain, in the Go
//     heap),
//   - and the Go heap, whose soft limit (runtime/debug.SetMemoryLimit,
//     GOMEMLIMIT) is what is left after the parts Pebble allocates outside
//     it and 1/16 for the runtime's stacks and metadata: about three
//     quarters. The fetched records live there: franz-go's decompressed
//     batches, buffered ahead and held by two transactions, were 100 MiB
//     of the heap in mailflow bench; a tighter heap limit makes the
//     garbage collector run all the time (2× the CPU per event measured
//     with a Go heap of 200 MiB).
//
// Pebble's caches and memtables are allocated outside the Go heap (C
// memory when cgo is on), so the Go limit does not count them.
type MemoryBudget struct {
	// Total is the whole budget.
	Total int64
	// StateCache and StateMemTable size the state store (state.Open).
	StateCache, StateMemTable int64
	// LogCache and LogMemTable size the log store (logstore.Open).
	LogCache, LogMemTable int64
	// WindowCache is the number of domains whose state stays in memory
	// (Config.CacheSize).
	WindowCache int
	// GoHeap is the soft limit of the Go heap.
	GoHeap int64
}

// NewMemoryBudget divides total bytes (see MemoryBudget). It fails for a
// total below MinMemoryLimit, where the parts would be too small to work.
func NewMemoryBudget(total int64) (MemoryBudget, error) {
	if total < MinMemoryLimit {
		return MemoryBudget{}, fmt.Errorf("memory limit %d MiB is below the %d MiB an instance needs", total>>20, MinMemoryLimit>>20)
	}
	b := MemoryBudget{
		Total:         total,
		StateCache:    total / 16,
		StateMemTable: total / 32,
		LogCache:      total / 32,
		LogMemTable:   total / 64,
		WindowCache:   int(total / 16 / windowCacheEntryBytes),
	}
	offHeap := b.StateCache + 2*b.StateMemTable + b.LogCache + 3*b.LogMemTable
	b.GoHeap = total - offHeap - total/16
	return b, nil
}
