package sinks

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// job is one alert to bring to one target.
type job struct {
	alert  schemas.StatusChange
	raw    []byte
	source string
	target directory.Target
	// dir is the directory target was resolved with: while it is still
	// the table's current one, the target needs no resolving again
	// before it is sent (retarget.go).
	dir     *directory.Directory
	episode string
	tracker *alertTracker // nil for a reminder, a release or a held alert
	read    time.Time

	// incident makes the job an incident notification (alert unused);
	// incDomains are the domains its manager may see.
	incident   *schemas.Incident
	incDomains []string
	// repeat numbers a reminder of a domain still Bad (see repeat.go).
	repeat   int
	badSince time.Time
	// released are the alerts a silence held, sent now that it ended
	// (silence.go); the job's alert is the latest of them.
	released *heldState

	// folded are earlier alerts of the lane the job stands for too,
	// oldest first: jobs that queued behind a held notification and that
	// a later one superseded, as it arrived (lanes.enqueue) or when the
	// hold began (lanes.foldQueuedLocked), so that a lane held by flap
	// control or a minimum interval keeps two jobs, not one per flap.
	// omitted counts those dropped beyond maxFolded, omittedBad the
	// changes to Bad among them.
	folded              []schemas.StatusChange
	omitted, omittedBad int
	// heldUntil is the end of the flap-control hold last logged for the
	// job: a hold computed again (a directory change while it waits)
	// that ends at the same time is chatter, logged at debug.
	heldUntil time.Time
	// omittedIDs are the ids of the omitted alerts (len(omittedIDs) ==
	// omitted), recorded as done with the notification that finally
	// carries them. They are what a hold keeps of each flap beyond
	// maxFolded: an id, some 60 bytes, until the hold ends.
	omittedIDs []string
}

// maxFolded bounds the earlier alerts one job carries: a domain flapping
// every few seconds through a 30-minute hold is told as its count and
// the latest transitions, not thousands of lines.
const maxFolded = 100

// foldable reports whether a later job of its lane may supersede j: a
// plain alert (not a reminder, a release or an incident).
func (j *job) foldable() bool { return j.incident == nil && j.repeat == 0 && j.released == nil }

// id is what the store records the job's notification under.
func (j *job) id() string { return dedupeID(j.alert.ID, j.repeat, j.incident) }

// laneDomain is the domain part of the job's lane key: incidents have a
// lane of their own per target.
func (j *job) laneDomain() string {
	if j.incident != nil {
		return "incident:" + j.incident.ID
	}
	if j.alert.Kind != schemas.KindStatus {
		// A delay alert (issue 15) queues apart from the domain's status
		// changes: neither folds into the other, and its sending does not
		// count for the status's flap control.
		return "delay:" + j.alert.Domain
	}
	return j.alert.Domain
}

// laneKey names a queue: one target, one domain. Order matters only within
// it (a recovery must not overtake its Bad notification), and a slow
// receiver or a waiting minimum interval holds up nothing else.
type laneKey struct {
	target string
	domain string
}

// lanes runs one goroutine per non-empty queue; a queue's goroutine ends
// when the queue is empty, so idle targets cost nothing. Every job queued
// is counted in the sink's flow from enqueue until it is finished.
type lanes struct {
	s  *Sink
	mu sync.Mutex
	m  map[laneKey]*lane
	wg sync.WaitGroup
}

// lane is one queue and whether its goroutine waits on purpose (a flap
// hold or a minimum interval) rather than delivering.
type lane struct {
	q       []*job
	waiting bool
}

func newLanes(s *Sink) *lanes { return &lanes{s: s, m: map[laneKey]*lane{}} }

