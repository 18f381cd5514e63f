package diagnose

import "testing"

// TestKindBMKinds holds the kinds blind probe BM found: a Postfix log
// record pasted whole as the reply, whose status is what Postfix did
// (bm-009, bm-026: smtp(8) defers a 5XX greeting, smtp_skip_5xx_greeting,
// and the record says status=deferred), and a mailer's failed lookup of
// the recipient domain's MX, whatever record it names on the way (bm-022);
// and a client's sent notice that goes on to a failure (review S29C-5).
func TestKindBMKinds(t *testing.T) {
	runKinds(t, "BM kinds", []kindCase{
		{r("Sep 06 15:51:08 mx1 postfix/smtp[8260]: 2755E408D6: host mx.example.net[192.0.2.73] refused to talk to me: 554 IP=192.0.2.1 - A problem occurred. (BL)"), OutcomeDeferred, CategoryBlocklisted},
		{r("2755E408D6: host mx.example.net[192.0.2.73] refused to talk to me: 554 5.7.1 Service unavailable; client [198.51.100.7] blocked using zen.spamhaus.org"), OutcomeDeferred, CategoryBlocklisted},
		{r("2021-04-21T17:16:28+02:00 server1 server1-1/smtp[17514]: EEC614DD82BD4: to=<jo@example.com>, relay=mx.example.org[192.0.2.30]:25, delay=3875, delays=3869/3.3/3.1/0, dsn=4.0.0, status=deferred (host mx.example.org[192.0.2.30] refused to talk to me: 550 Client host blocked for spamming issues)"), OutcomeDeferred, CategoryBlocklisted},
		{r("EEC614DD82BD4: to=<jo@example.com>, relay=mx.example.org[192.0.2.30]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=4.2.2, status=deferred (host mx.example.org[192.0.2.30] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))"), OutcomeDeferred, CategoryMailboxFull},
		{r("Dec  4 04:20:00 mailer postfix/smtp[1085]: 8DB5E171B: to=<a@example.org>, relay=mx.example.org[192.0.2.4]:25, delay=0.4, delays=0.01/0/0.1/0.29, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.4] said: 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command))"), OutcomeBounced, CategoryUserUnknown},
		{r("Dec  4 04:20:00 mailer postfix-out/smtp[1085]: 8DB5E171B: to=<a@example.org>, relay=mx.example.org[192.0.2.4]:25, delay=0.4, delays=0.01/0/0.1/0.29, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4F00D)"), OutcomeDelivered, CategoryDelivered},
		{r("4Yk8Wq0Xy1z2AbC: to=<a@example.org>, relay=none, delay=432000, delays=431990/0.01/10/0, dsn=4.4.1, status=expired, returned to sender"), OutcomeExpired, CategoryExpired},
		// Not a record: a reply that opens with a word and a colon.
		{r("Deferred: 451 4.3.0 Temporary system failure. Please try again later."), OutcomeDeferred, CategoryServerError},
		{Input{Code: 550, Response: "550 5.7.1 [192.0.2.1]: Message rejected due to local policy"}, OutcomeBounced, CategoryPolicyRejected},

		// A sent notice that goes on to a failure reports the failure
		// (review S29C-5); the notice alone is a delivery.
		{r("Message sent successfully, but delivery to the following recipients was rejected: user unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("Nachricht erfolgreich gesendet, aber Empfänger unbekannt"), OutcomeBounced, CategoryUserUnknown},
		{r("Sent successfully? No - the recipient's mailbox is full"), OutcomeBounced, CategoryMailboxFull},
		{r("Mail sent successfully. Delivery to user@example.org has been delayed, will retry"), OutcomeDeferred, CategoryOther},
		{r("Message sent successfully."), OutcomeDelivered, CategoryDelivered},

		{r("unable to get mx info: failed to get IPs from PTR record: lookup <nil>: unrecognized address"), OutcomeBounced, CategoryDomainNotFound},
		{r("failed to get MX records for example.org: lookup example.org on 127.0.0.53:53: no such host"), OutcomeBounced, CategoryDomainNotFound},
		{r("Could not get MX for example.org"), OutcomeBounced, CategoryDomainNotFound},
	})
}
