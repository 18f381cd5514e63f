package diagnose

import "testing"

// TestKindPHPMailerKinds holds PHPMailer's own messages (phpMailerMessages,
// PHPMailer v7.1.1's language files), in languages and forms the sets did
// not hold: the AUTH login refused, the connection to the configured host
// (alone, with SMTP::connect's "Failed to connect to server", and
// smtp_connect_failed with its troubleshooting link), a server without
// SMTPUTF8, a host entry that is not a host name, the local mail system,
// the message's own form, and the application's faults (other). Near
// misses: the same words with a server's reply in them or after them (the
// reply decides), another program's words after a PHPMailer prefix, and
// PHPMailer's frames around a reply (recipients_failed, STARTTLS). Their
// phrasings do not train the model (kindsUntrained): the texts are a
// library's templates.
func TestKindPHPMailerKinds(t *testing.T) {
	runKinds(t, "PHPMailer kinds", []kindCase{
		// 1. authenticate: policy_rejected by the README's SMTP AUTH convention
		{r("SMTP Error: Could not authenticate."), OutcomeBounced, CategoryPolicyRejected},
		{r("Erro de SMTP: Não foi possível autenticar."), OutcomeBounced, CategoryPolicyRejected},
		{r("Ошибка SMTP: не удалось пройти аутентификацию."), OutcomeBounced, CategoryPolicyRejected},
		{r("SMTPエラー: 認証できませんでした。"), OutcomeBounced, CategoryPolicyRejected},
		{r("Lỗi SMTP: Không thể xác thực."), OutcomeBounced, CategoryPolicyRejected},
		{r("SMTP 错误：登录失败。"), OutcomeBounced, CategoryPolicyRejected},

		// 2. connect_host and smtp_connect_failed: connection_failed, deferred
		{r("SMTP-fout: kon niet verbinden met SMTP-host."), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP fel: Kunde inte ansluta till SMTP-server. Failed to connect to server"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP 错误：无法连接到 SMTP 主机。 Failed to connect to server"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP Connect() falló. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP接続に失敗しました。"), OutcomeDeferred, CategoryConnectionFailed},

		// 3. no_smtputf8 in the languages batch BS did not hold
		{r("La servilo ne subtenas SMTPUTF8, kiu estas bezonata por sendi al Unicode-adresoj."), OutcomeBounced, CategorySyntaxError},
		{r("Serveren støtter ikke SMTPUTF8, som er nødvendig for å sende til Unicode-adresser."), OutcomeBounced, CategorySyntaxError},

		// 4. invalid_host and invalid_hostentry (debug output): the README's
		// convention for the client's own server name
		{r("Invalid host: smtp..example.com"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Ungültiger Host: smtp_example.de"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Ongeldige host: smtp.voorbeeld..nl"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Invalid hostentry: "), OutcomeDeferred, CategoryDomainNotFound},

		// 5. the local mail system: mail() and the sendmail binary
		{r("Could not instantiate mail function."), OutcomeDeferred, CategoryServerError},
		{r("Mail-Funktion konnte nicht initialisiert werden."), OutcomeDeferred, CategoryServerError},
		{r("Could not execute: /usr/sbin/sendmail -t -i"), OutcomeDeferred, CategoryServerError},
		{r("Não foi possível executar: /usr/sbin/sendmail -t -i"), OutcomeDeferred, CategoryServerError},

		// 6. the message's own form
		{r("Vous devez fournir au moins une adresse de destinataire."), OutcomeBounced, CategorySyntaxError},
		{r("Aseta vähintään yksi vastaanottajan sähk&ouml;postiosoite."), OutcomeBounced, CategorySyntaxError},
		{r("Aseta vähintään yksi vastaanottajan sähköpostiosoite."), OutcomeBounced, CategorySyntaxError},
		{r("Il corpo del messaggio è vuoto"), OutcomeBounced, CategorySyntaxError},
		{r("Invalid header name or value"), OutcomeBounced, CategorySyntaxError},

		// 7. the application's faults: other (read as an unknown user, a
		// syntax error and a server's error before)
		{r("Unknown encoding: 9bit"), OutcomeBounced, CategoryOther},
		{r("Unbekannte Kodierung: x-uue"), OutcomeBounced, CategoryOther},
		{r("Extension missing: openssl"), OutcomeBounced, CategoryOther},
		{r("Extensão em falta: openssl"), OutcomeBounced, CategoryOther},
		{r("Could not access file: /var/www/html/uploads/invoice 2024.pdf"), OutcomeBounced, CategoryOther},
		{r("Zugriff auf folgende Datei fehlgeschlagen: /var/www/html/images/logo.png"), OutcomeBounced, CategoryOther},
		{r("Signing Error: error:1E08010C:DECODER routines::unsupported"), OutcomeBounced, CategoryOther},
		{r("Cannot set or reset variable: SMTPDebugLevel"), OutcomeBounced, CategoryOther},

		// 8. near misses: a reply in or after the words decides; a fill
		// of several words is not a host or an encoding name; PHPMailer's
		// frames around a reply
		{r("Could not execute: 550 5.7.1 Relay access denied"), OutcomeBounced, CategoryPolicyRejected},
		{r("Erro ao autenticar: 535 5.7.8 Username and Password not accepted"), OutcomeBounced, CategoryPolicyRejected},
		{r("Invalid host: smtp.example.com refused the connection"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Unknown encoding: the message was rejected as spam"), OutcomeBounced, CategorySpamContent},
		{r("SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting SMTP server error: Failed to connect to server SMTP code: 0 Additional SMTP info: php_network_getaddresses: getaddrinfo for smtp.example.com failed: Name or service not known"), OutcomeDeferred, CategoryDomainNotFound},
		{r("SMTP Error: The following recipients failed: bob@example.com: <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table"), OutcomeBounced, CategoryUserUnknown},
		{r("SMTP Error: Could not connect to SMTP host. STARTTLS command failed TLS not available due to local problem"), OutcomeDeferred, CategoryTLSRequired},

		// 9. the examples' frame before ErrorInfo ("Message could not be
		// sent. Mailer Error: …", catalogFrames): the message after it is
		// the catalogue's; a reply or other words after it are read as
		// without the frame
		{r("Mailer Error: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Message could not be sent. Mailer Error: SMTP Error: Could not connect to SMTP host. Failed to connect to server"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Mailer Error: SMTP Error: Could not authenticate."), OutcomeBounced, CategoryPolicyRejected},
		{r("Message could not be sent.Mailer Error: SMTP-Fehler: Authentifizierung fehlgeschlagen."), OutcomeBounced, CategoryPolicyRejected},
		{r("Mailer Error: 550 5.1.1 <bob@example.org>: User unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("Mailer Error: database connection lost"), OutcomeDeferred, CategoryServerError},
	})
}
