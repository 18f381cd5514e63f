package postfix

import (
	"slices"
	"time"
)

// DefaultMaxQueueEntries bounds the join state (see WithMaxQueueEntries).
const DefaultMaxQueueEntries = 100_000

// queueKey names one queue file: Postfix queue ids are unique per host (and
// short ids are reused over time), so the host is part of the key.
type queueKey struct {
	host string
	id   string
}

// queueEntry is what the parser remembers about one queued message between
// its lines: the sender and size from qmgr's "from=<…>, size=N" line, and per
// recipient the attempt count and whether the last attempt was deferred.
type queueEntry struct {
	sender      string
	senderKnown bool
	size        int64
	rcpts       map[string]*rcptState
}

// rcptState is one recipient of a queued message that has not yet been
// delivered or bounced.
type rcptState struct {
	attempts int
	deferred bool
	// queuedAt is log time − delay of the last attempt: when the message
	// entered the queue.
	queuedAt time.Time
	// lastResponse is the response of the last deferred attempt, bounded
	// (boundResponse); an expired event quotes it so a person sees why
	// delivery never succeeded.
	lastResponse string
}

// joinTable holds the queue entries. It is bounded without a clock or a
// list: entries live in two generations, a lookup moves an entry to the
// current one, and when the current generation is full the older one is
// dropped wholesale. An entry therefore survives as long as it is touched
// at least once per max/2 new messages, which covers deferred mail retried
// every maximal_backoff_time on all but the busiest hosts; Postfix's
// "removed" line deletes entries long before that in the normal case.
type joinTable struct {
	cur, old map[queueKey]*queueEntry
	max      int
}

func newJoinTable(max int) *joinTable {
	if max < 2 {
		max = 2
	}
	return &joinTable{cur: make(map[queueKey]*queueEntry), max: max}
}

// get returns the entry of k, or nil.
func (j *joinTable) get(k queueKey) *queueEntry {
	if e, ok := j.cur[k]; ok {
		return e
	}
	if e, ok := j.old[k]; ok {
		delete(j.old, k)
		j.insert(k, e)
		return e
	}
	return nil
}

// entry returns the entry of k, creating it when absent.
func (j *joinTable) entry(k queueKey) *queueEntry {
	if e := j.get(k); e != nil {
		return e
	}
	e := &queueEntry{}
	j.insert(k, e)
	return e
}

func (j *joinTable) insert(k queueKey, e *queueEntry) {
	if len(j.cur) >= j.max/2 {
		j.old, j.cur = j.cur, make(map[queueKey]*queueEntry, len(j.cur))
	}
	j.cur[k] = e
}

func (j *joinTable) remove(k queueKey) {
	delete(j.cur, k)
	delete(j.old, k)
}

func (j *joinTable) len() int { return len(j.cur) + len(j.old) }

// rcpt returns the state of recipient r, creating it when absent.
func (e *queueEntry) rcpt(r string) *rcptState {
	if e.rcpts == nil {
		e.rcpts = make(map[string]*rcptState, 1)
	}
	st := e.rcpts[r]
	if st == nil {
		st = &rcptState{}
		e.rcpts[r] = st
	}
	return st
}

// deferredRecipients returns the recipients whose last attempt was
// deferred, sorted so that the events of an expired line come out in a
// stable order.
func (e *queueEntry) deferredRecipients() []string {
	var out []string
	for r, st := range e.rcpts {
		if st.deferred {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out
}

// joinSnapshot is the join state as stored in a checkpoint. Older
// generation first, so that restoring it in order rebuilds the same
// generations.
type joinSnapshot struct {
	Entries []snapshotEntry `json:"entries,omitempty"`
}

type snapshotEntry struct {
	Host        string         `json:"host"`
	QueueID     string         `json:"queue_id"`
	Sender      string         `json:"sender,omitempty"`
	SenderKnown bool           `json:"sender_known,omitempty"`
	Size        int64          `json:"size,omitempty"`
	Recipients  []snapshotRcpt `json:"recipients,omitempty"`
	Current     bool           `json:"current,omitempty"`
}

type snapshotRcpt struct {
	Address      string    `json:"address"`
	Attempts     int       `json:"attempts"`
	Deferred     bool      `json:"deferred,omitempty"`
	QueuedAt     time.Time `json:"queued_at,omitzero"`
	LastResponse string    `json:"last_response,omitempty"`
}

func (j *joinTable) snapshot() joinSnapshot {
	s := joinSnapshot{Entries: make([]snapshotEntry, 0, j.len())}
	add := func(m map[queueKey]*queueEntry, current bool) {
		for k, e := range m {
			se := snapshotEntry{Host: k.host, QueueID: k.id, Sender: e.sender, SenderKnown: e.senderKnown, Size: e.size, Current: current}
			for addr, r := range e.rcpts {
				se.Recipients = append(se.Recipients, snapshotRcpt{Address: addr, Attempts: r.attempts, Deferred: r.deferred, QueuedAt: r.queuedAt, LastResponse: r.lastResponse})
			}
			s.Entries = append(s.Entries, se)
		}
	}
	add(j.old, false)
	add(j.cur, true)
	return s
}

func (j *joinTable) restore(s joinSnapshot) {
	j.cur = make(map[queueKey]*queueEntry)
	j.old = make(map[queueKey]*queueEntry)
	for _, se := range s.Entries {
		e := &queueEntry{sender: se.Sender, senderKnown: se.SenderKnown, size: se.Size}
		for _, r := range se.Recipients {
			st := e.rcpt(r.Address)
			// A checkpoint of an earlier version kept responses whole.
			*st = rcptState{attempts: r.Attempts, deferred: r.Deferred, queuedAt: r.QueuedAt, lastResponse: boundResponse(r.LastResponse)}
		}
		k := queueKey{host: se.Host, id: se.QueueID}
		if se.Current {
			j.cur[k] = e
		} else {
			j.old[k] = e
		}
	}
}
