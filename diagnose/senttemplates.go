package diagnose

import "bytes"

// sentProtocolTemplates are an application's report that it sent the
// message and with which protocol, as CodeIgniter's Email library words it
// ("Your message has been successfully sent using the following protocol:
// smtp"): CodeIgniter 4's system/Language/en/Email.php 'sent' and its
// translations (codeigniter4/translations), CodeIgniter 3's email_lang.php
// 'email_sent' and its translations (bcit-ci/codeigniter3-translations);
// probe BY by-013..018. %s stands for the protocol's name
// (sentProtocolNames). A text is such a report only when it is the
// template alone (sentProtocolNotice): a failure report that quotes it
// and goes on, in any language, is read by the rules (review S37B, the
// newcomer review N1).
var sentProtocolTemplates = []string{
	"Your message has been successfully sent using the following protocol: %s",             // en
	"تم إرسال رسالتك بنجاح باستخدام البروتوكول التالي: %s",                                 // ar
	"Вашето съобщение е изпратено успешно чрез следния протокол: %s",                       // bg
	"নিম্নলিখিত প্রোটোকল ব্যবহার করে আপনার বার্তা সফলভাবে পাঠানো হয়েছে: %s",               // bn
	"Vaša poruka je uspješno poslata koristeći protokol: %s",                               // bs
	"Vaše zpráva byla úspěšně odeslána použitím protokolu: %s",                             // cs
	"Die Nachricht wurde erfolgreich mit folgendem Protokoll gesendet: %s",                 // de
	"Το μήνυμά σας στάλθηκε με επιτυχία χρησιμοποιώντας το ακόλουθο πρωτόκολλο: %s",        // el
	"Su mensaje ha sido enviado correctamente utilizando el siguiente protocolo: %s",       // es
	"پیام با استفاده از روش %s با موفقیت ارسال شد.",                                        // fa
	"Votre message a bien été envoyé avec le protocole suivant : %s",                       // fr
	"તમારો સંદેશ નીચેના પ્રોટોકોલનો ઉપયોગ કરીને સફળતાપૂર્વક મોકલવામાં આવ્યો છે: %s",        // gu
	"आपका संदेश निम्नलिखित प्रोटोकॉल का उपयोग करके सफलतापूर्वक भेजा गया है: %s",            // hi
	"Üzenetét sikeresen elküldtük a következő protokoll használatával: %s",                 // hu
	"Pesan Anda telah berhasil dikirim menggunakan protokol berikut: \"%s\"",               // id
	"Il tuo messaggio è stato inviato con successo utilizzando il seguente protocollo: %s", // it
	"あなたのメッセージは、以下のプロトコルを使用して正常に送信されました: %s",                                               // ja
	"%s 프로토콜을 사용하여 메시지가 성공적으로 전송되었습니다.",                                                    // ko
	"Jūsų laiškas buvo išsiųstas naudojant šį protokolą: %s",                               // lt
	"Jūsu ziņojums ir veiksmīgi nosūtīts, izmantojot šo protokolu: %s",                     // lv
	"ഇനിപ്പറയുന്ന പ്രോട്ടോക്കോൾ ഉപയോഗിച്ച് നിങ്ങളുടെ സന്ദേശം വിജയകരമായി അയച്ചു: %s",        // ml
	"तुमचा संदेश खालील protocol वापरून यशस्वीपणे पाठवला गेला आहे: %s",                      // mr
	"Uw bericht is succesvol verstuurd met de volgende methode: %s",                        // nl
	"Twój e-mail został pomyślnie wysłany za pomocą metody: %s",                            // pl
	"Sua mensagem foi enviada com sucesso usando o seguinte protocolo: \"%s\"",             // pt-BR
	"A sua mensagem foi enviada com sucesso usando o seguinte protocolo: %s",               // pt
	"Mesajul dvs. a fost trimis cu succes folosind următorul protocol: %s",                 // ro
	"Ваше сообщение было отправлено по протоколу: %s",                                      // ru
	"මෙම ප්‍රොටෝකෝලය භාවිතයෙන් ඔබේ පණිවිඩය සාර්ථකව යවා ඇත: %s",                             // si
	"Vaša správa bola úspešne odoslaná pomocou nasledujúceho protokolu: %s",                // sk
	"Vaša poruka je uspešno poslata koristeći protokol: %s",                                // sr
	"Meddelandet kunde skickas med detta protokoll: %s",                                    // sv-SE
	"Ujumbe wako umetumwa kwa mafanikio kwa kutumia itifaki ifuatayo: %s",                  // sw
	"பின்வரும் நெறிமுறையைப் (protocol) பயன்படுத்தி உங்கள் செய்தி வெற்றிகரமாக அனுப்பப்பட்டது: %s", // ta
	"ข้อความของคุณถูกส่งเรียบร้อยแล้วโดยใช้โปรโตคอลต่อไปนี้: %s",                                 // th
	"Mesajınız aşağıdaki protokol kullanılarak başarıyla gönderildi: %s",                 // tr
	"Ваше повідомлення відправлено по протоколу: %s",                                     // uk
	"Tin nhắn đã được gửi thành công với giao thức sau: %s",                              // vi
	"您的信息已通过以下协议成功发送: %s",                                                                // zh-CN
	"您的郵件已使用下列協議成功寄出: %s",                                                                // zh-TW
	"تم إرسال الرسالة بنجاح باستخدام البروتوكول التالي: %s",                              // ci3-arabic
	"Ձեր հաղորդագրությունը հաջողությամբ ուղարկված է օգտագործելով հետևյալ կանոնագիրը. %s", // ci3-armenian
	"Mesajınız %s protokolu ilə müvəffəqiyyətlə göndərildi.",                             // ci3-azerbaijani
	"Zure mezua ongi bidali da honako protokolo hau erabiliz: %s",                        // ci3-basque
	"আপনার ইমেইলটি পাঠানো হয়েছে সফলভাবে:%s",                                              // ci3-bengali
	"Vaša poruka je uspješno poslata korišćenjem sledećeg protokola: %s",                 // ci3-bosnian
	"Вашето съобщение е изпратено успешно и използва следния протокол: %s",               // ci3-bulgarian
	"El correu electrònic s'ha enviat correctament fent servir el protocol: %s",          // ci3-catalan
	"Vaša poruka je uspješno poslana korištenjem slijedećeg protokola: %s",               // ci3-croatian
	"Vaše zpráva byla úspěšně odeslána pmocí protokolu: %s",                              // ci3-czech
	"Din meddelelse blev sendt med denne protokol: %s",                                   // ci3-danish
	"Het bericht is verstuurd, via het volgende protocol: %s",                            // ci3-dutch
	"Ang iyong mensahe ay matagumpay na naipadala gamit ang sumusunod na protocol: %s",   // ci3-filipino
	"Viestisi on lähetetty onnistuneesti käyttäen protokollaa: %s",                       // ci3-finnish
	"Votre message a bien été expédié par le protocole suivant : %s",                     // ci3-french
	"Ihre Nachricht wurde erfolgreich über das folgenden Protokoll verschickt: %s",       // ci3-german
	"Το μήνυμά σας έχει σταλεί με επιτυχία χρησιμοποιώντας το ακόλουθο πρωτόκολλο: %s",   // ci3-greek
	"તમારો સંદેશ સફળતાપૂર્વક નીચેના પ્રમાણે પ્રોટોકોલ ઉપયોગ કરીને મોકલવામાં આવ્યો છે: %s", // ci3-gujarati
	"आपका संदेश सफलतापूर्वक दिए गए प्रोटोकॉल का उपयोग करके भेज दिया गया है:%s",            // ci3-hindi
	"Az üzenet sikeresen elküldésre került a következő protokoll használatával: %s",       // ci3-hungarian
	"Pesan Anda telah berhasil dikirim menggunakan protokol berikut: %s",                  // ci3-indonesian
	"メッセージは次のプロトコルを使って正常に送信されました: %s",                                                     // ci3-japanese
	"សាររបស់អ្នកត្រូវបានផ្ញើដោយជោគជ័យដោយប្រើ protocol: %s",                                // ci3-khmer
	"다음 프로토콜을 통해 발송하였습니다: %s",                                                             // ci3-korean
	"Jūsu ziņojums tika veiksmīgi nosūtīts, izmantojot protokolu: %s",                     // ci3-latvian
	"Jūsų pranešimas buvo sėkmingai išsiųstas naudojant šį metodą: %s",                    // ci3-lithuanian
	"आपला संदेश दिलेल्या प्रोटोकॉलचा वापर करुन यशस्वीरित्या पाठविला गेला आहे:%s",          // ci3-marathi
	"Meldingen din er sendt ved hjelp av følgende protokoll: %s",                          // ci3-norwegian
	"پیام شما با موفقیت توسط پروتکل مشخص شده ارسال شد: %s",                                // ci3-persian
	"Sua mensagem foi enviada com sucesso usando o seguinte protocolo: %s",                // ci3-portuguese-brazilian
	"A sua mensagem foi enviado com sucesso através do seguinte protocolo: %s",            // ci3-portuguese
	"Ваше сообщение было успешно отправлено по следующему протоколу: %s",                  // ci3-russian
	"Vaša poruka je uspešno poslana korišćenjem sledećeg protokola: %s",                   // ci3-serbian
	"E-mail 成功发送： %s",                                                    // ci3-simplified-chinese
	"Správa bola úspešne odoslaná pomocou protokolu: %s",                 // ci3-slovak
	"Vaše sporočilo je bilo uspešno poslano z naslednjim protokolom: %s", // ci3-slovenian
	"Tu mensaje ha sido enviado con éxito usando este protocolo: %s",     // ci3-spanish
	"Meddelandet har skickats genom följande protokoll: %s",              // ci3-swedish
	"பின்வரும் நெறிமுறையைப் பயன்படுத்தி தங்களது செய்தி வெற்றிகரமாக அனுப்பப்பட்டுள்ளது : %s", // ci3-tamil
	"ข้อความของคุณถูกส่งออกเรียบร้อยแล้วด้วยโปรโตคอลนี้: %s",                                // ci3-thai
	"E-mail 成功傳送： %s",                                           // ci3-traditional-chinese
	"Mesajınız %s protokolü kullanılarak başarıyla gönderildi.", // ci3-turkish
	"Ваше повідомлення було успішно відправлено за допомогою протоколу: %s",               // ci3-ukrainian
	"%s :آپ کے پیغام کو کامیابی سے مندرجہ ذیل پروٹوکول استعمال کرتے ہوئے بھیج دیا گیا ہے", // ci3-urdu
	"Tin nhắn của bạn đã được gửi thành công sử dụng phương thức sau: %s",                 // ci3-vietnamese
}

