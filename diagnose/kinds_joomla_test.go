package diagnose

import "testing"

// TestKindJoomlaKinds holds Joomla's translations of PHPMailer's messages
// (joomlaMessages, joomla/core-translations' PHPMAILER_* strings) in
// languages batch CV did not hold: the AUTH login refused (cv-007..009
// were read as other before the catalogue), the connection to the SMTP
// host alone, with "Failed to connect to server" and smtp_connect_failed
// with PHPMailer's troubleshooting link, the German texts with and
// without their <strong> tags, the local mail system, the message's form
// and the application's faults. Near misses: the frames around a
// server's reply (recipients_failed, data_not_accepted with setError's
// parts), whose reply decides, and the words with a reply after them.
// Their phrasings do not train the model (kindsUntrained).
func TestKindJoomlaKinds(t *testing.T) {
	runKinds(t, "Joomla kinds", []kindCase{
		// 1. PHPMAILER_AUTHENTICATE
		{r("SMTP Error! Could not authenticate."), OutcomeBounced, CategoryPolicyRejected},
		{r("SMTP-Fehler! Authentifizierung <strong>fehlgeschlagen</strong>."), OutcomeBounced, CategoryPolicyRejected},
		{r("SMTP-Fehler! Authentifizierung fehlgeschlagen."), OutcomeBounced, CategoryPolicyRejected},
		{r("¡Error SMTP! No se ha podido autentificar."), OutcomeBounced, CategoryPolicyRejected},
		{r("Błąd uwierzytelniania SMTP."), OutcomeBounced, CategoryPolicyRejected},
		{r("Chyba SMTP! Ověřování selhalo."), OutcomeBounced, CategoryPolicyRejected},
		{r("Erro no SMTP! Não foi possível autenticar."), OutcomeBounced, CategoryPolicyRejected},
		{r("Помилка SMTP! Неможливо пройти автентифікацію."), OutcomeBounced, CategoryPolicyRejected},

		// 2. PHPMAILER_CONNECT_HOST and PHPMAILER_SMTP_CONNECT_FAILED
		{r("SMTP Error! Could not connect to SMTP host. Failed to connect to server"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP fel: Kan inte ansluta till SMTP-värden. Failed to connect to server"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP virhe: SMTP-palvelimeen ei saada yhteyttä. Failed to connect to server"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP 错误! 不能连接到 SMTP 主机."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Connessione SMTP fallita https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP-Verbindung <strong>fehlgeschlagen</strong> https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP-Verbindung fehlgeschlagen https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP 접속 실패"), OutcomeDeferred, CategoryConnectionFailed},

		// 3. the local mail system
		{r("Could not start mail function."), OutcomeDeferred, CategoryServerError},
		{r("Ne peut lancer la fonction mail."), OutcomeDeferred, CategoryServerError},
		{r("Не удалось выполнить: /usr/sbin/sendmail -t -i"), OutcomeDeferred, CategoryServerError},
		{r("Kunne ikke køre: /usr/sbin/sendmail -t -i"), OutcomeDeferred, CategoryServerError},

		// 4. the message's form
		{r("Empty message body"), OutcomeBounced, CategorySyntaxError},
		{r("Cuerpo del mensaje vacío"), OutcomeBounced, CategorySyntaxError},
		{r("Debe proporcionar al menos una dirección de correo electrónico de destinatario."), OutcomeBounced, CategorySyntaxError},

		// 5. the application's faults
		{r("Onbekende codering: 7bitt"), OutcomeBounced, CategoryOther},
		{r("Dateifehler! Die folgende Datei konnte nicht geöffnet werden: /tmp/phpA1b2C3"), OutcomeBounced, CategoryOther},
		{r("Signeringsfel: error:0480006C:PEM routines::no start line"), OutcomeBounced, CategoryOther},
		{r("Tidak dapat menetapkan atau menetap semula pembolehubah: Mailer"), OutcomeBounced, CategoryOther},

		// 6. near misses: the frames around a reply and the words with a
		// reply after them
		{r("SMTP Error! The following recipients failed: jo@example.com: <jo@example.com>: Recipient address rejected: Mailbox is full"), OutcomeBounced, CategoryMailboxFull},
		{r("SMTP Error! Data not accepted. SMTP server error: DATA END command failed Detail: Message size exceeds fixed maximum message size SMTP code: 552 Additional SMTP info: 5.3.4"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Connessione SMTP fallita: 535 5.7.8 Error: authentication failed"), OutcomeBounced, CategoryPolicyRejected},
	})
}
