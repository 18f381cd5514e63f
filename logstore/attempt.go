package logstore

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// Source names the topic an attempt was read from: the deliveries topic, or
// the internal repartition topic for events that arrived on a partition
// other than their domain's (DESIGN.md "Partitioning and identity").
type Source uint8

// The sources of attempts.
const (
	SourceDeliveries  Source = 0
	SourceRepartition Source = 1
)

// String names the source.
func (s Source) String() string {
	switch s {
	case SourceDeliveries:
		return "deliveries"
	case SourceRepartition:
		return "repartition"
	}
	return fmt.Sprintf("source(%d)", uint8(s))
}

// Pos is where an attempt was read: its source topic, partition and offset.
// It identifies the attempt in the store; appending an attempt at the same
// Pos again replaces it.
type Pos struct {
	Source    Source
	Partition int32
	Offset    int64
}

// Attempt is one delivery attempt as the log keeps it.
type Attempt struct {
	// Event is the attempt as it arrived (after validation and
	// canonicalisation); Event.Domain is the domain it is kept under.
	Event schemas.DeliveryEvent
	// Category is diagnosis' category of the response.
	Category schemas.Category
	// Provider is the destination provider diagnosis recognised ("" when
	// none).
	Provider string
	// Arrival is when the attempt reached mailflow (the record's
	// timestamp): the order of the log and the time retention goes by.
	Arrival time.Time
	// Pos is where the attempt was read.
	Pos Pos
}

// ErrCorrupt is wrapped by every error about stored bytes that do not
// decode.
var ErrCorrupt = errors.New("logstore: corrupt record")

// attemptVersion is the first byte of an encoded attempt.
const attemptVersion = 1

const (
	flagQueued     = 1 << 0 // QueuedAt is set
	flagCompleted  = 1 << 1 // CompletedAt is set
	flagLocalRcpt  = 1 << 2 // the recipient is stored without "@" + domain
	flagUnknownBit = 0xf8
)

// maxField bounds one decoded string, so that a damaged length cannot ask
// for gigabytes.
const maxField = 1 << 20

// The largest attempt number, reply code and message size an attempt's
// value holds; appendAttempt writes larger ones as these.
const (
	maxStoredAttempt = 1 << 31
	maxStoredCode    = 1000
	maxStoredSize    = 1 << 62
)

// appendAttempt encodes a (without the domain, arrival and position, which
// the key holds) to dst: version, flags, then varints and length-prefixed
// strings in a fixed order. Times are stored relative to each other
// (completed to arrival, queued to completed) because they are close, so
// the varints are short.
func appendAttempt(dst []byte, a *Attempt) []byte {
	e := &a.Event
	var flags byte
	if !e.QueuedAt.IsZero() {
		flags |= flagQueued
	}
	if !e.CompletedAt.IsZero() {
		flags |= flagCompleted
	}
	rcpt := e.Recipient
	// rcpt ends in "@" + domain (without building that string: this runs
	// for every attempt).
	if n := len(rcpt) - len(e.Domain) - 1; e.Domain != "" && n >= 0 && rcpt[n] == '@' && rcpt[n+1:] == e.Domain {
		flags |= flagLocalRcpt
		rcpt = rcpt[:n]
	}
	dst = append(dst, attemptVersion, flags)
	if flags&flagCompleted != 0 {
		dst = binary.AppendVarint(dst, e.CompletedAt.UnixNano()-a.Arrival.UnixNano())
	}
	if flags&flagQueued != 0 {
		ref := a.Arrival
		if flags&flagCompleted != 0 {
			ref = e.CompletedAt
		}
		dst = binary.AppendVarint(dst, e.QueuedAt.UnixNano()-ref.UnixNano())
	}
	// Within what decodeAttempt reads back: schemas.Validate bounds them
	// far lower, and a value past the bound would leave the domain's log
	// unreadable for the whole retention (review S26A-1), not one attempt.
	dst = binary.AppendUvarint(dst, uint64(min(max(e.Attempt, 0), maxStoredAttempt)))
	dst = binary.AppendUvarint(dst, uint64(min(max(e.SMTPCode, 0), maxStoredCode)))
	dst = binary.AppendUvarint(dst, uint64(min(max(e.Size, 0), maxStoredSize)))
	dst = append(dst, byte(e.Outcome), byte(a.Category))
	for _, s := range [...]string{e.ID, e.MessageID, rcpt, e.Sender, e.EnhancedCode, e.Response,
		e.RemoteHost, e.RemoteIP, e.Transport, a.Provider} {
		dst = binary.AppendUvarint(dst, uint64(len(s)))
		dst = append(dst, s...)
	}
	return dst
}

