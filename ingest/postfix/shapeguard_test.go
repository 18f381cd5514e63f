package postfix

import (
	"strings"
	"testing"
	"time"
)

const wrappedDelivery = `7A3F2B1C4D: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 ok)`

func wrapParser() *Parser {
	return NewParser(WithNow(func() time.Time { return time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC) }), WithLocation(time.UTC))
}

// TestWrappedDeliveryNeverSkipped: a delivery result wrapped by another
// writer (a shipper's logfmt or JSON inside a syslog line, rsyslog's
// "message repeated" brackets, a tab for the space, a bracketed queue
// id) is parsed or malformed with a reason, never skipped in silence
// (review S22A-1: the guard knew only a bare "QID:" word and a space or
// comma before to=<).
func TestWrappedDeliveryNeverSkipped(t *testing.T) {
	for name, line := range map[string]string{
		"logfmt in syslog":      `Mar 22 07:45:01 mx vector[9]: level=info msg="` + wrappedDelivery + `"`,
		"json in syslog":        `Mar 22 07:45:01 mx fluent-bit[9]: {"log":"` + wrappedDelivery + `"}`,
		"single-quoted":         `Mar 22 07:45:01 mx shipper[9]: line='` + wrappedDelivery + `'`,
		"tab before to=<":       "Mar 22 07:45:01 mx postfix/smtp[1]: 7A3F2B1C4D:\tto=<a@b.example>, relay=none, delay=1, status=sent (250 ok)",
		"rsyslog repeated":      "Mar 22 07:45:01 mx rsyslogd[1]: message repeated 2 times: [" + wrappedDelivery + "]",
		"bracketed queue id":    "Mar 22 07:45:01 mx postfix/smtp[1]: [7A3F2B1C4D]: to=<a@b.example>, relay=none, delay=1, status=sent (250 ok)",
		"quoted queue id key":   `Mar 22 07:45:01 mx shipper[9]: {"7A3F2B1C4D": "to=<a@b.example>, relay=none, status=sent (250 ok)"}`,
		"long queue id, logfmt": `Mar 22 07:45:01 mx vector[9]: msg="4Vz2Kq1ZbNz9vJt: to=<a@b.example>, relay=none, delay=1, status=bounced (550 no)"`,
	} {
		t.Run(name, func(t *testing.T) {
			r := wrapParser().Parse(line)
			if r.Kind == KindSkip && r.Note == "" {
				t.Errorf("delivery-shaped line skipped in silence: %s", line)
			}
			if r.Kind == KindMalformed && r.Err == nil {
				t.Errorf("malformed without a reason")
			}
		})
	}
	// Not deliveries: orig_to alone, no status, no queue id.
	for _, line := range []string{
		"Mar 22 07:45:01 mx postfix/smtpd[7]: NOQUEUE: reject: RCPT from x[192.0.2.9]: 554 5.7.1 Relay access denied; from=<a@x.example> to=<b@y.example> proto=ESMTP helo=<h>",
		"Mar 22 07:45:01 mx postfix/qmgr[2]: 7A3F2B1C4D: from=<s@x.example>, size=312, nrcpt=1 (queue active)",
		"Mar 22 07:45:01 mx app[2]: user: orig_to=<a@b.example> status=ok",
	} {
		if r := wrapParser().Parse(line); r.Kind == KindMalformed {
			t.Errorf("%.60q: malformed (%v), want it read or skipped", line, r.Err)
		}
	}
}

// TestWrappedExpiryNeverSkipped: qmgr's expiry line ("QID: from=<…>,
// status=expired, returned to sender"), which yields an expired event
// per deferred recipient, is guarded like a delivery; forwarded inside
// a runtime's line it is read (review S22A-2).
func TestWrappedExpiryNeverSkipped(t *testing.T) {
	p := wrapParser()
	def := "Mar 22 07:45:01 mx postfix/smtp[1]: 7A3F2B1C4D: to=<a@b.example>, relay=none, delay=1, dsn=4.4.1, status=deferred (connect to mx.b.example[192.0.2.1]:25: Connection refused)"
	if r := p.Parse(def); r.Kind != KindDelivery {
		t.Fatalf("deferred line: %v %v", r.Kind, r.Err)
	}
	nested := "Mar 22 07:45:03 mx docker/abc[9]: Mar 22 07:45:03 mx postfix/qmgr[2]: 7A3F2B1C4D: from=<s@x.example>, status=expired, returned to sender"
	r := p.Parse(nested)
	if r.Kind != KindDelivery || len(r.Deliveries) != 1 || r.Deliveries[0].Recipient != "a@b.example" || r.Deliveries[0].Status != "expired" {
		t.Fatalf("forwarded expiry: kind %v err %v deliveries %+v", r.Kind, r.Err, r.Deliveries)
	}
	for _, line := range []string{
		`Mar 22 07:45:03 mx vector[9]: level=info msg="7A3F2B1C4D: from=<s@x.example>, status=expired, returned to sender"`,
		"Mar 22 07:45:03 mx postfix/qmgr[2]: 7A3F2B1C4D:\tfrom=<s@x.example>, status=expired, returned to sender",
	} {
		if r := p.Parse(line); r.Kind == KindSkip && r.Note == "" {
			t.Errorf("expiry-shaped line skipped in silence: %s", line)
		}
	}
}

// TestShipperJSON: a log shipper's JSON record with the whole syslog
// line in its message field is read; one whose message lost its header
// is malformed with a reason that names the shipper, not journald
// (review S22A-5); journald's and Docker's records are still theirs.
func TestShipperJSON(t *testing.T) {
	for name, line := range map[string]string{
		"vector file source": `{"file":"/var/log/mail.log","host":"collector","message":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + wrappedDelivery + `","source_type":"file","timestamp":"2025-03-22T07:45:02Z"}`,
		"filebeat":           `{"@timestamp":"2025-03-22T07:45:02.000Z","log":{"file":{"path":"/var/log/mail.log"}},"message":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + wrappedDelivery + `"}`,
		"fluent bit tail":    `{"date":1742629502.0,"log":"2025-03-22T07:45:01+00:00 mx postfix/smtp[1]: ` + wrappedDelivery + `"}`,
	} {
		t.Run(name, func(t *testing.T) {
			r := wrapParser().Parse(line)
			if r.Kind != KindDelivery || r.Deliveries[0].Hostname != "mx" || r.Deliveries[0].Recipient != "a@b.example" {
				t.Fatalf("kind %v err %v", r.Kind, r.Err)
			}
		})
	}
	for _, line := range []string{
		`{"@timestamp":"2025-03-22T07:45:01Z","message":"` + wrappedDelivery + `"}`,
		`{"message":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + wrappedDelivery + `\nMar 22 07:45:02 mx postfix/smtp[1]: x"}`,
	} {
		r := wrapParser().Parse(line)
		if r.Kind != KindMalformed || r.Err == nil || strings.Contains(r.Err.Error(), "journald") || !strings.Contains(r.Err.Error(), "shipper") {
			t.Errorf("%.60q: kind %v err %v, want malformed naming the shipper's record", line, r.Kind, r.Err)
		}
	}
	// Docker json-file keeps its own reading (the 16 KiB split check).
	if r := wrapParser().Parse(`{"log":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + wrappedDelivery + `","stream":"stdout","time":"2025-03-22T07:45:01Z"}`); r.Kind != KindMalformed || !strings.Contains(r.Err.Error(), "partial") {
		t.Errorf("docker record without its newline: kind %v err %v, want the partial-line error", r.Kind, r.Err)
	}
}
