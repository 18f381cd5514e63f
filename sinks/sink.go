package sinks

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/incidents"
	"github.com/mailflow/mailflow/internal/quarantine"
	"github.com/mailflow/mailflow/schemas"
)

// Sink consumes the alerts topic and notifies the subscribers of each
// alert. Create it with New, run it with Run, release it with Close.
//
// Offsets are committed explicitly (kgo.DisableAutoCommit) rather than in a
// group transaction: a notification is an effect outside Kafka, so a
// transaction cannot make it exactly-once anyway, and retries of a dead
// receiver may take longer than any transaction timeout. Instead an alert's
// offset is committed once every notification of it was delivered or
// dead-lettered, and the Pebble store remembers what was delivered, so
// that an alert read again is not notified twice.
type Sink struct {
	cfg     Config
	topics  topics
	log     *slog.Logger
	cl      *kgo.Client
	table   *directory.Table
	store   *store
	mailer  *mailer
	hooks   *webhooker
	am      *alertmanager
	metrics *metrics
	// amMetrics are the Alertmanager channel's own metrics.
	amMetrics *amMetrics
	offsets   *offsets
	lanes     *lanes
	flow      *flow // when to read more, per-target budgets (flow.go)

	sem chan struct{} // delivery slots (Concurrency)

	// incidents knows the open provider-wide incidents (Config.Incidents);
	// nil when off.
	incidents *incidents.Table
	// pending are the reminders and releases queued and not yet done, by
	// target key and domain (control.go).
	pendingMu sync.Mutex
	pending   map[string]bool

	stopTable context.CancelFunc
	// rebuildCtx bounds the rebuilds of assigned partitions' Alertmanager
	// alerts (alertmanager_handover.go): Run's end or Close cancels it,
	// so that a rebuild never holds up a stop.
	rebuildCtx  context.Context
	stopRebuild context.CancelFunc
	// assigned holds the alerts partitions this member is assigned, whose
	// firing alerts it re-posts.
	assignedMu sync.Mutex
	assigned   map[int32]bool
	// catchUps are the catch-up regions of the partitions the group had
	// read nothing of (catchup.go).
	catchUpMu sync.Mutex
	catchUps  map[topicPartition]*catchUp
	closing   atomic.Bool
	closeOnce sync.Once

	// crash, set by tests, makes Run end without the final commit, as a
	// killed process would.
	crash bool
}

