package diagnose

import "testing"

// TestKindSizeAllowance: a size bound written as the allowance ("up to 20
// MB") is the message's size, not a count over a rate limit, which the
// count rule's "up to" (batch AQ) took it for (review probes). Hosts are
// made up; each line says where its wording comes from.
func TestKindSizeAllowance(t *testing.T) {
	runKinds(t, "a size bound as an allowance", []kindCase{
		{r("552 Messages up to 20 MB are accepted here"), OutcomeBounced, CategoryMessageTooLarge},    // review probe
		{r("552 Emails up to 10MB only"), OutcomeBounced, CategoryMessageTooLarge},                    // review probe
		{r("552 We accept mails of at most 25 megabytes"), OutcomeBounced, CategoryMessageTooLarge},   // written for the test
		{r("552 5.3.4 No more than 52428800 bytes, please"), OutcomeBounced, CategoryMessageTooLarge}, // written for the test
		// a count bound stays a rate limit
		{r("550 No more than 25 recipients, please"), OutcomeBounced, CategoryRateLimited},   // milter-greylist, blindaq-0003
		{r("421 Up to 100 messages per hour allowed"), OutcomeDeferred, CategoryRateLimited}, // written for the test
	})
}
