package diagnose

import "testing"

// TestNegatedCauses: a cause word after a plain English negation ("not
// a", "never", "isn't", "non-") says the cause is absent, so a narrow rule
// does not yield to it nor a catalogue fill name it (deniedAt; newcomer
// review S44 NC12). The controls: a cause named after a clause's end or a
// comma, a "no" or "without" that states a lack ("no storage quota
// available"), a modal's "not" ("must not be too large"), a "no" or "not"
// that is the cause word's own ("no such user", "not permitted to
// relay", "does not pass DMARC"), a mechanism's absence that is its
// failure ("no DMARC policy", "without x509 certificate"), and denials
// the lists already held. The phrasings do not train the model
// (checkKinds).
func TestNegatedCauses(t *testing.T) {
	checkKinds(t, "negated causes", []kindCase{
		// a denied cause: the narrow rule answers
		{r("550 5.7.1 Date in the future, please check your clock (this is not a virus)"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.1 Date in the future, please check your clock (it isn't greylisting)"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.1 Date in the future, please check your clock; you are not rate limited"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.1 Date in the future, please check your clock. This is not a blacklist rejection."), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.1 Date in the future, please check your clock; never a rate limit here"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.1 You spammed us, now you're blocked. This is not a rate limit."), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Your AS is blocked (AS64500). This is a non-virus rejection."), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Please disclose at least one recipient (your message is not too large)"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 The message is not from a list member (not a virus, not a rate limit)"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Sensitive words found; not a greylisting delay"), OutcomeBounced, CategorySpamContent},
		{r("451 4.7.1 Virus filter failed (message not too large), try again later"), OutcomeDeferred, CategoryServerError},
		{r("498 Client error: socket disconnection (not a rate limit)"), OutcomeDeferred, CategoryConnectionFailed},
		{r("440 Error: wrong recipient (never greylisted, not a virus)"), OutcomeDeferred, CategoryUserUnknown},
		// a catalogue text's fill that denies a cause names none (fillNamesCause)
		{r("No se pudo ejecutar: not a rate limit"), OutcomeDeferred, CategoryServerError},
		{r("No se pudo ejecutar: el buzón del destinatario no está lleno (not a virus)"), OutcomeDeferred, CategoryServerError},
		{r("No se pudo ejecutar: not greylisted"), OutcomeDeferred, CategoryServerError},
		// denials that were right before deniedAt: a not phrase, a rule's veto
		{r("554 5.7.1 <192.0.2.7>: Helo command rejected: non RFC compliant HELO identity (not a rate limit)"), OutcomeBounced, CategorySyntaxError},
		{r("553 5.7.1 Sensitive words detected (your IP is not listed on any DNSBL)"), OutcomeBounced, CategorySpamContent},
		{r("451 4.7.1 Please try again later from the same IP address (greylisting, not a rate limit)"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 Virus filter failed; the sender is not blacklisted and not greylisted"), OutcomeDeferred, CategoryServerError},
		// controls: the cause named, in another clause or after the negation's own
		{r("550 5.7.1 Date in the future, please check your clock; virus detected"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Date in the future, please check your clock. Not delivered: virus found"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Date in the future, please check your clock; not a virus but a phishing link"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 You spammed us, now you're blocked. Nothing wrong with the sender: not a block, a virus found."), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 You spammed us, now you're blocked; message not accepted for a virus"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Please disclose at least one recipient: mailbox full"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.7.1 Date in the future, please check your clock. No, the mailbox is full"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.7.1 Date in the future, please check your clock. Message not accepted: over quota"), OutcomeBounced, CategoryMailboxFull},
		{r("554 External command failed: mailbox full"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.7.1 You spammed us, now you're blocked. Rate limit exceeded."), OutcomeBounced, CategoryRateLimited},
		{r("550 5.7.1 You spammed us, now you're blocked. Send no more than 10 messages per hour."), OutcomeBounced, CategoryRateLimited},
		{r("No se pudo ejecutar: rate limit exceeded"), OutcomeBounced, CategoryRateLimited},
		{r("550 5.7.1 Date in the future, please check your clock. Your IP is not whitelisted and is listed on a blacklist."), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Date in the future, please check your clock. Your IP is listed on a blacklist."), OutcomeBounced, CategoryBlocklisted},
		// controls: "no" and "without" state a lack, which is the cause
		// (newcomer review S45's probes against the first version, which
		// read them as denials)
		{r("550 5.7.1 Sender denied: your IP has no reputation with us, try later"), OutcomeBounced, CategoryBlocklisted},
		{r("421 4.7.0 Sender denied: IPs without reputation are limited, try later"), OutcomeDeferred, CategoryBlocklisted},
		{r("452 4.2.2 Wrong recipient: no storage quota available for this mailbox"), OutcomeDeferred, CategoryMailboxFull},
		{r("552 5.2.2 Wrong recipient: no mailbox quota available"), OutcomeBounced, CategoryMailboxFull},
		{r("421 4.7.0 Sender denied: no concurrent connections over 5 from your IP"), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.7.1 Sender denied: no greylist entry found for this triplet"), OutcomeDeferred, CategoryGreylisted},
		{r("550 5.7.1 Sender denied\nDNSWL: no\nDNSBL: yes"), OutcomeBounced, CategoryBlocklisted},
		// controls: a modal's "not" states the server's rule
		{r("552 5.3.4 Sender denied: message must not be too large (max 10 MB)"), OutcomeBounced, CategoryMessageTooLarge},
		{r("550 5.7.1 Sender denied: attachments must not be a macro document"), OutcomeBounced, CategorySpamContent},
		// controls: a "no" or "not" that is the cause word's own
		{r("550 5.7.1 Date in the future, please check your clock; no such user"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 <bob@example.com>: No such user"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.7.1 No relaying"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Date in the future, please check your clock; relaying denied"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 You spammed us, now you're blocked; you are not permitted to relay"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Your AS is blocked (AS64500); the message does not pass DMARC"), OutcomeBounced, CategoryAuthenticationFailed},
		// controls: a mechanism missing is its failure ("no", "without" name it)
		{r("550 5.7.1 You spammed us, now you're blocked; sender domain has no DMARC policy"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.1 You spammed us, now you're blocked; no PTR record for 192.0.2.7"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.1 You spammed us, now you're blocked; client connected without x509 certificate"), OutcomeBounced, CategoryTLSRequired},
		{r("550 5.7.1 You spammed us, now you're blocked; relaying without TLS: TLS required"), OutcomeBounced, CategoryTLSRequired},
		{r("554 5.7.1 Relay denied: connections without TLS are not accepted"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// TestDeniedAt checks deniedAt on the words before a cause word alone.
func TestDeniedAt(t *testing.T) {
	for _, tc := range []struct {
		before, word  string
		missing, want bool
	}{
		{"this is not a ", "virus", false, true},
		{"no ", "greylisting", false, false}, // a lack as often as a denial
		{"no storage ", "quota", false, false},
		{"you were never ", "throttled", false, true},
		{"it isn't ", "greylisting", false, true},
		{"without ", "greylisting", false, false},
		{"must not be ", "too large", false, false}, // a modal's rule
		{"(must not be a ", "virus", false, false},
		{"nor ", "too large", false, true},
		{"mittente non in ", "blacklist", false, true},
		{"a non-", "virus", false, true},
		{"ip not listed on any ", "dnsbl", false, true},
		{"(not a ", "virus", false, true},
		{"(no phishing or ", "virus", false, false},
		{"not found or ", "mailbox full", false, false}, // a list of reasons
		{"no, the ", "mailbox is full", false, false},
		{"not delivered: ", "virus", false, false},
		{"not a block, a ", "virus", false, false},
		{"not accepted for a ", "virus", false, false},
		{"not (a ", "virus", false, false}, // the bracket opens another clause
		{"anon-", "virus", false, false},
		{"", "virus", false, false},
		{"has no ", "dmarc policy", true, false},
		{"without ", "x509", true, false},
		{"a non-", "x509", true, false},
		{"is not ", "tls required", true, true},
	} {
		norm := []byte(tc.before + tc.word)
		if got := deniedAt(norm, len(tc.before), tc.missing); got != tc.want {
			t.Errorf("deniedAt(%q before %q, missing %v) = %v, want %v", tc.before, tc.word, tc.missing, got, tc.want)
		}
	}
}
