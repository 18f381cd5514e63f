package diagnose

import "testing"

// The kinds behind batch AS's misses (testdata/README.md), fixed after it
// was scored once. Hosts and addresses are made up; each line says where
// its wording comes from or that it was written for the test.
func TestKindBatchAS(t *testing.T) {
	runKinds(t, "the sending MTA's expiry verdict before the reply it quotes", []kindCase{
		{r("Message expired for domain example.com. Remote host said: 454 4.7.1 <s.kato@example.com>: Relay access denied [RCPT_TO]"), OutcomeBounced, CategoryExpired}, // a Yahoo Japan bounce, blindas-0008
		{r("Message expired for domain example.org. Remote host said: 451 4.7.1 Greylisting in action, please come back later"), OutcomeBounced, CategoryExpired},       // written for the test
		{r("This message has been in the queue too long. Remote host said: 421 4.7.0 Try again later"), OutcomeBounced, CategoryExpired},                                // written for the test
		// a narrative without the verdict leaves the quoted reply to decide
		{r("example.com does not like recipient. Remote host said: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown"), OutcomeBounced, CategoryUserUnknown}, // qmail-remote's wording
	})
	runKinds(t, ".NET SmtpClient's text for the reply code around the server's", []kindCase{
		{r("Error in processing. The server response was 5.7.3 STARTTLS is required to send mail"), OutcomeDeferred, CategoryTLSRequired}, // vmPing's issue, blindas-0065
		{r("Mailbox unavailable. The server response was: 5.7.1 Unable to relay"), OutcomeBounced, CategoryPolicyRejected},                // written for the test
		{r("Mailbox unavailable. The server response was: 5.1.1 User unknown"), OutcomeBounced, CategoryUserUnknown},                      // written for the test
		{r("Transaction failed. The server response was: 5.7.1 Message rejected as spam"), OutcomeBounced, CategorySpamContent},           // written for the test
		{r("Insufficient system storage. The server response was: 4.3.1 Out of memory"), OutcomeDeferred, CategoryServerError},            // written for the test
	})
	runKinds(t, "a message over what is left of the mailbox's quota", []kindCase{
		{r("Message size exceeds remaining quota"), OutcomeBounced, CategoryMailboxFull},                                    // BBIQ's and soft1's pages, blindas-0029
		{r("552 5.2.2 Message size exceeds the remaining quota of the mailbox"), OutcomeBounced, CategoryMailboxFull},       // written for the test
		{r("452 4.2.2 Not enough remaining storage for this message in the mailbox"), OutcomeDeferred, CategoryMailboxFull}, // written for the test
		// a fixed size limit stays the message's size
		{r("552 5.3.4 Message size exceeds fixed maximum message size"), OutcomeBounced, CategoryMessageTooLarge}, // Postfix
	})
	runKinds(t, "a sending limit per period named by the period", []kindCase{
		{r("send spam mail rejected: exceeded hour limit"), OutcomeBounced, CategoryRateLimited},        // NetEase, blindas-0037
		{r("550 Daily limit exceeded for this account"), OutcomeBounced, CategoryRateLimited},           // written for the test
		{r("451 4.7.1 Minute limit exceeded, slow down"), OutcomeDeferred, CategoryRateLimited},         // written for the test
		{r("554 Message rejected as spam: hourly limit exceeded"), OutcomeBounced, CategoryRateLimited}, // written for the test
	})
	runKinds(t, "the user named unavailable", []kindCase{
		{r("550 #2175041 unavailable mail user"), OutcomeBounced, CategoryUserUnknown}, // a Chinese server, blindas-0002
		{r("550 User unavailable"), OutcomeBounced, CategoryUserUnknown},               // written for the test
		{r("550 5.1.1 Recipient unavailable"), OutcomeBounced, CategoryUserUnknown},    // written for the test
	})
	runKinds(t, "the sender not verified with the sending service", []kindCase{
		{r(`554 5.0.0 Error: transaction failed, blame it on the weather: ##SES-response-json:{"Response":{"Error":{"Code":"FailedOperation.NotAuthenticatedSender","Message":"sender not authenticated"}}}`), OutcomeBounced, CategoryPolicyRejected}, // Tencent Cloud SES, blindas-0047
		{r("554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: ops@example.com"), OutcomeBounced, CategoryPolicyRejected},                                                             // Amazon SES
		{r("550 5.7.1 Sender address is not verified for this account"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                                       // written for the test
	})
}
