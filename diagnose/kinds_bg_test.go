package diagnose

import "testing"

// The kinds the twenty-sixth session found in probe BG (written by a
// helper who read neither the rules nor the model, from bounce parsers'
// test fixtures), each with phrasings other than the probe's.

// A provider's report that the message could not be sent (Russian,
// Japanese and Chinese portals' and filters' notices) is final: the
// report's verdict decides the outcome, whatever code the quoted reply
// carries.
func TestKindLocalizedCouldNotBeSent(t *testing.T) {
	runKinds(t, "localized could not be sent", []kindCase{
		{r("Ваше сообщение не может быть отправлено адресату ivan@example.ru.\n<ivan@example.ru>: connect to mx.example.ru[192.0.2.9]:25: Connection refused"), OutcomeBounced, CategoryConnectionFailed},
		{r("К сожалению, письмо не может быть\nотправлено. Причина: 452 4.2.2 Mailbox full"), OutcomeBounced, CategoryMailboxFull},
		{r("下記の宛先へのメールは送信できませんでした。\nサーバーの応答: 421 4.7.0 Try again later, closing connection"), OutcomeBounced, CategoryServerError},
		{r("以下のアドレスへの配送に失敗しました。\nhanako@example.jp\n451 4.3.0 Temporary server error"), OutcomeBounced, CategoryServerError},
		{r("您的邮件无法送达以下地址: li@example.cn\n原因: 450 4.2.2 mailbox over quota"), OutcomeBounced, CategoryMailboxFull},
		// counter-case: a notice that the sending goes on is not final
		{r("メールの送信が遅れています。引き続き送信を試みます。 421 4.4.2 connection timed out"), OutcomeDeferred, CategoryConnectionFailed},
	})
}

// A recipient's own preferences (a social network's or a provider's
// per-user setting) refusing the sender are a policy of the receiving
// side, whatever address code or reputation link the reply carries.
func TestKindRecipientPreferences(t *testing.T) {
	runKinds(t, "recipient preferences", []kindCase{
		{r("550 5.1.1 Refused due to the recipient's preferences"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 Message refused: recipient preferences do not allow mail from this sender, see https://postmaster.example.net/codes?ip=192.0.2.7"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 The recipient's mail settings do not accept messages from you"), OutcomeBounced, CategoryPolicyRejected},
		// counter-case: an address that does not exist stays unknown
		{r("550 5.1.1 The email account that you tried to reach does not exist"), OutcomeBounced, CategoryUserUnknown},
	})
}

// A provider's template in another script before the English cause, with
// no reply code to start the cause at: the model reads from the English
// words, as it does from a quoted code, and does not overrule the rules'
// reading of them because of the template's words.
func TestKindOtherScriptPrefaceWithoutCode(t *testing.T) {
	runKinds(t, "other-script preface without a code", []kindCase{
		{r("Это письмо создано автоматически почтовой системой. К сожалению, письмо не может быть доставлено, потому что:\nRecipient address rejected: user does not exist here"), OutcomeBounced, CategoryUserUnknown},
		{r("このメールはシステムから自動送信されています。配送できませんでした。\nThe recipient's mailbox is full and cannot accept messages now"), OutcomeBounced, CategoryMailboxFull},
		{r("系统退信通知：您的邮件未能送达。\nMessage rejected because it contains a virus: Eicar-Test-Signature"), OutcomeBounced, CategorySpamContent},
		{r("Сообщение не доставлено адресату.\nThe sender's IP is listed on the Spamhaus ZEN blocklist"), OutcomeBounced, CategoryBlocklisted},
	})
}

// The kinds of probe BH (issue threads of projects that send mail): a
// client library's protocol step answered with a reply it did not expect;
// La Poste's number after the
// underscore decides; a deferral, an IP restricted and MX records not
// found, in Chinese.
func TestKindBHKinds(t *testing.T) {
	runKinds(t, "BH kinds", []kindCase{
		{r(`Swift_TransportException: Expected response code 250 but got code "354", with message "354 End data with <CR><LF>.<CR><LF>"`), OutcomeDeferred, CategoryOther},
		{r(`Symfony\Component\Mailer\Exception\UnexpectedResponseException: Expected response code "250" but got code "220", with message "220 mx.example.net ESMTP"`), OutcomeDeferred, CategoryOther},
		{r(`Expected response code "250" but got code "550", with message "550 5.1.1 <bo@example.org>: Recipient address rejected: User unknown"`), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.7.1 Service refusé, votre adresse IP est bloquée. LPN101_103"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Emetteur refusé par la politique du destinataire. LPN104_405"), OutcomeBounced, CategoryPolicyRejected},
		{r("邮件投递被延期，原因：IP地址受对方服务器限制"), OutcomeDeferred, CategoryBlocklisted},
		{r("发信失败：收件人域名的MX记录不存在"), OutcomeBounced, CategoryDomainNotFound},
	})
}
