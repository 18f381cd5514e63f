package diagnose

import "testing"

// TestReviewS40DNearMisses: near misses of batches CL's, CM's and CO's
// rules that review S40D (/work/notes/s40/review_clo/report.md of the
// session) wrote against their first version (155bae6, cafe825), where 36
// of its 120 probes regressed: the list-DMARC rule took a list's refusal
// of a post whose DMARC check failed; "list not found:" matched inside
// whitelist, blacklist, access-table and DNSBL-zone errors; the
// BAD_HEADER and MIME-header rules took spam, virus and phishing verdicts
// that name a header fault; "|orbs|" read host and domain names; Domino's
// "(delivery attempts: 0)" vetoed whole expiry rules, their queue and
// time words too; "only one recipient," took a report's one recipient of
// several and "the reverse-path is empty"; an SMS gateway's queued parts;
// the AUTH-mechanism rule took "available without TLS; issue STARTTLS";
// the message-size rule a full folder; the library-login rule a server
// unavailable. Their phrasings do not train the model. Those whose answer
// only the model gives are in TestReviewS40DModelNearMisses.
func TestReviewS40DNearMisses(t *testing.T) {
	runKinds(t, "review S40D near misses", []kindCase{
		{r("550 5.7.1 You may not post: message from example.com fails DMARC policy (p=reject)"), OutcomeBounced, CategoryAuthenticationFailed},                                          // s40d-05
		{r("550 5.7.1 Sorry, you can't post here: DMARC policy check failed for example.com"), OutcomeBounced, CategoryAuthenticationFailed},                                             // s40d-06
		{r("550 5.7.1 Message rejected: you may not post to this list, DMARC policy of example.com is reject and SPF/DKIM did not align"), OutcomeBounced, CategoryAuthenticationFailed}, // s40d-07
		{r("550 5.7.1 Messages that fail the DMARC policy of their domain may not post to this group"), OutcomeBounced, CategoryAuthenticationFailed},                                    // s40d-08
		{r("554 5.7.0 Reject, id=12345-01 - SPAMMY: BAD_HEADER"), OutcomeBounced, CategorySpamContent},                                                                                   // s40d-21
		{r("550 5.7.1 Rejected by SpamAssassin: score 8.2 (BAD_HEADER, MISSING_DATE)"), OutcomeBounced, CategorySpamContent},                                                             // s40d-22
		{r("554 5.7.1 Blocked by content filter: junk mail score too high (BAD_HEADER)"), OutcomeBounced, CategorySpamContent},                                                           // s40d-23
		{r("554 5.7.0 Reject, id=12345-01 - VIRUS: Eicar-Test-Signature, BAD_HEADER"), OutcomeBounced, CategorySpamContent},                                                              // s40d-24
		{r("554 5.7.1 Phishing attempt detected: BAD_HEADER forged From"), OutcomeBounced, CategorySpamContent},                                                                          // s40d-25
		{r("550 5.7.1 Message rejected as spam: HTML body sent without MIME headers"), OutcomeBounced, CategorySpamContent},                                                              // s40d-30
		{r("550 5.7.1 Spam detected: 8-bit content, but required MIME headers missing (score 9.1)"), OutcomeBounced, CategorySpamContent},                                                // s40d-31
		{r("554 5.7.1 Virus found in attachment sent without MIME headers"), OutcomeBounced, CategorySpamContent},                                                                        // s40d-32
		{r("550 5.1.1 <staff@orbs.example.net>... User unknown"), OutcomeBounced, CategoryUserUnknown},                                                                                   // s40d-35
		{r("550 5.1.1 User unknown; see https://help.orbs.example/bounces"), OutcomeBounced, CategoryUserUnknown},                                                                        // s40d-36
		{r("421 4.3.2 Service not available, closing channel (mx2.orbs.example.net)"), OutcomeDeferred, CategoryServerError},                                                             // s40d-37
		{r("552 5.2.2 Mailbox full: kim@orbs.example.com over quota"), OutcomeBounced, CategoryMailboxFull},                                                                              // s40d-38
		{r("550 5.7.1 Relaying denied: orbs-network.example is not in my list of allowed rcpthosts"), OutcomeBounced, CategoryPolicyRejected},                                            // s40d-39
		{r("554 5.7.1 Message content rejected: link to https://orbs.example/promo looks like phishing"), OutcomeBounced, CategorySpamContent},                                           // s40d-40
		{r("Delivery expired (message too old) 'timeout' (delivery attempts: 0)"), OutcomeBounced, CategoryExpired},                                                                      // s40d-46
		{r("Delivery expired (message too old) '[Errno 61] Connection refused' (delivery attempts: 0)"), OutcomeBounced, CategoryExpired},                                                // s40d-47
		{r("Message expired in queue after 5 days (delivery attempts: 0)"), OutcomeBounced, CategoryExpired},                                                                             // s40d-49
		{r("Unable to deliver message: retry limit exceeded (delivery attempts: 0)"), OutcomeBounced, CategoryExpired},                                                                   // s40d-50
		{r("Message removed from queue after 5 days (delivery attempts: 0)"), OutcomeBounced, CategoryExpired},                                                                           // s40d-51
		{r("554 5.7.1 Only one recipient, since the reverse-path is empty"), OutcomeBounced, CategoryPolicyRejected},                                                                     // s40d-67
		{r("Delivery failed for only one recipient, jdoe@example.org: 550 5.1.1 User unknown"), OutcomeBounced, CategoryUserUnknown},                                                     // s40d-69
		{r("450 4.2.2 Only one recipient, kim@example.net, is over quota; the others were accepted"), OutcomeDeferred, CategoryMailboxFull},                                              // s40d-70
		{r("Your message was delivered to all recipients but only one recipient, kim@example.net, whose mailbox is full"), OutcomeBounced, CategoryMailboxFull},                          // s40d-71
		{r("No supported authentication mechanism available without TLS; issue STARTTLS first"), OutcomeDeferred, CategoryTLSRequired},                                                   // s40d-87
		{r("No matching authentication mechanism: the server requires STARTTLS before AUTH"), OutcomeDeferred, CategoryTLSRequired},                                                      // s40d-88
		{r("552 Message exceeds the size limit: mail folder full"), OutcomeBounced, CategoryMailboxFull},                                                                                 // s40d-94
		{r("Could not authenticate with the SMTP server: server unavailable, please retry later"), OutcomeDeferred, CategoryServerError},                                                 // s40d-100
		// the kinds' members these probes kept
		{r("550 5.7.1 You are not allowed to post to this mailing list From: a domain which publishes a DMARC policy of reject or quarantine"), OutcomeBounced, CategoryPolicyRejected}, // s40d-01
		{r("550 5.7.1 Subscribers whose domain publishes a DMARC policy of p=reject cannot post to this list"), OutcomeBounced, CategoryPolicyRejected},                                 // s40d-03
		{r(`Command died with status 1: "/var/lib/mailman/mail/mailman post announce". Command output: post script, list not found: announce`), OutcomeBounced, CategoryUserUnknown},    // s40d-10
		{r("550 5.7.1 Header field occurs more than once: Message-ID"), OutcomeBounced, CategorySyntaxError},                                                                            // s40d-19
		{r("550-This message has 8-bit content, but does not have the required MIME headers 550 rejected"), OutcomeBounced, CategorySyntaxError},                                        // s40d-28
		{r("550 rejected: see http://www.orbs.org/verify.cgi?address=203.0.113.5"), OutcomeBounced, CategoryBlocklisted},                                                                // s40d-33
		{r("5.2.2 - Mailbox full 552-'5.2.2 Mailbox full, delivery failed' (delivery attempts: 0)"), OutcomeBounced, CategoryMailboxFull},                                               // s40d-45
		{r("452 4.5.3 Only one recipient, please"), OutcomeDeferred, CategoryRateLimited},                                                                                               // s40d-63
		{r("SMTP Auth autodiscover was not able to detect a supported authentication mechanism"), OutcomeBounced, CategorySyntaxError},                                                  // s40d-85
		{r("Could not authenticate with the SMTP server."), OutcomeBounced, CategoryPolicyRejected},                                                                                     // s40d-98
	})
}

