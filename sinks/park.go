package sinks

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/schemas"
)

// Parking keeps one target's trouble its own (security review: one
// manager's webhook answering 503 + Retry-After: 3600, or hanging, held
// every in-flight slot and stalled every other manager's notifications).
// It follows Postfix's deferred queue and per-destination limits:
//
//   - A notification that failed and will be retried does not wait in its
//     lane holding the alert's in-flight slot: its lane is parked — the
//     lane's jobs are written to the store (synced) and their alerts
//     finished, so the offsets move on and the slots free. When the retry
//     is due the park loop queues the lane again from the store, in order,
//     with each job's attempts so far.
//   - A target has at most Config.TargetInflight notifications of alerts
//     in flight; a new one beyond that parks its lane at once (reason
//     "throttled") and is queued again when the target has room.
//
// Only alert notifications of the directory's targets are parked:
// reminders and silence releases hold no slot and are queued again by the
// check loop from their own store state, and incident and Alertmanager
// notifications (few, and Alertmanager's targets are not in the
// directory) keep retrying in their lane.
//
// Store keys (beside store.go's and store_notify.go's):
//
//	r\x00<target key>\x00<lane>\x00<seq, 20 digits> → parkedJob (JSON)
//
// A crash between parking and the offset commit reads the alert again and
// may park it twice; the delivery records (store.done) make the second
// copy a no-op, so nothing is sent twice and nothing is skipped.

// The reasons a lane is parked (the metrics' reason label).
const (
	parkRetry     = "retry"
	parkThrottled = "throttled"
)

// parkWarnAfter is how long a lane stays parked before a warning says so.
const parkWarnAfter = 5 * time.Minute

// parkedJob is what the store keeps of a parked notification.
type parkedJob struct {
	Alert    schemas.StatusChange `json:"alert"`
	Raw      []byte               `json:"raw"`
	Source   string               `json:"source"`
	Episode  string               `json:"episode"`
	Read     time.Time            `json:"read"`
	Attempts int                  `json:"attempts"`
	Due      time.Time            `json:"due"`
	Reason   string               `json:"reason"`
}

// parkInfo is the in-memory index of a parked lane.
type parkInfo struct {
	due     time.Time
	n       int
	reason  string
	since   time.Time
	lastErr string
	warned  bool
}

func parkPrefix(k laneKey) string { return "r\x00" + k.target + "\x00" + k.domain + "\x00" }

func parkKey(k laneKey, seq uint64) []byte {
	return []byte(fmt.Sprintf("%s%020d", parkPrefix(k), seq))
}

// parkable reports whether a job may be parked (see above).
func (j *job) parkable() bool {
	return j.parkKey != nil || (j.tracker != nil && j.incident == nil && j.repeat == 0 && j.released == nil && j.target.Channel != ChannelAlertmanager)
}

// parkLocked writes j to the store under its lane and finishes its alert;
// l.mu is held. It returns false when the store write failed: the job then
// stays live, since not parked is better than lost.
func (l *lanes) parkLocked(k laneKey, j *job, attempts int, due time.Time, reason string) bool {
	s := l.s
	if j.parkKey == nil {
		j.parkKey = parkKey(k, j.seq)
	}
	p := parkedJob{Alert: j.alert, Raw: j.raw, Source: j.source, Episode: j.episode, Read: j.read, Attempts: attempts, Due: due, Reason: reason}
	if err := s.store.setJSON(j.parkKey, p); err != nil {
		s.log.Error("sink: parking a notification failed; keeping it in memory", "domain", j.alert.Domain, "target", k.target, "err", err)
		j.parkKey = nil
		return false
	}
	l.uncount(j)
	if j.tracker != nil {
		t := j.tracker
		j.tracker = nil
		s.offsets.finish(t)
	}
	return true
}

// park parks the lane k: the jobs given (the failed batch, first in
// order) and every job still queued. The lane's goroutine ends on its
// next head.
func (l *lanes) park(k laneKey, first []*job, attempts int, due time.Time, reason, lastErr string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.parkLaneLocked(k, first, attempts, due, reason, lastErr)
}

func (l *lanes) parkLaneLocked(k laneKey, first []*job, attempts int, due time.Time, reason, lastErr string) {
	s := l.s
	info := l.parked[k]
	if info == nil {
		info = &parkInfo{due: due, reason: reason, since: time.Now(), lastErr: lastErr}
		l.parked[k] = info
		s.log.Info("sink: notifications parked", "target", k.target, "domain", k.domain, "reason", reason,
			"until", due, "attempts", attempts, "err", lastErr)
	}
	var kept []*job
	for _, j := range append(first, l.m[k]...) {
		if !j.parkable() {
			// A reminder or release: its store state queues it again.
			s.forgetPending(j)
			continue
		}
		a := j.attempts
		if slicesContains(first, j) {
			a = attempts
		}
		if !l.parkLocked(k, j, a, info.due, info.reason) {
			kept = append(kept, j)
			continue
		}
		info.n++
		s.metrics.parked.WithLabelValues(info.reason).Inc()
		s.metrics.parkedTotal.WithLabelValues(reason).Inc()
	}
	if len(kept) > 0 {
		l.m[k] = kept
		return
	}
	if _, ok := l.m[k]; ok {
		l.m[k] = nil
	}
}

