package diagnose

import "testing"

// The kinds batches AF and AG revealed (testdata/blind_af.jsonl: infodancer,
// siebenmann/smtpd, nssmtpd, msmtpd, scored once at 928733f, 22/27; and
// testdata/blind_ag.jsonl: Sendmail, Exim, Courier, Apache James, scored
// once at 293a4af, 49/63). Each kind is tested with phrasings other than the
// batches' own; most were written for the test and are in no set. Hosts and
// addresses are made up; each line says where its wording comes from.

// The client's own address or host name that does not resolve is the
// client's reverse DNS (authentication_failed), also under X.1.8 — a code
// registered for the *sender address's* domain — and under a 421 that
// names no host: Sendmail's require_rdns replies (blindag-0024, 0025) were
// read by 4.1.8 as a sender-side policy, nssmtpd's (blindaf-0015) as the
// destination's DNS.
func TestKindClientNameUnresolved(t *testing.T) {
	runKinds(t, "client name unresolved", []kindCase{
		// Sendmail cf/m4/proto.m4 FEATURE(require_rdns).
		{r("451 4.1.8 Client IP address 198.51.100.7 does not resolve"), OutcomeDeferred, CategoryAuthenticationFailed},
		{r("451 4.1.8 Possibly forged hostname for 198.51.100.7"), OutcomeDeferred, CategoryAuthenticationFailed},
		// NaviServer nssmtpd, and the same check as other servers word it (made up).
		{r("421 Service not available, could not resolve the hostname"), OutcomeDeferred, CategoryAuthenticationFailed},
		{r("550 5.7.25 We could not resolve your hostname 198.51.100.9"), OutcomeBounced, CategoryAuthenticationFailed},
		// the sender's domain not resolving stays the sender's side.
		{r("451 4.1.8 Domain of sender address jo@example.org does not resolve"), OutcomeDeferred, CategoryPolicyRejected},
	})
}

