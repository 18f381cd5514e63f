package processor

import (
	"fmt"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/internal/kafkabatch"
)

// DefaultMemoryLimit is the memory budget of an instance when none is
// given (mailflow run --memory-limit): 384 MiB, so that an instance stays
// under 400 MiB of resident memory.
const DefaultMemoryLimit = 384 << 20

// MinMemoryLimit is the smallest budget NewMemoryBudget accepts.
const MinMemoryLimit = 128 << 20

// memoryReserve is the part of every budget that nothing is sized from:
// the pages of the mailflow binary that a running instance touches (33-34
// MiB of resident file pages measured with mailflow bench), the threads'
// C stacks and the C allocator's own bookkeeping. It is a constant, not a
// share: it is the same at 256 MiB and at 4 GiB.
const memoryReserve = 40 << 20

// windowCacheEntryBytes is what one cached domain costs in memory: its
// window of up to 25 entries, its last response and failure, its inline
// seen ids and chunk list (the ids themselves are in the seen tables), the cache's map entry and the Go heap's slack (measured with
// mailflow bench at 10,000 and 1,000,000 domains).
const windowCacheEntryBytes = 1 << 10

// fetchHeapFactor is how many bytes of Go heap one byte of a fetch's
// limit (FetchMaxBytes, compressed) keeps live while the processor runs:
// the delivery events decompress to about 15 times their compressed size
// (JSON with long SMTP responses, Snappy or LZ4), three fetches are held
// at once (the one franz-go buffers ahead, the one being evaluated and the
// previous transaction's, whose records are recycled when its store update
// is done), and each record's decoded event, changelog and log-store
// entries take about as much again. Measured with mailflow bench at 10,000
// domains: 47 MiB of decompressed batches live at a 1 MiB fetch, and 80-90
// MiB of heap per MiB of fetch in all.
const fetchHeapFactor = 96

// Fetch size bounds (compressed bytes, the unit of Kafka's fetch.max.bytes).
// Below minFetchBytes a transaction holds too few events for the cost of
// its commit; above maxFetchBytes a transaction outgrows a quarter of the
// transaction timeout on two cores (see pollSize).
const (
	minFetchBytes = 256 << 10
	maxFetchBytes = 16 << 20
)

// Shares of what is left of a budget after memoryReserve, in 1/1000. They
// add up to 1000 with the memtables counted as Pebble holds them (two
// state memtables, three log buffers); TestMemoryBudget checks that.
const (
	shareGoHeap        = 500 // the Go heap's soft limit
	shareSeenTable     = 110 // the seen ids' tables (SeenTable), outside the Go heap
	shareStateCache    = 130 // the state store's block cache, beside its memtables
	shareStateMemTable = 30  // each of the state store's two memtables
	shareLogCache      = 50  // the log store's block cache
	shareLogMemTable   = 20  // each of the log store's three buffer thirds
	sharePebbleSlack   = 90  // Pebble's own allocations beside the above, malloc's slack
)

