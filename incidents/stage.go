package incidents

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/schemas"
)

// Config configures the incidents stage. Zero values take the documented
// defaults.
type Config struct {
	// Kafka are the client options that reach the cluster (kgo.SeedBrokers
	// and any TLS/SASL); the stage adds its own.
	Kafka []kgo.Opt
	// TopicPrefix prefixes the topic names; default "mailflow.". The stage
	// reads <prefix>alerts and writes <prefix>incidents and its internal
	// topics <Group>-repartition and <Group>-state (Topics).
	TopicPrefix string
	// Group is the consumer group; default "<prefix>incidents". The
	// internal topics are named after it, like Kafka Streams' are after
	// the application id: a second group (a rebuilt stage) must not read
	// the first one's repartitioned alerts.
	Group string
	// InstanceID names this instance; the transactional id is
	// "<Group>-<InstanceID>". It must be stable across restarts (so that a
	// restart fences the crashed run) and unique among live instances.
	// Default "default".
	InstanceID string
	// Rules say when an incident opens (K, C and the window).
	Rules Rules
	// Partitions of the topics the stage creates; default: as many as the
	// alerts topic has. Replication -1 takes the broker's default.
	Partitions  int32
	Replication int16
	// TransactionTimeout bounds a transaction on the broker
	// (transaction.timeout.ms), and so how long a stage that died
	// mid-transaction holds back the read_committed readers of its
	// outputs; default 10 s, as the processor (Kafka Streams' default
	// under exactly-once).
	TransactionTimeout time.Duration
	// CommitTimeout bounds flushing and ending one transaction; default
	// TransactionTimeout.
	CommitTimeout time.Duration
	// SessionTimeout is how long the group waits for a silent member
	// before moving its partitions; franz-go's 45 s when zero. mailflow
	// run gives the processor's (--session-timeout): a rebalance of the
	// stage's group waits this long for a crashed member, and commits
	// wait for the rebalance.
	SessionTimeout time.Duration
	// Logger receives structured logs; default slog.Default().
	Logger *slog.Logger
	// Registerer receives the stage's metrics; none when nil.
	Registerer prometheus.Registerer

	// afterProduce, set by tests, runs after a transaction's records were
	// produced and before it ends; an error crashes the stage there.
	afterProduce func(incidents int) error
}

// Topics are the stage's topic names.
type Topics struct {
	Alerts, Repartition, State, Incidents string
}

// TopicsFor returns the stage's topics under prefix for group (empty:
// the default group, "<prefix>incidents").
func TopicsFor(prefix, group string) Topics {
	if group == "" {
		group = prefix + "incidents"
	}
	return Topics{Alerts: prefix + "alerts", Repartition: group + "-repartition", State: group + "-state", Incidents: prefix + "incidents"}
}

