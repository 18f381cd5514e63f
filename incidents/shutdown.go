package incidents

import (
	"context"
	"time"
)

// A stop (Run's context done: a SIGTERM) is bounded like the processor's,
// so that `mailflow run` exits within seconds and the stage's partitions
// move at once: the transaction in progress may still commit for
// stopCommitGrace, is otherwise aborted within stopAbortTimeout (an abort
// that does not get through is left to the broker's transaction timeout,
// or fenced by the next start), and the group is left within leaveTimeout.
// Without this a SIGTERM during a rebalance waited for End up to
// Config.CommitTimeout (30 s): the failover test's instances outlived
// their 6 s.
const (
	stopCommitGrace  = 3 * time.Second
	stopAbortTimeout = 2 * time.Second
	leaveTimeout     = time.Second
	closeTimeout     = 2 * time.Second
)

// endContext returns the context one transaction's flush and End run
// under: it ends after timeout, or stopCommitGrace after stop is done.
func endContext(stop context.Context, timeout time.Duration) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(stop), timeout)
	go func() {
		select {
		case <-ctx.Done():
			return
		case <-stop.Done():
		}
		t := time.NewTimer(stopCommitGrace)
		defer t.Stop()
		select {
		case <-t.C:
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, cancel
}

// abortContext returns the context of an abort after a failed End: the
// commit timeout, or stopAbortTimeout once the stage is stopping.
func abortContext(stop context.Context, timeout time.Duration) (context.Context, context.CancelFunc) {
	if stop.Err() != nil {
		timeout = min(timeout, stopAbortTimeout)
	}
	return context.WithTimeout(context.WithoutCancel(stop), timeout)
}

// leaveGroup leaves the stage's consumer group for at most leaveTimeout,
// so that its partitions move before the process exits.
func (s *Stage) leaveGroup() {
	ctx, cancel := context.WithTimeout(context.Background(), leaveTimeout)
	defer cancel()
	if err := s.sess.Client().LeaveGroupContext(ctx); err != nil {
		s.log.Warn("incidents: leaving the consumer group on stop", "group", s.cfg.Group, "err", err)
	}
}
