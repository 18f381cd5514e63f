package sinks

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// amMetrics are the Alertmanager channel's own metrics; posts of single
// alerts count in the sink's per-channel metrics like any notification.
type amMetrics struct {
	firing  prometheus.Gauge
	reposts *prometheus.CounterVec // result: ok, failed
}

func newAMMetrics(reg prometheus.Registerer) (*amMetrics, error) {
	m := &amMetrics{
		firing: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "mailflow_sink_alertmanager_firing",
			Help: "Alerts of Bad domains the sink keeps posting to Alertmanager.",
		}),
		reposts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_sink_alertmanager_reposts_total",
			Help: "Periodic re-posts of the firing alerts to one Alertmanager, by result (ok, failed).",
		}, []string{"result"}),
	}
	if reg == nil {
		return m, nil
	}
	var err error
	if m.firing, err = register(reg, m.firing); err == nil {
		m.reposts, err = register(reg, m.reposts)
	}
	return m, err
}

// routeAlertmanager returns the Alertmanager targets of an alert and keeps
// the firing records up to date. It runs in dispatch, in partition order,
// so a domain's records follow its alerts exactly.
func (s *Sink) routeAlertmanager(part int32, offset int64, a schemas.StatusChange) []directory.Target {
	if !s.am.enabled() {
		return nil
	}
	defer func() {
		if err := s.store.setFiringMark(part, offset+1); err != nil {
			s.log.Error("sink: marking the firing alerts of a partition", "partition", part, "err", err)
		}
	}()
	tr, ok := directory.TransitionOf(a.From, a.To)
	if !ok {
		return nil
	}
	now := time.Now()
	log := s.log.With("domain", a.Domain, "alert_id", a.ID, "channel", string(ChannelAlertmanager))
	switch tr {
	case directory.TransitionBad:
		if err := s.store.setFiring(part, a.Domain, s.am.firing(a), now); err != nil {
			// The post itself still goes out; only the re-posting of a
			// restarted sink lacks the alert.
			log.Error("sink: recording firing alert", "err", err)
		}
	case directory.TransitionRecovered:
		if _, done, err := s.store.amResolved(a.ID); err == nil && done {
			// Read again after a restart: the Bad alert before it wrote the
			// firing record again.
			if err := s.store.dropFiring(part, a.Domain); err != nil {
				log.Error("sink: forgetting firing alert", "err", err)
			}
			break
		}
		f, firing, err := s.store.firingAlert(part, a.Domain)
		if err != nil {
			// The send finds no resolved record and dead-letters the
			// recovery: loud, and replayable.
			log.Error("sink: reading firing alert", "err", err)
			break
		}
		if !firing {
			// The Bad alert came before Alertmanager was configured:
			// Alertmanager has nothing to resolve.
			log.Debug("sink: recovery without a firing alert, nothing to resolve in Alertmanager")
			return nil
		}
		if err := s.store.resolve(part, a.Domain, a.ID, resolved(f, a, now), now); err != nil {
			log.Error("sink: recording resolved alert", "err", err)
		}
	}
	return s.am.targets()
}

// deliverAlertmanager is one attempt of sendAlertmanager under the
// endpoint's lock.
func (s *Sink) deliverAlertmanager(ctx context.Context, n *notification) error {
	e := s.am.byKey[n.target.Key()]
	if e == nil {
		return s.sendAlertmanager(ctx, n, nil)
	}
	e.mu.RLock()
	defer e.mu.RUnlock()
	return s.sendAlertmanager(ctx, n, e)
}

