package diagnose

import "testing"

// TestKindCOKinds holds the kinds batch CO found (session 40, scored
// blind after CL's and CM's fixes: 45/56 category, 49/56 outcome) that
// are not YAM's or SimpleMail's own messages: a sending library that
// finds no AUTH mechanism it shares with the server, a message over a
// size limit said without "large", and a library's refused login. Each
// with phrasings CO did not hold and near misses. Their phrasings do not
// train the model (kindsUntrained).
func TestKindCOKinds(t *testing.T) {
	runKinds(t, "CO kinds", []kindCase{
		// 1. no shared AUTH mechanism (co-040); credentials refused stay
		// policy
		{r("dial failed: SMTP Auth autodiscover was not able to detect a supported authentication mechanism"), OutcomeBounced, CategorySyntaxError},
		{r("smtp: no common authentication mechanism with the server"), OutcomeBounced, CategorySyntaxError},
		{r("535 5.7.8 Error: authentication failed: authentication failure"), OutcomeBounced, CategoryPolicyRejected},

		// 2. a message over a size limit (co-041); a mailbox's size is
		// the mailbox's
		{r("message exceeds allowed size limit"), OutcomeBounced, CategoryMessageTooLarge},
		{r("552 Message exceeds the maximum size of 10485760 bytes"), OutcomeBounced, CategoryMessageTooLarge},
		{r("552 5.2.2 Message exceeds the size limit of the recipient's mailbox quota"), OutcomeBounced, CategoryMailboxFull},

		// 3. a library's login refused (co-007)
		{r("Could not authenticate with the SMTP server."), OutcomeBounced, CategoryPolicyRejected},
		{r("Unable to authenticate with the SMTP server: invalid credentials"), OutcomeBounced, CategoryPolicyRejected},
	})
}
