package diagnose

// tineMessages are Tine 2.0's groupware mail client's (Felamimail's)
// reports of a message it would not or could not send
// (tine20/Felamimail/Controller/Message/Send.php, Frontend/Json.php and
// js/Felamimail.js of tine20/tine20 at f05c103b4b2b, which batch CP
// cites), in every translation Felamimail/translations/*.po holds for them
// (German, Russian, and for the connection message Czech, Spanish,
// French, Hungarian, Italian, Dutch, Polish, Brazilian Portuguese,
// Albanian, Swedish, Thai and Vietnamese; an empty msgstr falls back to
// English). A send that fails is reported as "Error: %s" in the user's
// language around the cause (_getErrorException), so each cause is held
// alone and inside each translation of that frame, the English cause
// inside a translated frame where the cause has no translation.
//
// Recipients the composer found malformed ("<%s>: Invalid address
// format", the addresses joined by commas, one word: word) and the
// server's 501 5.1.3 ("Bad recipient address syntax") are syntax_error;
// the server's 550 5.1.1, which Tine reports as "<address>: Recipient
// address rejected", is user_unknown (the address alone is an address:
// address; inside the frame, one word); the attachments over Tine's size
// for a message are message_too_large (English only: not translated);
// all bounced. About the account's own server (own): no connection to it
// (an SMTP exception without a message), deferred; its test without a
// user name or password, policy_rejected by the README's SMTP AUTH
// convention, bounced. A shared account the user may not send with (its
// send grant not given; an access-denied exception whose English text the
// client's "Insufficient Rights" dialog shows, as no translation holds it)
// is the organisation's policy: policy_rejected, bounced.
//
// The causes without the frame, "<%s>: …", are held as Tine shows them
// when it saves a message it cannot address (saveMessageInFolder), but a
// lookup does not reach them for now: unwrap takes the "<…>: " off as a
// Postfix recipient's prefix, and the catalogue is looked up only for a
// text unwrap left whole (batch CP cp-024).
//
// Left out: "Could not send message" and "SMTP Error" (dialog titles,
// no cause), "Error: %s" around a server's reply (the reply is the
// rules'), "SMTP Hostname missing" (a setting left empty, no category
// fits), and the IMAP and Sieve errors. Batch CP cp-024, cp-025.
var tineMessages = []catalogMessage{
	{word: true, key: "Invalid address format", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"<%s>: Invalid address format",             // en and the locales without a translation
		"<%s>: Invalides Adressenformat",           // de
		"Error: <%s>: Invalid address format",      // en and the locales without a translation
		"Fehler: <%s>: Invalides Adressenformat",   // de
		"Erreur : <%s>: Invalid address format",    // fr
		"Errore: <%s>: Invalid address format",     // it
		"Fout: <%s>: Invalid address format",       // nl_NL
		"Błąd: <%s>: Invalid address format",       // pl
		"Ошибка: <%s>: Invalid address format",     // ru
		"Gabim: <%s>: Invalid address format",      // sq
		"ข้อผิดพลาด: <%s>: Invalid address format", // th
		"Lỗi: <%s>: Invalid address format",        // vi
	}},
	{key: "Bad recipient address syntax", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Bad recipient address syntax",                 // en and the locales without a translation
		"Empfängeradressen fehlerhaft",                 // de
		"Неверный синтаксис адреса получателя",         // ru
		"Error: Bad recipient address syntax",          // en and the locales without a translation
		"Fehler: Empfängeradressen fehlerhaft",         // de
		"Erreur : Bad recipient address syntax",        // fr
		"Errore: Bad recipient address syntax",         // it
		"Fout: Bad recipient address syntax",           // nl_NL
		"Błąd: Bad recipient address syntax",           // pl
		"Ошибка: Неверный синтаксис адреса получателя", // ru
		"Gabim: Bad recipient address syntax",          // sq
		"ข้อผิดพลาด: Bad recipient address syntax",     // th
		"Lỗi: Bad recipient address syntax",            // vi
	}},
	{address: true, key: "Recipient address rejected", category: CategoryUserUnknown, outcome: OutcomeBounced, texts: []string{
		"<%s>: Recipient address rejected", // en and the locales without a translation
		"<%s>: Empfängeradresse abgelehnt", // de
	}},
	{word: true, key: "Recipient address rejected", category: CategoryUserUnknown, outcome: OutcomeBounced, texts: []string{
		"Error: <%s>: Recipient address rejected",      // en and the locales without a translation
		"Fehler: <%s>: Empfängeradresse abgelehnt",     // de
		"Erreur : <%s>: Recipient address rejected",    // fr
		"Errore: <%s>: Recipient address rejected",     // it
		"Fout: <%s>: Recipient address rejected",       // nl_NL
		"Błąd: <%s>: Recipient address rejected",       // pl
		"Ошибка: <%s>: Recipient address rejected",     // ru
		"Gabim: <%s>: Recipient address rejected",      // sq
		"ข้อผิดพลาด: <%s>: Recipient address rejected", // th
		"Lỗi: <%s>: Recipient address rejected",        // vi
	}},
	{key: "Maximum attachment size exceeded. Please remove one or more attachments.", category: CategoryMessageTooLarge, outcome: OutcomeBounced, texts: []string{
		"Maximum attachment size exceeded. Please remove one or more attachments.",             // en
		"Error: Maximum attachment size exceeded. Please remove one or more attachments.",      // en and the locales without a translation
		"Fehler: Maximum attachment size exceeded. Please remove one or more attachments.",     // de
		"Erreur : Maximum attachment size exceeded. Please remove one or more attachments.",    // fr
		"Errore: Maximum attachment size exceeded. Please remove one or more attachments.",     // it
		"Fout: Maximum attachment size exceeded. Please remove one or more attachments.",       // nl_NL
		"Błąd: Maximum attachment size exceeded. Please remove one or more attachments.",       // pl
		"Ошибка: Maximum attachment size exceeded. Please remove one or more attachments.",     // ru
		"Gabim: Maximum attachment size exceeded. Please remove one or more attachments.",      // sq
		"ข้อผิดพลาด: Maximum attachment size exceeded. Please remove one or more attachments.", // th
		"Lỗi: Maximum attachment size exceeded. Please remove one or more attachments.",        // vi
	}},
	{own: true, key: "No connection to SMTP server.", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"No connection to SMTP server.",               // en and the locales without a translation
		"Není spojení na SMTP server.",                // cs
		"Keine Verbindung zum Sendeserver (SMTP).",    // de
		"Sin conexión con servidor SMTP",              // es
		"Pas de connexion au serveur SMTP.",           // fr
		"Nincs kapcsolat az SMTP szerverrel.",         // hu
		"Impossibile collegarsi al server SMTP",       // it
		"Geen verbinding met de SMTP server. ",        // nl_NL
		"Brak połączenia z serwerem SMTP.",            // pl
		"Nenhuma conexão com o servidor SMTP.",        // pt_BR
		"Нет соединения с сервером по протоколу SMTP", // ru
		"Nuk ka lidhje tek serveri SMTP",              // sq
		"Ingen anslutning till SMTP server",           // sv_SE
		"ไม่มีการติดต่อไปยังเซิร์ฟเวอร์ SMTP", // th
		"Không có kết nối tới máy chủ SMTP",   // vi
	}},
	{own: true, key: "SMTP Credentials missing", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"SMTP Credentials missing", // en and the locales without a translation
		"SMTP Zugangsdaten fehlen", // de
	}},
	{key: "User is not allowed to send a message with this account", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"User is not allowed to send a message with this account", // en
	}},
}
