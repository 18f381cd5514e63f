package processor

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"log/slog"
	"maps"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/internal/kafkabatch"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// Processor consumes the deliveries topic in a consumer group and maintains
// the state of the partitions assigned to it. Create one with New, run it
// with Run, and release it with Close.
type Processor struct {
	cfg   Config
	id    *Identity // holds the data dir's lock until Close
	log   *slog.Logger
	store *state.Store
	table *directory.Table
	sess  *kgo.GroupTransactSession
	adm   *kadm.Client
	m     *metrics
	pool  *fetchPool // the consumer's fetched batches (kgo.WithPools)

	// Owned by the Run goroutine.
	poll   pollSize       // records per poll (pollsize.go)
	caches []*state.Cache // one per shard (see shard)
	seed   maphash.Seed   // of the hash that maps domains to shards
	txns   [2]*txn        // used in turn: one is evaluated while the other is applied
	next   int            // index of the txn to use next
	// pending is the committed transaction whose store update runs in the
	// background, and applied receives the update's result.
	pending *txn
	applied chan error
	// endFailures counts transactions in a row that failed to end.
	endFailures int
	// unstampedWarn paces the warning about records without a usable
	// timestamp (see arrivalOf).
	unstampedWarn warnLimiter
	// aheadWarn paces the warning about attempts stamped ahead of the
	// wall clock: a producer whose clock runs ahead sends them all the
	// time.
	aheadWarn warnLimiter
	// settle is set when a transaction's commit was not confirmed (an End
	// that timed out): the broker may have committed it, with its markers
	// not yet written, so the next restore waits until the changelog's
	// last stable offset reaches its high watermark (see stableEnds).
	settle bool
	owned  map[int32]*partition
	counts map[int32]*[3]int // domains by status, per owned partition

	// Rebalance callbacks run on franz-go's goroutines; they queue what
	// happened here and Run applies it between transactions.
	rebalanceMu sync.Mutex
	rebalances  []rebalance
	wakePoll    context.CancelFunc // ends the poll in progress, so a rebalance is seen at once

	// synced is the deliveries partitions of the last assignment the
	// group gave this member (see onAssigned).
	synced     atomic.Pointer[[]int32]
	view       atomic.Pointer[Ownership]
	health     *brokerHealth // when a broker last answered (see Ownership.BrokerDown)
	partitions int32         // of the deliveries topic
	members    members
	// recordMax is the largest record (key, value and headers) that fits
	// a batch every output topic accepts; deleteRetention is the
	// changelog's delete.retention.ms (see restore).
	recordMax       int
	deleteRetention time.Duration
	// lagWake asks trackLag to refresh the lag at once.
	lagWake chan struct{}
	// sessOpts create the transact session, again after the broker
	// fenced it (see renewSession).
	sessOpts []kgo.Opt
	// stopCtx is what transactions run under: done stopCommitGrace
	// after Run's context (see shutdown.go).
	stopCtx context.Context
}

// batchOverhead is what a record batch of one record adds to the record:
// the v2 batch header (61 bytes) and the record's own framing, rounded up
// generously.
const batchOverhead = 1 << 10

// minBatchBytes is the smallest max.message.bytes the processor accepts:
// its largest records (a live-log chunk of 25 attempts with 8 KiB
// responses) must fit.
const minBatchBytes = 256 << 10

// partition is what the processor knows of one assigned partition.
type partition struct {
	// confirmed is set once the partition's first records arrived and the
	// store was caught up again: only then has the previous owner's last
	// transaction certainly ended (the group's committed offset, which the
	// first fetch waited for, is stable).
	confirmed bool
	// resume is, per input topic, the position the partition's restored
	// state counts where the group's committed offset is behind it;
	// nil when there is none. noted says the first restore of the
	// ownership decided it (resume.go).
	resume map[string]int64
	noted  bool
}

type rebalance struct {
	assigned bool
	// sync: parts is the whole assignment; what is owned beyond it was
	// revoked (see onAssigned).
	sync  bool
	parts []int32
}

// Ownership describes what an instance owns, for the API and /readyz.
type Ownership struct {
	// Joined is set once the instance has been given its first assignment.
	Joined bool
	// Partitions lists the owned partitions of the deliveries topic.
	Partitions []int32
	// Restoring lists the owned partitions whose state is being restored.
	Restoring []int32
	// BrokerDown is set when no broker has answered the instance for
	// longer than the broker silence (20 s): it reads and commits nothing,
	// whatever it owned.
	BrokerDown bool
	// BrokerReadAt is when a broker last answered (zero before any did).
	BrokerReadAt time.Time
}

