package diagnose

import "testing"

// Issue 14's kinds, members found in the tenth session: a specific code's
// registered meaning against the model's learnt priors, RFC 7505's null MX
// against Exchange's 5.1.10, and the receiver's own queue congestion
// against the sender's rate. Hosts and addresses are made up; each line
// says where its wording or code comes from.

// Kind 4 for the model: a specific registered code (RFC 3463, RFC 7505)
// next to a filler or weak word keeps its meaning; the model replaces it
// only when the words themselves name another cause (Classifier.consult,
// CodeMeaningMargin).
func TestKindCodeMeaningOverFillers(t *testing.T) {
	runKinds(t, "code meaning over fillers", []kindCase{
		// RFC 3463 X.5.3 too many recipients.
		{r("554 5.5.3 error"), OutcomeBounced, CategoryRateLimited},
		{r("554 5.5.3 Error"), OutcomeBounced, CategoryRateLimited},
		{r("554 5.5.3 failed"), OutcomeBounced, CategoryRateLimited},
		{r("554 5.5.3 failure"), OutcomeBounced, CategoryRateLimited},
		{r("554 5.5.3 rejected"), OutcomeBounced, CategoryRateLimited},
		{r("554 5.5.3 denied"), OutcomeBounced, CategoryRateLimited},
		{r("554 5.5.3 not accepted"), OutcomeBounced, CategoryRateLimited},
		{r("554 5.5.3 Transaction failed"), OutcomeBounced, CategoryRateLimited},
		{r("554 5.5.3 sorry"), OutcomeBounced, CategoryRateLimited},
		{r("554 5.5.3 oops"), OutcomeBounced, CategoryRateLimited},
		{r("452 4.5.3 error"), OutcomeDeferred, CategoryRateLimited},
		// RFC 3463 X.1.8 bad sender's system address.
		{r("550 5.1.8 error"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.1.8 failed"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.1.8 no"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.1.8 Transaction failed"), OutcomeBounced, CategoryPolicyRejected},
		// RFC 5248 X.7.13 user account disabled.
		{r("554 5.7.13 rejected"), OutcomeBounced, CategoryMailboxDisabled},
		{r("554 5.7.13 message refused"), OutcomeBounced, CategoryMailboxDisabled},
		{r("554 5.7.13 Error: message rejected"), OutcomeBounced, CategoryMailboxDisabled},
		// Through the MTAs' wrappers.
		{r("host mx.example.org[192.0.2.5] said: 554 5.5.3 error (in reply to RCPT TO command)"), OutcomeBounced, CategoryRateLimited},
		{r("SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 5.1.8 failed"), OutcomeBounced, CategoryPolicyRejected},
	})
	// Words that name another cause still replace the code's meaning
	// (the shipped classifier; the rules alone answer with the code).
	for _, tc := range []kindCase{
		// Gmail reuses 4.2.1 for a recipient's incoming rate (Gmail SMTP error reference).
		{r("450 4.2.1 Recipient is receiving mail at too high a rate"), OutcomeDeferred, CategoryRateLimited},
		// A small MTA's TLS-only notice under X.2.2 (batch Y, blindy-0025).
		{r("451 4.2.2 Server accepts messages only on TLS connection"), OutcomeDeferred, CategoryTLSRequired},
	} {
		if got := testClassifier.Classify(tc.in); got.Category != tc.cat || got.Outcome != tc.outcome {
			t.Errorf("%q: got %s/%s, want %s/%s", tc.in.Response, got.Outcome, got.Category, tc.outcome, tc.cat)
		}
	}
}

// x.1.10 by context: RFC 7505 §4.1 refuses mail to a null-MX domain with
// "556 5.1.10" (RFC 7504 registers 556 "Domain does not accept mail");
// Exchange Online writes "550 5.1.10 RESOLVER.ADR.RecipientNotFound" for a
// recipient it does not know (Microsoft Learn, "Fix NDR error 550 5.1.10").
func TestKindNullMXVersusRecipientNotFound(t *testing.T) {
	runKinds(t, "x.1.10 by context", []kindCase{
		{r("556 5.1.10"), OutcomeBounced, CategoryDomainNotFound},
		{r("556 5.1.10 zork"), OutcomeBounced, CategoryDomainNotFound},
		{r("556 5.1.10 Recipient address has null MX"), OutcomeBounced, CategoryDomainNotFound},
		{r("556 5.1.10 <a@example.org>: Recipient address rejected: Domain example.org does not accept mail (nullMX)"), OutcomeBounced, CategoryDomainNotFound},
		{r("550 5.1.10 <a@example.org>: Recipient address rejected: example.org does not accept mail (nullMX)"), OutcomeBounced, CategoryDomainNotFound},
		{r("smtp;556 5.1.10 recipient domain has null MX"), OutcomeBounced, CategoryDomainNotFound},
		{r("SMTP error from remote mail server after RCPT TO:<a@example.org>: 556 5.1.10 Recipient address rejected"), OutcomeBounced, CategoryDomainNotFound},
		{Input{Code: 556, Enhanced: "5.1.10", Response: "Domain does not accept mail"}, OutcomeBounced, CategoryDomainNotFound},
		{r("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient a@example.org not found by SMTP address lookup"), OutcomeBounced, CategoryUserUnknown},
		{r("556 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.10 RecipientNotFound"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.10 zork"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.10 Recipient not found"), OutcomeBounced, CategoryUserUnknown},
		{r("host example-org.mail.protection.outlook.com[192.0.2.10] said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup (in reply to RCPT TO command)"), OutcomeBounced, CategoryUserUnknown},
	})
}

// Kind 3, the queue: RFC 3463 X.4.5 "Mail system congestion" and a count
// of messages in the receiver's own queue are the server's state
// (server_error), not a limit on the sender's rate — unless the text says
// whose traffic it counts.
func TestKindQueueCongestion(t *testing.T) {
	runKinds(t, "queue congestion", []kindCase{
		{r("452 4.4.5 System congestion, too many messages queued"), OutcomeDeferred, CategoryServerError},
		{r("451 4.4.5 Mail system congestion, please try again later"), OutcomeDeferred, CategoryServerError},
		{r("421 4.4.5 Too many messages in queue, try again later"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Too many messages in the queue"), OutcomeDeferred, CategoryServerError},
		{r("451 4.4.5 Server is congested, too many messages queued, retry later"), OutcomeDeferred, CategoryServerError},
		{r("451 Temporary local problem - mail system is congested"), OutcomeDeferred, CategoryServerError},
		{r("host mx.example.org[192.0.2.4] said: 452 4.4.5 System congestion, too many messages queued (in reply to end of DATA command)"), OutcomeDeferred, CategoryServerError},
		{r("421 4.3.2 Queue is overloaded, come back later"), OutcomeDeferred, CategoryServerError},
		{r("451 4.4.5 Das Mailsystem meldet eine Überlastung des Mailsystems, bitte später erneut versuchen"), OutcomeDeferred, CategoryServerError},
		// Whose traffic is counted decides: the sender's is a rate.
		{r("452 4.4.5 Too many messages queued from your IP, slow down"), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.4.5 Too many messages in queue from your host"), OutcomeDeferred, CategoryRateLimited},
		{r("452 4.4.5 Maximum number of messages per session exceeded."), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.4.5 Too many concurrent SMTP connections, please reduce"), OutcomeDeferred, CategoryRateLimited},
	})
}

// The biggest group of leave-sources-out misses (syntax_error read as
// policy_rejected) has this member: an address without its domain part is
// the parser's verdict (RFC 5321 §4.1.2), whatever refusal code or word
// stands before it; "Sender address rejected" alone stays policy.
func TestKindDomainlessAddress(t *testing.T) {
	runKinds(t, "domain-less address", []kindCase{
		{r("501 5.1.8 Sender domain is not a valid hostname"), OutcomeBounced, CategorySyntaxError},
		{r("553 5.1.8 Sender address has no domain part"), OutcomeBounced, CategorySyntaxError},
		{r("501 5.1.7 <jo>: address has no domain"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.1.3 Recipient address without a domain part"), OutcomeBounced, CategorySyntaxError},
		{r("504 5.5.2 <jo>: Sender address rejected: need fully-qualified address"), OutcomeBounced, CategorySyntaxError},
		{r("501 Syntax: MAIL FROM:<address> - no domain in address"), OutcomeBounced, CategorySyntaxError},
		{r("host mx.example.org[192.0.2.5] said: 553 5.1.8 <jo>: domain part is missing (in reply to MAIL FROM command)"), OutcomeBounced, CategorySyntaxError},
		// Neighbours: the sender's domain refused or unknown is policy.
		{r("553 5.1.8 <jo@example.org>: Sender address rejected: Domain not found"), OutcomeBounced, CategoryPolicyRejected},
		{r("501 5.1.8 Sender address rejected"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// The second group (blocklisted read as policy_rejected) has this member:
// the sender's domain on the receiver's own list is a block listing
// (DESIGN: "sender IP or domain on a blocklist"), also with the domain
// named between noun and verb; an administrator's block is policy (the W
// kind).
func TestKindSenderDomainBlocked(t *testing.T) {
	runKinds(t, "sender domain blocked", []kindCase{
		{r("550 5.7.1 Sender domain example.org is blocked"), OutcomeBounced, CategoryBlocklisted},
		{r("550 Sender domain example.org has been blocked"), OutcomeBounced, CategoryBlocklisted},
		{r("554 5.7.1 The sending domain example.net is blocked"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Sender domain example.org is blacklisted"), OutcomeBounced, CategoryBlocklisted},
		{r("550 Sender domain blocked"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Sender domain example.org is blocked by admin"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 Sender domain blocked by admin"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// Kind 1's neighbour, the resolver: a DNS query that timed out is a
// temporary resolver failure (domain_not_found, deferred, the
// temporary-DNS advice), not a failed SMTP connection — while a connection
// that timed out stays one, also under Exim's "dnslookup" router name.
func TestKindResolverTimeout(t *testing.T) {
	cases := []kindCase{
		{r("451 DNS lookup for example.org timed out"), OutcomeDeferred, CategoryDomainNotFound},
		{r("451 4.4.3 DNS query timed out"), OutcomeDeferred, CategoryDomainNotFound},
		{r("lookup example.org on 127.0.0.11:53: read udp 127.0.0.1:40123->127.0.0.11:53: i/o timeout"), OutcomeDeferred, CategoryDomainNotFound},
		{r("dial tcp: lookup mx.example.org on 192.0.2.53:53: i/o timeout"), OutcomeDeferred, CategoryDomainNotFound},
		{r("451 Temporary DNS failure: timeout resolving example.org"), OutcomeDeferred, CategoryDomainNotFound},
		{r("451 4.4.0 DNS resolution timed out for mx.example.org"), OutcomeDeferred, CategoryDomainNotFound},
		{r("delivery temporarily suspended: DNS lookup for mx.example.org timed out"), OutcomeDeferred, CategoryDomainNotFound},
		{r("R=dnslookup T=remote_smtp defer (110): Connection timed out"), OutcomeDeferred, CategoryConnectionFailed},
		{r("connect to mx.example.org[192.0.2.7]:25: Connection timed out"), OutcomeDeferred, CategoryConnectionFailed},
		{r("dial tcp 192.0.2.7:25: i/o timeout"), OutcomeDeferred, CategoryConnectionFailed},
	}
	runKinds(t, "resolver timeout", cases)
	for _, tc := range cases[:7] {
		if adv := testClassifier.Classify(tc.in).Advice; adv.WhoActs != "sender" {
			t.Errorf("%q: advice for %q, want the sender's (a temporary resolver failure)", tc.in.Response, adv.WhoActs)
		}
	}
}
