package schemas

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"
)

// deliveryEventWire is the JSON shape of a DeliveryEvent. Times and the
// outcome stay strings here so that validation can name the field that does
// not parse instead of surfacing a decoder error about a Go type.
type deliveryEventWire struct {
	V            int    `json:"v"`
	ID           string `json:"id"`
	MessageID    string `json:"message_id,omitempty"`
	Domain       string `json:"domain,omitempty"`
	Recipient    string `json:"recipient,omitempty"`
	Sender       string `json:"sender,omitempty"`
	Attempt      int    `json:"attempt,omitempty"`
	QueuedAt     string `json:"queued_at,omitempty"`
	CompletedAt  string `json:"completed_at"`
	SMTPCode     int    `json:"smtp_code,omitempty"`
	EnhancedCode string `json:"enhanced_code,omitempty"`
	Response     string `json:"response,omitempty"`
	RemoteHost   string `json:"remote_host,omitempty"`
	RemoteIP     string `json:"remote_ip,omitempty"`
	Transport    string `json:"transport,omitempty"`
	Size         int64  `json:"size,omitempty"`
	Outcome      string `json:"outcome,omitempty"`
}

// DecodeDeliveryEvent parses and validates one JSON-encoded DeliveryEvent.
// The error names every field that is wrong (see FieldError); a caller that
// dead-letters the record can put Reason(err) in a header.
func DecodeDeliveryEvent(data []byte) (DeliveryEvent, error) {
	if err := checkUTF8(data); err != nil {
		return DeliveryEvent{}, err
	}
	if err := nullRecord(data); err != nil {
		return DeliveryEvent{}, err
	}
	// The nesting limit (CheckNesting) with the names' and the escapes'
	// checks, in one pass.
	if err := checkNames(data); err != nil {
		return DeliveryEvent{}, err
	}
	var w deliveryEventWire
	if err := json.Unmarshal(data, &w); err != nil {
		return DeliveryEvent{}, shapeError(err)
	}
	return w.toEvent()
}

// DecodeDeliveryEventAliased is DecodeDeliveryEvent without copying the
// strings: those of the returned event share memory with data. The caller
// must not modify data while it uses the event, and must clone (for example
// with strings.Clone) any string it keeps beyond that.
func DecodeDeliveryEventAliased(data []byte) (DeliveryEvent, error) {
	var d EventDecoder
	return d.Decode(data)
}

// EventDecoder decodes DeliveryEvents like DecodeDeliveryEventAliased, but
// reuses its buffers from one event to the next: the processor decodes
// hundreds of thousands of events a second, and the allocations add up. An
// EventDecoder is not safe for concurrent use.
type EventDecoder struct {
	w deliveryEventWire
}

// Decode parses and validates one event; its strings alias data (see
// DecodeDeliveryEventAliased).
func (d *EventDecoder) Decode(data []byte) (DeliveryEvent, error) {
	if err := checkUTF8(data); err != nil {
		return DeliveryEvent{}, err
	}
	if err := nullRecord(data); err != nil {
		return DeliveryEvent{}, err
	}
	// The nesting limit (CheckNesting) with the names' and the escapes'
	// checks, in one pass.
	if err := checkNames(data); err != nil {
		return DeliveryEvent{}, err
	}
	d.w = deliveryEventWire{}
	rest, err := json.Parse(data, &d.w, json.ZeroCopy)
	if err == nil && len(bytes.TrimSpace(rest)) > 0 {
		err = fmt.Errorf("%d bytes after the JSON object", len(rest))
	}
	if err != nil {
		return DeliveryEvent{}, shapeError(err)
	}
	return d.w.toEvent()
}

// nullRecord refuses a record without a value (a tombstone, or a producer
// that sent none) and a JSON null, which the decoder would read as an
// empty object and report as every field missing, or as "unexpected end
// of JSON input: " with nothing after the colon.
func nullRecord(data []byte) error {
	switch t := bytes.TrimSpace(data); {
	case len(t) == 0:
		return &FieldError{Field: "(record)", Problem: "empty: the record has no value (a tombstone, or a producer that sent none) where a DeliveryEvent JSON object was expected"}
	case string(t) == "null":
		return &FieldError{Field: "(record)", Problem: "null where a DeliveryEvent JSON object was expected"}
	}
	return nil
}

