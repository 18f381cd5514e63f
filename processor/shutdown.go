package processor

import (
	"context"
	"sync"
	"time"
)

// A stop (Run's context done: a SIGTERM) is bounded, so that a graceful
// stop hands the partitions over sooner than a crash would, which the group
// notices only after its session timeout (45 s by default, 6 s in the
// failover test). The transaction in progress may still commit for
// stopCommitGrace: committed work is handed over rather than an abort. If
// it has not ended by then (a broker restarting), it is aborted within
// stopAbortTimeout; an abort that does not get through is left to the
// broker's transaction timeout or to this instance's next start, which
// fences it. Then the group is left within leaveTimeout, before Run
// returns: the partitions move at once, not after whatever the caller
// closes first (an HTTP server draining its connections, say).
const (
	stopCommitGrace  = 3 * time.Second
	stopAbortTimeout = 2 * time.Second
	leaveTimeout     = time.Second
)

// stopContext returns a context that is not done when ctx is, but
// stopCommitGrace later: the transactions of process run under it.
func stopContext(ctx context.Context) (context.Context, context.CancelFunc) {
	stop, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
		case <-done:
			return
		}
		t := time.NewTimer(stopCommitGrace)
		defer t.Stop()
		select {
		case <-t.C:
			cancel()
		case <-done:
		}
	}()
	var once sync.Once
	return stop, func() {
		once.Do(func() { close(done) })
		cancel()
	}
}

// abortTimeout is how long one try to abort a transaction that failed to
// end may take: Config.CommitTimeout, or stopAbortTimeout once the
// processor is stopping (ctx done).
func (p *Processor) abortTimeout(ctx context.Context) time.Duration {
	if ctx.Err() != nil {
		return min(stopAbortTimeout, p.cfg.CommitTimeout)
	}
	return p.cfg.CommitTimeout
}

// leaveGroup leaves the consumer group when Run ends, for at most
// leaveTimeout (see the constants above); Close closes the clients.
func (p *Processor) leaveGroup() {
	ctx, cancel := context.WithTimeout(context.Background(), leaveTimeout)
	defer cancel()
	start := time.Now()
	if err := p.sess.Client().LeaveGroupContext(ctx); err != nil {
		p.log.Warn("leaving the consumer group on stop", "group", p.cfg.Group, "err", err, "took", time.Since(start))
		return
	}
	p.log.Debug("left the consumer group", "group", p.cfg.Group, "took", time.Since(start))
}
