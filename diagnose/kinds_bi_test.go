package diagnose

import "testing"

// TestKindBIKinds holds the kinds blind probes BI and BJ found (helper-140:
// admins' pages, wikis and forums; helper-141: gateways' and business mail
// services' NDR pages), each with phrasings the probes did not give.
func TestKindBIKinds(t *testing.T) {
	runKinds(t, "BI kinds", []kindCase{
		// Postfix's report of a destination it marked dead, opened by the
		// recipient as bounce(8) and the delay notice write it, is a
		// deferral whatever the reply it quotes (bi-038).
		{Input{Code: 554, Response: "<user@example.net>: delivery temporarily suspended: connect to\nmx2.example.net[192.0.2.116]:\nserver refused to talk to me: 554\nmx2.example.net Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry."}, OutcomeDeferred, CategoryAuthenticationFailed},
		{Input{Code: 554, Response: "<bo@example.org> (expanded from <sales@example.com>): delivery temporarily suspended: host mx.example.org[198.51.100.3] refused to talk to me: 554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org"}, OutcomeDeferred, CategoryBlocklisted},
		{Input{Code: 550, Response: "delivery temporarily suspended: host mx.example.net[192.0.2.7] said: 550 5.7.1 Too many connections from your IP, slow down"}, OutcomeDeferred, CategoryRateLimited},
		{Input{Code: 421, Response: "<al@example.com>: delivery temporarily suspended: connect to mx.example.com[192.0.2.1]:25: Connection timed out"}, OutcomeDeferred, CategoryConnectionFailed},
		// Gmail's "unusual rate of unsolicited mail" with the IP's mail
		// "blocked" is a reputation block; with "rate limited", or its
		// documented x.7.28 code, a rate (bi-031).
		{Input{Code: 550, Response: "550-5.7.1 [192.0.2.5] Our system has detected an unusual rate\n550-5.7.1 of unsolicited mail originating from your IP address. To protect our\n550-5.7.1 users from spam, mail sent from your IP address has been blocked.\n550 5.7.1 Please review our Bulk Email Senders Guidelines. a1si2 - gsmtp"}, OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Our system has detected an unusual amount of unsolicited mail originating from your IP address; mail from it has been blocked."), OutcomeBounced, CategoryBlocklisted},
		{r("421-4.7.0 [192.0.2.5] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited."), OutcomeDeferred, CategoryRateLimited},
		{r("550-5.7.28 [192.0.2.5] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked."), OutcomeBounced, CategoryRateLimited},
		// A destination unreachable "for too long" is the queue giving
		// up (Postini's psmtp, bi-063).
		{Input{Code: 550, Response: "550 MX records inaccessible for too long for domain:example.com - psmtp"}, OutcomeBounced, CategoryExpired},
		{r("Host mx.example.org unreachable for too long, message returned"), OutcomeBounced, CategoryExpired},
		{r("The destination server example.net has been unavailable for too long; delivery abandoned."), OutcomeBounced, CategoryExpired},
		// Exchange's categorizer deferring a message is the server's own
		// transient condition, in Russian too (bi-055).
		{r("Сообщение отложено агентом классификатора."), OutcomeDeferred, CategoryServerError},
		{r("Message deferred by categorizer agent."), OutcomeDeferred, CategoryServerError},
		{r("432 4.3.2 STOREDRV.Deliver; Message deferred by categorizer agent"), OutcomeDeferred, CategoryServerError},
		// An address Exchange could only encapsulate (IMCEAINVALID) is a
		// malformed address, not an unknown one (bi-058).
		{Input{Code: 550, Response: "Remote Server returned '550 5.1.0 RESOLVER.ADR.InvalidInSmtp; encapsulated INVALID address inside an SMTP address (IMCEAINVALID-)'"}, OutcomeBounced, CategorySyntaxError},
		{r("550 5.1.0 RESOLVER.ADR.InvalidInSmtp; encapsulated INVALID address inside an SMTP address"), OutcomeBounced, CategorySyntaxError},
		// A log record with an RFC 3463 success status is a delivery
		// (Kerio's mail log, bj-002).
		{Input{Enhanced: "2.0.0", Response: "Sent: Queue-ID: 438dd9ea-00000000, Recipient: <ws@example.com>, Result: delivered, Status: 2.0.0"}, OutcomeDelivered, CategoryDelivered},
		{Input{Enhanced: "2.6.0", Response: "Recipient: <ws@example.com>, Result: delivered, Status: 2.6.0"}, OutcomeDelivered, CategoryDelivered},
		// Exchange's localized NDR texts in Hebrew (bj-013) and the
		// sender's sending quota in Korean (bj-034).
		{Input{Code: 554, Response: "תיבת הדואר של הנמען מלאה ולא ניתן לקבל הודעות כעת. נסה לשלוח את ההודעה מחדש במועד מאוחר יותר או פנה לנמען ישירות."}, OutcomeBounced, CategoryMailboxFull},
		{r("552 5.2.2 תיבת הדואר מלאה"), OutcomeBounced, CategoryMailboxFull},
		{r("보낸 사람의 전송 할당량이 초과되어 메시지를 전송할 수 없습니다."), OutcomeBounced, CategoryRateLimited},
		{r("550 5.2.0 보낸 사람의 전송 할당량이 초과되었습니다"), OutcomeBounced, CategoryRateLimited},
		// Exchange's delay notice names no cause: "400 4.4.7 Message
		// delayed" is other, deferred (bj-069, bj-070); a queue that gave
		// up says so.
		{Input{Code: 400, Response: "Diagnosticeringsoplysninger for administratorer:\nGenererende server: exch01.example.net\na@example.com\nRemote Server returned '400 4.4.7 Message delayed'"}, OutcomeDeferred, CategoryOther},
		{r("Remote Server returned '400 4.4.7 Message delayed'"), OutcomeDeferred, CategoryOther},
		{r("4.4.7 Message delayed; giving up after 48 hours"), OutcomeBounced, CategoryExpired},
	})
}

// TestKindBIForwardingAndNDRReply holds two kinds BI and BJ found after
// the first fixes, when the model was trained again: an address changed
// with no forwarding address (RFC 3463 X.1.6) is an unknown user
// (bj-010), and Exchange Online's NDR "<host> gave this error:" quotes
// the remote's reply, which decides over the template's words around it,
// in Italian too (bi-012).
func TestKindBIForwardingAndNDRReply(t *testing.T) {
	runKinds(t, "BI forwarding and NDR reply", []kindCase{
		{r("l'adresse électronique du destinataire a changé. L'adresse à laquelle ce message a été envoyé n'accepte plus de messages. Aucune adresse de transfert n'a été configurée."), OutcomeBounced, CategoryUserUnknown},
		{r("The recipient's e-mail address has changed. The address this message was sent to no longer accepts messages. No forwarding address has been set."), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.6 Recipient has moved; no forwarding address"), OutcomeBounced, CategoryUserUnknown},
		{r("Die E-Mail-Adresse des Empfängers hat sich geändert. Es wurde keine Weiterleitungsadresse eingerichtet."), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.2.1 The mailbox has been disabled and no longer accepts messages"), OutcomeBounced, CategoryMailboxDisabled},
		{Input{Code: 552, Response: "mail2.example.net ha rifiutato il tuo messaggio ai seguenti indirizzi e-mail:\n\nuser@example.com (user@example.com)\nSi è verificato un problema con la cassetta postale del destinatario. Prova a inviare di nuovo il messaggio. Se il problema persiste, contatta l'amministratore della posta elettronica.\n\nmail2.example.net ha restituito questo errore:\n<user@example.com>: Recipient address rejected: User disabled"}, OutcomeBounced, CategoryMailboxDisabled},
		{Input{Code: 550, Response: "mx.example.org rejected your message to the following email addresses:\n\nbo@example.org\nThe email address you entered couldn't be found.\n\nmx.example.org gave this error:\n<bo@example.org>: Recipient address rejected: Account is suspended"}, OutcomeBounced, CategoryMailboxDisabled},
		{Input{Code: 552, Response: "mx.example.org rejected your message to the following email addresses:\n\nbo@example.org\nThere's a problem with the recipient's mailbox.\n\nmx.example.org gave this error:\n552 5.2.2 <bo@example.org>: Mailbox full"}, OutcomeBounced, CategoryMailboxFull},
	})
}

// TestKindNullMXSettled: a null MX reported in MTAs' words is the domain's
// record, also inside a report in another language (probe BA ba-013,
// read as a full mailbox by a model trained again).
func TestKindNullMXSettled(t *testing.T) {
	runKinds(t, "null MX settled", []kindCase{
		{r("К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:\nneko@example.org\nan MX or SRV record indicated no SMTP service\nРекомендуем Вам проверить корректность указания адресов получателей."), OutcomeBounced, CategoryDomainNotFound},
		{r("Leider konnte Ihre Nachricht nicht zugestellt werden:\nbo@example.net\nan MX or SRV record indicated no SMTP service"), OutcomeBounced, CategoryDomainNotFound},
		{r("556 5.1.10 Recipient address has null MX"), OutcomeBounced, CategoryDomainNotFound},
	})
}

// TestKindBIOutlookReport: Outlook's "one of the recipients was rejected by
// the server" (0x800CCC79) in other languages: its "Server Error: 550"
// field is the template's label, and the server's response decides
// (bi-042, bi-043). Its phrasings do not train the model
// (kindsUntrained): a model trained on them learnt the template's words
// as policy and overruled the quoted reply's cause (review S27A-2).
func TestKindBIOutlookReport(t *testing.T) {
	runKinds(t, "Outlook report in other languages", []kindCase{
		{Input{Code: 550, Response: "A mensagem não pode ser enviada porque um dos destinatários foi rejeitado pelo servidor. O endereço de correio electrónico rejeitado foi '<ana@example.com>'. Assunto: 'Teste', Conta: 'Teste', Servidor: 'smtp.example.com', Protocolo: SMTP, Resposta do Servidor: '550 <ana@example.com>... Reencaminhamento Negado', Porta: 25, Secure (SSL): Não, Erro do Servidor: 550, Número do Error: 0x800CCC79."}, OutcomeBounced, CategoryPolicyRejected},
		{Input{Code: 553, Response: "邮件无法发送,因为其中一个收件人被服务器拒绝。 被拒绝的电子邮件地址为“<bo@example.com>”。 主题“测试”,帐户:“测试”, 服务器:“smtp.example.com”,协议:SMTP,服务器响应:'553 抱歉,该域不在我的允许的 rcpthost (#5.7.1) '列表中,端口:25,安全 (SSL) :否,服务器错误:553,错误编号:0x800CCC79。"}, OutcomeBounced, CategoryPolicyRejected},
		{Input{Code: 550, Response: "No se puede enviar el mensaje porque el servidor rechazó uno de los destinatarios. La dirección de correo electrónico rechazada fue 'jo@example.com'. Asunto 'Prueba', Cuenta: 'Prueba', Servidor: 'smtp.example.com', Protocolo: SMTP, Respuesta del servidor: '550 5.7.1 Unable to relay', Puerto: 25, Seguro (SSL): No, Error del servidor: 550, Número de error: 0x800CCC79"}, OutcomeBounced, CategoryPolicyRejected},
		{Input{Code: 550, Response: "Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server nicht akzeptiert wurde. Die nicht akzeptierte E-Mail-Adresse ist \"jo@example.com\". Betreff \"Test\", Konto: \"Test\", Server: \"smtp.example.com\", Protokoll: SMTP, Serverantwort: \"550 5.1.1 User unknown\", Port: 25, Secure (SSL): Nein, Serverfehler: 550, Fehlernummer: 0x800CCC79"}, OutcomeBounced, CategoryUserUnknown},
	})
}
