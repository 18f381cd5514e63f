package diagnose

import "testing"

// TestKindCNKinds holds the kinds batch CN found (session 40, scored
// blind after CL's and CM's fixes and Mailman's catalogue: 33/48
// category, 45/48 outcome; tuned on in the same session, batch CP
// written blind in its place) outside Roundup's messages: ASSP's loop
// guard, BCC relay refusal and uuencode block, and GitLab's
// incoming-email refusals. Each with phrasings CN did not hold and near
// misses. Their phrasings do not train the model (kindsUntrained).
func TestKindCNKinds(t *testing.T) {
	runKinds(t, "CN kinds", []kindCase{
		// 1. a loop guard (cn-030), whatever X.7.1 says
		{r("554 5.7.1 possible mailloop - found own received header more than 3 times"), OutcomeBounced, CategoryOther},
		{r("550 Possible mail loop: found own Received header 5 times"), OutcomeBounced, CategoryOther},

		// 2. a BCC recipient not relayed (cn-032); an unknown local user
		// stays one
		{r("421 closing transmission - BCC: recipient (bob@example.net) is not local"), OutcomeDeferred, CategoryPolicyRejected},
		{r("550 Recipient bob@example.net is not local, relaying denied"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.1.1 Recipient is not local: no such user here"), OutcomeBounced, CategoryUserUnknown},

		// 3. uuencoded content blocked (cn-024)
		{r("554 5.7.1 This message is uuencoded and will be blocked."), OutcomeBounced, CategorySpamContent},
		{r("550 Uuencoded attachments are not accepted here"), OutcomeBounced, CategorySpamContent},

		// 4. a tracker's incoming-email refusals (cn-042, cn-043, cn-048)
		{r("The email was marked as 'auto generated', which we can't accept."), OutcomeBounced, CategoryPolicyRejected},
		{r("We couldn't figure out what user corresponds to the email."), OutcomeBounced, CategoryPolicyRejected},
		{r("It appears that the email is blank."), OutcomeBounced, CategorySyntaxError},
	})
}