// sentProtocolNames are the protocols the Email library names ({0}, %s).
var sentProtocolNames = []string{"smtp", "mail", "sendmail"}

// sentDurationTemplates are a plugin's report that the SMTP server took
// its test message, with the time the exchange took: Post SMTP's (the
// WordPress plugin, wpexpertsio/Post-SMTP at e326e19,
// PostmanSendTestEmailController.php) "Your message was delivered (%d ms)
// to the SMTP server! Congratulations :)" and its translations
// (Postman/languages/*.po); probe CB cb-001..003. %d stands for the
// milliseconds, digits alone. As sentProtocolTemplates, only the
// template alone is such a report.
var sentDurationTemplates = []string{
	"Your message was delivered (%d ms) to the SMTP server! Congratulations :)",      // en
	"Το μήνυμά σας παραδόθηκε (%d ms) στο διακομιστή SMTP! Συγχαρητήρια :)",          // el_GR
	"Votre message à été livrer (%d ms) au serveur SMTP! Félicitations :)",           // fr_FR
	"Il tuo messaggio è stato consegnato (%d ms) al server SMTP! Congratulazioni :)", // it_IT
	"Je bericht is verzonden (%d ms) naar de SMTP server! Gefeliciteerd :)",          // nl_NL
	"Ваше сообщение было доставлено до SMTP-сервера за %d милисекунд. Ура!",          // ru_RU
	"Mesajınız SMTP sunucusuna gönderildi (%d ms)! Tebrikler :)",                     // tr_TR
	"你的消息已经被发送到 SMTP 服务器（%d ms）！祝贺 :)",                                               // zh_CN
}