func (l *lanes) enqueue(ctx context.Context, j *job) {
	k := laneKey{target: j.target.Key(), domain: j.laneDomain()}
	l.mu.Lock()
	defer l.mu.Unlock()
	ln, running := l.m[k]
	if !running {
		ln = &lane{}
		l.m[k] = ln
	}
	l.s.flow.add(k.target, 1, ln.waiting)
	if ln.waiting {
		// The lane waits on purpose and everything behind its head will
		// go out as one notification: the new job supersedes the one
		// before it now, rather than each flap being held as a job
		// until the hold ends (a domain flapping through a 30-minute
		// hold would otherwise fill --max-queued and stop every other
		// notification); what stays of a flap is its id
		// (job.omittedIDs) once beyond maxFolded.
		ln.q = l.appendFoldingLocked(k, ln.q, j)
	} else {
		ln.q = append(ln.q, j)
	}
	if !running {
		l.wg.Add(1)
		go l.run(ctx, k)
	}
}

// supersedeLocked makes j, queued behind prev in a waiting lane, stand
// for prev too, and finishes prev. prev's alert offset may be committed
// no earlier than before: the lane's head, older than both, is still
// queued, and offsets commit only up to the oldest unfinished alert. The
// alerts beyond maxFolded are kept as ids only (omittedIDs), recorded
// with the notification that finally carries them (j's, or a later job's
// that supersedes j) when it ends (deliverBatch, Sink.drop): recorded
// now, a restart before that notification would skip them as done and
// they would never be told (review S30A-1).
func (l *lanes) supersedeLocked(k laneKey, prev, j *job) {
	s := l.s
	j.folded = append(append(prev.folded, prev.alert), j.folded...)
	j.omitted += prev.omitted
	j.omittedBad += prev.omittedBad
	j.omittedIDs = append(prev.omittedIDs, j.omittedIDs...)
	if over := len(j.folded) - maxFolded; over > 0 {
		for _, a := range j.folded[:over] {
			j.omittedIDs = append(j.omittedIDs, a.ID)
			j.omitted++
			if a.To == schemas.StatusBad {
				j.omittedBad++
			}
		}
		// In place: a lane of thousands folds one job at a time, and a
		// copy each time was the larger part of its cost.
		n := copy(j.folded, j.folded[over:])
		clear(j.folded[n:])
		j.folded = j.folded[:n]
	}
	prev.folded, prev.omittedIDs, prev.omitted, prev.omittedBad = nil, nil, 0, 0
	s.flow.wait(k.target, -1)
	s.flow.done(k.target, 1)
	if prev.tracker != nil {
		s.offsets.finish(prev.tracker)
	}
}

// wait blocks until every lane goroutine has ended (after ctx is done).
func (l *lanes) wait() { l.wg.Wait() }

// head returns the first job of the queue, or nil (and removes the queue,
// ending its goroutine) when it is empty or ctx is done.
func (l *lanes) head(ctx context.Context, k laneKey) *job {
	l.mu.Lock()
	defer l.mu.Unlock()
	ln := l.m[k]
	if len(ln.q) == 0 || ctx.Err() != nil {
		l.removeLocked(k, ln)
		return nil
	}
	return ln.q[0]
}

// take removes and returns the first n jobs of the queue (all with n < 0).
// The jobs stay counted in the flow until finished.
func (l *lanes) take(k laneKey, n int) []*job {
	l.mu.Lock()
	defer l.mu.Unlock()
	ln := l.m[k]
	if n < 0 || n > len(ln.q) {
		n = len(ln.q)
	}
	out := ln.q[:n:n]
	ln.q = ln.q[n:]
	return out
}

// hold marks the lane as waiting on purpose (on) or delivering again: its
// queued jobs, and those queued meanwhile, do not count against the
// in-flight budget while it waits.
func (l *lanes) hold(k laneKey, on bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	ln := l.m[k]
	if ln.waiting == on {
		return
	}
	ln.waiting = on
	if on {
		// Every queued job counts as waiting first: each job folded
		// below is taken out of that count (supersedeLocked).
		l.s.flow.wait(k.target, len(ln.q))
		l.foldQueuedLocked(k, ln)
	} else {
		l.s.flow.wait(k.target, -len(ln.q))
	}
}

