package diagnose

import "testing"

// TestKindQBittorrentKinds holds qBittorrent's e-mail notification
// errors (qBittorrentMessages; batch CW cw-001..013) in languages and
// with replies batch CW did not hold: the login refused (the reply's
// code read first), a peer that is no SMTP server, EHLO and HELO
// refused with no words, none of the server's AUTH mechanisms supported
// (the server's list one word, or none), the master branch's STARTTLS
// and SMTPS messages, and Qt's "Host not found" in a locale's log line.
// Near misses: a recipient refused, EHLO and HELO refused with the
// server's reason, and a log line that goes on. Their phrasings do not
// train the model (kindsUntrained).
func TestKindQBittorrentKinds(t *testing.T) {
	runKinds(t, "qBittorrent kinds", []kindCase{
		// 1. the login refused
		{r("Chyba e-mailového oznámení: Ověření selhalo, zpráva: 535 5.7.8 Error: authentication failed: authentication failure"), OutcomeBounced, CategoryPolicyRejected},
		{r("Помилка Сповіщення Електронною Поштою: Автентифікація не вдала, повід.: 535 5.7.3 Authentication unsuccessful"), OutcomeBounced, CategoryPolicyRejected},
		{r("E-posta Bildirim Hatası: Kimlik doğrulama başarısız oldu, ileti: 454 4.7.0 Temporary authentication failure"), OutcomeDeferred, CategoryServerError},
		{r("Authentication failed, msg: 535 Incorrect authentication data"), OutcomeBounced, CategoryPolicyRejected},
		{r("電子郵件通知錯誤：驗證失敗，訊息：535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6"), OutcomeBounced, CategoryPolicyRejected},
		{r("E-post-varslingsfeil: Autentisering mislyktes. Melding: 535 5.7.8 Authentication credentials invalid"), OutcomeBounced, CategoryPolicyRejected},

		// 2. the greeting not 2xx: a peer that is no SMTP server, or a reply
		{r("Email Notification Error: Connection failed, unrecognized reply: HTTP/1.1 400 Bad Request"), OutcomeDeferred, CategoryConnectionFailed},
		{r("שגיאת התראת דוא״ל: חיבור נכשל, תשובה בלתי מזוהה: SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Lỗi Thông Báo Email: Kết nối không thành công, trả lời không được công nhận: +OK Dovecot ready."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Връзка неуспешна, неразпознат отговор: * OK [CAPABILITY IMAP4rev1] Dovecot ready."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Email Notification Error: Connection failed, unrecognized reply: 421 4.3.2 Service not available, closing transmission channel"), OutcomeDeferred, CategoryServerError},

		// 3. EHLO and HELO refused, the reply's words empty
		{r("Email Notification Error: Both EHLO and HELO failed, msg: "), OutcomeBounced, CategorySyntaxError},
		{r("Email értesítés hiba: EHLO és az HELO is nem sikerült, üzenet:"), OutcomeBounced, CategorySyntaxError},
		{r("E-mail de Notificação do Erro: Ambos o EHLO e o HELO falharam, mensagem: "), OutcomeBounced, CategorySyntaxError},

		// 4. no AUTH mechanism in common
		{r("Email Notification Error: The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: XOAUTH2|OAUTHBEARER"), OutcomeBounced, CategorySyntaxError},
		{r("Le serveur SMTP ne semble prendre en charge aucun des modes d’authentification que nous prenons en charge [CRAM-MD5|PLAIN|LOGIN], authentification ignorée, sachant qu’elle risque d’échouer… Modes d’authentification du serveur : GSSAPI|NTLM"), OutcomeBounced, CategorySyntaxError},
		{r("SMTP-tjeneren støtter tilsynelatende ikke noen av de følgende autentiseringsmetodene: CRAM-MD5, PLAIN, LOGIN. Unnlater autentisering, men det vil antakelig mislykkes … Tjenerens aut.-metoder: XOAUTH2"), OutcomeBounced, CategorySyntaxError},
		{r("The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: "), OutcomeBounced, CategorySyntaxError},

		// 5. the STARTTLS demand, the SMTPS hint, and the server's name unknown
		{r("Email Notification Error: STARTTLS is required but was not enabled by the server. Unable to send the email."), OutcomeDeferred, CategoryTLSRequired},
		{r("Email Notification Error: Check the email server supports SMTPS (SMTP over SSL) and you are using the correct port"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Błąd powiadomienia e-mail: Host not found"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Errore Notifica Email: Host not found"), OutcomeDeferred, CategoryDomainNotFound},
		{r("이메일 알림 오류: Host not found"), OutcomeDeferred, CategoryDomainNotFound},

		// 6. near misses: the reply or the reason decides, and a line that goes
		// on is read as it stands
		{r("Email Notification Error: <Rcpt to> was rejected by server, msg: 550 5.7.1 <alerts@example.net>: Relay access denied"), OutcomeBounced, CategoryPolicyRejected},
		{r("Email Notification Error: Both EHLO and HELO failed, msg: Too many connections, try again later"), OutcomeDeferred, CategoryRateLimited},
		{r("Email Notification Error: Both EHLO and HELO failed, msg: 5.7.1 <seedbox>: Helo command rejected: Host not found"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("Email Notification Error: Host not found: smtp.example.com; the recipient domain example.org has no MX"), OutcomeBounced, CategoryDomainNotFound},
	})
}
