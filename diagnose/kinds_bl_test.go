package diagnose

import "testing"

// TestKindBLKinds holds the kind blind probe BL found: the sending
// service's own suppression list (bl-050, Mailgun's "Not delivering to
// previously bounced address"), in the wordings of other services and
// with and without codes. The address was not tried: a policy of the
// sender's service, not the recipient server's answer, whatever word
// (bounced, spam, inactive) names why it was listed; a suppression that
// names an invalid address is an unknown user.
func TestKindBLKinds(t *testing.T) {
	runKinds(t, "BL kinds", []kindCase{
		{r("Not delivering to previously bounced address"), OutcomeBounced, CategoryPolicyRejected},
		{r("Not delivering to unsubscribed address"), OutcomeBounced, CategoryPolicyRejected},
		{r("Not delivering to a user who marked your messages as spam"), OutcomeBounced, CategoryPolicyRejected},
		{r("605 Not delivering to previously bounced address"), OutcomeBounced, CategoryPolicyRejected},
		{r("You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: user@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression."), OutcomeBounced, CategoryPolicyRejected},
		{r("The recipient address is on the suppression list for this account"), OutcomeBounced, CategoryPolicyRejected},
		{Input{Code: 550, Response: "550 5.7.1 Recipient suppressed due to previous complaints"}, OutcomeBounced, CategoryPolicyRejected},
		{r("Message not sent: user@example.org is on your suppression list (hard bounce on 2026-11-02)"), OutcomeBounced, CategoryPolicyRejected},
		// The cause named: an invalid address, or a queue's expiry.
		{r("Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address."), OutcomeBounced, CategoryUserUnknown},
		{r("Hard fail - Maximum number of delivery attempts (19) has been reached. Added user@example.org to suppression list because delivery failed permanently."), OutcomeBounced, CategoryExpired},
	})
}
