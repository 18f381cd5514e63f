package diagnose

import (
	"strings"
	"testing"
)

// TestNarrowRulesYield checks the precedence of causes.go: a narrow rule
// (narrowRules) yields to a cause named outright beside its own words,
// and the text goes to a rule that reads that cause, not to an older
// broad rule the narrow rule was put before. Each narrow phrase comes
// from a different batch's rule; none of these pairs was written into a
// rule's own unless list. Controls: the narrow rule alone, a mechanism
// named without a failure (issue 14's kind 2), a receiver's component
// that failed (server_error yields to nothing), a URI list named by a
// content rule, and a rule whose neighbour yields to a cause no rule
// reads as the words put it.
func TestNarrowRulesYield(t *testing.T) {
	checkKinds(t, "narrow rules yield", []kindCase{
		// a block list by name
		{r("550 5.7.1 Your email has a date in the future; your IP is blocked using zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
		{r("553 Invalid sender mailbox name: client listed in bl.spamcop.net"), OutcomeBounced, CategoryBlocklisted},
		// a full mailbox: not the syntax rule's "at least one recipient"
		{r("554 5.7.1 Please disclose at least one recipient: mailbox full"), OutcomeBounced, CategoryMailboxFull},
		{r("550 Number of failed recipients exceeded: mailbox is full"), OutcomeBounced, CategoryMailboxFull},
		// an unknown user
		{r("550 Your domain has been associated with spam: user unknown"), OutcomeBounced, CategoryUserUnknown},
		// a rate
		{r("451 Please obey MX configuration: rate limit exceeded, try later"), OutcomeDeferred, CategoryRateLimited},
		// an authentication check that failed
		{r("553 Invalid sender mailbox name: SPF fail for example.com"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 Banned sender pattern: DMARC policy reject"), OutcomeBounced, CategoryAuthenticationFailed},
		// a relay refused
		{r("550 5.0.0 recipient not provisioned: relay access denied"), OutcomeBounced, CategoryPolicyRejected},
		// a size and a virus
		{r("554 5.6.1 attachments not supported: message too large"), OutcomeBounced, CategoryMessageTooLarge},
		{r("554 5.6.1 attachments not supported: message contains a virus"), OutcomeBounced, CategorySpamContent},
		// greylisting and TLS demanded
		{r("451 Excess connection attempts, greylisted, try again later"), OutcomeDeferred, CategoryGreylisted},
		{r("550 Client host rejected: reverse DNS indicates dynamic IP; must issue a STARTTLS command first"), OutcomeBounced, CategoryTLSRequired},

		// a missing PTR, a connection limit, a full mailbox in German, a
		// DKIM signature that does not verify
		{r("553 Invalid sender mailbox name: no PTR record for 192.0.2.1"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 Banned sender pattern: connection limit exceeded"), OutcomeBounced, CategoryRateLimited},
		{r("550 5.0.0 recipient not provisioned: Postfach voll"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.7.1 Your email has a date in the future; DKIM signature does not verify"), OutcomeBounced, CategoryAuthenticationFailed},

		// controls: the narrow rules alone
		{r("550 Your domain has been associated with spam"), OutcomeBounced, CategoryBlocklisted},
		{r("451 Please obey MX configuration"), OutcomeDeferred, CategoryPolicyRejected},
		{r("550 5.0.0 recipient not provisioned"), OutcomeBounced, CategoryUserUnknown},
		// a mechanism named, not failed
		{r("TLS OK (peer certificate CN=smtp.example.com), server said: 550 5.7.1 Relaying denied"), OutcomeBounced, CategoryPolicyRejected},
		// the receiver's own component failed
		{r("451 4.7.1 Virus filter failed"), OutcomeDeferred, CategoryServerError},
		{r("450 4.7.1 Greylisting database unavailable, please try again later"), OutcomeDeferred, CategoryServerError},
		// a URI list: the content's
		{r("554 5.7.1 Rejected: a link in the message body is listed on an RBL"), OutcomeBounced, CategorySpamContent},
		// a server_error rule's failing component named by a cause's word
		// (newcomer review S44 NC11), and a mailbox's state beside it
		{r("451 4.3.0 Rate limit database did not respond, try again later"), OutcomeDeferred, CategoryServerError},
		{r("451 4.7.1 Cannot validate the message now: mailbox full"), OutcomeDeferred, CategoryMailboxFull},
		// the rule's own cause named too: it does not yield
		{r("Connection limit exceeded: your IP 192.0.2.7 is permanently blacklisted on this server"), OutcomeBounced, CategoryBlocklisted},
		// "domain not found" in a relay refusal is no cause of its own
		{r("554 5.7.1 <user@example.org>: Relay access denied: destination domain not found in relay_domains"), OutcomeBounced, CategoryPolicyRejected},
		// a listing beside a rate filter's name: the listing
		{r("554 Your IP is filtered by rate control: listed on zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
	})
}

// TestNarrowYieldsSpareOwnWords checks that no narrow rule yields on its
// own phrases: each phrase of a narrow rule, alone, hits none of the
// words the rule yields to (narrowYields leaves out the words its
// phrases hold or are held by, and word bounds must not bring one back).
func TestNarrowYieldsSpareOwnWords(t *testing.T) {
	c := New(RulesOnly())
	from := c.tableFrom[narrowTable]
	for i, r := range narrowRules {
		cr := &c.rules[from+i]
		for _, p := range r.any {
			text := strings.ReplaceAll(strings.ReplaceAll(p, " && ", " "), "|", "")
			var sr scanResult
			c.scan(normalize(nil, text, true), &sr)
			if anyMask(&sr.hits, cr.yieldAny) {
				t.Errorf("narrow rule %d (%s) yields on its own phrase %q", i, r.cat, p)
			}
		}
	}
}

// TestNamedCausesSpareServerErrors checks narrowYields' exceptions: a
// server_error rule yields only to a mailbox's or a message's state and
// a relay refused (the other causes' words name its failing component),
// a rule to no cause of its own category, and a content rule to no block
// list.
func TestNamedCausesSpareServerErrors(t *testing.T) {
	for _, tc := range []struct {
		r    rule
		none []string // categories whose causes it must not yield to
	}{
		{rule{cat: CategoryServerError, any: []string{"database unavailable"}}, []string{CategoryGreylisted, CategoryServerError,
			CategoryBlocklisted, CategoryAuthenticationFailed, CategoryDomainNotFound, CategoryRateLimited, CategoryTLSRequired,
			CategorySpamContent}},
		{rule{cat: CategoryRateLimited, any: []string{"excess connections"}}, []string{CategoryRateLimited}},
		{rule{cat: CategorySpamContent, any: []string{"blacklisted keyphrase"}}, []string{CategoryBlocklisted, CategorySpamContent}},
	} {
		ys := narrowYields(tc.r)
		for k, words := range ys {
			for _, cat := range tc.none {
				if namedCauses[k].cat == cat && len(words) > 0 {
					t.Errorf("%s rule %q yields to %s: %q", tc.r.cat, tc.r.any, cat, words)
				}
			}
		}
	}
	// A word of the rule's own phrase is left out of another cause.
	for k, words := range narrowYields(rule{cat: CategorySpamContent, any: []string{"date too old"}, all: [][]string{{"over quota now"}}}) {
		for _, w := range words {
			if w == "over quota" {
				t.Errorf("cause %s keeps %q, which the rule's own group holds", namedCauses[k].cat, w)
			}
		}
	}
}

// TestCatalogFillNamesCause checks that a program's catalogue text with
// a placeholder answers only while its fill names no other cause
// (fillNamesCause): PHPMailer's "Could not execute: %s" is the program's
// own failure, unless what fills it says the mailbox is full.
func TestCatalogFillNamesCause(t *testing.T) {
	checkKinds(t, "catalogue fills that name a cause", []kindCase{
		{r("No se pudo ejecutar: el buzón del destinatario está lleno (mailbox full)"), OutcomeBounced, CategoryMailboxFull},
		{r("Could not execute: /usr/sbin/sendmail: mailbox is full"), OutcomeBounced, CategoryMailboxFull},
		// controls: the fill names nothing, or the text's own cause
		{r("Could not execute: /usr/sbin/sendmail"), OutcomeDeferred, CategoryServerError},
		{r("SMTP Error: Could not connect to SMTP host."), OutcomeDeferred, CategoryConnectionFailed},
	})
}
