package diagnose

import "testing"

// TestSenderDomainAdvice: a refusal of the sender's domain for its DNS gets
// advice about that domain's records, not the relay and AUTH text
// (newcomer review N12); another policy refusal keeps the general advice.
func TestSenderDomainAdvice(t *testing.T) {
	c := New()
	for _, tc := range []struct {
		in         string
		wantSender bool
	}{
		{"450 4.1.8 <jo@example.org>: Sender address rejected: Domain not found", true},
		{"553 5.1.8 <jo@example.org>... Domain of sender address jo@example.org does not exist", true},
		{"host mx.example.net[192.0.2.1] said: 450 4.1.8 <jo@example.org>: Sender address rejected: Domain not found (in reply to RCPT TO command)", true},
		{"501 5.1.8 Sorry, can't find a mail exchanger for sender address", true},
		{"553 Bad sender's system address (#5.1.8)", true},
		{"554 5.7.1 <jo@example.org>: Relay access denied", false},
		{"550 5.1.8 Access denied, bad outbound sender", false},
		{"550 5.1.8 Sender address verification failed, check your MX", false},
		{"550 5.7.1 Sender domain not allowed", false},
		// the address, not the domain's records (newcomer review N4 of session 37)
		{"550 5.7.1 <jo@example.org>: Sender address rejected: undeliverable address: host mx.example.org[192.0.2.1] said: 550 5.1.1 <jo@example.org>: Recipient address rejected: User does not exist (in reply to RCPT TO command)", false},
		{"550 5.1.0 Sender rejected: the mailbox of the sender does not exist", false},
		{"553 5.7.1 <jo@example.org>: Sender address rejected: not owned by user dnsadmin@example.org", false},
		{"550 5.7.1 Mail from jo@example.org rejected: sender must exist in the GAL", false},
		{"451 4.1.8 Temporary DNS error with your sender domain example.org", true},
	} {
		res := c.Classify(Input{Response: tc.in})
		if got := res.Advice.Summary == senderDomainSummary; got != tc.wantSender {
			t.Errorf("%q: %s, advice %q; want sender-domain advice %v", tc.in, res.Category, res.Advice.Summary, tc.wantSender)
		}
	}
}
