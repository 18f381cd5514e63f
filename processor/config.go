package processor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// DefaultTransactionTimeout is Config.TransactionTimeout when zero.
const DefaultTransactionTimeout = 10 * time.Second

// Config configures a Processor. The zero value of every field but Brokers
// and DataDir has a sensible default.
type Config struct {
	// Brokers are the seed brokers ("host:port").
	Brokers []string
	// KafkaOptions are extra franz-go client options (TLS, SASL, ...) used
	// by every client the processor creates.
	KafkaOptions []kgo.Opt
	// Topics names the topics; TopicsWithPrefix(DefaultTopicPrefix) when
	// zero.
	Topics Topics
	// Group is the consumer group of the processors; "mailflow".
	Group string
	// InstanceID identifies this instance in the group and names its
	// transactional id, so a restarted instance fences its own zombie. It
	// must be unique among the instances and stable across restarts. When
	// empty, the id kept in DataDir is used, created at the first start
	// (see OpenIdentity); a live member of the group with the same id
	// makes New fail (see CheckInstanceUnique).
	InstanceID string
	// AdvertiseAddr is the HTTP address ("host:port") other instances use
	// to forward API requests for the domains this instance owns; empty
	// when the instance serves no API. It is published to the group as
	// part of the client id (see Owner).
	AdvertiseAddr string
	// DataDir holds the Pebble store.
	DataDir string
	// Partitions and Replication are used when the processor creates the
	// topics at start; 6 and 1 when zero.
	Partitions  int32
	Replication int16
	// FetchMaxBytes bounds the (compressed) bytes of one fetch, which is
	// what one transaction evaluates: a transaction takes whole fetches, so
	// that the client fetches the next one while this one is evaluated,
	// and the fetch size keeps the commit interval short. Up to this much
	// of a single partition may fill a fetch, so that a transaction under
	// load holds many attempts of few domains, which is what makes its
	// changelog small (one live-log chunk and one window per domain).
	// From MemoryLimit when zero (MemoryBudget.FetchMaxBytes: what the
	// fetches keep alive on the Go heap, decompressed, must fit its
	// share).
	FetchMaxBytes int32
	// MaxBatchBytes bounds what one record batch of the input topics may
	// decompress to; a batch over it is dead-lettered by its offsets and
	// skipped (see kafkabatch). From MemoryLimit when zero
	// (MemoryBudget.MaxBatchBytes).
	MaxBatchBytes int
	// MaxPollRecords bounds the records of one transaction; the rest of a
	// larger fetch stays buffered for the next one. 100000 when zero.
	MaxPollRecords int
	// SessionTimeout is how long the group waits for a silent instance
	// before giving its partitions to others (a crashed instance's
	// partitions move after this); franz-go's 45 s when zero.
	SessionTimeout time.Duration
	// CommitTimeout bounds how long a transaction may take to evaluate,
	// produce and commit, including one in flight when shutdown begins;
	// TransactionTimeout when zero (past it the broker aborts the
	// transaction anyway). It must stay below the group's session and
	// rebalance timeouts.
	CommitTimeout time.Duration
	// TransactionTimeout is the producer's transaction.timeout.ms: the
	// broker aborts a transaction still open this long and fences its
	// producer. It is also how long an instance that dies mid-transaction
	// (SIGKILL, power loss) holds back every read_committed reader of its
	// partitions — the instance that takes them over, the sink, a restore
	// — unless it restarts with the same instance id first. 10 seconds
	// when zero, Kafka Streams' default under exactly-once (StreamsConfig,
	// KIP-447); a transaction of this processor lasts well under a second.
	TransactionTimeout time.Duration
	// MemoryLimit is the instance's memory budget in bytes, divided
	// between the state store, the window cache and the Go heap as
	// NewMemoryBudget says (the caller sizes the log store and the Go
	// heap's limit from the same budget); DefaultMemoryLimit when zero.
	MemoryLimit int64
	// CacheSize bounds the windows held in memory; from MemoryLimit when
	// zero (MemoryBudget.WindowCache).
	CacheSize int
	// Compression is the codec of every batch the processor writes
	// (alerts, changelog, dead letters, repartitioned events); see
	// ParseCompression. CompressionDefault when empty.
	Compression string
	// DedupeHorizon is how long an event id, once counted for its domain,
	// makes later events of the same id and domain duplicates (producers
	// retry, and logs are replayed); 24 hours when zero. Duplicates are
	// dropped and counted in mailflow_duplicate_events_total.
	DedupeHorizon time.Duration
	// SkipChecks evaluates without the duplicate check (no event ids are
	// remembered) and without the partition check (an event is evaluated
	// on the partition it arrived on). It exists to measure what the two
	// cost (mailflow bench --checks off); never set it in production:
	// duplicates then count again, and a domain whose events arrive on
	// two partitions has two windows.
	SkipChecks bool
	// SkipDetections evaluates without the detections beyond Good and Bad
	// (delayed mail, silence, repeat and flap control): no such alert is
	// raised and their state is not kept. It exists to measure what they
	// cost (mailflow bench --detections off); never set it in production.
	SkipDetections bool
	// NoTicks stops the processor from writing tick records to idle
	// deliveries partitions (tick.go). The records already in the topic
	// are still processed. It is for a run that must process the topic as
	// it is, such as a replay compared with the run that wrote it; an
	// instance without ticks cannot judge the silence of a domain alone on
	// its partition.
	NoTicks bool
	// Diagnose classifies an attempt; when nil every attempt is left
	// unclassified and the Mail Flow Status lists no categories.
	Diagnose func(*schemas.DeliveryEvent) schemas.Category
	// Advice returns the advice for a failure category, for alerts and the
	// Mail Flow Status; may be nil.
	Advice func(schemas.Category) string
	// Logs, when set, receives every counted attempt after its
	// transaction commits and replays the log store of assigned
	// partitions (see LogSink); the caller opens and closes the store.
	Logs *LogSink
	// Log receives structured logs; slog.Default() when nil.
	Log *slog.Logger
	// Registerer receives the processor's metrics; none are registered
	// when nil.
	Registerer prometheus.Registerer

	// Observe, when set, is called on the processing goroutine after each
	// committed transaction with its figures. It must return quickly;
	// benchmarks and tools use it to measure without polling the broker.
	Observe func(TxnStats)

	// afterCommit, when set, runs between a transaction's commit and the
	// store update; an error stops the processor there, as a crash would.
	afterCommit func(ctx context.Context) error
	// beforeStoreCommit, when set, runs on the store goroutine before a
	// committed transaction's update is committed to the state store:
	// tests hold the update back with it while the next transaction runs.
	beforeStoreCommit func()
	// brokerSilence, when set, replaces defaultBrokerSilence (tests).
	brokerSilence time.Duration
	// now, when set, is the wall clock that bounds how far ahead of it a
	// record may move stream time (tickAhead); tests replay a live stream
	// with it. Nil is time.Now.
	now func() time.Time
	// poisonRecycled makes the consumer's fetch pool overwrite every
	// decompressed batch franz-go recycles (fetchPool.poison; tests).
	poisonRecycled bool
}

