package logstore

import (
	"context"
	"fmt"
)

// Recent is one attempt of a domain's live log (Store.Last) with its
// sequence number.
type Recent struct {
	Attempt
	// Seq increases with the attempt's place in the domain's arrival
	// order: the arrival's Unix milliseconds times 1024 plus the
	// attempt's rank among the domain's attempts of that millisecond
	// (Kafka timestamps are milliseconds). It stays below 2^53, so that
	// JavaScript reads it exactly, and a reconnecting live-log stream
	// resumes after the last one it saw (Last-Event-ID).
	Seq uint64
}

// MaxLast is the most attempts Last returns.
const MaxLast = 1000

// Last returns the n most recent attempts of domain (1 to MaxLast), newest
// first by arrival: the live log is this view of the log, not a second
// copy (DESIGN.md "Logs and timeline"). It walks the domain's attempts in
// key order from the newest hour back, so it reads n attempts and, for a
// domain quiet for a while, one seek per empty hour of the retention.
func (s *Store) Last(ctx context.Context, domain string, n int) ([]Recent, error) {
	if n < 1 || n > MaxLast {
		return nil, fmt.Errorf("logstore: last %d attempts: n must be from 1 to %d", n, MaxLast)
	}
	page, err := s.Query(ctx, domain, Filter{Limit: n})
	if err != nil {
		return nil, err
	}
	out := make([]Recent, len(page.Attempts))
	var prevMs int64 = -1
	rank := uint64(0)
	for i := len(page.Attempts) - 1; i >= 0; i-- {
		a := page.Attempts[i]
		ms := a.Arrival.UnixMilli()
		if ms == prevMs {
			rank = min(rank+1, 1023)
		} else {
			prevMs, rank = ms, 0
		}
		out[i] = Recent{Attempt: a, Seq: uint64(max(ms, 0))<<10 | rank}
	}
	return out, nil
}