// foldQueuedLocked folds the jobs queued behind the head of a lane that
// begins to wait, as enqueue folds those that come while it waits: a
// receiver slower than the alerts (or a sink catching up on a backlog)
// lets a flapping domain's jobs queue by the hundred before flap control
// holds the lane, and they would otherwise wait in memory, and count
// against --max-queued, until the hold ends. The head is the held job
// itself and stays; of each run of foldable jobs behind it the latest
// stands for the others (supersedeLocked); a job that is not foldable
// (a reminder, a release, an incident) keeps its place and separates the
// runs, as it does in enqueue.
func (l *lanes) foldQueuedLocked(k laneKey, ln *lane) {
	if len(ln.q) < 3 {
		return
	}
	// kept shares ln.q's array: it is written at or before the index the
	// loop reads.
	kept := ln.q[:1]
	for _, j := range ln.q[1:] {
		kept = l.appendFoldingLocked(k, kept, j)
	}
	clear(ln.q[len(kept):]) // the superseded jobs, for the collector
	ln.q = kept
}

// appendFoldingLocked appends j to the queue q of a waiting lane, j
// superseding q's last job (supersedeLocked) when both may fold and that
// job is not the head, q[0], which is the held notification itself.
func (l *lanes) appendFoldingLocked(k laneKey, q []*job, j *job) []*job {
	if len(q) >= 2 {
		if prev := q[len(q)-1]; prev.foldable() && j.foldable() {
			l.supersedeLocked(k, prev, j)
			q[len(q)-1] = j
			return q
		}
	}
	return append(q, j)
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
		changed := s.dirChanged()
		wait, flapping := s.holdFor(j, k, s.currentTarget(j))
		if wait > 0 {
			l.hold(k, true)
			var err error
			flapping, err = s.awaitHold(ctx, j, k, changed, wait, flapping)
			l.hold(k, false)
			if err != nil {
				l.abandon(k)
				return
			}
			// Everything that queued up while waiting goes out as one
			// notification: the latest state, with the transitions
			// before it listed rather than dropped.
			n = -1
		}
		if w := s.incidentWait(j); w > 0 && n == 1 {
			// Give the incidents stage the time to group the alert, so
			// that the notification names its incident.
			if sleep(ctx, w) != nil {
				l.abandon(k)
				return
			}
		}
		batch := l.take(k, n)
		var live []*job
		for _, b := range batch {
			// A job behind the head already done was read again (a
			// rebalance's re-read): what it carries was read again
			// after it too, by the jobs behind it, so it is not lost
			// with it (review S30B-2).
			if len(live) > 0 && s.alreadyDone(b) {
				continue
			}
			live = append(live, b)
		}
		if !s.deliverBatch(ctx, live, flapping) {
			// Abandoned: the sink stops, and the jobs' alerts stay
			// uncommitted, read again after a restart.
			s.flow.done(k.target, len(live))
			l.abandon(k)
			return
		}
	}
}

// abandon removes the queue as the sink stops.
func (l *lanes) abandon(k laneKey) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.removeLocked(k, l.m[k])
}

// removeLocked removes a queue whose goroutine ends: empty, or abandoned
// because the sink stops (the abandoned jobs' alerts stay uncommitted and
// are read again after a restart).
func (l *lanes) removeLocked(k laneKey, ln *lane) {
	if ln.waiting {
		l.s.flow.wait(k.target, -len(ln.q))
	}
	if len(ln.q) > 0 {
		l.s.flow.done(k.target, len(ln.q))
	}
	delete(l.m, k)
}

