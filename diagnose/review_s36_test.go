package diagnose

import "testing"

// TestReviewS36NearMisses: near misses of batch BU's rules that review
// S36 (helper-179, /work/notes/s36/review/review.md) wrote against the
// first version of them (38d081c), where 42 of them failed: a settled
// rule at the head of the strong table took a footer's "spam abuse", a
// message "that may be infected", a recipient's count quota under X.2.2,
// "previously reported as spam", a receiver's own database error quoting
// a Node errno, and a code-less "Message accepted for delivery" that goes
// on to a failure. Left out: g08 (a sender's domain not found, which the
// sets label policy_rejected as a reply to MAIL FROM), m05 (an outcome
// the text does not settle), and four misses older than the rules under
// review (k01, k02, c03, b17); m03 ("Message accepted for delivery to
// the spam folder", a delivery the notice's shape no longer takes: eight
// words) and four the classifier answers only with its model (b08, b18,
// b19: "botnet" in a link or a spam test list; e07: a domain "previously
// reported as abusive"), which the rules alone read as policy or
// authentication. Their phrasings do not train the model.
func TestReviewS36NearMisses(t *testing.T) {
	runKinds(t, "review S36 near misses", []kindCase{
		{r("554 5.7.1 Rejected during connect: 192.0.2.5 is listed on our threat list"), OutcomeBounced, CategoryBlocklisted},                                                                   // a01
		{r("550 5.7.1 Connection refused - 192.0.2.77 blocked by Vade Threat List. Use the URL https://postmaster.example.com/delist to request removal"), OutcomeBounced, CategoryBlocklisted}, // a02
		{r("550 5.7.1 Your IP 192.0.2.8 is on the Security Threat List"), OutcomeBounced, CategoryBlocklisted},                                                                                  // a03
		{r("554 5.7.1 Message rejected: attached file hash matched our threat list"), OutcomeBounced, CategorySpamContent},                                                                      // a04
		{r("550 5.7.1 Rejected: a domain in the body matches our threat list"), OutcomeBounced, CategorySpamContent},                                                                            // a05
		{r("554 5.7.1 Blocked: phishing content detected by Threat Network analysis"), OutcomeBounced, CategorySpamContent},                                                                     // a06
		{r("550 5.7.1 Rejected by threat list: malicious payload detected in the email"), OutcomeBounced, CategorySpamContent},                                                                  // a07
		{r("550 5.7.1 Sender address jo@example.com is on our threat list"), OutcomeBounced, CategoryBlocklisted},                                                                               // a08
		{r("421 4.7.0 192.0.2.5 temporarily deferred: IP on threat network list, try later"), OutcomeDeferred, CategoryBlocklisted},                                                             // a09
		{r("554 5.7.1 Your e-mail may be infected with a virus and was not delivered"), OutcomeBounced, CategorySpamContent},                                                                    // b01
		{r("550 Your email appears to be infected with Win.Trojan.Agent-123 and has been rejected"), OutcomeBounced, CategorySpamContent},                                                       // b02
		{r("554 5.7.0 Rejected: the attached archive may be infected (encrypted zip)"), OutcomeBounced, CategorySpamContent},                                                                    // b03
		{r("550 5.1.1 <jo@example.org>: User unknown. To report spam abuse contact abuse@example.org"), OutcomeBounced, CategoryUserUnknown},                                                    // b04
		{r("421 4.7.0 Too many connections from 192.0.2.1; see our spam abuse policy at https://example.net/policy"), OutcomeDeferred, CategoryRateLimited},                                     // b05
		{r("554 5.7.1 Rejected: the mail appears to be infected with W32/Mydoom"), OutcomeBounced, CategorySpamContent},                                                                         // b06
		{r("550 5.7.1 Virus detected: the document you sent appears to be infected"), OutcomeBounced, CategorySpamContent},                                                                      // b07
		{r("554 5.6.1 Rejected: virus found in ZIP - it may be infected"), OutcomeBounced, CategorySpamContent},                                                                                 // b09
		{r("554 Rejected: infected host 192.0.2.9 (Spamhaus XBL)"), OutcomeBounced, CategoryBlocklisted},                                                                                        // b10
		{r("550 Your message may be infected: rejected"), OutcomeBounced, CategorySpamContent},                                                                                                  // b11
		{r("552 5.7.0 This mail may be infected with a virus, delivery refused"), OutcomeBounced, CategorySpamContent},                                                                          // b12
		{r("554 5.7.1 Spam abuse report: your message matched 3 spam signatures"), OutcomeBounced, CategorySpamContent},                                                                         // b13
		{r("550 5.7.1 Rejected: Trojan detected, the attachment.zip may be infected"), OutcomeBounced, CategorySpamContent},                                                                     // b14
		{r("554 5.7.1 Service unavailable; Client host [192.0.2.2] blocked using zen.spamhaus.org; botnet"), OutcomeBounced, CategoryBlocklisted},                                               // b15
		{r("550 5.7.1 Your mailbox is over quota; report spam abuse to abuse@example.net"), OutcomeBounced, CategoryMailboxFull},                                                                // b16
		{r("552 5.2.2 jo@example.org: recipient message limit exceeded"), OutcomeBounced, CategoryMailboxFull},                                                                                  // c01
		{r("452 4.2.2 User over quota (number of mails)"), OutcomeDeferred, CategoryMailboxFull},                                                                                                // c02
		{r("452 4.2.2 The recipient's account has exceeded the maximum number of emails allowed"), OutcomeDeferred, CategoryMailboxFull},                                                        // c04
		{r("554 5.2.2 Recipient message limit has been exceeded"), OutcomeBounced, CategoryMailboxFull},                                                                                         // c05
		{r("550 Daily mail limit reached for this account"), OutcomeBounced, CategoryRateLimited},                                                                                               // c06
		{r("552 5.2.2 Quota exceeded (number of mails in folder INBOX)"), OutcomeBounced, CategoryMailboxFull},                                                                                  // c07
		{r("552 5.3.4 Message limit exceeded: message too big (31457280 bytes > 26214400)"), OutcomeBounced, CategoryMessageTooLarge},                                                           // c08
		{r("452 4.2.2 Over quota: number of emails for jo@example.org reached"), OutcomeDeferred, CategoryMailboxFull},                                                                          // c09
		{r("550 5.5.3 Too many recipients: number of emails per message limited to 50"), OutcomeBounced, CategoryRateLimited},                                                                   // c10
		{r("452 4.2.2 mail limit reached for recipient jo@example.org"), OutcomeDeferred, CategoryMailboxFull},                                                                                  // c11
		{r("550 5.2.1 jo@example.org: account disabled (incoming and outgoing mail)"), OutcomeBounced, CategoryMailboxDisabled},                                                                 // d01
		{r("451 4.3.0 Temporary failure: outgoing mail queue is locked, try again later"), OutcomeDeferred, CategoryServerError},                                                                // d02
		{r("550 5.7.1 Outgoing mail from your IP has been suspended: listed on Spamhaus"), OutcomeBounced, CategoryBlocklisted},                                                                 // d03
		{r("550 5.2.1 The mailbox you are sending to is suspended; outgoing messages frozen"), OutcomeBounced, CategoryMailboxDisabled},                                                         // d04
		{r("550 Outgoing mail for this account has been suspended"), OutcomeBounced, CategoryPolicyRejected},                                                                                    // d05
		{r("554 5.7.1 Outbound mail from your domain is suspended because SPF fails"), OutcomeBounced, CategoryAuthenticationFailed},                                                            // d06
		{r("554 5.7.1 Message rejected: this content was previously reported as spam by our users"), OutcomeBounced, CategorySpamContent},                                                       // e01
		{r("550 5.7.1 Your IP address 192.0.2.1 was previously reported as a source of spam"), OutcomeBounced, CategoryBlocklisted},                                                             // e02
		{r("550 5.7.1 Sender previously reported as spammer"), OutcomeBounced, CategoryBlocklisted},                                                                                             // e03
		{r("Amazon SES did not send the message to this address because it is on the suppression list for your account."), OutcomeBounced, CategoryPolicyRejected},                              // e04
		{r("550 5.7.1 Message previously reported as phishing, rejected"), OutcomeBounced, CategorySpamContent},                                                                                 // e05
		{r("550 5.1.1 User unknown (address previously bounced, added to suppression list)"), OutcomeBounced, CategoryUserUnknown},                                                              // e06
		{r("550 Forged sender address from this IP: local senders must authenticate (SMTP AUTH required)"), OutcomeBounced, CategoryPolicyRejected},                                             // f01
		{r("554 5.7.1 Spoofed sender domain from this host: DMARC reject"), OutcomeBounced, CategoryAuthenticationFailed},                                                                       // f02
		{r("451 4.3.0 Failed to process message: getaddrinfo ENOTFOUND mongo"), OutcomeDeferred, CategoryServerError},                                                                           // g01
		{r("421 4.3.0 Database error: getaddrinfo EAI_AGAIN postgres"), OutcomeDeferred, CategoryServerError},                                                                                   // g02
		{r("451 4.7.1 Spam scan failed: getaddrinfo ENOTFOUND rspamd"), OutcomeDeferred, CategoryServerError},                                                                                   // g03
		{r("Error: getaddrinfo EAI_AGAIN smtp.gmail.com"), OutcomeDeferred, CategoryDomainNotFound},                                                                                             // g04
		{r("550 5.1.2 Host unknown (queryMx ENOTFOUND example.org)"), OutcomeBounced, CategoryDomainNotFound},                                                                                   // g05
		{r("Error: connect ECONNABORTED 192.0.2.4:587"), OutcomeDeferred, CategoryConnectionFailed},                                                                                             // g06
		{r("Error: Invalid login: 535 5.7.8 Username and Password not accepted (queried via getaddrinfo EAI_AGAIN retry)"), OutcomeBounced, CategoryPolicyRejected},                             // g07
		{r("550 5.7.1 SPF check failed: queryTxt ENOTFOUND example.com"), OutcomeBounced, CategoryAuthenticationFailed},                                                                         // g09
		{r("DNS for domain example.com is incorrect: no SPF record authorises 192.0.2.1"), OutcomeBounced, CategoryAuthenticationFailed},                                                        // h01
		{r("This message was created automatically by mail delivery software. A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed: /home/jo/mbox generated by jo@example.org: failed to open /home/jo/mbox: Permission denied (euid=1000 egid=1000)"), OutcomeBounced, CategoryServerError}, // i01
		{r("lda(jo): Error: open(/home/jo/Maildir/tmp/1.eml) failed: Permission denied (euid=1000(jo) egid=1000(jo) missing +w perm: /home/jo/Maildir/tmp)"), OutcomeDeferred, CategoryServerError},                                                                                                                                                                                  // i02
		{r("Quota exceeded (mailbox for user is full) (euid=1000 egid=1000)"), OutcomeDeferred, CategoryMailboxFull},                                                                                                                                                                                                                                                                 // i03
		{r("mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/jo): failed to open (euid=8 egid=8)"), OutcomeDeferred, CategoryMailboxFull},                                                                                                                                                                                                                 // i06
		{r("Permanent delivery failure: failed to expand alias list for jo@example.org: user unknown"), OutcomeBounced, CategoryUserUnknown},                                                                                                                                                                                                                                         // i07
		{r("550 5.7.520 Message blocked because it contains content identified as phishing"), OutcomeBounced, CategorySpamContent},                                                                                                                                                                                                                                                   // k03
		{r("554 5.7.1 Connection refused: too many connections from 192.0.2.1"), OutcomeBounced, CategoryRateLimited},                                                                                                                                                                                                                                                                // l01
		{r("530 5.7.0 Connection refused: Must issue a STARTTLS command first"), OutcomeBounced, CategoryTLSRequired},                                                                                                                                                                                                                                                                // l02
		{r("554 5.7.1 Connection refused: no reverse DNS for 192.0.2.1"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                                                                                                                                                                                              // l03
		{r("550 5.7.1 Connection refused: Country blocked (CN)"), OutcomeBounced, CategoryBlocklisted},                                                                                                                                                                                                                                                                               // l04
		{r("550 5.7.1 Connection refused - IP has poor reputation"), OutcomeBounced, CategoryBlocklisted},                                                                                                                                                                                                                                                                            // l05
		{r("554 5.7.1 Connection refused: SPF fail for example.com"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                                                                                                                                                                                                  // l06
		{r("554 5.7.1 Connection rejected: message size exceeds limit"), OutcomeBounced, CategoryMessageTooLarge},                                                                                                                                                                                                                                                                    // l08
		{r("550 5.7.1 Connection refused - OXSUS0001_105"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                                                                                                                                                                                                            // l09
		{r("421 4.7.0 Connection refused: too many errors"), OutcomeDeferred, CategoryRateLimited},                                                                                                                                                                                                                                                                                   // l10
		{r("Message accepted for delivery, subsequently discarded by content filter (spam score 12.3)"), OutcomeBounced, CategorySpamContent},                                                                                                                                                                                                                                        // m01
		{r("Message accepted for delivery; remote delivery deferred: connection timed out"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                                                                                                                                                              // m02
		{r("Message accepted by relay.example.net; forwarding to jo@example.org was blocked as spam"), OutcomeBounced, CategorySpamContent},                                                                                                                                                                                                                                          // m04
		{r("Message accepted for delivery, then dropped: virus Win.Test.EICAR found"), OutcomeBounced, CategorySpamContent},                                                                                                                                                                                                                                                          // m06
		{r("Message accepted for delivery; loop detected, too many hops (Received: 31)"), OutcomeBounced, CategoryOther},                                                                                                                                                                                                                                                             // m07
		{r("Message accepted; quarantined by policy: suspicious attachment"), OutcomeBounced, CategorySpamContent},                                                                                                                                                                                                                                                                   // m08
		{r("550 5.7.1 HELO command rejected - OXSUS0001_201"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                                                                                                                                                                               // n01
		{r("Reject for policy reason. RULE4_1"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                                                                                                                                                                                             // n02
		{r("554 Message rejected for policy reasons (3.2.2.1)"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                                                                                                                                                                             // n03
		{r("550 5.7.900 Delivery not authorized, message refused: content identified as confidential by your organization's DLP policy"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                                                                                                    // k04
		{r("550 5.7.950 Message blocked: attachment identified as malicious by Safe Attachments"), OutcomeBounced, CategorySpamContent},                                                                                                                                                                                                                                              // k05
		{r("Message accepted for delivery and queued; destination host mx.example.org unreachable"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                                                                                                                                                      // m09
		{r("Message accepted for delivery by gateway, then quarantined: Spam Detected"), OutcomeBounced, CategorySpamContent},                                                                                                                                                                                                                                                        // m10
		{r("Error: getaddrinfo ENOTFOUND api.sendgrid.com"), OutcomeDeferred, CategoryDomainNotFound},                                                                                                                                                                                                                                                                                // g10
		{r("550 5.7.1 Quota exceeded (number of mails in total)"), OutcomeBounced, CategoryRateLimited},                                                                                                                                                                                                                                                                              // c12
		{r("550 Outgoing email disabled for this account"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                                                                                                                                                                                  // d07
		{r("550 5.7.1 Connection refused - 192.0.2.77 blocked by Vade Threat List"), OutcomeBounced, CategoryBlocklisted},                                                                                                                                                                                                                                                            // a10
	})
}

// TestReviewS36CNearMisses: what the session's newcomer and attacker
// review (helper-183, /work/notes/s36/newcomer/report.md) found the new
// provider codes and acceptance notices took. N1: an address the reply
// echoes ("<oxsus_403@…>", "rule1_x") stood for Vade's or Gandi's codes,
// turning a listing into an unknown user or the reverse, which a
// recipient typed into a web form could do; the codes now follow the
// words Vade's and Gandi's replies put before them. N9: a code-less
// sentence that accepts only on a condition read as a delivery.
func TestReviewS36CNearMisses(t *testing.T) {
	runKinds(t, "review S36C near misses", []kindCase{
		{r("550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus; from=<oxsus_403@evil.example>"), OutcomeBounced, CategoryBlocklisted},
		{r("554 5.7.1 <oxsus_403@evil.example>: Sender address rejected: Access denied"), OutcomeBounced, CategoryPolicyRejected},
		{r("552 5.2.2 <user@example.com>: Recipient address rejected: Mailbox full; sender oxsus_105"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.1.1 <elnk_111@example.com>: Recipient address rejected: User unknown in virtual mailbox table"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 <oxsus_101@example.com>: Recipient address rejected: User unknown in virtual mailbox table"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 <policy.reason@example.com> user unknown rule1_x"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.7.26 Unauthenticated email from evil.example is not accepted due to domain's DMARC policy; oxsus_403"), OutcomeBounced, CategoryAuthenticationFailed},
		// Vade's own forms, with and without the dash
		{r("550 5.7.1 Connection refused OXSUS0001_105"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("421 4.2.1 Connection deferred OXSEU0001_136"), OutcomeDeferred, CategoryRateLimited},
		// N9: acceptance on a condition, or followed by a verdict
		{r("message accepted, spam detected"), OutcomeBounced, CategorySpamContent},
		{r("Congratulations! We ACCEPT this message, and will make our best effort in delivery to user@example.com."), OutcomeDelivered, CategoryDelivered},
	})
}