// New opens the store, makes sure the topics exist, starts following the
// directory and joins the consumer group. It does not process anything
// until Run.
func New(ctx context.Context, cfg Config) (*Processor, error) {
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	// The data dir's lock and the instance id come first: a second
	// process on this data dir must fail before it touches the store or
	// the group.
	id, err := OpenIdentity(cfg.DataDir, cfg.InstanceID, cfg.Log)
	if err != nil {
		return nil, err
	}
	cfg.InstanceID = id.ID
	p := &Processor{
		id:     id,
		health: &brokerHealth{},
		cfg:    cfg,
		log:    cfg.Log.With("component", "processor", "instance", cfg.InstanceID),
		owned:  map[int32]*partition{},
		seed:   maphash.MakeSeed(),
		counts: map[int32]*[3]int{},
		poll:   newPollSize(cfg.MaxPollRecords, cfg.TransactionTimeout),
	}
	p.view.Store(&Ownership{})
	p.lagWake = make(chan struct{}, 1)
	// Twice as many shards as cores: when one core is taken by something
	// else for a while (the store update of the previous transaction,
	// franz-go decompressing the next fetch), the other shards' work moves
	// to the free core instead of waiting for the slow shard at the end.
	shards := 2 * max(runtime.GOMAXPROCS(0), 1)
	for range shards {
		p.caches = append(p.caches, state.NewCache(cfg.CacheSize/shards))
	}
	p.m = newMetrics(cfg.Registerer)
	p.health.gauge = p.m.brokerRead
	// A labelled counter is exported once it has a child; one created at
	// its first error would first be scraped at 1, and increase() over a
	// series that starts at 1 is 0: MailflowProduceErrors would miss the
	// first failure after every start. So each topic starts at 0.
	for _, topic := range cfg.Topics.Outputs() {
		p.m.produceErrs.WithLabelValues(topic)
	}
	for _, topic := range []string{cfg.Topics.Deliveries, cfg.Topics.Repartition} {
		p.m.retentionLost.WithLabelValues(topic)
		p.m.skipped.WithLabelValues(topic)
	}

	base := append([]kgo.Opt{kgo.SeedBrokers(cfg.Brokers...), kgo.WithLogger(KafkaLogger(p.log))}, cfg.KafkaOptions...)
	admCl, err := kgo.NewClient(base...)
	if err != nil {
		id.Close()
		return nil, fmt.Errorf("processor: kafka client: %w", err)
	}
	p.adm = kadm.NewClient(admCl)
	fail := func(err error) (*Processor, error) {
		p.Close()
		return nil, err
	}
	if err := EnsureTopics(ctx, p.adm, cfg.Topics, cfg.Partitions, cfg.Replication); err != nil {
		return fail(err)
	}
	topics, err := p.adm.ListTopics(ctx, cfg.Topics.Deliveries)
	if err != nil {
		return fail(fmt.Errorf("processor: describe %s: %w", cfg.Topics.Deliveries, err))
	}
	p.partitions = int32(len(topics[cfg.Topics.Deliveries].Partitions))
	// The producer's batches must fit every topic it writes, including
	// topics created before by someone else with a smaller limit.
	limits, err := TopicLimits(ctx, p.adm, cfg.Topics.Outputs()...)
	if err != nil {
		return fail(fmt.Errorf("processor: %w", err))
	}
	batchMax := MaxMessageBytes
	for _, t := range cfg.Topics.Outputs() {
		if l := limits[t].MaxMessageBytes; l > 0 && l < batchMax {
			batchMax = l
		}
	}
	if batchMax < minBatchBytes {
		return fail(fmt.Errorf("processor: topics %v allow batches of %d bytes (max.message.bytes); mailflow needs at least %d", cfg.Topics.Outputs(), batchMax, minBatchBytes))
	}
	p.recordMax = batchMax - batchOverhead
	p.deleteRetention = limits[cfg.Topics.State].DeleteRetention
	compressor, err := newCompressor(cfg.Compression)
	if err != nil {
		return fail(fmt.Errorf("processor: %w", err))
	}
	budget, err := NewMemoryBudget(cfg.MemoryLimit)
	if err != nil {
		return fail(fmt.Errorf("processor: %w", err))
	}
	if p.store, err = state.Open(cfg.DataDir, p.log, state.WithCacheSize(budget.StateCache), state.WithMemTableSize(budget.StateMemTable)); err != nil {
		return fail(err)
	}
	if p.table, err = directory.NewTable(ctx, cfg.Topics.Config, p.log, base...); err != nil {
		return fail(err)
	}

	// Two live instances with one id would share one transactional id
	// and fence each other until both crash.
	if err := CheckInstanceUnique(ctx, p.adm, cfg.Group, id.ID+"/"+id.Tag); err != nil {
		return fail(err)
	}
	p.txns = [2]*txn{newTxn(p), newTxn(p)}
	p.applied = make(chan error, 1)
	p.pool = newFetchPool(cfg.FetchMaxBytes, fetchPoolFactor)
	p.pool.poison = cfg.poisonRecycled
	opts := append(slices.Clone(base), kgo.ClientID(id.ClientID(cfg.AdvertiseAddr)))
	if cfg.SessionTimeout > 0 {
		opts = append(opts, kgo.SessionTimeout(cfg.SessionTimeout), kgo.HeartbeatInterval(max(cfg.SessionTimeout/10, 100*time.Millisecond)))
	}
	opts = append(opts,
		kgo.ConsumerGroup(cfg.Group),
		kgo.ConsumeTopics(cfg.Topics.Deliveries, cfg.Topics.Repartition),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.RequireStableFetchOffsets(),
		// Kafka's own default: a long-poll fetch that finds nothing holds
		// back partitions that become ready meanwhile (a newly assigned
		// one) for at most this long.
		kgo.FetchMaxWait(500*time.Millisecond),
		// Apache Kafka (transaction protocol v2, KIP-890) writes a
		// transaction's markers after EndTxn answered; a produce of the
		// next transaction to a partition whose marker is still on its
		// way is answered CONCURRENT_TRANSACTIONS once the broker's own
		// short retry (add.partitions.to.txn.retry.backoff.max.ms, 100 ms)
		// ran out. franz-go retries such a batch after a metadata
		// refresh, which its default 5 s minimum age delays: on a
		// three-broker cluster that stalled one transaction in ten by
		// 2-4.5 s (and a SIGTERM that came meanwhile). 250 ms, as the
		// Java producer's retry.backoff.ms, keeps it under a second.
		kgo.MetadataMinAge(250*time.Millisecond),
		kgo.Balancers(&coPartitioned{inner: kgo.CooperativeStickyBalancer(), lead: cfg.Topics.Deliveries, follow: []string{cfg.Topics.Repartition},
			synced: func(a map[string][]int32) { parts := slices.Clone(a[cfg.Topics.Deliveries]); p.synced.Store(&parts) }}),
		kgo.TransactionalID(cfg.Group+"-"+cfg.InstanceID),
		kgo.TransactionTimeout(cfg.TransactionTimeout),
		kgo.RecordPartitioner(changelogPartitioner{manual: []string{cfg.Topics.State, cfg.Topics.Repartition}, def: kgo.StickyKeyPartitioner(nil)}),
		kgo.ProducerBatchMaxBytes(int32(batchMax)),
		// What the producer buffers counts in the memory budget.
		kgo.MaxBufferedBytes(int(budget.ProduceBufferBytes)),
		kgo.WithCompressor(compressor),
		// Send each batch as soon as the previous request returns rather
		// than after franz-go's 10 ms linger: the changelog is produced
		// while the transaction is evaluated, and what is still buffered
		// when it ends is what the commit waits for.
		kgo.ProducerLinger(0),
		// One fetch is one transaction (see Config.FetchMaxBytes).
		kgo.FetchMaxPartitionBytes(cfg.FetchMaxBytes),
		kgo.FetchMaxBytes(cfg.FetchMaxBytes),
		kgo.WithPools(p.pool),
		// A batch over it is dead-lettered and skipped (oversized.go).
		kgo.MaxDecompressBatchBytes(cfg.MaxBatchBytes),
		kgo.OnPartitionsAssigned(p.onAssigned),
		kgo.OnPartitionsRevoked(p.onRevoked),
		kgo.OnPartitionsLost(p.onRevoked),
		kgo.WithHooks(p.health),
	)
	p.sessOpts = opts
	if p.sess, err = kgo.NewGroupTransactSession(opts...); err != nil {
		return fail(fmt.Errorf("processor: transact session: %w", err))
	}
	// Initialise the transactional id now: that fences a previous run of
	// this instance (a crash) and aborts its open transaction at once,
	// instead of when the broker times it out; until then the group's
	// committed offsets are unstable and nothing could be consumed.
	if _, _, err := p.sess.Client().ProducerID(ctx); err != nil {
		return fail(fmt.Errorf("processor: initialize transactional id %s-%s: %w", cfg.Group, cfg.InstanceID, err))
	}
	return p, nil
}

