package diagnose

import "testing"

// The kinds batch Y (testdata/blind_y.jsonl: spamilter, policyd-weight,
// rmilter, Zimbra/Cyrus LMTP, help pages) revealed after it was scored
// blind, each with phrasings other than the batch's own.

// What is on a list decides the category, also when the list is the
// receiver's own: a host or URL of the body is content, a recipient entry
// is the receiver's policy, the client or sender is a block listing.
func TestKindOwnListEntries(t *testing.T) {
	runKinds(t, "what is listed", []kindCase{
		{r("550 5.7.1 Message rejected: blacklisted body URL www.example.biz"), OutcomeBounced, CategorySpamContent},
		{r("554 Body host example.biz is blacklisted"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 This recipient is blacklisted here"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Sender host 192.0.2.8 is blacklisted"), OutcomeBounced, CategoryBlocklisted},
	})
}

// A missing greeting and a HELO name that cannot be a host name are the
// dialogue's grammar, even behind a "security policy" preamble; sender
// verification stays the sender's side, also when it is temporary.
func TestKindPolicyPreamble(t *testing.T) {
	runKinds(t, "policy preamble", []kindCase{
		{r("550 5.7.1 Policy violation - HELO or EHLO greeting expected first"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.1 Rejected by security policy: invalid hostname in HELO"), OutcomeBounced, CategorySyntaxError},
		{r("451 4.7.1 Temporary failure: could not verify sender <a@example.org>"), OutcomeDeferred, CategoryPolicyRejected},
		{r("550 5.7.1 Unable to validate the sender address"), OutcomeBounced, CategoryPolicyRejected},
	})
}