// New opens the store, starts following the directory and creates the
// Kafka client. It does not consume yet; Run does.
func New(ctx context.Context, cfg Config) (*Sink, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	s := &Sink{
		cfg:     cfg,
		topics:  cfg.topics(),
		log:     cfg.Logger,
		offsets: newOffsets(),
		sem:     make(chan struct{}, cfg.Concurrency),
		hooks:   newWebhooker(cfg.WebhookTimeout, cfg.AllowPrivateWebhooks, cfg.AllowLoopbackWebhooks, cfg.WebhookAllow...),
		pending: map[string]bool{},
	}
	s.lanes = newLanes(s)
	if s.metrics, err = newMetrics(cfg.Registerer); err != nil {
		return nil, fmt.Errorf("sink metrics: %w", err)
	}
	s.flow = newFlow(cfg, s.metrics)
	s.am = newAlertmanager(cfg.Alertmanager, cfg.ConsoleURL)
	if s.amMetrics, err = newAMMetrics(cfg.Registerer); err != nil {
		return nil, fmt.Errorf("sink metrics: %w", err)
	}
	// mailflow_store_damaged{store="sink"} and its set-aside directories.
	if cfg.Registerer != nil {
		if _, err := register(cfg.Registerer, quarantine.Collector(map[string]string{"sink": cfg.DataDir})); err != nil {
			return nil, fmt.Errorf("sink metrics: %w", err)
		}
	}
	if s.mailer, err = newMailer(cfg.SMTP); err != nil {
		return nil, fmt.Errorf("sink: %w", err)
	}
	if s.store, err = openStore(cfg.DataDir, s.log); err != nil {
		return nil, err
	}
	// A member re-posts the firing alerts of the partitions it is
	// assigned (alertmanager_handover.go); an older release's are dropped.
	if err := s.store.dropLegacyFiring(); err != nil {
		s.store.close()
		return nil, fmt.Errorf("sink: %w", err)
	}
	s.assigned = map[int32]bool{}
	s.catchUps = map[topicPartition]*catchUp{}
	s.rebuildCtx, s.stopRebuild = context.WithCancel(context.WithoutCancel(ctx))
	// The table lives as long as the sink, not as long as New's ctx.
	tctx, stop := context.WithCancel(context.WithoutCancel(ctx))
	s.stopTable = stop
	if s.table, err = directory.NewTable(tctx, s.topics.config, s.log, cfg.Kafka...); err != nil {
		stop()
		s.store.close()
		return nil, err
	}
	consume := []string{s.topics.alerts}
	if cfg.Incidents {
		consume = append(consume, s.topics.incidents)
		if s.incidents, err = incidents.NewTable(tctx, s.topics.incidents, s.log, cfg.Kafka...); err != nil {
			s.table.Close()
			stop()
			s.store.close()
			return nil, err
		}
	}
	opts := append([]kgo.Opt{}, cfg.Kafka...)
	opts = append(opts,
		kgo.ConsumerGroup(cfg.Group),
		kgo.ConsumeTopics(consume...),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		// A new group starts at the oldest retained alert rather than
		// missing the ones written while no sink ran.
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.DisableAutoCommit(),
		// Rebalances wait until a poll's records are tracked, so that a
		// revoke always sees every alert read from the partition.
		kgo.BlockRebalanceOnPoll(),
		kgo.OnPartitionsAssigned(s.onAssigned),
		kgo.OnPartitionsRevoked(s.onRevoked),
		kgo.OnPartitionsLost(s.onLost),
		kgo.WithHooks(brokerReads{s.metrics.brokerRead}),
	)
	if s.cl, err = kgo.NewClient(opts...); err != nil {
		if s.incidents != nil {
			s.incidents.Close()
		}
		s.table.Close()
		stop()
		s.store.close()
		return nil, fmt.Errorf("sink: kafka client: %w", err)
	}
	return s, nil
}

// Run is New, Sink.Run and Close in one call: it notifies until ctx ends.
func Run(ctx context.Context, cfg Config) error {
	s, err := New(ctx, cfg)
	if err != nil {
		return err
	}
	runErr := s.Run(ctx)
	return errors.Join(runErr, s.Close())
}