// alreadyDone reports (and finishes) a job whose notification the store
// shows done: an alert read again after a restart or a rebalance.
func (s *Sink) alreadyDone(j *job) bool {
	o, done, err := s.store.done(j.id(), j.target.Key())
	if err != nil {
		s.log.Error("sink: reading delivery record", "alert_id", j.alert.ID, "target", j.target.Key(), "err", err)
		return false
	}
	if !done {
		return false
	}
	s.flow.done(j.target.Key(), 1)
	s.metrics.skipped.WithLabelValues(string(j.target.Channel)).Inc()
	s.log.Debug("sink: notification already done", "alert_id", j.alert.ID, "domain", j.alert.Domain,
		"manager", j.target.Manager, "channel", j.target.Channel, "outcome", string(o))
	if j.tracker != nil {
		s.offsets.finish(j.tracker)
	}
	if j.repeat > 0 {
		// Sent before a crash that came before its state was updated:
		// move on to the next reminder rather than find this one again.
		if err := s.store.setRepeat(j.alert.Domain, j.target.Key(), repeatState{Alert: j.alert, Episode: j.episode, Sent: time.Now(), Repeats: j.repeat}); err != nil {
			s.log.Error("sink: recording reminder state", "domain", j.alert.Domain, "err", err)
		}
	} else if o == outcomeDelivered {
		s.keepReminding(j)
	}
	s.forgetPending(j)
	return true
}

// keepReminding gives back the reminder state of a Bad notification read
// again and found delivered, when the domain is still Bad as of it and
// the state is gone: a replay (a new group's catch-up on the same store,
// a crash) read an earlier recovery of the domain first, which dropped
// the states (noteStatus), and a notification found done is not
// delivered again, so afterDelivery would not set it back (review F2).
// The next reminder then comes an interval from now; one whose number
// went out before is found done and skipped.
func (s *Sink) keepReminding(j *job) {
	a := &j.alert
	if j.incident != nil || j.released != nil || a.Kind != schemas.KindStatus || a.To != schemas.StatusBad {
		return
	}
	if st, id, err := s.store.current(a.Domain); err != nil || st != schemas.StatusBad || id != a.ID {
		return
	}
	if _, ok, err := s.store.repeatOf(a.Domain, j.target.Key()); err != nil || ok {
		return
	}
	if err := s.store.setRepeat(a.Domain, j.target.Key(), repeatState{Alert: *a, Episode: j.episode, Sent: time.Now()}); err != nil {
		s.log.Error("sink: recording reminder state", "domain", a.Domain, "err", err)
	}
}

