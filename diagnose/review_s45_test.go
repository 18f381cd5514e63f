package diagnose

import "testing"

// TestReviewS45NearMisses: probes of review S45 (92 probes by a helper
// that read the change, not the rules) against c0abd2d, whose deniedAt
// reads a cause word after a plain negation as no cause. 14 of the
// probes regressed: a "no" that states a limit or a resource used up
// ("no concurrent connections allowed", "accepts no concurrent
// connections", "no storage quota left", "no greylisting record yet"), a
// "not" before the first reason of an "or" list ("recipient not found or
// mailbox full"), and a missing FCrDNS written "not FCrDNS". They were
// mended first by exceptions to "no"; after newcomer review S45 found
// more lacks stated with "no" ("no storage quota available"), "no" and
// "without" deny nothing (deniedAt). The fixes are the probes c0abd2d
// answers right and its parent did not. Their phrasings do not train the
// model (kindsUntrained).
func TestReviewS45NearMisses(t *testing.T) {
	checkKinds(t, "review S45 near misses", []kindCase{
		// regressions of c0abd2d (deniedAt), mended: a limit or a lack stated with "no", a reason list "not X or <cause>", "not FCrDNS"
		{r("421 4.4.2 Socket disconnected: no simultaneous connections allowed from your IP"), OutcomeDeferred, CategoryRateLimited},                 // s45-05: 'no X allowed' is a limit of one connection: a rate, not a denial
		{r("421 4.4.2 Socket disconnected: no concurrent connections permitted, wait and retry"), OutcomeDeferred, CategoryRateLimited},              // s45-06: 'no concurrent connections permitted': the connection limit is the cause
		{r("498 Client error: socket disconnection (server accepts no concurrent connections)"), OutcomeDeferred, CategoryRateLimited},               // s45-07: 'accepts no concurrent connections': the server's concurrency limit
		{r("550 5.7.1 Banned sender pattern: no infected attachments accepted"), OutcomeBounced, CategorySpamContent},                                // s45-09: 'no infected attachments accepted': the virus verdict stated as a rule
		{r("550 5.7.1 Please disclose at least one recipient; the recipient has no storage quota left"), OutcomeBounced, CategoryMailboxFull},        // s45-10: 'no storage quota left' = the quota is used up
		{r("440 Error: wrong recipient (no mailbox quota remaining)"), OutcomeDeferred, CategoryMailboxFull},                                         // s45-11: 'no mailbox quota remaining' = full; 4xx deferred
		{r("550 5.7.1 Sender denied: your domain has no reputation yet"), OutcomeBounced, CategoryBlocklisted},                                       // s45-12: a new domain refused for lacking reputation: a reputation block
		{r("451 4.7.1 Sender denied: no greylisting record yet, try again in 5 minutes"), OutcomeDeferred, CategoryGreylisted},                       // s45-14: 'no greylisting record yet' is how greylisting defers a first contact
		{r("550 5.7.1 Banned sender pattern: sender not authorized or rate limit exceeded"), OutcomeBounced, CategoryRateLimited},                    // s45-25: 'not authorized or rate limit exceeded': the rate limit is asserted
		{r("550 5.7.1 Banned sender pattern: host not FCrDNS (forward-confirmed reverse DNS failed)"), OutcomeBounced, CategoryAuthenticationFailed}, // s45-30: 'not FCrDNS' names the failed check
		{r("550 5.7.1 Please disclose at least one recipient: address not found or mailbox full"), OutcomeBounced, CategoryMailboxFull},              // s45-79: reason list: 'not found or mailbox full'
		{r("440 Error: wrong recipient: user not found or over quota"), OutcomeDeferred, CategoryMailboxFull},                                        // s45-80: reason list with the narrow rule's own cause first; the quota is a reason (ambiguous with user_unknown)
		{r("550 5.7.1 Date in the future, please check your clock; message not scanned or infected"), OutcomeBounced, CategorySpamContent},           // s45-82: reason list: 'not scanned or infected' (infected asserted)
		{r("451 Transient ban present for 192.0.2.7: no greylist triplet yet, retry in 10 minutes"), OutcomeDeferred, CategoryGreylisted},            // s45-89: greylisting's first contact ('no greylist triplet yet') beside the ban rule (ambiguous with the ban)
		// fixes of c0abd2d: a denied cause names none
		{r("550 5.7.1 Date in the future, please check your clock (this isn’t greylisting)"), OutcomeBounced, CategorySyntaxError},                     // s45-51: curly apostrophe
		{r("550 5.7.1 Please disclose at least one recipient (the message is not over quota, nor too large)"), OutcomeBounced, CategoryPolicyRejected}, // s45-57: 'nor too large' + 'not over quota'
		{r("550 5.7.1 Date in the future, please check your clock; mittente non in blacklist"), OutcomeBounced, CategorySyntaxError},                   // s45-61: Italian 'non in blacklist': 'non' + 'in'
		{r("550 5.7.1 Date in the future, please check your clock (this is not a virus)"), OutcomeBounced, CategorySyntaxError},                        // s45-72: the commit's own case
		{r("550 5.7.1 Sensitive words found (never a greylisting delay)"), OutcomeBounced, CategorySpamContent},                                        // s45-92: narrow spam rule, greylisting denied
	})
}