// sentAddressTemplates are a web application's notice that it sent a
// mail to an address: Redmine's notice_email_sent ("An email was sent to
// %{value}") in its 48 distinct translations (config/locales/*.yml at
// 890812e); probe CC cc-030, cc-031. %a stands for the address: one word
// with an @.
var sentAddressTemplates = []string{
	"%aتم ارسال رسالة الى",                  // ar
	"Məktub göndərilib %a",                  // az
	"Изпратен e-mail на %a",                 // bg
	"Email je poslan %a",                    // bs
	"S'ha enviat un correu electrònic a %a", // ca
	"Na adresu %a byl odeslán e-mail",       // cs
	"En email er sendt til %a",              // da
	"Eine E-Mail wurde an %a gesendet.",     // de
	"Ένα μήνυμα ηλεκτρονικού ταχυδρομείου εστάλη στο %a", // el
	"An email was sent to %a",                           // en-GB
	"Se ha enviado un correo a %a",                      // es-PA
	"%a-le saadeti kiri",                                // et
	"%a helbidera eposta bat bidali da",                 // eu
	"یک رایانامه به %a فرستاده شد.",                     // fa
	"Sähköposti on lähetty osoitteeseen %a",             // fi
	"Un email a été envoyé à %a",                        // fr
	"Enviouse un correo a %a",                           // gl
	"דואל נשלח לכתובת %a",                               // he
	"E-mail je poslan %a",                               // hr
	"Egy e-mail üzenetet küldtünk a következő címre %a", // hu
	"Email sudah dikirim ke %a",                         // id
	"Una email è stata spedita a %a",                    // it
	"%a 宛にメールを送信しました。",                                  // ja
	"%a님에게 메일이 발송되었습니다.",                                // ko
	"Laiškas išsiųstas į %a",                            // lt
	"E-pasts tika nosūtīts uz %a",                       // lv
	"Е-порака е пратена на %a",                          // mk
	"%a - руу мэйл илгээлээ",                            // mn
	"Een e-mail werd verstuurd naar %a",                 // nl
	"En e-post er sendt til %a",                         // no
	"E-mail został wysłany do %a",                       // pl
	"Um e-mail foi enviado para %a",                     // pt-BR
	"Foi enviado um e-mail para %a",                     // pt
	"S-a trimis un email către %a",                      // ro
	"Отправлено письмо %a",                              // ru
	"Na adresu %a bol odoslaný email",                   // sk
	"E-poštno sporočilo je bilo poslano %a",             // sl
	"U dërgua një email te %a",                          // sq
	"E-poruka je poslata na %a",                         // sr-YU
	"E-порука је послата на %a",                         // sr
	"Ett mail skickades till %a",                        // sv
	"%aக்கு மின்னஞ்சல் அனுப்பப்பட்டது", // ta-IN
	"อีเมล์ได้ถูกส่งถึง %a",            // th
	"E-posta gönderildi %a",    // tr
	"Відправлено листа %a",     // uk
	"Email đã được gửi tới %a", // vi
	"郵件已經成功寄送至以下收件者： %a",       // zh-TW
	"邮件已发送至 %a",                // zh
}

// sentSubjectTemplates are a webmail's notice that it sent the message,
// naming it by its subject: Open WebMail's "Message %t has been sent
// successfully" (cgi-bin/openwebmail/etc/lang/*.po at c73c8d3) in its
// translations; probe CD cd-042. %t stands for the subject: any text,
// set apart from the template's words by a space or punctuation. The
// notice and its subject are at most maxSubjectBytes, and a negation or
// a failure word of sentNot or sentNotWords anywhere makes it a failure
// report ("Το Μήνυμα δεν εστάλη επιτυχώς": the message was not sent
// successfully), as do a report's words (sentSubjectNot), a sentence
// break or an address followed by a clause (aReport). Since a subject is
// any words, these templates are tried only where no rule's phrase
// occurs in the reply (Classifier.deliveredNotice; the newcomer review
// S39 N1).
var sentSubjectTemplates = []string{
	"Zpráva %t byla úspěšně odeslána",            // cs_CZ
	"Nachricht %t wurde erfolgreich versendet",   // de_DE
	"Το Μήνυμα %t εστάλη επιτυχώς",               // el_GR
	"Message %t has been sent successfully",      // en_GB
	"El mensaje %t ha sido enviado exitosamente", // es_AR
	"Viesti %t on onnistuneesti lähetetty",       // fi_FI
	"Messaggio %t inviato con successo",          // it_IT
	"Melding %t har blitt sendt",                 // nb_NO
	"Bericht %t is succesvol verzonden",          // nl_NL
	"Wiadomość %t została wysłana pomyślnie",     // pl_PL
	"A mensagem %t foi enviada com sucesso",      // pt_BR
	"Mesajul %t a fost expediat cu succes",       // ro_RO
	"Сообщение %t было успешно отправлено",       // ru_RU
	"邮件 %t 发送成功",                                 // zh_CN
	"信件 %t 傳送成功",                                 // zh_TW
}

