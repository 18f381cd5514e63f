package diagnose

import "testing"

// The kinds behind batch AT's misses (testdata/README.md), fixed after it
// was scored once. Hosts and addresses are made up; each line says where
// its wording comes from or that it was written for the test.
func TestKindBatchAT(t *testing.T) {
	runKinds(t, "a header field's value or line over its length limit, in other languages, is the format's", []kindCase{
		{r("554 5.5.2 Taille maximale de la valeur d'en-tête dépassée"), OutcomeBounced, CategorySyntaxError},     // gumdrop's French texts, blindat-0018
		{r("554 5.5.2 Se superó el tamaño máximo del valor del encabezado"), OutcomeBounced, CategorySyntaxError}, // written for the test
		{r("554 5.5.2 Ligne d'en-tête trop longue"), OutcomeBounced, CategorySyntaxError},                         // written for the test
		{r("554 5.5.2 Valore dell'intestazione oltre la lunghezza massima"), OutcomeBounced, CategorySyntaxError}, // written for the test
		{r("554 5.5.2 Maximale Länge des Kopfzeilenwerts überschritten"), OutcomeBounced, CategorySyntaxError},    // written for the test
		{r("554 5.5.2 Header value exceeds the maximum length"), OutcomeBounced, CategorySyntaxError},             // written for the test
		// the message's size in the same languages stays its size
		{r("552 5.3.4 Taille maximale du message dépassée"), OutcomeBounced, CategoryMessageTooLarge},    // written for the test
		{r("552 5.3.4 Se superó el tamaño máximo del mensaje"), OutcomeBounced, CategoryMessageTooLarge}, // written for the test
	})
	runKinds(t, "rights the sender lacks, whatever reply code carries them, are the server's access rule", []kindCase{
		{r("503 Message cannot be delivered because of insufficient delegation rights."), OutcomeBounced, CategoryPolicyRejected}, // BlueMind's LMTP, blindat-0020
		{r("502 Insufficient privileges to relay"), OutcomeBounced, CategoryPolicyRejected},                                       // written for the test
		{r("503 5.7.1 You do not have permission to send on behalf of this user"), OutcomeBounced, CategoryPolicyRejected},        // written for the test
		{r("550 5.7.1 Insufficient permissions to send as this mailbox"), OutcomeBounced, CategoryPolicyRejected},                 // written for the test
		// a syntax reply without such words stays syntax; a delivery agent's file permission stays the server's
		{r("503 5.5.1 Bad sequence of commands"), OutcomeBounced, CategorySyntaxError},                                                                // RFC 5321's text
		{r("451 4.3.0 <ann@example.org>: Temporary lookup failure: insufficient permissions on /var/mail/ann"), OutcomeDeferred, CategoryServerError}, // written for the test
	})
	runKinds(t, "not authorized to send from or as the address, user or sender is a submission rule, not SPF", []kindCase{
		{r("550 5.7.1 Not authorized to send from this address"), OutcomeBounced, CategoryPolicyRejected},                 // Kolab 4's policy service, blindat-0010
		{r("550 5.7.1 User not authorized to send mail from this address"), OutcomeBounced, CategoryPolicyRejected},       // written for the test
		{r("550 5.7.1 You are not authorized to send as this address"), OutcomeBounced, CategoryPolicyRejected},           // written for the test
		{r("550 5.7.60 Client does not have permissions to send as this sender"), OutcomeBounced, CategoryPolicyRejected}, // Exchange Online's text
		// the client's IP not authorized for a domain stays SPF's verdict
		{r("550 5.7.1 Sender IP 192.0.2.1 is not authorized to send mail for example.com"), OutcomeBounced, CategoryAuthenticationFailed},                                                                        // written for the test
		{r("550 5.7.23 The message was rejected because of Sender Policy Framework violation: 192.0.2.1 is not authorized to send mail on behalf of example.com"), OutcomeBounced, CategoryAuthenticationFailed}, // written for the test
	})
	runKinds(t, "answers a retraining moved: SPF named as what prohibits, and a client on too many block lists", []kindCase{
		{r("554 5.7.1 <news@example.net>: Sender address rejected: Prohibited by Sender Policy Framework"), OutcomeBounced, CategoryAuthenticationFailed}, // Kolab 4's policy service, blindat-0002
		{r("550 5.7.1 Message prohibited by the Sender Policy Framework of example.com"), OutcomeBounced, CategoryAuthenticationFailed},                   // written for the test
		{r("550 5.1.3 Too many block lists - check http://www.robtex.com/rbls.html"), OutcomeBounced, CategoryBlocklisted},                                // blindam-0023
		{r("550 5.7.1 Your IP is on too many block lists"), OutcomeBounced, CategoryBlocklisted},
		{r("550 S:BL/ (system policy: sender host address)"), OutcomeBounced, CategoryBlocklisted}, // blindam-0028: a provider's block-list code naming the client's host                                                          // written for the test
	})
	runKinds(t, "a mechanism named beside the sender's volume or its checking service down is not a failed check (issue 14's kind 2)", []kindCase{
		{r("450 4.7.1 Too many messages with the same DKIM signature, slow down"), OutcomeDeferred, CategoryRateLimited},            // written for the test
		{r("421 4.7.0 Excessive volume of mail signed by your DKIM domain, try again later"), OutcomeDeferred, CategoryRateLimited}, // written for the test
		{r("451 4.7.1 Rate limit exceeded for DMARC policy domain example.org"), OutcomeDeferred, CategoryRateLimited},              // written for the test
		{r("451 4.7.5 DKIM verification service temporarily unavailable, try again later"), OutcomeDeferred, CategoryServerError},   // written for the test
		{r("451 4.7.1 SPF lookup timed out on our resolver, please retry"), OutcomeDeferred, CategoryServerError},                   // written for the test
		{r("451 4.7.1 DMARC milter not responding, try again later"), OutcomeDeferred, CategoryServerError},                         // written for the test
		// the check's own verdicts stay authentication
		{r("451 4.7.1 SPF temperror for example.org, try again later"), OutcomeDeferred, CategoryAuthenticationFailed}, // written for the test
		{r("550 5.7.1 DKIM signature verification failed"), OutcomeBounced, CategoryAuthenticationFailed},              // written for the test
		{r("550 5.7.1 Email rejected per DMARC policy for example.org"), OutcomeBounced, CategoryAuthenticationFailed}, // written for the test
	})
	runKinds(t, "RFC 5321's own texts for a reply code, whole or cut short, answer the code's meaning (issue 14's kind 5)", []kindCase{
		{r("452 Action not taken"), OutcomeDeferred, CategoryServerError},                                        // RFC 5321 §4.2.2's 452, cut short
		{r("452 Requested action not taken: insufficient system storage"), OutcomeDeferred, CategoryServerError}, // RFC 5321 §4.2.2
		{r("452 Requested action not taken"), OutcomeDeferred, CategoryServerError},                              // RFC 5321 §4.2.2's 452, cut short
		{r("421 Service not available"), OutcomeDeferred, CategoryServerError},                                   // RFC 5321 §4.2.2's 421, cut short
		{r("451 Requested action aborted"), OutcomeDeferred, CategoryServerError},                                // RFC 5321 §4.2.2's 451, cut short
		{r("552 Requested mail action aborted"), OutcomeBounced, CategoryMailboxFull},                            // RFC 5321 §4.2.2's 552, cut short
		{r("554 Transaction failed"), OutcomeBounced, CategoryPolicyRejected},                                    // RFC 5321 §4.2.2; no cause named: read like 550 (probe AW)
		{r("554 Transaction has failed"), OutcomeBounced, CategoryPolicyRejected},                                // written for the test
	})
}