// decodeAttempt decodes a value written by appendAttempt into a; domain,
// arrival and pos come from the key. Errors wrap ErrCorrupt.
func decodeAttempt(b []byte, domain string, arrival time.Time, pos Pos, a *Attempt) error {
	d := decoder{b: b}
	if v := d.byte(); v != attemptVersion {
		if d.err != nil {
			return d.err
		}
		return fmt.Errorf("%w: attempt version %d, this release reads %d", ErrCorrupt, v, attemptVersion)
	}
	flags := d.byte()
	if flags&flagUnknownBit != 0 {
		return fmt.Errorf("%w: unknown attempt flags %#x", ErrCorrupt, flags)
	}
	*a = Attempt{Arrival: arrival, Pos: pos}
	e := &a.Event
	e.V, e.Domain = schemas.Version, domain
	if flags&flagCompleted != 0 {
		e.CompletedAt = time.Unix(0, arrival.UnixNano()+d.varint()).UTC()
	}
	if flags&flagQueued != 0 {
		ref := arrival
		if flags&flagCompleted != 0 {
			ref = e.CompletedAt
		}
		e.QueuedAt = time.Unix(0, ref.UnixNano()+d.varint()).UTC()
	}
	e.Attempt = int(d.small(maxStoredAttempt))
	e.SMTPCode = int(d.small(maxStoredCode))
	e.Size = int64(d.small(maxStoredSize))
	e.Outcome = schemas.Outcome(d.byte())
	a.Category = schemas.Category(d.byte())
	if d.err == nil && (e.Outcome > schemas.OutcomeExpired || int(a.Category) >= schemas.NumCategories) {
		return fmt.Errorf("%w: outcome %d or category %d out of range", ErrCorrupt, e.Outcome, a.Category)
	}
	for _, s := range [...]*string{&e.ID, &e.MessageID, &e.Recipient, &e.Sender, &e.EnhancedCode, &e.Response,
		&e.RemoteHost, &e.RemoteIP, &e.Transport, &a.Provider} {
		*s = d.str()
	}
	if d.err != nil {
		return d.err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%w: %d bytes after the attempt", ErrCorrupt, len(d.b))
	}
	if flags&flagLocalRcpt != 0 {
		e.Recipient += "@" + domain
	}
	return nil
}

// rawResponse returns the SMTP response inside an encoded attempt without
// decoding the rest, or false when v does not parse that far.
func rawResponse(v []byte) ([]byte, bool) {
	d := decoder{b: v}
	if d.byte() != attemptVersion {
		return nil, false
	}
	flags := d.byte()
	if flags&flagCompleted != 0 {
		d.varint()
	}
	if flags&flagQueued != 0 {
		d.varint()
	}
	d.small(maxStoredAttempt)
	d.small(maxStoredCode)
	d.small(maxStoredSize)
	d.byte()
	d.byte()
	for range 5 { // id, message id, recipient, sender, enhanced code
		n := d.small(maxField)
		if d.err != nil || uint64(len(d.b)) < n {
			return nil, false
		}
		d.b = d.b[n:]
	}
	n := d.small(maxField)
	if d.err != nil || uint64(len(d.b)) < n {
		return nil, false
	}
	return d.b[:n], true
}

// decoder reads the fields of an encoded value; the first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: truncated or bad %s", ErrCorrupt, what)
	}
	d.b = nil
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.fail("byte")
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) small(limit uint64) uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 || v > limit {
		d.fail("number")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) str() string {
	n := d.small(maxField)
	if d.err != nil {
		return ""
	}
	if uint64(len(d.b)) < n {
		d.fail("string")
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}
