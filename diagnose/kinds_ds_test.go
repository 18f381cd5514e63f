package diagnose

import "testing"

// TestKindDSKinds holds the kind batch DS found (session 44, scored
// blind: 5/6 category, 6/6 outcome; tuned on in the same session): a
// policy daemon's "DNS Blacklisted" verdict inside a Postfix
// restriction's reply, which the model read as the restriction's policy.
// The control is the restriction's own refusal. Their phrasings do not
// train the model (kindsUntrained).
func TestKindDSKinds(t *testing.T) {
	checkKinds(t, "DS kinds", []kindCase{
		{r("550 5.7.1 <bob@example.com>: Recipient address rejected: DNS Blacklisted. REJECTED due to previous hits"), OutcomeBounced, CategoryBlocklisted},
		{r("554 5.7.1 Client host rejected: DNS blacklisted (score 7 over threshold 5)"), OutcomeBounced, CategoryBlocklisted},
		{r("450 4.7.1 Client host rejected: DNS blacklisted, but greylisted first: try again later"), OutcomeDeferred, CategoryBlocklisted},
		// control: the restriction's own refusal
		{r("550 5.7.1 <bob@example.com>: Recipient address rejected: Access denied"), OutcomeBounced, CategoryPolicyRejected},
	})
}