// Store returns the processor's state store, for the API.
func (p *Processor) Store() *state.Store { return p.store }

// Directory returns the current directory snapshot.
func (p *Processor) Directory() *directory.Directory { return p.table.Current() }

// WaitDirectory waits until the directory has been read up to the end
// offsets of the config topic at the start (directory.Table.WaitReady).
func (p *Processor) WaitDirectory(ctx context.Context) error { return p.table.WaitReady(ctx) }

// CatchUpDirectory waits until Directory reflects every config record
// written before the call (directory.Table.CatchUp).
func (p *Processor) CatchUpDirectory(ctx context.Context) error { return p.table.CatchUp(ctx) }

// Ownership returns what the instance owns now. It is safe to call from any
// goroutine.
func (p *Processor) Ownership() *Ownership {
	o := *p.view.Load()
	o.BrokerReadAt = p.health.lastRead()
	o.BrokerDown = !o.BrokerReadAt.IsZero() && time.Since(o.BrokerReadAt) > cmp.Or(p.cfg.brokerSilence, defaultBrokerSilence)
	return &o
}

// Advice returns the configured advice for a category, or "".
func (p *Processor) Advice(c schemas.Category) string {
	if p.cfg.Advice == nil {
		return ""
	}
	return p.cfg.Advice(c)
}

