package diagnose

import "testing"

// The kinds behind batch AL's misses (testdata/README.md), fixed after
// its single blind measurement. Hosts and addresses are made up; each line
// says where its wording comes from or that it was written for the test.
func TestKindBatchAL(t *testing.T) {
	runKinds(t, "talking before the greeting", []kindCase{
		{r("550 Connecting host started transmitting before SMTP greeting"), OutcomeBounced, CategorySyntaxError}, // qpsmtpd earlytalker, blindal-0002
		{r("554 5.5.0 Client started talking before the SMTP banner"), OutcomeBounced, CategorySyntaxError},       // written for the test
		{r("421 4.7.0 Early talker rejected, wait for our greeting next time"), OutcomeDeferred, CategorySyntaxError},
		{r("550 PREGREET: you spoke before the SMTP greeting"), OutcomeBounced, CategorySyntaxError}, // written for the test
	})
	runKinds(t, "address without domain, said as an order", []kindCase{
		{r("550 5.1.2 sorry, you must specify a domain (chkuser)"), OutcomeBounced, CategorySyntaxError}, // chkuser, blindal-0018
		{r("501 5.1.3 You must specify the domain of the recipient"), OutcomeBounced, CategorySyntaxError},
		{r("553 No domain specified in address <jo>"), OutcomeBounced, CategorySyntaxError}, // written for the test
	})
	runKinds(t, "AUTH exchange not followed", []kindCase{
		{r("535 Authenticated failed - protocol error"), OutcomeBounced, CategorySyntaxError}, // Postal, blindal-0041
		{r("535 5.7.0 Authentication failed: protocol error in SASL exchange"), OutcomeBounced, CategorySyntaxError},
		{r("535 Authentication failed: missing credentials in AUTH PLAIN response"), OutcomeBounced, CategorySyntaxError}, // written for the test
		// credentials refused stay policy
		{r("535 5.7.8 Authentication credentials invalid"), OutcomeBounced, CategoryPolicyRejected},
	})
	runKinds(t, "DNS temporary failure, chkuser's order", []kindCase{
		{r("451 4.4.0 DNS temporary failure (chkuser)"), OutcomeDeferred, CategoryDomainNotFound}, // chkuser, blindal-0021
		{r("451 DNS temporary error while looking up MX of example.org"), OutcomeDeferred, CategoryDomainNotFound},
		// the sender's domain checked instead stays the sender's
		{r("451 4.1.8 DNS temporary failure for sender domain example.org"), OutcomeDeferred, CategoryPolicyRejected}, // written for the test
	})
	runKinds(t, "too many invalid addresses", []kindCase{
		{r("421 too many invalid addresses, goodbye (#4.3.0)"), OutcomeDeferred, CategoryRateLimited},    // qmail brtlimit, blindal-0026
		{r("550 5.7.1 Too many unknown addresses in this session"), OutcomeBounced, CategoryRateLimited}, // written for the test
		{r("421 4.7.0 Too many wrong recipients, closing connection"), OutcomeDeferred, CategoryRateLimited},
	})
	runKinds(t, "messaging limits", []kindCase{
		{r("421 you have exceeded your messaging limits (#4.3.0)"), OutcomeDeferred, CategoryRateLimited}, // qmail rcptcheck, blindal-0032
		{r("550 Messaging limit reached for this account"), OutcomeBounced, CategoryRateLimited},          // written for the test
		{r("452 4.5.3 Daily messaging limit exceeded, try again tomorrow"), OutcomeDeferred, CategoryRateLimited},
	})
	runKinds(t, "sender not the authenticated user", []kindCase{
		{r("503 from and auth not the same (#5.5.1)"), OutcomeBounced, CategoryPolicyRejected}, // qmail authtlsvariables, blindal-0031
		{r("550 5.7.1 Sender address does not match the authenticated user"), OutcomeBounced, CategoryPolicyRejected},
		{r("553 5.7.1 MAIL FROM differs from the authenticated login"), OutcomeBounced, CategoryPolicyRejected}, // written for the test
	})
	runKinds(t, "policy machinery broken", []kindCase{
		{r("454 cannot message jo.b@example.com (#4.3.0 broken policy)"), OutcomeDeferred, CategoryServerError},                                         // qmail empf, blindal-0034
		{r("450 4.7.1 <ann.k@example.com>: Recipient address rejected: internal policy error (no from address)"), OutcomeDeferred, CategoryServerError}, // postomaat, blindal-0063
		{r("451 4.3.0 Policy service unavailable, try again later"), OutcomeDeferred, CategoryServerError},                                              // written for the test
		{r("451 4.3.5 Policy server error"), OutcomeDeferred, CategoryServerError},
	})
	runKinds(t, "every MX tried", []kindCase{
		{r("Tried all MXs"), OutcomeDeferred, CategoryConnectionFailed}, // Haraka outbound, blindal-0038
		{r("Could not connect to any MX for example.org"), OutcomeDeferred, CategoryConnectionFailed},
		{r("All MX hosts are unreachable for example.net, will retry"), OutcomeDeferred, CategoryConnectionFailed}, // written for the test
	})
	runKinds(t, "HELO refused by name", []kindCase{
		{r("550 helo.example.net That HELO is not allowed to connect"), OutcomeBounced, CategoryPolicyRejected}, // haraka-plugin-access, blindal-0051
		{r("553 sorry, your HELO host name has been denied (#5.7.1)"), OutcomeBounced, CategoryPolicyRejected},  // qmail qregex
		{r("550 5.7.1 EHLO localhost.example is not permitted here"), OutcomeBounced, CategoryPolicyRejected},   // written for the test
		// a HELO refused for a blocklist named stays the listing
		{r("554 5.7.1 Helo command rejected: host is blocked, listed at zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
	})
	runKinds(t, "not welcome", []kindCase{
		{r("550 You are not welcome here."), OutcomeBounced, CategoryBlocklisted}, // haraka-plugin-access, blindal-0054
		{r("554 Your IP is not welcome here, go away"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 You're not welcome on this server"), OutcomeBounced, CategoryBlocklisted}, // written for the test
	})
	runKinds(t, "an address blocklist named", []kindCase{
		{r("554 5.7.1 <ann.k@example.com>: Recipient address rejected: promo@example.org listed by ebl.msbl.org for spam"), OutcomeBounced, CategoryBlocklisted}, // postomaat ebl-lookup, blindal-0060
		{r("550 5.7.1 Sender address is listed in the MSBL email blocklist"), OutcomeBounced, CategoryBlocklisted},                                               // written for the test
	})
	runKinds(t, "scan not finished", []kindCase{
		{r("451 4.7.1 Awaiting deep scan - try again later"), OutcomeDeferred, CategoryServerError}, // rspamd contextal, blindal-0075
		{r("451 4.3.0 Message scan in progress, please try again later"), OutcomeDeferred, CategoryServerError},
		{r("450 Attachment analysis in progress, try again later"), OutcomeDeferred, CategoryServerError}, // written for the test
	})
	runKinds(t, "encrypted archive", []kindCase{
		{r("552 We do not accept password-protected zip files!"), OutcomeBounced, CategorySpamContent},        // qpsmtpd virus/uvscan, blindal-0009
		{r("554 5.7.0 Message contains encrypted archive"), OutcomeBounced, CategorySpamContent},              // Haraka attachment plugin
		{r("550 5.7.1 Password protected attachments are not accepted"), OutcomeBounced, CategorySpamContent}, // written for the test
	})
	runKinds(t, "refused by the scanner", []kindCase{
		{r("554 Message refused by the scanner"), OutcomeBounced, CategorySpamContent}, // virusfree.cz, blindal-0076
		{r("550 5.7.1 Message rejected by the content scanner"), OutcomeBounced, CategorySpamContent},
		{r("554 Mail blocked by the antivirus: Eicar-Test-Signature"), OutcomeBounced, CategorySpamContent}, // written for the test
		// the scanner failing stays the server's
		{r("451 4.3.0 Message could not be checked by the scanner: timeout"), OutcomeDeferred, CategoryServerError},
	})
}
