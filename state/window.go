package state

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// Entry is one attempt as the window keeps it: what the status, the success
// rate, the delivery delay and the top categories need, and nothing more.
type Entry struct {
	Outcome  schemas.Outcome
	Category schemas.Category
	// DelayMillis is, in milliseconds, the delivery delay of a delivered
	// attempt and the age of a deferred one (completed − queued: how long
	// its message has waited so far); 0 when unknown and for other
	// outcomes. The delayed-mail detection (DelayAbove) reads both.
	DelayMillis uint32
}

// Window is one domain's evaluation state: its most recent attempts in
// arrival order (the order their responses reached mailflow, not the order
// of their timestamps) and the status they give.
//
// A Window is owned by one goroutine at a time: the processor's loop while
// it evaluates, or a reader that decoded its own copy from the store.
type Window struct {
	// Entries holds the most recent attempts, oldest first; never more
	// than the window in force when the last attempt arrived.
	Entries []Entry
	// Seq counts every attempt the domain has had.
	Seq uint64
	// Status is the current status and Since when it began (the completion
	// time of the attempt that caused it).
	Status schemas.Status
	Since  time.Time
	// LastAt and LastResponse describe the most recent attempt; LastCode
	// is its reply code (0 for a local failure).
	LastAt       time.Time
	LastResponse string
	LastCode     int
	// LastDelayMillis is the delivery delay of the most recent delivered
	// attempt.
	LastDelayMillis uint32
	// LastFailureHost, LastFailureIP and LastFailureCategory describe the
	// most recent attempt that was not delivered, kept after it left the
	// window: the remote host and IP that answered (empty when the
	// attempt named none) and its failure category. Alerts carry them so
	// that a recovery is grouped with the provider of the Bad episode it
	// ends (schemas.StatusChange, provider-wide incidents).
	LastFailureHost     string
	LastFailureIP       string
	LastFailureCategory schemas.Category
	// Delayed is whether the domain's delayed-mail alert is raised (the
	// processor's delay detection, issue 15): kept in the state record so
	// that a restore or a replay raises and clears it exactly as the
	// first run did.
	Delayed bool

	// The silence detection's fields (issue 15; the processor's
	// silence.go), kept in the state record so that a restore or a
	// replay judges silence as the first run did.
	//
	// Silent is whether the domain's silent alert is raised.
	Silent bool
	// LastArrival is when the domain's latest attempt reached mailflow:
	// the largest record timestamp of its counted attempts (Kafka's
	// timestamp, in Unix seconds; 0 when unknown, as in records of
	// releases before the detection). Silence is measured on this
	// stream time, not on the wall clock, so a replay judges alike.
	LastArrival int64
	// Hourly counts the domain's attempts by arrival hour over the 24
	// hours up to and including LastArrival's (ring: the count of hour h
	// is Hourly[h%24]; saturates at 65535). It is the domain's baseline:
	// how much mail it normally receives.
	Hourly [24]uint16
	// StreamTime and Resumed are facts of the domain's partition, not of
	// the domain, carried by every state record the processor writes (in
	// Unix seconds; 0 when unknown): the partition's stream time (the
	// largest arrival time of its attempts) and the arrival time of the
	// attempt that ended its latest platform-wide quiet spell. The
	// changelog has no record per partition, so a restore takes the
	// largest value over the partition's state records, which is the
	// value of the last transaction that wrote one.
	StreamTime int64
	Resumed    int64

	// counts are what AddCounting and DelayAbove count over Entries,
	// kept as AddCounting adds and drops attempts (see windowCounts).
	counts windowCounts
}

// windowCounts are counts over a window's entries that AddCounting keeps
// up to date as attempts come and go, so that neither it (the failures
// against the budget) nor DelayAbove (the delay samples above the limit)
// reads the whole window on every attempt: two passes over up to 25
// entries were about 0.075 µs of the processor's 6 µs per event.
//
// They are the counts of the entries they were taken of: of and n are
// &Entries[0] and len(Entries) then. Entries that are not those (a
// window decoded or cloned, or whose Entries were set or appended to by
// hand) are counted again at the next use. of keeps the array it points
// to alive, so no other array can take its address meanwhile. Entries
// rewritten in place (the same array, the same length) are not noticed:
// only AddCounting changes the entries of a window it counted. Being a
// cache, the counts are no part of the window's state: they are not
// encoded, and a decoded window counts its entries at its first use.
type windowCounts struct {
	of *Entry
	n  int
	// failures are the entries not delivered, recipient those of them
	// in a recipient category (RecipientCategory), samples the delay
	// samples (delaySample).
	failures, recipient, samples int
	// above counts the delay samples whose delay exceeds limit, when
	// limited says it is counted (DelayAbove counts it for the limit
	// asked, and again when asked for another).
	above   int
	limit   uint32
	limited bool
}