// Run consumes alerts until ctx ends, then waits for the deliveries in
// progress to stop and commits what finished. It returns nil when ctx
// ended, or the error that stopped it.
func (s *Sink) Run(ctx context.Context) error {
	if err := s.table.WaitReady(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	s.log.Info("sink: started", "alerts", s.topics.alerts, "group", s.cfg.Group, "smtp_host", s.cfg.SMTP.Host,
		"smtp_tls", s.cfg.SMTP.TLS, "private_webhooks", s.cfg.AllowPrivateWebhooks, "alertmanagers", len(s.am.endpoints))

	// A rebuild in the assignment callback holds up every poll: it ends
	// with Run.
	stopRebuild := context.AfterFunc(ctx, s.stopRebuild)
	defer stopRebuild()
	var wg sync.WaitGroup
	wg.Add(4)
	go func() { defer wg.Done(); s.checkLoop(ctx) }()
	go func() { defer wg.Done(); s.commitLoop(ctx) }()
	go func() { defer wg.Done(); s.sweepLoop(ctx) }()
	go func() { defer wg.Done(); s.repostLoop(ctx) }()

	err := s.pollLoop(ctx)
	s.lanes.wait()
	wg.Wait()
	if !s.crash {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		s.commit(cctx)
		cancel()
	}
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// Directory returns the directory the sink routes alerts with now: the
// config topic as far as the sink has read it (it may lag a write by a
// fetch). Callers must not modify it.
func (s *Sink) Directory() *directory.Directory { return s.table.Current() }

// Close leaves the group and releases the client, the table and the store.
func (s *Sink) Close() error {
	var err error
	s.closeOnce.Do(func() {
		s.stopRebuild()
		// Leaving the group revokes every partition: this member
		// keeps their firing records for when it is assigned them
		// again (alertmanager_handover.go).
		s.closing.Store(true)
		s.cl.Close()
		if s.incidents != nil {
			s.incidents.Close()
		}
		s.table.Close()
		s.stopTable()
		s.hooks.close()
		s.am.close()
		err = s.store.close()
	})
	return err
}

func (s *Sink) pollLoop(ctx context.Context) error {
	for {
		// Read only while the notifications in progress leave room (see
		// flow.go), so that a flood of alerts waits in Kafka, not here.
		n := s.flow.admit(ctx, 500)
		if n == 0 {
			return nil
		}
		fs := s.cl.PollRecords(ctx, n)
		if fs.IsClientClosed() || ctx.Err() != nil {
			s.cl.AllowRebalance()
			return nil
		}
		fs.EachError(func(topic string, p int32, err error) {
			s.log.Warn("sink: fetch error", "topic", topic, "partition", p, "err", err)
		})
		fs.EachRecord(func(r *kgo.Record) { s.dispatch(ctx, r) })
		s.cl.AllowRebalance()
	}
}

// dispatch routes one alert and queues a job per target. It runs on the
// poll goroutine, in partition order, which is what makes the Bad-episode
// bookkeeping of a domain (keyed by domain, so in one partition) exact.
func (s *Sink) dispatch(ctx context.Context, r *kgo.Record) {
	s.metrics.alerts.Inc()
	s.metrics.inflight.Inc()
	release := func() { s.metrics.inflight.Dec() }
	if r.Topic == s.topics.incidents {
		s.dispatchIncident(ctx, r, release)
		return
	}
	alert, err := schemas.DecodeStatusChange(r.Value)
	if err != nil {
		reason := "invalid alert: " + schemas.Reason(err)
		s.log.Error("sink: invalid alert, dead-lettering", "topic", r.Topic, "partition", r.Partition, "offset", r.Offset, "err", reason)
		t := s.offsets.track(r, 1, release)
		// Counted like a notification, under a target of its own, so
		// that a broker refusing dead letters stops the reading too.
		const target = "\x00deadletter"
		s.flow.add(target, 1, false)
		s.lanes.wg.Add(1)
		go func() {
			defer s.lanes.wg.Done()
			defer s.flow.done(target, 1)
			if s.writeDeadLetter(ctx, deadLetter{key: r.Key, value: r.Value, reason: reason, source: sourceOf(r)}) == nil {
				s.metrics.deadLettered.WithLabelValues("none").Inc()
				s.offsets.finish(t)
			}
		}()
		return
	}
	episode := s.episodeOf(alert)
	s.noteStatus(alert, r.Partition, r.Offset+1)
	dir := s.table.Current()
	now := time.Now()
	targets := dir.Subscribers(alert)
	for _, tg := range targets {
		// What a silence held and its end released goes first.
		s.releaseIfHeld(ctx, dir, tg, alert.Domain, now)
	}
	cu, history := s.inCatchUp(r)
	last := true
	if cu != nil {
		all := targets
		targets, last = s.catchUpTargets(cu, history, r.Offset, &alert, targets)
		s.holdFolded(dir, alert, r.Timestamp, r.Partition, r.Offset+1, all, targets)
	}
	targets = s.holdSilenced(dir, alert, r.Timestamp, r.Partition, r.Offset+1, targets)
	if last {
		if am := s.routeAlertmanager(r.Partition, r.Offset, alert); len(am) > 0 {
			targets = append(slices.Clip(targets), am...)
		}
	}
	if cu != nil {
		s.catchUpDone(r, cu, len(targets) > 0)
	}
	s.log.Debug("sink: alert routed", "domain", alert.Domain, "alert_id", alert.ID, "from", alert.From, "to", alert.To, "targets", len(targets))
	t := s.offsets.track(r, len(targets), release)
	for _, tg := range targets {
		s.lanes.enqueue(ctx, &job{alert: alert, raw: r.Value, source: sourceOf(r), target: tg, dir: dir, episode: episode, tracker: t, read: now})
	}
}

// episodeOf returns the id of the alert that began the Bad episode the
// alert belongs to or ends. The store keeps it per domain, set when a Bad
// alert is read; a recovery memoises what it found, so that reading it
// again after a restart finds the same episode even if a later Bad alert
// was read before the restart.
//
// A thread id derived from the alert alone is not possible: the recovery
// alert does not carry the Bad alert's id, and its "at" is not the Bad
// episode's start.
func (s *Sink) episodeOf(a schemas.StatusChange) string {
	tr, ok := directory.TransitionOf(a.From, a.To)
	if !ok {
		return ""
	}
	if tr == directory.TransitionBad {
		if err := s.store.setEpisode(a.Domain, a.ID); err != nil {
			s.log.Error("sink: recording bad episode", "domain", a.Domain, "alert_id", a.ID, "err", err)
		}
		return a.ID
	}
	memo := "recovery:" + a.ID
	if id, err := s.store.episode(memo); err == nil && id != "" {
		return id
	}
	id, err := s.store.episode(a.Domain)
	if err != nil {
		s.log.Error("sink: reading bad episode", "domain", a.Domain, "err", err)
		return ""
	}
	if id != "" {
		if err := s.store.setEpisode(memo, id); err != nil {
			s.log.Error("sink: recording recovery thread", "domain", a.Domain, "err", err)
		}
	}
	return id
}

func (s *Sink) commitLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.CommitInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.commit(ctx)
		}
	}
}