// repostLoop posts the firing alerts to every Alertmanager at start and
// then every resend interval, and sweeps old resolved records hourly.
//
// Without an Alertmanager configured it forgets the firing records left by
// an earlier configuration: recoveries read meanwhile did not clear them,
// so re-posting them once Alertmanager is configured again would open
// alerts of domains that are Good.
func (s *Sink) repostLoop(ctx context.Context) {
	if !s.am.enabled() {
		if n, err := s.store.dropAllFiring(); err != nil {
			s.log.Warn("sink: forgetting firing alerts of an earlier Alertmanager configuration", "err", err)
		} else if n > 0 {
			s.log.Info("sink: no Alertmanager configured, forgot its firing alerts", "alerts", n)
		}
		return
	}
	var swept time.Time
	for {
		s.repost(ctx)
		if time.Since(swept) > time.Hour {
			swept = time.Now()
			if n, err := s.store.sweepResolved(swept.Add(-s.cfg.DedupeRetention)); err != nil {
				s.log.Warn("sink: sweeping old resolved alerts", "err", err)
			} else if n > 0 {
				s.log.Info("sink: swept old resolved alerts", "records", n)
			}
		}
		if sleep(ctx, s.am.cfg.ResendInterval) != nil {
			return
		}
	}
}

// repostBatch bounds one request's alerts; Alertmanager accepts any number,
// but a request must finish within the timeout.
const repostBatch = 1000 // alertmanager.repostBatch's default

// repost posts every firing alert to every Alertmanager, each in its own
// goroutine so that one down does not delay the other. An Alertmanager
// that was down or restarted (it keeps alerts in memory only) thus has
// every firing alert again within a resend interval.
func (s *Sink) repost(ctx context.Context) {
	done := make(chan int, len(s.am.endpoints))
	for _, e := range s.am.endpoints {
		go func() { done <- s.repostTo(ctx, e) }()
	}
	n := 0
	for range s.am.endpoints {
		n = max(n, <-done)
	}
	s.amMetrics.firing.Set(float64(n))
}

// repostTo posts the firing alerts to e and returns how many there are. It
// reads them under e's lock, so that an alert whose domain recovered
// meanwhile is never posted after its resolved alert.
func (s *Sink) repostTo(ctx context.Context, e *amEndpoint) int {
	e.mu.Lock()
	defer e.mu.Unlock()
	now := time.Now().UTC()
	ends := now.Add(4 * s.am.cfg.ResendInterval)
	var alerts []amAlert
	assigned := s.assignedAlerts()
	if err := s.store.eachFiring(func(part int32, _ string, a amAlert) bool {
		if !assigned[part] {
			// Kept from a partition this member read before a
			// crash; re-posted only if it is assigned again.
			return true
		}
		// Stored by a release that did not bound it (see startOf).
		a.StartsAt = startOf(a.StartsAt, now)
		a.EndsAt = ends
		alerts = append(alerts, a)
		return true
	}); err != nil {
		s.log.Error("sink: reading firing alerts to re-post", "err", err)
		return 0
	}
	// Every chunk is posted, whatever the ones before it met: stopping
	// at the first failure left the alerts of the later chunks to expire
	// in Alertmanager, resolved while their domains stayed Bad (review
	// finding). Alertmanager keeps the valid alerts of a batch it
	// answers 400 for.
	var failed error
	for chunk := range slices.Chunk(alerts, s.am.repostBatch) {
		if err := s.am.post(ctx, e, chunk); err != nil {
			if ctx.Err() != nil {
				return len(alerts)
			}
			failed = cmp.Or(failed, err)
		}
	}
	if failed != nil {
		s.amMetrics.reposts.WithLabelValues("failed").Inc()
		s.metrics.failed.WithLabelValues(string(ChannelAlertmanager)).Inc()
		s.log.Warn("sink: re-posting firing alerts failed, will retry", "alertmanager", e.name,
			"alerts", len(alerts), "retry_in", s.am.cfg.ResendInterval, "err", failed)
		return len(alerts)
	}
	if len(alerts) > 0 {
		s.amMetrics.reposts.WithLabelValues("ok").Inc()
		s.log.Debug("sink: re-posted firing alerts", "alertmanager", e.name, "alerts", len(alerts))
	}
	return len(alerts)
}
