package diagnose

import "testing"

// TestReviewS45BNearMisses: probes of review S45B (50 probes by a helper
// that read the changes, not the rules) against 13702b6's deniedAt and
// 6a0c73e's three narrow rules of batch DT, measured against f42bf3d. 13
// of the probes regressed: a check's name after "not" or "nor" that says
// the check failed ("not in DMARC alignment", "not DMARC policy
// compliant", "neither SPF nor DMARC alignment passed", "certificate not
// x509 compliant"; namedCause.checks), the HELO rule's "use a real hostname" as
// advice after Postfix's own verdicts (a name not fully qualified, one
// that does not resolve or has no PTR, a dynamic range), and "quota met"
// of a mailbox (a user's disk quota; X.2.2). The fixes are the probes the
// changes answer right and f42bf3d did not. Their phrasings do not train
// the model (kindsUntrained).
func TestReviewS45BNearMisses(t *testing.T) {
	checkKinds(t, "review S45B near misses", []kindCase{
		// regressions of 13702b6 (deniedAt) and 6a0c73e (batch DT's rules), mended
		{r("550 5.7.1 You spammed us, now you're blocked. Your domain is not in DMARC alignment"), OutcomeBounced, CategoryAuthenticationFailed},                            // s45b-01: not in DMARC alignment states the DMARC check failed, not its absence
		{r("553 5.7.1 Sensitive words detected; sender domain not in DMARC alignment"), OutcomeBounced, CategoryAuthenticationFailed},                                       // s45b-02: same; the named auth cause is the answer the frame yields to
		{r("550 5.7.1 The message is not from a list member (From domain not in DMARC alignment)"), OutcomeBounced, CategoryAuthenticationFailed},                           // s45b-03: same, bracketed
		{r("553 5.7.1 Sensitive words detected; message not DMARC policy compliant"), OutcomeBounced, CategoryAuthenticationFailed},                                         // s45b-05: not compliant with DMARC policy = DMARC failed
		{r("553 5.7.1 Sensitive words detected; neither SPF nor DMARC alignment passed"), OutcomeBounced, CategoryAuthenticationFailed},                                     // s45b-06: neither … nor X passed: X failed; 'nor' here does not deny the cause
		{r("553 5.7.1 Sensitive words detected; client certificate not x509 compliant"), OutcomeBounced, CategoryTLSRequired},                                               // s45b-07: a certificate that is not valid X.509 is a certificate failure
		{r("550 5.7.1 Date in the future, please check your clock; message not in DMARC alignment"), OutcomeBounced, CategoryAuthenticationFailed},                          // s45b-08: DMARC alignment failed
		{r("504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname. Use a real hostname."), OutcomeBounced, CategorySyntaxError},                       // s45b-37: Postfix reject_non_fqdn_helo_hostname: the name's form (the DT control's kind); the advice repeats it
		{r("550 5.7.1 Client host rejected: reverse DNS indicates dynamic IP, please use a real hostname"), OutcomeBounced, CategoryBlocklisted},                            // s45b-38: dynamic-range listing (DN kind); the advice is about rDNS
		{r("450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.7]. Use a real hostname with a PTR record"), OutcomeDeferred, CategoryAuthenticationFailed}, // s45b-39: Postfix reject_unknown_client_hostname: the PTR/FCrDNS check
		{r("450 4.7.1 <mail.example.lan>: Helo command rejected: Host not found. Use a real hostname"), OutcomeDeferred, CategoryAuthenticationFailed},                      // s45b-40: Postfix reject_unknown_helo_hostname: HELO required to resolve (batch X convention)
		{r("452 4.2.2 <jo@example.com>: user disk quota met"), OutcomeDeferred, CategoryMailboxFull},                                                                        // s45b-44: a user's disk quota is a full mailbox
		{r("552 5.2.2 Quota met"), OutcomeBounced, CategoryMailboxFull},                                                                                                     // s45b-45: X.2.2 mailbox full
		// fixes of 13702b6 and 6a0c73e: a denied cause names none; batch DT's kinds
		{r("553 5.7.1 Sensitive words detected; the message is not too large"), OutcomeBounced, CategorySpamContent},                                                                                             // s45b-22: size denied; content verdict stands
		{r("550 5.7.1 The message is not from a list member; the list is not rate limited"), OutcomeBounced, CategoryPolicyRejected},                                                                             // s45b-23: rate denied
		{r("553 5.7.1 Sensitive words detected (never rate limited)"), OutcomeBounced, CategorySpamContent},                                                                                                      // s45b-24: rate denied with 'never'
		{r("498 Client error: socket disconnection (not greylisted)"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                // s45b-25: greylisting denied
		{r("440 Error: wrong recipient (recipient is not over quota)"), OutcomeDeferred, CategoryUserUnknown},                                                                                                    // s45b-26: quota denied; the recipient is wrong
		{r("550 5.7.1 Please disclose at least one recipient (this message is not a virus)"), OutcomeBounced, CategoryPolicyRejected},                                                                            // s45b-27: virus denied
		{r("451 4.7.1 Virus filter failed; please make sure the message is not too large and try again later"), OutcomeDeferred, CategoryServerError},                                                            // s45b-30: the scanner failed; the size is advice (ambiguous)
		{r("554 Reject by behaviour spam at DATA State: spf check failed"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                        // s45b-32: the DT rule's kind
		{r("554 5.7.1 Reject by behavior spam at Rcpt State(Connection IP address:198.51.100.4)ANTISPAM_BAT[01201311R512b]: DKIM check failed for d=example.com"), OutcomeBounced, CategoryAuthenticationFailed}, // s45b-33: the DT rule, DKIM
		{r("450 Transient reject by behaviour spam at MAIL State: SPF check failed (temperror, DNS timeout)"), OutcomeDeferred, CategoryAuthenticationFailed},                                                    // s45b-35: check named failed, transient
		{r("501 5.7.1 <localhost>: Helo command rejected: HELO string 'localhost' not accepted, Use a real hostname/ip"), OutcomeBounced, CategoryPolicyRejected},                                                // s45b-36: the DT rule's kind
		{r("quotas met"), OutcomeDeferred, CategoryRateLimited},                                                                                                                                                  // s45b-42: the DT rule's kind
	})
}