// current returns the window's counts, counted again unless they are
// those of its entries.
func (w *Window) current() *windowCounts {
	c := &w.counts
	if c.n == len(w.Entries) && (c.n == 0 || c.of == &w.Entries[0]) {
		return c
	}
	*c = windowCounts{n: len(w.Entries)}
	if c.n > 0 {
		c.of = &w.Entries[0]
	}
	for i := range w.Entries {
		c.count(&w.Entries[i], 1)
	}
	return c
}

// count adds entry e to the counts (by = 1) or takes it out (by = -1).
func (c *windowCounts) count(e *Entry, by int) {
	if e.Outcome != schemas.OutcomeDelivered {
		c.failures += by
		if RecipientCategory(e.Category) {
			c.recipient += by
		}
	}
	if delaySample(e) {
		c.samples += by
		if c.limited && e.DelayMillis > c.limit {
			c.above += by
		}
	}
}

// CountArrival counts an attempt that arrived at ts (Unix seconds) in the
// hourly counts and moves LastArrival forward to it. An attempt that
// arrived out of order (before LastArrival) still counts in its hour when
// that is within the last 24; one older is left out of the baseline.
func (w *Window) CountArrival(ts int64) {
	if ts < 0 {
		ts = 0
	}
	h, last := ts/3600, w.LastArrival/3600
	switch {
	case w.LastArrival == 0 || h-last >= 24:
		w.Hourly = [24]uint16{}
		w.LastArrival = ts
	case h > last:
		for x := last + 1; x <= h; x++ {
			w.Hourly[x%24] = 0
		}
		w.LastArrival = ts
	case last-h >= 24:
		return
	default:
		w.LastArrival = max(w.LastArrival, ts)
	}
	if c := &w.Hourly[h%24]; *c < math.MaxUint16 {
		*c++
	}
}

// AttemptsPerHour is the domain's baseline: its attempts over the 24
// hours up to its latest attempt's hour, divided by 24.
func (w *Window) AttemptsPerHour() float64 {
	n := 0
	for _, c := range w.Hourly {
		n += int(c)
	}
	return float64(n) / 24
}

// Change is the outcome of adding an attempt to a window: the status before
// and after. Alert reports whether it is a transition that must be
// announced.
type Change struct {
	From, To schemas.Status
}

// Changed reports whether the status changed at all (including
// unknown→good, which the index records but nobody is told about).
func (c Change) Changed() bool { return c.From != c.To }

// Alert reports whether the change is announced on the alerts topic:
// good→bad, bad→good and unknown→bad, but not unknown→good.
func (c Change) Alert() bool {
	return c.From != c.To && !(c.From == schemas.StatusUnknown && c.To == schemas.StatusGood)
}

// Add records an attempt and re-evaluates the status under the window n and
// failure budget in force now (directory.Threshold.Budget gives the budget
// of a threshold). A smaller n than before drops the oldest
// attempts at once; a larger one lets the window grow with the next
// attempts.
//
// The domain is Bad when the failures among the last n attempts exceed the
// failure budget n − ⌈T·n⌉: with a full window that is exactly "success rate
// below t", and with fewer attempts the domain still turns Bad as soon as
// the budget is exceeded instead of waiting for n attempts.
//
// The window keeps response as given (see Detach).
func (w *Window) Add(e Entry, n, budget int, at time.Time, code int, response string) Change {
	return w.AddCounting(e, n, budget, false, at, code, response)
}

