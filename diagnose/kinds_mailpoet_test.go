package diagnose

import "testing"

// TestKindMailPoetKinds holds MailPoet's reports of a paused sending
// queue batch CP found (cp-001..008: 6 of its 8 misses before), from the
// catalogue (mailPoetMessages), alone where batch CP held them in the
// notice's frame and in the frame where it held them alone, with other
// methods' names, limits, dates and addresses, and the messages batch CP
// did not hold (the review of a new subscription, a sender domain to
// authenticate). English only: MailPoet ships no translation. Near
// misses: the frame around another method's or server's own text, and a
// throttle that goes on with a server's reply. Their phrasings do not
// train the model (kindsUntrained).
func TestKindMailPoetKinds(t *testing.T) {
	runKinds(t, "MailPoet kinds", []kindCase{
		// 1. the sending service: its outage, its key, its suspension
		{r("Email service is temporarily not available, please try again in a few minutes."), OutcomeDeferred, CategoryServerError},
		{r("MailPoet API key is invalid!"), OutcomeBounced, CategoryPolicyRejected},
		{r("Sending has been paused due to a technical issue with MailPoet: MailPoet Sending Service has been temporarily suspended for your site due to degraded email deliverability. Please contact our support team to resolve the issue."), OutcomeDeferred, CategoryPolicyRejected},

		// 2. the plan: subscribers, the monthly volume, the review
		{r("You have sent more emails this month than your MailPoet plan includes (10,000), and sending has been temporarily paused. To continue sending with MailPoet Sending Service please upgrade your plan, or wait until sending is automatically resumed on 1 February 2027."), OutcomeDeferred, CategoryRateLimited},
		{r("You have sent more emails this month than your MailPoet plan includes, and sending has been temporarily paused."), OutcomeDeferred, CategoryRateLimited},
		{r("MailPoet is reviewing your subscription."), OutcomeDeferred, CategoryPolicyRejected},

		// 3. the sender: its address, its domain's DMARC and authentication
		{r("Sending all of your emails has been paused because your email address info@example.org hasn’t been authorized yet."), OutcomeDeferred, CategoryPolicyRejected},
		{r("Error while sending. Email violates Sender Domain's DMARC policy. Please set up sender authentication."), OutcomeBounced, CategoryAuthenticationFailed},
		{r("Sending is paused because the following connection issue prevents MailPoet from delivering emails: Error while sending. Please update the plugin and add/update your sender domain (refer to https://account.mailpoet.com/sender_domains) Click here to start the authentication."), OutcomeBounced, CategoryAuthenticationFailed},

		// 4. near misses: the frame around another method's own text is
		// that text's; a throttle that goes on with a reply is the reply's
		{r("Sending has been paused due to a technical issue with SMTP: SMTP Error: data not accepted. 550 5.7.1 Message rejected as spam"), OutcomeBounced, CategorySpamContent},
		{r("Sending has been paused due to a technical issue with SMTP: SMTP Error: The following recipients failed: bob@example.com: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("Sending frequency limit has been reached. 421 4.7.0 Too many connections"), OutcomeDeferred, CategoryRateLimited},
	})
}
