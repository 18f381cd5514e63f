package diagnose

import "testing"

// The kinds behind batch AQ's misses (testdata/README.md), fixed after it
// was scored once: a stage of the dialogue whose checks never see the
// message, list verdicts that a list's name or a refusal word hid, the
// server's own maintenance, and the vocabulary of four compositions. Hosts
// and addresses are made up; each line says where its wording comes from
// or that it was written for the test.
func TestKindBatchAQ(t *testing.T) {
	runKinds(t, "a Postfix restriction's reply is not a content verdict", []kindCase{
		{r("554 5.7.1 <ann@example.org>: Recipient address rejected: postfwd3 score too high"), OutcomeBounced, CategoryBlocklisted},                                                                                     // postfwd, blindaq-0055
		{r("554 5.7.1 <ann@example.org>: Recipient address rejected: your request caused our spam detection policy to reject this message. More info at http://www.example.local"), OutcomeBounced, CategoryBlocklisted}, // postfwd, blindaq-0057
		{r("554 5.7.1 <unknown[192.0.2.9]>: Client host rejected: spam source, score 12.3"), OutcomeBounced, CategoryBlocklisted},                                                                                        // written for the test
		{r("450 4.7.1 <mail.example.com>: Helo command rejected: spam score too high, try later"), OutcomeDeferred, CategoryBlocklisted},                                                                                 // written for the test
		// a restriction's other refusals stay the rule's; a verdict after DATA stays the content's
		{r("554 5.7.1 <lc@example.mx>: Recipient address rejected: Recipient address rejected for policy reasons"), OutcomeBounced, CategoryPolicyRejected}, // blindan-0080
		{r("550 5.7.1 Message content rejected, UBE, id=12345-01"), OutcomeBounced, CategorySpamContent},                                                    // amavisd-new's reject, written for the test
	})
	runKinds(t, "a client caught by or in a list", []kindCase{
		{r("551 5.7.1 IP caught by spamstomp"), OutcomeBounced, CategoryBlocklisted},                              // milter-greylist greylist.conf(5), blindaq-0004
		{r("550 Your IP 192.0.2.9 was caught in the spamrats list"), OutcomeBounced, CategoryBlocklisted},         // written for the test
		{r("421 4.7.1 Client host caught by dnsbl.example.net, try later"), OutcomeDeferred, CategoryBlocklisted}, // written for the test
		{r("550 Denied due inclusion of your IP inside (zen.example.net)"), OutcomeBounced, CategoryBlocklisted},  // XMail, blindah-0001
		{r("554 5.7.1 Client IP 192.0.2.9 included in dnsbl.example.net"), OutcomeBounced, CategoryBlocklisted},   // written for the test
		// an IP not included in a sender's SPF record is SPF's verdict; an allow list is the receiver's rule
		{r("550 5.7.23 Your IP address is not included in the SPF record of example.com"), OutcomeBounced, CategoryAuthenticationFailed}, // written for the test
		// a message caught in a loop is the loop
		{r("550 5.4.6 Message caught in a mail loop"), OutcomeBounced, CategoryOther}, // written for the test
	})
	runKinds(t, "a client that is an open relay or proxy", []kindCase{
		{r("553 No mail accepted from an open relay (192.0.2.71); check your server configs (#5.7.1)"), OutcomeBounced, CategoryBlocklisted}, // indimail-mta, blindaq-0028
		{r("550 5.7.1 Your server 192.0.2.9 is an open relay, mail refused"), OutcomeBounced, CategoryBlocklisted},                           // written for the test
		{r("554 Mail from an open proxy is not accepted here"), OutcomeBounced, CategoryBlocklisted},                                         // written for the test
		// this server refusing to relay is its policy
		{r("554 5.7.1 <ann@example.org>: Relay access denied"), OutcomeBounced, CategoryPolicyRejected}, // Postfix
		{r("451 Open relay not allowed"), OutcomeDeferred, CategoryPolicyRejected},                      // blindp-0142
	})
	runKinds(t, "the server down for maintenance", []kindCase{
		{r("450 4.7.1 <ann@example.org>: Recipient address rejected: maintenance ongoing, try again later"), OutcomeDeferred, CategoryServerError}, // postfwd, blindaq-0038
		{r("421 4.3.2 System under maintenance, please try again later"), OutcomeDeferred, CategoryServerError},                                    // written for the test
		{r("451 4.7.1 Server in maintenance mode, try again later"), OutcomeDeferred, CategoryServerError},                                         // written for the test
		{r("421 Server wegen Wartungsarbeiten nicht erreichbar, bitte später erneut versuchen"), OutcomeDeferred, CategoryServerError},             // written for the test
		// a mailbox's maintenance is the mailbox's; the bare greylist reply stays the greylist
		{r("552 5.2.2 Maintenance of your mailbox required: mailbox full"), OutcomeBounced, CategoryMailboxFull}, // written for the test
		{r("451 4.7.1 Try again later"), OutcomeDeferred, CategoryGreylisted},                                    // rspamd, milter-greylist
	})
	runKinds(t, "a HELO name that does not exist", []kindCase{
		{r("553 sorry, helo domain must exist (#5.1.8)"), OutcomeBounced, CategoryAuthenticationFailed},        // indimail-mta, blindaq-0021
		{r("550 EHLO name mail.example.invalid does not exist"), OutcomeBounced, CategoryAuthenticationFailed}, // written for the test
		{r("450 4.7.1 Your HELO domain must exist in DNS"), OutcomeDeferred, CategoryAuthenticationFailed},     // written for the test
		// the sender's domain is the sender's side
		{r("550 5.1.8 Sender domain must exist"), OutcomeBounced, CategoryPolicyRejected}, // written for the test
	})
	runKinds(t, "a HELO name that is not fully qualified", []kindCase{
		{r("451 unable to accept non-FQDN HELO (#4.3.0)"), OutcomeDeferred, CategorySyntaxError}, // indimail-mta, blindaq-0010
		{r("501 EHLO name is not fully qualified"), OutcomeBounced, CategorySyntaxError},         // written for the test
		{r("451 4.3.0 non-FQDN EHLO refused"), OutcomeDeferred, CategorySyntaxError},             // written for the test
	})
	runKinds(t, "a count bound stated as the allowance", []kindCase{
		{r("551 5.7.1 No more than 25 recipients, please"), OutcomeBounced, CategoryRateLimited},          // milter-greylist greylist.conf(5), blindaq-0003
		{r("452 4.5.3 At most 50 recipients per message"), OutcomeDeferred, CategoryRateLimited},          // written for the test
		{r("550 5.7.1 Not more than 100 messages per hour allowed"), OutcomeBounced, CategoryRateLimited}, // written for the test
	})
	runKinds(t, "a TLS parameter below the server's demand", []kindCase{
		{r("554 5.7.1 <ann@example.org>: Recipient address rejected: wrong TLS fingerprint"), OutcomeBounced, CategoryTLSRequired}, // postfwd, blindaq-0044
		{r("554 5.7.1 <unknown[192.0.2.9]>: Client host rejected: tls keylength < 128"), OutcomeBounced, CategoryTLSRequired},      // postfwd's rule, written for the test
		{r("530 5.7.0 TLS cipher too weak"), OutcomeBounced, CategoryTLSRequired},                                                  // written for the test
		// a handshake that broke is the connection
		{r("SSL_connect returned=1 errno=0 peeraddr=192.0.2.103:587 state=SSLv3/TLS write client hello: wrong version number"), OutcomeDeferred, CategoryConnectionFailed}, // blindp-0129
	})
	runKinds(t, "the receiver's scanner broken", []kindCase{
		{r("451 4.6.0 Content scanner malfunction"), OutcomeDeferred, CategoryServerError},                // amavisd-milter, blindaq-0006
		{r("451 4.3.0 Virus scanner not working, try again later"), OutcomeDeferred, CategoryServerError}, // written for the test
		{r("421 4.3.0 spam filter malfunctioning"), OutcomeDeferred, CategoryServerError},                 // written for the test
		// a message the scanner found bad is the content
		{r("554 5.7.1 Virus found by the content scanner"), OutcomeBounced, CategorySpamContent}, // written for the test
	})
	runKinds(t, "the receiver's lookup of the user failing", []kindCase{
		{r("user lookup error"), OutcomeDeferred, CategoryServerError},                                      // Postfix local(8), blindap-0020 (moved by a retraining)
		{r("451 4.3.0 Recipient lookup temporarily unavailable"), OutcomeDeferred, CategoryServerError},     // written for the test
		{r("451 4.3.5 Internal error during user lookup, try again"), OutcomeDeferred, CategoryServerError}, // written for the test
		// the user found missing is the user's
		{r("Permanent failure in user lookup"), OutcomeBounced, CategoryUserUnknown}, // XMail, blindah-0013
	})
	runKinds(t, "a closed user group is the server's rule", []kindCase{
		{r("553 sorry, this MTA is a closed user group system (#5.7.1)"), OutcomeBounced, CategoryPolicyRejected},                   // indimail-mta, blindaq-0023
		{r("550 5.7.1 This server is a closed user group, mail from outside not accepted"), OutcomeBounced, CategoryPolicyRejected}, // written for the test
		// an account closed is the recipient's
		{r("550 5.2.1 User account closed"), OutcomeBounced, CategoryMailboxDisabled}, // written for the test
	})
}
