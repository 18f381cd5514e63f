package diagnose

import "testing"

// TestSentNotice: a client's notice that the message was sent is a
// delivery; a notice negated, or one that goes on to a failure, is not
// (review S29C-5, S29D-4), in the scripts written with and without
// spaces.
func TestSentNotice(t *testing.T) {
	c := New()
	for _, text := range []string{
		"Mail sent successfully", "Message sent successfully.", "Thư đã được gửi thành công.", "پیغام با موفقیت ارسال شد",
		"Почта успешно отправлена", "發送成功", "Posta başarıyla gönderildi", "Nachricht erfolgreich gesendet",
	} {
		if got := c.Classify(Input{Response: text}); got.Outcome != OutcomeDelivered {
			t.Errorf("%q: %s/%s, want delivered", text, got.Outcome, got.Category)
		}
	}
	for _, text := range []string{
		"Not successfully sent.", "Message never sent successfully.", "Message sent successfully, then bounced.",
		"Sent successfully; returned undelivered.", "Messaggio non inviato correttamente.", "Správa nebola úspešne odoslaná.",
		"Zpráva nebyla úspěšně odeslána.", "Pesan tidak berhasil dikirim.", "Mesajul nu a fost trimis cu succes.",
		"Сообщение не успешно отправлено.", "Το μήνυμα δεν εστάλη επιτυχώς.", "Thư chưa gửi thành công.", "邮件未发送成功",
		"邮件发送成功，但对方服务器拒收，邮箱不存在", "Message sent successfully, but delivery to the following recipients was rejected: user unknown",
		"Nachricht erfolgreich gesendet, aber Empfänger unbekannt", "Sent successfully? No - the recipient's mailbox is full",
		"Mail sent successfully. Delivery to user@example.org has been delayed, will retry",
	} {
		if got := c.Classify(Input{Response: text}); got.Outcome == OutcomeDelivered {
			t.Errorf("%q: delivered, want a failure", text)
		}
	}
}