// MemoryBudget divides one memory budget, in bytes, between the parts of an
// instance that hold memory, so that a single setting (mailflow run
// --memory-limit) bounds the resident size of the whole process whatever
// the number of domains.
//
// First a fixed reserve of 40 MiB is set aside for what no setting sizes:
// the binary's pages (33-34 MiB resident) and the C side's stacks and
// bookkeeping. What is left is divided in fixed shares:
//
//	share   part
//	50.0%   the Go heap's soft limit (GOMEMLIMIT, runtime/debug.SetMemoryLimit):
//	        fetched records, transactions, the window cache, the producer's buffer
//	11.0%   the seen event ids' tables of the duplicate check (SeenTable), outside
//	        the Go heap: 15–23 bytes an id of the dedupe horizon (10,000 domains of
//	        200 attempts a day take 36 MiB in mailflow bench); the state store's
//	        set of known domains (about 6 bytes a domain, at most 16 MiB) is
//	        counted in this share, and the tables keep at least half of it
//	13.0%   the state store's Pebble block cache (StateCache)
//	 6.0%   the state store's two memtables (StateMemTable each)
//	 5.0%   the log store's Pebble block cache (LogCache)
//	 6.0%   the log store's append buffers (LogMemTable each: two buffers of
//	        1.5 × LogMemTable, one filling while the other is written)
//	 9.0%   left for Pebble's own allocations beside its caches and memtables
//	        (table readers, compaction and iterator buffers) and the C
//	        allocator's slack
//
// Inside the Go heap, an eighth is the window cache (about 1 KiB per cached
// domain, WindowCache) and the fetch is sized so that the records it brings
// fit in half of the Go heap (FetchMaxBytes: a 192nd of it, from 256 KiB to
// 16 MiB; see fetchHeapFactor). The split at three budgets (MiB; fetch in KiB):
//
//	budget  reserve  Go heap  windows  fetch  seen ids  state cache  state memtables  log cache  log buffers  slack
//	   256       40    108.0   13,823    575      23.8         28.1         2 × 6.5        10.8     3 × 4.3    19.4
//	   384       40    172.0   22,015    917      37.8         44.7        2 × 10.3        17.2     3 × 6.9    31.0
//	  1024       40    492.0   62,975   2623     108.2        127.9        2 × 29.5        49.2    3 × 19.7    88.6
//
// Pebble's caches and memtables and the log store's buffers are allocated
// outside the Go heap (C memory when cgo is on, anonymous mappings), so the
// Go limit does not count them. The Go limit is soft: a live heap above it
// is not refused, the collector then runs all the time instead, which is
// why the fetch follows the Go heap's share.
type MemoryBudget struct {
	// Total is the whole budget.
	Total int64
	// StateCache and StateMemTable size the state store (state.Open):
	// its block cache beside the memtables, and each of its two
	// memtables.
	StateCache, StateMemTable int64
	// LogCache and LogMemTable size the log store (logstore.Open,
	// logstore.WithTuning).
	LogCache, LogMemTable int64
	// WindowCache is the number of domains whose state stays in memory
	// (Config.CacheSize).
	WindowCache int
	// FetchMaxBytes bounds the compressed bytes of one fetch
	// (Config.FetchMaxBytes; kgo.FetchMaxBytes and
	// kgo.FetchMaxPartitionBytes), which is what one transaction
	// evaluates.
	FetchMaxBytes int32
	// ProduceBufferBytes bounds the bytes of records the producer holds
	// unacknowledged (kgo.MaxBufferedBytes): at least two of the largest
	// records the processor writes (MaxMessageBytes), as franz-go fails
	// a record larger than the bound at once.
	ProduceBufferBytes int64
	// MaxBatchBytes bounds what one fetched record batch may decompress
	// to (kgo.MaxDecompressBatchBytes; Config.MaxBatchBytes): a quarter
	// of the Go heap, at least kafkabatch.MinMaxBytes. franz-go's own
	// default, 1 GiB, let a producer's 200 KB zstd batch of zeros take
	// the process to 2 GB.
	MaxBatchBytes int64
	// GoHeap is the soft limit of the Go heap (runtime/debug.SetMemoryLimit).
	GoHeap int64
	// SeenTable is what the duplicate check's tables of seen event ids
	// (state.SeenTable, per partition, shard and group of domains, in
	// anonymous mappings) may hold outside the Go heap; over it some are
	// dropped and read again from the store (see dropSeenTables).
	SeenTable int64
}

// NewMemoryBudget divides total bytes (see MemoryBudget). It fails for a
// total below MinMemoryLimit, where the parts would be too small to work.
func NewMemoryBudget(total int64) (MemoryBudget, error) {
	if total < MinMemoryLimit {
		return MemoryBudget{}, fmt.Errorf("memory limit %d MiB is below the %d MiB an instance needs", total>>20, MinMemoryLimit>>20)
	}
	rest := total - memoryReserve
	share := func(n int64) int64 { return rest / 1000 * n }
	b := MemoryBudget{
		Total:         total,
		GoHeap:        share(shareGoHeap),
		SeenTable:     share(shareSeenTable),
		StateCache:    share(shareStateCache),
		StateMemTable: share(shareStateMemTable),
		LogCache:      share(shareLogCache),
		LogMemTable:   share(shareLogMemTable),
	}
	b.WindowCache = int(b.GoHeap / 8 / windowCacheEntryBytes)
	// Half the Go heap for what the fetches keep live leaves the other
	// half for the window cache and the collector's headroom.
	b.FetchMaxBytes = int32(min(max(b.GoHeap/2/fetchHeapFactor, minFetchBytes), maxFetchBytes))
	b.ProduceBufferBytes = max(b.GoHeap/8, 2*MaxMessageBytes)
	b.MaxBatchBytes = max(b.GoHeap/4, kafkabatch.MinMaxBytes)
	return b, nil
}

// offHeap returns the bytes the budget gives to memory outside the Go
// heap: the stores' caches, memtables and buffers as Pebble and the log
// store hold them at most.
func (b MemoryBudget) offHeap() int64 {
	return b.StateCache + 2*b.StateMemTable + b.LogCache + 3*b.LogMemTable + b.SeenTable
}

// KafkaOptions returns the franz-go options that bound the processor's
// Kafka client by the budget: the fetch (both limits, so that one
// partition may fill a fetch; see Config.FetchMaxBytes) and the
// producer's buffer. A Config.FetchMaxBytes set explicitly overrides the
// fetch limits when it is applied after these.
//
// kgo.BrokerMaxReadBytes is left at franz-go's 100 MiB: it refuses a
// larger response rather than reserving memory (a response's buffer is
// its own size), and a fetch response may rightly exceed FetchMaxBytes by
// a batch of up to the topic's max.message.bytes, which a tighter bound
// would turn into a consumer stuck on a dropped connection.
func (b MemoryBudget) KafkaOptions() []kgo.Opt {
	return []kgo.Opt{
		kgo.FetchMaxBytes(b.FetchMaxBytes),
		kgo.FetchMaxPartitionBytes(b.FetchMaxBytes),
		kgo.MaxBufferedBytes(int(b.ProduceBufferBytes)),
		kgo.MaxDecompressBatchBytes(int(b.MaxBatchBytes)),
	}
}
