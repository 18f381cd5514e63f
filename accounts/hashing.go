package accounts

import (
	"context"
	"errors"
	"time"
)

// hashSlots is how many argon2id computations (sign-in checks and new
// passwords) an instance runs at once. Each takes Params.Memory (64 MiB by
// default) and a core for a moment: without a bound, 30 concurrent
// sign-ins took 1.9 GiB and stalled the processor beside them.
const hashSlots = 2

// hashWait is the longest an attempt waits for a free slot before it is
// answered ErrBusy.
const hashWait = 2 * time.Second

// ErrBusy says that too many passwords are being checked at once on this
// instance; the caller should try again in a moment (HTTP 503 with
// Retry-After).
var ErrBusy = errors.New("too many sign-ins at once: try again in a moment")

// withHashSlot runs f while holding one of the instance's hash slots,
// waiting at most hashWait (or until ctx ends) for one.
func (s *Store) withHashSlot(ctx context.Context, f func()) error {
	t := time.NewTimer(hashWait)
	defer t.Stop()
	select {
	case s.hashing <- struct{}{}:
	case <-t.C:
		return ErrBusy
	case <-ctx.Done():
		return ErrBusy
	}
	defer func() { <-s.hashing }()
	f()
	return nil
}
