package diagnose

import "testing"

// The kinds the twenty-fourth session found in probe BA (written by a
// helper who read neither the rules nor the model), each with phrasings
// other than the probe's.

// Kind 4: a reply whose own words and enhanced code agree (a specific
// phrase with the code's registered meaning) is settled, whatever a
// provider's report around it advises: a template's "check the
// recipients' addresses", before or after the quoted reply, is the same
// for every cause it reports.
func TestKindCodeAgreesWithWords(t *testing.T) {
	runKinds(t, "code agrees with words", []kindCase{
		{r("К сожалению, Ваше письмо не может быть доставлено:\nbob@example.jp\nSMTP error from remote mail server after RCPT TO:<bob@example.jp>:\nhost mx.example.jp [192.0.2.9]: 552 5.2.2 <bob@example.jp>... Mailbox full\nРекомендуем Вам проверить корректность указания адресов получателей."), OutcomeBounced, CategoryMailboxFull},
		{r("El mensaje no ha podido ser entregado.\nRevise que ha escrito correctamente la direccion de correo del destinatario.\n<ana@example.es>: host mx.example.es[192.0.2.41] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)"), OutcomeBounced, CategoryMailboxFull},
		{r("Ihre Nachricht konnte nicht zugestellt werden. Bitte überprüfen Sie die Adresse des Empfängers.\nRemote-Server: 552 5.3.4 Message size exceeds fixed maximum message size"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Votre message n'a pas pu être remis. Vérifiez l'adresse du destinataire.\nRéponse du serveur : 550 5.2.1 Mailbox disabled for this recipient"), OutcomeBounced, CategoryMailboxDisabled},
		{r("Il messaggio non è stato recapitato. Controlla che l'indirizzo sia corretto.\nRisposta: 552 5.2.2 Quota exceeded: mailbox is full"), OutcomeBounced, CategoryMailboxFull},
		// the words and the code disagree: the specific phrase still leads (Orange's full mailbox under 5.1.1)
		{r("552 5.1.1 Boite du destinataire pleine. Recipient overquota."), OutcomeBounced, CategoryMailboxFull},
	})
}

// The client's IP address said to be black-listed is a listing of the
// one sending, also inside a provider's report that advises checking the
// address; a recipient or a file on the list is not the client.
func TestKindIPBlackListed(t *testing.T) {
	runKinds(t, "ip black listed", []kindCase{
		{r("554 IP address 192.0.2.17 is blacklisted, see https://postmaster.example.net/"), OutcomeBounced, CategoryBlocklisted},
		{r("550 Your IP 198.51.100.3 is black listed. For explanation visit https://postmaster.example.com/bip"), OutcomeBounced, CategoryBlocklisted},
		{r("Su mensaje no pudo ser entregado. Revise que la direccion del destinatario es correcta.\n<x@example.es>: host mx.example.es[192.0.2.5] refused to talk to me: 554 IP address is black listed"), OutcomeBounced, CategoryBlocklisted},
		{r("421 4.7.1 Sorry, your IP address has been blacklisted; try again later"), OutcomeDeferred, CategoryBlocklisted},
		{r("550 5.7.1 Recipient address is blacklisted"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 The extension of the attached file is blacklisted"), OutcomeBounced, CategorySpamContent},
	})
}

// TLS required in the NDR languages: STARTTLS named with the word for
// required.
func TestKindLocalizedStartTLSRequired(t *testing.T) {
	runKinds(t, "localized starttls required", []kindCase{
		{r("451 5.7.3 必须先发出 STARTTLS 命令"), OutcomeDeferred, CategoryTLSRequired},
		{r("530 5.7.0 STARTTLS ist erforderlich, um E-Mails zu senden"), OutcomeBounced, CategoryTLSRequired},
		{r("451 5.7.3 STARTTLS est requis pour envoyer du courrier"), OutcomeDeferred, CategoryTLSRequired},
		{r("530 Se requiere STARTTLS para enviar correo"), OutcomeBounced, CategoryTLSRequired},
		{r("451 5.7.3 メール送信には STARTTLS が必要です"), OutcomeDeferred, CategoryTLSRequired},
		{r("530 5.7.0 Требуется STARTTLS"), OutcomeBounced, CategoryTLSRequired},
	})
}

// Mailbox full in Polish and Korean, as Exchange's Polish report and
// Korean portals put it.
func TestKindMailboxFullPolishKorean(t *testing.T) {
	runKinds(t, "mailbox full polish korean", []kindCase{
		{r("Skrzynka odbiorcza adresata jest przepełniona. Wiadomość nie może zostać dostarczona."), OutcomeBounced, CategoryMailboxFull},
		{r("552 5.2.2 Skrzynka pocztowa odbiorcy jest pełna"), OutcomeBounced, CategoryMailboxFull},
		{r("452 4.2.2 Skrzynka użytkownika jest pełna, spróbuj później"), OutcomeDeferred, CategoryMailboxFull},
		{r("수신자의 메일함이 가득 차서 메일을 받을 수 없습니다."), OutcomeBounced, CategoryMailboxFull},
		{r("552 5.2.2 받는 사람의 사서함이 가득 찼습니다"), OutcomeBounced, CategoryMailboxFull},
	})
}

// The recipient not found, and the recipient's own block of the sender,
// in Korean.
func TestKindKoreanRecipient(t *testing.T) {
	runKinds(t, "korean recipient", []kindCase{
		{r("550 5.1.1 존재하지 않는 메일 주소입니다"), OutcomeBounced, CategoryUserUnknown},
		{r("받는 사람의 주소를 찾을 수 없어 메일이 전송되지 않았습니다."), OutcomeBounced, CategoryUserUnknown},
		{r("550 존재하지 않는 계정입니다"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.7.1 받는 사람이 보낸 사람의 메일을 수신 거부하였습니다"), OutcomeBounced, CategoryPolicyRejected},
		{r("수신자가 회원님의 주소를 수신차단 목록에 등록하여 메일이 전달되지 않았습니다."), OutcomeBounced, CategoryPolicyRejected},
		// review S24B-5: a user or account without the right is a policy
		{r("553 5.7.1 메일 릴레이 권한이 없는 사용자입니다"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 외부 메일 수신 권한이 없는 계정입니다"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// Retried and given up, in Japanese: the message's expiry, as the English
// "retry timeout exceeded".
func TestKindJapaneseRetriedGaveUp(t *testing.T) {
	runKinds(t, "japanese retried gave up", []kindCase{
		{r("何度か再送を試みましたが、宛先のメールサーバに接続できなかったため配信できませんでした。"), OutcomeBounced, CategoryExpired},
		{r("再送信を試みましたが、一定期間内に送信できませんでした。"), OutcomeBounced, CategoryExpired},
		{r("再試行しましたが送信できませんでした。メッセージを破棄しました。"), OutcomeBounced, CategoryExpired},
	})
}

// A Chinese report that says the mail was returned by the system (退回)
// is the sending side's final verdict: bounced, whatever the cause.
func TestKindChineseReturned(t *testing.T) {
	runKinds(t, "chinese returned", []kindCase{
		{r("退信原因：连接对方邮件服务器超时，邮件被系统退回。"), OutcomeBounced, CategoryConnectionFailed},
		{r("connect to mx.example.cn[192.0.2.7]:25: Connection refused\n您的邮件被系统退回。"), OutcomeBounced, CategoryConnectionFailed},
		{r("connect to mx.example.cn[192.0.2.7]:25: Connection timed out"), OutcomeDeferred, CategoryConnectionFailed},
	})
}

// Kind: the sending MTA's notice that it removed the message from its
// queue after failed attempts is the message's expiry, in the languages
// MDaemon writes it in (probe BB).
func TestKindRemovedFromQueue(t *testing.T) {
	runKinds(t, "removed from queue", []kindCase{
		{r("Después de varios intentos fallidos de entrega, el mensaje ha sido eliminado de la cola del servidor."), OutcomeBounced, CategoryExpired},
		{r("Nach mehreren fehlgeschlagenen Zustellversuchen wurde die Nachricht aus der Warteschlange des Servers entfernt."), OutcomeBounced, CategoryExpired},
		{r("Après plusieurs tentatives infructueuses, le message a été supprimé de la file d'attente du serveur."), OutcomeBounced, CategoryExpired},
		{r("Dopo diversi tentativi falliti il messaggio è stato rimosso dalla coda del server."), OutcomeBounced, CategoryExpired},
		{r("Após várias tentativas sem sucesso, a mensagem foi removida da fila do servidor."), OutcomeBounced, CategoryExpired},
		{r("Na meerdere mislukte pogingen is het bericht uit de wachtrij verwijderd."), OutcomeBounced, CategoryExpired},
	})
}

// Kind: an Italian certified-mail (PEC) box that refuses uncertified mail
// is the receiver's policy, also where the notice names an unknown
// address as the other possible cause.
func TestKindPECUncertified(t *testing.T) {
	runKinds(t, "pec uncertified", []kindCase{
		{r("550 5.7.1 Il destinatario non è abilitato alla ricezione di posta non certificata"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 Messaggio rifiutato: la casella PEC del destinatario non accetta messaggi non certificati"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 Casella del destinatario sconosciuta o non abilitata alla ricezione di posta non certificata"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.1.1 Indirizzo destinatario sconosciuto"), OutcomeBounced, CategoryUserUnknown},
	})
}

// Kind: a code-less notice that says "temporarily" in the NDR languages
// is deferred, as the English "temporarily" is (probe BB's Italian IP
// block).
func TestKindLocalizedTemporarily(t *testing.T) {
	runKinds(t, "localized temporarily", []kindCase{
		{r("IP-Adresse 192.0.2.4 vorübergehend gesperrt wegen Missbrauch"), OutcomeDeferred, CategoryBlocklisted},
		{r("Adresse IP 192.0.2.4 bloquée temporairement pour abus"), OutcomeDeferred, CategoryBlocklisted},
		{r("La dirección IP 192.0.2.4 ha sido bloqueada temporalmente por abuso"), OutcomeDeferred, CategoryBlocklisted},
		{r("Het IP-adres 192.0.2.4 is tijdelijk geblokkeerd wegens misbruik"), OutcomeDeferred, CategoryBlocklisted},
		{r("Сервер временно недоступен"), OutcomeDeferred, CategoryServerError},
		{r("サーバーが一時的に利用できません"), OutcomeDeferred, CategoryServerError},
		{r("服务器暂时不可用"), OutcomeDeferred, CategoryServerError},
		// review S24B-6: the report's verdict that the mail was not
		// delivered stands over a "temporarily" about the cause
		{r("Ваше письмо не доставлено. Ящик получателя временно отключен за неуплату."), OutcomeBounced, CategoryMailboxDisabled},
		{r("Сообщение не может быть доставлено: сервер получателя временно недоступен, попытки доставки прекращены."), OutcomeBounced, CategoryServerError},
	})
}