// TestReviewS40DModelNearMisses: near misses of the list-not-found and
// SMS-parts rules whose answer the rules alone did not give before
// 155bae6 either (a postgrey whitelist read as greylisting, a blacklist
// file or RBL zone as a listing, a lookup table as an unknown user, a
// queue of SMS parts as the server's) and the classifier with its model
// does; the settled rules must leave them so (review S40D; as
// TestReviewS40BModelNearMisses).
func TestReviewS40DModelNearMisses(t *testing.T) {
	checkModelKinds(t, "review S40D model near misses", []kindCase{
		{r("451 4.3.5 Server configuration error: whitelist not found: /etc/postgrey/whitelist_clients"), OutcomeDeferred, CategoryServerError}, // s40d-14
		{r("451 4.3.0 Temporary lookup failure: access list not found: hash:/etc/postfix/access"), OutcomeDeferred, CategoryServerError},        // s40d-15
		{r("451 4.3.0 Mail server configuration error: blacklist not found: /etc/mail/blacklist"), OutcomeDeferred, CategoryServerError},        // s40d-16
		{r("451 4.3.0 Error: RBL list not found: bl.example.net, check configuration"), OutcomeDeferred, CategoryServerError},                   // s40d-17
		{r("421 4.7.0 Too many SMS parts queued, try again later"), OutcomeDeferred, CategoryRateLimited},                                       // s40d-75
	})
}
