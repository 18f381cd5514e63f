package diagnose

import "testing"

// TestKindBNKinds holds the kinds blind probe BN found: Outlook's error
// numbers inside its reports in any language (bn-041 0x800CCC0F, a broken
// connection; bn-055 and bn-063 0x800CCC78, the sender refused, most
// often for want of SMTP authentication), a server that wants a secure
// connection before login (bn-047, QQ Mail), and a temporary failure of a
// host name lookup (bn-045). Their phrasings do not train the model
// (kindsUntrained): the rules that read them are settled, or weak.
func TestKindBNKinds(t *testing.T) {
	runKinds(t, "BN kinds", []kindCase{
		{r("タスク 'アカウント名 - 送信中' はエラー (0x800CCC0F) を報告しました: 'サーバーへの接続が中断されました。'"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Task 'mail.example.org - Sending' reported error (0x800CCC0E) : 'Outlook cannot connect to your outgoing (SMTP) e-mail server.'"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Die Aufgabe \"mail.example.org - Senden\" hat einen Fehler (0x800CCC0F) gemeldet: \"Die Verbindung zum Server wurde unterbrochen.\""), OutcomeDeferred, CategoryConnectionFailed},
		{r("La tâche 'mail.example.org - Envoi' a signalé l'erreur (0x800CCC19) : 'Le délai d'attente de la réponse du serveur est expiré.'"), OutcomeDeferred, CategoryConnectionFailed},

		{r("送信中にエラーが発生しました。サーバーエラー:0x800ccc78 サーバーの応答:認証が必要です"), OutcomeBounced, CategoryPolicyRejected},
		{r("Task 'mail.example.org - Sending' reported error (0x800CCC78) : 'Unable to send the message. Please verify the e-mail address in your account properties. The server responded: 530 5.7.0 Authentication required'"), OutcomeBounced, CategoryPolicyRejected},
		{r("Fehler (0x800CCC78) gemeldet: \"Die Nachricht kann nicht gesendet werden. Überprüfen Sie die E-Mail-Adresse in den Kontoeigenschaften.\""), OutcomeBounced, CategoryPolicyRejected},

		{Input{Code: 530, Response: "530 Login fail. A secure connection is requiered(such as ssl). More information at http://service.mail.qq.com/cgi-bin/help?id=28"}, OutcomeBounced, CategoryTLSRequired},
		{Input{Code: 530, Response: "530 5.7.0 Must issue a STARTTLS command first: a secure connection is required"}, OutcomeBounced, CategoryTLSRequired},
		{Input{Code: 530, Response: "530 The SMTP server requires a secure connection or the client was not authenticated."}, OutcomeBounced, CategoryPolicyRejected},

		{r("RETRY.17 Temporary failure of hostname lookup"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Temporary failure of host name lookup for mx.example.org"), OutcomeDeferred, CategoryDomainNotFound},
	})
}
