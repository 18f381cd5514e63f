package diagnose

import "testing"

// The kinds the twenty-fifth session found in probe BC (written by a
// helper who read neither the rules nor the model), each with phrasings
// other than the probe's.

// A recipient receiving too fast, or a sender over a relay limit, in the
// languages a provider localizes its 4.2.1 help into: a rate, whatever
// the X.2.1 code's registered meaning (mailbox disabled) says. A size or
// a mailbox's storage over its limit is not a rate.
func TestKindLocalizedTooFast(t *testing.T) {
	runKinds(t, "localized too fast", []kindCase{
		{r("450 4.2.1 O destinatário está a receber mensagens muito rápido. Tente novamente mais tarde."), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.2.1 受信者が短時間に大量のメールを受信しています。しばらくしてから再送してください。"), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.2.1 宛先が速いペースでメールを受信しているため、一時的に受け付けできません"), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.2.1 Il destinatario sta ricevendo posta troppo velocemente. Riprova più tardi."), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.7.0 Wysyłasz zbyt szybko, spróbuj ponownie później"), OutcomeDeferred, CategoryRateLimited},
		{r("451 4.7.1 Przekroczono limit wysyłki wiadomości na godzinę"), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.2.1 Mottagaren tar emot e-post för snabbt. Försök igen senare."), OutcomeDeferred, CategoryRateLimited},
		{r("550 5.4.5 Daglig SMTP-relägräns överskriden för kunden"), OutcomeBounced, CategoryRateLimited},
		{r("421 Příliš mnoho spojení z vaší IP adresy"), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.7.0 Çok fazla bağlantı, lütfen daha sonra tekrar deneyin"), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.2.1 收件人接收邮件的速度太快，请稍后重试"), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.7.0 너무 많은 메일을 보냈습니다. 잠시 후 다시 시도하세요"), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.7.0 Слишком быстро отправляете письма, повторите позже"), OutcomeDeferred, CategoryRateLimited},
		// a mailbox's storage or a message's size over its limit is not a rate
		{r("552 5.2.2 Brevlådan är full: lagringsgränsen överskriden"), OutcomeBounced, CategoryMailboxFull},
		{r("552 5.3.4 Rozmiar wiadomości przekracza limit, przekroczono limit rozmiaru"), OutcomeBounced, CategoryMessageTooLarge},
	})
}

// An SMTP AUTH back end failing for now is the receiving server's fault;
// credentials refused are an authentication the sender must fix.
func TestKindTemporaryAuthenticationFailure(t *testing.T) {
	runKinds(t, "temporary authentication failure", []kindCase{
		{r("454 4.7.0 Temporary authentication failure: Connection lost to authentication server"), OutcomeDeferred, CategoryServerError},
		{r("454 4.7.0 Temporary authentication failure"), OutcomeDeferred, CategoryServerError},
		{r("454 4.7.0 Authentication service temporarily unavailable, try again later"), OutcomeDeferred, CategoryServerError},
		{r("535 5.7.8 Error: authentication failed: authentication failure"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// The server rejecting a message for now, in Chinese and Japanese: the
// server's transient state, as Gmail's English "Mail server temporarily
// rejected message" is.
func TestKindServerTemporarilyRejectedCJK(t *testing.T) {
	runKinds(t, "server temporarily rejected cjk", []kindCase{
		{r("451 4.3.0 邮件服务器暂时拒绝了该邮件，请稍后重试"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 郵件伺服器暫時拒絕了這封郵件。"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 メールサーバーがメッセージを一時的に拒否しました。"), OutcomeDeferred, CategoryServerError},
	})
}

// A violation of the receiver's rules, in Polish, Czech and Swedish, is
// its policy, whatever address code carries it.
func TestKindPolicyViolationLocalized(t *testing.T) {
	runKinds(t, "policy violation localized", []kindCase{
		{r("550 5.7.1 Naruszenie zasad bezpieczeństwa, wiadomość odrzucona"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.1.0 Naruszenie polityki serwera"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 Porušení zásad serveru, zpráva odmítnuta"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Policyöverträdelse: meddelandet avvisades"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// Not on the receiver's allow list, in the NDR languages: its policy,
// not a rate, whatever the 421 says about the connection.
func TestKindAllowListLocalized(t *testing.T) {
	runKinds(t, "allow list localized", []kindCase{
		{r("421 4.7.0 Absender nicht auf der Zulassungsliste, Verbindung wird beendet"), OutcomeDeferred, CategoryPolicyRejected},
		{r("550 5.7.1 Ihre IP-Adresse steht nicht auf der Whitelist dieses Servers"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Adresse IP absente de la liste blanche du domaine"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Su IP no está en la lista blanca de este dominio"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 IP non presente nella lista bianca del dominio"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Ваш IP-адрес не находится в белом списке"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 Ihre IP-Adresse steht auf der schwarzen Liste (Spamhaus)"), OutcomeBounced, CategoryBlocklisted},
	})
}
