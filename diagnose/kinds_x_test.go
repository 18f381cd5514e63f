package diagnose

import "testing"

// The kinds batch X (testdata/blind_x.jsonl: maddy, mox, Stalwart and
// Haraka replies, Alibaba DirectMail codes) revealed after it was scored
// blind, each with phrasings other than the batch's own.

// DNS identity checks of the client's HELO name forward and back are the
// same requirement as FCrDNS (RFC 8601 iprev); resolver failures worded
// without "not found" are still resolver failures.
func TestKindForwardDNSAndResolver(t *testing.T) {
	runKinds(t, "forward dns", []kindCase{
		{r("550 5.7.25 Your HELO name has no forward DNS match"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 Invalid HELO: cannot achieve forward DNS match for mail.example.net"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("451 DNS resolution error for example.org, try again"), OutcomeDeferred, CategoryDomainNotFound},
		{r("550 Could not DNS resolve the recipient domain"), OutcomeBounced, CategoryDomainNotFound},
	})
}

// A null MX (or none) named under a security/policy code is the sender's
// domain (RFC 7505 §4.2, 5.7.27); the recipient's is 556 5.1.10.
func TestKindNullMXSide(t *testing.T) {
	runKinds(t, "null mx side", []kindCase{
		{r("550 5.7.27 Sender domain example.org publishes a null MX"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Your envelope domain has no MX records"), OutcomeBounced, CategoryPolicyRejected},
		{r("556 5.1.10 Recipient domain example.net has null MX"), OutcomeBounced, CategoryDomainNotFound},
	})
}

// Protocol and format limits worded without "syntax": an address that
// cannot be normalised, header fields a submission must not carry, a MIME
// tree beyond the parser's limits, a header's date (not the queue's age).
func TestKindFormatLimits(t *testing.T) {
	runKinds(t, "format limits", []kindCase{
		{r("501 5.1.3 Cannot normalize recipient address"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.6.0 Message must not contain a Return-Path header"), OutcomeBounced, CategorySyntaxError},
		{r("552 5.6.0 Too many MIME parts in message"), OutcomeBounced, CategorySyntaxError},
		{r("550 Date header is too old"), OutcomeBounced, CategorySyntaxError},
		{r("Message is too old, giving up"), OutcomeBounced, CategoryExpired},
	})
}

// What an attachment filter says about an archive or a file type is a
// verdict on content; its size stays a size limit.
func TestKindArchiveFilters(t *testing.T) {
	runKinds(t, "archives", []kindCase{
		{r("554 5.7.1 Password-protected archive not accepted"), OutcomeBounced, CategorySpamContent},
		{r("550 Nested archive too deep, rejected"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Unacceptable attachment type .js"), OutcomeBounced, CategorySpamContent},
		{r("552 5.3.4 Attachment size exceeds the limit"), OutcomeBounced, CategoryMessageTooLarge},
	})
}

// The receiver's own words for a local address or list it does not know
// beat the x.1.2 (destination system) code; the submitter's own address
// rights and a null reverse-path rule are policy; a network I/O failure
// is the connection.
func TestKindOwnAddressAndNetwork(t *testing.T) {
	runKinds(t, "own address", []kindCase{
		{r("550 5.1.2 Address not found"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.2 No such list here"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.2 Host not found"), OutcomeBounced, CategoryDomainNotFound},
		{r("553 5.7.1 You are not allowed to send as this sender"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.23 example.org is not allowed to send mail from 192.0.2.1"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 Empty reverse path accepted for one recipient only"), OutcomeBounced, CategoryPolicyRejected},
		{r("451 4.4.2 Network I/O error while reading reply"), OutcomeDeferred, CategoryConnectionFailed},
		{r("452 Too many RCPTs; the number of rcpts is limited to 50"), OutcomeDeferred, CategoryRateLimited},
	})
}
