package postfix

import (
	"strings"
	"testing"
	"time"
)

// testParser reads year-less timestamps relative to a fixed day in UTC.
func testParser() *Parser {
	now := time.Date(2025, 3, 22, 12, 0, 0, 0, time.UTC)
	return NewParser(WithLocation(time.UTC), WithNow(func() time.Time { return now }))
}

const deliveryMsg = `8DB5E171B: to=<et@example.com>, relay=none, delay=0.04, delays=0.01/0/0.03/0, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.7]:25: Connection refused)`

// TestHeaderShapes: the program tag is found wherever the header puts it,
// for every header shape issue 14 names, several variants each.
func TestHeaderShapes(t *testing.T) {
	cases := []struct {
		name, line, host, program string
		time                      time.Time
	}{
		// BSD syslog, the classic.
		{"bsd", "Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"bsd padded day", "Mar  2 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 2, 7, 45, 1, 0)},
		// busybox syslogd (Alpine): a facility.level column after the host.
		{"busybox", "Mar 22 07:45:01 backup mail.info postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"busybox warn", "Mar 22 07:45:01 backup mail.warn postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"busybox multi-instance", "Mar 22 07:45:01 mx-2.example.net mail.notice postfix-out/smtp[7]: " + deliveryMsg, "mx-2.example.net", "postfix-out/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		// A level instead of the host (container image's rsyslog template).
		{"level instead of host", "2024-02-14T14:47:24.705153-08:00 INFO    postfix/smtp[39560]: " + deliveryMsg, "", "postfix/smtp", time.Date(2024, 2, 14, 22, 47, 24, 705153000, time.UTC)},
		{"lower-case level", "2024-02-14T14:47:24Z info postfix-bulk/smtp[5]: " + deliveryMsg, "", "postfix-bulk/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"level and host", "2024-02-14T14:47:24Z <mail.info> relay01 postfix/smtp[5]: " + deliveryMsg, "relay01", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		// Solaris-style message ids after the program tag.
		{"message id", "Mar 22 07:45:01 sol postfix/smtp[1085]: [ID 197553 mail.info] " + deliveryMsg, "sol", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"message id, level column", "Mar 22 07:45:01 sol mail.info postfix/smtp[1085]: [ID 197553 mail.info] " + deliveryMsg, "sol", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		// Container runtime (CRI) prefixes.
		{"cri + bsd", "2024-02-14T14:47:24.705153812Z stdout F Feb 14 14:47:24 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2025, 2, 14, 14, 47, 24, 0)},
		{"cri + iso", "2024-02-14T14:47:24.705153812Z stderr F 2024-02-14T14:47:24.705153+00:00 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", time.Date(2024, 2, 14, 14, 47, 24, 705153000, time.UTC)},
		{"cri + no time", "2024-02-14T14:47:24.5Z stdout F mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", time.Date(2024, 2, 14, 14, 47, 24, 500000000, time.UTC)},
		// journald output modes.
		{"short-full", "Wed 2024-02-14 14:47:24 UTC mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"short-full offset", "Wed 2024-02-14 14:47:24 +0100 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 13, 47, 24, 0)},
		{"short-unix", "1707922044.705153 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", time.Unix(1707922044, 705153000).UTC()},
		{"short-precise", "Feb 14 14:47:24.705153 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", time.Date(2025, 2, 14, 14, 47, 24, 705153000, time.UTC)},
		{"short-iso", "2024-02-14T14:47:24+0100 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 13, 47, 24, 0)},
		// RFC 5424, with and without structured data.
		{"rfc5424", "<22>1 2024-02-14T14:47:24.705Z mailer postfix/smtp 39560 - - " + deliveryMsg, "mailer", "postfix/smtp", time.Date(2024, 2, 14, 14, 47, 24, 705000000, time.UTC)},
		{"rfc5424 sd", `<22>1 2024-02-14T14:47:24Z mailer postfix/smtp 39560 - [meta sequenceId="7"][origin ip="192.0.2.1"] ` + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"rfc5424 msgid", `<22>1 2024-02-14T14:47:24Z mailer postfix-out/smtp 39560 ID47 [x y="]"] ` + deliveryMsg, "mailer", "postfix-out/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"pri + bsd", "<22>Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantTestDelivery(t, tc.line, tc.host, tc.program, tc.time)
		})
	}
}

// wantTestDelivery parses line, one of the header tests' deferral of
// et@example.com (queue id 8DB5E171B), and checks the host, program and
// time the header gives; it returns the delivery for further checks.
func wantTestDelivery(t *testing.T, line, host, program string, when time.Time) Delivery {
	t.Helper()
	res := testParser().Parse(line)
	if res.Kind != KindDelivery {
		t.Fatalf("kind %s (%v), want delivery", res.Kind, res.Err)
	}
	d := res.Deliveries[0]
	if d.Hostname != host || d.Program != program || d.QueueID != "8DB5E171B" || d.Recipient != "et@example.com" || d.Status != "deferred" {
		t.Errorf("got host %q program %q qid %q rcpt %q status %q", d.Hostname, d.Program, d.QueueID, d.Recipient, d.Status)
	}
	if !d.LogTime.Equal(when) {
		t.Errorf("time %v, want %v", d.LogTime, when)
	}
	return d
}

func at(y int, m time.Month, d, hh, mm, ss, ns int) time.Time {
	return time.Date(y, m, d, hh, mm, ss, ns, time.UTC)
}

// TestDeliveryNeverSkipped: a line with a queue id, to=<…> and status= is
// a delivery or malformed, never skipped in silence.
func TestDeliveryNeverSkipped(t *testing.T) {
	for _, line := range []string{
		// Five columns before the tag: more than the parser searches.
		"Mar 22 07:45:01 a b c d postfix/smtp[1]: " + deliveryMsg,
		// A tag without its colon.
		"Mar 22 07:45:01 backup postfix/smtp[1085] " + deliveryMsg,
		// Garbage between the tag and the queue id.
		"Mar 22 07:45:01 backup postfix/smtp[1085]: !!! " + deliveryMsg,
		// A partial container line.
		"2024-02-14T14:47:24.5Z stdout P Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg,
	} {
		res := testParser().Parse(line)
		if res.Kind == KindSkip {
			t.Errorf("skipped in silence: %q", line)
		}
		if res.Kind == KindMalformed && res.Err == nil {
			t.Errorf("malformed without a reason: %q", line)
		}
	}
	// Neighbours and non-delivery lines stay skips.
	for _, line := range []string{
		"Mar 22 07:45:01 backup mail.info dovecot: imap(u): Disconnected",
		"Mar 22 07:45:01 backup syslogd: last message repeated 3 times",
		"Mar 22 07:45:01 backup postfix/qmgr[7]: 8DB5E171B: removed",
		"2024-02-14T14:47:24Z INFO postfix/postscreen[5]: CONNECT from [192.0.2.1]:4711 to [192.0.2.2]:25",
	} {
		if res := testParser().Parse(line); res.Kind != KindSkip {
			t.Errorf("%q: kind %s (%v), want skip", line, res.Kind, res.Err)
		}
	}
}

// TestRelayNoneHostFromText: relay=none leaves the relay empty, but the
// event names the host the text says could not be reached.
func TestRelayNoneHostFromText(t *testing.T) {
	cases := []struct{ msg, host, ip string }{
		{"status=deferred (connect to mx.example.com[192.0.2.7]:25: Connection refused)", "mx.example.com", "192.0.2.7"},
		{"status=deferred (delivery temporarily suspended: connect to mx.example.net[192.0.2.68]:25: Operation timed out)", "mx.example.net", "192.0.2.68"},
		{"status=deferred (lost connection with mx1.example.org[2001:db8::25] while receiving the initial server greeting)", "mx1.example.org", "2001:db8::25"},
		{"status=deferred (Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again)", "", ""},
	}
	for _, tc := range cases {
		line := "Mar 22 07:45:01 backup postfix/smtp[1085]: 8DB5E171B: to=<et@example.com>, relay=none, delay=0.04, delays=0.01/0/0.03/0, dsn=4.4.1, " + tc.msg
		res := testParser().Parse(line)
		if res.Kind != KindDelivery {
			t.Fatalf("%s: %v", tc.msg, res.Err)
		}
		d := res.Deliveries[0]
		if d.RelayHost != "" || d.RelayIP != "" {
			t.Errorf("relay=none gave relay %q %q", d.RelayHost, d.RelayIP)
		}
		ev, err := d.Event()
		if err != nil {
			t.Fatal(err)
		}
		if ev.RemoteHost != tc.host || ev.RemoteIP != tc.ip {
			t.Errorf("%s: remote %q %q, want %q %q", tc.msg, ev.RemoteHost, ev.RemoteIP, tc.host, tc.ip)
		}
	}
}

// TestDiscardIsNoDelivery: discard(8) logs status=sent, but nothing reached
// the recipient's domain.
func TestDiscardIsNoDelivery(t *testing.T) {
	for _, line := range []string{
		"Mar 22 07:45:01 mx postfix/discard[29137]: 7D8CA4C0E: to=<x@example.com>, relay=none, delay=0.14, delays=0.13/0/0/0.01, dsn=2.0.0, status=sent (discarded by policy)",
		"Mar 22 07:45:01 mx postfix-in/discard[29137]: 7D8CA4C0E: to=<x@example.com>, relay=none, delay=0.14, delays=0.13/0/0/0.01, dsn=2.0.0, status=sent (example.com)",
	} {
		res := testParser().Parse(line)
		if res.Kind != KindSkip || !strings.Contains(res.Note, "discard") {
			t.Errorf("%q: kind %s note %q, want a skip that says discard", line, res.Kind, res.Note)
		}
	}
}

// TestContainerAndSpacedShapes: Docker's json-file records, the runtime
// timestamp "docker logs -t" and "kubectl logs --timestamps" put before a
// full syslog line, and a date and time in two columns.
func TestContainerAndSpacedShapes(t *testing.T) {
	cases := []struct {
		name, line, host string
		time             time.Time
	}{
		{"docker json-file", `{"log":"Mar 22 07:45:01 backup postfix/smtp[1085]: ` + deliveryMsg + `\n","stream":"stdout","time":"2025-03-22T07:45:01.1234Z"}`, "backup", at(2025, 3, 22, 7, 45, 1, 0)},
		{"docker json-file, no time in the line", `{"log":"backup postfix/smtp[1085]: ` + deliveryMsg + `\n","stream":"stderr","time":"2025-03-22T07:45:01.5Z"}`, "backup", at(2025, 3, 22, 7, 45, 1, 500000000)},
		{"docker logs -t", "2025-03-22T07:45:01.705153812Z Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", at(2025, 3, 22, 7, 45, 1, 0)},
		{"kubectl logs --timestamps, iso inside", "2025-03-22T07:45:02.1Z 2025-03-22T07:45:01+00:00 backup postfix/smtp[1085]: " + deliveryMsg, "backup", at(2025, 3, 22, 7, 45, 1, 0)},
		{"date and time columns", "2025-03-22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", at(2025, 3, 22, 7, 45, 1, 0)},
		{"date and time columns, fraction and zone", "2025-03-22 08:45:01.25+01:00 backup postfix/smtp[1085]: " + deliveryMsg, "backup", at(2025, 3, 22, 7, 45, 1, 250000000)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := testParser().Parse(tc.line)
			if res.Kind != KindDelivery {
				t.Fatalf("kind %s (%v), want delivery", res.Kind, res.Err)
			}
			d := res.Deliveries[0]
			if d.Hostname != tc.host || d.QueueID != "8DB5E171B" || d.Status != "deferred" {
				t.Errorf("got host %q qid %q status %q", d.Hostname, d.QueueID, d.Status)
			}
			if !d.LogTime.Equal(tc.time) {
				t.Errorf("time %v, want %v", d.LogTime, tc.time)
			}
		})
	}
	// Broken json-file records are reported, with the reason.
	for _, line := range []string{
		`{"log":"Mar 22 07:45:01 backup postfix/smtp[1085]: ` + deliveryMsg + `","stream":"stdout","time":"2025-03-22T07:45:01Z"}`, // split, no newline
		`{"log":"Mar 22 07:45:01 backup postfix/smtp[1085]: ` + deliveryMsg + `\n","stream":"stdout"`,                              // cut
		`{"log":1,"stream":"stdout","time":"2025-03-22T07:45:01Z"}`,
		`{"log":"a\nb\n","stream":"stdout","time":"2025-03-22T07:45:01Z"}`,
	} {
		if res := testParser().Parse(line); res.Kind != KindMalformed || res.Err == nil {
			t.Errorf("%.60q: kind %s err %v, want malformed with a reason", line, res.Kind, res.Err)
		}
	}
}
