package diagnose

// snappyMailMessages are SnappyMail's notices for a message it would not
// send (snappymail/v/0.0.0/app/localization/*/user.json at ba49691,
// NOTIFICATIONS.InvalidRecipients and NOTIFICATIONS.DemoSendMessageError,
// in every translation the repository holds): recipients it cannot
// address (the address's form, syntax_error as the sets read an invalid
// recipient address a client refuses), and an account its operator does
// not let send outside (the sender's policy). Probe CE ce-011, ce-038.
var snappyMailMessages = []catalogMessage{
	{key: "NOTIFICATIONS.InvalidRecipients", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"يرجى التأكد من عناوين المرسل اليهم",        // ar
		"Праверце правільнасць уводу ўсіх адрасоў.", // be
		"Невалидни получатели",                      // bg
		"Neplatní příjemci",                            // cs
		"Ugyldige modtagere",                           // da
		"Ungültige Empfängeradressen",                  // de
		"Invalid recipients",                           // el en
		"Los destinatarios no son válidos",             // es
		"Puudulikud saajad",                            // et
		"Ez-baliozko hartzaileak",                      // eu
		"گیرنده نامعتبر",                               // fa
		"Vastaanottajassa virhe",                       // fi
		"Destinataires invalides",                      // fr
		"Érvénytelent címzettek",                       // hu
		"Penerima tidak valid",                         // id
		"Rangir viðtakendur",                           // is
		"Destinatario non valido",                      // it
		"無効な受信者",                                       // ja
		"유효하지 않은 수신인",                                  // ko
		"Netinkamas gavėjas",                           // lt
		"Nepareizi saņēmēji",                           // lv
		"Ugyldige mottakere",                           // nb
		"Onjuiste ontvangers",                          // nl
		"Nieprawidłowy adres odbiorcy",                 // pl
		"Destinatários inválidos",                      // pt
		"Destinatário inválido",                        // pt-BR
		"Verificați dacă ați introdus toate adresele.", // ro
		"Проверьте правильность ввода всех адресов.", // ru
		"Neplatný príjemcovia",  // sk
		"Neveljavni prejemniki", // sl
		"Ogiltig mottagare",     // sv
		"Geçersiz alıcılar",     // tr
		"Перевірити правильність вводу всіх адрес.", // uk
		"Người nhận thư không hợp lệ",               // vi
		"无效接收人",                                     // zh
		"收件人無效",                                     // zh-TW
	}},
	{key: "NOTIFICATIONS.DemoSendMessageError", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"لأسباب أمنية, هذا الحساب غير مسموح له إرسال رسائل",                                                                                   // ar
		"Дэма-рахунку адпраўка лістоў на знешнія паштовыя адрасы забаронена!",                                                                 // be
		"С цел сугурност, на този акаунт е забранено да изпраща съобщения до външни email адреси!",                                            // bg
		"Z důvodu bezpečnosti tento demo účet není oprávněn posílat zprávy na externí emaily!",                                                // cs
		"Denne konto kan af sikkerhedshensyn ikke sende e-mails til eksterne adresser!",                                                       // da
		"Dieses Demokonto darf aus Sicherheitsgründen keine Nachrichten an externe E-Mail-Adressen versenden!",                                // de
		"For security purposes, this account is not allowed to send messages to external e-mail addresses!",                                   // el en
		"¡Por razones de seguridad, esta cuenta demo no permite enviar mensajes a direcciones de correo electrónico externas!",                // es
		"Turvalisusega seotud põhjustel ei ole sellel kontol lubatud saata kirju välistele aadressidele!",                                     // et
		"Segurtasunagatik, kontua honek ezin du kanpoko e-mail helbideetara mezurik bidali!",                                                  // eu
		"بنابر اهداف امنیتی، این کاربر اجازه ارسال ایمیل به یک ایمیل خارج از دامنه را ندارد!",                                                 // fa
		"Turvallisuus syistä tältä tililtä ei voi lähettää viestejä ulkopuolisiin osoitteisiin!",                                              // fi
		"Pour des raisons de sécurité, ce compte de démonstration n'est pas autorisé à envoyer des messages à des adresses e-mail externes !", // fr
		"Biztonsági okokból, ebből a demó fiókból nem lehet külső e-mail címekre üzenetet küldeni.",                                           // hu
		"Atas alasan keamanan, akun ini tidak diizinkan mengirim pesan ke alamat luar!",                                                       // id
		"Vegna öryggissjónarmiða, þá hefur þessi aðgangur ekki leyfi til að senda póst á utanaðkomandi netföng!",                              // is
		"Per ragioni di sicurezza, questa demo non è abilitata ad inviare email ad inidirizzi esterni",                                        // it
		"セキュリティ上の理由から、アカウントは、外部の電子メールアドレスにメッセージを送信することを許可されていません！",                                                                            // ja
		"이 테스트 계정은 외부 메일 발송이 금지되어있습니다.",                                                                                                       // ko
		"Saugumo sumetimais, ši demo paskyra neleidžia siųsti laiškų išoriniais e-pašto adresais!",                                            // lt
		"Drošīnas iemeslu dēļ, demo konts nedrīks sūtīt e-pastu uz ārējiem e-pastiem!",                                                        // lv
		"Denne demo-kontoen er blokkert fra å sende meldinger til eksterne e-postadresser av sikkerhetshensyn.",                               // nb
		"Vanwege beveiliging is het niet toegestaan dat deze demo account e-mail naar extern verzend!",                                        // nl
		"Ze względów bezpieczeństwa konto testowe nie ma możliwości przesyłania wiadomości na zewnętrzne adresy e-mail.",                      // pl
		"Por motivos de segurança, esta conta de demonstração não tem permissão para enviar mensagens para endereços de e-mail externos!",     // pt
		"Por motivos de segurança, esta conta demo não tem permissão para enviar mensagens para endereços de e-mail externo!",                 // pt-BR
		"Cont demo trimite e-mail la adresele de e-mail externe este interzisă!",                                                              // ro
		"Демо аккаунту отправка писем  на внешние почтовые адреса запрещена!",                                                                 // ru
		"For security purposes, this demo account is not allowed to send messages to external e-mail addresses!",                              // sk
		"Iz varnostnih razlogov ta račun ne sme pošiljati pošte na zunanje e-naslove!",                                                        // sl
		"Av säkerhets skäl kan inte detta demo-konto skicka epost till externa adressater!",                                                   // sv
		"Güvenlik amacıyla, bu demo hesabı harici e-posta adreslerine mesaj göndermek için izin verilmez!",                                    // tr
		"Демо акаунту надсилання листів на зовнішні поштові адреси заборонена!",                                                               // uk
		"Vì lý do an ninh, tài khoản này không được phép gửi thư ra cho những địa chỉ email bên ngoài!",                                       // vi
		"出于安全考虑，测试账号无法发送外部邮件。",                                                                                                                // zh
		"基於安全性考量，此帳戶不允許傳送郵件至外部電子郵件地址。",                                                                                                        // zh-TW
	}},
}
