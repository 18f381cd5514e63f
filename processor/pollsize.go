package processor

import "time"

// pollSize sizes the processor's polls, and with them its transactions,
// so that a transaction ends well within the transaction timeout.
//
// A transaction that outlives transaction.timeout.ms is aborted by the
// broker and its producer fenced (KIP-98); the records are then processed
// again, in a transaction of the same size, which outlives the timeout
// again when the machine is that slow: on a shared two-core machine at a
// load average of 40, 100,000 records of a million cold domains took
// longer than the 10 s default, and the processor made no progress at
// all. Each transaction's time per record sets the next poll's size so
// that it would take a quarter of the timeout (at least minPoll records),
// and quick transactions let the size grow back, doubling, to
// Config.MaxPollRecords.
type pollSize struct {
	max, cur int
	// target is the time a transaction should take: a quarter of the
	// transaction timeout.
	target time.Duration
}

// minPoll is the smallest poll size: small enough for any machine to
// evaluate within a timeout, large enough that commits stay a small part
// of the cost.
const minPoll = 500

func newPollSize(maxRecords int, txnTimeout time.Duration) pollSize {
	return pollSize{max: maxRecords, cur: maxRecords, target: txnTimeout / 4}
}

// next is how many records the next poll may return.
func (s *pollSize) next() int { return s.cur }

// took notes that a transaction of n records took d (from the end of its
// poll to its commit or abort).
func (s *pollSize) took(n int, d time.Duration) {
	if n <= 0 || s.target <= 0 {
		return
	}
	switch {
	case d > s.target:
		// Scale to the target from the measured rate, at most halving
		// and at least by one record fewer.
		fit := int(int64(n) * int64(s.target) / int64(d))
		s.cur = max(min(minPoll, s.max), min(s.cur-1, max(fit, s.cur/2)))
	case d < s.target/4 && n >= s.cur:
		// A full poll done in a sixteenth of the timeout: grow.
		s.cur = min(s.max, 2*s.cur)
	}
	s.cur = min(s.cur, s.max)
}
