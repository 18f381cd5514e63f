package diagnose

import "testing"

// The kinds the twenty-fifth session found in probe BE (written by a
// helper who read neither the rules nor the model, from ISPs', gateways'
// and hosters' pages), each with phrasings other than the probe's.

// The client's address without a name in DNS, however a receiver spells
// it, is the reverse-DNS requirement; a domain that does not resolve is
// not.
func TestKindReverseNameSpelledOtherwise(t *testing.T) {
	runKinds(t, "reverse name spelled otherwise", []kindCase{
		{r("550 5.7.1 Your IP address 192.0.2.8 has no reverse name, mail refused"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("554 Sender IP rejected: the reverse look-up of 2001:db8::25 found no name"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("421 failure in DNS lookup of your address, try again later"), OutcomeDeferred, CategoryAuthenticationFailed},
		{r("550 5.1.2 <bob@nosuch.example>: Recipient address rejected: Domain not found"), OutcomeBounced, CategoryDomainNotFound},
	})
}

// Encryption named instead of TLS is the TLS requirement, also after a
// "sender IP rejected" preface.
func TestKindEncryptionRequired(t *testing.T) {
	runKinds(t, "encryption required", []kindCase{
		{r("550 Sender IP rejected: mail from IPv6 addresses must be sent encrypted"), OutcomeBounced, CategoryTLSRequired},
		{r("530 5.7.0 Encryption required: issue STARTTLS before MAIL FROM"), OutcomeBounced, CategoryTLSRequired},
		{r("454 4.7.0 This server requires encryption; connection closed"), OutcomeDeferred, CategoryTLSRequired},
		{r("550 5.7.1 Messages may not be delivered here without encryption"), OutcomeBounced, CategoryTLSRequired},
	})
}

// Active content inside the message (Office macros, scripts,
// executables) is what content filters refuse; a 552 does not make it a
// quota.
func TestKindActiveContent(t *testing.T) {
	runKinds(t, "active content", []kindCase{
		{r("552 5.7.0 Office document containing macros found in the attachment, message rejected"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Rejected: the message contains a VBA macro"), OutcomeBounced, CategorySpamContent},
		{r("550 Executable content found inside of the email: report.exe"), OutcomeBounced, CategorySpamContent},
		{r("552 5.2.2 Mailbox full: the recipient has exceeded the storage quota"), OutcomeBounced, CategoryMailboxFull},
	})
}

// A delay notice that says delivery goes on is a deferral, whatever its
// other words; one that says the server gave up is final.
func TestKindDelayNoticeGoesOn(t *testing.T) {
	runKinds(t, "delay notice goes on", []kindCase{
		{r("This message has not been delivered yet. Delivery will continue to be attempted until 5 December."), OutcomeDeferred, CategoryOther},
		{r("Your message to bob@example.org hasn't been delivered yet. The server will keep trying for 2 more days."), OutcomeDeferred, CategoryOther},
		{r("Delivery to these recipients has been delayed: the remote server did not respond. The server will keep trying to deliver this message."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Delivery has failed to these recipients or groups: the server gave up after trying for 2 days."), OutcomeBounced, CategoryExpired},
	})
}

// "Too many" misspelt "to many", as non-native replies write it, after a
// "sender IP rejected" preface: the sender's volume, a rate, not a
// listing.
func TestKindToManyMisspelt(t *testing.T) {
	runKinds(t, "to many misspelt", []kindCase{
		{r("421 Sender ip address rejected: you sent to many messages in a short time"), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.7.1 Your IP rejected: to many emails from your server today, try tomorrow"), OutcomeDeferred, CategoryRateLimited},
		{r("554 Sender IP rejected: you sent to many e-mails in the last hour"), OutcomeBounced, CategoryRateLimited},
		{r("554 5.7.1 Sender ip address rejected: listed at zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
	})
}