// sentSubjectNot are the words of a delivery report that ends by saying
// its notice was sent ("Message to bob@example.com expired after 5 days
// in queue - DSN has been sent successfully"): what befell the message,
// and the report sent about it. A subject holding one is not taken for
// the message's (newcomer review S39 N1).
var sentSubjectNot = []string{
	"expire", "refus", "timed out", "time out", "timeout", "denied", "declin", "permanent", "gave up", "giving up",
	"dsn", "ndr", "non-delivery", "nondelivery", "delivery status", "notification", "notice to", "postmaster",
	"verworfen", "abgelehnt", "abgewiesen", "zuruckgewiesen", "zeituberschreitung", "benachrichtigung", "unzustellbar",
	"verlopen", "geweigerd", "afgewezen", "melding aan", "caduc", "rechaz", "aviso al", "scadut", "rifiutat", "expirou",
	"recusad", "odrzucon", "wygasl", "отклонен", "истек", "уведомлени", "过期", "超时", "通知",
}

// aDeliveryReport reports whether a subject notice, normalised, holds a
// word of sentSubjectNot.
func (p *sentTemplates) aDeliveryReport(t []byte) bool {
	for _, n := range p.subjectNot {
		if bytes.Contains(t, n) {
			return true
		}
	}
	return false
}

// maxSubjectBytes bounds a sentSubjectTemplates notice, normalised, and
// its subject: a subject line, not a report.
const maxSubjectBytes = 512

