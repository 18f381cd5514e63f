package diagnose

// qBittorrentMessages are qBittorrent's e-mail notification errors that
// name a cause (Net::Smtp in src/base/net/smtp.cpp of
// qbittorrent/qBittorrent at 0b63c3d17373, which batch CW cites; line
// numbers below), in English and every translation src/lang/*.ts holds
// for them (lrelease's: no vanished or obsolete entry, no unfinished one
// with a text; a locale without a translation shows the English text).
// logError (L566) writes each to the execution log as "Email
// Notification Error: %1", the wrapper in the same locale: both forms
// are here. Qt's %1 is written %s. qBittorrent does not send the mail
// again; every message is about the SMTP server it is set to use (own).
//
// "Connection failed, unrecognized reply: %1" (L216, a greeting that is
// not 2xx): connection_failed, deferred; its %1 is the reply line with
// its code, which the rules read first (cw-006 a blocklist, cw-007 a
// rate), so the catalogue answers for a peer that is no SMTP server.
// "Authentication failed, msg: %1" (L256): the login refused,
// policy_rejected, bounced by the SMTP AUTH convention; its %1 holds the
// code too (cw-003, cw-004; cw-013's 454 is the server's). "Both EHLO
// and HELO failed, msg: %1" (L397) is given its line without the code,
// so its %1, the server's words, decides the category (cw-011): only
// the words with nothing after them (a reply that is its code alone)
// are here, syntax_error, bounced, as batch CW labels the HELO names
// servers refuse. "The SMTP server does not seem to support any of the
// authentications modes we support …" (L478): none of the server's
// AUTH mechanisms is one qBittorrent speaks, a protocol mismatch,
// syntax_error, bounced by the SMTP AUTH convention; its %1 is the
// server's list joined with "|" (word), empty when the AUTH line lists
// none.
//
// The master branch's Net::SMTPClient (src/base/net/smtpclient.cpp at
// 0402289eaff7, which cw-012 cites; English only: the .ts files have no
// context for it yet) adds the STARTTLS demand the server does not meet
// (L319, L491: tls_required, deferred, the client's own TLS demand) and
// the SMTPS hint after a failed TLS handshake (L634: connection_failed,
// deferred). The socket's own errors are Qt's errorString (L583), Qt's
// words and translations, not qBittorrent's; only "Host not found"
// (QAbstractSocket's, as Qt shows it untranslated) is here, in each
// locale's log line: the configured server's name does not resolve,
// domain_not_found, deferred, the README's convention for a client's own
// server; Qt's connection errors are read by the rules.
//
// Left out: "<mail from> was rejected by server, msg: %1", "<Rcpt to>
// …", "<data> …" and "Message was rejected by the server, error: %1"
// (L269-309: the reply they quote is the cause: cw-001, cw-002,
// cw-005, cw-008..010), and "Email Notification Error: %1" alone. Batch
// CW cw-001..013.
var qBittorrentMessages = []catalogMessage{
	{own: true, key: "Connection failed, unrecognized reply: %1", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Connection failed, unrecognized reply: %s",                                                     // en da en_AU eo et fa fi hi_IN hy id is ka kk lt ltg mn_MN ms_MY oc sq th uz@Latn
		"Email Notification Error: Connection failed, unrecognized reply: %s",                           // en da en_AU eo fa hi_IN hy id is ka kk lt ltg mn_MN ms_MY oc sq th uz@Latn
		"فشل الاتصال، الرد غير معروف: %s",                                                               // ar
		"خطأ في إشعار البريد الإلكتروني: فشل الاتصال، الرد غير معروف: %s",                               // ar
		"Bağlantı uğursuz oldu, naməlum cavab: %s",                                                      // az@latin
		"E-poçt bildiriş xətası: Bağlantı uğursuz oldu, naməlum cavab: %s",                              // az@latin
		"Збой злучэння, нявызначаны адказ: %s",                                                          // be
		"Памылка паведамлення на email: Збой злучэння, нявызначаны адказ: %s",                           // be
		"Връзка неуспешна, неразпознат отговор: %s",                                                     // bg
		"Грешка при известяване по имейл: Връзка неуспешна, неразпознат отговор: %s",                    // bg
		"Veza nije uspjela, neprepoznat odgovor: %s",                                                    // bs
		"Greška u obavještenju putem e-pošte: Veza nije uspjela, neprepoznat odgovor: %s",               // bs
		"La connexió ha fallat, resposta no reconeguda: %s",                                             // ca
		"Error de notificació per correu electrònic: La connexió ha fallat, resposta no reconeguda: %s", // ca
		"Připojení selhalo, neznámá odpověď: %s",                                                        // cs
		"Chyba e-mailového oznámení: Připojení selhalo, neznámá odpověď: %s",                            // cs
		"Verbindung fehlgeschlagen, nicht erkannte Antwort: %s",                                         // de
		"Fehler bei der E-Mail Benachrichtigung: Verbindung fehlgeschlagen, nicht erkannte Antwort: %s", // de
		"Η σύνδεση απέτυχε, μη αναγνωρισμένη απάντηση: %s",                                              // el
		"Σφάλμα ειδοποίησης email: Η σύνδεση απέτυχε, μη αναγνωρισμένη απάντηση: %s",                    // el
		"Connection failed, unrecognised reply: %s",                                                     // en_GB
		"Email Notification Error: Connection failed, unrecognised reply: %s",                           // en_GB
		"Conexión fallida, respuesta no reconocida: %s",                                                 // es
		"Error de notificación por correo electrónico: Conexión fallida, respuesta no reconocida: %s",   // es
		"E-posti teavitamise viga: Connection failed, unrecognized reply: %s",                           // et
		"Konexioak huts egin du, erantzun ezezaguna: %s",                                                // eu
		"E-posta jakinarazpen errorea: Konexioak huts egin du, erantzun ezezaguna: %s",                  // eu
		"Sähköposti-ilmoitusvirhe: Connection failed, unrecognized reply: %s",                           // fi
		"Échec de la connexion, réponse non reconnue : %s",                                              // fr
		"Erreur de la notification par courriel : Échec de la connexion, réponse non reconnue : %s",     // fr
		"Fallou a conexión, resposta non recoñecida: %s",                                                // gl
		"Erro de notificación por correo electrónico: Fallou a conexión, resposta non recoñecida: %s",   // gl
		"חיבור נכשל, תשובה בלתי מזוהה: %s",                                                              // he
		"שגיאת התראת דוא״ל: חיבור נכשל, תשובה בלתי מזוהה: %s",                                           // he
		"Povezivanje nije uspjelo, neprepoznat odgovor: %s",                                             // hr
		"Pogreška obavijesti putem e-pošte: Povezivanje nije uspjelo, neprepoznat odgovor: %s",          // hr
		"A csatlakozás nem sikerült, ismeretlen válasz: %s",                                             // hu
		"Email értesítés hiba: A csatlakozás nem sikerült, ismeretlen válasz: %s",                       // hu
		"Connessione non riuscita, risposta non riconosciuta: %s",                                       // it
		"Errore Notifica Email: Connessione non riuscita, risposta non riconosciuta: %s",                // it
		"接続できませんでした。認識できない応答: %s",                                                                       // ja
		"メール通知エラー: 接続できませんでした。認識できない応答: %s",                                                             // ja
		"연결 실패, 인식할 수 없는 응답: %s",                                                                        // ko
		"이메일 알림 오류: 연결 실패, 인식할 수 없는 응답: %s",                                                             // ko
		"Savienojums neizdevās, neatpazīta atbilde: %s",                                                 // lv_LV
		"E-pasta paziņojuma kļūda: Savienojums neizdevās, neatpazīta atbilde: %s",                       // lv_LV
		"Tilkobling mislyktes. Dette svaret forvirret programmet: %s",                                   // nb
		"E-post-varslingsfeil: Tilkobling mislyktes. Dette svaret forvirret programmet: %s",             // nb
		"जडान असफल भयो, अपरिचित जवाफ: %s",                                                               // ne_NP
		"इमेल सूचना त्रुटि: जडान असफल भयो, अपरिचित जवाफ: %s",                                            // ne_NP
		"Verbinding mislukt. Niet herkend antwoord: %s",                                                 // nl
		"E-mail-meldingsfout: Verbinding mislukt. Niet herkend antwoord: %s",                            // nl
		"Połączenie nie powiodło się, nierozpoznana odpowiedź: %s",                                      // pl
		"Błąd powiadomienia e-mail: Połączenie nie powiodło się, nierozpoznana odpowiedź: %s",           // pl
		"A conexão falhou, resposta não reconhecida: %s",                                                // pt_BR
		"E-mail de Notificação do Erro: A conexão falhou, resposta não reconhecida: %s",                 // pt_BR
		"Falha na ligação, resposta não reconhecida: %s",                                                // pt_PT
		"E-mail de notificação de erro: Falha na ligação, resposta não reconhecida: %s",                 // pt_PT
		"Conexiunea a eșuat, răspuns nerecunoscut: %s",                                                  // ro
		"Eroare de notificare prin poșta electronică: Conexiunea a eșuat, răspuns nerecunoscut: %s",     // ro
		"Сбой соединения, неопознанный ответ: %s",                                                       // ru
		"Ошибка оповещения по эл. почте: Сбой соединения, неопознанный ответ: %s",                       // ru
		"Spojenie zlyhalo, neznáma odpoveď: %s",                                                         // sk
		"Chyba oznámenia e-mailom: Spojenie zlyhalo, neznáma odpoveď: %s",                               // sk
		"Povezava ni uspela, neprepoznan odgovor: %s",                                                   // sl
		"Napaka pri e-poštnem obvestilu: Povezava ni uspela, neprepoznan odgovor: %s",                   // sl
		"Повезивање није успело, непрепознат одговор: %s",                                               // sr
		"Грешка при обавештење е-поштом: Повезивање није успело, непрепознат одговор: %s",               // sr
		"Povezivanje nije uspelo, neprepoznat odgovor: %s",                                              // sr@latin
		"Greška pri obaveštenje e-poštom: Povezivanje nije uspelo, neprepoznat odgovor: %s",             // sr@latin
		"Anslutningen misslyckades, okänt svar: %s",                                                     // sv
		"E-postaviseringsfel: Anslutningen misslyckades, okänt svar: %s",                                // sv
		"Bağlantı başarısız oldu, tanınmayan yanıt: %s",                                                 // tr
		"E-posta Bildirim Hatası: Bağlantı başarısız oldu, tanınmayan yanıt: %s",                        // tr
		"З'єднання не вдале, нерозпізнана відповідь: %s",                                                // uk
		"Помилка Сповіщення Електронною Поштою: З'єднання не вдале, нерозпізнана відповідь: %s",         // uk
		"Kết nối không thành công, trả lời không được công nhận: %s",                                    // vi
		"Lỗi Thông Báo Email: Kết nối không thành công, trả lời không được công nhận: %s",               // vi
		"连接失败，未识别的响应：%s",                                                                                // zh_CN
		"电子邮件通知错误：连接失败，未识别的响应：%s",                                                                       // zh_CN
		"連線失敗，無法是別的回覆：%s",                                                                               // zh_HK zh_TW
		"電郵通知錯誤：連線失敗，無法是別的回覆：%s",                                                                        // zh_HK
		"電子郵件通知錯誤：連線失敗，無法是別的回覆：%s",                                                                      // zh_TW
	}},
	{own: true, key: "Authentication failed, msg: %1", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Authentication failed, msg: %s",                                                          // en da en_AU en_GB eo et fa hi_IN hy id is ka kk lt ltg mn_MN ms_MY oc sq th uz@Latn
		"Email Notification Error: Authentication failed, msg: %s",                                // en da en_AU en_GB eo fa hi_IN hy id is ka kk lt ltg mn_MN ms_MY oc sq th uz@Latn
		"فشلت المصادقة، الرسالة: %s",                                                              // ar
		"خطأ في إشعار البريد الإلكتروني: فشلت المصادقة، الرسالة: %s",                              // ar
		"Kimlik doğrulaması uğursuz oldu, bild: %s",                                               // az@latin
		"E-poçt bildiriş xətası: Kimlik doğrulaması uğursuz oldu, bild: %s",                       // az@latin
		"Збой аўтэнтыфікацыі, msg: %s",                                                            // be
		"Памылка паведамлення на email: Збой аўтэнтыфікацыі, msg: %s",                             // be
		"Удостоверяване неуспешно, съобщ.: %s",                                                    // bg
		"Грешка при известяване по имейл: Удостоверяване неуспешно, съобщ.: %s",                   // bg
		"Autentifikacija nije uspjela, poruka: %s",                                                // bs
		"Greška u obavještenju putem e-pošte: Autentifikacija nije uspjela, poruka: %s",           // bs
		"L'autenticació ha fallat, missatge: %s",                                                  // ca
		"Error de notificació per correu electrònic: L'autenticació ha fallat, missatge: %s",      // ca
		"Ověření selhalo, zpráva: %s",                                                             // cs
		"Chyba e-mailového oznámení: Ověření selhalo, zpráva: %s",                                 // cs
		"Authentifizierung fehlgeschlagen, Nachricht: %s",                                         // de
		"Fehler bei der E-Mail Benachrichtigung: Authentifizierung fehlgeschlagen, Nachricht: %s", // de
		"Ο έλεγχος ταυτότητας απέτυχε, μήνυμα: %s",                                                // el
		"Σφάλμα ειδοποίησης email: Ο έλεγχος ταυτότητας απέτυχε, μήνυμα: %s",                      // el
		"Error de autenticación, mensaje: %s",                                                     // es
		"Error de notificación por correo electrónico: Error de autenticación, mensaje: %s",       // es
		"E-posti teavitamise viga: Authentication failed, msg: %s",                                // et
		"Autentifikazioak huts egin du, mez: %s",                                                  // eu
		"E-posta jakinarazpen errorea: Autentifikazioak huts egin du, mez: %s",                    // eu
		"Todennus epäonnistui, viesti: %s",                                                        // fi
		"Sähköposti-ilmoitusvirhe: Todennus epäonnistui, viesti: %s",                              // fi
		"Échec de l’authentification, message : %s",                                               // fr
		"Erreur de la notification par courriel : Échec de l’authentification, message : %s",      // fr
		"Fallou a autenticación, mensaxe: %s",                                                     // gl
		"Erro de notificación por correo electrónico: Fallou a autenticación, mensaxe: %s",        // gl
		"אימות נכשל, הודעה: %s",                                                                   // he
		"שגיאת התראת דוא״ל: אימות נכשל, הודעה: %s",                                                // he
		"Provjera autentičnosti nije uspjela, poruka: %s",                                         // hr
		"Pogreška obavijesti putem e-pošte: Provjera autentičnosti nije uspjela, poruka: %s",      // hr
		"Hitelesítés nem sikerült, üzenet: %s",                                                    // hu
		"Email értesítés hiba: Hitelesítés nem sikerült, üzenet: %s",                              // hu
		"Autenticazione non riuscita, messaggio: %s",                                              // it
		"Errore Notifica Email: Autenticazione non riuscita, messaggio: %s",                       // it
		"認証に失敗しました。メッセージ: %s",                                                                     // ja
		"メール通知エラー: 認証に失敗しました。メッセージ: %s",                                                           // ja
		"인증 실패, 메시지: %s",                                                                          // ko
		"이메일 알림 오류: 인증 실패, 메시지: %s",                                                               // ko
		"Autentifikācija neizdevās, ziņa: %s",                                                     // lv_LV
		"E-pasta paziņojuma kļūda: Autentifikācija neizdevās, ziņa: %s",                           // lv_LV
		"Autentisering mislyktes. Melding: %s",                                                    // nb
		"E-post-varslingsfeil: Autentisering mislyktes. Melding: %s",                              // nb
		"प्रमाणीकरण असफल भयो, सन्देश: %s",                                                         // ne_NP
		"इमेल सूचना त्रुटि: प्रमाणीकरण असफल भयो, सन्देश: %s",                                      // ne_NP
		"Authenticatie mislukt. Bericht: %s",                                                      // nl
		"E-mail-meldingsfout: Authenticatie mislukt. Bericht: %s",                                 // nl
		"Uwierzytelnianie nie powiodło się, kom.: %s",                                             // pl
		"Błąd powiadomienia e-mail: Uwierzytelnianie nie powiodło się, kom.: %s",                  // pl
		"A autenticação falhou, mensagem: %s",                                                     // pt_BR
		"E-mail de Notificação do Erro: A autenticação falhou, mensagem: %s",                      // pt_BR
		"Falha na autenticação, mensagem: %s",                                                     // pt_PT
		"E-mail de notificação de erro: Falha na autenticação, mensagem: %s",                      // pt_PT
		"Autentificare eșuată, mesaj: %s",                                                         // ro
		"Eroare de notificare prin poșta electronică: Autentificare eșuată, mesaj: %s",            // ro
		"Ошибка аутентификации, сообщение: %s",                                                    // ru
		"Ошибка оповещения по эл. почте: Ошибка аутентификации, сообщение: %s",                    // ru
		"Autentifikácia zlyhala, správa: %s",                                                      // sk
		"Chyba oznámenia e-mailom: Autentifikácia zlyhala, správa: %s",                            // sk
		"Preverjanje pristnosti ni uspelo, sporočilo: %s",                                         // sl
		"Napaka pri e-poštnem obvestilu: Preverjanje pristnosti ni uspelo, sporočilo: %s",         // sl
		"Аутентификација није успела, порука: %s",                                                 // sr
		"Грешка при обавештење е-поштом: Аутентификација није успела, порука: %s",                 // sr
		"Autentifikacija nije uspela, poruka: %s",                                                 // sr@latin
		"Greška pri obaveštenje e-poštom: Autentifikacija nije uspela, poruka: %s",                // sr@latin
		"Autentisering misslyckades, meddelande: %s",                                              // sv
		"E-postaviseringsfel: Autentisering misslyckades, meddelande: %s",                         // sv
		"Kimlik doğrulama başarısız oldu, ileti: %s",                                              // tr
		"E-posta Bildirim Hatası: Kimlik doğrulama başarısız oldu, ileti: %s",                     // tr
		"Автентифікація не вдала, повід.: %s",                                                     // uk
		"Помилка Сповіщення Електронною Поштою: Автентифікація не вдала, повід.: %s",              // uk
		"Xác thực không thành công, thông báo: %s",                                                // vi
		"Lỗi Thông Báo Email: Xác thực không thành công, thông báo: %s",                           // vi
		"认证失败，消息：%s",                                                                              // zh_CN
		"电子邮件通知错误：认证失败，消息：%s",                                                                     // zh_CN
		"驗證失敗，訊息：%s",                                                                              // zh_HK zh_TW
		"電郵通知錯誤：驗證失敗，訊息：%s",                                                                       // zh_HK
		"電子郵件通知錯誤：驗證失敗，訊息：%s",                                                                     // zh_TW
	}},
	{own: true, key: "Both EHLO and HELO failed, msg: %1", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Both EHLO and HELO failed, msg: ",                                                              // en be da en_AU en_GB eo et fa hi_IN hy id is ka kk lt ltg mn_MN ms_MY oc ro sl sq th uz@Latn
		"Email Notification Error: Both EHLO and HELO failed, msg: ",                                    // en da en_AU en_GB eo fa hi_IN hy id is ka kk lt ltg mn_MN ms_MY oc sq th uz@Latn
		"فشل كل من EHLO وHELO، الرسالة: ",                                                               // ar
		"خطأ في إشعار البريد الإلكتروني: فشل كل من EHLO وHELO، الرسالة: ",                               // ar
		"Hər iki, EHLO və HELO əmrləri uğursuz oldu, bild: ",                                            // az@latin
		"E-poçt bildiriş xətası: Hər iki, EHLO və HELO əmrləri uğursuz oldu, bild: ",                    // az@latin
		"Памылка паведамлення на email: Both EHLO and HELO failed, msg: ",                               // be
		"И EHLO и HELO неуспешни, съобщ.: ",                                                             // bg
		"Грешка при известяване по имейл: И EHLO и HELO неуспешни, съобщ.: ",                            // bg
		"Ni EHLO ni HELO nisu uspjeli, poruka: ",                                                        // bs
		"Greška u obavještenju putem e-pošte: Ni EHLO ni HELO nisu uspjeli, poruka: ",                   // bs
		"Tant EHLO com HELO han fallat, missatge: ",                                                     // ca
		"Error de notificació per correu electrònic: Tant EHLO com HELO han fallat, missatge: ",         // ca
		"EHLO a HELO selhalo, zpráva: ",                                                                 // cs
		"Chyba e-mailového oznámení: EHLO a HELO selhalo, zpráva: ",                                     // cs
		"Sowohl EHLO als auch HELO fehlgeschlagen, Nachricht: ",                                         // de
		"Fehler bei der E-Mail Benachrichtigung: Sowohl EHLO als auch HELO fehlgeschlagen, Nachricht: ", // de
		"Τόσο το EHLO όσο και το HELO απέτυχαν, μήνυμα: ",                                               // el
		"Σφάλμα ειδοποίησης email: Τόσο το EHLO όσο και το HELO απέτυχαν, μήνυμα: ",                     // el
		"Tanto EHLO como HELO fallaron, mensaje: ",                                                      // es
		"Error de notificación por correo electrónico: Tanto EHLO como HELO fallaron, mensaje: ",        // es
		"E-posti teavitamise viga: Both EHLO and HELO failed, msg: ",                                    // et
		"EHLO eta HELO-k huts egin dute, mez: ",                                                         // eu
		"E-posta jakinarazpen errorea: EHLO eta HELO-k huts egin dute, mez: ",                           // eu
		"Sekä EHLO, että HELO epäonnistui, viesti: ",                                                    // fi
		"Sähköposti-ilmoitusvirhe: Sekä EHLO, että HELO epäonnistui, viesti: ",                          // fi
		"Échec d’EHLO et HELO, message : ",                                                              // fr
		"Erreur de la notification par courriel : Échec d’EHLO et HELO, message : ",                     // fr
		"Tanto EHLO como HELO fallaron, mensaxe: ",                                                      // gl
		"Erro de notificación por correo electrónico: Tanto EHLO como HELO fallaron, mensaxe: ",         // gl
		"גם EHLO וגם HELO נכשלו, הודעה: ",                                                               // he
		"שגיאת התראת דוא״ל: גם EHLO וגם HELO נכשלו, הודעה: ",                                            // he
		"I EHLO i HELO nisu uspjeli, poruka: ",                                                          // hr
		"Pogreška obavijesti putem e-pošte: I EHLO i HELO nisu uspjeli, poruka: ",                       // hr
		"EHLO és az HELO is nem sikerült, üzenet: ",                                                     // hu
		"Email értesítés hiba: EHLO és az HELO is nem sikerült, üzenet: ",                               // hu
		"Entrambi EHLO e HELO hanno fallito, msg: ",                                                     // it
		"Errore Notifica Email: Entrambi EHLO e HELO hanno fallito, msg: ",                              // it
		"EHLOとHELOの両方が失敗しました。メッセージ: ",                                                                   // ja
		"メール通知エラー: EHLOとHELOの両方が失敗しました。メッセージ: ",                                                         // ja
		"EHLO와 HELO 모두 실패함. 메시지: ",                                                                      // ko
		"이메일 알림 오류: EHLO와 HELO 모두 실패함. 메시지: ",                                                           // ko
		"Kļūda gan EHLO, gan HELO, ziņa: ",                                                              // lv_LV
		"E-pasta paziņojuma kļūda: Kļūda gan EHLO, gan HELO, ziņa: ",                                    // lv_LV
		"Mislyktes med både EHLO og HELO. Melding: ",                                                    // nb
		"E-post-varslingsfeil: Mislyktes med både EHLO og HELO. Melding: ",                              // nb
		"EHLO र HELO दुवै असफल भए, सन्देश: ",                                                            // ne_NP
		"इमेल सूचना त्रुटि: EHLO र HELO दुवै असफल भए, सन्देश: ",                                         // ne_NP
		"Zowel EHLO als HELO mislukt. Bericht: ",                                                        // nl
		"E-mail-meldingsfout: Zowel EHLO als HELO mislukt. Bericht: ",                                   // nl
		"EHLO i HELO nie powiodły się, kom.: ",                                                          // pl
		"Błąd powiadomienia e-mail: EHLO i HELO nie powiodły się, kom.: ",                               // pl
		"Ambos o EHLO e o HELO falharam, mensagem: ",                                                    // pt_BR pt_PT
		"E-mail de Notificação do Erro: Ambos o EHLO e o HELO falharam, mensagem: ",                     // pt_BR
		"E-mail de notificação de erro: Ambos o EHLO e o HELO falharam, mensagem: ",                     // pt_PT
		"Eroare de notificare prin poșta electronică: Both EHLO and HELO failed, msg: ",                 // ro
		"Обе команды EHLO и HELO не удались, сообщение: ",                                               // ru
		"Ошибка оповещения по эл. почте: Обе команды EHLO и HELO не удались, сообщение: ",               // ru
		"EHLO aj HELO zlyhali, správa: ",                                                                // sk
		"Chyba oznámenia e-mailom: EHLO aj HELO zlyhali, správa: ",                                      // sk
		"Napaka pri e-poštnem obvestilu: Both EHLO and HELO failed, msg: ",                              // sl
		"Ни EHLO ни HELO нису успели, порука: ",                                                         // sr
		"Грешка при обавештење е-поштом: Ни EHLO ни HELO нису успели, порука: ",                         // sr
		"Ni EHLO ni HELO nisu uspeli, poruka: ",                                                         // sr@latin
		"Greška pri obaveštenje e-poštom: Ni EHLO ni HELO nisu uspeli, poruka: ",                        // sr@latin
		"Både EHLO och HELO misslyckades, meddelande: ",                                                 // sv
		"E-postaviseringsfel: Både EHLO och HELO misslyckades, meddelande: ",                            // sv
		"Hem EHLO hem de HELO başarısız oldu, ileti: ",                                                  // tr
		"E-posta Bildirim Hatası: Hem EHLO hem de HELO başarısız oldu, ileti: ",                         // tr
		"Обидві команди EHLO і HELO не вдалися, повід.: ",                                               // uk
		"Помилка Сповіщення Електронною Поштою: Обидві команди EHLO і HELO не вдалися, повід.: ",        // uk
		"Cả EHLO và HELO đều không thành công, thông báo: ",                                             // vi
		"Lỗi Thông Báo Email: Cả EHLO và HELO đều không thành công, thông báo: ",                        // vi
		"EHLO 和 HELO 均失败，消息：",                                                                           // zh_CN
		"电子邮件通知错误：EHLO 和 HELO 均失败，消息：",                                                                  // zh_CN
		"EHLO 與 HELO 皆失敗，訊息：",                                                                           // zh_HK zh_TW
		"電郵通知錯誤：EHLO 與 HELO 皆失敗，訊息：",                                                                    // zh_HK
		"電子郵件通知錯誤：EHLO 與 HELO 皆失敗，訊息：",                                                                  // zh_TW
	}},
	{own: true, word: true, key: "The SMTP server does not seem to support any of the authentications modes we support", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: %s",                                                                                             // en be da en_AU en_GB eo fa fi hi_IN hy id is ka kk lt ltg mn_MN ms_MY oc sl sq th uz@Latn
		"Email Notification Error: The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: %s",                                                                   // en da en_AU en_GB eo fa hi_IN hy id is ka kk lt ltg mn_MN ms_MY oc sq th uz@Latn
		"The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: ",                                                                                               // en be da en_AU en_GB eo fa fi hi_IN hy id is ka kk lt ltg mn_MN ms_MY oc sl sq th uz@Latn
		"Email Notification Error: The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: ",                                                                     // en da en_AU en_GB eo fa hi_IN hy id is ka kk lt ltg mn_MN ms_MY oc sq th uz@Latn
		"يبدو أن خادم SMTP لا يدعم أيًا من أوضاع المصادقة التي ندعمها [CRAM-MD5|PLAIN|LOGIN]، ويتخطى المصادقة، مع العلم أنه من المحتمل أن تفشل... أوضاع مصادقة الخادم: %s",                                                                                                                        // ar
		"خطأ في إشعار البريد الإلكتروني: يبدو أن خادم SMTP لا يدعم أيًا من أوضاع المصادقة التي ندعمها [CRAM-MD5|PLAIN|LOGIN]، ويتخطى المصادقة، مع العلم أنه من المحتمل أن تفشل... أوضاع مصادقة الخادم: %s",                                                                                        // ar
		"يبدو أن خادم SMTP لا يدعم أيًا من أوضاع المصادقة التي ندعمها [CRAM-MD5|PLAIN|LOGIN]، ويتخطى المصادقة، مع العلم أنه من المحتمل أن تفشل... أوضاع مصادقة الخادم: ",                                                                                                                          // ar
		"خطأ في إشعار البريد الإلكتروني: يبدو أن خادم SMTP لا يدعم أيًا من أوضاع المصادقة التي ندعمها [CRAM-MD5|PLAIN|LOGIN]، ويتخطى المصادقة، مع العلم أنه من المحتمل أن تفشل... أوضاع مصادقة الخادم: ",                                                                                          // ar
		"Belə görünür ki, SMTP serveri bizim dəstəklədiyimiz kimlik doğrulaması rejimlərini [CRAM-MD5|PLAIN|LOGIN] dəstəkləmir. Kimlik doğrulamasının uğursuz olaçağı məlum olduğundan o ötürülür... Server doğrulama rejimləri: %s",                                                              // az@latin
		"E-poçt bildiriş xətası: Belə görünür ki, SMTP serveri bizim dəstəklədiyimiz kimlik doğrulaması rejimlərini [CRAM-MD5|PLAIN|LOGIN] dəstəkləmir. Kimlik doğrulamasının uğursuz olaçağı məlum olduğundan o ötürülür... Server doğrulama rejimləri: %s",                                      // az@latin
		"Belə görünür ki, SMTP serveri bizim dəstəklədiyimiz kimlik doğrulaması rejimlərini [CRAM-MD5|PLAIN|LOGIN] dəstəkləmir. Kimlik doğrulamasının uğursuz olaçağı məlum olduğundan o ötürülür... Server doğrulama rejimləri: ",                                                                // az@latin
		"E-poçt bildiriş xətası: Belə görünür ki, SMTP serveri bizim dəstəklədiyimiz kimlik doğrulaması rejimlərini [CRAM-MD5|PLAIN|LOGIN] dəstəkləmir. Kimlik doğrulamasının uğursuz olaçağı məlum olduğundan o ötürülür... Server doğrulama rejimləri: ",                                        // az@latin
		"Памылка паведамлення на email: The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: %s",                                                              // be
		"Памылка паведамлення на email: The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: ",                                                                // be
		"SMTP сървърът не изглежда да поддържа какъвто и да е от режимите за удостоверяване, каквито ние поддържаме [CRAM-MD5|PLAIN|LOGIN], прескачане на удостоверяване, знаейки, че е вероятно да се провали... Режими за удост. на сървъра: %s",                                                // bg
		"Грешка при известяване по имейл: SMTP сървърът не изглежда да поддържа какъвто и да е от режимите за удостоверяване, каквито ние поддържаме [CRAM-MD5|PLAIN|LOGIN], прескачане на удостоверяване, знаейки, че е вероятно да се провали... Режими за удост. на сървъра: %s",               // bg
		"SMTP сървърът не изглежда да поддържа какъвто и да е от режимите за удостоверяване, каквито ние поддържаме [CRAM-MD5|PLAIN|LOGIN], прескачане на удостоверяване, знаейки, че е вероятно да се провали... Режими за удост. на сървъра: ",                                                  // bg
		"Грешка при известяване по имейл: SMTP сървърът не изглежда да поддържа какъвто и да е от режимите за удостоверяване, каквито ние поддържаме [CRAM-MD5|PLAIN|LOGIN], прескачане на удостоверяване, знаейки, че е вероятно да се провали... Режими за удост. на сървъра: ",                 // bg
		"Izgleda da SMTP server ne podržava nijedan od načina autentifikacije koje podržavamo [CRAM-MD5|PLAIN|LOGIN], preskačući autentifikaciju, znajući da će vjerovatno neuspjeti... Načini autentifikacije servera: %s",                                                                       // bs
		"Greška u obavještenju putem e-pošte: Izgleda da SMTP server ne podržava nijedan od načina autentifikacije koje podržavamo [CRAM-MD5|PLAIN|LOGIN], preskačući autentifikaciju, znajući da će vjerovatno neuspjeti... Načini autentifikacije servera: %s",                                  // bs
		"Izgleda da SMTP server ne podržava nijedan od načina autentifikacije koje podržavamo [CRAM-MD5|PLAIN|LOGIN], preskačući autentifikaciju, znajući da će vjerovatno neuspjeti... Načini autentifikacije servera: ",                                                                         // bs
		"Greška u obavještenju putem e-pošte: Izgleda da SMTP server ne podržava nijedan od načina autentifikacije koje podržavamo [CRAM-MD5|PLAIN|LOGIN], preskačući autentifikaciju, znajući da će vjerovatno neuspjeti... Načini autentifikacije servera: ",                                    // bs
		"Sembla que el servidor SMTP no admet cap dels modes d'autenticació que admetem [CRAM-MD5|PLAIN|LOGIN]. S'omet l'autenticació, tot i que és probable que falli... Modes d'autenticació del servidor: %s",                                                                                  // ca
		"Error de notificació per correu electrònic: Sembla que el servidor SMTP no admet cap dels modes d'autenticació que admetem [CRAM-MD5|PLAIN|LOGIN]. S'omet l'autenticació, tot i que és probable que falli... Modes d'autenticació del servidor: %s",                                      // ca
		"Sembla que el servidor SMTP no admet cap dels modes d'autenticació que admetem [CRAM-MD5|PLAIN|LOGIN]. S'omet l'autenticació, tot i que és probable que falli... Modes d'autenticació del servidor: ",                                                                                    // ca
		"Error de notificació per correu electrònic: Sembla que el servidor SMTP no admet cap dels modes d'autenticació que admetem [CRAM-MD5|PLAIN|LOGIN]. S'omet l'autenticació, tot i que és probable que falli... Modes d'autenticació del servidor: ",                                        // ca
		"SMTP server nepoužívá žádnou z podporovaných metod ověření [CRAM-MD5|PLAIN|LOGIN], přerušuji ověření, očekávám slehání... Server Auth režimy: %s",                                                                                                                                        // cs
		"Chyba e-mailového oznámení: SMTP server nepoužívá žádnou z podporovaných metod ověření [CRAM-MD5|PLAIN|LOGIN], přerušuji ověření, očekávám slehání... Server Auth režimy: %s",                                                                                                            // cs
		"SMTP server nepoužívá žádnou z podporovaných metod ověření [CRAM-MD5|PLAIN|LOGIN], přerušuji ověření, očekávám slehání... Server Auth režimy: ",                                                                                                                                          // cs
		"Chyba e-mailového oznámení: SMTP server nepoužívá žádnou z podporovaných metod ověření [CRAM-MD5|PLAIN|LOGIN], přerušuji ověření, očekávám slehání... Server Auth režimy: ",                                                                                                              // cs
		"Der SMTP-Server scheint keinen unserer Authentifizierungsmodi [CRAM-MD5|PLAIN|LOGIN] zu unterstützen und überspringt die Authentifizierung, da er weiß, dass sie wahrscheinlich fehlschlagen wird ... Server-Authentifizierungsmodi: %s",                                                 // de
		"Fehler bei der E-Mail Benachrichtigung: Der SMTP-Server scheint keinen unserer Authentifizierungsmodi [CRAM-MD5|PLAIN|LOGIN] zu unterstützen und überspringt die Authentifizierung, da er weiß, dass sie wahrscheinlich fehlschlagen wird ... Server-Authentifizierungsmodi: %s",         // de
		"Der SMTP-Server scheint keinen unserer Authentifizierungsmodi [CRAM-MD5|PLAIN|LOGIN] zu unterstützen und überspringt die Authentifizierung, da er weiß, dass sie wahrscheinlich fehlschlagen wird ... Server-Authentifizierungsmodi: ",                                                   // de
		"Fehler bei der E-Mail Benachrichtigung: Der SMTP-Server scheint keinen unserer Authentifizierungsmodi [CRAM-MD5|PLAIN|LOGIN] zu unterstützen und überspringt die Authentifizierung, da er weiß, dass sie wahrscheinlich fehlschlagen wird ... Server-Authentifizierungsmodi: ",           // de
		"Ο διακομιστής SMTP δεν φαίνεται να υποστηρίζει καμία από τις λειτουργίες ελέγχου ταυτότητας που υποστηρίζουμε [CRAM-MD5|PLAIN|LOGIN], παράλειψη ελέγχου ταυτότητας, γνωρίζοντας ότι είναι πιθανό να αποτύχει... Λειτουργίες ελέγχου ταυτότητας διακομιστή: %s",                           // el
		"Σφάλμα ειδοποίησης email: Ο διακομιστής SMTP δεν φαίνεται να υποστηρίζει καμία από τις λειτουργίες ελέγχου ταυτότητας που υποστηρίζουμε [CRAM-MD5|PLAIN|LOGIN], παράλειψη ελέγχου ταυτότητας, γνωρίζοντας ότι είναι πιθανό να αποτύχει... Λειτουργίες ελέγχου ταυτότητας διακομιστή: %s", // el
		"Ο διακομιστής SMTP δεν φαίνεται να υποστηρίζει καμία από τις λειτουργίες ελέγχου ταυτότητας που υποστηρίζουμε [CRAM-MD5|PLAIN|LOGIN], παράλειψη ελέγχου ταυτότητας, γνωρίζοντας ότι είναι πιθανό να αποτύχει... Λειτουργίες ελέγχου ταυτότητας διακομιστή: ",                             // el
		"Σφάλμα ειδοποίησης email: Ο διακομιστής SMTP δεν φαίνεται να υποστηρίζει καμία από τις λειτουργίες ελέγχου ταυτότητας που υποστηρίζουμε [CRAM-MD5|PLAIN|LOGIN], παράλειψη ελέγχου ταυτότητας, γνωρίζοντας ότι είναι πιθανό να αποτύχει... Λειτουργίες ελέγχου ταυτότητας διακομιστή: ",   // el
		"El servidor SMTP no parece admitir ninguno de los modos de autenticación que admitimos [CRAM-MD5|PLAIN|LOGIN], omitiendo la autenticación, sabiendo que es probable que falle... Modos de autenticación del servidor: %s",                                                                // es
		"Error de notificación por correo electrónico: El servidor SMTP no parece admitir ninguno de los modos de autenticación que admitimos [CRAM-MD5|PLAIN|LOGIN], omitiendo la autenticación, sabiendo que es probable que falle... Modos de autenticación del servidor: %s",                  // es
		"El servidor SMTP no parece admitir ninguno de los modos de autenticación que admitimos [CRAM-MD5|PLAIN|LOGIN], omitiendo la autenticación, sabiendo que es probable que falle... Modos de autenticación del servidor: ",                                                                  // es
		"Error de notificación por correo electrónico: El servidor SMTP no parece admitir ninguno de los modos de autenticación que admitimos [CRAM-MD5|PLAIN|LOGIN], omitiendo la autenticación, sabiendo que es probable que falle... Modos de autenticación del servidor: ",                    // es
		"SMTP server ei näi toetavat ühtegi meie poolt toetatavat autentimisrežiimi [CRAM-MD5|PLAIN|LOGIN], jättes autentimise vahele, teades, et see tõenäoliselt ebaõnnestub... Serveri autentimisviisid: %s",                                                                                   // et
		"E-posti teavitamise viga: SMTP server ei näi toetavat ühtegi meie poolt toetatavat autentimisrežiimi [CRAM-MD5|PLAIN|LOGIN], jättes autentimise vahele, teades, et see tõenäoliselt ebaõnnestub... Serveri autentimisviisid: %s",                                                         // et
		"SMTP server ei näi toetavat ühtegi meie poolt toetatavat autentimisrežiimi [CRAM-MD5|PLAIN|LOGIN], jättes autentimise vahele, teades, et see tõenäoliselt ebaõnnestub... Serveri autentimisviisid: ",                                                                                     // et
		"E-posti teavitamise viga: SMTP server ei näi toetavat ühtegi meie poolt toetatavat autentimisrežiimi [CRAM-MD5|PLAIN|LOGIN], jättes autentimise vahele, teades, et see tõenäoliselt ebaõnnestub... Serveri autentimisviisid: ",                                                           // et
		"Badirudi SMTP zerbitzariak ez duela onartzen ditugun autentifikazio-modurik [CRAM-MD5|PLAIN|LOGIN], autentifikazioa saltatzen, seguruenik huts egingo duela jakinda... Zerbitzariaren autentifikazio-moduak: %s",                                                                         // eu
		"E-posta jakinarazpen errorea: Badirudi SMTP zerbitzariak ez duela onartzen ditugun autentifikazio-modurik [CRAM-MD5|PLAIN|LOGIN], autentifikazioa saltatzen, seguruenik huts egingo duela jakinda... Zerbitzariaren autentifikazio-moduak: %s",                                           // eu
		"Badirudi SMTP zerbitzariak ez duela onartzen ditugun autentifikazio-modurik [CRAM-MD5|PLAIN|LOGIN], autentifikazioa saltatzen, seguruenik huts egingo duela jakinda... Zerbitzariaren autentifikazio-moduak: ",                                                                           // eu
		"E-posta jakinarazpen errorea: Badirudi SMTP zerbitzariak ez duela onartzen ditugun autentifikazio-modurik [CRAM-MD5|PLAIN|LOGIN], autentifikazioa saltatzen, seguruenik huts egingo duela jakinda... Zerbitzariaren autentifikazio-moduak: ",                                             // eu
		"Sähköposti-ilmoitusvirhe: The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: %s",                                                                   // fi
		"Sähköposti-ilmoitusvirhe: The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: ",                                                                     // fi
		"Le serveur SMTP ne semble prendre en charge aucun des modes d’authentification que nous prenons en charge [CRAM-MD5|PLAIN|LOGIN], authentification ignorée, sachant qu’elle risque d’échouer… Modes d’authentification du serveur : %s",                                                  // fr
		"Erreur de la notification par courriel : Le serveur SMTP ne semble prendre en charge aucun des modes d’authentification que nous prenons en charge [CRAM-MD5|PLAIN|LOGIN], authentification ignorée, sachant qu’elle risque d’échouer… Modes d’authentification du serveur : %s",         // fr
		"Le serveur SMTP ne semble prendre en charge aucun des modes d’authentification que nous prenons en charge [CRAM-MD5|PLAIN|LOGIN], authentification ignorée, sachant qu’elle risque d’échouer… Modes d’authentification du serveur : ",                                                    // fr
		"Erreur de la notification par courriel : Le serveur SMTP ne semble prendre en charge aucun des modes d’authentification que nous prenons en charge [CRAM-MD5|PLAIN|LOGIN], authentification ignorée, sachant qu’elle risque d’échouer… Modes d’authentification du serveur : ",           // fr
		"Parece que o servidor SMTP non admite ningún dos modos de autenticación que admitimos [CRAM-MD5|PLAIN|LOGIN], omitindo a autenticación, sabendo que é probable que falle... Modos de autenticación do servidor: %s",                                                                      // gl
		"Erro de notificación por correo electrónico: Parece que o servidor SMTP non admite ningún dos modos de autenticación que admitimos [CRAM-MD5|PLAIN|LOGIN], omitindo a autenticación, sabendo que é probable que falle... Modos de autenticación do servidor: %s",                         // gl
		"Parece que o servidor SMTP non admite ningún dos modos de autenticación que admitimos [CRAM-MD5|PLAIN|LOGIN], omitindo a autenticación, sabendo que é probable que falle... Modos de autenticación do servidor: ",                                                                        // gl
		"Erro de notificación por correo electrónico: Parece que o servidor SMTP non admite ningún dos modos de autenticación que admitimos [CRAM-MD5|PLAIN|LOGIN], omitindo a autenticación, sabendo que é probable que falle... Modos de autenticación do servidor: ",                           // gl
		"נראה כי שרת SMTP אינו תומך במצבי אימות כלשהם שאנחנו תומכים בהם [CRAM-MD5|PLAIN|LOGIN], מדלג על אימות, בידיעה שהוא קרוב לוודאי ייכשל… מצבי אימות שרת: %s",                                                                                                                                 // he
		"שגיאת התראת דוא״ל: נראה כי שרת SMTP אינו תומך במצבי אימות כלשהם שאנחנו תומכים בהם [CRAM-MD5|PLAIN|LOGIN], מדלג על אימות, בידיעה שהוא קרוב לוודאי ייכשל… מצבי אימות שרת: %s",                                                                                                              // he
		"נראה כי שרת SMTP אינו תומך במצבי אימות כלשהם שאנחנו תומכים בהם [CRAM-MD5|PLAIN|LOGIN], מדלג על אימות, בידיעה שהוא קרוב לוודאי ייכשל… מצבי אימות שרת: ",                                                                                                                                   // he
		"שגיאת התראת דוא״ל: נראה כי שרת SMTP אינו תומך במצבי אימות כלשהם שאנחנו תומכים בהם [CRAM-MD5|PLAIN|LOGIN], מדלג על אימות, בידיעה שהוא קרוב לוודאי ייכשל… מצבי אימות שרת: ",                                                                                                                // he
		"Čini se da SMTP poslužitelj ne podržava niti jedan od modova provjere autentičnosti koje podržavamo [CRAM-MD5|PLAIN|LOGIN], preskakanje provjere autentičnosti, znajući da vjerojatno neće uspjeti... Načini provjere autentičnosti poslužitelja: %s",                                    // hr
		"Pogreška obavijesti putem e-pošte: Čini se da SMTP poslužitelj ne podržava niti jedan od modova provjere autentičnosti koje podržavamo [CRAM-MD5|PLAIN|LOGIN], preskakanje provjere autentičnosti, znajući da vjerojatno neće uspjeti... Načini provjere autentičnosti poslužitelja: %s", // hr
		"Čini se da SMTP poslužitelj ne podržava niti jedan od modova provjere autentičnosti koje podržavamo [CRAM-MD5|PLAIN|LOGIN], preskakanje provjere autentičnosti, znajući da vjerojatno neće uspjeti... Načini provjere autentičnosti poslužitelja: ",                                      // hr
		"Pogreška obavijesti putem e-pošte: Čini se da SMTP poslužitelj ne podržava niti jedan od modova provjere autentičnosti koje podržavamo [CRAM-MD5|PLAIN|LOGIN], preskakanje provjere autentičnosti, znajući da vjerojatno neće uspjeti... Načini provjere autentičnosti poslužitelja: ",   // hr
		"Úgy tűnik, hogy az SMTP-szerver nem támogatja az általunk támogatott hitelesítési módok egyikét sem [CRAM-MD5|PLAIN|LOGIN], kihagyva a hitelesítést, tudván, hogy valószínűleg nem fog sikerülni... Szerver hitelesítési módok: %s",                                                      // hu
		"Email értesítés hiba: Úgy tűnik, hogy az SMTP-szerver nem támogatja az általunk támogatott hitelesítési módok egyikét sem [CRAM-MD5|PLAIN|LOGIN], kihagyva a hitelesítést, tudván, hogy valószínűleg nem fog sikerülni... Szerver hitelesítési módok: %s",                                // hu
		"Úgy tűnik, hogy az SMTP-szerver nem támogatja az általunk támogatott hitelesítési módok egyikét sem [CRAM-MD5|PLAIN|LOGIN], kihagyva a hitelesítést, tudván, hogy valószínűleg nem fog sikerülni... Szerver hitelesítési módok: ",                                                        // hu
		"Email értesítés hiba: Úgy tűnik, hogy az SMTP-szerver nem támogatja az általunk támogatott hitelesítési módok egyikét sem [CRAM-MD5|PLAIN|LOGIN], kihagyva a hitelesítést, tudván, hogy valószínűleg nem fog sikerülni... Szerver hitelesítési módok: ",                                  // hu
		"Il server SMTP non sembra supportare nessuna delle modalità di autenticazione noi supportiamo [CRAM-MD5|PLAIN|LOGIN], saltare l'autenticazione, sapendo che è probabile che fallisca... Modalità di autenticazione del server: %s",                                                       // it
		"Errore Notifica Email: Il server SMTP non sembra supportare nessuna delle modalità di autenticazione noi supportiamo [CRAM-MD5|PLAIN|LOGIN], saltare l'autenticazione, sapendo che è probabile che fallisca... Modalità di autenticazione del server: %s",                                // it
		"Il server SMTP non sembra supportare nessuna delle modalità di autenticazione noi supportiamo [CRAM-MD5|PLAIN|LOGIN], saltare l'autenticazione, sapendo che è probabile che fallisca... Modalità di autenticazione del server: ",                                                         // it
		"Errore Notifica Email: Il server SMTP non sembra supportare nessuna delle modalità di autenticazione noi supportiamo [CRAM-MD5|PLAIN|LOGIN], saltare l'autenticazione, sapendo che è probabile che fallisca... Modalità di autenticazione del server: ",                                  // it
		"SMTPサーバーが[CRAM-MD5|PLAIN|LOGIN]のいずれもサポートしていないようです。おそらく失敗しますが、認証をスキップしています... サーバー認証モード: %s",                                                                                                                                                                                              // ja
		"メール通知エラー: SMTPサーバーが[CRAM-MD5|PLAIN|LOGIN]のいずれもサポートしていないようです。おそらく失敗しますが、認証をスキップしています... サーバー認証モード: %s",                                                                                                                                                                                    // ja
		"SMTPサーバーが[CRAM-MD5|PLAIN|LOGIN]のいずれもサポートしていないようです。おそらく失敗しますが、認証をスキップしています... サーバー認証モード: ",                                                                                                                                                                                                // ja
		"メール通知エラー: SMTPサーバーが[CRAM-MD5|PLAIN|LOGIN]のいずれもサポートしていないようです。おそらく失敗しますが、認証をスキップしています... サーバー認証モード: ",                                                                                                                                                                                      // ja
		"SMTP 서버가 지원되는 [CRAM-MD5|PLAIN|LOGIN] 인증 모드를 지원하지 않는 것 같습니다. 인증이 실패할 가능성이 높기 때문에 건너뜁니다. 서버 인증 모드: %s",                                                                                                                                                                                     // ko
		"이메일 알림 오류: SMTP 서버가 지원되는 [CRAM-MD5|PLAIN|LOGIN] 인증 모드를 지원하지 않는 것 같습니다. 인증이 실패할 가능성이 높기 때문에 건너뜁니다. 서버 인증 모드: %s",                                                                                                                                                                          // ko
		"SMTP 서버가 지원되는 [CRAM-MD5|PLAIN|LOGIN] 인증 모드를 지원하지 않는 것 같습니다. 인증이 실패할 가능성이 높기 때문에 건너뜁니다. 서버 인증 모드: ",                                                                                                                                                                                       // ko
		"이메일 알림 오류: SMTP 서버가 지원되는 [CRAM-MD5|PLAIN|LOGIN] 인증 모드를 지원하지 않는 것 같습니다. 인증이 실패할 가능성이 높기 때문에 건너뜁니다. 서버 인증 모드: ",                                                                                                                                                                            // ko
		"SMTP serveris neatbalsta nevienu no mūsu izmantotajām autentifikācijas metodēm [CRAM-MD5|PLAIN|LOGIN], izlaidīsim autentifikāciju, zinot, ka tas visticamāk nenostrādās... Servera autenfikācijas veids: %s",                                                                             // lv_LV
		"E-pasta paziņojuma kļūda: SMTP serveris neatbalsta nevienu no mūsu izmantotajām autentifikācijas metodēm [CRAM-MD5|PLAIN|LOGIN], izlaidīsim autentifikāciju, zinot, ka tas visticamāk nenostrādās... Servera autenfikācijas veids: %s",                                                   // lv_LV
		"SMTP serveris neatbalsta nevienu no mūsu izmantotajām autentifikācijas metodēm [CRAM-MD5|PLAIN|LOGIN], izlaidīsim autentifikāciju, zinot, ka tas visticamāk nenostrādās... Servera autenfikācijas veids: ",                                                                               // lv_LV
		"E-pasta paziņojuma kļūda: SMTP serveris neatbalsta nevienu no mūsu izmantotajām autentifikācijas metodēm [CRAM-MD5|PLAIN|LOGIN], izlaidīsim autentifikāciju, zinot, ka tas visticamāk nenostrādās... Servera autenfikācijas veids: ",                                                     // lv_LV
		"SMTP-tjeneren støtter tilsynelatende ikke noen av de følgende autentiseringsmetodene: CRAM-MD5, PLAIN, LOGIN. Unnlater autentisering, men det vil antakelig mislykkes … Tjenerens aut.-metoder: %s",                                                                                      // nb
		"E-post-varslingsfeil: SMTP-tjeneren støtter tilsynelatende ikke noen av de følgende autentiseringsmetodene: CRAM-MD5, PLAIN, LOGIN. Unnlater autentisering, men det vil antakelig mislykkes … Tjenerens aut.-metoder: %s",                                                                // nb
		"SMTP-tjeneren støtter tilsynelatende ikke noen av de følgende autentiseringsmetodene: CRAM-MD5, PLAIN, LOGIN. Unnlater autentisering, men det vil antakelig mislykkes … Tjenerens aut.-metoder: ",                                                                                        // nb
		"E-post-varslingsfeil: SMTP-tjeneren støtter tilsynelatende ikke noen av de følgende autentiseringsmetodene: CRAM-MD5, PLAIN, LOGIN. Unnlater autentisering, men det vil antakelig mislykkes … Tjenerens aut.-metoder: ",                                                                  // nb
		"SMTP सर्भरले हामीले समर्थन गर्ने कुनै पनि प्रमाणीकरण मोडहरूलाई समर्थन गरेको देखिँदैन [CRAM-MD5|PLAIN|LOGIN], प्रमाणीकरण छोड्दै, यो असफल हुने सम्भावना छ भन्ने थाहा पाउँदा... सर्भर प्रमाणीकरण मोडहरू: %s",                                                                                // ne_NP
		"इमेल सूचना त्रुटि: SMTP सर्भरले हामीले समर्थन गर्ने कुनै पनि प्रमाणीकरण मोडहरूलाई समर्थन गरेको देखिँदैन [CRAM-MD5|PLAIN|LOGIN], प्रमाणीकरण छोड्दै, यो असफल हुने सम्भावना छ भन्ने थाहा पाउँदा... सर्भर प्रमाणीकरण मोडहरू: %s",                                                             // ne_NP
		"SMTP सर्भरले हामीले समर्थन गर्ने कुनै पनि प्रमाणीकरण मोडहरूलाई समर्थन गरेको देखिँदैन [CRAM-MD5|PLAIN|LOGIN], प्रमाणीकरण छोड्दै, यो असफल हुने सम्भावना छ भन्ने थाहा पाउँदा... सर्भर प्रमाणीकरण मोडहरू: ",                                                                                  // ne_NP
		"इमेल सूचना त्रुटि: SMTP सर्भरले हामीले समर्थन गर्ने कुनै पनि प्रमाणीकरण मोडहरूलाई समर्थन गरेको देखिँदैन [CRAM-MD5|PLAIN|LOGIN], प्रमाणीकरण छोड्दै, यो असफल हुने सम्भावना छ भन्ने थाहा पाउँदा... सर्भर प्रमाणीकरण मोडहरू: ",                                                               // ne_NP
		"De SMTP-server lijkt geen van de door ons ondersteunde authenticatiemodi [CRAM-MD5|PLAIN|LOGIN] te ondersteunen. Authenticatie wordt overgeslagen omdat het waarschijnlijk zal mislukken... Server-authenticatiemodi: %s",                                                                // nl
		"E-mail-meldingsfout: De SMTP-server lijkt geen van de door ons ondersteunde authenticatiemodi [CRAM-MD5|PLAIN|LOGIN] te ondersteunen. Authenticatie wordt overgeslagen omdat het waarschijnlijk zal mislukken... Server-authenticatiemodi: %s",                                           // nl
		"De SMTP-server lijkt geen van de door ons ondersteunde authenticatiemodi [CRAM-MD5|PLAIN|LOGIN] te ondersteunen. Authenticatie wordt overgeslagen omdat het waarschijnlijk zal mislukken... Server-authenticatiemodi: ",                                                                  // nl
		"E-mail-meldingsfout: De SMTP-server lijkt geen van de door ons ondersteunde authenticatiemodi [CRAM-MD5|PLAIN|LOGIN] te ondersteunen. Authenticatie wordt overgeslagen omdat het waarschijnlijk zal mislukken... Server-authenticatiemodi: ",                                             // nl
		"Serwer SMTP nie wydaje się obsługiwać żadnych trybów uwierzytelniających, które obsługujemy [CRAM-MD5|PLAIN|LOGIN], pomijam uwierzytelnianie, wiedząc, że prawdopodobnie się nie powiedzie... Tryby uwierzytelniania serwera: %s",                                                        // pl
		"Błąd powiadomienia e-mail: Serwer SMTP nie wydaje się obsługiwać żadnych trybów uwierzytelniających, które obsługujemy [CRAM-MD5|PLAIN|LOGIN], pomijam uwierzytelnianie, wiedząc, że prawdopodobnie się nie powiedzie... Tryby uwierzytelniania serwera: %s",                             // pl
		"Serwer SMTP nie wydaje się obsługiwać żadnych trybów uwierzytelniających, które obsługujemy [CRAM-MD5|PLAIN|LOGIN], pomijam uwierzytelnianie, wiedząc, że prawdopodobnie się nie powiedzie... Tryby uwierzytelniania serwera: ",                                                          // pl
		"Błąd powiadomienia e-mail: Serwer SMTP nie wydaje się obsługiwać żadnych trybów uwierzytelniających, które obsługujemy [CRAM-MD5|PLAIN|LOGIN], pomijam uwierzytelnianie, wiedząc, że prawdopodobnie się nie powiedzie... Tryby uwierzytelniania serwera: ",                               // pl
		"O servidor SMTP não parece oferecer suporte a qualquer dos modos de autenticação que nós suportamos [CRAM-MD5|PLAIN|LOGIN], ignorando a autenticação, sabendo que provavelmente falhará... Modos de autenticação do servidor: %s",                                                        // pt_BR
		"E-mail de Notificação do Erro: O servidor SMTP não parece oferecer suporte a qualquer dos modos de autenticação que nós suportamos [CRAM-MD5|PLAIN|LOGIN], ignorando a autenticação, sabendo que provavelmente falhará... Modos de autenticação do servidor: %s",                         // pt_BR
		"O servidor SMTP não parece oferecer suporte a qualquer dos modos de autenticação que nós suportamos [CRAM-MD5|PLAIN|LOGIN], ignorando a autenticação, sabendo que provavelmente falhará... Modos de autenticação do servidor: ",                                                          // pt_BR
		"E-mail de Notificação do Erro: O servidor SMTP não parece oferecer suporte a qualquer dos modos de autenticação que nós suportamos [CRAM-MD5|PLAIN|LOGIN], ignorando a autenticação, sabendo que provavelmente falhará... Modos de autenticação do servidor: ",                           // pt_BR
		"O servidor SMTP não parece oferecer suporte a nenhum dos modos de autenticação que suportamos [CRAM-MD5|PLAIN|LOGIN], ignorando a autenticação, sabendo que provavelmente falhará... Modos de autenticação do servidor: %s",                                                              // pt_PT
		"E-mail de notificação de erro: O servidor SMTP não parece oferecer suporte a nenhum dos modos de autenticação que suportamos [CRAM-MD5|PLAIN|LOGIN], ignorando a autenticação, sabendo que provavelmente falhará... Modos de autenticação do servidor: %s",                               // pt_PT
		"O servidor SMTP não parece oferecer suporte a nenhum dos modos de autenticação que suportamos [CRAM-MD5|PLAIN|LOGIN], ignorando a autenticação, sabendo que provavelmente falhará... Modos de autenticação do servidor: ",                                                                // pt_PT
		"E-mail de notificação de erro: O servidor SMTP não parece oferecer suporte a nenhum dos modos de autenticação que suportamos [CRAM-MD5|PLAIN|LOGIN], ignorando a autenticação, sabendo que provavelmente falhará... Modos de autenticação do servidor: ",                                 // pt_PT
		"Servitorul SMTP nu pare să sprijine niciunul dintre modurile de autentificare pe care noi le sprijinim [CRAM-MD5|PLAIN|LOGIN], se omite autentificarea, pentru că cel mai probabil o să eșueze... Moduri autentificare servitor: %s",                                                     // ro
		"Eroare de notificare prin poșta electronică: Servitorul SMTP nu pare să sprijine niciunul dintre modurile de autentificare pe care noi le sprijinim [CRAM-MD5|PLAIN|LOGIN], se omite autentificarea, pentru că cel mai probabil o să eșueze... Moduri autentificare servitor: %s",        // ro
		"Servitorul SMTP nu pare să sprijine niciunul dintre modurile de autentificare pe care noi le sprijinim [CRAM-MD5|PLAIN|LOGIN], se omite autentificarea, pentru că cel mai probabil o să eșueze... Moduri autentificare servitor: ",                                                       // ro
		"Eroare de notificare prin poșta electronică: Servitorul SMTP nu pare să sprijine niciunul dintre modurile de autentificare pe care noi le sprijinim [CRAM-MD5|PLAIN|LOGIN], se omite autentificarea, pentru că cel mai probabil o să eșueze... Moduri autentificare servitor: ",          // ro
		"Похоже, SMTP-сервер не поддерживает ни один из поддерживаемых нами режимов аутентификации [CRAM-MD5|PLAIN|LOGIN], аутентификации пропускается с предположением, что она, скорее всего, завершится неудачей… Режимы авторизации сервера: %s",                                              // ru
		"Ошибка оповещения по эл. почте: Похоже, SMTP-сервер не поддерживает ни один из поддерживаемых нами режимов аутентификации [CRAM-MD5|PLAIN|LOGIN], аутентификации пропускается с предположением, что она, скорее всего, завершится неудачей… Режимы авторизации сервера: %s",              // ru
		"Похоже, SMTP-сервер не поддерживает ни один из поддерживаемых нами режимов аутентификации [CRAM-MD5|PLAIN|LOGIN], аутентификации пропускается с предположением, что она, скорее всего, завершится неудачей… Режимы авторизации сервера: ",                                                // ru
		"Ошибка оповещения по эл. почте: Похоже, SMTP-сервер не поддерживает ни один из поддерживаемых нами режимов аутентификации [CRAM-MD5|PLAIN|LOGIN], аутентификации пропускается с предположением, что она, скорее всего, завершится неудачей… Режимы авторизации сервера: ",                // ru
		"Zdá sa, že SMTP server nepodporuje režimy autentifikácie, ktoré podporujeme [CRAM-MD5|PLAIN|LOGIN]. Autentifikácia sa preskočí, keďže by pravdepodobne aj tak zlyhala... Režimy autentifikácie servera: %s",                                                                              // sk
		"Chyba oznámenia e-mailom: Zdá sa, že SMTP server nepodporuje režimy autentifikácie, ktoré podporujeme [CRAM-MD5|PLAIN|LOGIN]. Autentifikácia sa preskočí, keďže by pravdepodobne aj tak zlyhala... Režimy autentifikácie servera: %s",                                                    // sk
		"Zdá sa, že SMTP server nepodporuje režimy autentifikácie, ktoré podporujeme [CRAM-MD5|PLAIN|LOGIN]. Autentifikácia sa preskočí, keďže by pravdepodobne aj tak zlyhala... Režimy autentifikácie servera: ",                                                                                // sk
		"Chyba oznámenia e-mailom: Zdá sa, že SMTP server nepodporuje režimy autentifikácie, ktoré podporujeme [CRAM-MD5|PLAIN|LOGIN]. Autentifikácia sa preskočí, keďže by pravdepodobne aj tak zlyhala... Režimy autentifikácie servera: ",                                                      // sk
		"Napaka pri e-poštnem obvestilu: The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: %s",                                                             // sl
		"Napaka pri e-poštnem obvestilu: The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: ",                                                               // sl
		"Изгледа да SMTP сервер не подржава ниједан од режима аутентификације које подржавамо [CRAM-MD5|PLAIN|LOGIN], прескачући аутентификацију, знајући да ће вероватно неуспешно... Режими аутентификације сервера: %s",                                                                        // sr
		"Грешка при обавештење е-поштом: Изгледа да SMTP сервер не подржава ниједан од режима аутентификације које подржавамо [CRAM-MD5|PLAIN|LOGIN], прескачући аутентификацију, знајући да ће вероватно неуспешно... Режими аутентификације сервера: %s",                                        // sr
		"Изгледа да SMTP сервер не подржава ниједан од режима аутентификације које подржавамо [CRAM-MD5|PLAIN|LOGIN], прескачући аутентификацију, знајући да ће вероватно неуспешно... Режими аутентификације сервера: ",                                                                          // sr
		"Грешка при обавештење е-поштом: Изгледа да SMTP сервер не подржава ниједан од режима аутентификације које подржавамо [CRAM-MD5|PLAIN|LOGIN], прескачући аутентификацију, знајући да ће вероватно неуспешно... Режими аутентификације сервера: ",                                          // sr
		"Izgleda da SMTP server ne podržava nijedan od režima autentifikacije koje podržavamo [CRAM-MD5|PLAIN|LOGIN], preskačući autentifikaciju, znajući da će verovatno neuspešno... Režimi autentifikacije servera: %s",                                                                        // sr@latin
		"Greška pri obaveštenje e-poštom: Izgleda da SMTP server ne podržava nijedan od režima autentifikacije koje podržavamo [CRAM-MD5|PLAIN|LOGIN], preskačući autentifikaciju, znajući da će verovatno neuspešno... Režimi autentifikacije servera: %s",                                       // sr@latin
		"Izgleda da SMTP server ne podržava nijedan od režima autentifikacije koje podržavamo [CRAM-MD5|PLAIN|LOGIN], preskačući autentifikaciju, znajući da će verovatno neuspešno... Režimi autentifikacije servera: ",                                                                          // sr@latin
		"Greška pri obaveštenje e-poštom: Izgleda da SMTP server ne podržava nijedan od režima autentifikacije koje podržavamo [CRAM-MD5|PLAIN|LOGIN], preskačući autentifikaciju, znajući da će verovatno neuspešno... Režimi autentifikacije servera: ",                                         // sr@latin
		"SMTP-servern verkar inte stödja något av de autentiseringslägen vi stöder [CRAM-MD5|PLAIN|LOGIN], hoppar över autentisering, med vetskap om att det sannolikt kommer att misslyckas... Serverautentiseringslägen: %s",                                                                    // sv
		"E-postaviseringsfel: SMTP-servern verkar inte stödja något av de autentiseringslägen vi stöder [CRAM-MD5|PLAIN|LOGIN], hoppar över autentisering, med vetskap om att det sannolikt kommer att misslyckas... Serverautentiseringslägen: %s",                                               // sv
		"SMTP-servern verkar inte stödja något av de autentiseringslägen vi stöder [CRAM-MD5|PLAIN|LOGIN], hoppar över autentisering, med vetskap om att det sannolikt kommer att misslyckas... Serverautentiseringslägen: ",                                                                      // sv
		"E-postaviseringsfel: SMTP-servern verkar inte stödja något av de autentiseringslägen vi stöder [CRAM-MD5|PLAIN|LOGIN], hoppar över autentisering, med vetskap om att det sannolikt kommer att misslyckas... Serverautentiseringslägen: ",                                                 // sv
		"SMTP sunucusu, desteklediğimiz [CRAM-MD5|PLAIN|LOGIN] kimlik doğrulama kiplerinden hiçbirini desteklemiyor gibi görünüyor, kimlik doğrulama atlanıyor, başarısız olma olasılığının yüksek olduğu biliniyor... Sunucu Yetkilendirme Kipleri: %s",                                          // tr
		"E-posta Bildirim Hatası: SMTP sunucusu, desteklediğimiz [CRAM-MD5|PLAIN|LOGIN] kimlik doğrulama kiplerinden hiçbirini desteklemiyor gibi görünüyor, kimlik doğrulama atlanıyor, başarısız olma olasılığının yüksek olduğu biliniyor... Sunucu Yetkilendirme Kipleri: %s",                 // tr
		"SMTP sunucusu, desteklediğimiz [CRAM-MD5|PLAIN|LOGIN] kimlik doğrulama kiplerinden hiçbirini desteklemiyor gibi görünüyor, kimlik doğrulama atlanıyor, başarısız olma olasılığının yüksek olduğu biliniyor... Sunucu Yetkilendirme Kipleri: ",                                            // tr
		"E-posta Bildirim Hatası: SMTP sunucusu, desteklediğimiz [CRAM-MD5|PLAIN|LOGIN] kimlik doğrulama kiplerinden hiçbirini desteklemiyor gibi görünüyor, kimlik doğrulama atlanıyor, başarısız olma olasılığının yüksek olduğu biliniyor... Sunucu Yetkilendirme Kipleri: ",                   // tr
		"SMTP сервер схоже не підтримує жоден з способів автентифікації, які ми підтримуємо [CRAM-MD5|PLAIN|LOGIN], пропускаємо автентифікацію, тому що це, ймовірно, зазнає невдачі... Способи Автентифікації Сервера: %s",                                                                       // uk
		"Помилка Сповіщення Електронною Поштою: SMTP сервер схоже не підтримує жоден з способів автентифікації, які ми підтримуємо [CRAM-MD5|PLAIN|LOGIN], пропускаємо автентифікацію, тому що це, ймовірно, зазнає невдачі... Способи Автентифікації Сервера: %s",                                // uk
		"SMTP сервер схоже не підтримує жоден з способів автентифікації, які ми підтримуємо [CRAM-MD5|PLAIN|LOGIN], пропускаємо автентифікацію, тому що це, ймовірно, зазнає невдачі... Способи Автентифікації Сервера: ",                                                                         // uk
		"Помилка Сповіщення Електронною Поштою: SMTP сервер схоже не підтримує жоден з способів автентифікації, які ми підтримуємо [CRAM-MD5|PLAIN|LOGIN], пропускаємо автентифікацію, тому що це, ймовірно, зазнає невдачі... Способи Автентифікації Сервера: ",                                  // uk
		"Máy chủ SMTP dường như không hỗ trợ bất kỳ chế độ xác thực nào mà chúng tôi hỗ trợ [CRAM-MD5|PLAIN|LOGIN], bỏ qua xác thực, biết rằng nó có khả năng bị lỗi... Chế Độ Xác Thực Máy Chủ: %s",                                                                                              // vi
		"Lỗi Thông Báo Email: Máy chủ SMTP dường như không hỗ trợ bất kỳ chế độ xác thực nào mà chúng tôi hỗ trợ [CRAM-MD5|PLAIN|LOGIN], bỏ qua xác thực, biết rằng nó có khả năng bị lỗi... Chế Độ Xác Thực Máy Chủ: %s",                                                                         // vi
		"Máy chủ SMTP dường như không hỗ trợ bất kỳ chế độ xác thực nào mà chúng tôi hỗ trợ [CRAM-MD5|PLAIN|LOGIN], bỏ qua xác thực, biết rằng nó có khả năng bị lỗi... Chế Độ Xác Thực Máy Chủ: ",                                                                                                // vi
		"Lỗi Thông Báo Email: Máy chủ SMTP dường như không hỗ trợ bất kỳ chế độ xác thực nào mà chúng tôi hỗ trợ [CRAM-MD5|PLAIN|LOGIN], bỏ qua xác thực, biết rằng nó có khả năng bị lỗi... Chế Độ Xác Thực Máy Chủ: ",                                                                           // vi
		"SMTP 服务器似乎不支持任何我们支持的认证模式 [CRAM-MD5|PLAIN|LOGIN]，正跳过验证，因为它可能会失败...服务器认证模式：%s",                                                                                                                                                                                                             // zh_CN
		"电子邮件通知错误：SMTP 服务器似乎不支持任何我们支持的认证模式 [CRAM-MD5|PLAIN|LOGIN]，正跳过验证，因为它可能会失败...服务器认证模式：%s",                                                                                                                                                                                                    // zh_CN
		"SMTP 服务器似乎不支持任何我们支持的认证模式 [CRAM-MD5|PLAIN|LOGIN]，正跳过验证，因为它可能会失败...服务器认证模式：",                                                                                                                                                                                                               // zh_CN
		"电子邮件通知错误：SMTP 服务器似乎不支持任何我们支持的认证模式 [CRAM-MD5|PLAIN|LOGIN]，正跳过验证，因为它可能会失败...服务器认证模式：",                                                                                                                                                                                                      // zh_CN
		"SMTP 伺服器似乎並不支援任何我們支援的驗證模式 [CRAM-MD5|PLAIN|LOGIN]，正在略過驗證，知道其可能會失敗……伺服器驗證模式：%s",                                                                                                                                                                                                            // zh_HK zh_TW
		"電郵通知錯誤：SMTP 伺服器似乎並不支援任何我們支援的驗證模式 [CRAM-MD5|PLAIN|LOGIN]，正在略過驗證，知道其可能會失敗……伺服器驗證模式：%s",                                                                                                                                                                                                     // zh_HK
		"SMTP 伺服器似乎並不支援任何我們支援的驗證模式 [CRAM-MD5|PLAIN|LOGIN]，正在略過驗證，知道其可能會失敗……伺服器驗證模式：",                                                                                                                                                                                                              // zh_HK zh_TW
		"電郵通知錯誤：SMTP 伺服器似乎並不支援任何我們支援的驗證模式 [CRAM-MD5|PLAIN|LOGIN]，正在略過驗證，知道其可能會失敗……伺服器驗證模式：",                                                                                                                                                                                                       // zh_HK
		"電子郵件通知錯誤：SMTP 伺服器似乎並不支援任何我們支援的驗證模式 [CRAM-MD5|PLAIN|LOGIN]，正在略過驗證，知道其可能會失敗……伺服器驗證模式：%s",                                                                                                                                                                                                   // zh_TW
		"電子郵件通知錯誤：SMTP 伺服器似乎並不支援任何我們支援的驗證模式 [CRAM-MD5|PLAIN|LOGIN]，正在略過驗證，知道其可能會失敗……伺服器驗證模式：",                                                                                                                                                                                                     // zh_TW
	}},
	{own: true, key: "STARTTLS is required but was not offered by the server. Unable to send the email.", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"STARTTLS is required but was not offered by the server. Unable to send the email.",                           // en
		"Email Notification Error: STARTTLS is required but was not offered by the server. Unable to send the email.", // en
	}},
	{own: true, key: "STARTTLS is required but was not enabled by the server. Unable to send the email.", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"STARTTLS is required but was not enabled by the server. Unable to send the email.",                           // en
		"Email Notification Error: STARTTLS is required but was not enabled by the server. Unable to send the email.", // en
	}},
	{own: true, key: "Check the email server supports SMTPS (SMTP over SSL) and you are using the correct port", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Check the email server supports SMTPS (SMTP over SSL) and you are using the correct port",                           // en
		"Email Notification Error: Check the email server supports SMTPS (SMTP over SSL) and you are using the correct port", // en
	}},
	{own: true, key: "Email Notification Error: %1 (QAbstractSocket::HostNotFoundError)", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"Email Notification Error: Host not found",                     // en da en_AU en_GB eo fa hi_IN hy id is ka kk lt ltg mn_MN ms_MY oc sq th uz@Latn
		"خطأ في إشعار البريد الإلكتروني: Host not found",               // ar
		"E-poçt bildiriş xətası: Host not found",                       // az@latin
		"Памылка паведамлення на email: Host not found",                // be
		"Грешка при известяване по имейл: Host not found",              // bg
		"Greška u obavještenju putem e-pošte: Host not found",          // bs
		"Error de notificació per correu electrònic: Host not found",   // ca
		"Chyba e-mailového oznámení: Host not found",                   // cs
		"Fehler bei der E-Mail Benachrichtigung: Host not found",       // de
		"Σφάλμα ειδοποίησης email: Host not found",                     // el
		"Error de notificación por correo electrónico: Host not found", // es
		"E-posti teavitamise viga: Host not found",                     // et
		"E-posta jakinarazpen errorea: Host not found",                 // eu
		"Sähköposti-ilmoitusvirhe: Host not found",                     // fi
		"Erreur de la notification par courriel : Host not found",      // fr
		"Erro de notificación por correo electrónico: Host not found",  // gl
		"שגיאת התראת דוא״ל: Host not found",                            // he
		"Pogreška obavijesti putem e-pošte: Host not found",            // hr
		"Email értesítés hiba: Host not found",                         // hu
		"Errore Notifica Email: Host not found",                        // it
		"メール通知エラー: Host not found",                                     // ja
		"이메일 알림 오류: Host not found",                                    // ko
		"E-pasta paziņojuma kļūda: Host not found",                     // lv_LV
		"E-post-varslingsfeil: Host not found",                         // nb
		"इमेल सूचना त्रुटि: Host not found",                            // ne_NP
		"E-mail-meldingsfout: Host not found",                          // nl
		"Błąd powiadomienia e-mail: Host not found",                    // pl
		"E-mail de Notificação do Erro: Host not found",                // pt_BR
		"E-mail de notificação de erro: Host not found",                // pt_PT
		"Eroare de notificare prin poșta electronică: Host not found",  // ro
		"Ошибка оповещения по эл. почте: Host not found",               // ru
		"Chyba oznámenia e-mailom: Host not found",                     // sk
		"Napaka pri e-poštnem obvestilu: Host not found",               // sl
		"Грешка при обавештење е-поштом: Host not found",               // sr
		"Greška pri obaveštenje e-poštom: Host not found",              // sr@latin
		"E-postaviseringsfel: Host not found",                          // sv
		"E-posta Bildirim Hatası: Host not found",                      // tr
		"Помилка Сповіщення Електронною Поштою: Host not found",        // uk
		"Lỗi Thông Báo Email: Host not found",                          // vi
		"电子邮件通知错误：Host not found",                                      // zh_CN
		"電郵通知錯誤：Host not found",                                        // zh_HK
		"電子郵件通知錯誤：Host not found",                                      // zh_TW
	}},
}
