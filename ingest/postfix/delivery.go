package postfix

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mailflow/mailflow/schemas"
)

// Delivery is one delivery attempt of one message to one recipient as
// parsed from a Postfix log line. Strings are as logged (case kept) unless
// a field says otherwise; absent values are zero.
type Delivery struct {
	// ID is the deterministic event id: the first 32 hex digits of the
	// SHA-256 of the host name and the raw line (and, for an expired line,
	// the recipient), so reading a line twice yields the same id.
	ID string
	// LogTime is the time in the syslog header: when the attempt ended.
	LogTime time.Time
	// Hostname is the syslog host field: the sending host.
	Hostname string
	// Program is the syslog tag without the pid ("postfix-out/smtp").
	Program string
	// QueueID is the Postfix queue id, short hex or long format.
	QueueID string
	// Recipient is the to= address without angle brackets.
	Recipient string
	// OrigTo is the orig_to= address (the recipient before aliasing or
	// rewriting), when Postfix logged one.
	OrigTo string
	// Domain is the part of Recipient after the last '@', lower-cased.
	Domain string
	// RelayHost is the host part of relay=, or the transport name when the
	// relay has no brackets ("local", "virtual"); empty for relay=none.
	RelayHost string
	// RelayIP is the IP address in the relay's brackets; empty when the
	// brackets hold no IP address ("[private/dovecot-lmtp]") or are absent.
	RelayIP string
	// RelayPort is the port after the brackets; 0 when none was logged.
	RelayPort int
	// TextHost and TextIP are the host the response text names when the
	// relay is none ("connect to mx.example.net[192.0.2.7]:25: Connection
	// refused"): the host that could not be reached. The event's remote
	// host and IP fall back to them.
	TextHost string
	TextIP   string
	// DelaySeconds is delay=; HasDelay says whether the line had one.
	DelaySeconds float64
	HasDelay     bool
	// Delays is the delays= breakdown as logged ("0.11/0.01/0.3/0.49").
	Delays string
	// DSN is the dsn= value as logged ("4.7.1"); empty before Postfix 2.3.
	DSN string
	// Status is the normalised status: "sent", "deferred", "bounced" or
	// "expired". RawStatus is the word Postfix logged ("SOFTBOUNCE").
	Status    string
	RawStatus string
	// Outcome is the mailflow outcome of Status.
	Outcome schemas.Outcome
	// Response is the text inside the outermost parentheses after the
	// status, verbatim; empty for expired lines, which carry none.
	Response string
	// SMTPCode is the remote reply code found in Response (at its start or
	// after "said: " / "refused to talk to me: "); 0 when there is none.
	SMTPCode int
	// Sender and Size come from qmgr's "from=<…>, size=N" line of the same
	// queue id and host (or, for an expired line, from the line itself).
	// SenderKnown says whether that line was seen: an empty Sender is the
	// null sender <> only when SenderKnown is true.
	Sender      string
	SenderKnown bool
	Size        int64
	// Attempt counts the attempts seen for this queue id and recipient,
	// starting at 1 (the count survives restarts through the checkpoint).
	// It is 0 for expired deliveries, which are not attempts.
	Attempt int
	// QueuedAt is when the message entered the queue: LogTime − delay, or
	// for an expired delivery the value remembered from the last deferred
	// attempt. Zero when unknown.
	QueuedAt time.Time
	// LastResponse is, for an expired delivery, the response of the last
	// deferred attempt of that recipient, when it was seen: valid UTF-8
	// and cut to schemas.MaxResponseLen bytes, as an event's response is.
	LastResponse string
}

// Event converts d into a validated DeliveryEvent. An error means the line
// parsed but does not make a valid event (for example a recipient without
// a domain); the parser reports such lines as malformed, so the
// deliveries it returns always convert without error.
func (d *Delivery) Event() (schemas.DeliveryEvent, error) {
	e := schemas.DeliveryEvent{
		V:            schemas.Version,
		ID:           d.ID,
		MessageID:    d.QueueID,
		Domain:       d.Domain,
		Recipient:    d.Recipient,
		Sender:       d.Sender,
		Attempt:      d.Attempt,
		QueuedAt:     d.QueuedAt,
		CompletedAt:  d.LogTime,
		SMTPCode:     d.SMTPCode,
		EnhancedCode: d.DSN,
		Response:     d.Response,
		RemoteHost:   firstNonEmpty(d.RelayHost, d.TextHost),
		RemoteIP:     firstNonEmpty(d.RelayIP, d.TextIP),
		Transport:    d.Hostname,
		Size:         d.Size,
		Outcome:      d.Outcome,
	}
	if d.Outcome == schemas.OutcomeExpired {
		// qmgr's line says only that the message expired. Say so in words
		// that diagnosis classifies as expired, and keep the last deferred
		// reply for the person who asks why.
		e.Response = "message expired in the queue and was returned to sender"
		if d.LastResponse != "" {
			e.Response += "; last attempt: " + d.LastResponse
		}
	}
	e.Response = boundResponse(e.Response)
	if err := e.Validate(); err != nil {
		return schemas.DeliveryEvent{}, fmt.Errorf("not a valid delivery event: %s", schemas.Reason(err))
	}
	return e, nil
}

// boundResponse returns a response as an event carries it: valid UTF-8
// and at most schemas.MaxResponseLen bytes, cut at a character boundary.
// Postfix logs the remote's reply bytes as they came: an 8-bit reply in
// Latin-1 ("Empf\xe4nger unbekannt"), which a journald export gives as a
// byte array. The event must be UTF-8 (RFC 8259 §8.1), and a bounce
// dropped for its umlaut is worse than one with U+FFFD in its place
// (review finding: it was malformed). The other fields name the delivery
// and are not repaired.
//
// The join state keeps a deferred recipient's last response bounded the
// same way (review S26A-3): only that much of it can reach an expired
// event, and prefixing valid text to a bounded response and bounding
// again gives the same event as bounding the whole.
func boundResponse(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return truncateUTF8(s, schemas.MaxResponseLen)
}

// truncateUTF8 cuts s to at most max bytes without splitting a UTF-8
// sequence, so that the result still validates.
func truncateUTF8(s string, max int) string {
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
