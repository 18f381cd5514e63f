package logstore

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// TestLastResponse checks that a window's last response is found in the
// log by the attempt's completion time, among newer attempts, after an
// out-of-order timestamp, across hours and flushes, and that a missing
// attempt is said to be missing rather than answered with another.
func TestLastResponse(t *testing.T) {
	start := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	clock := &testClock{t: start.Add(48 * time.Hour)}
	s := openTest(t, t.TempDir(), clock)
	ctx := context.Background()
	const domain = "example.org"
	var offset int64
	attemptOf := func(domain string, arrival, completed time.Time, resp string) Attempt {
		offset++
		return Attempt{
			Event: schemas.DeliveryEvent{V: schemas.Version, ID: fmt.Sprintf("ev-%d", offset), Domain: domain,
				Recipient: "alice@" + domain, CompletedAt: completed, Response: resp, Outcome: schemas.OutcomeDelivered},
			Arrival: arrival, Pos: Pos{Source: SourceDeliveries, Partition: partitionOf(domain), Offset: offset},
		}
	}
	attempt := func(arrival, completed time.Time, resp string) Attempt {
		return attemptOf(domain, arrival, completed, resp)
	}
	// The window's attempt: completed at `at`, arrived a second later,
	// then followed by twenty newer attempts a day later (an
	// out-of-order one among them arrived before it).
	at := start.Add(1500 * time.Millisecond)
	arrival := at.Add(time.Second)
	attempts := []Attempt{
		attempt(start, start, "250 older"),
		attempt(arrival, at, "250 the window's"),
	}
	appendAll(t, s, attempts, 10)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	var newer []Attempt
	for i := range 20 {
		a := start.Add(24*time.Hour + time.Duration(i)*time.Second)
		newer = append(newer, attempt(a, a, fmt.Sprintf("421 newer %d", i)))
	}
	// skewed.example's last attempt (by offset) has a timestamp ten
	// seconds older than the one before it, whose arrival is the window's
	// LastArrival (the largest).
	first := start.Add(30 * time.Hour)
	late := first.Add(-10 * time.Second)
	newer = append(newer, attemptOf("skewed.example", first, first, "250 first"), attemptOf("skewed.example", late, late, "451 a skewed clock's"))

	tests := []struct {
		name        string
		appended    []Attempt
		domain      string
		at, arrival time.Time
		want        string
		exact       bool
	}{
		{"the attempt, found at its arrival", nil, domain, at, arrival.Truncate(time.Second), "250 the window's", true},
		{"the attempt, no arrival known", nil, domain, at, time.Time{}, "250 the window's", true},
		{"the attempt, many newer ones since", newer, domain, at, arrival.Truncate(time.Second), "250 the window's", true},
		{"an attempt with an older timestamp than the one before", nil, "skewed.example", late, first, "451 a skewed clock's", true},
		{"an attempt the log has not got: the newest instead", nil, domain, start.Add(48 * time.Hour), start.Add(48 * time.Hour), "421 newer 19", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			appendAll(t, s, tc.appended, 100)
			got, exact, err := s.LastResponse(ctx, tc.domain, tc.at, tc.arrival)
			if err != nil || got != tc.want || exact != tc.exact {
				t.Fatalf("LastResponse = %q, exact %v, %v; want %q, exact %v", got, exact, err, tc.want, tc.exact)
			}
		})
	}
	if got, exact, err := s.LastResponse(ctx, "unseen.example", at, arrival); err != nil || got != "" || exact {
		t.Fatalf("a domain the log has never had: %q, exact %v, %v", got, exact, err)
	}
}
