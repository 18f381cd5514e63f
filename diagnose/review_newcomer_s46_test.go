package diagnose

import "testing"

// TestNewcomerS46Kinds: what the newcomer review of S46
// (/work/notes/s46/newcomer/REPORT.md) found beside the signature names
// (signature_test.go): "closed" as a verb with an object, what a server did
// to the session, read as a closed account (N5). The controls are closed
// accounts. Their phrasings do not train the model (kindsUntrained).
func TestNewcomerS46Kinds(t *testing.T) {
	runKinds(t, "newcomer review S46", []kindCase{
		{r("550 5.7.1 The message could not be delivered to the recipient because the receiving server closed the session after the end of data; please contact the administrator of the receiving system for further information and try again later."), OutcomeBounced, CategoryConnectionFailed},
		{r("554 Delivery to the recipient failed: the server closed its session before the message was sent"), OutcomeBounced, CategoryConnectionFailed},
		{r("451 4.4.2 Mail for the recipient could not be sent: the peer closed the connection after DATA"), OutcomeDeferred, CategoryConnectionFailed},
		{r("550 The user's mailbox is closed"), OutcomeBounced, CategoryMailboxDisabled},                      // control
		{r("554 This account has been closed by the administrator"), OutcomeBounced, CategoryMailboxDisabled}, // control
	})
}

// TestProviderNeedlesOnWordBounds: a provider's name inside another word
// names no provider ("strato" in "administrator", in 241 of the labelled
// rows' answers; Yahoo's "rly:" in "properly:"), where the provider's own
// name, host or code still does, also in a text without spaces ("Gmail"
// after a Japanese full stop).
func TestProviderNeedlesOnWordBounds(t *testing.T) {
	c := New()
	for _, tc := range []struct {
		reply, want string
	}{
		{"550 5.7.1 Message rejected, please contact your administrator", ""},
		{"550 5.7.1 The message could not be delivered; please contact the administrator of the receiving system", ""},
		{"554 Message not properly: formatted", ""},
		{"550 5.7.1 Blocked by STRATO: spam suspected", ProviderStrato},
		{"550 5.7.1 rejected by mx.rzone.de", ProviderStrato},
		{"550 5.7.1 Message from <joe@stratosphere-labs.io> rejected", ""}, // review S47
		{"550 5.7.1 Hourly: limit reached", ""},
		{"550-5.7.1 Gmail has detected that this message is likely suspicious", ProviderGoogle},
		{"配信未完了。Gmail は 47 時間再試行します", ProviderGoogle},
		{"554 delivery error: dd Requested mail action aborted - mta1234.mail.bf1.yahoo.com", ProviderYahoo},
		{"550 5.7.1 [RLY:B1] blocked", ProviderYahoo},
		{"550 5.7.0 iCloud mail rejected", ProviderApple},
	} {
		if got := c.Classify(Input{Response: tc.reply}).Provider; got != tc.want {
			t.Errorf("provider of %q = %q, want %q", tc.reply, got, tc.want)
		}
	}
}
