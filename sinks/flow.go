package sinks

import (
	"context"
	"sync"
	"time"
)

// flow decides when the sink reads more alerts, and keeps one target's
// trouble its own.
//
// Every notification read and not yet done (a job) is held in its lane
// until it is delivered or dead-lettered, because its alert's offset may
// only be committed then. What bounds reading is not the number of jobs
// held but the number that are making progress: a job counts against
// Config.MaxInflight only while its target is healthy and its lane is not
// waiting on purpose (a flap hold, a minimum interval), and one target
// counts for at most Config.TargetInflight of them. A target whose last
// attempt failed — a receiver answering 503 with Retry-After: 3600, one
// that hangs until the timeout, one that resets the connection — or took
// longer than Config.SlowDelivery to succeed counts for none until an
// attempt succeeds in time again, and gets one delivery slot at a time,
// so however many alerts it fails or dawdles on, the other managers'
// notifications are still read and sent.
// Config.MaxQueued bounds all jobs held whatever their state, so memory
// stays bounded; when it is reached the sink stops reading, and says so
// (mailflow_sink_read_paused_seconds_total{reason="queued"}).
//
// Deliveries in progress are bounded twice: Config.Concurrency for the
// sink and Config.TargetConcurrency per target, so that one target's
// hanging receiver cannot take every delivery slot either.
//
// This is the budget-per-receiver shape of Alertmanager's per-integration
// queues and of a circuit breaker's "open" state, without dropping
// anything: a failing target's notifications still wait in order in their
// lanes, with their retries, and go out (or are dead-lettered) as before.
type flow struct {
	maxActive, maxQueued, perTarget, targetConcurrency int
	m                                                  *metrics

	mu      sync.Mutex
	cond    *sync.Cond
	active  int // Σ targetFlow.counted
	queued  int // Σ targetFlow.jobs
	failing int // targets with failing set
	targets map[string]*targetFlow
}

// targetFlow is one target's share of the flow.
type targetFlow struct {
	jobs    int  // held, in any state
	waiting int  // held in lanes that wait on purpose (flap hold, min interval)
	busy    int  // deliveries in progress
	failing bool // the last attempt failed (a retry is due) or was slow
	counted int  // what the target adds to flow.active
	// freed wakes the target's lanes waiting for a delivery slot (on
	// flow.mu); the poll loop waits on flow.cond, so one busy target's
	// waiters are not woken by every other change.
	freed *sync.Cond
}

func newFlow(cfg Config, m *metrics) *flow {
	f := &flow{
		maxActive:         cfg.MaxInflight,
		maxQueued:         cfg.MaxQueued,
		perTarget:         cfg.TargetInflight,
		targetConcurrency: cfg.TargetConcurrency,
		m:                 m,
		targets:           map[string]*targetFlow{},
	}
	f.cond = sync.NewCond(&f.mu)
	return f
}

// admit waits until the sink may read more alerts and returns how many
// (at least 1, at most limit), or 0 when ctx ended first. Time spent waiting
// is counted by the reason that held it.
func (f *flow) admit(ctx context.Context, limit int) int {
	stop := context.AfterFunc(ctx, f.wake)
	defer stop()
	f.mu.Lock()
	defer f.mu.Unlock()
	var since time.Time
	reason := ""
	for ctx.Err() == nil {
		r := ""
		switch {
		case f.queued >= f.maxQueued:
			r = "queued"
		case f.active >= f.maxActive:
			r = "inflight"
		}
		if r != reason && !since.IsZero() {
			f.m.paused.WithLabelValues(reason).Add(time.Since(since).Seconds())
			since = time.Time{}
		}
		if r == "" {
			return min(limit, f.maxActive-f.active, f.maxQueued-f.queued)
		}
		if since.IsZero() {
			since, reason = time.Now(), r
		}
		f.cond.Wait()
	}
	if !since.IsZero() {
		f.m.paused.WithLabelValues(reason).Add(time.Since(since).Seconds())
	}
	return 0
}

// wake wakes every waiter to look at its context.
func (f *flow) wake() {
	f.mu.Lock()
	f.cond.Broadcast()
	for _, t := range f.targets {
		t.freed.Broadcast()
	}
	f.mu.Unlock()
}

// update applies fn to target's share and brings the totals up to date.
// f.mu must be held.
func (f *flow) update(target string, fn func(t *targetFlow)) {
	t := f.targets[target]
	if t == nil {
		t = &targetFlow{freed: sync.NewCond(&f.mu)}
		f.targets[target] = t
	}
	wasFailing, wasJobs := t.failing, t.jobs
	fn(t)
	counted := 0
	if !t.failing {
		counted = min(t.jobs-t.waiting, f.perTarget)
	}
	f.active += counted - t.counted
	t.counted = counted
	f.queued += t.jobs - wasJobs
	if t.failing != wasFailing {
		if t.failing {
			f.failing++
		} else {
			f.failing--
		}
		f.m.failingTargets.Set(float64(f.failing))
	}
	f.m.queued.Set(float64(f.queued))
	if t.jobs == 0 && t.busy == 0 {
		// Forgetting a failing target with nothing held costs nothing:
		// its next job is tried at once and fails it again if it must.
		if t.failing {
			f.failing--
			f.m.failingTargets.Set(float64(f.failing))
		}
		delete(f.targets, target)
	}
	f.cond.Broadcast()
}

// add counts n new jobs of target, waiting ones when the lane waits.
func (f *flow) add(target string, n int, waiting bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.update(target, func(t *targetFlow) {
		t.jobs += n
		if waiting {
			t.waiting += n
		}
	})
}

// done counts n jobs of target as finished (delivered, dead-lettered,
// found done, or abandoned as the sink stops).
func (f *flow) done(target string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.update(target, func(t *targetFlow) { t.jobs -= n })
}

// wait moves n of target's jobs into (n > 0) or out of (n < 0) a lane's
// deliberate wait.
func (f *flow) wait(target string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.update(target, func(t *targetFlow) { t.waiting += n })
}

// outcome records how an attempt to target went: a failure to be
// retried takes the target's jobs out of the in-flight budget, a success
// brings them back. It reports whether the target's state changed.
func (f *flow) outcome(target string, failing bool) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	changed := false
	f.update(target, func(t *targetFlow) {
		changed = t.failing != failing
		t.failing = failing
	})
	return changed
}

// acquire waits for one of target's delivery slots; false when ctx
// ended first. Each acquire that returns true needs a release.
func (f *flow) acquire(ctx context.Context, target string) bool {
	stop := context.AfterFunc(ctx, f.wake)
	defer stop()
	f.mu.Lock()
	defer f.mu.Unlock()
	for {
		if ctx.Err() != nil {
			return false
		}
		t := f.targets[target]
		limit := f.targetConcurrency
		if t != nil && t.failing {
			// A failing or slow receiver gets one delivery at a time:
			// enough to find out when it is back, too few to hold the
			// sink's slots.
			limit = 1
		}
		if t == nil || t.busy < limit {
			f.update(target, func(t *targetFlow) { t.busy++ })
			return true
		}
		// The entry stays while this lane waits: its job is held.
		t.freed.Wait()
	}
}

// release gives back a delivery slot of target.
func (f *flow) release(target string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.update(target, func(t *targetFlow) {
		t.busy--
		t.freed.Signal()
	})
}
