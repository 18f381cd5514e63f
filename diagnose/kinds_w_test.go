package diagnose

import "testing"

// The kinds batch W (testdata/blind_w.jsonl: small SMTP servers' reply
// tables, hosters' Exim ACLs) revealed after it was scored blind, each with
// phrasings other than the batch's own.

// Talking out of turn, an HTTP client on the SMTP port and an AUTH reply
// that is not base64 break the dialogue's grammar (RFC 5321 §4.3.1, RFC
// 4954 §4), whatever the reply code's subject says.
func TestKindProtocolOutOfTurn(t *testing.T) {
	runKinds(t, "out of turn", []kindCase{
		{r("421 4.4.2 mail.example.org You talked too soon, goodbye"), OutcomeDeferred, CategorySyntaxError},
		{r("554 5.5.1 SMTP synchronization error"), OutcomeBounced, CategorySyntaxError},
		{r("421 4.5.0 HTTP command received on the SMTP port"), OutcomeDeferred, CategorySyntaxError},
		{r("501 5.5.2 Cannot Base64-decode client response"), OutcomeBounced, CategorySyntaxError},
		{r("535 5.5.2 Invalid base64 encoding in AUTH"), OutcomeBounced, CategorySyntaxError},
	})
}

// A permanent x.5.x reply that ends the session after repeated command
// errors is about the protocol; a 421 after the same count stays a rate.
func TestKindTooManyCommandErrors(t *testing.T) {
	runKinds(t, "command errors", []kindCase{
		{r("500 5.5.1 Too many bad commands, closing connection"), OutcomeBounced, CategorySyntaxError},
		{r("502 5.5.2 Too many unrecognized commands, goodbye"), OutcomeBounced, CategorySyntaxError},
		{r("421 4.7.0 mx.example.net Error: too many errors"), OutcomeDeferred, CategoryRateLimited},
	})
}

// A client naming itself as the receiver is refused by policy, not for
// HELO grammar; a malformed HELO argument stays a syntax error.
func TestKindHeloImpersonation(t *testing.T) {
	runKinds(t, "helo impersonation", []kindCase{
		{r("550 5.7.1 HELO host impersonating mx.example.org"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 Forged HELO: you are not mail.example.com"), OutcomeBounced, CategoryPolicyRejected},
		{r("501 5.5.2 Invalid HELO argument"), OutcomeBounced, CategorySyntaxError},
	})
}

// The size of the data with no recipient named is the message's; a
// folder's or the named recipient's limit is the mailbox's.
func TestKindDataSizeVersusMailbox(t *testing.T) {
	runKinds(t, "data size", []kindCase{
		{r("552 Too much message data"), OutcomeBounced, CategoryMessageTooLarge},
		{r("552 5.3.4 Error: too much mail data, limit is 10485760"), OutcomeBounced, CategoryMessageTooLarge},
		{r("552 Too much mail data box@docomo.ne.jp"), OutcomeBounced, CategoryMailboxFull},
		{r("452 4.2.2 Inbox folder is full"), OutcomeDeferred, CategoryMailboxFull},
		{r("550 Mail folder full for user"), OutcomeBounced, CategoryMailboxFull},
	})
}

// An access table's "Access denied" under 5.7.1 is a policy entry;
// Exchange's directory-based blocking words the same under 5.4.1.
func TestKindAccessTableDenied(t *testing.T) {
	runKinds(t, "access table", []kindCase{
		{r("554 5.7.1 <bob@example.net>: Sender address rejected: Access denied"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 <carol@example.net>: Recipient address rejected: Access denied"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN8NAM11FT003.eop-nam11.prod.protection.outlook.com]"), OutcomeBounced, CategoryUserUnknown},
	})
}

// A person's block at the receiver is a policy, not the mailbox's state;
// the sender's domain on the receiver's own list is a block list.
func TestKindBlockedByAdmins(t *testing.T) {
	runKinds(t, "blocked by admins", []kindCase{
		{r("550 This address has been blocked by the administrator"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Recipient blocked by admin"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 Sender domain is blocked"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Your sending domain is blocked here"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 [CS] Message blocked."), OutcomeBounced, CategorySpamContent},
	})
}
