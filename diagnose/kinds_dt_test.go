package diagnose

import "testing"

// TestKindDTKinds holds the kinds batch DT found (session 45, scored
// blind: 3/6 category, 5/6 outcome; tuned on in the same session): an
// anti-spam stage's "behaviour spam" verdict that names a failed sender
// check as its reason, a HELO name refused as an identity rather than for
// its form, and a sending platform's own hold for its quota. The controls
// are each kind's neighbours: a behaviour verdict without a check (the
// sender's reputation), a HELO name of the wrong form (syntax), and a
// remote server's quota (a mailbox's). Their phrasings do not train the
// model (kindsUntrained).
func TestKindDTKinds(t *testing.T) {
	checkKinds(t, "DT kinds", []kindCase{
		{r("554 Reject by behaviour spam at Rcpt State(Connection IP address:192.0.2.8)ANTISPAM_BAT[01201311R846a, maildocker-behaviorspam033068209079]: spf check failed"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("554 Reject by behaviour spam at DATA State: dkim check failed"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("450 Transient reject by behavior spam at MAIL State: DMARC verification failed"), OutcomeDeferred, CategoryAuthenticationFailed},
		{r("501 5.7.1 <localhost>: Helo command rejected: HELO string 'localhost' not accepted, Use a real hostname/ip"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 <box.local>: Helo command rejected: please use a real hostname"), OutcomeBounced, CategoryPolicyRejected},
		{r("quotas met"), OutcomeDeferred, CategoryRateLimited},
		{r("Quota met: message kept for the next hour"), OutcomeDeferred, CategoryRateLimited},
		// controls: a behaviour verdict alone, a HELO name of the wrong form, a mailbox's quota
		{r("554 Reject by behaviour spam at DATA State: bad sending"), OutcomeBounced, CategoryBlocklisted},
		{r("504 5.5.2 <neptun>: Helo command rejected: need fully-qualified hostname"), OutcomeBounced, CategorySyntaxError},
		{r("552 5.2.2 <jo@example.com>: mailbox quota exceeded"), OutcomeBounced, CategoryMailboxFull},
	})
}
