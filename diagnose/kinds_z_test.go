package diagnose

import "testing"

// The kinds batch Z (testdata/blind_z.jsonl: Alibaba Mail replies, small
// test and relay servers) revealed after it was scored blind, each with
// phrasings other than the batch's own.

// The envelope sender's account and the SMTP AUTH credentials are the
// sender's side whatever the reply code says; a recipient account barred
// from receiving is a disabled mailbox.
func TestKindAccountSide(t *testing.T) {
	runKinds(t, "account side", []kindCase{
		{r("550 MAIL FROM account is not a local account"), OutcomeBounced, CategoryPolicyRejected},
		{r("501 Mailfrom account not permitted on this port"), OutcomeBounced, CategoryPolicyRejected},
		{r("535 Username or password is empty"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 This mailbox is not permitted to receive mail"), OutcomeBounced, CategoryMailboxDisabled},
		{r("550 5.7.1 Recipient is not allowed to receive mail from external senders"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// RFC 5321's generic 552 words under a size code are the message's size;
// "mail box" written apart is still the mailbox; a count of RCPTs is a
// rate.
func TestKindSizeCodeAndSpelling(t *testing.T) {
	runKinds(t, "size code", []kindCase{
		{r("552 5.2.3 Exceeded storage allocation for this message"), OutcomeBounced, CategoryMessageTooLarge},
		{r("552 5.2.2 Requested mail action aborted: exceeded storage allocation"), OutcomeBounced, CategoryMailboxFull},
		{r("452 Mail box full, try later"), OutcomeDeferred, CategoryMailboxFull},
		{r("452 The total of RCPTs exceeds the limit"), OutcomeDeferred, CategoryRateLimited},
	})
}
