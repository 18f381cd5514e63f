package diagnose

import "testing"

// TestKindBVKinds holds the kinds batch BV found (session 36, scored
// blind after BU's fixes: 45/55 category, 51/55 outcome): an MTA's own
// texts for its sessions, its spool and the messages it takes (KumoMTA,
// an OpenSMTPD filter, fetchmail's translations, replies qmail relays
// quoted), each with phrasings BV did not hold and near misses. Their
// phrasings do not train the model (kindsUntrained).
func TestKindBVKinds(t *testing.T) {
	runKinds(t, "BV kinds", []kindCase{
		// 1. a session the server closed for the client's idleness (bv-033);
		// an account closed for inactivity stays the recipient's
		{r("421 4.3.2 mx1.example.net idle too long"), OutcomeDeferred, CategoryConnectionFailed},
		{r("421 4.4.2 mx.example.org Error: inactivity timeout, closing connection"), OutcomeDeferred, CategoryConnectionFailed},
		{r("421 Connection idle for too long, closing"), OutcomeDeferred, CategoryConnectionFailed},
		{r("421 4.4.2 Inactivity timeout exceeded, closing transmission channel"), OutcomeDeferred, CategoryConnectionFailed},
		{r("451 4.4.2 Timeout waiting for client input"), OutcomeDeferred, CategoryConnectionFailed},
		{r("550 5.2.1 Account closed due to inactivity"), OutcomeBounced, CategoryMailboxDisabled},

		// 2. the MTA's own spool that takes no writes (bv-008, bv-047)
		{r("451 4.4.4 KumoMTA internal: delivery suspended: spool unhealthy: the spool is not accepting writes"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 spool unhealthy, try again later"), OutcomeDeferred, CategoryServerError},
		{r("421 4.3.2 mx1.example.net the spool is not accepting writes. Try later"), OutcomeDeferred, CategoryServerError},
		{r("550 5.2.1 Mailbox suspended"), OutcomeBounced, CategoryMailboxDisabled},

		// 3. a message without a valid header block (bv-038); headers too
		// large are its size
		{r("550 Policy violation: No valid headers"), OutcomeBounced, CategorySyntaxError},
		{r("554 5.6.0 Message has no headers"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.6.0 Rejected: missing headers"), OutcomeBounced, CategorySyntaxError},
		{r("554 Invalid headers in message"), OutcomeBounced, CategorySyntaxError},
		{r("552 5.3.4 Headers too large"), OutcomeBounced, CategoryMessageTooLarge},

		// 4. STARTTLS demanded, in fetchmail's translations: the message is
		// kept (bv-019, 050, 055)
		{r("SMTP server requires STARTTLS, keeping message."), OutcomeDeferred, CategoryTLSRequired},
		{r("SMTP サーバは STARTTLS を要求しています、メッセージを保存しました。"), OutcomeDeferred, CategoryTLSRequired},
		{r("Serwer SMTP wymaga STARTTLS, list zachowany."), OutcomeDeferred, CategoryTLSRequired},
		{r("Il server SMTP richiede STARTTLS, il messaggio viene mantenuto."), OutcomeDeferred, CategoryTLSRequired},
		{r("Le serveur SMTP exige STARTTLS, message conservé."), OutcomeDeferred, CategoryTLSRequired},
		{r("SMTP-Server erfordert STARTTLS, Nachricht wird behalten."), OutcomeDeferred, CategoryTLSRequired},
		{r("El servidor SMTP requiere STARTTLS, se conserva el mensaje."), OutcomeDeferred, CategoryTLSRequired},
		{r("O servidor SMTP exige STARTTLS, mensagem mantida."), OutcomeDeferred, CategoryTLSRequired},
		{r("SMTP-сервер требует STARTTLS, сообщение сохранено."), OutcomeDeferred, CategoryTLSRequired},
		{r("SMTP-server vereist STARTTLS, bericht bewaard."), OutcomeDeferred, CategoryTLSRequired},
		{r("SMTP服务器要求STARTTLS，保留邮件。"), OutcomeDeferred, CategoryTLSRequired},

		// 5. an address "not available here" (bv-014); a service not
		// available is the server's
		{r("557 Email address - jo@example.com - is not available here. Disconnecting..."), OutcomeBounced, CategoryUserUnknown},
		{r("550 The address jo@example.org is not available here"), OutcomeBounced, CategoryUserUnknown},
		{r("550 Mailbox jo@example.org not available here"), OutcomeBounced, CategoryUserUnknown},
		{r("421 Service not available here, closing channel"), OutcomeDeferred, CategoryServerError},

		// 6. an unknown user in one word (bv-028)
		{r("554 Hi [192.0.2.1], 5.0.0 unresolvable address: <list-typo@example.org>; nosuchuser; list-typo@example.org"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.0.0 <jo@example.org>... nosuchuser"), OutcomeBounced, CategoryUserUnknown},
		{r("550 recipient rejected: no_such_user"), OutcomeBounced, CategoryUserUnknown},
		{r("550 RCPT TO:<jo@example.org> UnknownUser"), OutcomeBounced, CategoryUserUnknown},
	})
}