// The client's HELO name checked in DNS and not found is the same forward
// identity check under a syntax reply code: Apache James's "501 5.5.4
// Provided EHLO/HELO … can not resolved." (blindag-0054) matched the HELO
// rule but the model read it as the 501's syntax; the rule is settled.
func TestKindHeloUnresolvedUnderSyntaxCode(t *testing.T) {
	runKinds(t, "HELO unresolved under a syntax code", []kindCase{
		// Apache James ResolvableEhloHeloHandler.
		{r("501 5.5.4 Provided EHLO/HELO relay.example.com can not resolved."), OutcomeBounced, CategoryAuthenticationFailed},
		// the same check with other syntax codes (made up).
		{r("501 5.5.2 HELO name mx9.example.net does not resolve"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("504 5.5.2 <box.example.org>: Helo command rejected: Host not found"), OutcomeBounced, CategoryAuthenticationFailed},
		// a HELO with no argument stays syntax.
		{r("501 5.5.4 Domain address required: EHLO"), OutcomeBounced, CategorySyntaxError},
	})
}

// The receiver's STARTTLS unavailable for now is TLS's condition, as RFC
// 3207 §4's "454 TLS not available due to temporary reason" is labelled:
// Exim's "454 TLS currently unavailable" (blindag-0031) was read as a
// server fault.
func TestKindTLSUnavailable(t *testing.T) {
	runKinds(t, "TLS unavailable", []kindCase{
		// Exim smtp_in.c; Sendmail srvrsmtp.c.
		{r("454 TLS currently unavailable"), OutcomeDeferred, CategoryTLSRequired},
		{r("454 4.3.3 TLS currently not available"), OutcomeDeferred, CategoryTLSRequired},
		// made up.
		{r("454 4.7.0 STARTTLS is unavailable at the moment, try later"), OutcomeDeferred, CategoryTLSRequired},
		{r("454 4.7.0 TLS unavailable on this listener"), OutcomeDeferred, CategoryTLSRequired},
	})
}

// A client that retried before a greylist's minimum delay gets the
// greylist's answer again: Apache James's "451 4.4.3 Temporary rejected:
// Reconnect to fast." (blindag-0056) was read by X.4.3 as the
// destination's DNS.
func TestKindGreylistRetriedTooSoon(t *testing.T) {
	runKinds(t, "greylist retried too soon", []kindCase{
		// Apache James AbstractGreylistHandler.
		{r("451 4.4.3 Temporary rejected: Reconnect to fast. Please try again later"), OutcomeDeferred, CategoryGreylisted},
		// made up, as greylisting filters word the same wait.
		{r("450 4.7.1 You retried too soon, please wait a few minutes"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.4.3 Retry too early for triplet 198.51.100.4/ann@example.org/bo@example.net"), OutcomeDeferred, CategoryGreylisted},
		{r("421 Reconnect too fast, come again in 5 minutes"), OutcomeDeferred, CategoryGreylisted},
	})
}

// SMTP AUTH's protocol (testdata/README.md, "SMTP AUTH replies"): a
// mechanism the server does not offer (RFC 4954 §4: 504, 5.5.4), an
// exchange the client aborted, AUTH inside a mail transaction are the
// client's protocol — syntax — whatever X.7 code a server puts on them
// (blindag-0050 "501 5.7.1 Authentication aborted", blindag-0013, R's
// "504 5.7.4 Unrecognized authentication type", blindae-0034); the
// credentials, a mechanism too weak for the server's policy and an
// encryption requirement keep their categories.
func TestKindAuthProtocol(t *testing.T) {
	runKinds(t, "AUTH protocol", []kindCase{
		// Exchange; Sendmail srvrsmtp.c; ZMailer smtpauth.c.
		{r("504 5.7.4 Unrecognized authentication type"), OutcomeBounced, CategorySyntaxError},
		{r("504 5.3.3 AUTH mechanism GSSAPI not available"), OutcomeBounced, CategorySyntaxError},
		{r("504 5.7.1 Hello 198.51.100.3, Only 'AUTH LOGIN' supported."), OutcomeBounced, CategorySyntaxError},
		// made up.
		{r("504 5.7.0 Unsupported authentication mechanism XOAUTH2"), OutcomeBounced, CategorySyntaxError},
		// the exchange aborted: Apache James AuthCmdHandler, Sendmail.
		{r("501 5.7.1 Authentication aborted"), OutcomeBounced, CategorySyntaxError},
		{r("501 5.0.0 AUTH aborted"), OutcomeBounced, CategorySyntaxError},
		// AUTH or STARTTLS inside a transaction: Sendmail, and made up.
		{r("503 5.5.0 AUTH not permitted during a mail transaction"), OutcomeBounced, CategorySyntaxError},
		{r("503 5.7.0 STARTTLS is not allowed in a mail transaction"), OutcomeBounced, CategorySyntaxError},
		// the other group keeps its categories.
		{r("534 5.7.9 Authentication mechanism is too weak"), OutcomeBounced, CategoryPolicyRejected},
		{r("538 5.7.11 Encryption required for requested authentication mechanism"), OutcomeBounced, CategoryTLSRequired},
		{r("535 5.7.8 Authentication credentials invalid"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// A command line longer than RFC 5321 §4.5.3.1.4 allows is the client's
// protocol, whatever 421 4.7.0 and "possible attack" say (Sendmail,
// blindag-0002, read as a rate); a count of the client's syntax or protocol
// errors ending the session is protocol too, as W's "421 4.4.2 Error: too
// many unrecognized commands" is (Exim, blindag-0042).
func TestKindCommandErrors(t *testing.T) {
	runKinds(t, "command errors", []kindCase{
		// Sendmail srvrsmtp.c; Exim smtp_in.c.
		{r("421 4.7.0 mx.example.net Command too long, possible attack EHLO"), OutcomeDeferred, CategorySyntaxError},
		{r("421 mx.example.net: Too many syntax or protocol errors"), OutcomeDeferred, CategorySyntaxError},
		// made up.
		{r("500 5.5.2 Command line too long (max 512)"), OutcomeBounced, CategorySyntaxError},
		{r("421 4.7.0 Too many protocol errors from 198.51.100.8, closing"), OutcomeDeferred, CategorySyntaxError},
		{r("421 Too many syntax errors, bye"), OutcomeDeferred, CategorySyntaxError},
		// a count of bad recipients stays a rate.
		{r("421 4.7.0 mx.example.net Too many bad recipients; closing connection"), OutcomeDeferred, CategoryRateLimited},
	})
}

// Line ends and parse failures are the client's form, whatever 552 or 553
// the server sends with them: Exim's "552 Message header not CRLF
// terminated" (blindag-0037, read by 552 as a size), siebenmann/smtpd's
// "553 Garbled command" and nssmtpd's "553 … Address unrecognized"
// (blindaf-0012, 0019, read by 553 as a policy).
func TestKindUnparsable(t *testing.T) {
	runKinds(t, "unparsable input", []kindCase{
		// Exim receive.c; Apache James.
		{r("552 Message header not CRLF terminated"), OutcomeBounced, CategorySyntaxError},
		{r("500 5.0.0 line delimiter must be CRLF"), OutcomeBounced, CategorySyntaxError},
		// siebenmann/smtpd, nssmtpd.
		{r("553 Garbled command: RCPT TO:<<bo@example.net>"), OutcomeBounced, CategorySyntaxError},
		{r("553 <bo@example..net>... Address unrecognized"), OutcomeBounced, CategorySyntaxError},
		// made up.
		{r("550 5.6.0 Data line not CRLF terminated"), OutcomeBounced, CategorySyntaxError},
		{r("553 5.1.3 Unrecognized address syntax <bo@@example.net>"), OutcomeBounced, CategorySyntaxError},
	})
}

// A mailbox lock not obtained is retried (the lock's holder releases it):
// Exim's code-less "failed to lock mailbox … (fcntl/flock)" (blindag-0063)
// had no rule, the model called it a server fault and the outcome fell to
// bounced.
func TestKindMailboxLock(t *testing.T) {
	runKinds(t, "mailbox lock", []kindCase{
		// Exim transports/appendfile.c.
		{r("failed to lock mailbox /var/mail/bo (fcntl/flock)"), OutcomeDeferred, CategoryServerError},
		// made up, as local delivery agents word it.
		{r("procmail: Lock failure on \"/var/mail/bo.lock\""), OutcomeDeferred, CategoryServerError},
		{r("mail.local: unable to lock mailbox for bo"), OutcomeDeferred, CategoryServerError},
		{r("could not lock mailbox /home/bo/Maildir"), OutcomeDeferred, CategoryServerError},
	})
}

// A content filter's reject that keeps the message for a person to look
// at is a content verdict: Exim's fakereject (blindag-0039) was read as a
// policy.
func TestKindKeptForEvaluation(t *testing.T) {
	runKinds(t, "kept for evaluation", []kindCase{
		// Exim acl.c control=fakereject.
		{r("550-Your message has been rejected but is being kept for evaluation.\n550-If it was a legitimate message, it may still be\n550 delivered to the target recipient(s)."), OutcomeBounced, CategorySpamContent},
		// made up.
		{r("554 5.7.1 Message held for review by the content filter"), OutcomeBounced, CategorySpamContent},
		{r("550 Rejected; a copy was kept for review by our postmaster"), OutcomeBounced, CategorySpamContent},
	})
}

// What is on the list decides: a domain the message contains, checked
// against a URI list, is the content (Apache James's URIRBLHandler,
// blindag-0055, was read by the list's name as a listing of the client);
// a sender domain on the same list stays blocklisted.
func TestKindDomainInMessageListed(t *testing.T) {
	runKinds(t, "domain in the message listed", []kindCase{
		// Apache James URIRBLHandler.
		{r("554 5.7.0 Rejected: message contains domain shop.example listed by multi.uribl.com"), OutcomeBounced, CategorySpamContent},
		// made up.
		{r("550 5.7.1 Your message contains a listed domain (dbl.example.net)"), OutcomeBounced, CategorySpamContent},
		{r("554 Domain in the message body is listed at multi.surbl.org"), OutcomeBounced, CategorySpamContent},
		// the sender's domain on such a list stays a listing.
		{r("554 5.7.1 Sender domain listed on URIBL, message rejected"), OutcomeBounced, CategoryBlocklisted},
	})
}

// The sender address's domain without a usable MX is the sender's side
// (issue 14's kind 1), whatever X.1.7 or 501 carries it: Apache James's
// ValidSenderDomainHandler (blindag-0053) was read as the 501's syntax.
func TestKindSenderDomainWithoutMX(t *testing.T) {
	runKinds(t, "sender domain without MX", []kindCase{
		// Apache James ValidSenderDomainHandler.
		{r("501 5.1.7 sender ann@example.org contains a domain with no valid MX records"), OutcomeBounced, CategoryPolicyRejected},
		// made up.
		{r("550 5.1.8 Sender address domain has no MX record"), OutcomeBounced, CategoryPolicyRejected},
		{r("450 4.1.8 MAIL FROM domain example.org has no MX or A record, try again later"), OutcomeDeferred, CategoryPolicyRejected},
		// the recipient's domain without MX stays the destination's.
		{r("550 5.1.2 Recipient domain example.net has no MX record"), OutcomeBounced, CategoryDomainNotFound},
	})
}

// A recipient the server takes only from a whitelist it is not on is the
// receiver's rule, not an unknown address (msmtpd, blindaf-0024, read as
// user_unknown); a recipient the server knows nothing of, said informally,
// is unknown, whatever RFC 7504's 521 suggests (msmtpd, blindaf-0026, read
// as a domain that takes no mail).
func TestKindRecipientWhitelistAndInformalUnknown(t *testing.T) {
	runKinds(t, "recipient whitelist, informal unknown", []kindCase{
		// vodolaz095/msmtpd plugins.
		{r("521 I'm sorry, but recipient's email address is not in whitelist"), OutcomeBounced, CategoryPolicyRejected},
		{r("521 i have no idea about recipient you want to deliver message to"), OutcomeBounced, CategoryUserUnknown},
		// made up.
		{r("550 5.7.1 Recipient bo@example.net is not whitelisted for external senders"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 Sorry, ann@example.org is not on the whitelist of this gateway"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 Never heard of bo@example.net, sorry"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 We do not know this recipient"), OutcomeBounced, CategoryUserUnknown},
	})
}