func (c Config) withDefaults() (Config, error) {
	if len(c.Kafka) == 0 {
		return c, errors.New("incidents: no Kafka client options (brokers)")
	}
	if c.TopicPrefix == "" {
		c.TopicPrefix = "mailflow."
	}
	if c.Group == "" {
		c.Group = c.TopicPrefix + "incidents"
	}
	if c.InstanceID == "" {
		c.InstanceID = "default"
	}
	c.Rules = c.Rules.withDefaults()
	if c.Replication == 0 {
		c.Replication = -1
	}
	if c.TransactionTimeout <= 0 {
		c.TransactionTimeout = 10 * time.Second
	}
	if c.CommitTimeout <= 0 {
		c.CommitTimeout = c.TransactionTimeout
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c, nil
}

// Stage is the running incidents stage. Create it with New, run it with
// Run, release it with Close.
type Stage struct {
	cfg        Config
	topics     Topics
	log        *slog.Logger
	adm        *kadm.Client
	admCl      *kgo.Client
	sess       *kgo.GroupTransactSession
	sessOpts   []kgo.Opt
	classifier *diagnose.Classifier
	parts      int32 // partitions of the repartition and state topics
	m          *metrics

	// state is the committed state of the owned repartition partitions,
	// by partition and provider key; only the poll goroutine touches it.
	state map[int32]map[string]*providerState

	mu         sync.Mutex
	rebalances []rebalance
}

type rebalance struct {
	assigned bool
	parts    []int32
}

// New creates the stage's topics when missing and joins nothing yet; Run
// does.
func New(ctx context.Context, cfg Config) (*Stage, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	s := &Stage{cfg: cfg, topics: TopicsFor(cfg.TopicPrefix, cfg.Group), log: cfg.Logger, classifier: diagnose.New(), state: map[int32]map[string]*providerState{}}
	if s.m, err = newMetrics(cfg.Registerer); err != nil {
		return nil, err
	}
	if s.admCl, err = kgo.NewClient(cfg.Kafka...); err != nil {
		return nil, fmt.Errorf("incidents: kafka client: %w", err)
	}
	s.adm = kadm.NewClient(s.admCl)
	fail := func(err error) (*Stage, error) { s.admCl.Close(); return nil, err }
	if err := s.ensureTopics(ctx); err != nil {
		return fail(err)
	}
	opts := append(slices.Clone(cfg.Kafka),
		kgo.ConsumerGroup(cfg.Group),
		kgo.ConsumeTopics(s.topics.Alerts, s.topics.Repartition),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.RequireStableFetchOffsets(),
		kgo.FetchMaxWait(500*time.Millisecond),
		// Kafka 4 writes a transaction's markers after answering its
		// commit: the next transaction's first produce may be answered
		// CONCURRENT_TRANSACTIONS, retried after a metadata refresh (as
		// the processor does; franz-go waits up to 5 s by default).
		kgo.MetadataMinAge(250*time.Millisecond),
		kgo.TransactionalID(cfg.Group+"-"+cfg.InstanceID),
		kgo.TransactionTimeout(cfg.TransactionTimeout),
		kgo.RecordPartitioner(partitioner{repartition: s.topics.Repartition, state: s.topics.State}),
		kgo.OnPartitionsAssigned(func(_ context.Context, _ *kgo.Client, a map[string][]int32) { s.queue(true, a[s.topics.Repartition]) }),
		kgo.OnPartitionsRevoked(func(_ context.Context, _ *kgo.Client, r map[string][]int32) { s.queue(false, r[s.topics.Repartition]) }),
		kgo.OnPartitionsLost(func(_ context.Context, _ *kgo.Client, r map[string][]int32) { s.queue(false, r[s.topics.Repartition]) }),
	)
	if cfg.SessionTimeout > 0 {
		opts = append(opts, kgo.SessionTimeout(cfg.SessionTimeout), kgo.HeartbeatInterval(max(cfg.SessionTimeout/10, 100*time.Millisecond)))
	}
	s.sessOpts = opts
	if s.sess, err = kgo.NewGroupTransactSession(opts...); err != nil {
		return fail(fmt.Errorf("incidents: transact session: %w", err))
	}
	// Initialise the transactional id now: that fences a crashed run of
	// this instance and aborts its open transaction at once.
	if _, _, err := s.sess.Client().ProducerID(ctx); err != nil {
		s.sess.Close()
		return fail(fmt.Errorf("incidents: initialize transactional id %s-%s: %w", cfg.Group, cfg.InstanceID, err))
	}
	return s, nil
}

// Run is New, Stage.Run and Close in one call.
func Run(ctx context.Context, cfg Config) error {
	s, err := New(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close()
	return s.Run(ctx)
}

// Close leaves the group (aborting an open transaction) and releases the
// clients. It waits at most closeTimeout: franz-go's Close can wait for a
// rebalance of the group to settle, and a stopping process must not (the
// broker ends what is left: the member's session, the transaction).
func (s *Stage) Close() {
	done := make(chan struct{})
	go func() {
		s.sess.Close()
		s.admCl.Close()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(closeTimeout):
		s.log.Warn("incidents: the Kafka clients did not close in time; the broker ends the session", "waited", closeTimeout.String())
	}
}

func (s *Stage) ensureTopics(ctx context.Context) error {
	// The alerts topic is the processor's to create (with its partition
	// count); wait for it rather than create it with another.
	var n int32
	for n == 0 {
		td, err := s.adm.ListTopics(ctx, s.topics.Alerts)
		if err == nil {
			n = int32(len(td[s.topics.Alerts].Partitions))
		}
		if n > 0 {
			break
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("incidents: waiting for topic %s: %w", s.topics.Alerts, context.Cause(ctx))
		case <-time.After(200 * time.Millisecond):
		}
	}
	if s.cfg.Partitions > 0 {
		n = s.cfg.Partitions
	}
	// The incidents topic is compacted by incident id, as its records'
	// doc says (schemas.Incident): a reader that starts from the beginning
	// (incidents.Table) finds every incident still open however long ago
	// it opened; the compaction lag keeps every revision for a day, so
	// that a sink down for less than that still notifies each one.
	for _, t := range []struct {
		name      string
		compacted bool
		lag       time.Duration
	}{{s.topics.Repartition, false, 0}, {s.topics.State, true, 0}, {s.topics.Incidents, true, 24 * time.Hour}} {
		if err := ensureTopic(ctx, s.adm, t.name, n, s.cfg.Replication, t.compacted, t.lag); err != nil {
			return err
		}
	}
	// Wait until the metadata shows the topics (Apache Kafka answers
	// CreateTopics before every broker knows them).
	for {
		td, err := s.adm.ListTopics(ctx, s.topics.Repartition, s.topics.State, s.topics.Incidents)
		if err == nil {
			r, st := len(td[s.topics.Repartition].Partitions), len(td[s.topics.State].Partitions)
			if r > 0 && st > 0 && td[s.topics.Incidents].Err == nil && len(td[s.topics.Incidents].Partitions) > 0 {
				if r != st {
					return fmt.Errorf("incidents: topic %s has %d partitions but %s has %d: they must be co-partitioned", s.topics.Repartition, r, s.topics.State, st)
				}
				s.parts = int32(r)
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("incidents: waiting for topics: %w", context.Cause(ctx))
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func (s *Stage) queue(assigned bool, parts []int32) {
	if len(parts) == 0 {
		return
	}
	s.mu.Lock()
	s.rebalances = append(s.rebalances, rebalance{assigned: assigned, parts: slices.Clone(parts)})
	s.mu.Unlock()
}

// Run consumes until ctx ends; it returns nil then, or the error that
// stopped it.
// errHookStop wraps the error of a test hook (Config.afterProduce): it
// stops Run, as a crash would, instead of being retried.
var errHookStop = errors.New("incidents: stopped by a test hook")

// Run processes the alerts until ctx ends, and returns nil then, after
// leaving the group (a stop is bounded: see shutdown.go). A failure of
// the broker, the coordinator or a restore is logged and retried with a
// new session and a growing pause (1 s to 30 s), not returned: the stage
// runs beside the processor in mailflow run, which must not stop for it.
func (s *Stage) Run(ctx context.Context) error {
	s.log.Info("incidents: started", "group", s.cfg.Group, "alerts", s.topics.Alerts, "incidents", s.topics.Incidents,
		"min_domains", s.cfg.Rules.MinDomains, "min_customers", s.cfg.Rules.MinCustomers, "window", s.cfg.Rules.Window)
	defer s.leaveGroup()
	retry := time.Second
	for {
		fs := s.sess.PollFetches(ctx)
		if ctx.Err() != nil || fs.IsClientClosed() {
			return nil
		}
		fs.EachError(func(t string, p int32, err error) {
			s.log.Warn("incidents: fetch error", "topic", t, "partition", p, "err", err)
		})
		err := s.rebalance(ctx)
		if err == nil && fs.NumRecords() > 0 {
			err = s.process(ctx, fs)
		}
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, errHookStop) {
			return err
		}
		if err != nil {
			// A broker or coordinator that is down, a restore that
			// could not read: retried with a new session (which
			// restores the partitions it is given) rather than
			// stopping mailflow run beside it.
			s.log.Error("incidents: the stage failed; retrying with a new session", "err", err, "retry_in", retry.String())
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(retry):
			}
			retry = min(2*retry, 30*time.Second)
			if err := s.renewSession(ctx, err); err != nil && ctx.Err() == nil {
				s.log.Error("incidents: new session", "err", err)
			}
			continue
		}
		retry = time.Second
	}
}

// rebalance applies the queued assignments and revocations: a revoked
// partition's state is dropped, an assigned one is restored from its
// changelog partition before any of its records is processed.
func (s *Stage) rebalance(ctx context.Context) error {
	s.mu.Lock()
	evs := s.rebalances
	s.rebalances = nil
	s.mu.Unlock()
	var restore []int32
	for _, ev := range evs {
		for _, p := range ev.parts {
			if ev.assigned {
				restore = append(restore, p)
			} else {
				delete(s.state, p)
				restore = slices.DeleteFunc(restore, func(x int32) bool { return x == p })
			}
		}
	}
	for _, p := range restore {
		st, err := s.restore(ctx, p)
		if err != nil {
			return err
		}
		s.state[p] = st
	}
	return nil
}

// restore reads changelog partition p from its start to its end. It waits
// until no transaction is open on the partition (its last stable offset is
// its high watermark): the previous owner's last transaction must have
// ended one way or the other, or its records would be missed.
func (s *Stage) restore(ctx context.Context, p int32) (map[string]*providerState, error) {
	topic := s.topics.State
	var end int64
	for {
		lso, err := s.adm.ListCommittedOffsets(ctx, topic)
		if err != nil {
			return nil, fmt.Errorf("incidents: restore: last stable offset of %s/%d: %w", topic, p, err)
		}
		hwm, err := s.adm.ListEndOffsets(ctx, topic)
		if err != nil {
			return nil, fmt.Errorf("incidents: restore: end offset of %s/%d: %w", topic, p, err)
		}
		l, _ := lso.Lookup(topic, p)
		h, _ := hwm.Lookup(topic, p)
		if l.Err == nil && h.Err == nil && l.Offset == h.Offset {
			end = l.Offset
			break
		}
		select {
		case <-ctx.Done():
			return nil, context.Cause(ctx)
		case <-time.After(100 * time.Millisecond):
		}
	}
	out := map[string]*providerState{}
	if end == 0 {
		return out, nil
	}
	cl, err := kgo.NewClient(append(slices.Clone(s.cfg.Kafka),
		kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: {p: kgo.NewOffset().AtStart()}}),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		// Transaction markers end a changelog partition: seeing them is
		// how the restore knows it reached the end.
		kgo.KeepControlRecords(),
	)...)
	if err != nil {
		return nil, fmt.Errorf("incidents: restore: %w", err)
	}
	defer cl.Close()
	var pos int64
	records := 0
	for pos < end {
		fs := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
		var ferr error
		fs.EachError(func(t string, part int32, err error) { ferr = fmt.Errorf("incidents: restore %s/%d: %w", t, part, err) })
		if ferr != nil {
			return nil, ferr
		}
		fs.EachRecord(func(r *kgo.Record) {
			pos = r.Offset + 1
			if r.Attrs.IsControl() {
				return
			}
			records++
			key := string(r.Key)
			if r.Value == nil {
				delete(out, key)
				return
			}
			st, err := decodeState(r.Value)
			if err != nil {
				// A record this version cannot read is logged and
				// skipped: the provider starts afresh.
				s.log.Error("incidents: restore: unreadable state record, skipped", "topic", topic, "partition", p, "offset", r.Offset, "err", err)
				return
			}
			out[key] = st
		})
	}
	s.log.Info("incidents: restored partition", "topic", topic, "partition", p, "records", records, "providers", len(out))
	return out, nil
}

// txnState is what one transaction changed: copies of the providers it
// touched, by partition, installed only once it commits.
type txnState struct {
	dirty map[int32]map[string]*providerState
	order []dirtyKey
}

type dirtyKey struct {
	part int32
	key  string
}

func (t *txnState) get(s *Stage, part int32, p Provider) *providerState {
	if m := t.dirty[part]; m != nil {
		if st := m[p.Key]; st != nil {
			return st
		}
	}
	if t.dirty[part] == nil {
		t.dirty[part] = map[string]*providerState{}
	}
	var st *providerState
	if cur := s.state[part][p.Key]; cur != nil {
		st = cur.clone()
	} else {
		st = newProviderState(p)
	}
	t.dirty[part][p.Key] = st
	t.order = append(t.order, dirtyKey{part, p.Key})
	return st
}

// process handles one poll in one transaction: alerts are repartitioned
// by provider, repartitioned alerts update the providers' state and make
// incident records, and the changed states go to the changelog. The first
// failed produce aborts the transaction; an abort drops every change, and
// the session rewinds to the committed offsets.
func (s *Stage) process(pollCtx context.Context, fs kgo.Fetches) error {
	ctx, cancel := endContext(pollCtx, s.cfg.CommitTimeout)
	defer cancel()
	if err := s.sess.Begin(); err != nil {
		return fmt.Errorf("incidents: begin transaction: %w", err)
	}
	cl := s.sess.Client()
	fctx, cancelFlush := context.WithCancel(ctx)
	defer cancelFlush()
	var (
		pmu  sync.Mutex
		perr error
	)
	promise := func(r *kgo.Record, err error) {
		if err == nil {
			return
		}
		pmu.Lock()
		defer pmu.Unlock()
		if perr == nil {
			perr = fmt.Errorf("produce to %s partition %d: %w", r.Topic, r.Partition, err)
			cancelFlush()
		}
	}
	produce := func(r *kgo.Record) { cl.Produce(fctx, r, promise) }

	t := &txnState{dirty: map[int32]map[string]*providerState{}}
	var made []schemas.Incident
	repartitioned, ungrouped := 0, 0
	for _, r := range inStreamOrder(fs, s.topics.Alerts) {
		switch r.Topic {
		case s.topics.Alerts:
			a, err := schemas.DecodeStatusChange(r.Value)
			if err != nil {
				// The sinks dead-letter invalid alerts; here they only
				// cannot be grouped.
				s.log.Warn("incidents: invalid alert skipped", "partition", r.Partition, "offset", r.Offset, "err", schemas.Reason(err))
				ungrouped++
				continue
			}
			if a.Kind != schemas.KindStatus {
				// A detection alert (delayed mail, …) is no status change:
				// incidents group domains that turned Bad.
				continue
			}
			if a.From == schemas.StatusBad {
				// A recovery goes to every partition, which looks for the
				// domain among its providers: the provider of a recovery
				// cannot always be told (a delivered response names none)
				// and need not be the one the Bad alert was grouped by.
				// Recoveries are rare; the copies cost little.
				for part := range s.parts {
					produce(&kgo.Record{Topic: s.topics.Repartition, Partition: part, Value: r.Value})
				}
				repartitioned++
				continue
			}
			p, ok := providerOf(s.classifier, &a)
			if !ok {
				s.log.Debug("incidents: alert without a recognisable provider", "domain", a.Domain, "alert_id", a.ID)
				ungrouped++
				continue
			}
			produce(&kgo.Record{Topic: s.topics.Repartition, Key: []byte(p.Key), Value: r.Value})
			repartitioned++
		case s.topics.Repartition:
			a, err := schemas.DecodeStatusChange(r.Value)
			if err != nil {
				s.log.Warn("incidents: invalid repartitioned alert skipped", "partition", r.Partition, "offset", r.Offset, "err", schemas.Reason(err))
				continue
			}
			if len(r.Key) == 0 {
				for _, key := range t.keys(s, r.Partition) {
					if !t.view(s, r.Partition, key).holds(a.Domain) {
						continue
					}
					st := t.get(s, r.Partition, t.view(s, r.Partition, key).Provider)
					out, _ := st.apply(&a, s.cfg.Rules)
					made = append(made, out...)
				}
				continue
			}
			p, ok := providerOf(s.classifier, &a)
			if !ok || p.Key != string(r.Key) {
				// Derivation changed between versions: trust the key.
				p = Provider{Key: string(r.Key), Name: string(r.Key)}
				if cur := s.state[r.Partition][p.Key]; cur != nil {
					p = cur.Provider
				}
			}
			st := t.get(s, r.Partition, p)
			out, _ := st.apply(&a, s.cfg.Rules)
			made = append(made, out...)
		}
	}
	for _, inc := range made {
		v, err := schemas.MarshalIncident(&inc)
		if err != nil {
			promise(&kgo.Record{Topic: s.topics.Incidents}, err)
			continue
		}
		produce(&kgo.Record{Topic: s.topics.Incidents, Key: []byte(inc.ID), Value: v})
	}
	for _, k := range t.order {
		st := t.dirty[k.part][k.key]
		rec := &kgo.Record{Topic: s.topics.State, Partition: k.part, Key: []byte(k.key)}
		if !st.empty() {
			v, err := json.Marshal(st)
			if err != nil {
				promise(rec, err)
				continue
			}
			rec.Value = v
		}
		produce(rec)
	}
	if s.cfg.afterProduce != nil {
		if err := s.cfg.afterProduce(len(made)); err != nil {
			return fmt.Errorf("%w: %w", errHookStop, err)
		}
	}
	ferr := cl.Flush(fctx)
	pmu.Lock()
	failed := perr
	pmu.Unlock()
	try := kgo.TryCommit
	if ferr != nil || failed != nil {
		try = kgo.TryAbort
	}
	committed, err := s.sess.End(ctx, try)
	if err != nil || !committed {
		cause := errors.Join(failed, ferr, err)
		if err != nil && (errors.Is(err, kerr.ProducerFenced) || errors.Is(err, kerr.InvalidProducerEpoch) || errors.Is(err, kerr.InvalidTxnState)) {
			return s.renewSession(pollCtx, err)
		}
		s.m.transactions.WithLabelValues("aborted").Inc()
		s.log.Info("incidents: transaction aborted; the records will be processed again", "err", cause)
		if err != nil {
			// End may have returned before ending: end it as an abort so
			// that the next Begin works.
			actx, acancel := abortContext(pollCtx, s.cfg.CommitTimeout)
			_, aerr := s.sess.End(actx, kgo.TryAbort)
			acancel()
			switch {
			case aerr == nil:
			case pollCtx.Err() != nil:
				// Stopping: the broker's transaction timeout or the
				// next start ends it.
				return nil
			default:
				// A broker outage outlasted the abort: a new session
				// (a new producer epoch fences the open transaction)
				// rather than stopping mailflow run.
				return s.renewSession(pollCtx, fmt.Errorf("abort after a failed end (%v): %w", err, aerr))
			}
		}
		select {
		case <-pollCtx.Done():
		case <-time.After(200 * time.Millisecond):
		}
		return nil
	}
	s.m.transactions.WithLabelValues("committed").Inc()
	for _, k := range t.order {
		if s.state[k.part] == nil {
			// The partition was revoked meanwhile; its new owner restores
			// what this transaction committed.
			continue
		}
		if st := t.dirty[k.part][k.key]; st.empty() {
			delete(s.state[k.part], k.key)
		} else {
			s.state[k.part][k.key] = st
		}
	}
	s.m.alerts.WithLabelValues("grouped").Add(float64(repartitioned))
	s.m.alerts.WithLabelValues("ungrouped").Add(float64(ungrouped))
	for _, inc := range made {
		s.m.records.WithLabelValues(string(inc.Event)).Inc()
		if inc.Event == schemas.IncidentUpdated {
			s.log.Debug("incidents: incident updated", "incident", inc.ID, "provider", inc.ProviderName, "category", inc.Category, "affected", inc.Affected, "total", inc.Total)
			continue
		}
		s.log.Info("incidents: incident "+string(inc.Event), "incident", inc.ID, "provider", inc.ProviderName, "category", inc.Category,
			"affected", inc.Affected, "total", inc.Total, "customers", len(inc.Customers))
	}
	return nil
}

// inStreamOrder returns the poll's records: the repartitioned alerts as
// fetched (each partition in offset order: that order is the stage's
// input, fixed once committed), then the alerts of the alerts topic
// ordered by their time (At; then partition and offset). Alerts of
// different partitions interleave differently from one run to the next;
// ordering the poll's by stream time, as Kafka Streams picks the record
// with the lowest timestamp among its partitions, makes a rebuild group
// them as the first run did whenever the alerts come in the same poll.
func inStreamOrder(fs kgo.Fetches, alerts string) []*kgo.Record {
	var rep, al []*kgo.Record
	type keyed struct {
		at time.Time
		r  *kgo.Record
	}
	var ks []keyed
	fs.EachRecord(func(r *kgo.Record) {
		if r.Topic != alerts {
			rep = append(rep, r)
			return
		}
		var head struct {
			At time.Time `json:"at"`
		}
		if schemas.CheckNesting(r.Value) == nil {
			_ = json.Unmarshal(r.Value, &head) // an invalid alert sorts first and is skipped later
		}
		ks = append(ks, keyed{head.At, r})
	})
	slices.SortStableFunc(ks, func(a, b keyed) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		if a.r.Partition != b.r.Partition {
			return int(a.r.Partition - b.r.Partition)
		}
		return int(a.r.Offset - b.r.Offset)
	})
	for _, k := range ks {
		al = append(al, k.r)
	}
	return append(rep, al...)
}

// renewSession replaces a session whose producer the broker fenced (its
// transaction outlived the transaction timeout, or another process took
// the transactional id): the old one leaves the group, the new one joins
// and is assigned partitions again, which are restored from the
// changelog. The aborted transaction's alerts are processed again.
func (s *Stage) renewSession(ctx context.Context, cause error) error {
	s.log.Warn("incidents: starting a new session", "transactional_id", s.cfg.Group+"-"+s.cfg.InstanceID, "cause", cause)
	s.sess.Close()
	clear(s.state)
	s.mu.Lock()
	s.rebalances = nil
	s.mu.Unlock()
	sess, err := kgo.NewGroupTransactSession(s.sessOpts...)
	if err != nil {
		return fmt.Errorf("incidents: new transact session: %w", err)
	}
	s.sess = sess
	if _, _, err := sess.Client().ProducerID(ctx); err != nil && ctx.Err() == nil {
		return fmt.Errorf("incidents: initialize transactional id %s-%s (after %v): %w", s.cfg.Group, s.cfg.InstanceID, cause, err)
	}
	return nil
}

// keys returns the providers of partition part, committed or made in
// this transaction, sorted.
func (t *txnState) keys(s *Stage, part int32) []string {
	out := make([]string, 0, len(s.state[part])+len(t.dirty[part]))
	for k := range s.state[part] {
		out = append(out, k)
	}
	for k := range t.dirty[part] {
		out = append(out, k)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// view returns the provider's state as this transaction sees it, without
// copying it.
func (t *txnState) view(s *Stage, part int32, key string) *providerState {
	if st := t.dirty[part][key]; st != nil {
		return st
	}
	return s.state[part][key]
}

// partitioner places changelog records by their Partition field (the
// partition of the repartitioned alerts they reflect), repartitioned
// alerts by the murmur2 hash of their provider key (Kafka's default) or,
// without a key (a recovery sent to every partition), by their Partition
// field, and every other record by its key.
type partitioner struct{ repartition, state string }

func (p partitioner) ForTopic(t string) kgo.TopicPartitioner {
	switch t {
	case p.state:
		return kgo.ManualPartitioner().ForTopic(t)
	case p.repartition:
		return keyOrManual{kgo.StickyKeyPartitioner(nil).ForTopic(t)}
	}
	return kgo.StickyKeyPartitioner(nil).ForTopic(t)
}

type keyOrManual struct{ keyed kgo.TopicPartitioner }

func (keyOrManual) RequiresConsistency(*kgo.Record) bool { return true }

func (p keyOrManual) Partition(r *kgo.Record, n int) int {
	if len(r.Key) == 0 {
		return int(r.Partition)
	}
	return p.keyed.Partition(r, n)
}

// maxMessageBytes is the max.message.bytes of the topics the stage
// creates, as the processor's (processor.MaxMessageBytes): an incident
// record lists its domains.
const maxMessageBytes = 4 << 20

// ensureTopic creates a topic unless it exists.
func ensureTopic(ctx context.Context, adm *kadm.Client, name string, partitions int32, replication int16, compacted bool, lag time.Duration) error {
	configs := map[string]*string{"max.message.bytes": kadm.StringPtr(fmt.Sprint(maxMessageBytes))}
	if compacted {
		configs["cleanup.policy"] = kadm.StringPtr("compact")
	}
	if lag > 0 {
		configs["min.compaction.lag.ms"] = kadm.StringPtr(fmt.Sprint(lag.Milliseconds()))
	}
	resp, err := adm.CreateTopic(ctx, partitions, replication, configs, name)
	if err == nil {
		err = resp.Err
	}
	if err != nil && !errors.Is(err, kerr.TopicAlreadyExists) {
		return fmt.Errorf("incidents: create topic %s (%d partitions, replication %d): %w", name, partitions, replication, err)
	}
	return nil
}

type metrics struct {
	transactions *prometheus.CounterVec
	alerts       *prometheus.CounterVec
	records      *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		transactions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mailflow_incidents_transactions_total", Help: "Transactions of the incidents stage by result (committed, aborted)."}, []string{"result"}),
		alerts:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mailflow_incidents_alerts_total", Help: "Alerts read by the incidents stage: grouped by provider, or ungrouped (no provider could be told)."}, []string{"result"}),
		records:      prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mailflow_incidents_records_total", Help: "Incident records written, by event (opened, updated, escalated, closed)."}, []string{"event"}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.transactions, m.alerts, m.records} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("incidents metrics: %w", err)
			}
		}
	}
	return m, nil
}