// sentAloneTemplates are mail clients' notices that the message was sent,
// which they show alone: Mutt's "Mail sent." (po/*.po at 15c4579) and
// Trojita's "Message sent" (po/*/trojita_common.po at d6600a0) in their
// translations; probe CC cc-038..040; and NOCC's webmail notice "Your
// e-mail was accepted for delivery" ($html_send_confirmed, lang/*.php at
// bb4affa), probe CD cd-004..007.
// Telaen's webmail notice "This e-mail has been sent" ($lang['result_success'],
// telaen/inc/langs/*.php at 4793dac, the files in UTF-8; probe CE ce-035).
// GNOME Geary's "This message was sent, but has not been saved to your
// account." (po/*.po at 3e8d4f1, probe CE ce-007): sent, whatever befell
// the copy; and Afterlogic Aurora's "The e-mail has been sent but could
// not save it in Sent Items as your mailbox is over quota."
// (ERROR_SEND_MESSAGE_NOT_SAVED, i18n/*.ini at 1577ae7, probe CF cf-038):
// the quota is the sender's own. Read as the whole text, as the
// other templates are: "Message envoyé" inside a longer text is the
// rules'.
var sentAloneTemplates = []string{
	"Mail sent.",                 // mutt en
	"Писмото е изпратенo.",       // mutt bg
	"S’ha enviat el missatge.",   // mutt ca
	"Zpráva odeslána.",           // mutt cs
	"Mail sendt.",                // mutt da
	"Nachricht verschickt.",      // mutt de
	"Το γράμμα εστάλη.",          // mutt el
	"Mesaĝo sendita.",            // mutt eo
	"Mensaje enviado.",           // mutt es
	"Teade on saadetud.",         // mutt et
	"Mezua bidalirik.",           // mutt eu
	"Viesti lähetetty.",          // mutt fi
	"Message envoyé.",            // mutt fr
	"Seoladh an teachtaireacht.", // mutt ga
	"Mensaxe enviada.",           // mutt gl
	"Levél elküldve.",            // mutt hu
	"Surat telah dikirim.",       // mutt id
	"Messaggio spedito.",         // mutt it
	"メールを送信した。",                  // mutt ja
	"메일 보냄.",                     // mutt ko
	"Laiškas išsiųstas.",         // mutt lt
	"Bericht verstuurd.",         // mutt nl
	"Poczta została wysłana.",    // mutt pl
	"Mensagem enviada.",          // mutt pt_BR
	"Сообщение отправлено.",      // mutt ru
	"Správa bola odoslaná.",      // mutt sk
	"Brevet skickat.",            // mutt sv
	"E-posta gönderildi.",        // mutt tr
	"Лист відправлено.",          // mutt uk
	"邮件已发送。",                     // mutt zh_CN
	"信件已經寄出。",                    // mutt zh_TW
	"أُرسلت الرّسالة",            // trojita ar
	"Məktub göndərildi",          // trojita az
	"Poruka poslana",             // trojita bs
	"El missatge s'ha enviat",    // trojita ca
	"Zpráva byla odeslána",       // trojita cs
	"Brev afsendt",               // trojita da
	"Nachricht wurde versendet",  // trojita de
	"To μήνυμα εστάλη",           // trojita el
	"Message sent",               // trojita en_GB
	"Mesaĝo sendita",             // trojita eo
	"Mensaje enviado",            // trojita es
	"Kiri on saadetud",           // trojita et
	"Viesti lähetetty",           // trojita fi
	"Message envoyé",             // trojita fr
	"Teachtaireacht Seolta",      // trojita ga
	"A mensaxe enviouse",         // trojita gl
	"Üzenet elküldve",            // trojita hu
	"Message inviate",            // trojita ia
	"Messaggio inviato",          // trojita it
	"შეტყობინება გაგზავნილია", // trojita ka
	"Vēstule nosūtīta",          // trojita lv
	"Melding sendt",             // trojita nb
	"Bericht verzonden",         // trojita nl
	"Wiadomość została wysłana", // trojita pl
	"Mensagem enviada",          // trojita pt
	"Сообщение отправлено",      // trojita ru
	"Odoslaná správa",           // trojita sk
	"Sporočilo poslano",         // trojita sl
	"Brev skickat",              // trojita sv
	"İleti gönderildi",          // trojita tr
	"ئۇچۇر يوللاندى",            // trojita ug
	"Повідомлення надіслано",    // trojita uk
	"已发出信件",                     // trojita zh_CN
	"U e-pos is gestuur",        // nocc af
	"Ваша паведамленьне было прынятае да адпраўкі", // nocc be-tarask
	"Писмото е прието",                                // nocc bg
	"Kaset eo bet ho postel",                          // nocc br
	"Vaš e-mail je prihvaćen za dostavu",              // nocc bs
	"El vostre correu s'ha acceptat per entregar-lo",  // nocc ca
	"Váš dopis byl přijat k doručení",                 // nocc cs
	"Derbyniwyd eich neges er mwyn ei chludo",         // nocc cy
	"Din email blev accepteret til levering",          // nocc da
	"Ihre Mail wurde verschickt.",                     // nocc de
	"Twója e-mail jo se za rozpósłanje akceptěrowała", // nocc dsb
	"Το μήνυμα σας θα αποσταλεί.",                     // nocc el
	"Your e-mail was accepted for delivery",           // nocc en
	"Via retmesaĝo estis akceptita por livero",        // nocc eo
	"Su correo ha sido enviado correctamente",         // nocc es
	"نامه شما براى فرستادن پذيرفته شد",                // nocc fa
	"Sähköposti lähetettiin onnistuneesti",            // nocc fi
	"Votre message a bien été envoyé",                 // nocc fr
	"Glacadh le do phost le seachadadh",               // nocc ga
	"O seu correo foi enviado correctamente",          // nocc gl
	"Dyy Mail isch verschickt wore.",                  // nocc gsw
	"הודעת הדוא\"ל שלכם התקבלה למשלוח",                // nocc he
	"Vasa poruka je isporucena",                       // nocc hr
	"Twoja e-mejl bu za rozpósłanje akceptowana",      // nocc hsb
	"Az e-mailedet átvettük kézbesítésre",             // nocc hu
	"Tu message ha essite acceptate pro livration",    // nocc ia
	"Surel Anda diterima untuk dikirim",               // nocc id
	"Pósturinn var samþykktur fyrir sendingu",         // nocc is
	"La tua e-mail è stata accettata per la consegna", // nocc it
	"メッセージの配送を受け付けました。",                               // nocc ja
	"თქვენი ფოსტა მიღებულია გასაგზავნად",              // nocc ka
	"편지 배달이 승인되었습니다.",                                 // nocc ko
	"Ding Nohreesch wood zom Ußlivere aanjenumme",     // nocc ksh
	"Jūsų el. paštas buvo priimtas dėl pristatymo",    // nocc lt
	"Vēstule tika pieņemta nosūtīšanai",               // nocc lv
	"Вашето писмо е примено за достава",               // nocc mk
	"E-mel anda telah diterima untuk penghantaran",    // nocc ms
	"Din e-post ble akseptert for levering",           // nocc nb
	"तपाईको इमेल प्रेषणको लागि स्विकारिएको छ", // nocc ne
	"Het bericht is verzonden",                  // nocc nl
	"Vòstre messatge es estat mandat",           // nocc oc
	"Twoja wiadomość została wysłana",           // nocc pl
	"Sua mensagem foi aceita para entrega",      // nocc pt-br
	"A mensagem foi aceite para envio",          // nocc pt
	"Mesajul a fost acceptat pentru trnsmitere", // nocc ro
	"Ваша почта принята к отправлению",          // nocc ru
	"Ваша пошта была прията про доручіня",       // nocc rue
	"Správa bola prijatá na doručenie",          // nocc sk
	"Vase sporočilo je bilo poslano.",           // nocc sl
	"Ваша порука је прихваћена за доставу",      // nocc sr-ec
	"Vaša poruka je prihvaćena za dostavu",      // nocc sr
	"Din e-post accepterades för leverans",      // nocc sv
	"உங்கள் மின் அஞ்சல் விநியோகத்துக்காக ஏற்றுக்கொள்ளப்பட்டது", // nocc ta
	"จดหมายท่านได้ถูกส่งไปแล้ว",                                // nocc th
	"Tinanggap na ang liham mo upang maipadala",                                            // nocc tl
	"İletiniz başarı ile gönderildi",                                                       // nocc tr
	"Ваша е-пошта прийнята для доставки",                                                   // nocc uk
	"您的电子邮件被接受为传递",                                                                         // nocc zh-hans
	"This message was sent, but has not been saved to your account.",                       // geary en
	"Ліст адпраўлены, але не захаваны ў акаўнце.",                                          // geary be
	"Aquest missatge s'ha enviat, però no s'ha desat en el seu compte.",                    // geary ca
	"Tato zpráva byla úspěšně odeslána, ale nebyla uložena do vašeho účtu.",                // geary cs
	"Denne besked blev sendt, men er ikke blevet gemt på din konto.",                       // geary da
	"Diese Nachricht wurde gesendet, wurde aber nicht in Ihrem Konto gespeichert.",         // geary de
	"Αυτό το μήνυμα στάλθηκε, αλλά δεν έχει αποθηκευτεί στον λογαριασμό σας.",              // geary el
	"Este mensaje se envió correctamente pero no se ha guardado en su cuenta.",             // geary es
	"Mezu hau bidali da, baina ez da gorde zure kontuan.",                                  // geary eu
	"این پیام فرستاده شده، ولی در حسابتان ذخیره نشده.",                                     // geary fa
	"Tämä viesti lähetettiin onnistuneesti, mutta sen tallennus tilillesi epäonnistui.",    // geary fi
	"Ce message a été envoyé, mais n’a pas été enregistré dans votre compte.",              // geary fr
	"Chest messaç al è stât inviât, ma nol è stât salvât sul to account.",                  // geary fur
	"Esta mensaxe foi enviada correctamente, porén non foi gardada na súa conta.",          // geary gl
	"הודעה זו נשלחה, אך טרם נשמרה בחשבון שלך.",                                             // geary he
	"Ova poruka je poslana, ali još nije spremljena na vašem računu.",                      // geary hr
	"Ez a levél sikeresen el lett küldve, de nem sikerült elmenteni a fiókjába.",           // geary hu
	"Pesan ini terkirim, tapi belum disimpan ke akun Anda.",                                // geary id
	"Questo messaggio è stato inviato, ma non è stato possibile salvarlo.",                 // geary it
	"このメッセージを送信しましたが、お使いのアカウントに保存されませんでした。",                                                // geary ja
	"Бұл хат сәтті жіберілді, бірақ сіздің тіркегіңізге сақталмады.",                       // geary kk
	"Denne meldingen er sendt, men ble ikke lagret på kontoen.",                            // geary nb
	"Dit bericht is verzonden, maar is niet opgeslagen in uw account.",                     // geary nl
	"Aqueste messatge a été mandat amb succès, mas a pas pogut èsser enregistrat dins %s.", // geary oc
	"Wysłano tę wiadomość, ale nie zapisano jej na koncie.",                                // geary pl
	"A mensagem foi enviada com sucesso, mas não pôde ser guardada na sua conta.",          // geary pt
	"Essa mensagem foi enviada, mas não pôde ser salva em sua conta.",                      // geary pt_BR
	"Acest mesaj a fost trimis cu succes, dar nu a fost salvat în contul dumneavoastră.",   // geary ro
	"Сообщение отправлено, но не сохранено в вашей учётной записи.",                        // geary ru
	"Táto správa bola odoslaná, ale nebola uložená do vášho účtu.",                         // geary sk
	"Sporočilo je poslano, vendar pa kopija ni shranjena v mapo poslanih sporočil.",        // geary sl
	"Ова порука је послата, али није сачувана у вашем налогу.",                             // geary sr
	"Ova poruka je poslata, ali nije sačuvana u vašem nalogu.",                             // geary sr@latin
	"Detta meddelande har skickats, men sparades inte till ditt konto.",                    // geary sv
	"Bu ileti gönderildi, ama hesabınıza kaydedilemedi.",                                   // geary tr
	"Це повідомлення надіслано, але його не було збережено на вашому обліковому записі.",   // geary uk
	"该消息已被发送，但尚未保存到您的帐号。",                                                                  // geary zh_CN
	"這封訊息已成功寄送，但未儲存到您的帳號。",                                                                 // geary zh_TW
	"Hierdie e-pos is gestuur",                      // telaen afr
	"Този е-мейл е изпратен",                        // telaen bg_BG
	"Aquest missatge ha estat enviat",               // telaen ca_ES
	"Tento e-mail byl odeslán",                      // telaen cs_CZ
	"Denne e-mail er blevet sendt",                  // telaen da_DK
	"Ihre Nachricht wurde erfolgreich verschickt.",  // telaen de_DE
	"This e-mail has been sent",                     // telaen en_US
	"Tiu ĉi retpoŝtadreso estas sendita",            // telaen eo
	"Su email ha sido enviado sin problemas",        // telaen es_ES
	"Tá an r-phost curtha chuig",                    // telaen ga_IE
	"Ova e-mail je poslan",                          // telaen hr_HR
	"Այս e-mail է ուղարկվել",                        // telaen hy_AM
	"Skilabo send!",                                // telaen is_IS
	"E-mail inviata correttamente",                  // telaen it_IT
	"このメールが送られてきた",                                  // telaen ja_JP
	"이 이메일이 전송되었습니다",                                // telaen ko_KR
	"Оваа е-пошта е испратена",                      // telaen mk_MK
	"Dan le-mail ntbagħtet",                         // telaen mlt
	"Denne e-posten har blitt sendt uten problemer", // telaen nb_NO
	"Het bericht is succesvol verzonden.",           // telaen nl_NL
	"Mesajul a fost trimis",                         // telaen ro_RO
	"Это электронная почта была отправлена",         // telaen ru_RU
	"Tento e-mail bol odoslaný",                     // telaen sk_SK
	"อีเมลนี้ได้ถูกส่ง",                             // telaen th_TH
	"e-mail này đã được gửi",                        // telaen vi_VN
	"e-mail yi ti a ti rán",                         // telaen yor
	"Le e-mail ithunyelwe",                          // telaen zul
	"De e-mail is verzonden, maar kon deze niet opslaan in Verzonden items omdat uw mailbox het quotum heeft overschreden.",          // aurora Dutch
	"The e-mail has been sent but could not save it in Sent Items as your mailbox is over quota.",                                    // aurora English
	"E-kiri läks teele, aga seda ei õnnestunud Saadetud kirjade kataloogi salvestada, sest seal ei ole ruumi.",                       // aurora Estonian
	"L'e-mail a été envoyé mais n'a pas pu être enregistré dans les éléments envoyés car votre boîte aux lettres dépasse le quota.",  // aurora French
	"Die E-Mail wurde verschicht, konnte aber nicht in Ihrem Gesendet-Ordner gespeichert werden, weil Ihre Quota überschritten ist.", // aurora German
	"Сообщение было отправлено, но сохранить его в папку Отправленные не удалось из-за превышения дисковой квоты.",                   // aurora Russian Ukrainian
	"El e-mail ha sido enviado, pero no se puede guardar en la bandeja de enviados al disponer de suficiente espacio en su cuenta.",  // aurora Spanish
}

