package diagnose

import "testing"

// TestKindDuplicatiKinds holds Duplicati's message that the first
// recipient's domain has no mail exchanger (duplicatiMessages; batch CW
// cw-023, cw-024 in English and German), alone and in the report
// helper's "Failed to send message: System.IO.IOException: …" line, in
// languages batch CW did not hold for it, with a locale's wrapper around
// the English message (a locale whose file predates the message) and
// the option's name with or without its dashes. Near misses: the
// report helper's line with another exception (the rules read it), the
// retry line in German, and the message followed by a reply. Their
// phrasings do not train the model (kindsUntrained).
func TestKindDuplicatiKinds(t *testing.T) {
	runKinds(t, "Duplicati kinds", []kindCase{
		// 1. FailedToLookupMXServer alone, in Korean, Dutch, Turkish, French and
		// Chinese
		{r("MX 조회를 통해 백업 저장소 메일 서버를 찾을 수 없습니다. --send-mail-url 옵션을 사용하여 사용할 SMTP 서버를 지정합니다."), OutcomeBounced, CategoryDomainNotFound},
		{r("De doel-mailserver kan niet gevonden worden door MX-lookup. Gebruik de optie send-mail-url om aan te geven welke SMTP-server gebruikt moet worden."), OutcomeBounced, CategoryDomainNotFound},
		{r("MX araması ile hedef e-posta sunucusu bulunamadı. Hangi SMTP sunucusunun kullanılacağını belirtmek için lütfen --send-mail-url seçeneğini kullanın."), OutcomeBounced, CategoryDomainNotFound},
		{r("Impossible de trouver le serveur mail de destination avec une recherche MX. Utilisez l'option --send-mail-url pour indiquer quel serveur SMTP utiliser."), OutcomeBounced, CategoryDomainNotFound},
		{r("通过MX查找无法找到目标邮件服务器。请使用选项 --send-mail-url 指定要使用的smtp服务器。"), OutcomeBounced, CategoryDomainNotFound},

		// 2. inside SendMessageFailedError, each locale's wrapper around its own
		// message or the English one
		{r("메시지 전송 실패: System.IO.IOException: MX 조회를 통해 백업 저장소 메일 서버를 찾을 수 없습니다. --send-mail-url 옵션을 사용하여 사용할 SMTP 서버를 지정합니다."), OutcomeBounced, CategoryDomainNotFound},
		{r("Verzenden van bericht mislukt: System.IO.IOException: De doel-mailserver kan niet gevonden worden door MX-lookup. Gebruik de optie send-mail-url om aan te geven welke SMTP-server gebruikt moet worden.\n"), OutcomeBounced, CategoryDomainNotFound},
		{r("Fallo en el envío del mensaje: System.IO.IOException: Unable to find the destination mail server through MX lookup. Please use the option --send-mail-url to specify what SMTP server to use."), OutcomeBounced, CategoryDomainNotFound},
		{r("Не удалось отправить сообщение: System.IO.IOException: Unable to find the destination mail server through MX lookup. Please use the option --send-mail-url to specify what SMTP server to use."), OutcomeBounced, CategoryDomainNotFound},
		{r("İleti gönderilemedi: System.IO.IOException: MX araması ile hedef e-posta sunucusu bulunamadı. Hangi SMTP sunucusunun kullanılacağını belirtmek için lütfen --send-mail-url seçeneğini kullanın."), OutcomeBounced, CategoryDomainNotFound},
		{r("发送消息失败：System.IO.IOException: 通过MX查找无法找到目标邮件服务器。请使用选项 --send-mail-url 指定要使用的smtp服务器。"), OutcomeBounced, CategoryDomainNotFound},

		// 3. near misses: another exception in the same line, the retry line,
		// and the message followed by a reply are read as they stand
		{r("Failed to send message: System.Net.Sockets.SocketException: Connection refused"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Échec de l'envoi du message: MailKit.Net.Smtp.SmtpCommandException: 5.1.1 <rapport@example.fr>: Recipient address rejected: User unknown in virtual mailbox table"), OutcomeBounced, CategoryUserUnknown},
		{r("Fehler beim E-Mail senden mit dem Server: smtp://mx1.example.de., Nachricht: Connection refused, Wiederholen mit smtp://mx2.example.de."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Unable to find the destination mail server through MX lookup. Please use the option --send-mail-url to specify what SMTP server to use. 550 5.1.1 <backup@example.com>: Recipient address rejected: User unknown"), OutcomeBounced, CategoryUserUnknown},
	})
}
