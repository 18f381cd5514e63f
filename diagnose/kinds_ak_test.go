package diagnose

import "testing"

// The kinds behind batch AK's misses (testdata/README.md), fixed after
// its single blind measurement. Hosts and addresses are made up; each line
// says where its wording comes from or that it was written for the test.
func TestKindBatchAK(t *testing.T) {
	runKinds(t, "sending frequency", []kindCase{
		{r("Reject by behaviour spam ANTISPAM_BAT[01201311R196e41, c01a1b2c3]: too frequently sending"), OutcomeBounced, CategoryRateLimited},     // Alibaba Mail's bounce, blindak-0005
		{r("554 Reject by behaviour spam ANTISPAM_BAT[01201311R196e41, c01a1b2c3]: too frequently sending"), OutcomeBounced, CategoryRateLimited}, // the same with a code
		{r("454 Transient reject by behaviour spam at DATA State (Connection IP address:192.0.2.10)ANTISPAM_BAT[01201311R5167S531, r41g03022]: currently unexpected sending"), OutcomeDeferred, CategoryRateLimited},
		{r("451 4.7.1 You are sending too frequently, please slow down"), OutcomeDeferred, CategoryRateLimited},         // written for the test
		{r("550 Mail refused: sending frequency over the limit for this account"), OutcomeBounced, CategoryRateLimited}, // written for the test
	})
	runKinds(t, "sending behaviour", []kindCase{
		{r("554 Reject by behaviour spam at DATA State(Connection IP address:192.0.2.10)ANTISPAM_BAT[01201311R321b, e01l04434]: bad sending"), OutcomeBounced, CategoryBlocklisted}, // Alibaba Mail, blindak-0003
		{r("550 Rejected: spam behaviour detected from 192.0.2.77"), OutcomeBounced, CategoryBlocklisted},                                                                           // written for the test
		{r("554 Your server shows spamming behavior, connection refused"), OutcomeBounced, CategoryBlocklisted},                                                                     // written for the test
	})
	runKinds(t, "attachment type", []kindCase{
		{r("Disallowed Attach Type"), OutcomeBounced, CategorySpamContent}, // uniroma3.it, blindak-0007
		{r("552 5.7.0 Attachment type not allowed on this system"), OutcomeBounced, CategorySpamContent},
		{r("554 Attachments are not allowed for this recipient"), OutcomeBounced, CategorySpamContent}, // written for the test
	})
	runKinds(t, "qmail-queue failure", []kindCase{
		{r("qqt failure."), OutcomeDeferred, CategoryServerError}, // ProLinux, blindak-0035
		{r("451 qq temporary problem (#4.3.0)"), OutcomeDeferred, CategoryServerError},
		{r("451 qq read error (#4.3.0)"), OutcomeDeferred, CategoryServerError},
		{r("192.0.2.5 failed after I sent the message.\nRemote host said: 451 qq write error or disk full (#4.3.0)"), OutcomeDeferred, CategoryServerError},
	})
	runKinds(t, "busy server refusing", []kindCase{
		{r("Error: Invalid greeting from server:\n451 ESMTP MailEnable Service temporarily refused connection at 11/27/15 11:25:27 from IP (192.0.2.206) because the server is too busy."), OutcomeDeferred, CategoryServerError}, // maildev#96, blindak-0023
		{r("421 Connection refused: server too busy, try again later"), OutcomeDeferred, CategoryServerError},                                                                                                                     // written for the test
		{r("451 The system is too busy to accept your message now"), OutcomeDeferred, CategoryServerError},                                                                                                                        // written for the test
	})
	runKinds(t, "address without host", []kindCase{
		{r("Sorry, address must include host name."), OutcomeBounced, CategorySyntaxError}, // qmail spamcontrol, blindak-0037
		{r("553 sorry, address must include a domain (#5.1.3)"), OutcomeBounced, CategorySyntaxError},
		{r("501 Recipient address must contain a domain"), OutcomeBounced, CategorySyntaxError}, // written for the test
	})
	// A rate named without a reply code is a provider's report, sent as a
	// bounce, unless it asks to retry.
	runKinds(t, "code-less rate", []kindCase{
		{r("MAX RCPT TO DAILY LIMIT"), OutcomeBounced, CategoryRateLimited},                        // netfabric, blindak-0045
		{r("Daily sending limit reached for this mailbox"), OutcomeBounced, CategoryRateLimited},   // written for the test
		{r("Sending rate exceeded, please try again later"), OutcomeDeferred, CategoryRateLimited}, // written for the test
		{r("451 4.7.1 Daily sending limit reached"), OutcomeDeferred, CategoryRateLimited},
	})
	runKinds(t, "dynamically assigned", []kindCase{
		{r("The originator does not have permission to submit message\ndns;sendingdomain.example Failed 5.7.1 SMTP;550 5.7.1 Your IP address 192.0.2.140 appears to be dynamically assigned. Please smarthost your mail through your ISP's mail server."), OutcomeBounced, CategoryBlocklisted}, // Hotmail, blindak-0047
		{r("550 5.7.1 Client 192.0.2.9 is dynamically assigned, use your provider's relay"), OutcomeBounced, CategoryBlocklisted},                                                                                                                                                               // written for the test
		{r("554 Connections from dynamically allocated addresses are not accepted"), OutcomeBounced, CategoryBlocklisted},                                                                                                                                                                       // written for the test
	})
}

