package schemas

import "time"

// Version is the wire version this package reads and writes.
const Version = 1

// Limits enforced by validation. They bound what one bad producer can make
// every consumer hold in memory.
const (
	// MaxResponseLen is the longest SMTP response text accepted, in bytes.
	// Real multi-line replies stay well under 4 KiB.
	MaxResponseLen = 8192
	// MaxIDLen bounds id and message_id.
	MaxIDLen = 256
	// MaxAddressLen bounds recipient and sender (RFC 5321 allows 256 octets
	// for a path).
	MaxAddressLen = 320
	// MaxHostLen bounds domain, remote_host and transport (RFC 1035 names
	// are at most 253 octets).
	MaxHostLen = 255
	// MaxAttempt bounds attempt, the attempt's number for its message: a
	// queue that retried every second for its whole lifetime (Postfix's
	// maximal_queue_lifetime is 5 days by default) counts under half a
	// million. Consumers may store it in 32 bits.
	MaxAttempt = 1_000_000
	// MaxSize bounds size, the message's size in bytes: 1 TiB, far above
	// what any server's SIZE limit (RFC 1870) accepts.
	MaxSize = 1 << 40
)

// DeliveryEvent is one delivery attempt of one message to one recipient, as
// reported by the transport server that made it. It is the value of a record
// in the deliveries topic, keyed by Domain.
//
// A decoded DeliveryEvent has passed validation: Domain is set (derived from
// Recipient when the producer left it out), CompletedAt is set and Outcome is
// known (derived from SMTPCode when the producer left it out).
type DeliveryEvent struct {
	// V is the wire version; always Version.
	V int
	// ID identifies the attempt; producers assign it and keep it unique.
	ID string
	// MessageID groups the attempts of one message (the queue id or the
	// Message-ID header); the per-message timeline is built from it.
	MessageID string
	// Domain is the recipient domain: lower-case, IDNA (A-label) form.
	Domain string
	// Recipient is the envelope recipient address.
	Recipient string
	// Sender is the envelope sender address; empty for bounces (<>).
	Sender string
	// Attempt counts the delivery attempts of this message to this
	// recipient, starting at 1; 0 when unknown.
	Attempt int
	// QueuedAt is when the message entered the transport server's queue;
	// zero when unknown.
	QueuedAt time.Time
	// CompletedAt is when the attempt ended and its response was known.
	CompletedAt time.Time
	// SMTPCode is the remote server's reply code; 0 for local failures
	// (connection refused, DNS failure, ...).
	SMTPCode int
	// EnhancedCode is the RFC 3463 status code ("5.1.1"), when given.
	EnhancedCode string
	// Response is the full response text, possibly multi-line.
	Response string
	// RemoteHost and RemoteIP name the server that answered.
	RemoteHost string
	RemoteIP   string
	// Transport names the sending host.
	Transport string
	// Size is the message size in bytes; 0 when unknown.
	Size int64
	// Outcome is the result of the attempt.
	Outcome Outcome
}

// DeliveryDelay is CompletedAt − QueuedAt, or 0 when QueuedAt is unknown or
// later than CompletedAt.
func (e *DeliveryEvent) DeliveryDelay() time.Duration {
	if e.QueuedAt.IsZero() || e.CompletedAt.Before(e.QueuedAt) {
		return 0
	}
	return e.CompletedAt.Sub(e.QueuedAt)
}