// Close leaves the group and releases the clients and the store. It must be
// called after Run returned.
func (p *Processor) Close() {
	if p.sess != nil {
		p.sess.Close()
	}
	p.closeTicks()
	if p.table != nil {
		p.table.Close()
	}
	if p.adm != nil {
		p.adm.Close()
	}
	if p.store != nil {
		if err := p.store.Close(); err != nil {
			p.log.Error("closing state store", "err", err)
		}
	}
	p.id.Close()
}

func (p *Processor) onAssigned(_ context.Context, _ *kgo.Client, a map[string][]int32) {
	p.queueRebalance(true, a[p.cfg.Topics.Deliveries])
	// franz-go calls this at the end of every rebalance, but a
	// GroupTransactSession passes on only the first revocation of a
	// transaction (txn.go: "if s.revoked { return }"): a second rebalance
	// before the transaction ends revokes partitions without telling
	// onRevoked. The assignment itself is authoritative.
	if s := p.synced.Load(); s != nil {
		p.rebalanceMu.Lock()
		p.rebalances = append(p.rebalances, rebalance{sync: true, parts: slices.Clone(*s)})
		p.rebalanceMu.Unlock()
	}
}

func (p *Processor) onRevoked(_ context.Context, _ *kgo.Client, r map[string][]int32) {
	p.queueRebalance(false, r[p.cfg.Topics.Deliveries])
}

func (p *Processor) queueRebalance(assigned bool, parts []int32) {
	p.rebalanceMu.Lock()
	p.rebalances = append(p.rebalances, rebalance{assigned: assigned, parts: slices.Clone(parts)})
	if p.wakePoll != nil {
		// Restore the new partitions now rather than when their first
		// records arrive: /readyz must not wait for traffic.
		p.wakePoll()
	}
	p.rebalanceMu.Unlock()
	if assigned {
		// Tell /readyz at once that these partitions are not ready yet.
		v := *p.view.Load()
		v.Joined = true
		v.Restoring = append(slices.Clone(v.Restoring), parts...)
		p.view.Store(&v)
	}
}

// Run processes delivery events until ctx is done or a fatal error occurs.
// It waits for the directory to be read whole first, so that the first
// events are evaluated with the configured windows and thresholds.
func (p *Processor) Run(ctx context.Context) error {
	if err := p.table.WaitReady(ctx); err != nil {
		if ctx.Err() != nil && errors.Is(err, context.Canceled) {
			// Stopped before the directory was read: a shutdown (a
			// SIGTERM right after the start), not a failure.
			return nil
		}
		return err
	}
	p.log.Info("processing", "topic", p.cfg.Topics.Deliveries, "group", p.cfg.Group)
	stopCtx, cancelStop := stopContext(ctx)
	defer cancelStop()
	p.stopCtx = stopCtx
	lagCtx, stopLag := context.WithCancel(ctx)
	lagDone := make(chan struct{})
	go func() {
		defer close(lagDone)
		p.trackLag(lagCtx)
	}()
	err := p.loop(ctx)
	if err != nil && ctx.Err() != nil && errors.Is(err, context.Canceled) {
		// Stopped in the middle of a restore or a broker call: a
		// shutdown, not a failure.
		err = nil
	}
	stopLag()
	<-lagDone
	if werr := p.waitApplied(); err == nil {
		err = werr
	}
	p.leaveGroup()
	return err
}

