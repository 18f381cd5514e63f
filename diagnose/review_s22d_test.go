package diagnose

import "testing"

// S22D-5: "failure reason: " as a mid wrapper makes the quoted code the
// reply's own, and the qmail/Haraka template's verdict ("This is a
// permanent error; I've given up") is only heard when there is no code:
// a bounce that quotes the last 4xx is read as deferred (bounced before).
func TestRevS22DGivenUpQuotingA4xx(t *testing.T) {
	for _, s := range []string{
		"Hi. This is the qmail-send program at mail.example.net. I'm afraid I wasn't able to deliver your message to the following addresses. This is a permanent error; I've given up. Sorry it didn't work out. <ops@example.org>: Failure Reason: 421 4.7.0 Try again later, closing connection",
		"Hi. This is the qmail-send program at mail.example.net. I'm afraid I wasn't able to deliver your message to the following addresses. This is a permanent error; I've given up. Sorry it didn't work out. <ops@example.org>: Failure Reason: 451 4.2.0 Mailbox temporarily unavailable",
		"Message not delivered. Failure reason: 421 4.7.0 Try again later, closing connection",
		"Delivery has failed to these recipients or groups: a@b The recipient's mailbox is full. Failure reason: 452 4.2.2 Mailbox full",
	} {
		if got := testClassifier.Classify(r(s)); got.Outcome != OutcomeBounced {
			t.Errorf("%.90q: %s/%s, want bounced (the MTA gave up)", s, got.Outcome, got.Category)
		}
	}
}

// S22D-6: the narrative holds the recipient address (Exim's "after RCPT
// TO:<…>:", Postfix's bounce "<rcpt>: host … said:"), which whoever
// chooses the address controls; a quoted local part holding a local-defer
// phrase turns a 5xx into a deferral. The Exim form is new (narrative);
// the Postfix form predates it (sigLocalDefer in outcome(), code 0).
func TestRevS22DRecipientAddressInNarrative(t *testing.T) {
	for _, s := range []string{
		`SMTP error from remote mail server after RCPT TO:<"will retry"@example.com>: 550 5.1.1 User unknown`,
		`SMTP error from remote mail server after RCPT TO:<"still awaiting delivery"@example.com>: 550 5.1.1 User unknown`,
		`<"will retry"@example.com>: host mx[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)`,
		`<"warning only"@example.com>: host mx[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)`,
	} {
		if got := testClassifier.Classify(r(s)); got.Outcome != OutcomeBounced {
			t.Errorf("%.90q: %s, want bounced", s, got.Outcome)
		}
	}
}

// S22D-7: S22C-4 covers a reply that starts with its code; behind a
// prefix unwrap does not know (Postfix's bounce "<rcpt>: ", a bare "mx
// said: ") the code is 0 and outcome()'s sigLocalDefer case still lets
// the remote's own words outrank its 5xx.
func TestRevS22DLocalDeferInRemoteReplyBehindPrefix(t *testing.T) {
	for _, s := range []string{
		"<a@example.com>: host mx[192.0.2.1] said: 550 5.1.1 User unknown. This is a warning only for the postmaster",
		"mx said: 550 5.1.1 User unknown. This is a warning only for the postmaster",
		"<a@example.com>: 550 5.1.1 User unknown; sender will retry nothing",
	} {
		if got := testClassifier.Classify(r(s)); got.Outcome != OutcomeBounced {
			t.Errorf("%.90q: %s, want bounced", s, got.Outcome)
		}
	}
}