// sentTemplates finds sentProtocolTemplates, sentDurationTemplates,
// sentAddressTemplates and sentAloneTemplates in normalised replies. It is
// read-only once built.
type sentTemplates struct {
	templates []sentTemplate
	// byKey are the templates whose head is at least catalogKeyLen bytes
	// long, by those bytes (keyOf), byFirst those with a shorter head, by
	// its first byte, and headless the others: a reply is compared only
	// with the templates it can begin as (match compared it with every
	// template: 3% of Classify in BenchmarkClassify/corpus's CPU profile,
	// with the 205 templates of session 38; by the first byte alone, with
	// the 350 of session 41, a reply beginning with "m" or "s" was still
	// compared with 20 to 35).
	byKey    map[uint64][]sentTemplate
	byFirst  [256][]sentTemplate
	headless []sentTemplate
	// seps are the full-width separators of CJK text that stand where an
	// ASCII colon, full stop, comma or quote would ("发送：smtp", the
	// newcomer review N2), normalised as replies are; seps[1] is the full
	// stop "。", a sentence break in a subject as ". " is (newcomer
	// review S39 N7).
	seps [][]byte
	// not are sentNot normalised, which a subject must not hold
	// (aSubject).
	not [][]byte
	// subjectNot are sentSubjectNot normalised, which a subject notice
	// must not hold either (aDeliveryReport).
	subjectNot [][]byte
}

