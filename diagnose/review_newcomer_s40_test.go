package diagnose

import (
	"strings"
	"testing"
)

// TestNewcomerS40Kinds: near misses of session 40's rules and of
// namedStatus that the newcomer review of S40
// (/work/notes/s40/newcomer/report.md) found: the account-suspended rate
// rule took a recipient's account (left unused, over its disk, the mail it
// received); the list DMARC rule a DMARC check the message failed; the
// monitor's expiry rule a notice that retries; the limit-check rule an
// unknown user and a limit per hour; the send-as rule a virus; a named
// 4.x.x before a 5.x.x, or a cause word beside "giving up", kept a
// returned report deferred; Groupmax's subjects and Mailman's hold notice
// inside a longer text read as retried and as returned. Their phrasings do
// not train the model (checkKinds, not runKinds).
func TestNewcomerS40Kinds(t *testing.T) {
	checkKinds(t, "newcomer review S40", []kindCase{
		{r("550 5.2.1 The email account that you tried to reach is disabled. Account suspended: exceeded the limit of inactive days"), OutcomeBounced, CategoryMailboxDisabled},
		{r("550 5.2.1 Account suspended for inactivity; the user exceeded the limit of 365 days without login"), OutcomeBounced, CategoryMailboxDisabled},
		{r("550 5.2.1 This account has been suspended because it exceeded the limit of received messages"), OutcomeBounced, CategoryMailboxDisabled},
		{r("550 account suspended: disk quota limit exceeded"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.7.1 Cannot post: your message failed the DMARC policy of example.com"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("450 4.4.1 No delivery notification in 30 minutes; will retry"), OutcomeDeferred, CategoryConnectionFailed},
		{r("550 5.1.1 Unable to check recipient: the user does not exist (lookup limit)"), OutcomeBounced, CategoryUserUnknown},
		{r("451 4.7.1 Could not check sender: limit of 5 messages per hour for unauthenticated users"), OutcomeDeferred, CategoryRateLimited},
		{r("550 5.7.1 The message you are trying to send as plain text contains a virus"), OutcomeBounced, CategorySpamContent},
		{r("First attempt: error 4.4.1 (connection timed out). Final attempt: error 5.1.1 (user unknown). Giving up."), OutcomeBounced, CategoryUserUnknown},
		{r("Connection status: 4.4.1 after 3 attempts; later status: 5.1.1"), OutcomeBounced, CategoryUserUnknown},
		{r("Returned mail: Conversion failer : Recipients-Information is not available."), OutcomeBounced, CategoryServerError},
		{r("Subject: Conversion failure : OriginatorName is not available."), OutcomeBounced, CategoryServerError},
		{r("Your mail to 'Test' with the subject Hello Is being held until the list moderator can review it for approval. The reason it is being held: Post by non-member to a members-only list"), OutcomeDeferred, CategoryPolicyRejected},
		// the kinds' members these probes keep
		{r("554 5.0.0 account suspended: recipient burst exceeds limit"), OutcomeBounced, CategoryRateLimited},
		{r("554 5.7.1 Account blocked: your sending limit was exceeded"), OutcomeBounced, CategoryRateLimited},
		{r("You are not allowed to post to this mailing list From: a domain which publishes a DMARC policy of reject or quarantine, and your message has been automatically rejected.  If you think that your messages are being rejected in error, contact the mailing list owner at staff-owner@lists.example.org."), OutcomeBounced, CategoryPolicyRejected},
		{r("We have not received a delivery notification in 1 hour for the following recipient(s) because the receiving system may be down or configured incorrectly: jdoe@direct.example.org"), OutcomeBounced, CategoryExpired},
		{r("451 Internal error checking rate limit"), OutcomeDeferred, CategoryServerError},
		{r("Delivery attempt failed, will retry. Error code: 5.2.2"), OutcomeDeferred, CategoryMailboxFull},
		{r("Connection timed out; retrying. Last error code 5.0.0"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Delivery has been delayed. Status: 4.4.7"), OutcomeDeferred, CategoryOther},
	})
}

// TestNewcomerS40Advice: a receiver's failure given as a 4xx that the
// sending MTA returned is not said to be a 5xx, and a code-less report that
// quotes the receiver's reply does not send the reader to the local
// delivery chain.
func TestNewcomerS40Advice(t *testing.T) {
	for _, tc := range []struct {
		in       Input
		who      string
		has, not string
	}{
		{Input{Response: "451 4.3.0 Internal server error", Outcome: "bounced"}, WhoRecipientProvider, "temporary (4xx)", "permanent (5xx)"},
		{Input{Response: "host mx.example.net[192.0.2.1] said: 451 4.3.0 Internal server error (in reply to end of DATA command)", Outcome: "bounced"}, WhoRecipientProvider, "temporary (4xx)", "permanent (5xx)"},
		{Input{Response: "550 5.3.0 Internal server error"}, WhoRecipientProvider, "permanent (5xx)", ""},
		{Input{Response: "Delivery to bob@example.com failed. The remote server said: 550 5.3.0 Internal server error"}, WhoRecipientProvider, "permanent (5xx)", "local delivery chain"},
		{Input{Response: "以下のアドレスへの配送に失敗しました。\nhanako@example.jp\n451 4.3.0 Temporary server error"}, WhoRecipientProvider, "temporary (4xx)", "local delivery chain"},
		// no failure quoted: the local chain still
		{Input{Response: "Bad response from mail server 'smtp.example.com' to command 'DATA':\r\n250 2.0.0 OK\r\n\r\nThe mail server couldn't execute the command and replied with the above error message."}, WhoSender, "local delivery chain", ""},
		{Input{Response: "Unfortunately, I was unable to deliver your mail.\nThe error given was:\n\nAn unexpected error occurred while processing your message."}, WhoSender, "local delivery chain", ""},
	} {
		got := testClassifier.Classify(tc.in)
		if got.Category != CategoryServerError || got.Advice.WhoActs != tc.who || !strings.Contains(got.Advice.Check, tc.has) ||
			tc.not != "" && strings.Contains(got.Advice.Check, tc.not) {
			t.Errorf("%.90q: got %s %s, %q %q; want %s, %q without %q", tc.in.Response, got.Outcome, got.Category,
				got.Advice.WhoActs, got.Advice.Check, tc.who, tc.has, tc.not)
		}
	}
}

// TestNamedStatusPermanentFirst: of several named codes, a 5.x.x outranks
// an earlier 4.x.x.
func TestNamedStatusPermanentFirst(t *testing.T) {
	for s, want := range map[string]status{
		"Status: 4.4.1 then status: 5.1.1":         {5, 1, 1},
		"error 4.2.2, later error 4.4.1":           {4, 2, 2},
		"code 5.7.1; code 5.1.1":                   {5, 7, 1},
		"version 5.2.2 error 4.7.0":                {4, 7, 0},
		"Delivery has been delayed. Status: 4.4.7": {4, 4, 7},
	} {
		if got := namedStatus(s); got != want {
			t.Errorf("namedStatus(%q) = %+v, want %+v", s, got, want)
		}
	}
}
