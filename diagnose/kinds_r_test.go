package diagnose

import "testing"

// The kinds batch R (testdata/blind_r.jsonl: terse replies of filtering
// proxies and small MTAs — smtpf, spamdyke, qpsmtpd, chasquid,
// go-guerrilla, FTGate, postfwd) revealed, each with phrasings other than
// the batch's own.

// RFC 5321 §4.2.1: 500-504 and 555 say the command or its parameters were
// not understood. A weak word next to them does not make a policy refusal;
// a specific phrase, or an enhanced code with another subject, still
// decides.
func TestKindSyntaxReplyClass(t *testing.T) {
	runKinds(t, "syntax reply", []kindCase{
		{r("504 Refused. Unknown authentication method."), OutcomeBounced, CategorySyntaxError},
		// RFC 4954 §4's 504 for a mechanism the server does not offer, whatever X.7 code it carries
		// (testdata/README.md, "SMTP AUTH replies"; labelled policy until the fourteenth session)
		{r("504 5.7.4 Unrecognized authentication type"), OutcomeBounced, CategorySyntaxError},
		{r("501 Rejected: bad argument"), OutcomeBounced, CategorySyntaxError},
		{r("502 Denied: not supported here"), OutcomeBounced, CategorySyntaxError},
		{r("555 Refused: unsupported MAIL parameter"), OutcomeBounced, CategorySyntaxError},
		// a specific phrase or another subject still decides
		{r("503 5.7.1 Relay not allowed"), OutcomeBounced, CategoryPolicyRejected},
		{r("501 5.7.1 Permission denied"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 Refused."), OutcomeBounced, CategoryPolicyRejected},
	})
}

// The grammar of the dialogue in other words than "syntax": the protocol
// itself, parsing, HELO/EHLO arguments, addresses without a domain, header
// fields out of range, pipelining.
func TestKindProtocolWording(t *testing.T) {
	runKinds(t, "protocol", []kindCase{
		{r("554 You are not following the SMTP protocol"), OutcomeBounced, CategorySyntaxError},
		{r("550 Unable to parse RCPT TO argument"), OutcomeBounced, CategorySyntaxError},
		{r("550 Cannot parse address in MAIL command"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.0 EHLO argument must be a FQDN"), OutcomeBounced, CategorySyntaxError},
		{r("451 4.9.9 gateway.example.net Invalid EHLO"), OutcomeDeferred, CategorySyntaxError},
		{r("554 Improper address: no domain part"), OutcomeBounced, CategorySyntaxError},
		{r("550 Recipient address must contain a domain"), OutcomeBounced, CategorySyntaxError},
		{r("552 Date header is too far in the future"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.5.1 PIPELINING not permitted before greeting"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.1.8 Malformed sender domain"), OutcomeBounced, CategorySyntaxError},
		{r("550 Too many consecutive NOOPs, goodbye"), OutcomeBounced, CategorySyntaxError},
		{r("554 Null recipient not allowed"), OutcomeBounced, CategorySyntaxError},
	})
}

// A count per time window is a rate limit whatever is counted, and the
// Postfix restriction prefix before it ("Sender address rejected:") only
// names the stage.
func TestKindCountPerWindow(t *testing.T) {
	runKinds(t, "window", []kindCase{
		{r("421 4.3.2 client mail.example.net [192.0.2.10] connections 40 exceed 30/60s"), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.7.1 <a@example.com>: Recipient address rejected: only 10 recipients per 10 minutes allowed"), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.7.1 <news@example.org>: Sender address rejected: 250 messages per hour exceeded"), OutcomeDeferred, CategoryRateLimited},
		{r("451 4.7.1 mail.example.net has exceeded 500 messages per 1 day"), OutcomeDeferred, CategoryRateLimited},
		{r("550 5.7.1 bounces 12 for <a@example.com> exceed 10/1m"), OutcomeBounced, CategoryRateLimited},
		{r("451 4.5.1 [192.0.2.10] Max concurrent sessions"), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.4.5 concurrency limit reached, retry later"), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.5.1 Too many errors, you have been temporarily blacklisted"), OutcomeDeferred, CategoryRateLimited},
		// a date or a version is not a window; a sender refusal without a count stays one
		{r("550 5.7.1 <news@example.org>: Sender address rejected: Access denied (2024/05/01)"), OutcomeBounced, CategoryPolicyRejected},
	})
}

func TestCountPerWindow(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"connections 25 exceed 20/60s", true},
		{"only 5 recipients per 5 minutes allowed", true},
		{"100 messages per 1 hour", true},
		{"50 per hour", true},
		{"limit 10/1m reached", true},
		{"3/h", true},
		{"per hour", false},
		{"see 2024/05/01", false},
		{"rfc 2821/5321", false},
		{"v1/2 of the list", false},
		{"retry in 5 minutes", false},
		{"more than 200 messages in a twenty-four hour period", true},
		{"20 messages from any single subnet in a 24-hour period", true},
		{"100 emails within an hour", true},
		{"500 recipients every 24 hours", true},
		{"try again in 5 minutes", false},
		{"not delivered within 5 days", false},
		{"over quota for 3 days", false},
		{"", false},
	} {
		if got := countPerWindow([]byte(c.in)); got != c.want {
			t.Errorf("countPerWindow(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// The receiver's own parts failing — its scanner daemons, internal network,
// message store, address checks, DKIM signer, queue, back end — are server
// errors even when the text names a connection, a size, DKIM or a mailbox.
func TestKindReceiverOwnParts(t *testing.T) {
	runKinds(t, "own parts", []kindCase{
		{r("451 4.4.0 clamd read error: Connection reset by peer (104)"), OutcomeDeferred, CategoryServerError},
		{r("451 4.4.0 savdid write error: Broken pipe (32)"), OutcomeDeferred, CategoryServerError},
		{r("451 4.4.0 unexpected fpscand result: ERROR"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.0 Unable to scan for viruses, try again later"), OutcomeDeferred, CategoryServerError},
		{r("451 4.4.2 Internal network error, try again"), OutcomeDeferred, CategoryServerError},
		{r("451 4.2.2 Mailbox access error, please retry"), OutcomeDeferred, CategoryServerError},
		{r("451 4.4.3 Temporary error while checking recipient"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 DKIM signing failed for example.org"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 Failed to queue message: queue size too big"), OutcomeDeferred, CategoryServerError},
		{r("554 5.3.0 Backend not available"), OutcomeBounced, CategoryServerError},
		// the sender's DKIM failing is still authentication; a real size limit still size
		{r("550 5.7.1 DKIM signature verification failed"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("552 5.3.4 Message too big"), OutcomeBounced, CategoryMessageTooLarge},
	})
}

// TLS that could not be set up is a connection failure; security demanded
// and not met is a TLS requirement.
func TestKindTLSNegotiation(t *testing.T) {
	runKinds(t, "tls", []kindCase{
		{r("550 5.7.5 TLS negotiation failed"), OutcomeBounced, CategoryConnectionFailed},
		{r("421 Cannot establish SSL session"), OutcomeDeferred, CategoryConnectionFailed},
		{r("454 4.7.0 Could not establish TLS session"), OutcomeDeferred, CategoryConnectionFailed},
		{r("550 Command refused due to lack of security"), OutcomeBounced, CategoryTLSRequired},
		{r("550 5.7.3 Security level check failed"), OutcomeBounced, CategoryTLSRequired},
		{r("Security level check failed (level:TLS_SECURE)"), OutcomeDeferred, CategoryTLSRequired},
	})
}

// What is on a list decides: the client, its HELO name or the sender
// domain make a reputation block; a URL, a content checksum or a MIME part
// of the message make a content verdict; a list entry for the recipient
// refuses the recipient.
func TestKindWhatIsListed(t *testing.T) {
	runKinds(t, "listed", []kindCase{
		{r("550 5.7.1 rejected HELO, mail.example.net black listed by dbl.example.net"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.0 mail.example.net [192.0.2.10] black listed by zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 rejected content, http://example.net/x black listed by multi.uribl.com"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 URL in the body is listed on SURBL"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.0 message blocked by Razor"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.0 blocked MIME part (application/x-msdownload)"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 recipient <a@example.com> black listed"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 message rejected, SIQ score 5 too low"), OutcomeBounced, CategoryBlocklisted},
		{r("550 bad karma: -5"), OutcomeBounced, CategoryBlocklisted},
		{r("450 4.7.1 You have exceeded the maximum number of concurrent connections (karma)"), OutcomeDeferred, CategoryRateLimited},
	})
}

// Words about someone other than the recipient: the sender's domain, rules
// on bounces and receipts, SMTP AUTH credentials.
func TestKindSenderAndCredentials(t *testing.T) {
	runKinds(t, "sender", []kindCase{
		{r("553 5.1.8 sender <a@example.org> from example.org has no MX record"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 Null senders are not accepted by this list"), OutcomeBounced, CategoryPolicyRejected},
		{r("552 Bounce messages must have a single recipient"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.3.4 Duplicate message rejected"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 authcvm, invalid username"), OutcomeBounced, CategoryPolicyRejected},
		{r("535 auth_vpopmail - invalid user"), OutcomeBounced, CategoryPolicyRejected},
		{r("535 Wrong username or password"), OutcomeBounced, CategoryPolicyRejected},
		// a recipient that is no valid user stays unknown
		{r("550 ben@example.net is not an active address at this host (invalid username)"), OutcomeBounced, CategoryUserUnknown},
	})
}

// The client's reverse DNS in other words: forward-confirmed rDNS, an IP
// address written into the client's host name.
func TestKindReverseDNS(t *testing.T) {
	runKinds(t, "rdns", []kindCase{
		{r("550 That HELO hostname fails FCrDNS"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.1 Client host fails forward-confirmed reverse DNS"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.1 reject IP in client name 203-0-113-9.pool.example.net [203.0.113.9]"), OutcomeBounced, CategoryAuthenticationFailed},
	})
}

// weakTable must name weakRules: the syntax reply class overrides only the
// rules from there on.
func TestWeakTableIndex(t *testing.T) {
	if len(ruleTables[weakTable]) == 0 || &ruleTables[weakTable][0] != &weakRules[0] {
		t.Fatalf("ruleTables[%d] is not weakRules", weakTable)
	}
}

// Batch S (testdata/blind_s.jsonl, measured after batch R's fixes): a
// greylist's tag as a word of its own, log-in and permission wording for
// SMTP AUTH and submission rights, a mandatory header, and "no recipients"
// as a weak protocol word that yields to the rejection a transcript quotes
// before it.
func TestKindBatchS(t *testing.T) {
	runKinds(t, "batch s", []kindCase{
		{r("450 Temporary rejected: 450 OoBHM Grey"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 Gray: please retry in 5 minutes"), OutcomeDeferred, CategoryGreylisted},
		{r("550 You must log in to send mail from example.org"), OutcomeBounced, CategoryPolicyRejected},
		{r("530 5.7.0 Login required before MAIL"), OutcomeBounced, CategoryPolicyRejected},
		{r("551 <a@example.com> - you do not have permission to send Internet mail"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.2.1 Subject is mandatory"), OutcomeBounced, CategorySyntaxError},
		{r("554 Date header is required"), OutcomeBounced, CategorySyntaxError},
		{r("550 No recipients specified."), OutcomeBounced, CategorySyntaxError},
		{r("550 <a@example.org>: Recipient address rejected: User unknown 503 No recipients specified"), OutcomeBounced, CategoryUserUnknown},
		// "grey" inside another word is no greylisting
		{r("550 5.7.1 Message rejected by greyhound-filter: spam detected"), OutcomeBounced, CategorySpamContent},
	})
}

// Batch T (testdata/blind_t.jsonl, measured after batch S's fixes): a rate
// per second, and a certificate whose name or issuer did not verify, which
// a generic X.7.5 code does not make a policy refusal.
func TestKindBatchT(t *testing.T) {
	runKinds(t, "batch t", []kindCase{
		{r("452 4.4.5 Messages per second limit exceeded"), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.7.0 Too many commands per second"), OutcomeDeferred, CategoryRateLimited},
		{r("4.7.5 [internal] SSL certificate subject does not match host"), OutcomeDeferred, CategoryTLSRequired},
		{r("454 4.7.5 Server certificate not signed by a valid CA"), OutcomeDeferred, CategoryTLSRequired},
		{r("4.7.5 cert common name does not match host name"), OutcomeDeferred, CategoryTLSRequired},
	})
}

// Batch U (testdata/blind_u.jsonl, measured after batch T's fixes): the
// envelope sender's form and signature, recipient entries on a list,
// submission without authentication, protocol order and line length, a
// scanner that could not run, the receiver's onward server.
func TestKindBatchU(t *testing.T) {
	runKinds(t, "batch u", []kindCase{
		{r("550 Invalid reverse path signature"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 BATV check failed"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 We do not accept mail from ourselves (spoofing)"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 This domain does not accept mail from example.org"), OutcomeBounced, CategoryPolicyRejected},
		{r("556 5.1.10 example.com does not accept mail"), OutcomeBounced, CategoryDomainNotFound},
		{r("550 blacklisted recipient: a@example.com"), OutcomeBounced, CategoryPolicyRejected},
		{r("530 Authentication required on the submission port"), OutcomeBounced, CategoryPolicyRejected},
		{r("503 No HELO given"), OutcomeBounced, CategorySyntaxError},
		{r("550 restricted characters in address"), OutcomeBounced, CategorySyntaxError},
		{r("550 Maximum line length is 998 characters"), OutcomeBounced, CategorySyntaxError},
		{r("451 4.3.0 Problem running virus-scanner"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 Could not connect to other SMTP server mx2.example.com"), OutcomeDeferred, CategoryServerError},
		// the sender's own connection refused stays a connection failure
		{r("connect to mx.example.com[192.0.2.7]:25: Connection refused"), OutcomeDeferred, CategoryConnectionFailed},
	})
}

// A 550 whose words name no cause falls back to RFC 5321's "command
// rejected for policy reasons" rather than to other; a named cause, an
// enhanced code or a loop still decides. A 554 ("transaction failed")
// that names no cause is read the same way (probe AW: it was other).
func TestKindRefusalCodeFallback(t *testing.T) {
	runKinds(t, "refusal fallback", []kindCase{
		{r("550 Your mail cannot be processed by this host"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 Go away"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 Go away"), OutcomeBounced, CategoryPolicyRejected}, // a 554 that names no cause reads like 550 (probe AW)
		{r("550 5.1.1 Sorry"), OutcomeBounced, CategoryUserUnknown},
		{r("554 5.4.6 Hop count exceeded - possible mail loop"), OutcomeBounced, CategoryOther},
		{r("551 User not local; please try <a@example.net>"), OutcomeBounced, CategoryUserUnknown},
		{r("552 Requested mail action aborted"), OutcomeBounced, CategoryMailboxFull},
	})
}

// Batch V (testdata/blind_v.jsonl, measured after the 550 fallback): a
// throttling quota is a rate, not a full mailbox.
func TestKindBatchV(t *testing.T) {
	runKinds(t, "batch v", []kindCase{
		{r("554 5.7.1 <a@example.com>: Recipient address rejected: Throttling quota exceeded"), OutcomeBounced, CategoryRateLimited},
		{r("451 4.7.1 Throttling: quota exceeded, try later"), OutcomeDeferred, CategoryRateLimited},
		{r("552 5.2.2 Quota exceeded (mailbox for user is full)"), OutcomeBounced, CategoryMailboxFull},
	})
}