func (p *Processor) loop(ctx context.Context) error {
	for {
		if err := p.applyRebalances(ctx); err != nil {
			return err
		}
		pollCtx, wake := context.WithCancel(ctx)
		p.rebalanceMu.Lock()
		p.wakePoll = wake
		pending := len(p.rebalances) > 0
		p.rebalanceMu.Unlock()
		if pending {
			wake()
		}
		fs := p.sess.PollRecords(pollCtx, p.poll.next())
		wake()
		if ctx.Err() != nil {
			return nil
		}
		if fs.IsClientClosed() {
			// Not by Close (ctx would be done): franz-go gave the
			// session up after a fatal producer error.
			if err := p.renewSession(ctx, errors.New("the Kafka client was closed after a fatal producer error")); err != nil {
				return err
			}
			continue
		}
		var oversized []*kgo.ErrDecompressTooLarge
		fs.EachError(func(t string, part int32, err error) {
			if b, ok := kafkabatch.Oversized(err); ok {
				oversized = append(oversized, b)
				return
			}
			if !errors.Is(err, context.Canceled) {
				p.log.Warn("fetch error", "topic", t, "partition", part, "err", err)
			}
		})
		if fs.NumRecords() == 0 && len(oversized) == 0 {
			continue
		}
		if err := p.applyRebalances(ctx); err != nil {
			return err
		}
		if err := p.confirm(ctx, fs); err != nil {
			return err
		}
		// A poll left with no records still ends a transaction: its
		// commit records where the skipped partitions resume.
		oversized = p.skipCounted(fs, oversized)
		start := time.Now()
		if err := p.process(ctx, fs, oversized); err != nil {
			return err
		}
		before, took := p.poll.next(), time.Since(start)
		p.poll.took(fs.NumRecords(), took)
		if now := p.poll.next(); now < before {
			p.log.Info("a transaction took more than a quarter of the transaction timeout: polling fewer records", "records", fs.NumRecords(), "took", took.Round(time.Millisecond), "next_poll", now, "transaction_timeout", p.cfg.TransactionTimeout)
		}
	}
}

// applyRebalances applies queued assignments and revocations in order:
// a revoked partition's cached windows are forgotten, and an assigned
// partition is restored before any of its records are processed.
func (p *Processor) applyRebalances(ctx context.Context) error {
	p.rebalanceMu.Lock()
	events := p.rebalances
	p.rebalances = nil
	p.rebalanceMu.Unlock()
	if len(events) == 0 {
		return nil
	}
	if err := p.waitApplied(); err != nil {
		return err
	}
	var restore []int32
	revoked := false
	for _, ev := range events {
		if ev.sync {
			var gone []int32
			for part := range p.owned {
				if !slices.Contains(ev.parts, part) {
					gone = append(gone, part)
				}
			}
			if len(gone) == 0 {
				continue
			}
			p.log.Info("partitions revoked without a revocation callback", "partitions", gone)
			ev = rebalance{parts: gone}
		}
		revoked = revoked || !ev.assigned
		for _, part := range ev.parts {
			for _, c := range p.caches {
				c.DropPartition(part)
			}
			if ev.assigned {
				p.owned[part] = &partition{}
				restore = append(restore, part)
			} else {
				delete(p.owned, part)
				delete(p.counts, part)
				restore = slices.DeleteFunc(restore, func(x int32) bool { return x == part })
				p.forgetPartitionMetrics(part)
			}
		}
	}
	if revoked {
		// franz-go's GroupTransactSession passes on only the first
		// revocation between two ends of a transaction (its on-revoke
		// wrapper returns early while its revoked flag is set, and End
		// clears the flag). Outside a transaction, an End that aborts
		// nothing clears it, so that the next revocation reaches
		// onRevoked; otherwise this instance would go on listing (and
		// answering for) a partition another instance now owns.
		if _, err := p.sess.End(ctx, kgo.TryAbort); err != nil && ctx.Err() == nil {
			p.log.Warn("re-arming the revocation callback", "err", err)
		}
	}
	p.publishView(restore)
	if len(restore) > 0 {
		if err := p.restore(ctx, restore); err != nil {
			return err
		}
		if err := p.replayLogs(ctx, restore); err != nil {
			return err
		}
	}
	p.publishView(nil)
	p.publishDomainCounts()
	return nil
}

