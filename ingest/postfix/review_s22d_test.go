package postfix

import (
	"testing"
	"time"
)

const s22dDelivery = `7A3F2B1C4D: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 ok)`

// S22D-1: a shipper's record whose first message key holds something that
// is not a delivery is now skipped in silence ("another program's
// record"), though another message key, or a duplicate key, holds a
// delivery. Before b102df8 these were malformed ("no syslog header").
func TestRevS22DShipperRecordSkippedInSilence(t *testing.T) {
	for _, line := range []string{
		`{"message":"hello","log":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + s22dDelivery + `"}`,
		`{"message":"","log":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + s22dDelivery + `"}`,
		`{"message":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + s22dDelivery + `","message":"hello"}`,
	} {
		if r := wrapParser().Parse(line); r.Kind == KindSkip && r.Note == "" {
			t.Errorf("delivery-holding record skipped in silence: %.70q", line)
		}
	}
}

// S22D-2: a Docker json-file record whose keys are not in json-file's
// order is, as the new comment says, meant for dockerLine, but Parse only
// calls dockerLine for lines starting {"log": — it is reported as a
// journald entry without MESSAGE.
func TestRevS22DDockerRecordKeyOrder(t *testing.T) {
	line := `{"stream":"stdout","log":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + s22dDelivery + `\n","time":"2025-03-22T07:45:02Z"}`
	r := wrapParser().Parse(line)
	if r.Kind != KindDelivery {
		t.Errorf("kind %s (%v), want the delivery", r.Kind, r.Err)
	}
}

// S22D-3: composeLine's output is parsed again as text, so a record's
// host value is read as header structure: a host that looks like an RFC
// 3339 time replaces the record's time and empties the host; a host
// ending in ':' is taken for a program tag and lost.
func TestRevS22DComposedHostReadAsHeader(t *testing.T) {
	for _, host := range []string{"2024-01-01T00:00:00Z", "mx:"} {
		line := `{"time":"2025-03-22T07:45:01Z","program":"postfix/smtp","host":"` + host + `","message":"` + s22dDelivery + `"}`
		r := wrapParser().Parse(line)
		if r.Kind != KindDelivery {
			continue // malformed is acceptable
		}
		d := r.Deliveries[0]
		// The record's time, and its host or none: a host that would read
		// as a time or a tag is left out rather than misread.
		if !d.LogTime.Equal(time.Date(2025, 3, 22, 7, 45, 1, 0, time.UTC)) || d.Hostname != host && d.Hostname != "" {
			t.Errorf("host %q: delivery with host %q time %s", host, d.Hostname, d.LogTime)
		}
	}
}

// S22D-4 (low): a bracketed or parenthesised id right after a word is
// never a queue id, even one with hex letters, which no pid has: such a
// delivery-shaped line is skipped in silence (guard and oracle agree, so
// fuzzing cannot find it).
func TestRevS22DBracketedHexIDAfterWord(t *testing.T) {
	line := "Mar 22 07:45:01 mx relay[9]: msg[7A3F2B1C4D]: to=<a@b.example>, relay=none, status=sent (250 ok)"
	if r := wrapParser().Parse(line); r.Kind == KindSkip && r.Note == "" {
		t.Errorf("skipped in silence: %q", line)
	}
}
