package diagnose

import "testing"

func TestPostfixLogLine(t *testing.T) {
	for _, tc := range []struct {
		text, inner, status string
		ok                  bool
	}{
		{"Dec  4 04:20:00 mx1 postfix/smtp[1085]: 8DB5E171B: to=<a@example.org>, relay=mx.example.org[192.0.2.4]:25, delay=0.4, delays=0.01/0/0.1/0.29, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.4] said: 550 5.1.1 unknown (in reply to RCPT TO command))",
			"host mx.example.org[192.0.2.4] said: 550 5.1.1 unknown (in reply to RCPT TO command)", "bounced", true},
		{"<22>1 2026-12-04T04:20:00Z mx1 postfix-out/smtp 1085 - - 8DB5E171B: to=<a@example.org>, status=sent (250 ok)", "", "", false}, // RFC 5424: no bracketed pid, no record of a tag
		{"mx1 postfix-out/lmtp[7]: 8DB5E171B: to=<a@example.org>, relay=private/dovecot-lmtp, dsn=2.0.0, status=sent (250 2.0.0 ok)", "250 2.0.0 ok", "sent", true},
		{"4Yk8Wq0Xy1z2AbC: to=<a@example.org>, relay=none, delay=432000, dsn=4.4.1, status=expired, returned to sender", "returned to sender", "expired", true},
		{"to=<a@example.org>, relay=none, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.4]:25: Connection refused)", "connect to mx.example.org[192.0.2.4]:25: Connection refused", "deferred", true},
		{"2755E408D6: host mx.example.net[192.0.2.73] refused to talk to me: 554 go away", "host mx.example.net[192.0.2.73] refused to talk to me: 554 go away", "", true},
		{"Sep 06 15:51:08 smtp postfix/smtp[8260]: 2755E408D6: host mx[192.0.2.73] refused to talk to me: 554 x", "host mx[192.0.2.73] refused to talk to me: 554 x", "", true},
		// a quoted local part holds what a status looks like (review S29C-6)
		{`Dec  4 04:20:00 mx1 postfix/smtp[1085]: 8DB5E171B: to=<"x, status=sent (250 ok)"@example.org>, relay=mx.example.org[192.0.2.7]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx said: 550 5.1.1 user unknown)`,
			"host mx said: 550 5.1.1 user unknown", "bounced", true},
		{`8DB5E171B: to=<"a>, status=sent (\"x"@example.org>, orig_to=<"b, status=sent ("@example.org>, relay=none, dsn=5.1.1, status=bounced (user unknown)`,
			"user unknown", "bounced", true},
		// one quote in the local part (info_log_address_format = internal):
		// the remote's reply cannot close it and spell a status (review S29D-5)
		{`8DB5E171B: to=<x"y@example.org>, relay=mx[192.0.2.4]:25, dsn=5.1.1, status=bounced (host mx said: 550 5.1.1 "> , status=sent (ok) user unknown)`,
			`host mx said: 550 5.1.1 "> , status=sent (ok) user unknown`, "bounced", true},
		// a record whose dsn contradicts its status is none Postfix wrote
		{"8DB5E171B: to=<a@example.org>, relay=mx[192.0.2.4]:25, dsn=5.0.0, status=sent (550 no)", "", "", false},
		{"8DB5E171B: to=<a@example.org>, relay=none, dsn=4.4.1, status=expired, returned to sender", "returned to sender", "expired", true},
		// not records: a record quoted further on in a reply or report
		{"host mx.example.org[192.0.2.7] said: 550 5.1.1 <a@example.org>: user unknown; see postfix/smtp[1]: to=<a@example.org>, status=sent (250 2.0.0 Ok queued)", "", "", false},
		{"Mail delivery failed: returning message to sender. 550 5.1.1 user unknown. Log: mx postfix/smtp[1]: to=<a@b.c>, relay=x, status=sent (250 ok)", "", "", false},
		{"554 5.7.1 rejected; Client host [192.0.2.1]: blocked; postfix/smtp[1]: to=<a@b>, status=sent (ok)", "", "", false},
		{"one two three four five six postfix/smtp[1]: to=<a@b>, status=sent (ok)", "", "", false},
		{`to=<"unterminated@example.org, status=sent (ok)`, "", "", false},
		{"Deferred: 451 4.3.0 try later", "", "", false},
		{"Mailbox: host unknown", "", "", false},
		{"H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 unknown", "", "", false},
		{"amavis[1234]: (01234-05) Passed CLEAN", "", "", false},
		{"550 5.7.1 [192.0.2.1]: rejected", "", "", false},
		{"to=<a@example.org>, relay=none, status=", "", "", false},
		{"", "", "", false},
	} {
		inner, status, ok := postfixLogLine(tc.text)
		if inner != tc.inner || status != tc.status || ok != tc.ok {
			t.Errorf("postfixLogLine(%q) = %q, %q, %v; want %q, %q, %v", tc.text, inner, status, ok, tc.inner, tc.status, tc.ok)
		}
	}
}

// TestPostfixLogLineNotWithCode: a record's "sent" does not make a reply
// code of 400 or more given apart delivered: such a text is no record of
// that attempt.
func TestPostfixLogLineNotWithCode(t *testing.T) {
	c := New()
	rec := "mx1 postfix/smtp[1]: 8DB5E171B: to=<a@example.org>, relay=mx.example.org[192.0.2.4]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok)"
	if got := c.Classify(Input{Code: 550, Response: rec}); got.Outcome != OutcomeBounced {
		t.Errorf("code 550 with a record in its text: %s, want bounced", got.Outcome)
	}
	if got := c.Classify(Input{Response: rec}); got.Outcome != OutcomeDelivered {
		t.Errorf("the record alone: %s, want delivered", got.Outcome)
	}
	// A record whose status a code given apart contradicts is read as
	// text, not by its reason: a 250 with a bounce record in it is not
	// its reason's unknown user.
	bounce := "mx1 postfix/smtp[1]: 8DB5E171B: to=<a@example.org>, relay=mx[192.0.2.4]:25, dsn=5.1.1, status=bounced (550 5.1.1 no such user)"
	if got := c.Classify(Input{Code: 250, Response: bounce}); got.Outcome != OutcomeDelivered {
		t.Errorf("code 250 with a bounce record in its text: %s, want delivered", got.Outcome)
	}
	for _, tc := range []struct {
		code   int
		status string
		want   bool
	}{{0, "sent", false}, {550, "sent", true}, {421, "sent", true}, {250, "sent", false}, {250, "bounced", true},
		{550, "deferred", false}, {554, "bounced", false}, {250, "", false}} {
		if got := codeDisagrees(tc.code, tc.status); got != tc.want {
			t.Errorf("codeDisagrees(%d, %q) = %v, want %v", tc.code, tc.status, got, tc.want)
		}
	}
}
