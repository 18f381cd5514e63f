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

// LiveSlot returns the live-log slot of attempt seq: the live log is a ring
// of LiveLogSize slots, each a key of its own, so an attempt rewrites one
// small record instead of the whole log.
func LiveSlot(seq uint64) uint8 { return uint8(seq % LiveLogSize) }