// confirm catches up partitions whose first records since assignment
// arrived in fs (see partition.confirmed).
func (p *Processor) confirm(ctx context.Context, fs kgo.Fetches) error {
	var parts []int32
	fs.EachPartition(func(fp kgo.FetchTopicPartition) {
		if st, ok := p.owned[fp.Partition]; ok && !st.confirmed && len(fp.Records) > 0 {
			parts = append(parts, fp.Partition)
		}
	})
	if len(parts) == 0 {
		return nil
	}
	if err := p.waitApplied(); err != nil {
		return err
	}
	if err := p.restore(ctx, parts); err != nil {
		return err
	}
	if err := p.replayLogs(ctx, parts); err != nil {
		return err
	}
	for _, part := range parts {
		p.owned[part].confirmed = true
	}
	return nil
}

// unconfirmAll makes every owned partition catch up with its changelog
// (restore from the store's checkpoint) before its next records are
// evaluated, and forgets every cached window: used after a transaction
// whose outcome is uncertain.
func (p *Processor) unconfirmAll() {
	for _, st := range p.owned {
		st.confirmed = false
	}
	for _, c := range p.caches {
		c.Clear()
	}
}

func (p *Processor) publishView(restoring []int32) {
	parts := slices.Sorted(maps.Keys(p.owned))
	p.view.Store(&Ownership{Joined: true, Partitions: parts, Restoring: slices.Clone(restoring)})
	select {
	case p.lagWake <- struct{}{}:
	default:
	}
}

func (p *Processor) publishDomainCounts() {
	var total [3]int
	for _, c := range p.counts {
		for i := range total {
			total[i] += c[i]
		}
	}
	p.m.domains.WithLabelValues("good").Set(float64(total[schemas.StatusGood]))
	p.m.domains.WithLabelValues("bad").Set(float64(total[schemas.StatusBad]))
}

