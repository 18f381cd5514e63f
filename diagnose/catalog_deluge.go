package diagnose

// delugeMessages are the messages of Deluge's Notifications plugin about
// a notification e-mail it could not send for a cause it names
// (deluge/plugins/Notifications/deluge_notifications/core.py of
// deluge-torrent/deluge at 6ec1479cdbbf, which batch CW cites; line
// numbers below), in English and every translation deluge/i18n/*.po
// holds for them (no entry is fuzzy; "ab" ships the Turkish texts; an
// empty msgstr shows the English text). The plugin writes them to the
// log and does not send the mail again; every one is about the SMTP
// server it is set to send with (own).
//
// "Server refused username/password combination: %s" (L145,
// SMTPAuthenticationError from login): the login refused,
// policy_rejected, bounced by the SMTP AUTH convention (cw-015, cw-016,
// cw-039). "Server did not reply properly to HELO greeting: %s" (L141,
// SMTPHeloError): EHLO and HELO refused, syntax_error, bounced, as batch
// CW labels the HELO names servers refuse (cw-017, cw-040, cw-041).
// Their %s is str() of smtplib's exception, the reply as a tuple
// "(535, b'…')", whose code the rules read first (embeddedReply): the
// catalogue answers only for a fill without one.
//
// "There was an error sending the notification email: %s" (L123, L154)
// names no cause: its %s is the exception, a reply tuple or an OS
// error, which the rules read (cw-014, cw-018..022). Only the fills that
// say the configured server's name does not resolve are here, the
// socket.gaierror texts of glibc ([Errno -2], -3, -5), Windows ([Errno
// 11001]) and macOS ([Errno 8]) in each translation of the line:
// domain_not_found, deferred, the README's convention for a client's own
// server (cw-022). Left out: "Notification email sent." (a success).
var delugeMessages = []catalogMessage{
	{own: true, key: "Server refused username/password combination: %s", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Server refused username/password combination: %s",                            // en en_GB
		"Sunucu, kullanıcı adı/parola birleşimini reddetti: %s",                       // ab tr
		"Сервер адмовіўся прыняць імя карыстальніка або пароль: %s",                   // be
		"El servidor ha refusat la combinació d'usuari i contrasenya: %s",             // ca
		"Serveren afviste kombinationen af brugernavn/adgangskode: %s",                // da
		"Server verweigert Benutzernamen/Kennwort-Kombination: %s",                    // de
		"El servidor rechazó la combinación usuario/contraseña: %s",                   // es
		"Le serveur a refusé la combinaison nom d'utilisateur/mot de passe\u00a0: %s", // fr
		"Poslužitelj nije prihvatio kombinaciju korisničkog imena/lozinke: %s",        // hr
		"Сервер отклонил комбинацию имени пользователя и пароля: %s",                  // ru
		"Server vägrade användarnamn/lösenords-kombination: %s",                       // sv
		"Сервер відмовився від комбінації імени користувача/паролю: %s",               // uk
		"服务器拒绝用户名/密码组合: %s",                                                           // zh_CN
	}},
	{own: true, key: "Server did not reply properly to HELO greeting: %s", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Server did not reply properly to HELO greeting: %s",                   // en en_GB
		"Sunucu, HELO selamlamasına düzgün bir şekilde yanıt vermedi: %s",      // ab tr
		"Сервер няправільна адказаў на прывітанне: %s",                         // be
		"El servidor no ha respost adequadament a la petició inicial: %s",      // ca
		"Serveren svarede ikke ordentligt på HELO-hilsen: %s",                  // da
		"El servidor no respondió correctamente al saludo HELO: %s",            // es
		"Le serveur n'a pas répondu correctement à la commande HELO\u00a0: %s", // fr
		"Poslužitelj nije ispravno odgovorio na pozdrav dobrodošlice: %s",      // hr
		"Сервер неверно ответил на приветствие HELO: %s",                       // ru
		"Server svarade inte korrekt på HELO hälsning: %s",                     // sv
		"Сервер невірно відповів на привітання HELO: %s",                       // uk
	}},
	{own: true, key: "There was an error sending the notification email: %s (socket.gaierror)", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"There was an error sending the notification email: [Errno -2] Name or service not known",                                              // en en_CA
		"Bildirim e-postası gönderilirken bir hata oldu: [Errno -2] Name or service not known",                                                 // ab tr
		"'n Fout het voorgekom tydens die versending van die kennisgewings-e-pos: [Errno -2] Name or service not known",                        // af
		"هناك خطأ في إرسال الإشعار للبريد الإلكتروني: [Errno -2] Name or service not known",                                                    // ar
		"Hebo un fallu unviando'l corréu de notificación: [Errno -2] Name or service not known",                                                // ast
		"Памылка апавяшчэння па электроннай пошце: [Errno -2] Name or service not known",                                                       // be
		"S'ha produït un error enviant el correu de notificació: [Errno -2] Name or service not known",                                         // ca
		"Došlo k chybě při odesílání oznamujícího e-mailu: [Errno -2] Name or service not known",                                               // cs
		"Der opstod en fejl under afsendelse af notifikations-e-mail: [Errno -2] Name or service not known",                                    // da
		"Es trat ein Fehler beim Senden der Benachrichtigungsemail auf: [Errno -2] Name or service not known",                                  // de
		"Προέκυψε σφάλμα κατά την αποστολή του ενημερωτικού email: [Errno -2] Name or service not known",                                       // el
		"There was an error sending the notification e-mail: [Errno -2] Name or service not known",                                             // en_AU en_GB
		"Hubo un error al enviar la notificación por email: [Errno -2] Name or service not known",                                              // es
		"Errore bat egon da jakinarazpen mezua bidaltzean: [Errno -2] Name or service not known",                                               // eu
		"در هنگام ارسال ایمیل آگاه سازی، خطایی رخ داد: [Errno -2] Name or service not known",                                                   // fa
		"Sähköposti-ilmoitusta lähettäessä tapahtui virhe: [Errno -2] Name or service not known",                                               // fi
		"Une erreur est survenue lors de l'envoi du courriel de notification\u00a0: [Errno -2] Name or service not known",                      // fr
		"Houbo un erro ao enviar o a notificación por correo electrónico: [Errno -2] Name or service not known",                                // gl
		"Dogodila se greška prilikom slanja obavijesti na e-poštu: [Errno -2] Name or service not known",                                       // hr
		"Hiba történt az értesítő e-mail küldésénél: [Errno -2] Name or service not known",                                                     // hu
		"Villa við að senda tilkynningu í tölvupósti: [Errno -2] Name or service not known",                                                    // is
		"C'è stato un erroe nell'invio dell'email di notificha: [Errno -2] Name or service not known",                                          // it
		"通知メールの送信中にエラーが発生しました: [Errno -2] Name or service not known",                                                                           // ja
		"შეტყობინების ელ-ფსოტის გაგზავნისას დაფიქსირდა შეცდომა: [Errno -2] Name or service not known",                                          // ka
		"Siunčiant pranešimo el. laišką įvyko klaida: [Errno -2] Name or service not known",                                                    // lt
		"Gadījās kļūda, sūtot paziņojuma e-pastu: [Errno -2] Name or service not known",                                                        // lv
		"Грешка при праќање на електронската порака со известување: [Errno -2] Name or service not known",                                      // mk
		"Terdapat ralat semasa menghantar emel pemberitahuan: [Errno -2] Name or service not known",                                            // ms
		"C'è stato n'errore pe' tramente ca se mannava l'e-mail 'e notificha: [Errno -2] Name or service not known",                            // nap
		"Er heeft een fout plaatsgevonden tijdens het zenden van de notificatie email: [Errno -2] Name or service not known",                   // nl
		"Det oppstod ein feil ved sending av påminning via e-post: [Errno -2] Name or service not known",                                       // nn
		"Wystąpił błąd podczas wysyłania powiadomienia email: [Errno -2] Name or service not known",                                            // pl
		"Ocorreu um erro ao enviar a notificação: [Errno -2] Name or service not known",                                                        // pt
		"Houve um erro ao enviar o e-mail de notificação: [Errno -2] Name or service not known",                                                // pt_BR
		"Eroare la trimiterea emailului de notificare: [Errno -2] Name or service not known",                                                   // ro
		"Ошибка при отправке уведомления на электронную почту: [Errno -2] Name or service not known",                                           // ru
		"නිවේදන විද්\u200dයුත් ලිපිය යැවීමේදී දෝෂයක් ඇත:[Errno -2] Name or service not known",                                                  // si
		"Nastala chyba pri odosielaní oznamovacieho emailu: [Errno -2] Name or service not known",                                              // sk
		"Med pošiljanjem obvestilne e-pošte je prišlo do napake: [Errno -2] Name or service not known",                                         // sl
		"Дошло је до грешке слања ел. поште са обавешењем: [Errno -2] Name or service not known",                                               // sr
		"Det uppstod ett fel vid skickande av aviseringsmeddelandet: [Errno -2] Name or service not known",                                     // sv
		"Сталася помилка, під час висилання електронного листа зі сповіщенням: [Errno -2] Name or service not known",                           // uk
		"Có lỗi khi gửi email thông báo: [Errno -2] Name or service not known",                                                                 // vi
		"发送通知邮件时发生错误： [Errno -2] Name or service not known",                                                                                    // zh_CN
		"在傳送通知電郵時發生錯誤：[Errno -2] Name or service not known",                                                                                    // zh_HK
		"在發送通知郵件時發生錯誤：[Errno -2] Name or service not known",                                                                                    // zh_TW
		"There was an error sending the notification email: [Errno -3] Temporary failure in name resolution",                                   // en en_CA
		"Bildirim e-postası gönderilirken bir hata oldu: [Errno -3] Temporary failure in name resolution",                                      // ab tr
		"'n Fout het voorgekom tydens die versending van die kennisgewings-e-pos: [Errno -3] Temporary failure in name resolution",             // af
		"هناك خطأ في إرسال الإشعار للبريد الإلكتروني: [Errno -3] Temporary failure in name resolution",                                         // ar
		"Hebo un fallu unviando'l corréu de notificación: [Errno -3] Temporary failure in name resolution",                                     // ast
		"Памылка апавяшчэння па электроннай пошце: [Errno -3] Temporary failure in name resolution",                                            // be
		"S'ha produït un error enviant el correu de notificació: [Errno -3] Temporary failure in name resolution",                              // ca
		"Došlo k chybě při odesílání oznamujícího e-mailu: [Errno -3] Temporary failure in name resolution",                                    // cs
		"Der opstod en fejl under afsendelse af notifikations-e-mail: [Errno -3] Temporary failure in name resolution",                         // da
		"Es trat ein Fehler beim Senden der Benachrichtigungsemail auf: [Errno -3] Temporary failure in name resolution",                       // de
		"Προέκυψε σφάλμα κατά την αποστολή του ενημερωτικού email: [Errno -3] Temporary failure in name resolution",                            // el
		"There was an error sending the notification e-mail: [Errno -3] Temporary failure in name resolution",                                  // en_AU en_GB
		"Hubo un error al enviar la notificación por email: [Errno -3] Temporary failure in name resolution",                                   // es
		"Errore bat egon da jakinarazpen mezua bidaltzean: [Errno -3] Temporary failure in name resolution",                                    // eu
		"در هنگام ارسال ایمیل آگاه سازی، خطایی رخ داد: [Errno -3] Temporary failure in name resolution",                                        // fa
		"Sähköposti-ilmoitusta lähettäessä tapahtui virhe: [Errno -3] Temporary failure in name resolution",                                    // fi
		"Une erreur est survenue lors de l'envoi du courriel de notification\u00a0: [Errno -3] Temporary failure in name resolution",           // fr
		"Houbo un erro ao enviar o a notificación por correo electrónico: [Errno -3] Temporary failure in name resolution",                     // gl
		"Dogodila se greška prilikom slanja obavijesti na e-poštu: [Errno -3] Temporary failure in name resolution",                            // hr
		"Hiba történt az értesítő e-mail küldésénél: [Errno -3] Temporary failure in name resolution",                                          // hu
		"Villa við að senda tilkynningu í tölvupósti: [Errno -3] Temporary failure in name resolution",                                         // is
		"C'è stato un erroe nell'invio dell'email di notificha: [Errno -3] Temporary failure in name resolution",                               // it
		"通知メールの送信中にエラーが発生しました: [Errno -3] Temporary failure in name resolution",                                                                // ja
		"შეტყობინების ელ-ფსოტის გაგზავნისას დაფიქსირდა შეცდომა: [Errno -3] Temporary failure in name resolution",                               // ka
		"Siunčiant pranešimo el. laišką įvyko klaida: [Errno -3] Temporary failure in name resolution",                                         // lt
		"Gadījās kļūda, sūtot paziņojuma e-pastu: [Errno -3] Temporary failure in name resolution",                                             // lv
		"Грешка при праќање на електронската порака со известување: [Errno -3] Temporary failure in name resolution",                           // mk
		"Terdapat ralat semasa menghantar emel pemberitahuan: [Errno -3] Temporary failure in name resolution",                                 // ms
		"C'è stato n'errore pe' tramente ca se mannava l'e-mail 'e notificha: [Errno -3] Temporary failure in name resolution",                 // nap
		"Er heeft een fout plaatsgevonden tijdens het zenden van de notificatie email: [Errno -3] Temporary failure in name resolution",        // nl
		"Det oppstod ein feil ved sending av påminning via e-post: [Errno -3] Temporary failure in name resolution",                            // nn
		"Wystąpił błąd podczas wysyłania powiadomienia email: [Errno -3] Temporary failure in name resolution",                                 // pl
		"Ocorreu um erro ao enviar a notificação: [Errno -3] Temporary failure in name resolution",                                             // pt
		"Houve um erro ao enviar o e-mail de notificação: [Errno -3] Temporary failure in name resolution",                                     // pt_BR
		"Eroare la trimiterea emailului de notificare: [Errno -3] Temporary failure in name resolution",                                        // ro
		"Ошибка при отправке уведомления на электронную почту: [Errno -3] Temporary failure in name resolution",                                // ru
		"නිවේදන විද්\u200dයුත් ලිපිය යැවීමේදී දෝෂයක් ඇත:[Errno -3] Temporary failure in name resolution",                                       // si
		"Nastala chyba pri odosielaní oznamovacieho emailu: [Errno -3] Temporary failure in name resolution",                                   // sk
		"Med pošiljanjem obvestilne e-pošte je prišlo do napake: [Errno -3] Temporary failure in name resolution",                              // sl
		"Дошло је до грешке слања ел. поште са обавешењем: [Errno -3] Temporary failure in name resolution",                                    // sr
		"Det uppstod ett fel vid skickande av aviseringsmeddelandet: [Errno -3] Temporary failure in name resolution",                          // sv
		"Сталася помилка, під час висилання електронного листа зі сповіщенням: [Errno -3] Temporary failure in name resolution",                // uk
		"Có lỗi khi gửi email thông báo: [Errno -3] Temporary failure in name resolution",                                                      // vi
		"发送通知邮件时发生错误： [Errno -3] Temporary failure in name resolution",                                                                         // zh_CN
		"在傳送通知電郵時發生錯誤：[Errno -3] Temporary failure in name resolution",                                                                         // zh_HK
		"在發送通知郵件時發生錯誤：[Errno -3] Temporary failure in name resolution",                                                                         // zh_TW
		"There was an error sending the notification email: [Errno -5] No address associated with hostname",                                    // en en_CA
		"Bildirim e-postası gönderilirken bir hata oldu: [Errno -5] No address associated with hostname",                                       // ab tr
		"'n Fout het voorgekom tydens die versending van die kennisgewings-e-pos: [Errno -5] No address associated with hostname",              // af
		"هناك خطأ في إرسال الإشعار للبريد الإلكتروني: [Errno -5] No address associated with hostname",                                          // ar
		"Hebo un fallu unviando'l corréu de notificación: [Errno -5] No address associated with hostname",                                      // ast
		"Памылка апавяшчэння па электроннай пошце: [Errno -5] No address associated with hostname",                                             // be
		"S'ha produït un error enviant el correu de notificació: [Errno -5] No address associated with hostname",                               // ca
		"Došlo k chybě při odesílání oznamujícího e-mailu: [Errno -5] No address associated with hostname",                                     // cs
		"Der opstod en fejl under afsendelse af notifikations-e-mail: [Errno -5] No address associated with hostname",                          // da
		"Es trat ein Fehler beim Senden der Benachrichtigungsemail auf: [Errno -5] No address associated with hostname",                        // de
		"Προέκυψε σφάλμα κατά την αποστολή του ενημερωτικού email: [Errno -5] No address associated with hostname",                             // el
		"There was an error sending the notification e-mail: [Errno -5] No address associated with hostname",                                   // en_AU en_GB
		"Hubo un error al enviar la notificación por email: [Errno -5] No address associated with hostname",                                    // es
		"Errore bat egon da jakinarazpen mezua bidaltzean: [Errno -5] No address associated with hostname",                                     // eu
		"در هنگام ارسال ایمیل آگاه سازی، خطایی رخ داد: [Errno -5] No address associated with hostname",                                         // fa
		"Sähköposti-ilmoitusta lähettäessä tapahtui virhe: [Errno -5] No address associated with hostname",                                     // fi
		"Une erreur est survenue lors de l'envoi du courriel de notification\u00a0: [Errno -5] No address associated with hostname",            // fr
		"Houbo un erro ao enviar o a notificación por correo electrónico: [Errno -5] No address associated with hostname",                      // gl
		"Dogodila se greška prilikom slanja obavijesti na e-poštu: [Errno -5] No address associated with hostname",                             // hr
		"Hiba történt az értesítő e-mail küldésénél: [Errno -5] No address associated with hostname",                                           // hu
		"Villa við að senda tilkynningu í tölvupósti: [Errno -5] No address associated with hostname",                                          // is
		"C'è stato un erroe nell'invio dell'email di notificha: [Errno -5] No address associated with hostname",                                // it
		"通知メールの送信中にエラーが発生しました: [Errno -5] No address associated with hostname",                                                                 // ja
		"შეტყობინების ელ-ფსოტის გაგზავნისას დაფიქსირდა შეცდომა: [Errno -5] No address associated with hostname",                                // ka
		"Siunčiant pranešimo el. laišką įvyko klaida: [Errno -5] No address associated with hostname",                                          // lt
		"Gadījās kļūda, sūtot paziņojuma e-pastu: [Errno -5] No address associated with hostname",                                              // lv
		"Грешка при праќање на електронската порака со известување: [Errno -5] No address associated with hostname",                            // mk
		"Terdapat ralat semasa menghantar emel pemberitahuan: [Errno -5] No address associated with hostname",                                  // ms
		"C'è stato n'errore pe' tramente ca se mannava l'e-mail 'e notificha: [Errno -5] No address associated with hostname",                  // nap
		"Er heeft een fout plaatsgevonden tijdens het zenden van de notificatie email: [Errno -5] No address associated with hostname",         // nl
		"Det oppstod ein feil ved sending av påminning via e-post: [Errno -5] No address associated with hostname",                             // nn
		"Wystąpił błąd podczas wysyłania powiadomienia email: [Errno -5] No address associated with hostname",                                  // pl
		"Ocorreu um erro ao enviar a notificação: [Errno -5] No address associated with hostname",                                              // pt
		"Houve um erro ao enviar o e-mail de notificação: [Errno -5] No address associated with hostname",                                      // pt_BR
		"Eroare la trimiterea emailului de notificare: [Errno -5] No address associated with hostname",                                         // ro
		"Ошибка при отправке уведомления на электронную почту: [Errno -5] No address associated with hostname",                                 // ru
		"නිවේදන විද්\u200dයුත් ලිපිය යැවීමේදී දෝෂයක් ඇත:[Errno -5] No address associated with hostname",                                        // si
		"Nastala chyba pri odosielaní oznamovacieho emailu: [Errno -5] No address associated with hostname",                                    // sk
		"Med pošiljanjem obvestilne e-pošte je prišlo do napake: [Errno -5] No address associated with hostname",                               // sl
		"Дошло је до грешке слања ел. поште са обавешењем: [Errno -5] No address associated with hostname",                                     // sr
		"Det uppstod ett fel vid skickande av aviseringsmeddelandet: [Errno -5] No address associated with hostname",                           // sv
		"Сталася помилка, під час висилання електронного листа зі сповіщенням: [Errno -5] No address associated with hostname",                 // uk
		"Có lỗi khi gửi email thông báo: [Errno -5] No address associated with hostname",                                                       // vi
		"发送通知邮件时发生错误： [Errno -5] No address associated with hostname",                                                                          // zh_CN
		"在傳送通知電郵時發生錯誤：[Errno -5] No address associated with hostname",                                                                          // zh_HK
		"在發送通知郵件時發生錯誤：[Errno -5] No address associated with hostname",                                                                          // zh_TW
		"There was an error sending the notification email: [Errno 11001] getaddrinfo failed",                                                  // en en_CA
		"Bildirim e-postası gönderilirken bir hata oldu: [Errno 11001] getaddrinfo failed",                                                     // ab tr
		"'n Fout het voorgekom tydens die versending van die kennisgewings-e-pos: [Errno 11001] getaddrinfo failed",                            // af
		"هناك خطأ في إرسال الإشعار للبريد الإلكتروني: [Errno 11001] getaddrinfo failed",                                                        // ar
		"Hebo un fallu unviando'l corréu de notificación: [Errno 11001] getaddrinfo failed",                                                    // ast
		"Памылка апавяшчэння па электроннай пошце: [Errno 11001] getaddrinfo failed",                                                           // be
		"S'ha produït un error enviant el correu de notificació: [Errno 11001] getaddrinfo failed",                                             // ca
		"Došlo k chybě při odesílání oznamujícího e-mailu: [Errno 11001] getaddrinfo failed",                                                   // cs
		"Der opstod en fejl under afsendelse af notifikations-e-mail: [Errno 11001] getaddrinfo failed",                                        // da
		"Es trat ein Fehler beim Senden der Benachrichtigungsemail auf: [Errno 11001] getaddrinfo failed",                                      // de
		"Προέκυψε σφάλμα κατά την αποστολή του ενημερωτικού email: [Errno 11001] getaddrinfo failed",                                           // el
		"There was an error sending the notification e-mail: [Errno 11001] getaddrinfo failed",                                                 // en_AU en_GB
		"Hubo un error al enviar la notificación por email: [Errno 11001] getaddrinfo failed",                                                  // es
		"Errore bat egon da jakinarazpen mezua bidaltzean: [Errno 11001] getaddrinfo failed",                                                   // eu
		"در هنگام ارسال ایمیل آگاه سازی، خطایی رخ داد: [Errno 11001] getaddrinfo failed",                                                       // fa
		"Sähköposti-ilmoitusta lähettäessä tapahtui virhe: [Errno 11001] getaddrinfo failed",                                                   // fi
		"Une erreur est survenue lors de l'envoi du courriel de notification\u00a0: [Errno 11001] getaddrinfo failed",                          // fr
		"Houbo un erro ao enviar o a notificación por correo electrónico: [Errno 11001] getaddrinfo failed",                                    // gl
		"Dogodila se greška prilikom slanja obavijesti na e-poštu: [Errno 11001] getaddrinfo failed",                                           // hr
		"Hiba történt az értesítő e-mail küldésénél: [Errno 11001] getaddrinfo failed",                                                         // hu
		"Villa við að senda tilkynningu í tölvupósti: [Errno 11001] getaddrinfo failed",                                                        // is
		"C'è stato un erroe nell'invio dell'email di notificha: [Errno 11001] getaddrinfo failed",                                              // it
		"通知メールの送信中にエラーが発生しました: [Errno 11001] getaddrinfo failed",                                                                               // ja
		"შეტყობინების ელ-ფსოტის გაგზავნისას დაფიქსირდა შეცდომა: [Errno 11001] getaddrinfo failed",                                              // ka
		"Siunčiant pranešimo el. laišką įvyko klaida: [Errno 11001] getaddrinfo failed",                                                        // lt
		"Gadījās kļūda, sūtot paziņojuma e-pastu: [Errno 11001] getaddrinfo failed",                                                            // lv
		"Грешка при праќање на електронската порака со известување: [Errno 11001] getaddrinfo failed",                                          // mk
		"Terdapat ralat semasa menghantar emel pemberitahuan: [Errno 11001] getaddrinfo failed",                                                // ms
		"C'è stato n'errore pe' tramente ca se mannava l'e-mail 'e notificha: [Errno 11001] getaddrinfo failed",                                // nap
		"Er heeft een fout plaatsgevonden tijdens het zenden van de notificatie email: [Errno 11001] getaddrinfo failed",                       // nl
		"Det oppstod ein feil ved sending av påminning via e-post: [Errno 11001] getaddrinfo failed",                                           // nn
		"Wystąpił błąd podczas wysyłania powiadomienia email: [Errno 11001] getaddrinfo failed",                                                // pl
		"Ocorreu um erro ao enviar a notificação: [Errno 11001] getaddrinfo failed",                                                            // pt
		"Houve um erro ao enviar o e-mail de notificação: [Errno 11001] getaddrinfo failed",                                                    // pt_BR
		"Eroare la trimiterea emailului de notificare: [Errno 11001] getaddrinfo failed",                                                       // ro
		"Ошибка при отправке уведомления на электронную почту: [Errno 11001] getaddrinfo failed",                                               // ru
		"නිවේදන විද්\u200dයුත් ලිපිය යැවීමේදී දෝෂයක් ඇත:[Errno 11001] getaddrinfo failed",                                                      // si
		"Nastala chyba pri odosielaní oznamovacieho emailu: [Errno 11001] getaddrinfo failed",                                                  // sk
		"Med pošiljanjem obvestilne e-pošte je prišlo do napake: [Errno 11001] getaddrinfo failed",                                             // sl
		"Дошло је до грешке слања ел. поште са обавешењем: [Errno 11001] getaddrinfo failed",                                                   // sr
		"Det uppstod ett fel vid skickande av aviseringsmeddelandet: [Errno 11001] getaddrinfo failed",                                         // sv
		"Сталася помилка, під час висилання електронного листа зі сповіщенням: [Errno 11001] getaddrinfo failed",                               // uk
		"Có lỗi khi gửi email thông báo: [Errno 11001] getaddrinfo failed",                                                                     // vi
		"发送通知邮件时发生错误： [Errno 11001] getaddrinfo failed",                                                                                        // zh_CN
		"在傳送通知電郵時發生錯誤：[Errno 11001] getaddrinfo failed",                                                                                        // zh_HK
		"在發送通知郵件時發生錯誤：[Errno 11001] getaddrinfo failed",                                                                                        // zh_TW
		"There was an error sending the notification email: [Errno 8] nodename nor servname provided, or not known",                            // en en_CA
		"Bildirim e-postası gönderilirken bir hata oldu: [Errno 8] nodename nor servname provided, or not known",                               // ab tr
		"'n Fout het voorgekom tydens die versending van die kennisgewings-e-pos: [Errno 8] nodename nor servname provided, or not known",      // af
		"هناك خطأ في إرسال الإشعار للبريد الإلكتروني: [Errno 8] nodename nor servname provided, or not known",                                  // ar
		"Hebo un fallu unviando'l corréu de notificación: [Errno 8] nodename nor servname provided, or not known",                              // ast
		"Памылка апавяшчэння па электроннай пошце: [Errno 8] nodename nor servname provided, or not known",                                     // be
		"S'ha produït un error enviant el correu de notificació: [Errno 8] nodename nor servname provided, or not known",                       // ca
		"Došlo k chybě při odesílání oznamujícího e-mailu: [Errno 8] nodename nor servname provided, or not known",                             // cs
		"Der opstod en fejl under afsendelse af notifikations-e-mail: [Errno 8] nodename nor servname provided, or not known",                  // da
		"Es trat ein Fehler beim Senden der Benachrichtigungsemail auf: [Errno 8] nodename nor servname provided, or not known",                // de
		"Προέκυψε σφάλμα κατά την αποστολή του ενημερωτικού email: [Errno 8] nodename nor servname provided, or not known",                     // el
		"There was an error sending the notification e-mail: [Errno 8] nodename nor servname provided, or not known",                           // en_AU en_GB
		"Hubo un error al enviar la notificación por email: [Errno 8] nodename nor servname provided, or not known",                            // es
		"Errore bat egon da jakinarazpen mezua bidaltzean: [Errno 8] nodename nor servname provided, or not known",                             // eu
		"در هنگام ارسال ایمیل آگاه سازی، خطایی رخ داد: [Errno 8] nodename nor servname provided, or not known",                                 // fa
		"Sähköposti-ilmoitusta lähettäessä tapahtui virhe: [Errno 8] nodename nor servname provided, or not known",                             // fi
		"Une erreur est survenue lors de l'envoi du courriel de notification\u00a0: [Errno 8] nodename nor servname provided, or not known",    // fr
		"Houbo un erro ao enviar o a notificación por correo electrónico: [Errno 8] nodename nor servname provided, or not known",              // gl
		"Dogodila se greška prilikom slanja obavijesti na e-poštu: [Errno 8] nodename nor servname provided, or not known",                     // hr
		"Hiba történt az értesítő e-mail küldésénél: [Errno 8] nodename nor servname provided, or not known",                                   // hu
		"Villa við að senda tilkynningu í tölvupósti: [Errno 8] nodename nor servname provided, or not known",                                  // is
		"C'è stato un erroe nell'invio dell'email di notificha: [Errno 8] nodename nor servname provided, or not known",                        // it
		"通知メールの送信中にエラーが発生しました: [Errno 8] nodename nor servname provided, or not known",                                                         // ja
		"შეტყობინების ელ-ფსოტის გაგზავნისას დაფიქსირდა შეცდომა: [Errno 8] nodename nor servname provided, or not known",                        // ka
		"Siunčiant pranešimo el. laišką įvyko klaida: [Errno 8] nodename nor servname provided, or not known",                                  // lt
		"Gadījās kļūda, sūtot paziņojuma e-pastu: [Errno 8] nodename nor servname provided, or not known",                                      // lv
		"Грешка при праќање на електронската порака со известување: [Errno 8] nodename nor servname provided, or not known",                    // mk
		"Terdapat ralat semasa menghantar emel pemberitahuan: [Errno 8] nodename nor servname provided, or not known",                          // ms
		"C'è stato n'errore pe' tramente ca se mannava l'e-mail 'e notificha: [Errno 8] nodename nor servname provided, or not known",          // nap
		"Er heeft een fout plaatsgevonden tijdens het zenden van de notificatie email: [Errno 8] nodename nor servname provided, or not known", // nl
		"Det oppstod ein feil ved sending av påminning via e-post: [Errno 8] nodename nor servname provided, or not known",                     // nn
		"Wystąpił błąd podczas wysyłania powiadomienia email: [Errno 8] nodename nor servname provided, or not known",                          // pl
		"Ocorreu um erro ao enviar a notificação: [Errno 8] nodename nor servname provided, or not known",                                      // pt
		"Houve um erro ao enviar o e-mail de notificação: [Errno 8] nodename nor servname provided, or not known",                              // pt_BR
		"Eroare la trimiterea emailului de notificare: [Errno 8] nodename nor servname provided, or not known",                                 // ro
		"Ошибка при отправке уведомления на электронную почту: [Errno 8] nodename nor servname provided, or not known",                         // ru
		"නිවේදන විද්\u200dයුත් ලිපිය යැවීමේදී දෝෂයක් ඇත:[Errno 8] nodename nor servname provided, or not known",                                // si
		"Nastala chyba pri odosielaní oznamovacieho emailu: [Errno 8] nodename nor servname provided, or not known",                            // sk
		"Med pošiljanjem obvestilne e-pošte je prišlo do napake: [Errno 8] nodename nor servname provided, or not known",                       // sl
		"Дошло је до грешке слања ел. поште са обавешењем: [Errno 8] nodename nor servname provided, or not known",                             // sr
		"Det uppstod ett fel vid skickande av aviseringsmeddelandet: [Errno 8] nodename nor servname provided, or not known",                   // sv
		"Сталася помилка, під час висилання електронного листа зі сповіщенням: [Errno 8] nodename nor servname provided, or not known",         // uk
		"Có lỗi khi gửi email thông báo: [Errno 8] nodename nor servname provided, or not known",                                               // vi
		"发送通知邮件时发生错误： [Errno 8] nodename nor servname provided, or not known",                                                                  // zh_CN
		"在傳送通知電郵時發生錯誤：[Errno 8] nodename nor servname provided, or not known",                                                                  // zh_HK
		"在發送通知郵件時發生錯誤：[Errno 8] nodename nor servname provided, or not known",                                                                  // zh_TW
	}},
}