// sentTemplate is one of the templates normalised, split at its
// placeholder, without the separators around it; fill says what the
// placeholder stands for.
type sentTemplate struct {
	head, tail []byte
	fill       byte // 's' a protocol's name, 'd' digits, 'a' an address, 't' a subject (a title), 0 none (the template alone)
}

// newSentTemplates normalises the templates and the separators as replies
// are. It panics on a template without its placeholder: the templates
// are compile-time table data.
func newSentTemplates() *sentTemplates {
	p := &sentTemplates{}
	for _, s := range []string{"：", "。", "，", "「", "」", "、"} {
		p.seps = append(p.seps, normalize(nil, s, false))
	}
	for _, s := range sentNot {
		p.not = append(p.not, normalize(nil, s, false))
	}
	for _, s := range sentSubjectNot {
		p.subjectNot = append(p.subjectNot, normalize(nil, s, false))
	}
	add := func(templates []string, placeholder string) {
		for _, t := range templates {
			norm := normalize(nil, t, false)
			if placeholder == "" {
				p.templates = append(p.templates, sentTemplate{head: p.trim(norm)})
				continue
			}
			head, tail, ok := bytes.Cut(norm, []byte(placeholder))
			if !ok {
				panic("diagnose: a sent template without " + placeholder + ": " + t)
			}
			p.templates = append(p.templates, sentTemplate{p.trim(head), p.trim(tail), placeholder[1]})
		}
	}
	add(sentProtocolTemplates, "%s")
	add(sentDurationTemplates, "%d")
	add(sentAddressTemplates, "%a")
	add(sentSubjectTemplates, "%t")
	add(sentAloneTemplates, "")
	p.byKey = map[uint64][]sentTemplate{}
	for _, tp := range p.templates {
		switch {
		case len(tp.head) == 0:
			p.headless = append(p.headless, tp)
		case len(tp.head) >= catalogKeyLen:
			k := keyOf(tp.head)
			p.byKey[k] = append(p.byKey[k], tp)
		default:
			p.byFirst[tp.head[0]] = append(p.byFirst[tp.head[0]], tp)
		}
	}
	return p
}

// match reports whether norm, a normalised reply, is one of the templates
// alone with what its placeholder stands for in its place, whatever
// separators (colons, quotes, spaces, ASCII or full-width) stand around
// it and at the ends. The templates with a free subject are tried only
// with subjects.
func (p *sentTemplates) match(norm []byte, subjects bool) bool {
	if bytes.IndexByte(norm, '?') >= 0 {
		// "Message sent?" asks (review S38C s38c-09); trim would drop it.
		return false
	}
	t := p.trim(norm)
	if p.matchAny(t, p.headless, subjects) {
		return true
	}
	// A template whose head t does not begin with cannot match (matchAny
	// tests the head first), and whether any matches does not depend on
	// the order they are tried in.
	if len(t) >= catalogKeyLen && p.matchAny(t, p.byKey[keyOf(t)], subjects) {
		return true
	}
	return len(t) > 0 && p.matchAny(t, p.byFirst[t[0]], subjects)
}

// matchAny is match over the templates tps, for the trimmed reply t.
func (p *sentTemplates) matchAny(t []byte, tps []sentTemplate, subjects bool) bool {
	for i := range tps {
		tp := &tps[i] // not copied for each template tried
		if tp.fill == 0 {
			if bytes.Equal(t, tp.head) {
				return true
			}
			continue
		}
		if len(t) < len(tp.head)+len(tp.tail) || !bytes.HasPrefix(t, tp.head) || !bytes.HasSuffix(t, tp.tail) {
			continue
		}
		fill := p.trim(t[len(tp.head) : len(t)-len(tp.tail)])
		switch tp.fill {
		case 'd':
			if allDigits(fill) {
				return true
			}
		case 'a':
			if anAddress(fill) {
				return true
			}
		case 't':
			if !subjects {
				continue
			}
			// The subject stands apart from the template's words ("Zpráva
			// nebyla úspěšně odeslána" ends as "Zpráva %t byla úspěšně
			// odeslána" does), and no negation or failure word is
			// anywhere in the notice.
			apart := !isAlnum(t[len(tp.head)]) && !isAlnum(t[len(t)-len(tp.tail)-1])
			if apart && !aReport(fill) && !bytes.Contains(fill, p.seps[1]) && p.aSubject(fill) && p.aSubject(t) && !p.aDeliveryReport(t) {
				return true
			}
		default:
			for _, n := range sentProtocolNames {
				if string(fill) == n {
					return true
				}
			}
		}
	}
	return false
}