// process runs one transaction over the records of fs, and dead-letters
// and skips the batches the poll refused to decompress (oversized, see
// skipOversized).
//
// A transaction that has begun is finished even when ctx is cancelled
// meanwhile (a SIGTERM): its records are evaluated, produced and committed
// under a context of its own, bounded by Config.CommitTimeout and by
// stopCommitGrace after the stop (see shutdown.go), so that a graceful
// shutdown hands over committed work rather than an abort, and soon.
//
// The transaction commits only if every record it produced was written:
// the producer is flushed first, so that every produce promise has
// reported, and any error aborts. (franz-go's End would otherwise commit
// what did succeed.) Whatever goes wrong while ending, the session is left
// outside a transaction (see endAborted), so the next Begin works and the
// records are processed again.
func (p *Processor) process(pollCtx context.Context, fs kgo.Fetches, oversized []*kgo.ErrDecompressTooLarge) error {
	base := p.stopCtx
	if base == nil {
		base = context.WithoutCancel(pollCtx)
	}
	ctx, cancel := context.WithTimeout(base, p.cfg.CommitTimeout)
	defer cancel()
	start := time.Now()
	if err := p.sess.Begin(); err != nil {
		// franz-go refuses to begin when its producer id has a fatal
		// error (the broker aborted a transaction that outlived the
		// transaction timeout and answered INVALID_TXN_STATE or
		// INVALID_PRODUCER_EPOCH) or a transaction is still open: a new
		// session is the way out of either.
		return p.renewSession(pollCtx, fmt.Errorf("begin transaction on %s: %w", p.cfg.Topics.Deliveries, err))
	}
	t := p.txns[p.next]
	p.next ^= 1
	t.begin(ctx, p.table.Current())
	defer t.cancelFlush()
	t.run(ctx, fs)
	t.skipOversized(ctx, oversized)
	evaluated := time.Now()

	terr := t.err()
	var ferr error
	if terr == nil {
		ferr = p.sess.Client().Flush(t.flushCtx)
	}
	perr := t.produceErr()
	if ferr != nil && perr != nil && ctx.Err() == nil {
		// The failed produce cut the flush short; the abort below is
		// certain, nothing about the transaction is.
		ferr = nil
	}
	try := kgo.TryCommit
	if terr != nil || ferr != nil || perr != nil {
		try = kgo.TryAbort
	}
	// Build the store update while the transaction ends (see txn.prepare).
	prepared := make(chan error, 1)
	if try == kgo.TryCommit {
		go func() { prepared <- t.prepare() }()
	} else {
		prepared <- nil
	}
	committed, err := p.sess.End(ctx, try)
	if prepErr := <-prepared; prepErr != nil && terr == nil {
		terr = prepErr
	}
	if terr != nil || ferr != nil || perr != nil || err != nil || !committed {
		t.dropBatch()
		renew := fenced(err)
		if (err != nil || ferr != nil) && !renew {
			// End may have returned before ending the transaction (its
			// flush ran out of time): end it now, as an abort.
			var aerr error
			if renew, aerr = p.endAborted(pollCtx); renew {
				err = aerr // the broker fenced the producer meanwhile
			}
			// Whether the broker committed is not certain (an EndTxn
			// whose answer was lost): the store catches up with the
			// changelog before any partition is processed again, and the
			// events the client then delivers a second time are
			// duplicates by id (see shard.add), so nothing counts twice.
			// The store must then hold that transaction's records if it
			// committed: the restore waits for its outcome (settle).
			p.unconfirmAll()
			p.settle = true
		}
		// The windows this transaction changed in place must be read
		// again from the store, once the store has the previous
		// transaction's writes.
		werr := p.waitApplied()
		t.discard()
		if perr != nil {
			p.m.produceErrs.WithLabelValues(t.produceErrTopic()).Inc()
		}
		switch {
		case werr != nil:
			return werr
		case terr != nil:
			return terr
		case pollCtx.Err() != nil:
			return nil
		case renew:
			return p.renewSession(pollCtx, err)
		case errors.Is(err, kerr.TransactionalIDAuthorizationFailed):
			return fmt.Errorf("end transaction on %s: transactional id %s-%s: %w", p.cfg.Topics.Deliveries, p.cfg.Group, p.cfg.InstanceID, err)
		}
		// A rebalance, a failed produce or an unreachable broker: the
		// transaction was aborted and the session rewound to the
		// committed offsets, so the records are processed again, after
		// a pause if the broker is in trouble.
		records, _, _, _, _ := t.stats()
		p.m.transactions.WithLabelValues("aborted").Inc()
		cause := errors.Join(err, ferr, perr)
		if cause == nil {
			p.endFailures = 0
			p.log.Info("transaction aborted (rebalance); records will be processed again", "topic", p.cfg.Topics.Deliveries, "records", records)
			return nil
		}
		p.endFailures++
		pause := min(100*time.Millisecond<<min(p.endFailures, 6), 5*time.Second)
		p.log.Warn("transaction aborted; records will be processed again", "topic", p.cfg.Topics.Deliveries,
			"records", records, "err", cause, "failures_in_a_row", p.endFailures, "retry_in", pause)
		select {
		case <-pollCtx.Done():
		case <-time.After(pause):
		}
		return nil
	}
	p.endFailures = 0
	if p.cfg.afterCommit != nil {
		if err := p.cfg.afterCommit(ctx); err != nil {
			return err
		}
	}
	committedAt := time.Now()
	// Store updates are applied in commit order, one at a time.
	if err := p.waitApplied(); err != nil {
		return err
	}
	now := time.Now()
	t.finish()
	p.pending = t
	go func() { p.applied <- t.apply() }()
	fs.EachRecord(func(r *kgo.Record) {
		// A record without a usable timestamp (see arrivalOf) says
		// nothing about the latency: -1 read as 56 years late.
		if schemas.InTimeRange(r.Timestamp) {
			p.m.latency.Observe(now.Sub(r.Timestamp).Seconds())
		}
	})
	fs.EachPartition(func(fp kgo.FetchTopicPartition) {
		if n := len(fp.Records); n > 0 && fp.Topic == p.cfg.Topics.Deliveries && schemas.InTimeRange(fp.Records[n-1].Timestamp) {
			p.m.lastEvent.WithLabelValues(partitionLabel(fp.Partition)).Set(float64(fp.Records[n-1].Timestamp.UnixMilli()) / 1000)
		}
	})
	p.m.transactions.WithLabelValues("committed").Inc()
	took := time.Since(start)
	p.m.txnDuration.Observe(took.Seconds())
	if p.cfg.Observe != nil {
		records, dead, alerts, domains, changelog := t.stats()
		p.cfg.Observe(TxnStats{Records: records, DeadLetters: dead, Alerts: alerts, Domains: domains, ChangelogRecords: changelog, Duration: took,
			Evaluate: evaluated.Sub(start), Commit: committedAt.Sub(evaluated), Apply: now.Sub(committedAt)})
	}
	p.publishDomainCounts()
	p.publishCacheCounts()
	return nil
}

