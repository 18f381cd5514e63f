package processor

import (
	"errors"
	"slices"
	"strconv"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// Headers of dead letters, beside HeaderError and HeaderSource.
const (
	// HeaderTruncated is set on a dead letter whose value (and perhaps
	// key or headers) was cut to fit the dead-letter topic; its value is
	// the original value's size in bytes. The original record stays
	// readable in its topic at the offset HeaderSource names.
	HeaderTruncated = "mailflow-truncated"
	// HeaderHeadersDropped is set on an event forwarded to the
	// repartition topic without the headers its producer gave it, which
	// would not have fitted there (shard.forward); its value is how many
	// there were. The original record keeps them at HeaderSource.
	HeaderHeadersDropped = "mailflow-headers-dropped"
)

// deadLetterReason maps a decoding or validation error to the bounded
// label of mailflow_dead_letters_total: "malformed" for a record that is
// not a DeliveryEvent at all, "invalid_<field>" for the first field that
// failed validation (the fields are the schema's, a fixed set), and
// "invalid" otherwise.
func deadLetterReason(err error) string {
	var fe *schemas.FieldError
	if errors.As(err, &fe) {
		if fe.Field == "(record)" {
			return "malformed"
		}
		if knownField(fe.Field) {
			return "invalid_" + fe.Field
		}
	}
	return "invalid"
}

// knownField reports whether f is a field of the DeliveryEvent schema, so
// that a label never carries producer-controlled text.
func knownField(f string) bool { return slices.Contains(eventFields, f) }

// eventFields are the fields of the DeliveryEvent schema.
var eventFields = []string{"v", "id", "message_id", "domain", "recipient", "sender", "attempt", "queued_at", "completed_at",
	"smtp_code", "enhanced_code", "response", "remote_host", "remote_ip", "transport", "size", "outcome"}

// deadLetterReasons lists every label deadLetterReason and the processor
// give dead letters, which the metric exports at 0 from the start.
func deadLetterReasons() []string {
	out := []string{"malformed", "invalid", "wrong_partition", tickDeadLetterLabel, oversizedLabel, forwardTooLargeLabel}
	for _, f := range eventFields {
		out = append(out, "invalid_"+f)
	}
	return out
}

// recordSize bounds the bytes a record of key, value and headers takes in
// a batch: its fields, and 64 bytes for the record's framing (length,
// attributes, timestamp and offset deltas, varint lengths) and 8 more
// for each header's.
func recordSize(key, value []byte, headers []kgo.RecordHeader) int {
	n := len(key) + len(value) + 64
	for _, h := range headers {
		n += len(h.Key) + len(h.Value) + 8
	}
	return n
}

// fitDeadLetter returns the dead letter of r: its key, value and headers
// with the reason and origin headers added, cut down when the whole would
// not fit a record of limit bytes (the dead-letter topic's
// max.message.bytes less the batch framing). A record that can never be
// written must not abort its transaction again and again: the key is cut
// to 1 KiB, the original headers are dropped when they are large, and the
// value is cut to what is left; HeaderTruncated says the original size.
func fitDeadLetter(r *kgo.Record, reason string, limit int) *kgo.Record {
	if len(reason) > 1024 {
		reason = reason[:1024] + "…"
	}
	ours := []kgo.RecordHeader{
		{Key: HeaderError, Value: []byte(reason)},
		{Key: HeaderSource, Value: []byte(r.Topic + "/" + strconv.Itoa(int(r.Partition)) + "/" + strconv.FormatInt(r.Offset, 10))},
	}
	size := recordSize
	headers := append(r.Headers[:len(r.Headers):len(r.Headers)], ours...)
	if size(r.Key, r.Value, headers) <= limit {
		return &kgo.Record{Key: r.Key, Value: r.Value, Headers: headers}
	}
	key := r.Key
	if len(key) > 1024 {
		key = key[:1024]
	}
	if size(nil, nil, headers) > limit/4 {
		headers = ours
	}
	headers = append(headers, kgo.RecordHeader{Key: HeaderTruncated, Value: []byte(strconv.Itoa(len(r.Value)))})
	room := max(limit-size(key, nil, headers), 0)
	value := r.Value[:min(len(r.Value), room)]
	return &kgo.Record{Key: key, Value: value, Headers: headers}
}