// wallClock returns the wall clock (Config.now, or time.Now).
func (c *Config) wallClock() time.Time {
	if c.now != nil {
		return c.now()
	}
	return time.Now()
}

// TxnStats are the figures of one committed transaction.
type TxnStats struct {
	// Records counts the delivery records processed, DeadLetters the
	// invalid ones among them.
	Records     int
	DeadLetters int
	// Alerts counts the status changes produced.
	Alerts int
	// Domains counts the domains touched, and ChangelogRecords the
	// records written to the changelog for them.
	Domains          int
	ChangelogRecords int
	// Duration is the time from the start of the transaction to the end
	// of the store update: Evaluate (decode, evaluate, produce) plus Commit
	// (flush and end the transaction) plus Apply (the store update).
	Duration, Evaluate, Commit, Apply time.Duration
}

func (c *Config) setDefaults() error {
	if len(c.Brokers) == 0 {
		return errors.New("processor: no brokers given")
	}
	if c.DataDir == "" {
		return errors.New("processor: no data directory given")
	}
	if c.Topics == (Topics{}) {
		c.Topics = TopicsWithPrefix(DefaultTopicPrefix)
	}
	if c.Group == "" {
		c.Group = "mailflow"
	}
	if c.Partitions <= 0 {
		c.Partitions = 6
	}
	if c.Replication == 0 {
		c.Replication = 1
	}
	if c.MaxPollRecords <= 0 {
		c.MaxPollRecords = 100000
	}
	if c.TransactionTimeout <= 0 {
		c.TransactionTimeout = DefaultTransactionTimeout
	}
	if c.CommitTimeout <= 0 {
		c.CommitTimeout = c.TransactionTimeout
	}
	if c.MemoryLimit == 0 {
		c.MemoryLimit = DefaultMemoryLimit
	}
	budget, err := NewMemoryBudget(c.MemoryLimit)
	if err != nil {
		return fmt.Errorf("processor: %w", err)
	}
	if c.CacheSize <= 0 {
		c.CacheSize = budget.WindowCache
	}
	if c.FetchMaxBytes <= 0 {
		c.FetchMaxBytes = budget.FetchMaxBytes
	}
	if c.MaxBatchBytes <= 0 {
		c.MaxBatchBytes = int(budget.MaxBatchBytes)
	}
	if c.Compression == "" {
		c.Compression = CompressionDefault
	}
	if _, err := ParseCompression(c.Compression); err != nil {
		return fmt.Errorf("processor: %w", err)
	}
	if c.DedupeHorizon <= 0 {
		c.DedupeHorizon = 24 * time.Hour
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
	return nil
}
