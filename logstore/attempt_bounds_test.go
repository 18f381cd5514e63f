package logstore

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// TestAttemptPastStoredBounds: an attempt whose numbers exceed what an
// attempt's value holds (attempt ≥ 2^32, size ≥ 2^62, a code past 999:
// schemas.Validate refuses them, so only a producer that skipped it or an
// older release sends them) is kept with the numbers at their bounds, and
// the domain's log stays readable: before, such an attempt was written
// whole and every query of its domain failed for the log's retention
// (review S26A-1).
func TestAttemptPastStoredBounds(t *testing.T) {
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	s := openTest(t, t.TempDir(), &testClock{now})
	d := "example.org"
	cases := []struct {
		name                  string
		attempt, code         int
		size                  int64
		wantAttempt, wantCode int
		wantSize              int64
	}{
		{"attempt past 32 bits", 1 << 32, 250, 10, maxStoredAttempt, 250, 10},
		{"attempt at int's end", math.MaxInt, 250, 10, maxStoredAttempt, 250, 10},
		{"size past 2^62", 3, 550, 1<<62 + 1, 3, 550, maxStoredSize},
		{"size at int64's end", 3, 550, math.MaxInt64, 3, 550, maxStoredSize},
		{"code past 999", 1, 4242, 1, 1, maxStoredCode, 1},
	}
	var in []Attempt
	for i, c := range cases {
		in = append(in, Attempt{Event: schemas.DeliveryEvent{ID: c.name, Domain: d, Recipient: "a@" + d, Attempt: c.attempt, SMTPCode: c.code, Size: c.size,
			Outcome: schemas.OutcomeBounced, CompletedAt: now}, Arrival: now, Pos: Pos{Partition: partitionOf(d), Offset: int64(i)}})
	}
	if _, err := s.Append(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	got := queryAll(t, s, d, Filter{})
	if len(got) != len(cases) {
		t.Fatalf("read %d attempts, want %d", len(got), len(cases))
	}
	byID := map[string]Attempt{}
	for _, a := range got {
		byID[a.Event.ID] = a
	}
	for _, c := range cases {
		e := byID[c.name].Event
		if e.Attempt != c.wantAttempt || e.SMTPCode != c.wantCode || e.Size != c.wantSize {
			t.Errorf("%s: read attempt %d, code %d, size %d; want %d, %d, %d", c.name, e.Attempt, e.SMTPCode, e.Size, c.wantAttempt, c.wantCode, c.wantSize)
		}
	}
}
