package postfix

import (
	"testing"
	"time"
)

// TestHeaderShapesCollected: header shapes a blind collection of real
// log formats found unread (probe_shapes, 110 lines from public issues
// and the formats' documentation; 82 read before, 94 after): each is a
// delivery with its inner header's host, program and time.
func TestHeaderShapesCollected(t *testing.T) {
	cases := []struct {
		name, line, host, program string
		time                      time.Time
	}{
		{"kiwi syslog, tab-separated columns", "2024-02-14 14:47:24\tMail.Info\t192.0.2.25\tpostfix/smtp[39560]: " + deliveryMsg,
			"192.0.2.25", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"freebsd syslogd -v, numeric facility.priority", "Feb 14 14:47:24 <2.6> mailer postfix/smtp[39560]: " + deliveryMsg,
			"mailer", "postfix/smtp", at(2025, 2, 14, 14, 47, 24, 0)},
		{"rfc 5424, two spaces before the message", "<22>1 2024-02-14T14:47:24.5Z mailer postfix/smtp 39560 - -  " + deliveryMsg,
			"mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 500000000)},
		{"rfc 5424 fields without PRI (sysklogd 2.x)", "2024-02-14T14:47:24.5Z mailer postfix/smtp 39560 - - " + deliveryMsg,
			"mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 500000000)},
		{"rfc 5424 fields without PRI, structured data", `2024-02-14T14:47:24Z mailer postfix/smtp - - [meta seq="7"] ` + deliveryMsg,
			"mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"metalog, bracketed program", "Feb 14 14:47:24 [postfix/smtp] " + deliveryMsg,
			"", "postfix/smtp", at(2025, 2, 14, 14, 47, 24, 0)},
		{"loki logcli, labels", `2024-02-14T14:47:30Z {filename="/var/log/mail.log", job="mail"} Feb 14 14:47:24 mailer postfix/smtp[39560]: ` + deliveryMsg,
			"mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"aws logs tail, stream name", "2024-02-14T14:47:30.123000+00:00 i-0abc123def4567890 Feb 14 14:47:24 mailer postfix/smtp[39560]: " + deliveryMsg,
			"mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"loki logcli jsonl", `{"labels":{"job":"mail"},"line":"Feb 14 14:47:24 mailer postfix/smtp[39560]: ` + deliveryMsg + `","timestamp":"2024-02-14T14:47:30Z"}`,
			"mailer", "postfix/smtp", at(2025, 2, 14, 14, 47, 24, 0)},
		{"google cloud logging textPayload", `{"insertId":"x1","textPayload":"Feb 14 14:47:24 mailer postfix/smtp[39560]: ` + deliveryMsg + `","timestamp":"2024-02-14T14:47:30Z"}`,
			"mailer", "postfix/smtp", at(2025, 2, 14, 14, 47, 24, 0)},
		{"rsyslog json template, fields", `{"timereported":"2024-02-14T14:47:24.25+00:00","hostname":"mailer","tag":"postfix\/smtp[39560]:","message":" ` + deliveryMsg + `"}`,
			"mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 250000000)},
		{"vector syslog source, fields", `{"appname":"postfix/smtp","hostname":"mailer","procid":39560,"message":"` + deliveryMsg + `","timestamp":"2024-02-14T14:47:24Z"}`,
			"mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"logstash syslog input, fields", `{"@timestamp":"2024-02-14T14:47:24.000Z","logsource":"mailer","program":"postfix/smtp","pid":"39560","message":"` + deliveryMsg + `"}`,
			"mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"epoch seconds field", `{"time":"1707922044","program":"postfix/smtp","host":"mailer","message":"` + deliveryMsg + `"}`,
			"mailer", "postfix/smtp", time.Unix(1707922044, 0).UTC()},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantTestDelivery(t, tc.line, tc.host, tc.program, tc.time)
		})
	}
}

// TestHeaderShapesCollectedLeftAlone: what the new shapes must not take:
// a tab inside a message, a bracketed word that is no Postfix program, a
// shipper's record of another program, RFC 5424-like columns of another
// program.
func TestHeaderShapesCollectedLeftAlone(t *testing.T) {
	p := testParser()
	for _, line := range []string{
		"Feb 14 14:47:24 [kernel] eth0: link up",
		"2024-02-14T14:47:24Z mailer cron 123 - - (root) CMD (run-parts)",
		`{"@timestamp":"2024-02-14T14:47:24Z","program":"cron","message":"(root) CMD (run-parts)"}`,
		"2024-02-14T14:47:30Z i-0abc Feb 14 14:47:24 mailer dovecot: imap(u): Disconnected",
	} {
		if r := p.Parse(line); r.Kind != KindSkip {
			t.Errorf("%.60q: kind %s (%v), want skip", line, r.Kind, r.Err)
		}
	}
	// A tab in the message stays in the message.
	r := p.Parse("Feb 14 14:47:24 mailer postfix/smtp[39560]: 8DB5E171B: to=<et@example.com>, relay=none, delay=0.04, delays=0.01/0/0.03/0, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.7]:25:\tConnection refused)")
	if r.Kind != KindDelivery || r.Deliveries[0].Response == "" || r.Deliveries[0].Hostname != "mailer" {
		t.Fatalf("kind %s err %v", r.Kind, r.Err)
	}
}

// TestForceExpired: postsuper -e's "status=force-expired" (Postfix 3.5)
// ends the message like its queue lifetime: an expired event per
// recipient still deferred.
func TestForceExpired(t *testing.T) {
	p := testParser()
	if r := p.Parse("Feb 14 14:47:24 mailer postfix/smtp[39560]: " + deliveryMsg); r.Kind != KindDelivery {
		t.Fatalf("deferred line: %s %v", r.Kind, r.Err)
	}
	r := p.Parse("Feb 14 15:00:00 mailer postfix-192.0.2.78/qmgr[24086]: 8DB5E171B: from=<s@example.org>, status=force-expired, returned to sender")
	if r.Kind != KindDelivery || len(r.Deliveries) != 1 || r.Deliveries[0].Status != "expired" || r.Deliveries[0].Recipient != "et@example.com" {
		t.Fatalf("force-expired: kind %s err %v deliveries %+v", r.Kind, r.Err, r.Deliveries)
	}
}
