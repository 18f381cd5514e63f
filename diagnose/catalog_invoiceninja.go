package diagnose

// invoiceNinjaMessages are Invoice Ninja's own messages about why it did
// not send an e-mail (invoiceninja/invoiceninja at a148eec09bd1, which
// batch CR cites): the hosted platform's gates on an account
// (app/Http/Requests/Email/SendEmailRequest.php checkUserAbleToSend: an
// account whose phone is not verified, an account over its daily e-mail
// quota, both answered with HTTP 403 and the message), the notice it
// mails the owner when the quota is used up and sending is paused
// (app/Mail/Ninja/EmailQuotaExceeded.php, subject and body), and the
// notice it mails when sending through the user's connected Gmail
// account failed on its token (app/Mail/Ninja/GmailTokenInvalid.php,
// subject and body), from lang/*/texts.php in every one of its 42
// locales (Laravel falls back to en for a missing key; the untranslated
// locales ship the English text). A text is written as the mail or the UI
// shows it: HTML entities decoded and <br> a line break, and also as
// shipped where it holds an entity (&gt;, &#39;: a text part or the API's
// JSON); Laravel's :quota is written %s. The German and Lao bodies write
// ": quota", which Laravel does not replace: they are kept literal. The
// verify_phone_number_help text ("Please verify your phone number to send
// emails"), the same gate as the web app's phone dialog words it, is
// kept with authorization_sms_failure. Two English messages the mailer
// job writes itself (app/Jobs/Mail/NinjaMailerJob.php): a recipient
// suppressed at Postmark (its code 406; the address is the placeholder)
// and Gmail's API rate limit, after which the job is released for 15
// minutes.
//
// The gates and quota are the service's own about the account it sends
// with (own): an account not verified is policy_rejected, bounced (the
// send request is refused; cr-042..045); the daily quota is rate_limited,
// deferred (outbound mail is paused until 23:00 UTC; cr-004..006,
// cr-031, cr-032); the Gmail token refused is policy_rejected, bounced,
// by the README's SMTP AUTH convention (cr-007, cr-008); Gmail's rate
// limit is rate_limited, deferred. The suppressed recipient is the
// sending service's list: policy_rejected, bounced (cr-002, where the
// bounce notice frames it).
//
// Left out: Hungarian's texts that name the key, not the cause
// ("engedélyezési SMS-hiba", "E-mail kvóta túllépése szövege",
// "Segítség a telefonszám ellenőrzéséhez"); "Either Attachment too
// large, or recipient has been suppressed." (two causes); the bounce
// notices notification_{invoice,quote,credit,purchase_order}_bounced
// ("We were unable to deliver Invoice :invoice to :contact. :error"),
// which frame the transport's error (the reply it quotes is the cause);
// invalid_mail_config, email_error_inactive_* and
// custom_emails_disabled_help (no server or gate: the application's
// own form checks and settings). Batch CR cr-002, cr-004..008,
// cr-031, cr-032, cr-042..045.
var invoiceNinjaMessages = []catalogMessage{
	// authorization_sms_failure (SendEmailRequest.php L127) and the web
	// app's verify_phone_number_help.
	{own: true, key: "authorization_sms_failure", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"يرجى التحقق من حسابك لإرسال رسائل البريد الإلكتروني.",                       // ar
		"Please verify your account to send emails.",                                 // bg cs el en en_GB et fa fi fr_CH hr ja lt lv_LV mk_MK nb_NO ru_RU sl sq sr th tr_TR
		"Verifiqueu el vostre compte per a poder enviar missatges de correu.",        // ca
		"Bekræft venligst din konto for at sende e-mails.",                           // da
		"Bitte bestätigen Sie Ihr Konto um E-Mails zu versenden",                     // de
		"Por favor verifique su cuenta para enviar correos electrónicos.",            // es es_ES
		"Veuillez vérifier votre compte pour envoyer des e-mails.",                   // fr
		"Veuillez vérifier votre compte pour l'envoi de courriel.",                   // fr_CA
		"אנא אמת את חשבונך כדי לשלוח אימיילים.",                                      // he
		"Verifica il tuo account per inviare e-mail.",                                // it
		"សូមផ្ទៀងផ្ទាត់គណនីរបស់អ្នក ដើម្បីផ្ញើអ៊ីមែល។",                               // km_KH
		"ກະລຸນາກວດສອບບັນຊີຂອງທ່ານເພື່ອສົ່ງອີເມວ.",                                    // lo_LA
		"Verifieer uw account om e-mails te verzenden.",                              // nl
		"Zweryfikuj swoje konto, aby wysyłać e-maile.",                               // pl
		"Verifique sua conta para enviar e-mails.",                                   // pt_BR pt_PT
		"Vă rugăm să vă verificați contul pentru a trimite e-mailuri.",               // ro
		"Ak chcete odosielať e-maily, overte svoj účet.",                             // sk
		"Vänligen verifiera ditt konto för att skicka e-post.",                       // sv
		"請驗證您的帳戶以發送電子郵件。",                                                            // zh_TW
		"يرجى التحقق من رقم هاتفك لإرسال رسائل البريد الإلكتروني",                    // ar
		"Please verify your phone number to send emails",                             // bg ca cs el en en_GB et fa fi fr_CH hr ja lv_LV mk_MK nb_NO ru_RU sl sq sr th tr_TR
		"Bekræft venligst dit Telefon for at sende e-mails",                          // da
		"Bitte verifizieren Sie Ihre Telefonnummer, um E-Mails versenden zu können.", // de
		"Verifique su número de teléfono para enviar correos electrónicos",           // es es_ES
		"Veuillez vérifier votre numéro de téléphone pour envoyer des e-mails",       // fr
		"Veuillez vérifier votre compte pour l'envoi de courriel.",                   // fr_CA
		"אנא אמת את מספר הטלפון שלך כדי לשלוח מיילים",                                // he
		"Verifica il tuo numero di telefono per inviare e-mail",                      // it
		"សូមផ្ទៀងផ្ទាត់លេខទូរស័ព្ទរបស់អ្នក ដើម្បីផ្ញើអ៊ីមែល",                         // km_KH
		"ກະລຸນາກວດສອບເບີໂທລະສັບຂອງທ່ານເພື່ອສົ່ງອີເມວ",                                // lo_LA
		"Patvirtinkite telefono numerį, kad būtų siunčiami el. laiškai",              // lt
		"Verifiëer uw telefoonnummer om e-mails te kunnen versturen",                 // nl
		"Zweryfikuj swój numer telefonu, aby wysyłać maile",                          // pl
		"Verifique seu número de telefone para enviar e-mails",                       // pt_BR pt_PT
		"Verificați-vă numărul de telefon, pentru a putea trimite email-uri",         // ro
		"Ak chcete odosielať e-maily, overte svoje telefónne číslo",                  // sk
		"Vänligen verifiera ditt telefonnummer för att skicka e-post",                // sv
		"請驗證您的電話號碼以發送電子郵件",                                                           // zh_TW
	}},
	// email_quota_exceeded_subject: the send request refused (L132) and the
	// notice's subject.
	{own: true, key: "email_quota_exceeded_subject", category: CategoryRateLimited, outcome: OutcomeDeferred, texts: []string{
		"تم تجاوز حصة البريد الإلكتروني للحساب.",             // ar
		"Account email quota exceeded.",                      // bg ca cs en en_GB fa fi hr ja lt lv_LV mk_MK nb_NO pl ru_RU sl sq th tr_TR
		"Kontoens e-mail -kvote er overskredet.",             // da
		"E-Mail-Kontingent überschritten.",                   // de
		"Υπέρβαση ορίου email λογαριασμού.",                  // el
		"Cuota de correo electrónico de la cuenta excedida.", // es
		"Cuota de correo del usuario excedida.",              // es_ES
		"Konto e-posti kvoot on ületatud.",                   // et
		"Quota d'e-mails du compte dépassé.",                 // fr
		"Quota de courriel du compte dépassé.",               // fr_CA fr_CH
		"חרגת ממכסת האימייל של החשבון.",                      // he
		"E-mail kvóta túllépése tárgya",                      // hu
		"Quota email dell'account superata.",                 // it
		"Quota email dell&#39;account superata.",             // it
		"លើសកូតាអ៊ីមែលគណនី។",                                 // km_KH
		"ເກີນໂຄຕ້າອີເມວບັນຊີ.",                               // lo_LA
		"Account e-mail quota overschreden.",                 // nl
		"Cota de e-mail da conta excedida.",                  // pt_BR
		"Quota de conta de E-mail ultrapassada",              // pt_PT
		"Cota de email a contului a fost depășită.",          // ro
		"E-mailová kvóta účtu bola prekročená.",              // sk
		"Prekoračena je kvota e-pošte za nalog.",             // sr
		"Kontots e-postkvot har överskridits.",               // sv
		"帳戶電子郵件配額超出。",                                        // zh_TW
	}},
	// email_quota_exceeded_body: the notice (Account::emailQuotaExceeded,
	// L549); %s is the daily limit.
	{own: true, key: "email_quota_exceeded_body", category: CategoryRateLimited, outcome: OutcomeDeferred, texts: []string{
		"في غضون 24 ساعة ، قمت بإرسال رسائل بريد إلكتروني %s.\n لقد قمنا بإيقاف رسائل البريد الإلكتروني الصادرة الخاصة بك مؤقتًا.\n\n ستتم إعادة تعيين حصة بريدك الإلكتروني في الساعة 23:00 بالتوقيت العالمي المنسق.", // ar
		"In a 24 hour period you have sent %s emails. \n We have paused your outbound emails.\n\n Your email quota will reset at 23:00 UTC.",                                                      // bg ca cs el en en_GB fa fi hr lt lv_LV mk_MK nb_NO pl ru_RU sl sq th tr_TR
		"I løbet af en 24 timers periode har du sendt %s e-mails.\n Vi har sat dine udgående e-mails på pause.\n\n Din e-mail kvote nulstilles kl. 23:00 UTC.",                                    // da
		"In einem Zeitraum von 24 Stunden haben Sie : quota emails gesendet.\n Wir haben Ihre ausgehenden E-Mails pausiert.\n\n Ihr E-Mail-Kontingent wird um 23:00 UTC zurückgesetzt.",           // de
		"En un período de 24 horas, ha enviado correos electrónicos %s.\n Hemos detenido sus correos electrónicos salientes.\n\n Su cuota de correo electrónico se restablecerá a las 23:00 UTC.", // es
		"En un periodo de 24 horas has enviado %s emails.\nHemos pausado el envío de tus correos.\n\nTu límite de envíos se reiniciará a las 23:00 UTC.",                                          // es_ES
		"24 tunni jooksul olete saatnud %s e-kirju. \n Peatasime teie väljaminevad meilid.\n\n Teie meilikvoot lähtestatakse kell 23:00 UTC.",                                                     // et
		"Dans une période de 24 heures, vous avez envoyé %s e-mails. \n Nous avons suspendu vos e-mails sortants. \n \n Votre quota d'e-mails sera réinitialisé à 23h00 UTC.",                     // fr
		"Dans une période de 24 heures, vous avez envoyer %s courriels. \nNous avons suspendu vos courriels sortants.\n \nVotre quota de courriel sera réinitialisé à 23h00 UTC",                  // fr_CA fr_CH
		"בפרק זמן של 24 שעות שלחת אימיילים %s.\n השהינו את הודעות האימייל היוצאות שלך.\n\n מכסת האימייל שלך תאופס בשעה 23:00 UTC.",                                                                // he
		"In un periodo di 24 ore hai inviato email %s.\n Abbiamo sospeso le tue email in uscita.\n\n La tua quota email verrà reimpostata alle 23:00 UTC.",                                        // it
		"24 時間以内に %s メールを送信しました。\n送信メールを一時停止しました。\n\nメールのクォータは 23:00 UTC にリセットされます。",                                                                                                              // ja
		"ក្នុងរយៈពេល 24 ម៉ោង អ្នកបានផ្ញើអ៊ីមែល %s ។\n យើងបានផ្អាកអ៊ីមែលចេញរបស់អ្នក។\n\n កូតាអ៊ីមែលរបស់អ្នកនឹងកំណត់ឡើងវិញនៅម៉ោង 23:00 UTC ។",                                                       // km_KH
		"ໃນໄລຍະເວລາ 24 ຊົ່ວໂມງທີ່ທ່ານໄດ້ສົ່ງອີເມວ: quota. \n ພວກເຮົາໄດ້ຢຸດອີເມວຂາອອກຂອງທ່ານໄວ້ຊົ່ວຄາວ.\n\n ໂຄຕ້າອີເມວຂອງທ່ານຈະຣີເຊັດເວລາ 23:00 UTC.",                                              // lo_LA
		"U heeft in een periode van 24 uur %s emails verstuurd.\nUw uitgaande emails zijn hierbij gepauzeerd.\n\nUw email quotum zal resetten om 23:00 UTC.",                                      // nl
		"Em um período de 24 horas você enviou e-mails %s .\n Pausamos seus e-mails enviados.\n\n Sua cota de e-mail será redefinida às 23h UTC.",                                                 // pt_BR
		"Nas últimas 24 horas enviou %s E-mails.\nO envio de E-mails foi suspenso. Será retomado às 23:00 UTC.",                                                                                   // pt_PT
		"În decurs de 24 de ore, ați trimis email-uri de %s.\nAm întrerupt email-urile dumneavoastră de ieșire.\n\n Cota dumneavoastră de email se va reseta la 23:00 UTC.",                       // ro
		"V priebehu 24 hodín ste odoslali e-maily %s.\n Pozastavili sme vaše odchádzajúce e-maily.\n\n Vaša e-mailová kvóta sa resetuje o 23:00 UTC.",                                             // sk
		"U periodu od 24 sata poslali ste %s e-poruka. Pauzirali smo vaše odlazne e-poruke. Vaša kvota e-pošte će se resetovati u 23:00 UTC.",                                                    // sr
		"På en 24 -timmarsperiod har du skickat %s e-postmeddelanden. \n Vi har pausat dina utgående e-postmeddelanden.\n\nDin e-postkvot återställs kl 23:00 UTC.",                               // sv
		"在 24 小時內，您已發送了%s封電子郵件。\n我們已暫停您的出站電子郵件。\n\n您的電子郵件配額將於 23:00 UTC 重設。",                                                                                                                      // zh_TW
	}},
	// gmail_credentials_invalid_subject and _body (Account::
	// gmailCredentialNotification, L588).
	{own: true, key: "gmail_credentials_invalid_body", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"إرسال باستخدام بيانات اعتماد GMail غير صالحة",                 // ar
		"Send with GMail invalid credentials",                          // bg ca cs el en en_GB et fa fi fr_CH hr ja lt lv_LV mk_MK nb_NO ru_RU sl sq sr th tr_TR
		"Send med Gmail ugyldige legitimationsoplysninger",             // da
		"Senden mit ungültigen GMail-Anmeldedaten",                     // de
		"Enviar con credenciales no válidas de GMail",                  // es
		"Enviar con credenciales de GMail no válidas",                  // es_ES
		"Envoyer avec des identifiants GMail non valides",              // fr
		"Les identifiants pour l'envoi avec Gmail ne sont pas valides", // fr_CA
		"שלח עם אישורים לא חוקיים של Gmail",                            // he
		"Érvénytelen Gmail hitelesítő adatok",                          // hu
		"Invia con credenziali GMail non valide",                       // it
		"ផ្ញើជាមួយ GMail លិខិតសម្គាល់មិនត្រឹមត្រូវ",                    // km_KH
		"ສົ່ງກັບ GMail ຂໍ້ມູນປະຈໍາຕົວທີ່ບໍ່ຖືກຕ້ອງ",                    // lo_LA
		"Verzenden met GMail ongeldige inloggegevens",                  // nl
		"Nieprawidłowe poświadczenia dla wysyłki za pomocą GMail",      // pl
		"Enviar com credenciais inválidas do GMail",                    // pt_BR pt_PT
		"Trimiteți cu credențiale nevalide de GMail ",                  // ro
		"Odoslať pomocou GMail neplatné poverenia",                     // sk
		"Skicka med ogiltiga Gmail-uppgifter",                          // sv
		"使用 GMail 傳送無效憑證",                                              // zh_TW
		"بيانات اعتماد GMail الخاصة بك غير صحيحة ، يرجى تسجيل الدخول إلى مدخل المسؤول والانتقال إلى الإعدادات> تفاصيل المستخدم وفصل وإعادة الاتصال بحساب GMail الخاص بك. سنرسل لك هذا الإشعار يوميًا حتى يتم حل هذه المشكلة",                                                                                                     // ar
		"بيانات اعتماد GMail الخاصة بك غير صحيحة ، يرجى تسجيل الدخول إلى مدخل المسؤول والانتقال إلى الإعدادات&gt; تفاصيل المستخدم وفصل وإعادة الاتصال بحساب GMail الخاص بك. سنرسل لك هذا الإشعار يوميًا حتى يتم حل هذه المشكلة",                                                                                                  // ar
		"Your GMail credentials are not correct, please log into the administrator portal and navigate to Settings > User Details and disconnect and reconnect your GMail account. We will send you this notification daily until this issue is resolved",                                                                        // bg ca cs el en en_GB et fa fi fr_CH hr ja lt lv_LV mk_MK nb_NO ru_RU sl sq sr th tr_TR
		"Dine GMail-legitimationsoplysninger er ikke korrekte, log venligst ind på administratorportalen og naviger til Indstillinger > Bruger og afbryd og tilslut din Gmail-konto igen. Vi sender dig denne meddelelse dagligt, indtil dette problem er løst",                                                                  // da
		"Dine GMail-legitimationsoplysninger er ikke korrekte, log venligst ind på administratorportalen og naviger til Indstillinger &gt; Bruger og afbryd og tilslut din Gmail-konto igen. Vi sender dig denne meddelelse dagligt, indtil dette problem er løst",                                                               // da
		"Ihre GMail-Anmeldedaten sind nicht korrekt. Bitte melden Sie sich im Administratorportal an und navigieren Sie zu Einstellungen > Benutzerdetails und trennen Sie Ihr GMail-Konto und verbinden Sie es erneut. Wir werden Ihnen diese Benachrichtigung täglich senden, bis das Problem behoben ist",                     // de
		"Sus credenciales de GMail no son correctas, inicie sesión en el portal del administrador y vaya a Configuración > Detalles del usuario y desconecte y vuelva a conectar su cuenta de GMail. Le enviaremos esta notificación diariamente hasta que se resuelva este problema.",                                           // es es_ES
		"Sus credenciales de GMail no son correctas, inicie sesión en el portal del administrador y vaya a Configuración &gt; Detalles del usuario y desconecte y vuelva a conectar su cuenta de GMail. Le enviaremos esta notificación diariamente hasta que se resuelva este problema.",                                        // es
		"Vos informations d'identification GMail ne sont pas correctes, veuillez vous connecter au portail administrateur et accéder à Paramètres > Détails de l'utilisateur, puis déconnectez et reconnectez votre compte GMail. Nous vous enverrons cette notification quotidiennement jusqu'à ce que ce problème soit résolu", // fr
		"Vos identifiants Gmail ne sont pas valides. Veuillez vous connecter au portail administrateur et vous rendre à Paramètres > Profil utilisateur,  déconnecter et reconnecter votre compte Gmail. Vous recevrez une notification tous les jours jusqu'à ce que ce problème soit réglé",                                    // fr_CA
		"אישורי ה-GMail שלך אינם נכונים, אנא היכנס לפורטל המנהל ונווט אל הגדרות > פרטי משתמש ונתק וחבר מחדש את חשבון ה-GMail שלך. אנו נשלח לך הודעה זו מדי יום עד שהבעיה תיפתר",                                                                                                                                                  // he
		"אישורי ה-GMail שלך אינם נכונים, אנא היכנס לפורטל המנהל ונווט אל הגדרות &gt; פרטי משתמש ונתק וחבר מחדש את חשבון ה-GMail שלך. אנו נשלח לך הודעה זו מדי יום עד שהבעיה תיפתר",                                                                                                                                               // he
		"Az alkalmazás hozzáférése a Gmail fiókodhoz érvénytelen vagy lejárt. Kérlek, frissítsd az adatokat.",                                                                                                                                                           // hu
		"Le tue credenziali GMail non sono corrette, accedi al portale dell'amministratore e vai su Impostazioni > Dettagli utente e disconnetti e riconnetti il tuo account GMail. Ti invieremo questa notifica ogni giorno fino alla risoluzione del problema",        // it
		"Le tue credenziali GMail non sono corrette, accedi al portale dell&#39;amministratore e vai su Impostazioni &gt; Dettagli utente e disconnetti e riconnetti il tuo account GMail. Ti invieremo questa notifica ogni giorno fino alla risoluzione del problema", // it
		"អត្តសញ្ញាណប័ណ្ណ GMail របស់អ្នកមិនត្រឹមត្រូវទេ សូមចូលទៅក្នុងវិបផតថលអ្នកគ្រប់គ្រង ហើយចូលទៅកាន់ការកំណត់ > ព័ត៌មានលម្អិតអ្នកប្រើប្រាស់ ហើយផ្តាច់ និងភ្ជាប់គណនី GMail របស់អ្នកឡើងវិញ។ យើងនឹងផ្ញើជូនអ្នកនូវការជូនដំណឹងនេះជារៀងរាល់ថ្ងៃ រហូតដល់បញ្ហានេះត្រូវបានដោះស្រាយ",    // km_KH
		"អត្តសញ្ញាណប័ណ្ណ GMail របស់អ្នកមិនត្រឹមត្រូវទេ សូមចូលទៅក្នុងវិបផតថលអ្នកគ្រប់គ្រង ហើយចូលទៅកាន់ការកំណត់ &gt; ព័ត៌មានលម្អិតអ្នកប្រើប្រាស់ ហើយផ្តាច់ និងភ្ជាប់គណនី GMail របស់អ្នកឡើងវិញ។ យើងនឹងផ្ញើជូនអ្នកនូវការជូនដំណឹងនេះជារៀងរាល់ថ្ងៃ រហូតដល់បញ្ហានេះត្រូវបានដោះស្រាយ", // km_KH
		"ຂໍ້ມູນປະຈຳຕົວ GMail ຂອງເຈົ້າບໍ່ຖືກຕ້ອງ, ກະລຸນາເຂົ້າສູ່ລະບົບປະຕູຜູ້ເບິ່ງແຍງລະບົບ ແລະໄປທີ່ການຕັ້ງຄ່າ > ລາຍລະອຽດຜູ້ໃຊ້ ແລະຕັດການເຊື່ອມຕໍ່ ແລະເຊື່ອມຕໍ່ບັນຊີ GMail ຂອງທ່ານຄືນໃໝ່. ພວກເຮົາຈະສົ່ງແຈ້ງການນີ້ໃຫ້ທ່ານທຸກໆມື້ຈົນກ່ວາບັນຫານີ້ໄດ້ຮັບການແກ້ໄຂ",                    // lo_LA
		"Uw GMail-referenties zijn niet correct. Meld u aan bij de beheerdersportal en navigeer naar Instellingen > Gebruikersgegevens en koppel uw Gmail-account los en maak opnieuw verbinding. We sturen u deze melding dagelijks totdat dit probleem is opgelost",                                                          // nl
		"Twoje dane do logowania do konta GMail są nieprawidłowe. Zaloguj się na konto administratora portalu i przejdź kolejno do: Ustawienia -> Szczegóły użytkownika, a następnie odłącz i ponownie podłącz swoje konto GMail. Będziemy wysyłać Ci to powiadomienie codziennie, dopóki ten problem nie zostanie rozwiązany", // pl
		"Suas credenciais do GMail não estão corretas. Faça login no portal do administrador e navegue até Configurações > Detalhes do usuário e desconecte e reconecte sua conta do GMail. Enviaremos esta notificação diariamente até que o problema seja resolvido",                                                         // pt_BR
		"Suas credenciais do GMail não estão corretas. Faça login no portal do administrador e navegue até Configurações &gt; Detalhes do usuário e desconecte e reconecte sua conta do GMail. Enviaremos esta notificação diariamente até que o problema seja resolvido",                                                      // pt_BR
		"Suas credenciais do GMail não estão corretas, faça login no portal do administrador e navegue até Configurações > Detalhes do usuário, desconecte e reconecte sua conta do GMail. Enviaremos esta notificação diariamente até que este problema seja resolvido",                                                       // pt_PT
		"Suas credenciais do GMail não estão corretas, faça login no portal do administrador e navegue até Configurações &gt; Detalhes do usuário, desconecte e reconecte sua conta do GMail. Enviaremos esta notificação diariamente até que este problema seja resolvido",                                                    // pt_PT
		"Credențialele dumneavoastră de GMail nu sunt corecte. Conectați-vă în portalul pentru administratori și navigați spre Setări >  Detalii utilizatori și deconectați-vă și reconectați-vă contul GMail. Vă vom trimite această noficare în fiecare zi, până la momentul remedierii acestei probleme. ",                  // ro
		"Vaše prihlasovacie údaje GMail nie sú správne, prihláste sa do administrátorského portálu a prejdite do časti Nastavenia > Podrobnosti používateľa a odpojte a znova pripojte svoj účet GMail. Toto upozornenie vám budeme posielať denne, kým sa tento problém nevyrieši",                                            // sk
		"Vaše prihlasovacie údaje GMail nie sú správne, prihláste sa do administrátorského portálu a prejdite do časti Nastavenia &gt; Podrobnosti používateľa a odpojte a znova pripojte svoj účet GMail. Toto upozornenie vám budeme posielať denne, kým sa tento problém nevyrieši",                                         // sk
		"Dina Gmail-uppgifter är inte korrekta, logga in på administratörsportalen och navigera till Inställningar > Användarinformation och koppla från och återanslut ditt Gmail-konto. Vi skickar dig detta meddelande dagligen tills problemet är löst",                                                                    // sv
		"Dina Gmail-uppgifter är inte korrekta, logga in på administratörsportalen och navigera till Inställningar &gt; Användarinformation och koppla från och återanslut ditt Gmail-konto. Vi skickar dig detta meddelande dagligen tills problemet är löst",                                                                 // sv
		"您的 GMail 憑證不正確，請登入管理員入口網站並導航至“設定”>“使用者詳細資料”，然後中斷並重新連接您的 GMail 帳戶。我們將每天向您發送此通知，直到此問題解決",                                                                                                                                                                                                                                // zh_TW
		"您的 GMail 憑證不正確，請登入管理員入口網站並導航至“設定”&gt;“使用者詳細資料”，然後中斷並重新連接您的 GMail 帳戶。我們將每天向您發送此通知，直到此問題解決",                                                                                                                                                                                                                             // zh_TW
	}},
	// NinjaMailerJob L215: Postmark's code 406.
	{address: true, key: "Recipient {$email} has been suppressed and cannot receive emails from you.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Recipient %s has been suppressed and cannot receive emails from you.", // en
	}},
	// NinjaMailerJob L172: the Gmail API's 429; the job is released for 900 s.
	{own: true, key: "Google rate limiting triggered, we are queueing based on Gmail requirements.", category: CategoryRateLimited, outcome: OutcomeDeferred, texts: []string{
		"Google rate limiting triggered, we are queueing based on Gmail requirements.", // en
	}},
}
