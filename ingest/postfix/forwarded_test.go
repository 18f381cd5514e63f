package postfix

import (
	"testing"
	"time"
)

// TestForwardedLines: a container's or a relay's line logged inside
// another daemon's line (Docker's syslog and journald logging drivers,
// a syslog relay) is read by its own, inner header; what the inner line
// leaves out (time, host) comes from the outer one.
func TestForwardedLines(t *testing.T) {
	cases := []struct {
		name, line, host, program string
		time                      time.Time
	}{
		{"docker syslog driver, whole syslog line",
			"Mar 22 07:45:09 dockerhost docker/4f2a9c1e[977]: Mar 22 07:45:01 mx postfix/smtp[1085]: " + deliveryMsg,
			"mx", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"docker journald driver, tag only",
			"Mar 22 07:45:09 dockerhost 4f2a9c1e6b7d[977]: postfix/smtp[1085]: " + deliveryMsg,
			"dockerhost", "postfix/smtp", at(2025, 3, 22, 7, 45, 9, 0)},
		{"journalctl short-iso, container named",
			"2024-02-14T14:47:30+0000 node1 mail-relay[3120]: 2024-02-14T14:47:24.705153+00:00 mailer postfix-out/smtp[39560]: " + deliveryMsg,
			"mailer", "postfix-out/smtp", at(2024, 2, 14, 14, 47, 24, 705153000)},
		{"relay with a facility column, inner iso",
			"Feb 14 14:47:30 loghost mail.info syslog-relay: 2024-02-14 14:47:24 mailer postfix/smtp[39560]: " + deliveryMsg,
			"mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"inner tag with a message id",
			"Mar 22 07:45:09 dockerhost docker/mail[977]: postfix/smtp[1085]: [ID 197553 mail.info] " + deliveryMsg,
			"dockerhost", "postfix/smtp", at(2025, 3, 22, 7, 45, 9, 0)},
		{"inner RFC 5424",
			"Mar 22 07:45:09 dockerhost docker/mail[977]: <22>1 2025-03-22T07:45:01.5Z mx postfix/smtp 1085 - - " + deliveryMsg,
			"mx", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 500000000)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantTestDelivery(t, tc.line, tc.host, tc.program, tc.time)
		})
	}
}

// TestForwardedLinesLeftAlone: an outer Postfix message is read as it
// is, and an inner line that is not Postfix's is no delivery; a
// delivery-shaped inner line the parser cannot read is malformed with a
// reason, never skipped.
func TestForwardedLinesLeftAlone(t *testing.T) {
	p := testParser()
	// Postfix's own messages whose first word ends in a colon.
	for _, line := range []string{
		"Mar 22 07:45:01 mx postfix/smtpd[77]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <x@example.com>: Relay access denied; from=<a@example.org> to=<x@example.com> proto=ESMTP helo=<h>",
		"Mar 22 07:45:01 mx postfix/smtp[1085]: warning: TLS library problem: error:0A000126",
		"Mar 22 07:45:09 dockerhost docker/4f2a[977]: Mar 22 07:45:01 web nginx[12]: GET / 200",
		"Mar 22 07:45:09 dockerhost docker/4f2a[977]: cron[12]: job done",
	} {
		if res := p.Parse(line); res.Kind != KindSkip || res.Err != nil {
			t.Errorf("%.70q: kind %s err %v, want skip", line, res.Kind, res.Err)
		}
	}
	for _, line := range []string{
		// The inner header is cut before its tag.
		"Mar 22 07:45:09 dockerhost docker/4f2a[977]: Mar 22 07:45:01 " + deliveryMsg,
		// Two levels of forwarding: only one is unwrapped.
		"Mar 22 07:45:09 a docker/x[1]: Mar 22 07:45:08 b relay[2]: Mar 22 07:45:01 mx postfix/smtp[1085]: " + deliveryMsg,
	} {
		if res := p.Parse(line); res.Kind != KindMalformed || res.Err == nil {
			t.Errorf("%.70q: kind %s err %v, want malformed with a reason", line, res.Kind, res.Err)
		}
	}
	// The outer line is Postfix's own delivery: its header is kept even
	// when the message would parse as a line of its own.
	wantTestDelivery(t, "Mar 22 07:45:01 backup postfix/smtp[1085]: "+deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0))
}