// Two answers the retrained model moved while batch AK's kinds were
// fixed, settled by the rules.
func TestKindBatchAKSettled(t *testing.T) {
	runKinds(t, "own subsystem silent", []kindCase{
		{r("450 No reply from tracking subsystem"), OutcomeDeferred, CategoryServerError}, // ZMailer, blindae-0039
		{r("451 4.3.0 Router subsystem not responding, try again later"), OutcomeDeferred, CategoryServerError},
		{r("421 Scanning subsystem unavailable"), OutcomeDeferred, CategoryServerError}, // written for the test
	})
	runKinds(t, "domain syntax", []kindCase{
		{r("501 Invalid domain name syntax"), OutcomeBounced, CategorySyntaxError}, // uniroma3.it, blindak-0008
		{r("553 5.1.2 Domain name syntax error in recipient address"), OutcomeBounced, CategorySyntaxError},
		{r("501 Syntax of the domain part is not valid"), OutcomeBounced, CategorySyntaxError}, // written for the test
	})
}

// Four more answers the retrained model moved (batch AJ's 0033, 0035,
// 0067 and, for the outcome, blind-0377), settled by the rules.
func TestKindBatchAKSettledMore(t *testing.T) {
	runKinds(t, "resend in minutes", []kindCase{
		{r("450 000012 domain name dsl-192-0-2-41.example.net is dynamic, please resend your mail in 10 minutes"), OutcomeDeferred, CategoryGreylisted}, // herculiz, blindaj-0033
		{r("451 Please resend your message in 5 minutes"), OutcomeDeferred, CategoryGreylisted},                                                         // written for the test
		{r("450 4.7.1 New sender, resend it in 300 seconds"), OutcomeDeferred, CategoryGreylisted},                                                      // written for the test
		// A rate named with the delay stays a rate.
		{r("451 Too many messages, please resend your mail in 10 minutes"), OutcomeDeferred, CategoryRateLimited},
	})
	runKinds(t, "sending spam now", []kindCase{
		{r("450 000015 you are now sending spam mail! contact our administrator to add you address into our whitelist"), OutcomeDeferred, CategorySpamContent}, // herculiz, blindaj-0035
		{r("554 You are now sending spam, message refused"), OutcomeBounced, CategorySpamContent},                                                              // written for the test
		{r("550 Rejected: this mail is spam"), OutcomeBounced, CategorySpamContent},                                                                            // written for the test
	})
	runKinds(t, "CJK unknown recipient", []kindCase{
		{r("很抱歉通知您，您發送到“jo.park@example.com”的郵件無法被正確投遞，因為該收件人並不存在！請驗證該郵件地址是否真實有效。"), OutcomeBounced, CategoryUserUnknown}, // gromox, blindaj-0067
		{r("550 收件人地址不存在"), OutcomeBounced, CategoryUserUnknown},      // written for the test
		{r("550 宛先のユーザは存在しません"), OutcomeBounced, CategoryUserUnknown}, // written for the test
	})
	runKinds(t, "retry words, code-less", []kindCase{
		{r("发信频率过快,请稍后再试"), OutcomeDeferred, CategoryRateLimited},                                       // NetEase, blind-0377
		{r("Sendelimit erreicht, bitte später erneut versuchen"), OutcomeDeferred, CategoryRateLimited}, // written for the test
		{r("Limite d'envoi atteinte, réessayez plus tard"), OutcomeDeferred, CategoryRateLimited},       // written for the test
	})
}
