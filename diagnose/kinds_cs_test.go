package diagnose

import "testing"

// TestKindCSKinds holds the kinds batch CS found (session 41, scored
// blind: 15/18 category, 18/18 outcome; tuned on in the same session): a
// server that takes mail only for its own domains, and a report that no
// MX host of a domain is valid. With phrasings CS did not hold and near
// misses. Their phrasings do not train the model (kindsUntrained).
func TestKindCSKinds(t *testing.T) {
	runKinds(t, "CS kinds", []kindCase{
		// 1. mail taken only for the server's domains (cs-014)
		{r("550 5.7.1 This server only accepts mail for example.com and example.net"), OutcomeBounced, CategoryPolicyRejected},
		{r("451 This relay only accepts messages for its hosted domains"), OutcomeDeferred, CategoryPolicyRejected},
		// a submission port that takes mail only from logged-in users is
		// the AUTH convention's
		{r("530 5.7.0 This server only accepts mail from authenticated users"), OutcomeBounced, CategoryPolicyRejected},

		// 2. no valid MX host (cs-017); a sender domain's is the sender
		// check's
		{r("No valid MX hosts found for example.net"), OutcomeBounced, CategoryDomainNotFound},
		{r("550 5.1.2 example.net: no valid MX record"), OutcomeBounced, CategoryDomainNotFound},
		{r("501 5.1.7 sender bob@example.org contains a domain with no valid MX records"), OutcomeBounced, CategoryPolicyRejected},
	})
}
