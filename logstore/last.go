package logstore

import (
	"context"
	"fmt"
	"time"
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

// lastResponseScan is how many of a domain's newest attempts LastResponse
// looks through for the one a window describes: the state store and the
// log are updated one after the other once a transaction commits, so the
// log can be a transaction ahead of the window read beside it.
const lastResponseScan = 8

// LastResponse returns the response of domain's attempt that completed at
// `at` (a state window's LastAt), the newest such among the domain's
// lastResponseScan newest attempts, with exact true. When that attempt is
// not there it returns the response of the domain's newest attempt ("" for
// none) with exact false: the log has not got the attempt yet (it is
// appended once its transaction's state is), or no longer has it (older
// than the retention). arrival, when not zero, is when the attempt is
// thought to have arrived (the window's LastArrival, whole seconds): the
// attempts of that second are looked at first, which keeps the walk of a
// domain quiet for days to the hour it last had an attempt. It serves
// windows whose state record left the response out
// (state.OmitLastResponse).
func (s *Store) LastResponse(ctx context.Context, domain string, at, arrival time.Time) (resp string, exact bool, err error) {
	if !arrival.IsZero() {
		f := Filter{Limit: lastResponseScan, Since: arrival.Add(-time.Second), Until: arrival.Add(2 * time.Second)}
		if resp, exact, err = s.responseAt(ctx, domain, at, f); exact || err != nil {
			return resp, exact, err
		}
	}
	// A record's timestamp can be older than one before it: then the
	// attempt is among the newest, not at its arrival.
	return s.responseAt(ctx, domain, at, Filter{Limit: lastResponseScan})
}

// responseAt returns the response of the newest attempt of domain that f
// matches and that completed at `at` (exact), else of the newest that f
// matches.
func (s *Store) responseAt(ctx context.Context, domain string, at time.Time, f Filter) (string, bool, error) {
	page, err := s.Query(ctx, domain, f)
	if err != nil {
		return "", false, fmt.Errorf("logstore: last response of %s: %w", domain, err)
	}
	for i := range page.Attempts {
		if e := &page.Attempts[i].Event; e.CompletedAt.Equal(at) {
			return e.Response, true, nil
		}
	}
	if len(page.Attempts) == 0 {
		return "", false, nil
	}
	return page.Attempts[0].Event.Response, false, nil
}
