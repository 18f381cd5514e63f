package diagnose

import "testing"

// TestReviewS40ANearMisses: near misses of batch CI's rules that review
// S40A (/work/notes/s40/review_ci/report.md of the session) wrote against
// their first version (bb319dd), where 16 of its 116 probes regressed: the
// recipient-account rule took the envelope sender's, the AUTH user's and
// the connecting client's accounts and a failed lookup; the decode rule a
// STARTTLS handshake message; the one-recipient phrases a null sender said
// as "empty" or "<>", a content filter's or a receipt rule's "with
// multiple To addresses"; and an X.7.8 code (authentication credentials
// invalid) did not keep the client's AUTH apart. Their phrasings do not
// train the model.
func TestReviewS40ANearMisses(t *testing.T) {
	runKinds(t, "review S40A near misses", []kindCase{
		{r("550 5.7.8 Failed to get access token for user bob@example.org"), OutcomeBounced, CategoryPolicyRejected},                        // s40a-31
		{r("421 STARTTLS negotiation failed: could not decode message"), OutcomeDeferred, CategoryConnectionFailed},                         // s40a-40
		{r("421 4.4.2 STARTTLS: unable to decode message from peer"), OutcomeDeferred, CategoryConnectionFailed},                            // s40a-41
		{r("553 5.7.1 Could not find account for MAIL FROM <bob@example.org>"), OutcomeBounced, CategoryPolicyRejected},                     // s40a-66
		{r("550 5.7.1 Unable to find account for envelope from <a@example.org>"), OutcomeBounced, CategoryPolicyRejected},                   // s40a-67
		{r("550 5.7.1 Could not find account for sending domain example.org"), OutcomeBounced, CategoryPolicyRejected},                      // s40a-68
		{r("550 No account data for authenticating user bob"), OutcomeBounced, CategoryPolicyRejected},                                      // s40a-71
		{r("550 5.7.1 Could not find account for client 192.0.2.10"), OutcomeBounced, CategoryPolicyRejected},                               // s40a-73
		{r("550 Could not find account for API key ab12cd, check your SMTP credentials"), OutcomeBounced, CategoryPolicyRejected},           // s40a-74
		{r("451 4.3.0 No account data for recipient, lookup failed; try again later"), OutcomeDeferred, CategoryServerError},                // s40a-75
		{r("550 5.7.8 Could not find account for bob@example.org"), OutcomeBounced, CategoryPolicyRejected},                                 // s40a-77
		{r("550 5.7.1 Only one recipient is supported when the sender is empty (<>)"), OutcomeBounced, CategoryPolicyRejected},              // s40a-99
		{r("550 5.7.1 Only one recipient supported with MAIL FROM:<>"), OutcomeBounced, CategoryPolicyRejected},                             // s40a-100
		{r("550 5.7.1 Only one recipient is supported for messages with an empty envelope sender"), OutcomeBounced, CategoryPolicyRejected}, // s40a-101
		{r("550 5.7.1 Read receipts with multiple To addresses are not accepted"), OutcomeBounced, CategoryPolicyRejected},                  // s40a-106
		{r("554 5.7.1 Rejected by content filter: mail with multiple To addresses and a forged From"), OutcomeBounced, CategorySpamContent}, // s40a-107
		// the kinds' members these probes kept
		{r("554 Sending with multiple To addresses is not supported by this relay"), OutcomeBounced, CategoryRateLimited}, // s40a-94
		{r("550 Could not find account data for jo@example.com"), OutcomeBounced, CategoryUserUnknown},                    // s40a-61
		{r("550 Unable to refresh access token for Microsoft Graph"), OutcomeBounced, CategoryServerError},                // s40a-16
	})
}