// AddCounting is Add with the reason-aware rule: when excludeRecipient is
// set, failures whose category blames the recipient (see
// RecipientCategory) do not count against the budget, so that mistyped or
// full mailboxes do not make a healthy domain Bad.
func (w *Window) AddCounting(e Entry, n, budget int, excludeRecipient bool, at time.Time, code int, response string) Change {
	if n < 1 {
		n = 1
	}
	cnt := w.current()
	if len(w.Entries) >= n {
		// Shift in place: windows are small, and this keeps one backing
		// array per domain instead of re-slicing into ever new ones.
		drop := len(w.Entries) - n + 1
		for i := range drop {
			cnt.count(&w.Entries[i], -1)
		}
		copy(w.Entries, w.Entries[drop:])
		w.Entries = w.Entries[:len(w.Entries)-drop]
	}
	w.Entries = append(w.Entries, e)
	cnt.count(&e, 1)
	cnt.of, cnt.n = &w.Entries[0], len(w.Entries)
	w.Seq++
	w.LastAt = at
	w.LastCode = code
	w.LastResponse = response
	if e.Outcome == schemas.OutcomeDelivered {
		w.LastDelayMillis = e.DelayMillis
	}

	failures := cnt.failures
	if excludeRecipient {
		failures -= cnt.recipient
	}
	next := schemas.StatusGood
	if failures > budget {
		next = schemas.StatusBad
	}
	c := Change{From: w.Status, To: next}
	if c.Changed() {
		w.Status = next
		w.Since = at
	}
	return c
}

// Detach copies the strings the window keeps from its attempts, so that it
// no longer refers to the buffers they were decoded from. A caller that
// passes Add strings aliasing a buffer (the processor decodes without
// copying) calls it once per batch, before the buffer is released, rather
// than copying on every attempt.
func (w *Window) Detach() { w.DetachChanged(true, true) }

// DetachChanged is Detach for a caller that knows which of the strings it
// set since the window was last detached (or decoded): the response when
// it added an attempt, the last failure's host and IP when it set them.
// The others are copies already and are not copied again: the processor
// detaches every window it changed once a transaction, and most of its
// transactions set no failure of a domain.
func (w *Window) DetachChanged(response, failure bool) {
	if response {
		w.LastResponse = strings.Clone(w.LastResponse)
	}
	if failure {
		w.LastFailureHost = strings.Clone(w.LastFailureHost)
		w.LastFailureIP = strings.Clone(w.LastFailureIP)
	}
}

// Failures counts the attempts in the window that were not delivered.
func (w *Window) Failures() int {
	f := 0
	for i := range w.Entries {
		if w.Entries[i].Outcome != schemas.OutcomeDelivered {
			f++
		}
	}
	return f
}

// RecipientCategory reports whether a failure category says the recipient
// was wrong rather than the domain's mail flow: the mailbox does not exist,
// is over quota or is disabled. Reason-aware health leaves these out of
// the failure budget.
func RecipientCategory(c schemas.Category) bool {
	return c == schemas.CategoryUserUnknown || c == schemas.CategoryMailboxFull || c == schemas.CategoryMailboxDisabled
}

// CountedFailures counts the failures in the window that count against
// the failure budget: all of them, or, with excludeRecipient, those not
// in a recipient category (RecipientCategory).
func (w *Window) CountedFailures(excludeRecipient bool) int {
	if !excludeRecipient {
		return w.Failures()
	}
	f := 0
	for i := range w.Entries {
		if e := &w.Entries[i]; e.Outcome != schemas.OutcomeDelivered && !RecipientCategory(e.Category) {
			f++
		}
	}
	return f
}

// RecipientFailures counts the failures in the window whose category
// blames the recipient (RecipientCategory): the ones reason-aware health
// excludes.
func (w *Window) RecipientFailures() int {
	f := 0
	for i := range w.Entries {
		if e := &w.Entries[i]; e.Outcome != schemas.OutcomeDelivered && RecipientCategory(e.Category) {
			f++
		}
	}
	return f
}

// SuccessRate is delivered/attempts over the window; 0 with no attempts.
func (w *Window) SuccessRate() float64 {
	if len(w.Entries) == 0 {
		return 0
	}
	return float64(len(w.Entries)-w.Failures()) / float64(len(w.Entries))
}

// MedianDelayMillis is the median delivery delay of the delivered attempts
// in the window (the mean of the middle two for an even count); 0 when none
// was delivered.
func (w *Window) MedianDelayMillis() float64 {
	var buf [64]uint32
	d := buf[:0]
	for i := range w.Entries {
		if w.Entries[i].Outcome == schemas.OutcomeDelivered {
			d = append(d, w.Entries[i].DelayMillis)
		}
	}
	if len(d) == 0 {
		return 0
	}
	slices.Sort(d)
	if len(d)%2 == 1 {
		return float64(d[len(d)/2])
	}
	return (float64(d[len(d)/2-1]) + float64(d[len(d)/2])) / 2
}

