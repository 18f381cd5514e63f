package sinks

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// job is one alert to bring to one target.
type job struct {
	alert   schemas.StatusChange
	raw     []byte
	source  string
	target  directory.Target
	episode string
	tracker *alertTracker
	read    time.Time
}

// laneKey names a queue: one target, one domain. Order matters only within
// it (a recovery must not overtake its Bad notification), and a slow
// receiver or a waiting minimum interval holds up nothing else.
type laneKey struct {
	target string
	domain string
}

// lanes runs one goroutine per non-empty queue; a queue's goroutine ends
// when the queue is empty, so idle targets cost nothing.
type lanes struct {
	s  *Sink
	mu sync.Mutex
	m  map[laneKey][]*job
	wg sync.WaitGroup
}

func newLanes(s *Sink) *lanes { return &lanes{s: s, m: map[laneKey][]*job{}} }

func (l *lanes) enqueue(ctx context.Context, j *job) {
	k := laneKey{target: j.target.Key(), domain: j.alert.Domain}
	l.mu.Lock()
	defer l.mu.Unlock()
	q, running := l.m[k]
	l.m[k] = append(q, j)
	if !running {
		l.wg.Add(1)
		go l.run(ctx, k)
	}
}

// wait blocks until every lane goroutine has ended (after ctx is done).
func (l *lanes) wait() { l.wg.Wait() }

// head returns the first job of the queue, or nil (and removes the queue,
// ending its goroutine) when it is empty or ctx is done.
func (l *lanes) head(ctx context.Context, k laneKey) *job {
	l.mu.Lock()
	defer l.mu.Unlock()
	q := l.m[k]
	if len(q) == 0 || ctx.Err() != nil {
		delete(l.m, k)
		return nil
	}
	return q[0]
}

// take removes and returns the first n jobs of the queue (all with n < 0).
func (l *lanes) take(k laneKey, n int) []*job {
	l.mu.Lock()
	defer l.mu.Unlock()
	q := l.m[k]
	if n < 0 || n > len(q) {
		n = len(q)
	}
	out := q[:n:n]
	l.m[k] = q[n:]
	return out
}

func (l *lanes) run(ctx context.Context, k laneKey) {
	defer l.wg.Done()
	s := l.s
	for {
		j := l.head(ctx, k)
		if j == nil {
			return
		}
		if s.alreadyDone(j) {
			l.take(k, 1)
			continue
		}
		n := 1
		if interval := j.target.MinInterval; interval > 0 {
			last, err := s.store.lastSent(k.target, k.domain)
			if err != nil {
				s.log.Error("sink: reading last notification time", "target", k.target, "domain", k.domain, "err", err)
			}
			if wait := time.Until(last.Add(interval)); wait > 0 {
				if sleep(ctx, wait) != nil {
					l.drain(k)
					return
				}
				// Everything that queued up while waiting goes out as one
				// notification: the latest state, with the transitions
				// before it listed rather than dropped.
				n = -1
			}
		}
		batch := l.take(k, n)
		var live []*job
		for _, b := range batch {
			if len(live) > 0 && s.alreadyDone(b) {
				continue
			}
			live = append(live, b)
		}
		if !s.deliverBatch(ctx, live) {
			l.drain(k)
			return
		}
	}
}

// drain removes a queue whose jobs are abandoned because the sink stops;
// their alerts stay uncommitted and are read again after a restart.
func (l *lanes) drain(k laneKey) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.m, k)
}

// alreadyDone reports (and finishes) a job whose notification the store
// shows done: an alert read again after a restart or a rebalance.
func (s *Sink) alreadyDone(j *job) bool {
	o, done, err := s.store.done(j.alert.ID, j.target.Key())
	if err != nil {
		s.log.Error("sink: reading delivery record", "alert_id", j.alert.ID, "target", j.target.Key(), "err", err)
		return false
	}
	if !done {
		return false
	}
	s.metrics.skipped.WithLabelValues(string(j.target.Channel)).Inc()
	s.log.Debug("sink: notification already done", "alert_id", j.alert.ID, "domain", j.alert.Domain,
		"manager", j.target.Manager, "channel", j.target.Channel, "outcome", string(o))
	s.offsets.finish(j.tracker)
	return true
}

