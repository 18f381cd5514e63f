package diagnose

import "testing"

// TestKindDEKinds holds the kinds batches DE and DF found (session 43,
// scored blind: DE 7/11 category, 11/11 outcome; DF 4/6, 6/6; tuned on in
// the same session): a HELO identifier that is bad or missing, ASSP's
// reply to a client on its deny lists, a provider's block of a sending
// account, a refusal of the sender quoted inside a generic X.3.0 report,
// and "recipient" misspelt. With phrasings the batches did not hold and
// near misses. Their phrasings do not train the model (kindsUntrained).
func TestKindDEKinds(t *testing.T) {
	runKinds(t, "DE kinds", []kindCase{
		// 1. a HELO identifier (de-002)
		{r("550 Messages from your location are rejected, bad or missing identifier (HELO)"), OutcomeBounced, CategorySyntaxError},
		{r("Rejected: invalid identifier in EHLO"), OutcomeBounced, CategorySyntaxError},
		{r("501 5.5.2 HELO identifier is missing"), OutcomeBounced, CategorySyntaxError},
		// near miss: a HELO name on a block list
		{r("554 5.7.1 Bad identifier (HELO): host is listed at dnsbl.example.net"), OutcomeBounced, CategoryBlocklisted},

		// 2. ASSP's deny lists (de-003); its relay refusal is policy
		{r("554 <mx.example.net> Service denied, closing transmission channel"), OutcomeBounced, CategoryBlocklisted},
		{r("554 5.7.2 Service denied, closing transmission channel"), OutcomeBounced, CategoryBlocklisted},
		{r("554 <mx.example.org> Relay Service denied for IP 192.0.2.8, closing transmission channel"), OutcomeBounced, CategoryPolicyRejected},

		// 3. a provider's block of a sending account (de-006, de-007)
		{r("550 Bulk Policy Violation: this sender is blocked"), OutcomeBounced, CategoryPolicyRejected},
		{r("Your account has been blocked for sending bulk mail without consent"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 This account is sending spam and has been suspended from sending"), OutcomeBounced, CategoryPolicyRejected},
		// near miss: an address listed for a trap hit
		{r("550 5.7.1 Your IP address hit a spam trap and is listed on our blocklist"), OutcomeBounced, CategoryBlocklisted},

		// 4. a refusal of the sender inside a generic report (df-003)
		{r("smtp; 5.3.0 - Other mail system problem 554-'5.1.0 Sender denied' (delivery attempts: 0)"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.1.0 Sender denied by the recipient's policy"), OutcomeBounced, CategoryPolicyRejected},
		// near misses: a sender denied for a listing, for SPF
		{r("550 Sender denied: your IP is listed at zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.23 Sender denied: SPF check failed"), OutcomeBounced, CategoryAuthenticationFailed},

		// 5. "recipient" misspelt (df-004)
		{r("550-Invalid Recepient"), OutcomeBounced, CategoryUserUnknown},
		{r("550 Unknown reciepient"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 Recipent not found"), OutcomeBounced, CategoryUserUnknown},
		// near miss: another cause of the misspelt recipient
		{r("552 Recepient mailbox full"), OutcomeBounced, CategoryMailboxFull},
	})
}
