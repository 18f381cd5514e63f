package postfix

import (
	"testing"
	"time"
)

// TestHeaderShapesMore: more members of issue 14's header kinds, beyond
// TestHeaderShapes — other facilities and levels, multi-instance and
// service names, journald's modes with fractions and zone names, RFC 5424
// with message ids and escaped structured data, container runtimes'
// prefixes and the source prefixes of "docker compose logs" and "kubectl
// logs --prefix" (docker-mailserver, bokysan/docker-postfix and Mailu issues
// quote such lines; hosts made up).
func TestHeaderShapesMore(t *testing.T) {
	cases := []struct {
		name, line, host, program string
		time                      time.Time
	}{
		// busybox syslogd: any facility.level, with or without a host.
		{"busybox local0", "Mar 22 07:45:01 backup local0.info postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"busybox err, multi-instance", "Mar 22 07:45:01 backup mail.err postfix-out/smtp[1085]: " + deliveryMsg, "backup", "postfix-out/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"busybox, service name", "Mar 22 07:45:01 backup user.notice postfix/smtps/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtps/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"busybox, no host", "Mar 22 07:45:01 mail.info postfix/smtp[1085]: " + deliveryMsg, "", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		// Levels where the host is, and ISO headers without a host.
		{"WARNING level", "2024-02-14T14:47:24.705153-08:00 WARNING postfix/smtp[39560]: " + deliveryMsg, "", "postfix/smtp", time.Date(2024, 2, 14, 22, 47, 24, 705153000, time.UTC)},
		{"bracketed level", "2024-02-14T14:47:24Z [info] postfix/smtp[39560]: " + deliveryMsg, "", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"iso, host and facility", "2024-02-14T14:47:24Z mailer mail.info postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"iso, no host", "2024-02-14T14:47:24Z postfix/smtp[39560]: " + deliveryMsg, "", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"iso, container id as host", "2021-10-28T09:26:02.090209+00:00 9a656b53c37b postfix/smtp[116]: " + deliveryMsg, "9a656b53c37b", "postfix/smtp", time.Date(2021, 10, 28, 9, 26, 2, 90209000, time.UTC)},
		{"date time, comma fraction, level", "2024-02-14 14:47:24,705 INFO postfix/smtp[39560]: " + deliveryMsg, "", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 705000000)},
		// journald.
		{"short-full, zone name", "Wed 2024-02-14 14:47:24 UTC mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"short-full, fraction", "Wed 2024-02-14 14:47:24.705153 UTC mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 705153000)},
		{"short-unix, whole seconds", "1707922044 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", time.Unix(1707922044, 0).UTC()},
		{"short-precise, multi-instance", "Feb 14 14:47:24.705153 mailer postfix-out/smtp[39560]: " + deliveryMsg, "mailer", "postfix-out/smtp", at(2025, 2, 14, 14, 47, 24, 705153000)},
		{"short-iso-precise", "2024-02-14T14:47:24.705153+01:00 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 13, 47, 24, 705153000)},
		// BSD with a year.
		{"bsd with year", "Mar 22 2025 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		// RFC 5424.
		{"5424 msgid and sd", `<22>1 2024-02-14T14:47:24.705153+01:00 mailer postfix/smtp 39560 smtp [exampleSDID@32473 iut="3" eventID="1011"] ` + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 13, 47, 24, 705153000)},
		{"5424 bom, no procid", "<22>1 2024-02-14T14:47:24Z mailer postfix/smtp - - - \uFEFF" + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"5424 escaped sd", `<22>1 2024-02-14T14:47:24Z mailer postfix-out/smtp 39560 - [a b="\]\""][c d="e"] ` + deliveryMsg, "mailer", "postfix-out/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"pri, no host", "<22>Mar 22 07:45:01 postfix/smtp[1085]: " + deliveryMsg, "", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		// Container runtimes.
		{"cri, iso and facility", "2024-02-14T14:47:24.705153812Z stdout F 2024-02-14T14:47:24.705153+00:00 mailer mail.info postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 705153000)},
		{"cri stderr, multi-instance", "2024-02-14T14:47:24.705153812Z stderr F Feb 14 14:47:24 mailer postfix-out/smtp[39560]: " + deliveryMsg, "mailer", "postfix-out/smtp", at(2025, 2, 14, 14, 47, 24, 0)},
		{"cri, offset time", "2024-02-14T15:47:24.705153812+01:00 stdout F postfix/smtp[39560]: " + deliveryMsg, "", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 705153812)},
		{"cri, level", "2024-02-14T14:47:24.705153812Z stdout F INFO postfix/smtp[39560]: " + deliveryMsg, "", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 705153812)},
		{"docker json-file, level", `{"log":"2024-02-14T14:47:24.705153+00:00 INFO    postfix/smtp[39560]: ` + deliveryMsg + `\n","stream":"stdout","time":"2024-02-14T14:47:24.7Z"}`, "", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 705153000)},
		// docker compose logs (v2 and v1 names) and kubectl logs --prefix.
		{"compose v2", "postfix-1  | Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"compose v1", "mail_1     | Mar 22 07:45:01 backup mail.info postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"compose, colours", "\x1b[36mpostfix-1  |\x1b[0m 2024-02-14T14:47:24Z INFO postfix/smtp[39560]: " + deliveryMsg, "", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"compose -t", "mailserver-1  | 2025-03-22T07:45:01.705153812Z Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"kubectl --prefix", "[pod/postfix-0/postfix] Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"kubectl --prefix --timestamps", "[pod/postfix-0/postfix] 2024-02-14T14:47:24.705153812Z 2024-02-14T14:47:24Z mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		// Other delivery agents, a message id, a CRLF file.
		{"error(8)", "Mar 22 07:45:01 backup postfix/error[1085]: " + deliveryMsg, "backup", "postfix/error", at(2025, 3, 22, 7, 45, 1, 0)},
		{"lmtp", "Mar 22 07:45:01 backup postfix/lmtp[1085]: " + deliveryMsg, "backup", "postfix/lmtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"virtual, instance", "Mar 22 07:45:01 backup postfix-in/virtual[1085]: " + deliveryMsg, "backup", "postfix-in/virtual", at(2025, 3, 22, 7, 45, 1, 0)},
		{"message id, busybox", "Mar 22 07:45:01 sol mail.info postfix/smtp[1085]: [ID 197553 mail.info] " + deliveryMsg, "sol", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"crlf", "Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg + "\r\n", "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantTestDelivery(t, tc.line, tc.host, tc.program, tc.time)
		})
	}
}

// TestDeliveryNeverSkippedMore: delivery-shaped lines in shapes that carry
// no usable time or tag are malformed with a reason, never skipped.
func TestDeliveryNeverSkippedMore(t *testing.T) {
	for _, line := range []string{
		"[  12345.678901] mailer postfix/smtp[39560]: " + deliveryMsg, // journalctl -o short-monotonic: no wall time
		deliveryMsg, // journalctl -o cat: no header
		"14 Feb 14:47:24 mailer postfix/smtp[39560]: " + deliveryMsg,                                         // the day before the month
		"mail.log-1532-Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg,                            // a grep -C context line, not a match
		"Mar 22 07:45:01 backup postfix/smtp[1085] " + deliveryMsg,                                           // no colon after the tag
		"my notes: Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg,                                // a prefix with a space is no file name
		"Mar 22 07:45:01 backup postfix/smtp[1085]: warning: " + deliveryMsg,                                 // quoted in a warning
		"2024-02-14T14:47:24.705153812Z stdout P Feb 14 14:47:24 mailer postfix/smtp[39560]: " + deliveryMsg, // partial CRI line
		"postfix-1  | 2024-02-14T14:47:24.705153812Z stdout P Feb 14 14:47:24 mailer postfix/smtp[39560]: " + deliveryMsg,
		"Feb 30 2025 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, // no such date
	} {
		res := testParser().Parse(line)
		if res.Kind != KindMalformed || res.Err == nil {
			t.Errorf("%.70q: kind %s err %v, want malformed with a reason", line, res.Kind, res.Err)
		}
	}
	// Neighbours with a source prefix stay skips.
	for _, line := range []string{
		"postfix-1  | Mar 22 07:45:01 backup postfix/qmgr[7]: 8DB5E171B: removed",
		"[pod/postfix-0/postfix] Mar 22 07:45:01 backup dovecot: imap(u): Disconnected",
	} {
		if res := testParser().Parse(line); res.Kind != KindSkip {
			t.Errorf("%q: kind %s (%v), want skip", line, res.Kind, res.Err)
		}
	}
}

// TestRelayNoneHostFromTextMore: with relay=none the event still names the
// host every Postfix connection text names (smtp_connect.c, smtp_proto.c,
// smtp_trouble.c wording), behind the dead-destination wrapper too.
func TestRelayNoneHostFromTextMore(t *testing.T) {
	cases := []struct{ msg, host, ip string }{
		{"status=deferred (connect to mx.example.org[192.0.2.1]:25: No route to host)", "mx.example.org", "192.0.2.1"},
		{"status=deferred (connect to mx.example.org[2001:db8::1]:25: Network is unreachable)", "mx.example.org", "2001:db8::1"},
		{"status=deferred (connect to alt2.gmail-smtp-in.l.google.com[192.0.2.26]:25: Connection timed out)", "alt2.gmail-smtp-in.l.google.com", "192.0.2.26"},
		{"status=deferred (delivery temporarily suspended: conversation with mx.example.org[192.0.2.9] timed out while receiving the initial server greeting)", "mx.example.org", "192.0.2.9"},
		{"status=deferred (conversation with mx.example.org[192.0.2.9] timed out while sending end of data -- message may be sent more than once)", "mx.example.org", "192.0.2.9"},
		{"status=deferred (delivery temporarily suspended: TLS is required, but was not offered by host mx.example.org[192.0.2.9])", "mx.example.org", "192.0.2.9"},
		{"status=deferred (delivery temporarily suspended: lost connection with relay.example.net[192.0.2.16] while receiving the initial server greeting)", "relay.example.net", "192.0.2.16"},
		{"status=deferred (connect to 192.0.2.1[192.0.2.1]:587: Connection refused)", "192.0.2.1", "192.0.2.1"},
		{"status=deferred (host mx.example.org[192.0.2.4] refused to talk to me: 421 4.7.0 Try again later)", "mx.example.org", "192.0.2.4"},
		// A local socket names no address; a resolver failure no host at all.
		{"status=deferred (connect to mail.example.org[private/dovecot-lmtp]: No such file or directory)", "mail.example.org", ""},
		{"status=deferred (Host or domain name not found. Name service error for name=example.org type=AAAA: Host not found, try again)", "", ""},
	}
	for _, tc := range cases {
		line := "Mar 22 07:45:01 backup postfix/smtp[1085]: 8DB5E171B: to=<et@example.com>, relay=none, delay=0.04, delays=0.01/0/0.03/0, dsn=4.4.1, " + tc.msg
		res := testParser().Parse(line)
		if res.Kind != KindDelivery {
			t.Fatalf("%s: %v", tc.msg, res.Err)
		}
		ev, err := res.Deliveries[0].Event()
		if err != nil {
			t.Fatal(err)
		}
		if ev.RemoteHost != tc.host || ev.RemoteIP != tc.ip {
			t.Errorf("%s: remote %q %q, want %q %q", tc.msg, ev.RemoteHost, ev.RemoteIP, tc.host, tc.ip)
		}
	}
}

// TestDiscardIsNoDeliveryMore: discard(8) under any header shape or
// instance name, whatever its text or status, is no delivery attempt.
func TestDiscardIsNoDeliveryMore(t *testing.T) {
	const tail = ": 7D8CA4C0E: to=<x@example.com>, relay=none, delay=0.14, delays=0.13/0/0/0.01, dsn=2.0.0, status=sent (discarded)"
	for _, line := range []string{
		"Mar 22 07:45:01 mx mail.info postfix-out/discard[29137]" + tail,
		"<22>1 2024-02-14T14:47:24Z mx postfix/discard 29137 - - 7D8CA4C0E: to=<x@example.com>, relay=none, delay=0.14, delays=0.13/0/0/0.01, dsn=2.0.0, status=sent (blackhole)",
		"2024-02-14T14:47:24Z INFO postfix/discard[29137]: 7D8CA4C0E: to=<x@example.com>, orig_to=<y@example.net>, relay=none, delay=0.14, delays=0.13/0/0/0.01, dsn=2.0.0, status=sent (example.com)",
		"postfix-1  | Mar 22 07:45:01 mx postfix/discard[29137]" + tail,
		"Mar 22 07:45:01 mx postfix/discard[29137]: 7D8CA4C0E: to=<x@example.com>, relay=none, delay=0.14, delays=0.13/0/0/0.01, dsn=5.0.0, status=bounced (discarded)",
	} {
		res := testParser().Parse(line)
		if res.Kind != KindSkip || res.Note == "" {
			t.Errorf("%.80q: kind %s note %q, want a skip that says why", line, res.Kind, res.Note)
		}
	}
}