// endAborted ends the session's transaction as an abort after End failed,
// trying again (each try bounded by Config.CommitTimeout, with a growing
// pause) until it works or ctx is done. Only then may the next Begin run:
// franz-go refuses to begin while a transaction is open. It reports
// fenced, with the broker's error, when the producer was fenced meanwhile
// (see renewSession); it returns only when done, fenced or ctx is done.
func (p *Processor) endAborted(ctx context.Context) (isFenced bool, err error) {
	for try := 0; ; try++ {
		actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), p.abortTimeout(ctx))
		_, err := p.sess.End(actx, kgo.TryAbort)
		cancel()
		if err == nil {
			return false, nil
		}
		if fenced(err) {
			return true, err
		}
		pause := min(100*time.Millisecond<<min(try, 6), 5*time.Second)
		p.log.Warn("abort of a failed transaction failed; trying again", "topic", p.cfg.Topics.Deliveries, "err", err, "retry_in", pause)
		select {
		case <-ctx.Done():
			// Closing the session (Close) aborts what is open.
			return false, nil
		case <-time.After(pause):
		}
	}
}

// fenced reports whether err says the broker fenced the producer: its
// transaction outlived the transaction timeout (the broker aborted it and
// bumped the epoch, KIP-890) or another producer initialised the same
// transactional id. franz-go's client cannot go on after either.
//
// Apache Kafka 4 (transaction protocol v2, KIP-890) answers a producer
// whose transaction it timed out with INVALID_TXN_STATE from EndTxn rather
// than PRODUCER_FENCED; franz-go cannot go on after that either.
func fenced(err error) bool {
	return errors.Is(err, kerr.ProducerFenced) || errors.Is(err, kerr.InvalidProducerEpoch) || errors.Is(err, kerr.InvalidTxnState)
}

// renewSession replaces a transact session the broker fenced with a new
// one: the old one leaves the group (its partitions are revoked, and
// restored again when the new one is assigned them), and the new one
// initialises the transactional id afresh. If another live instance uses
// this instance's id, that is the cause and the error says so; the
// instance stops rather than fence it in turn.
func (p *Processor) renewSession(ctx context.Context, cause error) error {
	if ctx.Err() != nil {
		return nil
	}
	if err := CheckInstanceUnique(ctx, p.adm, p.cfg.Group, p.id.ID+"/"+p.id.Tag); err != nil {
		return fmt.Errorf("transactional id %s-%s fenced (%v): %w", p.cfg.Group, p.cfg.InstanceID, cause, err)
	}
	p.log.Warn("this instance's producer cannot go on (fenced by the broker, or a fatal producer error); starting a new session, the group rebalances",
		"transactional_id", p.cfg.Group+"-"+p.cfg.InstanceID, "err", cause)
	if err := p.waitApplied(); err != nil {
		return err
	}
	p.sess.Close()
	sess, err := kgo.NewGroupTransactSession(p.sessOpts...)
	if err != nil {
		return fmt.Errorf("processor: new transact session: %w", err)
	}
	p.sess = sess
	p.unconfirmAll()
	if _, _, err := sess.Client().ProducerID(ctx); err != nil && ctx.Err() == nil {
		return fmt.Errorf("processor: initialize transactional id %s-%s: %w", p.cfg.Group, p.cfg.InstanceID, err)
	}
	return nil
}

// hashOf returns the hash of domain that picks its shard (shardOf) and
// finds it among a transaction's dirty domains.
func (p *Processor) hashOf(domain string) uint64 { return maphash.String(p.seed, domain) }

// shardOf returns the shard that processes the domain of hash h.
func (p *Processor) shardOf(h uint64) int { return int(h % uint64(len(p.caches))) }

// waitApplied waits for the store update of the last committed
// transaction, if one is running, and returns its error.
func (p *Processor) waitApplied() error {
	if p.pending == nil {
		return nil
	}
	p.pending = nil
	if err := <-p.applied; err != nil {
		return fmt.Errorf("update the state store: %w", err)
	}
	return nil
}

// changelogPartitioner sends changelog and repartitioned records to the
// partition the processor set on them (their domain's, see PartitionFor)
// and every other record by its key.
type changelogPartitioner struct {
	manual []string
	def    kgo.Partitioner
}

func (c changelogPartitioner) ForTopic(topic string) kgo.TopicPartitioner {
	if slices.Contains(c.manual, topic) {
		return kgo.ManualPartitioner().ForTopic(topic)
	}
	return c.def.ForTopic(topic)
}
