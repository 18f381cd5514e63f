package accounts

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
)

// catchUpTimeout bounds how long a lookup of an unknown session waits for
// this instance to read the accounts topic up to its end.
const catchUpTimeout = 3 * time.Second

// endRound is one lookup of the accounts topic's end offset, shared by
// the lookups that wait for it (see topicEnd).
type endRound struct {
	done chan struct{}
	end  int64
	err  error
}

// rounds coalesces the end-offset lookups of concurrent session misses:
// one ListOffsets request in flight per store, however many requests
// carry an unknown cookie.
type rounds struct {
	mu  sync.Mutex
	cur *endRound
}

// catchUp waits, for at most catchUpTimeout, until the store has applied
// every record the accounts topic held when catchUp was called.
//
// A manager signs in on one instance and the next request may reach
// another (a load balancer without affinity): the session record is
// written and acknowledged before the first instance answers, but the
// second applies it only when its next fetch returns. Reading the
// topic's end after the request arrived, and waiting for it, gives that
// request the manager's own write (read-your-writes across instances).
func (s *Store) catchUp(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, catchUpTimeout)
	defer cancel()
	end, err := s.topicEnd(ctx)
	if err != nil {
		return err
	}
	return s.waitOffset(ctx, end)
}

// topicEnd returns the end offset of the accounts topic's partition 0, as
// read by a ListOffsets request sent after topicEnd was called. A caller
// that finds a request in flight waits for it, and then for the next one:
// the one in flight may have been sent before the caller arrived, the next
// was not.
func (s *Store) topicEnd(ctx context.Context) (int64, error) {
	for joined := false; ; joined = true {
		s.rounds.mu.Lock()
		r := s.rounds.cur
		lead := r == nil
		if lead {
			r = &endRound{done: make(chan struct{})}
			s.rounds.cur = r
		}
		s.rounds.mu.Unlock()
		if lead {
			// Not the leader's ctx: the others share the answer.
			lctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), catchUpTimeout)
			r.end, r.err = s.listEnd(lctx)
			cancel()
			s.rounds.mu.Lock()
			s.rounds.cur = nil
			s.rounds.mu.Unlock()
			close(r.done)
			return r.end, r.err
		}
		select {
		case <-r.done:
		case <-ctx.Done():
			return 0, fmt.Errorf("accounts topic %s: end offset: %w", s.topic, context.Cause(ctx))
		}
		if joined {
			return r.end, r.err
		}
	}
}

func (s *Store) listEnd(ctx context.Context) (int64, error) {
	ends, err := kadm.NewClient(s.cl).ListEndOffsets(ctx, s.topic)
	if err == nil {
		err = ends.Error()
	}
	if err != nil {
		return 0, fmt.Errorf("accounts topic %s: end offset: %w", s.topic, err)
	}
	o, ok := ends.Lookup(s.topic, 0)
	if !ok {
		return 0, fmt.Errorf("accounts topic %s: no end offset for partition 0", s.topic)
	}
	return o.Offset, nil
}
