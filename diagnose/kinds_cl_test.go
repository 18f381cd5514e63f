package diagnose

import "testing"

// TestKindCLKinds holds the kinds batches CL and CM found (session 40,
// scored blind after CJ's and CK's fixes: CL 32/47 and 47/47, CM 11/16
// and 16/16; tuned on in the same session, batches CN and CO written
// blind in their place): a list's DMARC refusal, a list that does not
// exist behind a wrapper that died, amavisd's header check, 8-bit
// content without MIME headers, the ORBS list, Domino's zero-attempt
// trailer, an empty message under a 530, one recipient said tersely, an
// SMS gateway's part count, a missing delivery notification and a
// forwarding count. Each with phrasings the batches did not hold and
// near misses. Their phrasings do not train the model (kindsUntrained).
func TestKindCLKinds(t *testing.T) {
	runKinds(t, "CL kinds", []kindCase{
		// 1. a list's refusal of strict-DMARC domains (cl-022); a DMARC
		// check that failed stays authentication
		{r("You are not allowed to post to this mailing list From: a domain which publishes a DMARC policy of reject or quarantine"), OutcomeBounced, CategoryPolicyRejected},
		{r("Posts from domains that publish a DMARC policy of reject may not post to this list"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy"), OutcomeBounced, CategoryAuthenticationFailed},

		// 2. a list that does not exist, behind a wrapper that died
		// (cl-047); a wrapper that died for its own reason is the server's
		{r(`Command died with status 1: "/usr/lib/mailman/mail/mailman post sales". Command output: post script, list not found: sales`), OutcomeBounced, CategoryUserUnknown},
		{r("550 No such mailing list: announce@lists.example.org"), OutcomeBounced, CategoryUserUnknown},
		{r(`Command died with status 2: "/usr/lib/mailman/mail/mailman post staff". Command output: Group mismatch error.`), OutcomeBounced, CategoryServerError},

		// 3. header form (cm-007, cm-014); a spam verdict that lists
		// header faults stays spam
		{r("554 5.6.0 Reject, id=1234-05 - BAD_HEADER: Header field occurs more than once: \"To\" occurs 3 times"), OutcomeBounced, CategorySyntaxError},
		{r("550 This message has 8-bit content, but does not have the required MIME headers"), OutcomeBounced, CategorySyntaxError},
		{r("554 5.7.0 Reject, id=2002-09 - SPAM: considered unsolicited bulk e-mail (UBE), bad_header too"), OutcomeBounced, CategorySpamContent},

		// 4. the ORBS list (cm-010)
		{r("550-MAIL BLOCKED; See http://www.orbs.example/orbs/ 550 rejected: administrative prohibition"), OutcomeBounced, CategoryBlocklisted},

		// 5. Domino's trailer with no attempts is no expiry (cm-003); a
		// run-out attempt count is
		{r("5.1.1 - Unknown user 550-'Recipient address rejected: user unknown, delivery failed' (delivery attempts: 0)"), OutcomeBounced, CategoryUserUnknown},
		{r("Delivery failed: maximum delivery attempts exceeded (delivery attempts: 12)"), OutcomeBounced, CategoryExpired},

		// 6. an empty message under a 530 (cl-016), one recipient said
		// tersely (cl-029), an SMS gateway's part count (cl-031)
		{r("530 5.2.0 Message is empty. Aborting."), OutcomeBounced, CategorySyntaxError},
		{r("452 only one recipient, please"), OutcomeDeferred, CategoryRateLimited},
		{r("550 Too many SMS parts"), OutcomeBounced, CategoryMessageTooLarge},

		// 7. a missing delivery notification (cl-037), a forwarding count
		// (cl-045)
		{r("We have not received a delivery notification in 4 hours for the following recipient(s): bob@example.org"), OutcomeBounced, CategoryExpired},
		{r("553 too many forwards"), OutcomeBounced, CategoryOther},
		{r("554 5.4.6 Message was forwarded too many times"), OutcomeBounced, CategoryOther},

		// 8. Mailman 2's notices, from its catalogue (cl-021..028): a
		// refusal returned, a held post deferred, in its translations
		{r("Mensaje rechazado por activar una regla de filtrado"), OutcomeBounced, CategoryPolicyRejected},
		{r("Сообщения с таким расширением файла запрещены"), OutcomeBounced, CategoryPolicyRejected},
		{r("Após a filtragem de conteúdo, a mensagem foi perdida"), OutcomeBounced, CategoryPolicyRejected},
		{r("Please trim the recipient list; it is too long."), OutcomeBounced, CategoryRateLimited},
		{r("Post by non-member to a members-only list"), OutcomeDeferred, CategoryPolicyRejected},
		{r("Message body is too big: 120000 bytes with a limit of 40 KB"), OutcomeDeferred, CategoryMessageTooLarge},
	})
}
