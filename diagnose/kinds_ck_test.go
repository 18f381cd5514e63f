package diagnose

import "testing"

// TestKindCKKinds holds the kinds batch CK found (session 40, scored
// blind after CI's fixes: 29/45 category, 45/45 outcome; tuned on in the
// same session, batches CL and CM written blind in its place): a rate
// control that filters an IP, a listed domain inside the message, a spam
// domain named to its sender, STARTTLS when TLS is on, AUTH demanded
// first, a sender that must be the login, attachments refused, a HELO
// that must be the real name, an address that takes no direct mail, and
// NetEase's WM:BLU. Each with phrasings CK did not hold and near misses.
// Their phrasings do not train the model (kindsUntrained).
func TestKindCKKinds(t *testing.T) {
	runKinds(t, "CK kinds", []kindCase{
		// 1. a rate control filtering the IP (ck-028); a listing stays one
		{r("421 Your IP is filtered by IP Rate Control"), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.7.1 Connection throttled by rate control filter, try later"), OutcomeDeferred, CategoryRateLimited},
		{r("554 Your IP is filtered: listed on bl.spamcop.net"), OutcomeBounced, CategoryBlocklisted},

		// 2. a listed domain inside the message (ck-031); the sender's
		// listed domain is a listing
		{r("Message contains blacklisted domain"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Message body contains a blocklisted URL (multi.surbl.org)"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Sender domain example.com is blacklisted at dbl.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},

		// 3. a spam domain named to its sender (ck-004)
		{r("go away, you evil spam domain!"), OutcomeBounced, CategoryBlocklisted},
		{r("550 Your domain is a known spam domain"), OutcomeBounced, CategoryBlocklisted},

		// 4. STARTTLS when TLS is on (ck-030); TLS demanded stays TLS
		{r("454 Command not permitted when TLS active"), OutcomeDeferred, CategorySyntaxError},
		{r("503 5.5.1 TLS already active"), OutcomeBounced, CategorySyntaxError},
		{r("530 5.7.0 Must issue a STARTTLS command first"), OutcomeBounced, CategoryTLSRequired},

		// 5. AUTH demanded first (ck-029, ck-044), the sender that must be
		// the login (ck-013)
		{r("503 Error: need EHLO and AUTH first !"), OutcomeBounced, CategoryPolicyRejected},
		{r("503 5.5.1 Error: authentication first"), OutcomeBounced, CategoryPolicyRejected},
		{r("501 mail from address must be same as authorization user"), OutcomeBounced, CategoryPolicyRejected},
		{r("553 5.7.1 Sender address must be the same as the authenticated user"), OutcomeBounced, CategoryPolicyRejected},

		// 6. attachments refused (ck-007); a size stays one
		{r("552 Disapproved attachment"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Forbidden attachment: invoice.exe"), OutcomeBounced, CategorySpamContent},
		{r("552 5.3.4 Attachment size exceeds the allowed limit"), OutcomeBounced, CategoryMessageTooLarge},

		// 7. a HELO that must give the real name (ck-012), an address
		// that takes no direct mail (ck-032), NetEase's WM:BLU (ck-040)
		{r("550 Use your real hostname in HELO, not localhost"), OutcomeBounced, CategorySyntaxError},
		{r("550 This address accepts no emails directly to it; use the contact form"), OutcomeBounced, CategoryPolicyRejected},
		{r("450 WM:BLU 此用户不在网易允许的发信用户列表里"), OutcomeDeferred, CategoryPolicyRejected},
	})
}