// shapeError is the error of a record the JSON decoder refused, its
// message without the trailing ": " the decoder leaves when it has no
// input left to quote.
func shapeError(err error) error {
	msg := strings.TrimRight(strings.TrimSpace(err.Error()), ": ")
	return &FieldError{Field: "(record)", Problem: "not a JSON object of the DeliveryEvent shape: " + msg}
}

// checkUTF8 refuses a record that is not UTF-8, as JSON exchanged between
// systems must be (RFC 8259 §8.1): the JSON decoder would put U+FFFD in
// place of the bad bytes, and the event would be counted with a response
// that is not what the remote server said.
func checkUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	i := 0
	for i < len(data) {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	return &FieldError{Field: "(record)", Problem: fmt.Sprintf("not valid UTF-8 (byte %d); JSON between systems must be UTF-8 (RFC 8259 §8.1)", i)}
}

// MarshalDeliveryEvent encodes e as version-1 JSON. It does not validate e;
// producers should call Validate first.
func MarshalDeliveryEvent(e *DeliveryEvent) ([]byte, error) {
	w := deliveryEventWire{
		V:            Version,
		ID:           e.ID,
		MessageID:    e.MessageID,
		Domain:       e.Domain,
		Recipient:    e.Recipient,
		Sender:       e.Sender,
		Attempt:      e.Attempt,
		QueuedAt:     formatTime(e.QueuedAt),
		CompletedAt:  formatTime(e.CompletedAt),
		SMTPCode:     e.SMTPCode,
		EnhancedCode: e.EnhancedCode,
		Response:     e.Response,
		RemoteHost:   e.RemoteHost,
		RemoteIP:     e.RemoteIP,
		Transport:    e.Transport,
		Size:         e.Size,
	}
	if e.Outcome != OutcomeUnknown {
		w.Outcome = e.Outcome.String()
	}
	// No HTML escaping: SMTP responses are full of <addresses>, and
	// \u003c escapes make every event larger and slower to decode for no
	// reader's benefit.
	b, err := json.Append(make([]byte, 0, 512), &w, 0)
	if err != nil {
		return nil, fmt.Errorf("encode delivery event %q: %w", e.ID, err)
	}
	return b, nil
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// toEvent converts the wire form, collecting every problem, and then
// normalises and validates the result.
func (w *deliveryEventWire) toEvent() (DeliveryEvent, error) {
	var errs []error
	bad := func(field, problem string) { errs = append(errs, &FieldError{Field: field, Problem: problem}) }

	e := DeliveryEvent{
		V:            w.V,
		ID:           w.ID,
		MessageID:    w.MessageID,
		Domain:       w.Domain,
		Recipient:    w.Recipient,
		Sender:       w.Sender,
		Attempt:      w.Attempt,
		SMTPCode:     w.SMTPCode,
		EnhancedCode: w.EnhancedCode,
		Response:     w.Response,
		RemoteHost:   w.RemoteHost,
		RemoteIP:     w.RemoteIP,
		Transport:    w.Transport,
		Size:         w.Size,
	}
	if w.QueuedAt != "" {
		t, err := time.Parse(time.RFC3339Nano, w.QueuedAt)
		if err != nil {
			bad("queued_at", fmt.Sprintf("%q is not an RFC 3339 time", clip(w.QueuedAt)))
		}
		e.QueuedAt = t
	}
	completedReported := false
	if w.CompletedAt != "" {
		t, err := time.Parse(time.RFC3339Nano, w.CompletedAt)
		if err != nil {
			bad("completed_at", fmt.Sprintf("%q is not an RFC 3339 time", clip(w.CompletedAt)))
			completedReported = true
		}
		e.CompletedAt = t
	}
	if w.Outcome != "" {
		o, ok := ParseOutcome(w.Outcome)
		if !ok {
			bad("outcome", fmt.Sprintf("%q is not one of delivered, deferred, bounced, expired", clip(w.Outcome)))
		}
		e.Outcome = o
	}
	errs = append(errs, e.normalize(w.Outcome != "", completedReported)...)
	if len(errs) > 0 {
		return DeliveryEvent{}, joinErrors(errs)
	}
	return e, nil
}

// clip shortens a value quoted in an error so that a hostile record cannot
// make the error (and the dead-letter header carrying it) huge.
func clip(s string) string {
	const max = 64
	if len(s) <= max {
		return s
	}
	return s[:max] + "…"
}
