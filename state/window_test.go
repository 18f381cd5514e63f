package state

import (
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

const (
	D = schemas.OutcomeDelivered
	F = schemas.OutcomeBounced
	Q = schemas.OutcomeDeferred
)

// budget mirrors directory.Threshold.Budget for thresholds in parts per
// ten thousand, so the tests state thresholds the way operators do.
func budget(tenThousandths, n int) int { return n - (tenThousandths*n+9999)/10000 }

type step struct {
	outcome   schemas.Outcome
	n, t      int // window and threshold (parts per 10,000) in force
	want      schemas.Status
	wantAlert bool
}

func run(t *testing.T, steps []step) *Window {
	t.Helper()
	w := &Window{}
	at := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	for i, s := range steps {
		at = at.Add(time.Second)
		c := w.Add(Entry{Outcome: s.outcome, Category: schemas.CategoryDelivered}, s.n, budget(s.t, s.n), at, 250, "ok")
		if w.Status != s.want || c.Alert() != s.wantAlert {
			t.Fatalf("step %d (%v, n=%d, t=%d): status %v alert %v (%v→%v), want %v alert %v; window %d attempts, %d failures",
				i+1, s.outcome, s.n, s.t, w.Status, c.Alert(), c.From, c.To, s.want, s.wantAlert, len(w.Entries), w.Failures())
		}
		if c.Changed() && !w.Since.Equal(at) {
			t.Fatalf("step %d: since = %v, want %v", i+1, w.Since, at)
		}
	}
	return w
}

func repeat(n int, s step) []step {
	out := make([]step, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func concat(parts ...[]step) []step {
	var out []step
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

var (
	good = schemas.StatusGood
	bad  = schemas.StatusBad
)

func TestWindow(t *testing.T) {
	for _, tc := range []struct {
		name  string
		steps []step
	}{
		{"two failures of 25 stay good", concat(
			[]step{{D, 25, 9000, good, false}},
			repeat(22, step{D, 25, 9000, good, false}),
			[]step{{F, 25, 9000, good, false}, {F, 25, 9000, good, false}},
		)},
		{"three failures of 25 are bad", concat(
			repeat(22, step{D, 25, 9000, good, false}),
			[]step{{F, 25, 9000, good, false}, {Q, 25, 9000, good, false}, {F, 25, 9000, bad, true}},
		)},
		{"partial window turns bad on the third failure", []step{
			{F, 25, 9000, good, false}, // unknown→good is not an alert
			{F, 25, 9000, good, false},
			{F, 25, 9000, bad, true},
		}},
		{"first attempts all failures", []step{
			{F, 1, 9000, bad, true}, // window 1: budget 0, unknown→bad is an alert
		}},
		{"recovery once failures age out", concat(
			[]step{{F, 25, 9000, good, false}, {F, 25, 9000, good, false}, {F, 25, 9000, bad, true}},
			repeat(22, step{D, 25, 9000, bad, false}),
			// the first failure leaves the window with the 26th attempt
			[]step{{D, 25, 9000, good, true}},
		)},
		{"window shrinks mid-stream", concat(
			repeat(10, step{D, 25, 9000, good, false}),
			[]step{{F, 25, 9000, good, false}, {F, 25, 9000, good, false}},
			// n=10 at 90%: budget 1, and the last 10 hold two failures
			[]step{{D, 10, 9000, bad, true}},
		)},
		{"window grows mid-stream", concat(
			[]step{{F, 10, 9000, good, false}, {F, 10, 9000, bad, true}},
			// n=25: budget 2, two failures are fine again
			[]step{{D, 25, 9000, good, true}},
		)},
		{"threshold change mid-stream", concat(
			repeat(20, step{D, 25, 9000, good, false}),
			[]step{{F, 25, 9000, good, false}, {F, 25, 9000, good, false}},
			// 99%: budget 25 − ⌈24.75⌉ = 0
			[]step{{D, 25, 9900, bad, true}},
			[]step{{D, 25, 8000, good, true}},
		)},
		{"T·N not an integer", concat(
			// 85% of 7 = 5.95 → 6 must be delivered, budget 1
			[]step{{F, 7, 8500, good, false}, {D, 7, 8500, good, false}, {F, 7, 8500, bad, true}},
		)},
		{"T·N exactly integer in floats that are not", concat(
			// 0.9·10 is 9.000000000000002 in float64; the budget is 1
			[]step{{F, 10, 9000, good, false}, {F, 10, 9000, bad, true}},
		)},
	} {
		t.Run(tc.name, func(t *testing.T) { run(t, tc.steps) })
	}
}

// TestArrivalOrder checks that the window follows the order attempts
// arrive in, not their timestamps: a late-arriving old failure still counts
// as the newest attempt.
func TestArrivalOrder(t *testing.T) {
	w := &Window{}
	base := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	for i := 0; i < 25; i++ {
		w.Add(Entry{Outcome: D}, 25, 2, base.Add(time.Duration(i)*time.Minute), 250, "ok")
	}
	// Three failures with timestamps older than everything in the window.
	for i := 0; i < 3; i++ {
		c := w.Add(Entry{Outcome: F, Category: schemas.CategoryBlocklisted}, 25, 2, base.Add(-time.Hour), 550, "blocked")
		if i == 2 && (!c.Alert() || c.To != bad) {
			t.Fatalf("third late failure: %v→%v, want an alert to bad", c.From, c.To)
		}
	}
	if w.LastResponse != "blocked" || w.Seq != 28 {
		t.Fatalf("last response %q seq %d: the late arrival must be the latest attempt", w.LastResponse, w.Seq)
	}
}

func TestSummaries(t *testing.T) {
	w := &Window{}
	at := time.Now()
	for _, e := range []Entry{
		{Outcome: D, DelayMillis: 400}, {Outcome: F, Category: schemas.CategoryBlocklisted},
		{Outcome: D, DelayMillis: 100}, {Outcome: Q, Category: schemas.CategoryGreylisted},
		{Outcome: F, Category: schemas.CategoryBlocklisted}, {Outcome: D, DelayMillis: 200}, {Outcome: D, DelayMillis: 900},
	} {
		w.Add(e, 25, 2, at, 0, "")
	}
	if got := w.SuccessRate(); got != 4.0/7 {
		t.Errorf("success rate %v", got)
	}
	if got := w.MedianDelayMillis(); got != 300 {
		t.Errorf("median delay %v, want 300 (mean of 200 and 400)", got)
	}
	if w.LastDelayMillis != 900 {
		t.Errorf("latest delay %v", w.LastDelayMillis)
	}
	top := w.TopCategories(5)
	if len(top) != 2 || top[0] != (CategoryCount{schemas.CategoryBlocklisted, 2}) || top[1] != (CategoryCount{schemas.CategoryGreylisted, 1}) {
		t.Errorf("top categories %v", top)
	}
}

func TestEncodingRoundTrip(t *testing.T) {
	w := run(t, concat(repeat(3, step{D, 25, 9000, good, false}), []step{{F, 25, 9000, good, false}}))
	w.LastResponse = "550-5.7.1 multi\n550 5.7.1 line"
	got, err := DecodeWindow(AppendWindow(nil, w))
	if err != nil {
		t.Fatal(err)
	}
	if got.Seq != w.Seq || got.Status != w.Status || !got.Since.Equal(w.Since) || got.LastResponse != w.LastResponse || len(got.Entries) != len(w.Entries) {
		t.Fatalf("round trip: %+v vs %+v", got, w)
	}
	for i := range w.Entries {
		if got.Entries[i] != w.Entries[i] {
			t.Fatalf("entry %d: %+v vs %+v", i, got.Entries[i], w.Entries[i])
		}
	}
	// A value cut where its changelog record ends is that record;
	// anywhere else it is corrupt.
	full, record := AppendStateRecord(nil, w, nil)
	for cut := 0; cut < len(full); cut++ {
		if cut == record {
			continue
		}
		if _, err := DecodeWindow(full[:cut]); err == nil {
			t.Fatalf("truncated window (%d bytes) decoded without error", cut)
		}
	}
}

func TestCacheBounded(t *testing.T) {
	c := NewCache(100)
	for i := 0; i < 10000; i++ {
		d := string(rune('a'+i%26)) + string(rune(i))
		c.Put(int32(i%4), d, &Window{}, nil)
		if c.Len() > 100 {
			t.Fatalf("cache holds %d windows, capacity 100", c.Len())
		}
	}
	c.Put(1, "keep", &Window{Seq: 1}, nil)
	for i := 0; i < 49; i++ {
		c.Put(2, string(rune(i)), &Window{}, nil)
	}
	if w, _, ok := c.Get("keep"); !ok || w.Seq != 1 {
		t.Fatal("recent entry evicted")
	}
	c.DropPartition(1)
	if _, _, ok := c.Get("keep"); ok {
		t.Fatal("DropPartition kept an entry of the partition")
	}
}
