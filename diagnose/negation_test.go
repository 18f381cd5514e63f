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
		// controls: a mechanism's absence is its failure ("no" and "without" deny nothing)
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
		before, word string
		want         bool
	}{
		{"this is not a ", "virus", true},
		{"no ", "greylisting", false}, // a lack as often as a denial
		{"no storage ", "quota", false},
		{"you were never ", "throttled", true},
		{"it isn't ", "greylisting", true},
		{"without ", "greylisting", false},
		{"must not be ", "too large", false}, // a modal's rule
		{"(must not be a ", "virus", false},
		{"nor ", "too large", true},
		{"mittente non in ", "blacklist", true},
		{"a non-", "virus", true},
		{"ip not listed on any ", "dnsbl", true},
		{"(not a ", "virus", true},
		{"(no phishing or ", "virus", false},
		{"not found or ", "mailbox full", false}, // a list of reasons
		{"no, the ", "mailbox is full", false},
		{"not delivered: ", "virus", false},
		{"not a block, a ", "virus", false},
		{"not accepted for a ", "virus", false},
		{"not (a ", "virus", false}, // the bracket opens another clause
		{"anon-", "virus", false},
		{"", "virus", false},
		{"is not ", "tls required", true},
	} {
		norm := []byte(tc.before + tc.word)
		if got := deniedAt(norm, len(tc.before), false); got != tc.want {
			t.Errorf("deniedAt(%q before %q) = %v, want %v", tc.before, tc.word, got, tc.want)
		}
	}
}

// TestNamedInCheckNames checks that a check's name (namedCause.checks)
// after "not" still names its cause, the check failed, where "not"
// denies the cause's other words.
func TestNamedInCheckNames(t *testing.T) {
	words := map[string][]causeWord{}
	for _, nc := range namedCauses {
		words[nc.cat] = append(words[nc.cat], causeWordsOf(nc.words)...)
	}
	for _, tc := range []struct {
		text, cat string
		want      bool
	}{
		{"host not fcrdns", CategoryAuthenticationFailed, true},
		{"from domain not in dmarc alignment", CategoryAuthenticationFailed, true},
		{"message not dmarc policy compliant", CategoryAuthenticationFailed, true},
		{"client certificate not x509 compliant", CategoryTLSRequired, true},
		{"this is not a dmarc fail", CategoryAuthenticationFailed, false},
		{"the message is not a spf fail case", CategoryAuthenticationFailed, false},
		{"tls is not required", CategoryTLSRequired, false},
		{"this is not tls required", CategoryTLSRequired, false},
	} {
		if got := namedIn([]byte(tc.text), words[tc.cat], tc.cat); got != tc.want {
			t.Errorf("namedIn(%q, %s) = %v, want %v", tc.text, tc.cat, got, tc.want)
		}
	}
}