// delaySample reports whether an entry tells the domain's current delay:
// a delivered attempt (its delivery delay) or a deferred one (its
// message's age, still being retried).
func delaySample(e *Entry) bool {
	return e.Outcome == schemas.OutcomeDelivered || e.Outcome == schemas.OutcomeDeferred
}

// MinDelaySamples is how many delay samples (delivered or deferred
// attempts) the window must hold before its delay can count as delayed:
// one slow message of a quiet domain is not yet "mail is delayed".
const MinDelaySamples = 3

// CurrentDelayMillis is the domain's current delivery delay: the median,
// over the window's delivered attempts (their delay) and deferred
// attempts (their message's age so far), in milliseconds (the mean of the
// middle two for an even count); 0 with no such attempt.
func (w *Window) CurrentDelayMillis() float64 {
	var buf [64]uint32
	d := buf[:0]
	for i := range w.Entries {
		if delaySample(&w.Entries[i]) {
			d = append(d, w.Entries[i].DelayMillis)
		}
	}
	if len(d) == 0 {
		return 0
	}
	slices.Sort(d)
	if len(d)%2 == 1 {
		return float64(d[len(d)/2])
	}
	return (float64(d[len(d)/2-1]) + float64(d[len(d)/2])) / 2
}

// DelayAbove reports whether CurrentDelayMillis exceeds limit (in
// milliseconds) with at least MinDelaySamples samples. It decides without
// sorting, in one pass, because the processor asks it on every attempt:
// the median exceeds the limit when more than half the samples do, never
// when fewer than half do, and with exactly half above (an even count) the
// mean of the two middle samples — the largest at or below the limit and
// the smallest above it — decides.
func (w *Window) DelayAbove(limit uint32) bool {
	// The counts decide unless exactly half the samples are above the
	// limit: then the two middle samples do, found by the pass below.
	c := w.current()
	if !c.limited || c.limit != limit {
		c.limit, c.limited, c.above = limit, true, 0
		for i := range w.Entries {
			if e := &w.Entries[i]; delaySample(e) && e.DelayMillis > limit {
				c.above++
			}
		}
	}
	switch {
	case c.samples < MinDelaySamples:
		return false
	case 2*c.above > c.samples:
		return true
	case 2*c.above < c.samples:
		return false
	}
	n, above := 0, 0
	var maxLow, minHigh uint32 = 0, math.MaxUint32
	for i := range w.Entries {
		e := &w.Entries[i]
		if !delaySample(e) {
			continue
		}
		n++
		if e.DelayMillis > limit {
			above++
			minHigh = min(minHigh, e.DelayMillis)
		} else {
			maxLow = max(maxLow, e.DelayMillis)
		}
	}
	switch {
	case n < MinDelaySamples:
		return false
	case 2*above > n:
		return true
	case 2*above < n:
		return false
	}
	return uint64(maxLow)+uint64(minHigh) > 2*uint64(limit)
}

// CategoryCount is a failure category and how many attempts in the window
// fell into it.
type CategoryCount struct {
	Category schemas.Category
	Count    int
}

// TopCategories returns the failure categories of the window, most frequent
// first (ties in the fixed category order), at most max of them.
func (w *Window) TopCategories(max int) []CategoryCount {
	var counts [schemas.NumCategories]int
	for i := range w.Entries {
		if w.Entries[i].Outcome == schemas.OutcomeDelivered {
			continue
		}
		// DecodeWindow refuses categories past the table, but a Window
		// can also be built in memory; one the table cannot hold counts
		// as "other" rather than crash the caller.
		c := w.Entries[i].Category
		if int(c) >= len(counts) {
			c = schemas.CategoryOther
		}
		counts[c]++
	}
	k := 0
	for _, n := range counts {
		if n > 0 {
			k++
		}
	}
	if k == 0 {
		return nil
	}
	out := make([]CategoryCount, 0, k)
	for c, n := range counts {
		if n > 0 {
			out = append(out, CategoryCount{Category: schemas.Category(c), Count: n})
		}
	}
	// Without reflection (sort.SliceStable's swapper allocates): every
	// alert asks for them.
	slices.SortStableFunc(out, func(a, b CategoryCount) int { return cmp.Compare(b.Count, a.Count) })
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// Clone returns a deep copy of w.
func (w *Window) Clone() *Window {
	c := *w
	c.Entries = slices.Clone(w.Entries)
	return &c
}