// commit commits the offsets of the alerts finished since the last commit.
func (s *Sink) commit(ctx context.Context) {
	m := s.offsets.marks()
	if m == nil {
		return
	}
	if err := s.commitSync(ctx, m); err != nil {
		s.offsets.redirty(m)
		if ctx.Err() == nil {
			s.log.Warn("sink: committing offsets", "group", s.cfg.Group, "err", err)
		}
	}
}

func (s *Sink) commitSync(ctx context.Context, m map[string]map[int32]kgo.EpochOffset) error {
	var cerr error
	s.cl.CommitOffsetsSync(ctx, m, func(_ *kgo.Client, _ *kmsg.OffsetCommitRequest, resp *kmsg.OffsetCommitResponse, err error) {
		if err != nil {
			cerr = err
			return
		}
		for _, t := range resp.Topics {
			for _, p := range t.Partitions {
				if e := kerr.ErrorForCode(p.ErrorCode); e != nil && cerr == nil {
					cerr = fmt.Errorf("commit %s/%d: %w", t.Topic, p.Partition, e)
				}
			}
		}
	})
	return cerr
}

// onRevoked commits what finished in the revoked partitions before another
// member takes them over.
func (s *Sink) onRevoked(ctx context.Context, _ *kgo.Client, revoked map[string][]int32) {
	if m := s.offsets.drop(revoked); len(m) > 0 {
		if err := s.commitSync(ctx, m); err != nil {
			s.log.Warn("sink: committing revoked partitions", "group", s.cfg.Group, "err", err)
		}
	}
	s.dropFiringOf(revoked, !s.closing.Load())
	s.dropCatchUps(revoked)
}

// onLost forgets lost partitions: the group already gave them to another
// member, so committing for them could overwrite its progress.
func (s *Sink) onLost(_ context.Context, _ *kgo.Client, lost map[string][]int32) {
	s.offsets.drop(lost)
	s.dropFiringOf(lost, true)
	s.dropCatchUps(lost)
}

// sweepLoop deletes delivery records past the retention, at start and
// then hourly.
func (s *Sink) sweepLoop(ctx context.Context) {
	for {
		if n, err := s.store.sweep(time.Now().Add(-s.cfg.DedupeRetention)); err != nil {
			s.log.Warn("sink: sweeping old delivery records", "err", err)
		} else if n > 0 {
			s.log.Info("sink: swept old delivery records", "records", n)
		}
		if sleep(ctx, time.Hour) != nil {
			return
		}
	}
}