// deliverBatch sends one notification for the jobs (the last one's alert,
// the others folded in), records the outcome and finishes the jobs. It
// returns false when ctx ended first: the jobs then stay unfinished.
func (s *Sink) deliverBatch(ctx context.Context, batch []*job, flapping time.Duration) bool {
	last := batch[len(batch)-1]
	n := &notification{
		target:     last.target,
		dir:        last.dir,
		alert:      last.alert,
		episode:    last.episode,
		consoleURL: consoleLink(s.cfg.ConsoleURL, last.alert.Domain),
		incident:   last.incident,
		incDomains: last.incDomains,
		repeat:     last.repeat,
		badSince:   last.badSince,
	}
	for _, b := range batch {
		n.folded = append(n.folded, b.folded...)
		n.omitted += b.omitted
		n.omittedBad += b.omittedBad
		n.omittedIDs = append(n.omittedIDs, b.omittedIDs...)
		if b == last {
			break
		}
		switch {
		case b.released != nil:
			// The held alerts, the job's own (the latest) included.
			n.folded = append(n.folded, b.released.Alerts...)
		case b.repeat == 0 && b.incident == nil:
			n.folded = append(n.folded, b.alert)
		}
	}
	if last.released != nil {
		n.folded = append(n.folded, last.released.Alerts[:len(last.released.Alerts)-1]...)
		n.heldBy = last.released.Reason
	}
	ch := string(n.target.Channel)
	log := s.log.With("domain", n.alert.Domain, "alert_id", n.alert.ID, "manager", n.target.Manager, "channel", ch)
	// The target as the directory has it now, not as when the alert was
	// routed (retarget.go); deliver does the same before each retry.
	if reason := s.retarget(ctx, n); reason != "" {
		s.drop(batch, n, reason, log)
		return true
	}
	s.decorate(n, flapping)
	attempts, err := s.deliver(ctx, n, log)
	if err != nil && ctx.Err() != nil {
		// Stopped before it was delivered: the next start tries again.
		// One that was delivered as the stop came is recorded below, or
		// the next start would send it a second time.
		return false
	}
	var unreached errUnreached
	if errors.As(err, &unreached) {
		s.drop(batch, n, string(unreached), log)
		return true
	}
	outcome := outcomeDelivered
	if err != nil {
		outcome = outcomeDeadLettered
		folded := foldedElsewhere(n, batch)
		for _, b := range batch {
			d := deadLetter{
				key: []byte(b.alert.Domain), value: b.raw, reason: err.Error(),
				manager: n.target.Manager, channel: ch, subscriptions: n.target.Subscriptions,
				attempts: attempts, alertID: b.alert.ID, source: b.source,
			}
			if b == last {
				d.folded = folded
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
	lane := last.laneDomain()
	if err := s.store.finish(n.target.Key(), lane, n.alertIDs(), outcome, time.Now()); err != nil {
		// Without the record a restart would notify again; finishing the
		// jobs anyway keeps the alert moving, and the error is loud.
		log.Error("sink: recording notification outcome", "err", err)
	}
	if n.incident == nil && n.target.Channel != ChannelAlertmanager {
		s.afterDelivery(n, batch, outcome, log)
	}
	s.flow.done(n.target.Key(), len(batch))
	for _, b := range batch {
		if b.tracker != nil {
			s.offsets.finish(b.tracker)
		}
	}
	return true
}

// foldedElsewhere returns the ids of the alerts n tells besides those of
// batch's jobs, whose own records are dead-lettered with it: the alerts
// folded into the jobs, listed or only counted (HeaderFoldedAlertIDs).
func foldedElsewhere(n *notification, batch []*job) []string {
	own := make(map[string]bool, len(batch))
	for _, b := range batch {
		own[b.alert.ID] = true
	}
	var out []string
	add := func(id string) {
		if !own[id] {
			own[id] = true
			out = append(out, id)
		}
	}
	for _, id := range n.omittedIDs {
		add(id)
	}
	for _, a := range n.folded {
		add(a.ID)
	}
	return out
}

// deliver tries a notification until it is delivered, fails permanently
// or runs out of attempts, and returns the attempts made and the last
// error (nil when delivered). Waiting between attempts holds no delivery
// slot, so retries never starve other receivers.
func (s *Sink) deliver(ctx context.Context, n *notification, log *slog.Logger) (int, error) {
	key := n.target.Key()
	for attempt := 1; ; attempt++ {
		if attempt > 1 {
			// A retry goes where the directory says now: the manager
			// may have moved, or changed the address or webhook that
			// failed (the key, manager and channel, stays the same).
			if reason := s.retarget(ctx, n); reason != "" {
				return attempt - 1, errUnreached(reason)
			}
		}
		// The target's own slot first: a target whose receiver hangs
		// waits here for its own slots, holding none of the sink's.
		if !s.flow.acquire(ctx, key) {
			return attempt - 1, context.Cause(ctx)
		}
		select {
		case s.sem <- struct{}{}:
		case <-ctx.Done():
			s.flow.release(key)
			return attempt - 1, context.Cause(ctx)
		}
		var err error
		began := time.Now()
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
		s.flow.release(key)
		if err == nil {
			took := time.Since(began)
			slow := took > s.cfg.SlowDelivery
			if s.flow.outcome(key, slow) {
				if slow {
					log.Warn("sink: target slow; its notifications wait for it apart from the others'", "target", key, "took", took)
				} else {
					log.Info("sink: target delivering in time again", "target", key)
				}
			}
			return attempt, nil
		}
		if ctx.Err() != nil {
			return attempt, context.Cause(ctx)
		}
		s.metrics.failed.WithLabelValues(string(n.target.Channel)).Inc()
		if isPermanent(err) || attempt >= s.cfg.MaxAttempts {
			return attempt, err
		}
		if s.flow.outcome(key, true) {
			log.Warn("sink: target failing; its notifications wait for it apart from the others'", "target", key, "err", err)
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
