package diagnose

import "testing"

// TestKindGitSendEmailKinds holds git send-email's messages batch CR
// found (cr-024, cr-041: one missed before), from the catalogue
// (gitSendEmailMessages), in languages batch CR did not hold, with and
// without the VALUES and Perl's location that follow, an unset
// encryption, and its "STARTTLS failed!" and "Server does not support
// STARTTLS!" alone. Near misses: "STARTTLS failed!" with the TLS
// library's error after it, read by the rules (cr-023's certificate
// failure is the TLS demand's by the sets' convention), and a message
// that goes on with a server's reply. Their phrasings do
// not train the model (kindsUntrained): a program's templates.
func TestKindGitSendEmailKinds(t *testing.T) {
	runKinds(t, "git send-email kinds", []kindCase{
		// 1. Net::SMTP->new returned nothing: no connection or no greeting
		{r("Unable to initialize SMTP properly. Check config and use --smtp-debug. VALUES: server=smtp.example.com encryption=tls hello=laptop.example.com port=587 at /usr/lib/git-core/git-send-email line 1821."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Unable to initialize SMTP properly. Check config and use --smtp-debug. VALUES: server=smtp.example.com encryption= hello=laptop.example.com port=25 at /usr/libexec/git-core/git-send-email line 1821."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Konnte SMTP nicht korrekt initialisieren. Bitte prüfen Sie Ihre Konfiguration\nund benutzen Sie --smtp-debug. VALUES: server=smtp.example.de encryption=ssl hello=dev.example.de port=465 at /usr/lib/git-core/git-send-email line 1821."), OutcomeDeferred, CategoryConnectionFailed},
		{r("No es posible inicializar SMTP adecuadamente. Verificar config y usar --smtp-debug. VALUES: server=smtp.example.es encryption=tls hello=pc.example.es port=587"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Не вдалося правильно ініціалізувати SMTP. Перевірте конфігурацію і скористайтесь --smtp-debug."), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP를 제대로 초기화할 수 없습니다. 설정을 확인하고 --smtp-debug 옵션을 사용하십시오. VALUES: server=smtp.example.kr encryption=ssl hello=dev.example.kr port=465 at /usr/lib/git-core/git-send-email line 1821."), OutcomeDeferred, CategoryConnectionFailed},

		// 2. the TLS handshake after STARTTLS failed, the words alone
		{r("STARTTLS failed!"), OutcomeDeferred, CategoryConnectionFailed},
		{r("STARTTLS fehlgeschlagen!"), OutcomeDeferred, CategoryConnectionFailed},
		{r("¡Falló STARTTLS!"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Το STARTTLS απέτυχε!"), OutcomeDeferred, CategoryConnectionFailed},
		{r("STARTTLS 失败！"), OutcomeDeferred, CategoryConnectionFailed},
		{r("STARTTLS misslyckades!"), OutcomeDeferred, CategoryConnectionFailed},

		// 3. the server's answer to STARTTLS alone: the words without it
		{r("Server does not support STARTTLS!"), OutcomeDeferred, CategoryTLSRequired},
		{r("Serwer nie wspiera STARTTLS!"), OutcomeDeferred, CategoryTLSRequired},
		{r("Servern stöder inte STARTTLS!"), OutcomeDeferred, CategoryTLSRequired},

		// 4. near misses: with IO::Socket::SSL's error after "STARTTLS
		// failed!" the error is read by the rules (a certificate that does
		// not verify is the TLS demand's, a protocol mismatch the
		// connection's); a message that goes on with a server's reply is
		// the reply's
		{r("STARTTLS failed! SSL connect attempt failed error:0A000086:SSL routines::certificate verify failed at /usr/lib/git-core/git-send-email line 1812."), OutcomeDeferred, CategoryTLSRequired},
		{r("STARTTLS 失败！SSL connect attempt failed error:0A000086:SSL routines::certificate verify failed at /usr/lib/git-core/git-send-email line 1812."), OutcomeDeferred, CategoryTLSRequired},
		{r("STARTTLS fehlgeschlagen! SSL connect attempt failed error:0A00010B:SSL routines::wrong version number at /usr/lib/git-core/git-send-email line 1812."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Unable to initialize SMTP properly. Check config and use --smtp-debug. 535 5.7.8 Error: authentication failed"), OutcomeBounced, CategoryPolicyRejected},
		{r("STARTTLS failed! 554 5.7.1 <bob@example.com>: Relay access denied"), OutcomeBounced, CategoryPolicyRejected},
	})
}