func slicesContains(js []*job, j *job) bool {
	for _, x := range js {
		if x == j {
			return true
		}
	}
	return false
}

// count and uncount keep the target's number of alert notifications in
// flight (l.mu held).
func (l *lanes) count(j *job) {
	if j.tracker != nil && !j.counted && j.parkable() {
		j.counted = true
		l.load[j.target.Key()]++
	}
}

func (l *lanes) uncount(j *job) {
	if j.counted {
		j.counted = false
		key := j.target.Key()
		if l.load[key]--; l.load[key] <= 0 {
			delete(l.load, key)
		}
	}
}

// done forgets a job that ended (delivered, dead-lettered, found done):
// its place in the target's count and its parked record.
func (l *lanes) done(j *job) {
	l.mu.Lock()
	l.uncount(j)
	l.mu.Unlock()
	if j.parkKey != nil {
		if err := l.s.store.del(j.parkKey); err != nil {
			l.s.log.Error("sink: forgetting a parked notification", "domain", j.alert.Domain, "err", err)
		}
		j.parkKey = nil
	}
}

// loadParked rebuilds the index of parked lanes from the store (at start).
func (l *lanes) loadParked() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.s.store.scan("r\x00", func(rest string, v []byte) {
		parts := strings.SplitN(rest, "\x00", 3)
		if len(parts) != 3 {
			return
		}
		k := laneKey{target: parts[0], domain: parts[1]}
		var p parkedJob
		if json.Unmarshal(v, &p) != nil {
			return
		}
		info := l.parked[k]
		if info == nil {
			info = &parkInfo{due: p.Due, reason: p.Reason, since: time.Now()}
			l.parked[k] = info
		}
		info.n++
		l.s.metrics.parked.WithLabelValues(info.reason).Inc()
	})
}

// parkLoop queues parked lanes again when their retry is due and their
// target has room, and warns of lanes parked for long.
func (s *Sink) parkLoop(ctx context.Context) {
	tick := min(max(s.cfg.BackoffBase, 10*time.Millisecond), time.Second)
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		s.lanes.resumeDue(ctx, time.Now())
	}
}

func (l *lanes) resumeDue(ctx context.Context, now time.Time) {
	s := l.s
	l.mu.Lock()
	var due []laneKey
	for k, info := range l.parked {
		if !info.warned && now.Sub(info.since) > parkWarnAfter {
			info.warned = true
			s.log.Warn("sink: notifications parked for long", "target", k.target, "domain", k.domain, "reason", info.reason,
				"parked", info.n, "since", info.since, "next_try", info.due, "err", info.lastErr)
		}
		if !now.Before(info.due) && l.load[k.target] < s.cfg.TargetInflight {
			due = append(due, k)
		}
	}
	l.mu.Unlock()
	for _, k := range due {
		l.resume(ctx, k)
	}
}

// resume reads lane k's parked jobs back into its queue, oldest first.
func (l *lanes) resume(ctx context.Context, k laneKey) {
	s := l.s
	dir := s.table.Current()
	type rec struct {
		key []byte
		p   parkedJob
	}
	var recs []rec
	prefix := parkPrefix(k)
	err := s.store.scan(prefix, func(rest string, v []byte) {
		var p parkedJob
		if err := json.Unmarshal(v, &p); err != nil {
			s.log.Error("sink: unreadable parked notification", "target", k.target, "domain", k.domain, "err", err)
			return
		}
		recs = append(recs, rec{key: []byte(prefix + rest), p: p})
	})
	if err != nil {
		s.log.Error("sink: reading parked notifications", "target", k.target, "domain", k.domain, "err", err)
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	info := l.parked[k]
	if info == nil {
		return
	}
	delete(l.parked, k)
	s.metrics.parked.WithLabelValues(info.reason).Sub(float64(info.n))
	var jobs []*job
	for _, r := range recs {
		tg, ok := targetByKey(dir.Subscribers(r.p.Alert), k.target)
		if !ok {
			// The subscription is gone: nobody to tell.
			s.log.Info("sink: parked notification dropped, its subscription is gone", "target", k.target, "domain", k.domain, "alert_id", r.p.Alert.ID)
			_ = s.store.del(r.key)
			continue
		}
		var seq uint64
		fmt.Sscanf(string(r.key[len(prefix):]), "%d", &seq)
		jobs = append(jobs, &job{alert: r.p.Alert, raw: r.p.Raw, source: r.p.Source, target: tg, episode: r.p.Episode,
			read: r.p.Read, attempts: r.p.Attempts, seq: seq, parkKey: r.key})
	}
	if len(jobs) == 0 {
		return
	}
	s.log.Info("sink: parked notifications queued again", "target", k.target, "domain", k.domain, "reason", info.reason,
		"notifications", len(jobs), "parked_for", time.Since(info.since).Round(time.Millisecond))
	q, running := l.m[k]
	l.m[k] = append(jobs, q...)
	if !running {
		l.wg.Add(1)
		go l.run(ctx, k)
	}
}
