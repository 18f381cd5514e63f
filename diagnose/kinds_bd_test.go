package diagnose

import "testing"

// The kinds the twenty-fifth session found in probe BD (written by a
// helper who read neither the rules nor the model, from mail clients'
// and webmails' translations and less-known servers), each with
// phrasings other than the probe's.

// A connection to the server timed out, in languages beyond the NDR
// languages, as mail clients translate it: a connection failure, which
// the sender's side retries; a time limit is not a rate.
func TestKindLocalizedConnectionTimeoutMore(t *testing.T) {
	runKinds(t, "localized connection timeout, more languages", []kindCase{
		{r("Meldingen kunne ikke sendes fordi tilkoblingen til SMTP-tjeneren smtp.example.no fikk tidsavbrudd. Prøv igjen."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Viestin lähetys epäonnistui, koska yhteys lähtevän postin palvelimeen (SMTP) mail.example.fi aikakatkaistiin."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Az üzenet nem került elküldésre, mert a kimenő (SMTP) kiszolgálóval való kapcsolat időtúllépés miatt megszakadt."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Mesajul nu a fost trimis deoarece conexiunea cu serverul SMTP mail.example.ro a expirat."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Không thể gửi thư vì hết thời gian chờ kết nối tới máy chủ SMTP mail.example.vn."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Pesan tidak terkirim karena waktu koneksi habis ke server SMTP mail.example.id."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Повідомлення не надіслано, тому що минув час очікування з'єднання з SMTP-сервером mail.example.ua."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Mesaj gönderilemedi: SMTP sunucusu mail.example.com.tr ile bağlantı zaman aşımına uğradı."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Wiadomość nie została wysłana: przekroczono limit czasu połączenia z serwerem SMTP."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Zpráva nebyla odeslána, protože vypršel časový limit spojení se serverem SMTP."), OutcomeDeferred, CategoryConnectionFailed},
		{r("ההודעה לא נשלחה מכיוון שהחיבור לשרת ה־SMTP נקטע עקב פסק זמן."), OutcomeDeferred, CategoryConnectionFailed},
		{r("ส่งข้อความไม่สำเร็จเนื่องจากหมดเวลาการเชื่อมต่อกับเซิร์ฟเวอร์ SMTP"), OutcomeDeferred, CategoryConnectionFailed},
	})
}

// The message's size over the server's limit in the same languages: a
// size, not a rate of the sender.
func TestKindLocalizedSizeMore(t *testing.T) {
	runKinds(t, "localized size, more languages", []kindCase{
		{r("Kesalahan SMTP: ukuran pesan melebihi batas yang diizinkan server"), OutcomeBounced, CategoryMessageTooLarge},
		{r("SMTP-feil: Meldingens størrelse overstiger tjenerens grense (25 MB)"), OutcomeBounced, CategoryMessageTooLarge},
		{r("SMTP-fel: meddelandets storlek överskrider serverns gräns"), OutcomeBounced, CategoryMessageTooLarge},
		{r("SMTP-virhe: viestin koko ylittää palvelimen rajan"), OutcomeBounced, CategoryMessageTooLarge},
		{r("SMTP hiba: az üzenet mérete meghaladja a kiszolgáló korlátját"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Eroare SMTP: dimensiunea mesajului depășește limita serverului"), OutcomeBounced, CategoryMessageTooLarge},
		{r("SMTP hatası: ileti boyutu sunucu sınırını aşıyor"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Lỗi SMTP: kích thước thư vượt quá giới hạn của máy chủ"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Σφάλμα SMTP: Το μέγεθος του μηνύματος υπερβαίνει το όριο του διακομιστή"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Помилка SMTP: розмір повідомлення перевищує обмеження сервера"), OutcomeBounced, CategoryMessageTooLarge},
		// a Danish or Norwegian word inside an English one is not it
		{r("452 4.3.1 Insufficient system storage for storing the message, try again later"), OutcomeDeferred, CategoryServerError},
	})
}

// A count of attempts as the last words of a final notice: the message
// expired after its retries, whatever the last one failed on; a count
// that goes on is a deferral.
func TestKindAttemptsTrailer(t *testing.T) {
	runKinds(t, "attempts trailer", []kindCase{
		{r("Error: Host name: mx.example.org, message: Connection refused. Tried 8 time(s)"), OutcomeBounced, CategoryExpired},
		{r("Delivery to the following recipient failed permanently: connection timed out. Tried 12 times over 2 days."), OutcomeBounced, CategoryExpired},
		{r("All delivery attempts failed: the remote host did not respond"), OutcomeBounced, CategoryExpired},
		{r("Connection timed out. Tried 3 times so far, will retry for 4 more days"), OutcomeDeferred, CategoryConnectionFailed},
	})
}

// The sending account's limits exceeded, as a submission server puts
// it, is a rate the account recovers from; its mailbox's storage over a
// limit is not.
func TestKindAccountLimits(t *testing.T) {
	runKinds(t, "account limits", []kindCase{
		{r("471 4.7.1 The limits for your account are exceeded. Please try again later."), OutcomeDeferred, CategoryRateLimited},
		{r("550 5.7.1 Sending limit for your account has been reached, try again in 24 hours"), OutcomeBounced, CategoryRateLimited},
		{r("451 4.7.1 Account limit exceeded: too many messages in the last hour"), OutcomeDeferred, CategoryRateLimited},
		{r("552 5.2.2 Mailbox size limit for this account exceeded"), OutcomeBounced, CategoryMailboxFull},
	})
}

// SPFBL names its SPF verdict "SPFBL check failed"; its block list says
// "SPFBL BLOCKED".
func TestKindSPFBL(t *testing.T) {
	runKinds(t, "spfbl", []kindCase{
		{r("550 5.7.1 SPFBL check failed. See http://spfbl.net/en/feedback"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("451 4.7.1 SPFBL check failed for sender bounces@example.com"), OutcomeDeferred, CategoryAuthenticationFailed},
		{r("550 5.7.1 SPFBL BLOCKED. See http://spfbl.net/en/feedback"), OutcomeBounced, CategoryBlocklisted},
	})
}

// A mail client's or webmail's own words around the server's reply
// ("SMTP error (553): …", "the server's answer was: …", in the language
// of its translation) say nothing of the cause: the quoted reply decides.
func TestKindClientWrapperLocalized(t *testing.T) {
	runKinds(t, "client wrapper localized", []kindCase{
		{r("Σφάλμα SMTP (550): 5.1.1 <nikos@example.gr>: Recipient address rejected: User unknown in virtual mailbox table"), OutcomeBounced, CategoryUserUnknown},
		{r("Σφάλμα SMTP (554): 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using bl.spamcop.net"), OutcomeBounced, CategoryBlocklisted},
		{r("Σφάλμα SMTP (554): 5.7.1 Message rejected as spam by Content Filtering"), OutcomeBounced, CategorySpamContent},
		{r("שגיאת SMTP (550): 5.1.1 The email account that you tried to reach does not exist"), OutcomeBounced, CategoryUserUnknown},
		{r("אירעה שגיאה בעת שליחת ההודעה. תגובת השרת: 552 5.2.2 The email account that you tried to reach is over quota"), OutcomeBounced, CategoryMailboxFull},
		{r("אירעה שגיאה בעת שליחת ההודעה. תגובת השרת: 554 5.7.1 Client host [192.0.2.44] blocked using b.barracudacentral.org"), OutcomeBounced, CategoryBlocklisted},
		{r("Lỗi SMTP (550): 5.7.1 Client host [198.51.100.3] blocked using zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
		{r("Galat SMTP (553): 5.7.1 Sender address rejected: not owned by user"), OutcomeBounced, CategoryPolicyRejected},
		{r("SMTP-fejl (552): 5.3.4 Message size exceeds fixed maximum message size"), OutcomeBounced, CategoryMessageTooLarge},
	})
}

// Two verdicts whose words leave nothing to weigh are settled, also
// inside a mail client's report in another script: a client blocked
// using, or listed in, a DNSBL it names; an envelope sender the
// authenticated client may not use.
func TestKindSettledInsideClientReports(t *testing.T) {
	runKinds(t, "settled inside client reports", []kindCase{
		{r("Σφάλμα SMTP (554): Client host [203.0.113.50] blocked using dnsbl.sorbs.net; see http://www.sorbs.net"), OutcomeBounced, CategoryBlocklisted},
		{r("حدث خطأ أثناء إرسال الرسالة. رد الخادم: 550 5.7.1 Your IP 198.51.100.61 is listed in zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
		{r("เกิดข้อผิดพลาด SMTP (554): 203.0.113.8 listed at bl.spamcop.net"), OutcomeBounced, CategoryBlocklisted},
		{r("Σφάλμα SMTP (553): 5.7.1 <info@example.gr>: Sender address rejected: not owned by user office@example.gr"), OutcomeBounced, CategoryPolicyRejected},
		{r("שגיאת SMTP (550): 5.7.60 SMTP; Client does not have permissions to send as this sender (SendAsDenied)"), OutcomeBounced, CategoryPolicyRejected},
		{r("Ошибка SMTP (553): 5.7.1 Sender address does not match the authenticated user"), OutcomeBounced, CategoryPolicyRejected},
		// a list not blocking the client is not it
		{r("550 5.7.1 Service unavailable: the Spamhaus query was refused (open resolver), see https://www.spamhaus.org/returnc/pub/"), OutcomeBounced, CategoryServerError},
	})
}
