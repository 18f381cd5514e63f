package diagnose

import "testing"

// The kinds behind batches AM's and AN's misses (testdata/README.md),
// fixed after each was scored once; and the IronPort text two sets
// labelled differently. Hosts and addresses are made up; each line says
// where its wording comes from or that it was written for the test.
func TestKindBatchAN(t *testing.T) {
	runKinds(t, "IronPort HAT rejection at RCPT TO", []kindCase{
		{r("550 #5.7.1 Your access to submit messages to this e-mail system has been rejected."), OutcomeBounced, CategoryBlocklisted},                                                                           // Cisco AsyncOS, tune-from-blind-0212
		{r("host mx.example-ty.com[198.51.100.67] said: 550 #5.7.1 Your access to submit messages to this e-mail system has been rejected. (in reply to RCPT TO command)"), OutcomeBounced, CategoryBlocklisted}, // eval-0630
		{r("550 5.7.1 Your access to submit messages to this email system has been rejected"), OutcomeBounced, CategoryBlocklisted},                                                                              // written for the test
	})
	runKinds(t, "a part of the message's content refused", []kindCase{
		{r("550 5.7.1 That subject is not allowed"), OutcomeBounced, CategorySpamContent},          // bms.py, blindan-0020
		{r("550 5.7.1 Header contents violates site policy"), OutcomeBounced, CategorySpamContent}, // j-chkmail, blindam-0033
		{r("554 5.7.1 That charset is not allowed here"), OutcomeBounced, CategorySpamContent},     // written for the test
		{r("550 No soliciting, please"), OutcomeBounced, CategorySpamContent},                      // written for the test
		{r("550 5.7.1 HTML scripts inside header"), OutcomeBounced, CategorySpamContent},           // j-chkmail, blindam-0036
		// the header's form stays syntax
		{r("554 5.6.0 Malformed Subject header not allowed"), OutcomeBounced, CategorySyntaxError}, // written for the test
	})
	runKinds(t, "a known worm or trojan", []kindCase{
		{r("550 5.7.1 mail looks like SoberG worm"), OutcomeBounced, CategorySpamContent},             // j-chkmail, blindam-0072
		{r("554 5.7.1 Trojan Agent.XYZ detected in attachment"), OutcomeBounced, CategorySpamContent}, // written for the test
		{r("550 5.7.0 Attachment contains the Mydoom worm"), OutcomeBounced, CategorySpamContent},     // written for the test
	})
	runKinds(t, "the sender's allowance for a period", []kindCase{
		{r("450 4.7.1 <ann@example.com>: Sender address rejected: smtp traffic quota has been exceeded"), OutcomeDeferred, CategoryRateLimited}, // mtpolicyd Quota, blindan-0040
		{r("554 5.7.1 <ann@example.com>: Sender address rejected: you exceeded your daily message limit"), OutcomeBounced, CategoryRateLimited}, // mtpolicyd cookbook, blindan-0044
		{r("550 Hourly recipient limit reached for this account"), OutcomeBounced, CategoryRateLimited},                                         // written for the test
		{r("451 4.7.1 Monthly message limit exceeded, try again next month"), OutcomeDeferred, CategoryRateLimited},                             // written for the test
		// a mailbox's storage is not an allowance for a period
		{r("552 5.2.2 Daily mailbox storage quota exceeded"), OutcomeBounced, CategoryMailboxFull}, // written for the test
	})
	runKinds(t, "failed commands counted", []kindCase{
		{r("550 5.7.1 too many failures 25 from mail.example.net [192.0.2.3]"), OutcomeBounced, CategoryRateLimited}, // SnertSoft, blindam-0015
		{r("421 4.7.0 Too many failed commands, closing connection"), OutcomeDeferred, CategoryRateLimited},          // written for the test
	})
	runKinds(t, "the receiver's own judgement of the one sending", []kindCase{
		{r("550 5.7.1 Banned for dictionary attacks"), OutcomeBounced, CategoryBlocklisted},                                       // bms.py, blindan-0001
		{r("550 5.7.1 example.info has been sending mostly spam"), OutcomeBounced, CategoryBlocklisted},                           // bms.py, blindan-0019
		{r("554 5.7.1 <trap@example.org>: Recipient address rejected: trapped by honeypod"), OutcomeBounced, CategoryBlocklisted}, // mtpolicyd Honeypot, blindan-0037
		{r("451 4.3.2 Message to spamtrap"), OutcomeDeferred, CategoryBlocklisted},                                                // j-chkmail, blindam-0038
		{r("550 Your server hit a spam trap here"), OutcomeBounced, CategoryBlocklisted},                                          // written for the test
		// the probing itself, without a ban, stays the rate convention
		{r("550 5.7.1 Dictionary attack detected"), OutcomeBounced, CategoryRateLimited}, // blindq-0044's wording
	})
	runKinds(t, "what the client sent, malformed", []kindCase{
		{r("550 5.7.1 hello name cannot be numeric ip"), OutcomeBounced, CategorySyntaxError},                    // bms.py, blindan-0003
		{r("550 5.7.1 Invalid RCPT PARAM"), OutcomeBounced, CategorySyntaxError},                                 // bms.py, blindan-0016
		{r("554 5.7.7 Boundary error in your message, are you a spammer?"), OutcomeBounced, CategorySyntaxError}, // bms.py, blindan-0028
		{r("550 SL E507 Wrongly formatted subject"), OutcomeBounced, CategorySyntaxError},                        // SimpleLogin, blindan-0071
		{r("554 5.7.1 Binary message"), OutcomeBounced, CategorySyntaxError},                                     // j-chkmail, blindam-0077
		{r("550 Badly formed parameter"), OutcomeBounced, CategorySyntaxError},                                   // Qsmtp, blindam-0042
		{r("554 5.6.0 Malformed message"), OutcomeBounced, CategorySyntaxError},                                  // written for the test
		{r("501 5.5.4 Invalid MAIL parameter SMTPUTF8=yes"), OutcomeBounced, CategorySyntaxError},                // written for the test
	})
	runKinds(t, "protocol form: null recipient, buffer overrun, initial response", []kindCase{
		{r("553 5.1.0 cannot deliver to null address"), OutcomeBounced, CategorySyntaxError},                             // Qsmtp, blindam-0016
		{r("550 Maximum buffer length exceeded"), OutcomeBounced, CategorySyntaxError},                                   // Qsmtp, blindam-0044
		{r("501 5.7.0 authentication mechanism does not support initial response"), OutcomeBounced, CategorySyntaxError}, // Qsmtp, blindam-0063
		{r("500 5.5.2 Command buffer length exceeded"), OutcomeBounced, CategorySyntaxError},                             // written for the test
	})
	runKinds(t, "the sender's own domain checked", []kindCase{
		{r("501 5.4.0 all your mail exchangers have IPv6 addresses and I am an IPv4-only host"), OutcomeBounced, CategoryPolicyRejected}, // Qsmtp, blindam-0060
		{r("501 5.4.0 none of your mail exchangers has a routable address"), OutcomeBounced, CategoryPolicyRejected},                     // Qsmtp, blindam-0061
		{r("550 No MX for your FROM address"), OutcomeBounced, CategoryPolicyRejected},                                                   // blindam-0078
		{r("450 4.1.8 No MX for your sender domain example.org, try again later"), OutcomeDeferred, CategoryPolicyRejected},
		{r("550 5.7.1 Message refused: no MX for your sender domain"), OutcomeBounced, CategoryPolicyRejected}, // written for the test              // written for the test
		// the recipient's domain without an MX stays the destination's DNS
		{r("550 5.1.2 No MX for recipient domain example.net"), OutcomeBounced, CategoryDomainNotFound}, // written for the test
	})
	runKinds(t, "backscatter refused, SPF required", []kindCase{
		{r("550-5.7.1 I did not send you that message. Please consider implementing SPF\n550-5.7.1 (http://openspf.net) to avoid bouncing mail to spoofed senders.\n550 5.7.1 Thank you."), OutcomeBounced, CategoryPolicyRejected}, // bms.py, blindan-0030
		{r("550 5.7.1 Bounce rejected: we did not send you that message"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                  // written for the test
		{r("550 5.7.1 mx.example.net requires an SPF PASS to accept mail from bulk@example.com. [http://openspf.org]"), OutcomeBounced, CategoryAuthenticationFailed},                                                               // spfmilter.py, blindan-0049
		{r("550 5.7.23 Mail from example.com must pass SPF"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                                                         // written for the test
	})
	runKinds(t, "a URI in the message refused", []kindCase{
		{r("550 5.7.1 URI \"http://promo.example/win\" blocked"), OutcomeBounced, CategorySpamContent}, // milter-link, blindam-0001
		{r("554 URL not allowed here"), OutcomeBounced, CategorySpamContent},                           // written for the test
	})
	runKinds(t, "a forwarder's recipient states", []kindCase{
		{r("550 SL E502 Email not exist"), OutcomeBounced, CategoryUserUnknown},                     // SimpleLogin, blindan-0068
		{r("550 5.1.1 Alias does not exist"), OutcomeBounced, CategoryUserUnknown},                  // written for the test
		{r("550 SL E517 unverified mailbox"), OutcomeBounced, CategoryMailboxDisabled},              // SimpleLogin, blindan-0052
		{r("550 5.2.1 Recipient mailbox is not verified"), OutcomeBounced, CategoryMailboxDisabled}, // written for the test
	})
	runKinds(t, "the receiver's internal next hop", []kindCase{
		{r("450 4.7.1 server mx2.example.org for <jo@example.org> not answering"), OutcomeDeferred, CategoryServerError},       // milter-ahead, blindam-0011
		{r("451 4.4.3 server mx2.example.org for <jo@example.org> communication error"), OutcomeDeferred, CategoryServerError}, // milter-ahead, blindam-0012
		{r("554 server mx2.example.org for <jo@example.org> provides no SMTP service"), OutcomeBounced, CategoryServerError},   // milter-ahead, blindam-0014
	})
	runKinds(t, "reputation services named in their own words", []kindCase{
		{r("450 Temporary denial of connection (450) for Zombie matches (ERS)"), OutcomeDeferred, CategoryBlocklisted}, // Trend Micro DDEI, blindan-0062
		{r("550 Permanent denial of connection (550) for RBL+ matches (ERS)"), OutcomeBounced, CategoryBlocklisted},    // Trend Micro DDEI, blindan-0063
	})
	runKinds(t, "the destination's host name unknown (settled after retraining)", []kindCase{
		{r("host name is unknown"), OutcomeBounced, CategoryDomainNotFound},                         // hocoroco.net, blindak-0010
		{r("550 Host name is unknown: mx.example.invalid"), OutcomeBounced, CategoryDomainNotFound}, // written for the test
	})
	runKinds(t, "a HELO refused by name, without the verb", []kindCase{
		{r("550 5.7.1 HELO mail.example.net blocked"), OutcomeBounced, CategoryPolicyRejected},             // milter-link, blindam-0002
		{r("550 EHLO name bad.example.org blocked by local rule"), OutcomeBounced, CategoryPolicyRejected}, // written for the test
		// a HELO name on a named list stays the listing
		{r("554 5.7.1 HELO mail.example.net blocked, listed in dbl.spamhaus.org"), OutcomeBounced, CategoryBlocklisted}, // written for the test
	})
}
