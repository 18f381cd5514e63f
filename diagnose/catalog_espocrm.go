package diagnose

// espoCRMMessages are EspoCRM's message for a login its SMTP server
// refused (espocrm/espocrm at 2cde9d980f84, which batch CP cites):
// Core/Mail/Sender.php handleException turns a transport exception whose
// text holds "password", "credentials", "5.7.8" or "5.7.3" into
// SendingError("invalidCredentials"), and the client's
// errorHandlerSendingFail (client/src/views/email/record/detail.js, also
// the composer's) shows translate("sendingFailed") + ": " +
// translate("invalidCredentials"), both of Email.json. In every locale of
// application/Espo/Resources/i18n/ (37), with the en_US text where a
// locale lacks a key, as Espo's Language merges en_US under each locale:
// ar, pl, pt, sl, sv, th and vi translate only the prefix, el and tr only
// the message, da, en_GB, es_MX, fa, hr, hu, id, ro, sk, sr and zh
// neither. The message alone is the last line of the alert a test email
// from the account's or the outbound settings' dialog ends with (its
// body's messageTranslation, shown by app.js under the HTTP error's
// words), and what a user quotes of either; Dutch's "Ongeldige gegevens."
// ("invalid data") is left out alone, naming no credentials. None holds a
// placeholder.
//
// The account's own server refused its login (own): policy_rejected,
// bounced, by the README's SMTP AUTH convention (cp-011..017).
//
// Left out: "unknownError" (every other transport failure), the
// exception's own English text after "Email sending failed: " (an
// exception other than a transport's: the placeholder would be the
// cause), "recipientAddressRejected" (in the language files, never thrown
// by the code at this commit), "noSmtpSetup" and "setupSmtpBefore" (no
// SMTP account set up: no server was asked) and "couldNotSentScheduledEmail"
// (no cause). Batch CP cp-011..017.
var espoCRMMessages = []catalogMessage{
	// Email.json strings.sendingFailed + ": " + messages.invalidCredentials.
	{own: true, key: "invalidCredentials", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Email sending failed: Invalid credentials.",                          // en_US, da_DK, en_GB, es_MX, fa_IR, hr_HR, hu_HU, id_ID, ro_RO, sk_SK, sr_RS, zh_CN, zh_TW
		"فشل إرسال البريد الإلكتروني: Invalid credentials.",                   // ar_AR
		"Изпращането на имейла се провали: Невалидни данни за вход.",          // bg_BG
		"Odeslání selhalo: Neplatné přihlašovací údaje",                       // cs_CZ
		"E-Mail-Versand fehlgeschlagen: Ungültige Zugangsdaten.",              // de_DE
		"Email sending failed: Μη έγκυρα στοιχεία εισόδου.",                   // el_GR
		"Error al enviar el correo: Credenciales inválidas.",                  // es_ES
		"Échec d'envoi du courriel: Informations d'identification invalides.", // fr_FR
		"Invio email fallito: Credenziali non valide.",                        // it_IT
		"メールの送信に失敗しました: 資格情報が無効です",                                            // ja_JP
		"Nepavyko išsiųsti el. laiško: Neteisingi įgaliojimai.",               // lt_LT
		"E-pasta nosūtīšana neizdevās: Nederīgi akreditācijas dati.",          // lv_LV
		"Sending av e-post mislyktes: Ugyldige legitimasjonsopplysninger.",    // nb_NO
		"E-mail verzenden mislukt: Ongeldige gegevens.",                       // nl_NL
		"Błąd wysyłania maila: Invalid credentials.",                          // pl_PL
		"Falha no envio de email: Invalid credentials.",                       // pt_BR
		"Envio de email falhou: Invalid credentials.",                         // pt_PT
		"Ошибка отправки электронной почты: Неверные учетные данные.",         // ru_RU
		"Pošiljanje e-pošte ni uspelo: Invalid credentials.",                  // sl_SI
		"Det gick inte att skicka e-post: Invalid credentials.",               // sv_SE
		"การส่งอีเมลล้มเหลว: Invalid credentials.",                            // th_TH
		"Email sending failed: Geçersiz kimlik bilgileri.",                    // tr_TR
		"Не вдалося надіслати електронний лист: Невірні облікові дані.",       // uk_UA
		"ای میل بھیجنا ناکام ہوگیا: غلط اسناد",                                // ur_IN
		"Gửi email lỗi: Invalid credentials.",                                 // vi_VN
		// messages.invalidCredentials alone.
		"Invalid credentials.",                     // en_US, ar_AR, da_DK, en_GB, es_MX, fa_IR, hr_HR, hu_HU, id_ID, pl_PL, pt_BR, pt_PT, ro_RO, sk_SK, sl_SI, sr_RS, sv_SE, th_TH, vi_VN, zh_CN, zh_TW
		"Невалидни данни за вход.",                 // bg_BG
		"Neplatné přihlašovací údaje",              // cs_CZ
		"Ungültige Zugangsdaten.",                  // de_DE
		"Μη έγκυρα στοιχεία εισόδου.",              // el_GR
		"Credenciales inválidas.",                  // es_ES
		"Informations d'identification invalides.", // fr_FR
		"Credenziali non valide.",                  // it_IT
		"資格情報が無効です",                                // ja_JP
		"Neteisingi įgaliojimai.",                  // lt_LT
		"Nederīgi akreditācijas dati.",             // lv_LV
		"Ugyldige legitimasjonsopplysninger.",      // nb_NO
		"Неверные учетные данные.",                 // ru_RU
		"Geçersiz kimlik bilgileri.",               // tr_TR
		"Невірні облікові дані.",                   // uk_UA
		"غلط اسناد",                                // ur_IN
	}},
}
