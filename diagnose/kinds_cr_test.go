package diagnose

import "testing"

// TestKindCRKinds holds the kinds batch CR found (session 41, scored
// blind: 31/45 category, 37/45 outcome; tuned on in the same session)
// outside its programs' catalogues: Python smtplib's reply tuples, a
// client's own STARTTLS demand around the reply it got, git
// send-email's failed SMTP set-up, a recipient a sending service
// suppressed, and "unable to deliver" before an invoice that is no
// expiry. Each with phrasings CR did not hold and near misses. Their
// phrasings do not train the model (kindsUntrained).
func TestKindCRKinds(t *testing.T) {
	runKinds(t, "CR kinds", []kindCase{
		// 1. Python's (code, bytes) reply tuple (cr-030)
		{r("SMTPRecipientsRefused({'bob@example.net': (450, b'4.2.0 <bob@example.net>: Recipient address rejected: Greylisted')})"), OutcomeDeferred, CategoryGreylisted},
		{r("Mail failed: (550, b'5.1.1 <bob@example.net>: Recipient address rejected: User unknown')"), OutcomeBounced, CategoryUserUnknown},
		{r("smtplib.SMTPDataError: (554, '5.7.1 Message rejected as spam')"), OutcomeBounced, CategorySpamContent},

		// 2. the client demands STARTTLS the server does not offer, whatever
		// the reply's code (cr-022); an MTA-STS failure of all MX hosts
		// stays returned
		{r("Server does not support STARTTLS! 5.5.1 Command not implemented"), OutcomeDeferred, CategoryTLSRequired},
		{r("Le serveur ne supporte pas STARTTLS ! 5.5.1 Unrecognized command"), OutcomeDeferred, CategoryTLSRequired},
		{r("Servern stöder inte STARTTLS! 5.5.1 Unrecognized command"), OutcomeDeferred, CategoryTLSRequired},
		{r("Serwer nie wspiera STARTTLS! 5.5.1 Unrecognized command"), OutcomeDeferred, CategoryTLSRequired},
		{r("Сървърът не поддържа „STARTTLS“! 5.5.1 Unrecognized command"), OutcomeDeferred, CategoryTLSRequired},

		// 3. git send-email's SMTP set-up (cr-024, cr-041)
		{r("Failed to initialize SMTP properly. Check your configuration."), OutcomeDeferred, CategoryConnectionFailed},

		// 4. a recipient a sending service suppressed (cr-002)
		{r("We could not deliver the invoice: recipient bob@example.net has been suppressed and cannot receive emails from you."), OutcomeBounced, CategoryPolicyRejected},

		// 5. "unable to deliver in…" is an expiry only with a time
		// (cr-001)
		{r("We were unable to deliver Invoice 17 to Bob. 550 5.1.1 <bob@example.net>: User unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("550 4.4.7 Message expired: unable to deliver in 840 minutes"), OutcomeBounced, CategoryExpired},
	})
}
