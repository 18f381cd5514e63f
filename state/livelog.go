package state

import (
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// LiveLogSize is how many recent attempts the live log keeps per domain.
const LiveLogSize = 25

// LiveEntry is one attempt in a domain's live log: what a person
// troubleshooting the domain reads first.
type LiveEntry struct {
	// Seq is the domain's attempt number in arrival order (see
	// Window.Seq); the live log lists the highest first.
	Seq         uint64
	EventID     string
	MessageID   string
	CompletedAt time.Time
	Recipient   string
	Sender      string
	Outcome     schemas.Outcome
	Category    schemas.Category
	SMTPCode    int
	Enhanced    string
	Response    string
	RemoteHost  string
	RemoteIP    string
	DelayMillis uint32
}

// A domain's live log is stored as chunks: one record holds the attempts a
// transaction added to the domain (at most LiveLogSize of them, in seq
// order), so a busy domain costs one changelog record and one store key
// per transaction instead of one per attempt. A chunk stays while it holds
// one of the domain's last LiveLogSize attempts; then a tombstone removes
// it, unless the next chunk reuses its key.
//
// A chunk's key ends in a byte below 2·LiveLogSize: the slot of its first
// attempt (seq mod LiveLogSize) in one of two lanes. Keys follow the ring,
// so a domain with one attempt per transaction overwrites the key of the
// chunk that just fell out of the log and needs no tombstone; the second
// lane is for the one case where the chunk that began LiveLogSize attempts
// earlier still holds live attempts.

// LiveChunk is a live-log chunk record that still holds live attempts.
type LiveChunk struct {
	// Start is the seq of the chunk's first attempt; the chunk holds the
	// attempts from Start to the next chunk's Start (or Window.Seq).
	Start uint64
	// Key is the last byte of the chunk's key (see AppendLiveKey).
	Key uint8
}

// AddLiveChunk records in w a new chunk holding the attempts from start to
// w.Seq, which must be its latest LiveLogSize attempts or fewer. It
// returns the key byte of the new chunk, and appends to dead the key bytes
// of the chunks that no longer hold a live attempt and are not overwritten
// by the new one: their records must be deleted.
func (w *Window) AddLiveChunk(start uint64, dead []uint8) (key uint8, _ []uint8) {
	floor := uint64(1) // the seq of the oldest live attempt
	if w.Seq > LiveLogSize {
		floor = w.Seq - LiveLogSize + 1
	}
	slot := uint8(start % LiveLogSize)
	key = slot
	// Only the chunk that began LiveLogSize attempts before start can hold
	// the same slot and still be live; the new chunk takes the other lane.
	alive := w.Chunks[:0]
	var gone []LiveChunk
	for i, c := range w.Chunks {
		end := start - 1 // the last chunk ends where the new one begins
		if i+1 < len(w.Chunks) {
			end = w.Chunks[i+1].Start - 1
		}
		if end >= floor {
			alive = append(alive, c)
			if c.Key%LiveLogSize == slot {
				key = otherLane(c.Key)
			}
			continue
		}
		gone = append(gone, c)
	}
	if key == slot {
		// Prefer overwriting a dead chunk of this slot to leaving it for
		// a tombstone.
		for _, c := range gone {
			if c.Key%LiveLogSize == slot {
				key = c.Key
			}
		}
	}
	for _, c := range gone {
		if c.Key != key {
			dead = append(dead, c.Key)
		}
	}
	w.Chunks = append(alive, LiveChunk{Start: start, Key: key})
	return key, dead
}

func otherLane(key uint8) uint8 {
	if key < LiveLogSize {
		return key + LiveLogSize
	}
	return key - LiveLogSize
}
