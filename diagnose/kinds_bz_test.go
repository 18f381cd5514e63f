package diagnose

import "testing"

// TestKindBZKinds holds the kinds batch BZ found (session 37, scored
// blind after BY's fixes: 43/60 category, 59/60 outcome): replies of
// small servers, a mail client and policy daemons, from their source
// code. Each with phrasings BZ did not hold and near misses. Their
// phrasings do not train the model (kindsUntrained).
func TestKindBZKinds(t *testing.T) {
	runKinds(t, "BZ kinds", []kindCase{
		// 1. a sender authentication record the receiver could not look
		// up for now (bz-021); the destination's MX is its DNS, a check
		// that failed is the check's
		{r("451 4.4.3 Unable to query for a DMARC record"), OutcomeDeferred, CategoryAuthenticationFailed},
		{r("451 4.7.1 Temporary error looking up SPF record for example.org"), OutcomeDeferred, CategoryAuthenticationFailed},
		{r("451 4.7.5 DKIM key lookup failed (DNS timeout)"), OutcomeDeferred, CategoryAuthenticationFailed},
		{r("Unable to query DMARC policy for example.org: SERVFAIL"), OutcomeDeferred, CategoryAuthenticationFailed},
		{r("451 4.4.3 Unable to query for an MX record"), OutcomeDeferred, CategoryDomainNotFound},
		{r("550 5.7.23 SPF validation failed"), OutcomeBounced, CategoryAuthenticationFailed},

		// 2. a client refused for its own DNS records (bz-049, bz-050)
		{r("550 we don't accept mail from mailservers without correct DNS configuration"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("450 Your client address is suspicious, it doesnt have correct DNS records."), OutcomeDeferred, CategoryAuthenticationFailed},
		{r("550 Your mail server does not have proper DNS records (PTR)"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("554 Sending server has no valid DNS records, rejected"), OutcomeBounced, CategoryAuthenticationFailed},

		// 3. a read of the client's data that timed out (bz-056)
		{r("550 RECV TIMED-OUT!."), OutcomeBounced, CategoryConnectionFailed},
		{r("421 4.4.2 recv timed out, closing connection"), OutcomeDeferred, CategoryConnectionFailed},
		{r("451 Receive timed out waiting for DATA"), OutcomeDeferred, CategoryConnectionFailed},

		// 4. the sending MTA's count of postponed attempts run out (bz-029);
		// a receiver's count of deferrals asked of a client is not one
		{r("Too much postponings of delivery attempt, attempt is considered to be a failure."), OutcomeBounced, CategoryExpired},
		{r("Message deferred too many times, giving up"), OutcomeBounced, CategoryExpired},
		{r("Delivery postponed too many times; the message is returned to the sender"), OutcomeBounced, CategoryExpired},

		// 5. a relay refusal named with its reason (bz-003, bz-022); the
		// redirect of a user not local stays the address's
		{r("550 5.1.0 Mail system is not configured to accept that recipient"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 Relaying prohibited, user is not local (user@example.com)"), OutcomeBounced, CategoryPolicyRejected},
		{r("551 User not local; please try <jo@example.net>"), OutcomeBounced, CategoryUserUnknown},

		// 6. the receiving server's configuration, spool or transport
		// agent failing (bz-025, bz-055, bz-039)
		{r("554 Mail server configuration is wrong"), OutcomeBounced, CategoryServerError},
		{r("550 Error writing Spool..."), OutcomeBounced, CategoryServerError},
		{r("451 4.3.0 Error writing to spool file, try again later"), OutcomeDeferred, CategoryServerError},
		{r("550 5.7.103 UserMailboxSentItemsAgent; Sent items copy failed due to a permanent error [Stage: OnPromotedEvent]"), OutcomeBounced, CategoryServerError},

		// 7. an empty recipient address (bz-005); an empty sender is the
		// null reverse-path
		{r("554 5.1.2 Recipient address may not be empty"), OutcomeBounced, CategorySyntaxError},
		{r("501 5.1.3 Recipient address cannot be empty"), OutcomeBounced, CategorySyntaxError},
		{r("553 5.1.7 Sender address may not be empty"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.1 Null sender is not allowed"), OutcomeBounced, CategoryPolicyRejected},

		// 8. the client's IP said to be in an RBL, whatever reason and
		// failover prose are around it (bz-060); failed logins alone are
		// the credentials' (SMTP AUTH)
		{r("451-4.4.0 Primary target IP address responded with: \"550-\"[192.0.2.10]:50565 is in an RBL on bl.example.net, see Blocked 451 4.4.0 550 - Too many failed logins\".\" Attempted failover to alternate host, but that did not succeed."), OutcomeDeferred, CategoryBlocklisted},
		{r("550 Your IP 192.0.2.7 is in an RBL (zen.spamhaus.org)"), OutcomeBounced, CategoryBlocklisted},
		{r("454 4.7.0 Too many failed login attempts, please try again later"), OutcomeDeferred, CategoryPolicyRejected},

		// 9. a client that stops because the session is not encrypted
		// (bz-041); a certificate's fault is TLS's too
		{r("Aborting because connection is not secure"), OutcomeDeferred, CategoryTLSRequired},
		{r("Refusing to send: insecure connection to smtp.example.net"), OutcomeDeferred, CategoryTLSRequired},
		{r("Aborting: the server's certificate has expired"), OutcomeDeferred, CategoryTLSRequired},
	})
}