// deliverBatch sends one notification for the jobs (the last one's alert,
// the others folded in), records the outcome and finishes the jobs. It
// returns false when ctx ended first: the jobs then stay unfinished.
func (s *Sink) deliverBatch(ctx context.Context, batch []*job) bool {
	last := batch[len(batch)-1]
	n := &notification{
		target:     last.target,
		alert:      last.alert,
		episode:    last.episode,
		consoleURL: consoleLink(s.cfg.ConsoleURL, last.alert.Domain),
	}
	for _, b := range batch[:len(batch)-1] {
		n.folded = append(n.folded, b.alert)
	}
	ch := string(n.target.Channel)
	log := s.log.With("domain", n.alert.Domain, "alert_id", n.alert.ID, "manager", n.target.Manager, "channel", ch)
	attempts, err := s.deliver(ctx, n, log)
	if ctx.Err() != nil {
		return false
	}
	outcome := outcomeDelivered
	if err != nil {
		outcome = outcomeDeadLettered
		for _, b := range batch {
			d := deadLetter{
				key: []byte(b.alert.Domain), value: b.raw, reason: err.Error(),
				manager: n.target.Manager, channel: ch, subscriptions: n.target.Subscriptions,
				attempts: attempts, alertID: b.alert.ID, source: b.source,
			}
			if s.writeDeadLetter(ctx, d) != nil {
				return false
			}
		}
		s.metrics.deadLettered.WithLabelValues(ch).Add(float64(len(batch)))
		log.Error("sink: notification dead-lettered", "attempts", attempts, "err", err)
	} else {
		s.metrics.sent.WithLabelValues(ch).Inc()
		s.metrics.latency.WithLabelValues(ch).Observe(time.Since(batch[0].read).Seconds())
		if len(n.folded) > 0 {
			s.metrics.folded.WithLabelValues(ch).Add(float64(len(n.folded)))
		}
		log.Info("sink: notification delivered", "transition", n.transition(), "attempts", attempts, "folded", len(n.folded))
	}
	if err := s.store.finish(n.target.Key(), n.alert.Domain, n.alertIDs(), outcome, time.Now()); err != nil {
		// Without the record a restart would notify again; finishing the
		// jobs anyway keeps the alert moving, and the error is loud.
		log.Error("sink: recording notification outcome", "err", err)
	}
	for _, b := range batch {
		s.offsets.finish(b.tracker)
	}
	return true
}

// deliver tries a notification until it is delivered, fails permanently
// or runs out of attempts, and returns the attempts made and the last
// error (nil when delivered). Waiting between attempts holds no delivery
// slot, so retries never starve other receivers.
func (s *Sink) deliver(ctx context.Context, n *notification, log *slog.Logger) (int, error) {
	for attempt := 1; ; attempt++ {
		select {
		case s.sem <- struct{}{}:
		case <-ctx.Done():
			return attempt - 1, context.Cause(ctx)
		}
		var err error
		switch n.target.Channel {
		case directory.ChannelEmail:
			err = s.mailer.send(ctx, n)
		case directory.ChannelWebhook:
			err = s.hooks.send(ctx, n)
		case ChannelAlertmanager:
			err = s.deliverAlertmanager(ctx, n)
		default:
			err = permanent(errUnknownChannel(n.target.Channel))
		}
		<-s.sem
		if err == nil {
			return attempt, nil
		}
		if ctx.Err() != nil {
			return attempt, context.Cause(ctx)
		}
		s.metrics.failed.WithLabelValues(string(n.target.Channel)).Inc()
		if isPermanent(err) || attempt >= s.cfg.MaxAttempts {
			return attempt, err
		}
		wait := backoff(attempt, s.cfg.BackoffBase, s.cfg.BackoffMax, retryAfterOf(err), s.cfg.MaxRetryAfter)
		log.Warn("sink: delivery attempt failed, will retry", "attempt", attempt, "retry_in", wait, "err", err)
		if sleep(ctx, wait) != nil {
			return attempt, context.Cause(ctx)
		}
	}
}

type errUnknownChannel directory.Channel

func (e errUnknownChannel) Error() string { return "unknown channel " + string(e) }
