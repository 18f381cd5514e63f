package diagnose

import "testing"

// TestKindTwakeMailKinds holds Twake Mail's reports batch CT found
// (ct-014..020, ct-039..041, ct-044) in languages it did not hold, from
// the catalogue (twakeMailMessages): the sending queue's banner and
// toast, no network, a connection error, the login refused, the
// account's quota on a send and its quota banner, a message too large
// for the server (SetError and the composer's check, with other sizes).
// Near misses: a message that names no cause, the size check going on
// with a reply. Their phrasings do not train the model (kindsUntrained):
// a program's templates.
func TestKindTwakeMailKinds(t *testing.T) {
	runKinds(t, "Twake Mail kinds", []kindCase{
		// 1. the network
		{r("Your messages were not sent due to network issues. They're safely stored. When you're back online, you can resend, edit, or delete them."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Ваши сообщения не были отправлены из-за проблем с сетью. Они сохранены. Когда соединение восстановится, вы сможете отправить, изменить или удалить их."), OutcomeDeferred, CategoryConnectionFailed},
		{r("由于网络问题，您的邮件未发送。邮件安全存储。当您重新上线后，可以重新发送、编辑或删除邮件。"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Temporary network issue. Messages queued for retry when connected."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Vorübergehendes Netzwerkproblem. Nachrichten stehen in der Warteschlange für einen erneuten Versuch, wenn eine Verbindung besteht."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Sie sind offline. Es sieht so aus, als ob Sie nicht verbunden sind."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Помилка підключення"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Connection error"), OutcomeDeferred, CategoryConnectionFailed},

		// 2. the login refused
		{r("Falsche Anmeldedaten"), OutcomeBounced, CategoryPolicyRejected},
		{r("Credenciais incorretas"), OutcomeBounced, CategoryPolicyRejected},

		// 3. the account's quota
		{r("Failure to send your message, because it is over quota."), OutcomeBounced, CategoryMailboxFull},
		{r("Не удалось отправить сообщение, так как оно превышает квоту."), OutcomeBounced, CategoryMailboxFull},
		{r("Échec de l'envoi de votre message, car vous dépassez votre quota."), OutcomeBounced, CategoryMailboxFull},
		{r("Sie haben keinen Speicherplatz mehr"), OutcomeBounced, CategoryMailboxFull},

		// 4. too large for the server
		{r("Failure to send your message, because it is too large."), OutcomeBounced, CategoryMessageTooLarge},
		{r("Не вдалося надіслати ваше повідомлення, оскільки воно занадто велике."), OutcomeBounced, CategoryMessageTooLarge},
		{r("Your message could not be sent because it exceeds the maximum size of 10 MB"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Votre message n'a pas pu être envoyé parce qu'il dépasse la taille maximale de 20,5 Mo"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Tin nhắn của bạn không thể gửi đi vì đã vượt quá giới hạn dung lượng 50 MB"), OutcomeBounced, CategoryMessageTooLarge},

		// 5. near misses: no cause named; the size check going on with a
		// reply
		{r("Failure to send your message."), OutcomeBounced, CategoryOther},
		{r("Your message could not be sent because it exceeds the maximum size of 25 MB. 552 5.3.4 Message size exceeds fixed limit"), OutcomeBounced, CategoryMessageTooLarge},
	})
}
