package diagnose

import "testing"

// TestKindDelugeKinds holds the messages of Deluge's Notifications
// plugin (delugeMessages; batch CW cw-014..022, cw-039..041) in
// languages batch CW did not hold for them: the login refused, the HELO
// refused (both around smtplib's reply tuple, which the rules read, and
// one login refusal without a tuple, which the catalogue reads), and the
// configured server's name that does not resolve, for glibc's, Windows'
// and macOS's socket.gaierror texts in the plugin's error line (the
// README's convention for a client's own server: deferred). Near misses:
// the error line around a refused recipient or a connection refused,
// and a message that goes on. Their phrasings do not train the model
// (kindsUntrained).
func TestKindDelugeKinds(t *testing.T) {
	runKinds(t, "Deluge kinds", []kindCase{
		// 1. the login refused, around a 535 tuple (policy) or a 454 one (the
		// server's), and without a tuple
		{r("Serveren afviste kombinationen af brugernavn/adgangskode: (535, b'5.7.8 Username and Password not accepted. For more information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials a1b2c3d4e5f6-12345678.9 - gsmtp')"), OutcomeBounced, CategoryPolicyRejected},
		{r("El servidor ha refusat la combinació d'usuari i contrasenya: (535, b'Incorrect authentication data')"), OutcomeBounced, CategoryPolicyRejected},
		{r("Poslužitelj nije prihvatio kombinaciju korisničkog imena/lozinke: (535, b'5.7.3 Authentication unsuccessful')"), OutcomeBounced, CategoryPolicyRejected},
		{r("服务器拒绝用户名/密码组合: (535, b'Error: authentication failed')"), OutcomeBounced, CategoryPolicyRejected},
		{r("Server vägrade användarnamn/lösenords-kombination: (454, b'4.7.0 Temporary authentication failure')"), OutcomeDeferred, CategoryServerError},
		{r("Сервер адмовіўся прыняць імя карыстальніка або пароль: authentication failed"), OutcomeBounced, CategoryPolicyRejected},

		// 2. EHLO and HELO refused
		{r("Serveren svarede ikke ordentligt på HELO-hilsen: (501, b'5.5.2 <deluge-box>: Helo command rejected: Invalid name')"), OutcomeBounced, CategorySyntaxError},
		{r("Sunucu, HELO selamlamasına düzgün bir şekilde yanıt vermedi: (550, b'Access denied - Invalid HELO name (See RFC2821 4.1.1.1)')"), OutcomeBounced, CategorySyntaxError},
		{r("Le serveur n'a pas répondu correctement à la commande HELO\u00a0: (501, b'Syntactically invalid HELO argument(s)')"), OutcomeBounced, CategorySyntaxError},
		{r("Сервер няправільна адказаў на прывітанне: (501, b'5.5.2 <deluge_box>: Helo command rejected: Invalid name')"), OutcomeBounced, CategorySyntaxError},

		// 3. the configured server's name does not resolve
		{r("'n Fout het voorgekom tydens die versending van die kennisgewings-e-pos: [Errno -2] Name or service not known"), OutcomeDeferred, CategoryDomainNotFound},
		{r("通知メールの送信中にエラーが発生しました: [Errno -2] Name or service not known"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Une erreur est survenue lors de l'envoi du courriel de notification\u00a0: [Errno -3] Temporary failure in name resolution"), OutcomeDeferred, CategoryDomainNotFound},
		{r("C'è stato un erroe nell'invio dell'email di notificha: [Errno 11001] getaddrinfo failed"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Es trat ein Fehler beim Senden der Benachrichtigungsemail auf: [Errno 8] nodename nor servname provided, or not known"), OutcomeDeferred, CategoryDomainNotFound},
		{r("There was an error sending the notification email: [Errno -5] No address associated with hostname"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Wystąpił błąd podczas wysyłania powiadomienia email: [Errno -2] Name or service not known"), OutcomeDeferred, CategoryDomainNotFound},
		{r("هناك خطأ في إرسال الإشعار للبريد الإلكتروني: [Errno -2] Name or service not known"), OutcomeDeferred, CategoryDomainNotFound},

		// 4. near misses: the line around a reply or another OS error, and a
		// catalogue text that goes on, are read as they stand
		{r("Wystąpił błąd podczas wysyłania powiadomienia email: {'powiadomienia@example.pl': (550, b'5.1.1 <powiadomienia@example.pl>: Recipient address rejected: User unknown in local recipient table')}"), OutcomeBounced, CategoryUserUnknown},
		{r("通知メールの送信中にエラーが発生しました: [Errno 111] Connection refused"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Server refused username/password combination: (535, b'5.7.8 Username and Password not accepted.'); giving up"), OutcomeBounced, CategoryPolicyRejected},
		{r("There was an error sending the notification email: (552, b'5.3.4 Message size exceeds fixed limit', 'deluge@example.com')"), OutcomeBounced, CategoryMessageTooLarge},
	})
}