// anAddress reports whether b looks like one e-mail address: at most 254
// bytes (RFC 5321 §4.5.3.1.3's path), one @ that is neither first nor
// last, no space, control character or separator (;,<>()[]"), and a
// domain with a dot and a letter ("550@5.1.1", "nicht@zustellbar" and
// "bob@example.com;550_5.1.1" are not, newcomer review S38 N5).
func anAddress(b []byte) bool {
	at := bytes.IndexByte(b, '@')
	if len(b) > 254 || at <= 0 || at == len(b)-1 || bytes.Count(b, []byte{'@'}) != 1 {
		return false
	}
	for _, c := range b {
		if c <= ' ' || c == 0x7f || bytes.IndexByte([]byte(";,<>()[]\"\\"), c) >= 0 {
			return false
		}
	}
	domain := b[at+1:]
	letter := false
	for _, c := range domain {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 {
			letter = true
			break
		}
	}
	return letter && bytes.IndexByte(domain, '.') > 0
}

// aSubject reports whether b, normalised, can be a message's subject in
// a sent notice, or such a notice: one to maxSubjectBytes bytes with none
// of the negations and failure words of sentNot and sentNotWords, which
// would make the notice a failure report.
func (p *sentTemplates) aSubject(b []byte) bool {
	if len(b) == 0 || len(b) > maxSubjectBytes || hasWord(b, sentNotWords) {
		return false
	}
	for _, n := range p.not {
		if bytes.Contains(b, n) {
			return false
		}
	}
	return true
}

// aReport reports whether a sent notice's subject, normalised, is a
// report that goes on to another sentence instead ("Message to
// bob@example.com expired after 5 days in queue. DSN has been sent
// successfully", "Bericht aan bob@example.nl geweigerd: mailbox vol.
// Melding aan afzender is succesvol verzonden", review S39): a sentence
// break in it, or an address with a clause after it.
func aReport(fill []byte) bool {
	for _, brk := range []string{". ", "; ", "? ", "\n"} {
		for i := bytes.Index(fill, []byte(brk)); i >= 0; {
			if brk != ". " || !anAbbreviation(fill[:i], fill[i+2:]) {
				return true
			}
			j := bytes.Index(fill[i+2:], []byte(brk))
			if j < 0 {
				break
			}
			i += 2 + j
		}
	}
	// An address with a clause after it ("to bob@example.com expired
	// after 5 days in the queue, the DSN …"); a subject that only lists an
	// address ("Anfrage von jdoe@example.com, Termin am Montag", review
	// S39B) has its comma or colon right after it.
	at := bytes.IndexByte(fill, '@')
	if at < 0 {
		return false
	}
	rest := fill[at:]
	end := bytes.IndexAny(rest, " ,:")
	if end < 0 {
		return false
	}
	rest = rest[end:]
	if rest[0] == ' ' && len(bytes.TrimSpace(rest)) > 0 {
		// words after the address with no comma or colon to set them
		// apart: a clause about it ("to bob@example.com expired …")
		return true
	}
	rest = bytes.TrimPrefix(bytes.TrimPrefix(rest, []byte(",")), []byte(":"))
	return bytes.Contains(rest, []byte(", ")) || bytes.Contains(rest, []byte(": "))
}

// subjectAbbreviations end with a full stop inside a subject ("Q3
// revenue vs. plan", "Rechnung Nr. 4711", "Faktura č. 15"), not a
// sentence (review S39B).
var subjectAbbreviations = []string{"vs", "nr", "no", "ref", "inc", "ltd", "co", "ca", "bzw", "ggf", "dr", "mr", "mrs", "ms", "st", "tel", "č", "n°"}

// anAbbreviation reports whether the ". " between before and after ends
// an abbreviation of subjectAbbreviations or leads to a number.
func anAbbreviation(before, after []byte) bool {
	if len(after) > 0 && after[0] >= '0' && after[0] <= '9' {
		return true
	}
	i := bytes.LastIndexByte(before, ' ')
	w := string(before[i+1:])
	for _, a := range subjectAbbreviations {
		if w == a {
			return true
		}
	}
	return false
}

// allDigits reports whether b is one to nine ASCII digits: a duration in
// milliseconds, not a text.
func allDigits(b []byte) bool {
	if len(b) == 0 || len(b) > 9 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// trim returns b without the ASCII bytes that are not letters or digits,
// and the full-width separators, at either end.
func (p *sentTemplates) trim(b []byte) []byte {
	for {
		n := len(b)
		for len(b) > 0 && b[0] < 0x80 && !isAlnum(b[0]) {
			b = b[1:]
		}
		for len(b) > 0 && b[len(b)-1] < 0x80 && !isAlnum(b[len(b)-1]) {
			b = b[:len(b)-1]
		}
		for _, s := range p.seps {
			b = bytes.TrimPrefix(b, s)
			b = bytes.TrimSuffix(b, s)
		}
		if len(b) == n {
			return b
		}
	}
}
