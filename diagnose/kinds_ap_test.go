package diagnose

import "testing"

// The kinds behind batches AO's and AP's misses (testdata/README.md),
// fixed after each was scored once: compositions of what a reply is about
// and what it says of it, and two stages of the SMTP dialogue that decide
// who a word is about. Hosts and addresses are made up; each line says
// where its wording comes from or that it was written for the test.
func TestKindBatchAP(t *testing.T) {
	runKinds(t, "the form of a name or address the client sent", []kindCase{
		{r("554 5.7.1 Malformed RCPT TO (not an email address, not <.*@.*>)"), OutcomeBounced, CategorySyntaxError},                                                      // milter-regex, blindao-0009
		{r("550 HELO doesn't look like a hostname"), OutcomeBounced, CategorySyntaxError},                                                                                // Exim wiki, blindap-0049
		{r("550 Underscores are not valid in host names"), OutcomeBounced, CategorySyntaxError},                                                                          // Exim wiki, blindap-0050
		{r("554 5.7.1 HELO/EHLO 192.0.2.41: command rejected: raw IP literal not in [square brackets], required by RFC2821:4.1.3"), OutcomeBounced, CategorySyntaxError}, // Mail::Milter, blindap-0071
		{r("550 HELO required before MAIL"), OutcomeBounced, CategorySyntaxError},                                                                                        // Exim wiki, blindap-0033
		{r("501 5.5.2 EHLO argument does not look like a domain name"), OutcomeBounced, CategorySyntaxError},                                                             // written for the test
		{r("550 5.7.1 Host name contains an illegal character"), OutcomeBounced, CategorySyntaxError},                                                                    // written for the test
		{r("553 5.1.7 MAIL FROM address is malformed"), OutcomeBounced, CategorySyntaxError},                                                                             // written for the test
		// a name that does not resolve stays the authentication convention
		{r("450 4.7.1 <mail.example.invalid>: Helo command rejected: Host not found"), OutcomeDeferred, CategoryAuthenticationFailed}, // Postfix reject_unknown_helo_hostname
	})
	runKinds(t, "the client's address or name not resolving", []kindCase{
		{r("451 4.7.1 Sender IP address not resolving"), OutcomeDeferred, CategoryAuthenticationFailed},                         // milter-regex, blindao-0007
		{r("550 5.7.25 Your host name is not resolving to your IP address"), OutcomeBounced, CategoryAuthenticationFailed},      // written for the test
		{r("421 Your IP address 192.0.2.9 cannot be resolved, try again later"), OutcomeDeferred, CategoryAuthenticationFailed}, // written for the test
		{r("451 4.1.8 Client IP address 192.0.2.9 does not resolve"), OutcomeDeferred, CategoryAuthenticationFailed},            // Sendmail FEATURE(require_rdns)
	})
	runKinds(t, "the message's structure broken", []kindCase{
		{r("550 This message contains a broken MIME container (Empty MIME Boundary)"), OutcomeBounced, CategorySyntaxError}, // Exim wiki, blindap-0031
		{r("550 Serious MIME defect detected (Unknown content transfer encoding)"), OutcomeBounced, CategorySyntaxError},    // exiscan, blindap-0039
		{r("554 5.6.0 Message headers are corrupt"), OutcomeBounced, CategorySyntaxError},                                   // written for the test
		{r("550 5.6.0 Multipart message with a malformed boundary"), OutcomeBounced, CategorySyntaxError},                   // written for the test
	})
	runKinds(t, "a kind of content or a file type not taken", []kindCase{
		{r("554 5.7.1 HTML mail not accepted"), OutcomeBounced, CategorySpamContent},                 // milter-regex, blindao-0010
		{r("550 .pif files are not accepted here"), OutcomeBounced, CategorySpamContent},             // exiscan, blindap-0038
		{r("550 5.7.1 Executable attachments are not allowed"), OutcomeBounced, CategorySpamContent}, // written for the test
		{r("554 5.7.0 .scr files are rejected by policy"), OutcomeBounced, CategorySpamContent},      // written for the test
		// an attachment's size is a size
		{r("552 5.3.4 Attachments larger than 10 MB are not accepted"), OutcomeBounced, CategoryMessageTooLarge}, // written for the test
	})
	runKinds(t, "a worm or trojan named, with or without a verb", []kindCase{
		{r("554 5.7.1 Swen worm (caps)"), OutcomeBounced, CategorySpamContent},           // milter-regex, blindao-0012
		{r("550 5.7.1 Trojan.Downloader (ClamAV)"), OutcomeBounced, CategorySpamContent}, // written for the test
		{r("554 Worm.Mydoom.A"), OutcomeBounced, CategorySpamContent},                    // written for the test
	})
	runKinds(t, "a count of failed or unknown recipients", []kindCase{
		{r("550 Max 3 failed recipients allowed"), OutcomeBounced, CategoryRateLimited},                              // Exim wiki, blindap-0048
		{r("550 Too many unknown users"), OutcomeBounced, CategoryRateLimited},                                       // Exim wiki, blindap-0056
		{r("550 REJECTED - Too many failed recipients - count = 6"), OutcomeBounced, CategoryRateLimited},            // Exim wiki, blindap-0041
		{r("452 4.5.3 Maximum number of invalid recipients reached"), OutcomeDeferred, CategoryRateLimited},          // written for the test
		{r("421 4.7.0 Excessive number of bad addresses, closing connection"), OutcomeDeferred, CategoryRateLimited}, // written for the test
		// one unknown recipient is that recipient's state
		{r("550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown"), OutcomeBounced, CategoryUserUnknown}, // Postfix
	})
	runKinds(t, "the sender's domain or IP blocked for spam", []kindCase{
		{r("550 Domain Blocked - Spam. Contact abuse@infra.apache.org"), OutcomeBounced, CategoryBlocklisted}, // ASF, blindap-0019
		{r("554 Your IP 192.0.2.4 has been blocked for spamming"), OutcomeBounced, CategoryBlocklisted},       // written for the test
		{r("550 Sender domain banned: spam"), OutcomeBounced, CategoryBlocklisted},                            // written for the test
		// the message blocked is the content; a volume blocked is the rate
		{r("550 5.7.1 Message blocked as spam"), OutcomeBounced, CategorySpamContent}, // written for the test
		{r("421-4.7.0 [198.51.100.177] Our system has detected an unusual amount of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked."), OutcomeDeferred, CategoryRateLimited}, // Gmail, blindo-0125
	})
	runKinds(t, "a reply in place of the greeting", []kindCase{
		{r("delivery temporarily suspended: host mx.example.net[192.0.2.80] refused to talk to me: 554 Comcast block for spam."), OutcomeDeferred, CategoryBlocklisted}, // DreamHost's page, blindap-0024
		{r("host mx.example.org[192.0.2.5] refused to talk to me: 554 5.7.1 Spam not accepted"), OutcomeDeferred, CategoryBlocklisted},                                  // written for the test
		{r("SMTP error from remote mail server after initial connection: 554 5.7.1 No spam here"), OutcomeBounced, CategoryBlocklisted},                                 // written for the test
		// the same words after the message was sent are a verdict on it
		{r("host mx.example.org[192.0.2.5] said: 554 5.7.1 Spam not accepted (in reply to end of DATA command)"), OutcomeBounced, CategorySpamContent}, // written for the test
	})
	runKinds(t, "a list verdict in a greylist's reply", []kindCase{
		{r("450 4.7.1 <ann@example.org>: Recipient address rejected: Greylisting in effect, sending server blacklisted"), OutcomeDeferred, CategoryBlocklisted}, // PolicyD v2, blindao-0005
		{r("451 4.7.1 Greylisting: your server is blacklisted"), OutcomeDeferred, CategoryBlocklisted},                                                          // written for the test
		// the greylist alone is the greylist
		{r("450 4.7.1 Greylisting in effect, please come back later"), OutcomeDeferred, CategoryGreylisted}, // PolicyD v2's other reply
	})
}
