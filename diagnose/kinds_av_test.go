package diagnose

import "testing"

// The kinds a blind probe of issue 14's own kinds (probe AV, written by a
// helper who read neither the rules nor the model) found, each with
// phrasings other than the probe's.

// Kind 4: the mailbox subject of an enhanced code says what was refused;
// a bare word of refusal after it says only that something was. X.2.x is
// the mailbox's status (RFC 3463 §3.3).
func TestKindCodeSubjectOverBareWords(t *testing.T) {
	runKinds(t, "code subject", []kindCase{
		{r("550 5.2.0 Rejected"), OutcomeBounced, CategoryMailboxDisabled},
		{r("550 5.2.0 <u@example.com>... Message refused"), OutcomeBounced, CategoryMailboxDisabled},
		{r("554 5.2.0 Denied"), OutcomeBounced, CategoryMailboxDisabled},
		{r("550 5.2.0 not accepted"), OutcomeBounced, CategoryMailboxDisabled},
		// a 4.2.x retry request stays the transient rules' (review S22C-3)
		{r("451 4.2.0 Temporarily refused"), OutcomeDeferred, CategoryPolicyRejected},
		{r("450 4.2.0 Try again later"), OutcomeDeferred, CategoryServerError},
		// words naming whose rule it was keep theirs (review S22C-3)
		{r("550 5.2.0 Message refused: sender blocked"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.2.0 Denied by policy"), OutcomeBounced, CategoryPolicyRejected},
		// what the words name still decides
		{r("550 5.2.0 Mailbox full"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.2.0 Message rejected due to DMARC policy"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("451 4.4.0 DNS lookup failed, try again later"), OutcomeDeferred, CategoryDomainNotFound},
	})
}

// Kind 1 in the NDR languages: Exchange Online's report that the sender
// was not recognized as a valid one (550 5.1.8 "Access denied, bad
// outbound sender", the restricted-users block) is about the sender, in
// every language Microsoft words it in, whatever it says of spam or of
// delivery.
func TestKindNotAValidSenderLocalized(t *testing.T) {
	runKinds(t, "not a valid sender", []kindCase{
		{r("你的邮件无法送达，因为系统认为你不是有效的发件人。请联系电子邮件管理员获取帮助。"), OutcomeBounced, CategoryPolicyRejected},
		{r("您的郵件無法傳遞，因為系統認為您不是有效的寄件者。最常見的原因是您的電子郵件地址被懷疑傳送垃圾郵件。"), OutcomeBounced, CategoryPolicyRejected},
		{r("Ваше сообщение не доставлено: вы не распознаны как допустимый отправитель. Возможно, ваш адрес рассылает спам."), OutcomeBounced, CategoryPolicyRejected},
		{r("Ihre Nachricht konnte nicht zugestellt werden, weil Sie nicht als gültiger Absender erkannt wurden."), OutcomeBounced, CategoryPolicyRejected},
		{r("Votre message n'a pas pu être remis car vous n'avez pas été reconnu comme expéditeur valide."), OutcomeBounced, CategoryPolicyRejected},
		{r("No se pudo entregar el mensaje porque no se le reconoció como remitente válido."), OutcomeBounced, CategoryPolicyRejected},
		{r("Impossibile recapitare il messaggio perché non è stato riconosciuto come mittente valido."), OutcomeBounced, CategoryPolicyRejected},
		{r("Uw bericht kan niet worden bezorgd omdat u niet bent herkend als geldige afzender."), OutcomeBounced, CategoryPolicyRejected},
		{r("Não foi possível entregar a mensagem porque você não foi reconhecido como um remetente válido."), OutcomeBounced, CategoryPolicyRejected},
		{r("有効な送信者として認識されなかったため、メッセージを配信できませんでした。"), OutcomeBounced, CategoryPolicyRejected},
		// a recipient named valid or not is the recipient's
		{r("Der Empfänger ist kein gültiger Empfänger: Benutzer unbekannt"), OutcomeBounced, CategoryUserUnknown},
		// a sender valid by a named check is that check's
		{r("550 Es werden nur E-Mails von Absendern mit gültiger DKIM-Signatur akzeptiert"), OutcomeBounced, CategoryAuthenticationFailed},
	})
}

// Kind 5 at the greeting: a 5xx greeting that names no reason is RFC 5321
// §3.1's refusal of the session ("554 No SMTP service here"), the
// server's rules, not other; Postfix defers and tries the next MX.
func TestKindBareGreetingRefusal(t *testing.T) {
	runKinds(t, "bare greeting", []kindCase{
		{r("host mx.example.se[192.0.2.106] refused to talk to me: 554 mx.example.se"), OutcomeDeferred, CategoryPolicyRejected},
		{r("host mx2.example.org[198.51.100.4] refused to talk to me: 554 mx2.example.org ESMTP"), OutcomeDeferred, CategoryPolicyRejected},
		{r("host mail.example.net[192.0.2.30] refused to talk to me: 554"), OutcomeDeferred, CategoryPolicyRejected},
		{r("host mail.example.net[192.0.2.30] refused to talk to me: 550 mail.example.net"), OutcomeDeferred, CategoryPolicyRejected},
		// a reason named there still decides
		{r("host mail.example.net[192.0.2.30] refused to talk to me: 554 Your IP is listed at zen.spamhaus.org"), OutcomeDeferred, CategoryBlocklisted},
		{r("host mail.example.net[192.0.2.30] refused to talk to me: 421 mail.example.net Service not available, closing channel"), OutcomeDeferred, CategoryServerError},
	})
}
