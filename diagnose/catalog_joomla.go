package diagnose

// joomlaMessages are Joomla's translations of PHPMailer's messages
// (the PHPMAILER_* strings of each language's joomla.ini in
// joomla/core-translations at e5438c3d3be4, which batch CV cites: every
// language of the joomla_v4, joomla_v5 and joomla_v6 packages, their
// site, administrator and API files, 84 language tags; a text found only
// in some of the versions is marked with them). Joomla hands them to
// PHPMailer through libraries/src/Mail/language/phpmailer.lang-joomla.php
// (authenticate, connect_host, data_not_accepted, empty_message, encoding,
// execute, extension_missing, file_access, file_open, from_failed,
// instantiate, invalid_address, mailer_not_supported, provide_address,
// recipients_failed, signing, smtp_connect_failed, smtp_error,
// variable_set; PHPMAILER_TLS, "Could not start TLS", is not mapped and
// never shown), and the Global Configuration's test mail and Mail::Send's
// callers show the exception's message; PHPMailer's keys Joomla does not
// map stay in English (phpMailerMessages). Each message has
// phpMailerMessages' answer for the same key (see there); connect_host
// with SMTP::connect's "Failed to connect to server" after it (PHPMailer
// 6.6 and later, cv-010..012) and smtp_connect_failed with lang()'s
// troubleshooting link (cv-023, cv-024) are written out. Texts the same
// as PHPMailer's own are only there. The German texts' <strong> tags are
// also written as the page shows them, without.
//
// Translations kept as shipped, their slips too (Albanian's authenticate in
// Italian, German's signing calling it a character-encoding error,
// Spanish's and Brazilian's from_failed calling the sender a recipient,
// which is a frame and not here). Left out, as saying another
// cause than theirs: the signing texts that say a login, a sign-in, an
// authentication, a connection or a send failed, or only "an error"
// (az, bg, bn, cs, da, fa, hy, ja, kk, ky, lo, lt, mk, mn, pl, pt-PT, sl,
// th, ur). Not here: the frames around a server's reply (recipients_failed,
// from_failed, data_not_accepted, smtp_error; cv-004..006, cv-013..015,
// cv-017), as for phpMailerMessages, and invalid_address ("Invalid
// address (to): x"), read by its rule. Batch CV cv-004..015, cv-023,
// cv-024.
var joomlaMessages = []catalogMessage{
	{own: true, key: "PHPMAILER_AUTHENTICATE", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"SMTP-fout! Kon nie staaf nie.",                                   // af-ZA
		"خطأ! SMTP لا يمكن المصادقة.",                                     // ar-AA
		"SMTP xətası! Əslliyin yoxlanması alınmadı.",                      // az-AZ
		"Памылка SMTP! Не ўдалося прайсці аўтэнтыфікацыю.",                // be-BY
		"SMTP ГРЕШКА! Невъзможна индентификация.",                         // bg-BG
		"SMTP ত্রুটি! অনুমোদন দেয়া যায়নি।",                                // bn-BD
		"SMTP greška! Ne može se autorizovati.",                           // bs-BA sr-YU
		"Error SMTP! No es pot autenticar. ",                              // ca-ES
		"Chyba SMTP! Ověřování selhalo.",                                  // cs-CZ
		"Gwall SMTP! Doedd dim modd awthentigeiddio.",                     // cy-GB
		"SMTP FEJL! Kunne ikke godkende.",                                 // da-DK
		"SMTP fejl! Kunne ikke godkende.",                                 // da-DK (j4)
		"SMTP-Fehler! Authentifizierung <strong>fehlgeschlagen</strong>.", // de-AT de-CH de-DE de-LI de-LU
		"SMTP-Fehler! Authentifizierung fehlgeschlagen.",                  // de-AT de-CH de-DE de-LI de-LU
		"Σφάλμα SMTP! Αποτυχία ταυτοποίησης.",                             // el-GR
		"SMTP Error! Could not authenticate.",                             // en-AU en-CA en-GB en-NZ en-US en-ZA he-IL ja-JP
		"SMTP-eraro! Ne eblas aŭtentigi.",                                 // eo-XX
		"Error de SMTP. No se pudo autenticar.",                           // es-CO
		"¡Error SMTP! No se ha podido autentificar.",                      // es-ES es-MX
		"¡Error SMTP! No se puede autentificar.",                          // es-ES es-MX (j4)
		"SMTP viga! Kasutaja tuvastamine ebaõnnestus.",                    // et-EE
		"SMTP Errorea! Ezin izan da autentifikatu.",                       // eu-ES
		"خطای SMTP! ورود امکان پذیر نیست.",                                // fa-AF
		"خطای SMTP! احراز هویت نشد.",                                      // fa-IR
		"SMTP virhe: autentikointi ei onnistunut.",                        // fi-FI
		"SMTP prubleemi: autentikointi ei onnistunu.",                     // fit-FI
		"Erreur SMTP ! Authentification impossible.",                      // fr-CA fr-FR
		"Erreur SMTP : authentification impossible !",                     // fr-CA fr-FR (j4)
		"Earráid SMTP! Theip ar fhíordheimhniú.",                          // ga-IE
		"Error SMTP: Non foi posíbel autenticar.",                         // gl-ES
		"SMTP ભૂલ! પ્રમાણભૂતતા નહી થઈ શકે.",                               // gu-IN
		"एस.एम.टी.पी त्रुटि ! प्रमाणित नहीं किया जा सका है .", // hi-IN
		"SMTP Greška: Nije moguće autorizirati.",                 // hr-HR
		"SMTP greška: Nije moguće autorizirati.",                 // hr-HR (j5)
		"SMTP-hiba! Nem lehetett hitelesíteni.",                  // hu-HU
		"SMTP սխալ։ Չհաջողվեց անցնել վավերացումը։",               // hy-AM
		"Gagal SMTP! Tidak bisa otentikasi.",                     // id-ID
		"Errore SMTP! Non è stato possibile autenticare.",        // it-IT
		"SMTPエラー！認証できませんでした。",                                    // ja-JP (j4 j5)
		"SMTP შეცდომა! ავთენტიფიკაცია ვერ ხერხდება.",             // ka-GE
		"SMTP შეცდომა! ამოცნობა ვერ ხერხდება.",                   // ka-GE
		"«SMTP қатесі аутентификация сәтсіз аяқталды.»",          // kk-KZ
		"SMTP 오류! 인증할 수 없습니다.",                                   // ko-KR
		"SMTP катасы! Авторизациядан өтүүгө болбоду.",            // ky-KG
		"SMTP ຜິດພາດ! ບໍ່ສາມາດຢືນຢັນຕົວຕົນໄດ້.",                  // lo-LA (j6)
		"SMTP ມີຂໍ້ຜິດພາດ! ຊື່ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ",          // lo-LA
		"SMTP ມີຂໍ້ຜິດພາດ! ບໍ່ສາມາດຢືນຢັນຕົວຕົນໄດ້.",             // lo-LA (j6)
		"SMTP Klaida! Neįmanoma patikrinti autentiškumo.",        // lt-LT
		"SMTP kļūda: nevar autentificēties.",                     // lv-LV
		"SMTP грешка! Неможна автентификација.",                  // mk-MK
		"എസ് എം ടി പി പിഴവ്! നിർണ്ണയിക്കാനാവുന്നില്ല.",           // ml-IN
		"SMTP Алдаа! Нэвтрэх боломжгүй.",                         // mn-MN
		"Ralat SMTP! Tidak dapat mengesahkan.",                   // ms-MY (j5 j6)
		"SMTP-feil: kunne ikke autentisere.",                     // nb-NO
		"SMTP fout! Kon niet authenticeren.",                     // nl-BE
		"SMTP Fout! Kan niet authenticeren.",                     // nl-NL (j4)
		"SMTP fout! Authenticatie mislukt.",                      // nl-NL
		"SMTP-feil: kunne ikkje autentisere.",                    // nn-NO
		"Error SMTP ! Autentification impossibla.",               // oc-FR
		"Błąd SMTP: Uwierzytelnienie nie powiodło się.",          // pl-PL
		"Błąd uwierzytelniania SMTP.",                            // pl-PL
		"د SMTP تېروتنه! مستند نه شو.",                           // ps-AF
		"Erro SMTP! Não foi possível autenticar.",                // pt-BR (j5)
		"Erro no SMTP! Não foi possível autenticar.",             // pt-BR
		"Erro relacionado ao SMTP! Não foi possível autenticar.", // pt-BR (j4)
		"Erro de SMTP! Não foi possível autenticar.",             // pt-PT
		"Eroare SMTP! Nu s-a putut face autentificarea.",         // ro-RO
		"Не удалось авторизоваться на сервере SMTP.",             // ru-RU
		"SMTP දෝශයකි! සථ්\u200dයාපනය කළ නොහැක.",                  // si-LK (j4)
		"Chyba SMTP! Nemôžem overiť.",                            // sk-SK
		"Chyba SMTP! Nemôžem sa overiť.",                         // sk-SK (j4)
		"SMTP Napaka! Ne morem preveriti pristnosti.",            // sl-SI
		"SMTP napaka! Ne morem preveriti.",                       // sl-SI (j4)
		"Gabim SMTP! Non è stato possibile autenticare.",         // sq-AL
		"SMTP грешка! Не може се ауторизовати.",                  // sr-RS
		"SMTP fel! Kan inte autentisera.",                        // sv-SE
		"SMTP பிழை! அத்தாட்சிப்படுத்த முடியவில்லை.",              // ta-IN
		"SMTP มีข้อผิดพลาด! ชื่อหรือรหัสผ่านไม่ถูกต้อง",          // th-TH
		"SMTP Hatası! Doğrulanamadı.",                            // tr-TR
		"Помилка SMTP! Не вдалося автентифікуватись.",            // uk-UA
		"Помилка SMTP! Неможливо пройти автентифікацію.",         // uk-UA
		"ایس ایم ٹی پی خرابی: توثیق نہیں کرسکا۔",                 // ur-PK
		"SMTP Lỗi! Không thể xác thực.",                          // vi-VN
		"SMTP 错误! 无法验证.",                                         // zh-CN (j4)
		"SMTP 错误! 未能通过验证.",                                       // zh-CN
		"SMTP 錯誤! 無法驗證.",                                         // zh-TW (j4)
		"SMTP 錯誤! 無法驗證。",                                         // zh-TW
	}},
	{own: true, key: "PHPMAILER_CONNECT_HOST", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"SMTP-fout! Kon nie aan SMTP-gasheer koppel nie.", // af-ZA
		"SMTP-fout! Kon nie aan SMTP-gasheer koppel nie. Failed to connect to server",
		"خطأ! SMTP لايمكن الإتصال مع SMTP.", // ar-AA
		"خطأ! SMTP لايمكن الإتصال مع SMTP. Failed to connect to server",
		"SMTP xətası! SMTP hosta bağlantı alınmır.", // az-AZ
		"SMTP xətası! SMTP hosta bağlantı alınmır. Failed to connect to server",
		"Памылка SMTP! Не атрымалася падлучыцца да сервера SMTP.", // be-BY (j5)
		"Памылка SMTP! Не атрымалася падлучыцца да сервера SMTP. Failed to connect to server",
		"Памылка SMTP! Немагчыма падключыцца да сервера SMTP.", // be-BY
		"Памылка SMTP! Немагчыма падключыцца да сервера SMTP. Failed to connect to server",
		"SMTP ГРЕШКА! Невъзможно свързване с SMTP.", // bg-BG
		"SMTP ГРЕШКА! Невъзможно свързване с SMTP. Failed to connect to server",
		"SMTP ত্রুটি! SMTP প্রদানকারীর সাথে সংযোগ নেয়া যায়নি।", // bn-BD
		"SMTP ত্রুটি! SMTP প্রদানকারীর সাথে সংযোগ নেয়া যায়নি। Failed to connect to server",
		"SMTP greška! Nije moguća konekcija na SMTP server.", // bs-BA
		"SMTP greška! Nije moguća konekcija na SMTP server. Failed to connect to server",
		"Error SMTP! No es pot connectar amb el servidor SMTP. ", // ca-ES
		"Error SMTP! No es pot connectar amb el servidor SMTP. Failed to connect to server",
		"Chyba SMTP! Nelze se připojit k SMTP serveru.", // cs-CZ
		"Chyba SMTP! Nelze se připojit k SMTP serveru. Failed to connect to server",
		"Gwall SMTP! Doedd dim modd cysylltu â'r lletywr SMTP.", // cy-GB
		"Gwall SMTP! Doedd dim modd cysylltu â'r lletywr SMTP. Failed to connect to server",
		"SMTP Fejl! Kunne ikke forbinde til SMTP host.", // da-DK (j4)
		"SMTP Fejl! Kunne ikke forbinde til SMTP host. Failed to connect to server",
		"SMTP fejl! Kunne ikke forbinde til SMTP host.", // da-DK
		"SMTP fejl! Kunne ikke forbinde til SMTP host. Failed to connect to server",
		"SMTP-Fehler! Es konnte keine Verbindung zum SMTP-Host hergestellt werden.", // de-AT de-CH de-DE de-LI de-LU
		"SMTP-Fehler! Es konnte keine Verbindung zum SMTP-Host hergestellt werden. Failed to connect to server",
		"Σφάλμα SMTP! Αποτυχία σύνδεσης με τον διακομιστή SMTP.", // el-GR
		"Σφάλμα SMTP! Αποτυχία σύνδεσης με τον διακομιστή SMTP. Failed to connect to server",
		"SMTP Error! Could not connect to SMTP host.", // en-AU en-CA en-GB en-NZ en-US en-ZA he-IL ja-JP
		"SMTP Error! Could not connect to SMTP host. Failed to connect to server",
		"SMTP-eraro! Ne eblas konekti al SMTP-gastiganto.", // eo-XX
		"SMTP-eraro! Ne eblas konekti al SMTP-gastiganto. Failed to connect to server",
		"Error de SMTP. No se puede conectar al servidor SMTP.", // es-CO
		"Error de SMTP. No se puede conectar al servidor SMTP. Failed to connect to server",
		"¡Error SMTP! No se ha podido conectar con el servidor SMTP.", // es-ES
		"¡Error SMTP! No se ha podido conectar con el servidor SMTP. Failed to connect to server",
		"¡Error SMTP! No se puede conectar con el servidor SMTP.", // es-ES (j4)
		"¡Error SMTP! No se puede conectar con el servidor SMTP. Failed to connect to server",
		"Error de SMTP. No se puede conectar al host SMTP.", // es-MX
		"Error de SMTP. No se puede conectar al host SMTP. Failed to connect to server",
		"SMTP viga! SMTP hostiga ühendumine ebaõnnestus.", // et-EE
		"SMTP viga! SMTP hostiga ühendumine ebaõnnestus. Failed to connect to server",
		"SMTP Errorea! Ezin izan da SMTP ostalarira konektatu.", // eu-ES (j4)
		"SMTP Errorea! Ezin izan da SMTP ostalarira konektatu. Failed to connect to server",
		"SMTP Errorea! Ezin izan da SMTP zerbitzariarekin konektatu.", // eu-ES
		"SMTP Errorea! Ezin izan da SMTP zerbitzariarekin konektatu. Failed to connect to server",
		"خطای SMTP : اتصال به هاست SMTP امکان پذیر نیست.", // fa-AF
		"خطای SMTP : اتصال به هاست SMTP امکان پذیر نیست. Failed to connect to server",
		"خطای SMTP! به میزبان SMTP وصل نشد.", // fa-IR
		"خطای SMTP! به میزبان SMTP وصل نشد. Failed to connect to server",
		"SMTP virhe: SMTP-palvelimeen ei saada yhteyttä.", // fi-FI
		"SMTP virhe: SMTP-palvelimeen ei saada yhteyttä. Failed to connect to server",
		"SMTP prubleemi: SMTP-palvelihmeen ei saaha yhteyttä.", // fit-FI
		"SMTP prubleemi: SMTP-palvelihmeen ei saaha yhteyttä. Failed to connect to server",
		"Erreur ! Connexion à l'hôte SMTP impossible.", // fr-CA fr-FR
		"Erreur ! Connexion à l'hôte SMTP impossible. Failed to connect to server",
		"Erreur SMTP ! Impossible de se connecter à l'hôte SMTP.", // fr-CA fr-FR (j4)
		"Erreur SMTP ! Impossible de se connecter à l'hôte SMTP. Failed to connect to server",
		"Earráid SMTP! Níorbh fhéidir ceangal le hóstach SMTP.", // ga-IE
		"Earráid SMTP! Níorbh fhéidir ceangal le hóstach SMTP. Failed to connect to server",
		"Erro SMTP: Non foi posíbel conectarse ao servidor SMTP.", // gl-ES
		"Erro SMTP: Non foi posíbel conectarse ao servidor SMTP. Failed to connect to server",
		"SMTP ભૂલ! SMTP હોસ્ટ્ સાથે સમ્પર્ક નતી થતો", // gu-IN
		"SMTP ભૂલ! SMTP હોસ્ટ્ સાથે સમ્પર્ક નતી થતો Failed to connect to server",
		"एस.एम.टी.पी त्रुटि ! एस.एम.टी.पी होस्ट कनेक्ट नहीं किया जा सका", // hi-IN
		"एस.एम.टी.पी त्रुटि ! एस.एम.टी.पी होस्ट कनेक्ट नहीं किया जा सका Failed to connect to server",
		"SMTP Greška! Nije moguće spojiti se na SMTP host.", // hr-HR
		"SMTP Greška! Nije moguće spojiti se na SMTP host. Failed to connect to server",
		"SMTP Greška! Nije moguće spojiti se na SMTP poslužitelj.", // hr-HR (j5)
		"SMTP Greška! Nije moguće spojiti se na SMTP poslužitelj. Failed to connect to server",
		"SMTP greška! Nije moguće spojiti se na SMTP poslužitelj.", // hr-HR (j5)
		"SMTP greška! Nije moguće spojiti se na SMTP poslužitelj. Failed to connect to server",
		"SMTP-hiba! Nem lehetett kapcsolódni az SMTP-állomáshoz.", // hu-HU
		"SMTP-hiba! Nem lehetett kapcsolódni az SMTP-állomáshoz. Failed to connect to server",
		"SMTP սխալ։ Չհաջողվեց միանալ SMTP խնամորդին։", // hy-AM
		"SMTP սխալ։ Չհաջողվեց միանալ SMTP խնամորդին։ Failed to connect to server",
		"Galat SMTP! Tidak bisa menyambungkan host SMTP.", // id-ID
		"Galat SMTP! Tidak bisa menyambungkan host SMTP. Failed to connect to server",
		"Errore SMTP! Non è stato possibile connettersi all'host SMTP.", // it-IT
		"Errore SMTP! Non è stato possibile connettersi all'host SMTP. Failed to connect to server",
		"SMTPエラー!SMTPホストに接続できませんでした。", // ja-JP (j4 j5)
		"SMTPエラー!SMTPホストに接続できませんでした。 Failed to connect to server",
		"SMTP შეცდომა! SMTP ჰოსტთან დაკავშირება ვერ ხერხდება.", // ka-GE
		"SMTP შეცდომა! SMTP ჰოსტთან დაკავშირება ვერ ხერხდება. Failed to connect to server",
		"«SMTP қатесі SMTP хостына қосылу мүмкін емес.»", // kk-KZ
		"«SMTP қатесі SMTP хостына қосылу мүмкін емес.» Failed to connect to server",
		"SMTP 오류! SMTP host에 접속할 수 없습니다.", // ko-KR
		"SMTP 오류! SMTP host에 접속할 수 없습니다. Failed to connect to server",
		"SMTP катасы! SMTP хостуна туташууга болбой жатат.", // ky-KG
		"SMTP катасы! SMTP хостуна туташууга болбой жатат. Failed to connect to server",
		"SMTP ຜິດພາດ! ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບໂຮສ SMTP ໄດ້.", // lo-LA (j6)
		"SMTP ຜິດພາດ! ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບໂຮສ SMTP ໄດ້. Failed to connect to server",
		"SMTP ມີຂໍ້ຜິດພາດ! ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບ SMTP host ໄດ້.", // lo-LA (j6)
		"SMTP ມີຂໍ້ຜິດພາດ! ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບ SMTP host ໄດ້. Failed to connect to server",
		"SMTP ມີຂໍ້ຜິດພາດ! ບໍ່ສາມາດເຊື່ອມຕໍ່ໂຮດສ SMTP ໄດ້", // lo-LA
		"SMTP ມີຂໍ້ຜິດພາດ! ບໍ່ສາມາດເຊື່ອມຕໍ່ໂຮດສ SMTP ໄດ້ Failed to connect to server",
		"SMTP Klaida! Nepavyko prisijungti prie SMTP serverio.", // lt-LT
		"SMTP Klaida! Nepavyko prisijungti prie SMTP serverio. Failed to connect to server",
		"SMTP kļūda: nevar pieslēgties SMTP serverim.", // lv-LV
		"SMTP kļūda: nevar pieslēgties SMTP serverim. Failed to connect to server",
		"SMTP грешка! Неможна конекција до SMTP домаќинот.", // mk-MK
		"SMTP грешка! Неможна конекција до SMTP домаќинот. Failed to connect to server",
		"എസ് എം ടി പി പിഴവ് !. എസ് എം ടി പി ഹോസ്റ്റുമായി ബന്ധപ്പെടാനാവുന്നില്ല", // ml-IN
		"എസ് എം ടി പി പിഴവ് !. എസ് എം ടി പി ഹോസ്റ്റുമായി ബന്ധപ്പെടാനാവുന്നില്ല Failed to connect to server",
		"SMTP Алдаа! SMTP сервертэй холбогдож чадсангүй.", // mn-MN
		"SMTP Алдаа! SMTP сервертэй холбогдож чадсангүй. Failed to connect to server",
		"Ralat SMTP! Tidak dapat menyambung ke hos SMTP.", // ms-MY (j5 j6)
		"Ralat SMTP! Tidak dapat menyambung ke hos SMTP. Failed to connect to server",
		"SMTP-feil: kunne ikke koble til smtp-serveren.", // nb-NO
		"SMTP-feil: kunne ikke koble til smtp-serveren. Failed to connect to server",
		"SMTP fout! Kon geen verbinding maken met de SMTP host.", // nl-BE
		"SMTP fout! Kon geen verbinding maken met de SMTP host. Failed to connect to server",
		"SMTP fout! Kon geen verbinding met de SMTP host maken.", // nl-BE (j4)
		"SMTP fout! Kon geen verbinding met de SMTP host maken. Failed to connect to server",
		"SMTP Fout! Kan niet verbinden met SMTP host.", // nl-NL (j4)
		"SMTP Fout! Kan niet verbinden met SMTP host. Failed to connect to server",
		"SMTP fout! Kan niet verbinden met SMTP host.", // nl-NL
		"SMTP fout! Kan niet verbinden met SMTP host. Failed to connect to server",
		"SMTP-feil: kunne ikkje kople til smtp-tenaren.", // nn-NO
		"SMTP-feil: kunne ikkje kople til smtp-tenaren. Failed to connect to server",
		"Error ! Connexion a l'òste SMTP impossibla.", // oc-FR
		"Error ! Connexion a l'òste SMTP impossibla. Failed to connect to server",
		"Błąd SMTP: Nie można się połączyć z serwerem pocztowym.", // pl-PL
		"Błąd SMTP: Nie można się połączyć z serwerem pocztowym. Failed to connect to server",
		"د SMTP تېروتنه! د SMTP له کوربه سره وصل نه شو.", // ps-AF
		"د SMTP تېروتنه! د SMTP له کوربه سره وصل نه شو. Failed to connect to server",
		"Erro SMTP! Não foi possível conectar-se ao host SMTP.", // pt-BR (j5)
		"Erro SMTP! Não foi possível conectar-se ao host SMTP. Failed to connect to server",
		"Erro no SMTP! Não foi possível conectar ao servidor SMTP.", // pt-BR
		"Erro no SMTP! Não foi possível conectar ao servidor SMTP. Failed to connect to server",
		"Erro relacionado ao SMTP! Não foi possível conectar-se ao servidor do SMTP.", // pt-BR (j4)
		"Erro relacionado ao SMTP! Não foi possível conectar-se ao servidor do SMTP. Failed to connect to server",
		"Erro de SMTP! Não foi possível ligar ao servidor SMTP.", // pt-PT
		"Erro de SMTP! Não foi possível ligar ao servidor SMTP. Failed to connect to server",
		"Eroare SMTP! Nu s-a reușit conectarea la gazda SMTP", // ro-RO
		"Eroare SMTP! Nu s-a reușit conectarea la gazda SMTP Failed to connect to server",
		"Не удалось подключиться к серверу SMTP.", // ru-RU
		"Не удалось подключиться к серверу SMTP. Failed to connect to server",
		"SMTP දෝශයකි!  SMTP සත්කාරකයට සම්බන්ධ විය නොහැක.", // si-LK (j4)
		"SMTP දෝශයකි!  SMTP සත්කාරකයට සම්බන්ධ විය නොහැක. Failed to connect to server",
		"ස.තැ.මා.කෙ. දෝෂයකි! ස.තැ.මා.කෙ. සත්කාරකයට සම්බන්ධ විය නොහැකියි.", // si-LK
		"ස.තැ.මා.කෙ. දෝෂයකි! ස.තැ.මා.කෙ. සත්කාරකයට සම්බන්ධ විය නොහැකියි. Failed to connect to server",
		"Chyba SMTP! Nemôžem sa pripojiť na SMTP hostiteľa.", // sk-SK
		"Chyba SMTP! Nemôžem sa pripojiť na SMTP hostiteľa. Failed to connect to server",
		"SMTP Napaka! Ne morem se povezati na SMTP strežnik.", // sl-SI
		"SMTP Napaka! Ne morem se povezati na SMTP strežnik. Failed to connect to server",
		"SMTP Napaka! Ne morem se povezati z gostiteljem SMTP.", // sl-SI (j4)
		"SMTP Napaka! Ne morem se povezati z gostiteljem SMTP. Failed to connect to server",
		"Gabim SMTP! Nuk qe e mundur lidhje me host SMTP.", // sq-AL
		"Gabim SMTP! Nuk qe e mundur lidhje me host SMTP. Failed to connect to server",
		"SMTP грешка! Немогућа конекција на SMTP сервер.", // sr-RS
		"SMTP грешка! Немогућа конекција на SMTP сервер. Failed to connect to server",
		"SMTP greška! Nemoguća konekcija na SMTP server.", // sr-YU
		"SMTP greška! Nemoguća konekcija na SMTP server. Failed to connect to server",
		"SMTP fel: Kan inte ansluta till SMTP-värden.", // sv-SE
		"SMTP fel: Kan inte ansluta till SMTP-värden. Failed to connect to server",
		"SMTP பிழை! SMTP புரவலர் கணினியுடன் (Host) தொடர்பு கொள்ள முடியவில்லை.", // ta-IN
		"SMTP பிழை! SMTP புரவலர் கணினியுடன் (Host) தொடர்பு கொள்ள முடியவில்லை. Failed to connect to server",
		"SMTP มีข้อผิดพลาด! ไม่สามารถเชื่อมต่อ SMTP โฮสต์ได้", // th-TH
		"SMTP มีข้อผิดพลาด! ไม่สามารถเชื่อมต่อ SMTP โฮสต์ได้ Failed to connect to server",
		"SMTP Hatası! SMTP ana bilgisayarına bağlanılamadı.", // tr-TR
		"SMTP Hatası! SMTP ana bilgisayarına bağlanılamadı. Failed to connect to server",
		"Помилка SMTP! Неможливо під'єднатись до SMTP-хосту.", // uk-UA
		"Помилка SMTP! Неможливо під'єднатись до SMTP-хосту. Failed to connect to server",
		"Помилка SMTP! Неможливо під'єднатися до SMTP-сервера.", // uk-UA
		"Помилка SMTP! Неможливо під'єднатися до SMTP-сервера. Failed to connect to server",
		"ایس ایم ٹی پی خرابی: ایس ایم ٹی پی ہوسٹ سے جڑنہیں سکا۔", // ur-PK
		"ایس ایم ٹی پی خرابی: ایس ایم ٹی پی ہوسٹ سے جڑنہیں سکا۔ Failed to connect to server",
		"SMTP Lỗi! Không thể kết nối với máy chủ SMTP.", // vi-VN
		"SMTP Lỗi! Không thể kết nối với máy chủ SMTP. Failed to connect to server",
		"SMTP 错误! 不能连接到 SMTP 主机.", // zh-CN
		"SMTP 错误! 不能连接到 SMTP 主机. Failed to connect to server",
		"SMTP 錯誤! 不能連接到 SMTP 主機.", // zh-TW (j4)
		"SMTP 錯誤! 不能連接到 SMTP 主機. Failed to connect to server",
		"SMTP 錯誤! 不能連結到 SMTP 主機。", // zh-TW
		"SMTP 錯誤! 不能連結到 SMTP 主機。 Failed to connect to server",
		"SMTP 錯誤! 不能鏈接到 SMTP 主機。", // zh-TW (j4)
		"SMTP 錯誤! 不能鏈接到 SMTP 主機。 Failed to connect to server",
	}},
	{own: true, key: "PHPMAILER_SMTP_CONNECT_FAILED", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"SMTP verbinding het misluk", // af-ZA
		"SMTP verbinding het misluk https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"سقوط في سيرفر الـ SMTP", // ar-AA
		"سقوط في سيرفر الـ SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP əlaqəsi alınmadı", // az-AZ
		"SMTP əlaqəsi alınmadı https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Памылка злучэння SMTP", // be-BY
		"Памылка злучэння SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Грешка при свързване със SMTP сървъра", // bg-BG
		"Грешка при свързване със SMTP сървъра https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP এ সংযোগ নেয়া যায়নি", // bn-BD
		"SMTP এ সংযোগ নেয়া যায়নি https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP povezivanje nije uspjelo", // bs-BA hr-HR
		"SMTP povezivanje nije uspjelo https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Error de connexió SMTP", // ca-ES
		"Error de connexió SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Selhalo SMTP připojení", // cs-CZ
		"Selhalo SMTP připojení https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Cysylltu SMTP heb lwyddo", // cy-GB
		"Cysylltu SMTP heb lwyddo https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP forbindelse fejlede", // da-DK
		"SMTP forbindelse fejlede https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP-Verbindung <strong>fehlgeschlagen</strong>", // de-AT de-CH de-DE de-LI de-LU
		"SMTP-Verbindung <strong>fehlgeschlagen</strong> https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP-Verbindung fehlgeschlagen", // de-AT de-CH de-DE de-LI de-LU
		"SMTP-Verbindung fehlgeschlagen https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Αποτυχία σύνδεσης SMTP", // el-GR
		"Αποτυχία σύνδεσης SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP connect failed", // en-AU en-CA en-GB en-NZ en-US en-ZA he-IL ja-JP
		"SMTP connect failed https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP-kontekto fiaskis", // eo-XX
		"SMTP-kontekto fiaskis https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Error de conexión de SMTP", // es-CO
		"Error de conexión de SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Conexión SMTP fallida", // es-ES es-MX
		"Conexión SMTP fallida https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP serveriga ühendumine ebaõnnestus", // et-EE
		"SMTP serveriga ühendumine ebaõnnestus https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP ühendus ebaõnnestus", // et-EE (j4)
		"SMTP ühendus ebaõnnestus https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP konexioak huts egin du", // eu-ES
		"SMTP konexioak huts egin du https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"اتصال SMTP برقرار نشد.", // fa-AF
		"اتصال SMTP برقرار نشد. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"اتصال SMTP مقدور نیست", // fa-IR
		"اتصال SMTP مقدور نیست https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP-yhteys epäonnistui", // fi-FI
		"SMTP-yhteys epäonnistui https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP-yhteys epäonnistu", // fit-FI
		"SMTP-yhteys epäonnistu https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Impossible de connecter par SMTP", // fr-CA fr-FR
		"Impossible de connecter par SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Theip ar cheangal SMTP", // ga-IE
		"Theip ar cheangal SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Fallou a conexión SMTP", // gl-ES
		"Fallou a conexión SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"एसएमटीपी कनेक्ट विफल", // hi-IN
		"एसएमटीपी कनेक्ट विफल https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Sikertelen SMTP-csatlakozás", // hu-HU
		"Sikertelen SMTP-csatlakozás https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP-ին միանալու սխալ", // hy-AM
		"SMTP-ին միանալու սխալ https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Sambungan SMTP gagal", // id-ID ms-MY
		"Sambungan SMTP gagal https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Connessione SMTP fallita", // it-IT
		"Connessione SMTP fallita https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP接続に失敗しました", // ja-JP (j4 j5)
		"SMTP接続に失敗しました https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP დაკავშირება ვერ ხერხდება", // ka-GE
		"SMTP დაკავშირება ვერ ხერხდება https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP სერვერთან მიერთება ვერ ხერხდება", // ka-GE
		"SMTP სერვერთან მიერთება ვერ ხერხდება https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"«SMTP байланыс қатесі»", // kk-KZ
		"«SMTP байланыс қатесі» https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP 접속 실패", // ko-KR
		"SMTP 접속 실패 https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP туташуу катасы", // ky-KG
		"SMTP туташуу катасы https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"ການເຊື່ອມຕໍ່ SMTP ຫຼົ້ມເຫຼວ", // lo-LA (j6)
		"ການເຊື່ອມຕໍ່ SMTP ຫຼົ້ມເຫຼວ https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"ບໍ່ສາມາດເຊື່ອມຕໍ່ SMTP", // lo-LA
		"ບໍ່ສາມາດເຊື່ອມຕໍ່ SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP prisijungima nepavyko", // lt-LT (j4)
		"SMTP prisijungima nepavyko https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP prisijungimas nepavyko", // lt-LT
		"SMTP prisijungimas nepavyko https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Nav iespējams pieslēgties SMTP serverim", // lv-LV
		"Nav iespējams pieslēgties SMTP serverim https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP конекцијата не успеа", // mk-MK
		"SMTP конекцијата не успеа https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP холбогдож чадсангүй", // mn-MN
		"SMTP холбогдож чадсангүй https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP-tilkobling feilet", // nb-NO
		"SMTP-tilkobling feilet https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP verbinding mislukt", // nl-BE nl-NL
		"SMTP verbinding mislukt https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Mislukka SMTP-tilkopling", // nn-NO
		"Mislukka SMTP-tilkopling https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Imposssible de connectar pel SMTP", // oc-FR
		"Imposssible de connectar pel SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Połączenie SMTP nie powiodło się", // pl-PL
		"Połączenie SMTP nie powiodło się https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"د SMTP نښلول ناکام شول", // ps-AF
		"د SMTP نښلول ناکام شول https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Falha na conexão SMTP", // pt-BR
		"Falha na conexão SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Falha relacionada à conexão no SMTP", // pt-BR (j4)
		"Falha relacionada à conexão no SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Falha na ligação ao SMTP", // pt-PT
		"Falha na ligação ao SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Conectare SMTP eșuată", // ro-RO
		"Conectare SMTP eșuată https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Не удалось подключиться к серверу SMTP.", // ru-RU
		"Не удалось подключиться к серверу SMTP. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Zlyhalo pripojenie SMTP", // sk-SK
		"Zlyhalo pripojenie SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Zlyhalo pripojenie na SMTP", // sk-SK (j4)
		"Zlyhalo pripojenie na SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP ni povezan", // sl-SI (j4)
		"SMTP ni povezan https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP povezava ni uspela", // sl-SI
		"SMTP povezava ni uspela https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Lidhja SMTP deshtuar", // sq-AL
		"Lidhja SMTP deshtuar https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP неуспела конекција", // sr-RS
		"SMTP неуспела конекција https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP neuspela konekcija", // sr-YU
		"SMTP neuspela konekcija https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP-anslutning misslyckades", // sv-SE
		"SMTP-anslutning misslyckades https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP-uppkoppling misslyckades", // sv-SE (j4)
		"SMTP-uppkoppling misslyckades https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP தொடர்பு கொள்ளுதல் தோல்வியுற்றது.", // ta-IN
		"SMTP தொடர்பு கொள்ளுதல் தோல்வியுற்றது. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"เชื่อมต่อ SMTP ล้มเหลว", // th-TH
		"เชื่อมต่อ SMTP ล้มเหลว https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Nabigo ang pagkonekta ng SMTP", // tl-PH
		"Nabigo ang pagkonekta ng SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP bağlantısı başarısız oldu", // tr-TR
		"SMTP bağlantısı başarısız oldu https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Не вдалося під'єднатися до SMTP", // uk-UA
		"Не вдалося під'єднатися до SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Неможливо з'єднатися з SMTP", // uk-UA
		"Неможливо з'єднатися з SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP رابطہ نہیں ہوسکا", // ur-PK
		"SMTP رابطہ نہیں ہوسکا https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP kết nối không thành công", // vi-VN
		"SMTP kết nối không thành công https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP 连接失败", // zh-CN
		"SMTP 连接失败 https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP 連接失敗", // zh-TW
		"SMTP 連接失敗 https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
	}},
	{own: true, key: "PHPMAILER_INSTANTIATE", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"Kon nie posfunksie begin nie.",                           // af-ZA
		"لايمكن تنفيذ وظيفة البريد.",                              // ar-AA
		"Не атрымалася запусціць функцыю mail.",                   // be-BY
		"Неможе да изпълни функция за имейла.",                    // bg-BG
		"মেইল ফাংশন চালু করা যায়নি। ",                             // bn-BD
		"Ne može se pokrenuti funkcija pošte.",                    // bs-BA sr-YU
		"No es pot iniciar la funció de correu electrònic.",       // ca-ES
		"Nelze spustit funkci mail.",                              // cs-CZ (j4)
		"Nelze spustit funkci pošty.",                             // cs-CZ
		"Doedd dim modd cychwyn y broses bostio.",                 // cy-GB
		"Kunne ikke starte mailfunktion.",                         // da-DK (j4)
		"Kunne ikke starte mailfunktionen.",                       // da-DK
		"Mail-Funktion konnte nicht gestartet werden.",            // de-AT de-CH de-DE de-LI de-LU
		"Αποτυχία εκκίνησης της συνάρτησης mail.",                 // el-GR
		"Αποτυχία υποστασίασης της συνάρτησης mail.",              // el-GR (j4)
		"Could not start mail function.",                          // en-AU en-CA en-GB en-NZ en-US en-ZA ja-JP
		"Ne eblas generi retpoŝtan funkcion.",                     // eo-XX
		"No se puede iniciar la función de correo.",               // es-CO es-ES es-MX
		"No se ha podido instancializar la función de correo.",    // es-ES es-MX
		"Funktsiooni mail käivitamine ebaõnnestus.",               // et-EE
		"Meilifunktsiooni käivitamine ebaõnnestus.",               // et-EE (j4)
		"Ezin da hasi posta funtzioa.",                            // eu-ES
		"تابع mail قابل شروع شدن نیست.",                           // fa-AF
		"عملکرد ایمیل شروع نشد.",                                  // fa-IR
		"Sähköpostitoimintoa ei voitu käynnistää.",                // fi-FI
		"E-postitoimintoa ei saatettu käynnistää.",                // fit-FI
		"Impossible de lancer la fonction mail",                   // fr-CA fr-FR (j4)
		"La fonction mail n'a pas pu être déclenchée.",            // fr-CA fr-FR (j4)
		"Ne peut lancer la fonction mail.",                        // fr-CA fr-FR
		"Níorbh fhéidir an fheidhm phostála a thosú.",             // ga-IE
		"Non se puido iniciar función de correo.",                 // gl-ES
		"אינו יכול ליצור פונקציית מייל.",                          // he-IL
		"Nije moguće inicirati mail funkciju.",                    // hr-HR
		"Nem lehetett elindítani a postázó funkciót.",             // hu-HU
		"Չհաջողվեց մեկնարկել mail գործառույթը։",                   // hy-AM
		"Tidak bisa inisiasi fungsi email.",                       // id-ID
		"Non è stato possibile avviare la funzione mail.",         // it-IT
		"メール機能を開始できませんでした。",                                       // ja-JP (j4 j5)
		"mail ფუნქციის გამოძახება ვერ მოხერხდა.",                  // ka-GE
		"mail ფუნქციის გამოძახება ვერ ხერხდება.",                  // ka-GE
		"«Пошта функциясын шақыра алмады.»",                       // kk-KZ
		"메일 기능을 시작할 수 없습니다.",                                      // ko-KR (j4 j5)
		"메일 기능을 초기화할 수 없습니다.",                                     // ko-KR (j4 j6)
		"Почта функциясын ишке киргизүү мүмкүн болгон жок.",       // ky-KG
		"ບໍ່ສາມາດເລີ່ມຕົ້ນຟັງຊັນການສົ່ງອີເມວໄດ້.",                 // lo-LA (j6)
		"ບໍ່ສາມາດເລີ່ມຟັງຊັນການສົ່ງອີເມວໄດ້.",                     // lo-LA (j5 j6)
		"ບໍ່ສາມາດເລີ່ມຟັງຊັນການສົ່ງເມວໄດ້.",                       // lo-LA (j6)
		"Nepavyko paleisti pašto funkcijos.",                      // lt-LT (j4)
		"Neįmanoma paleisti pašto funkcijos.",                     // lt-LT
		"Nevar iedarbināt e-pasta sūtīšanas funkciju.",            // lv-LV
		"Неможно извршување на испраќачката функција.",            // mk-MK
		"Tidak dapat memulakan fungsi mel.",                       // ms-MY (j5 j6)
		"Kunne ikke opprette e-postfunksjonen.",                   // nb-NO
		"Kon de mail functie niet starten.",                       // nl-BE
		"Kon mail functie niet starten.",                          // nl-BE (j4)
		"Kan de mailfunctie niet opstarten.",                      // nl-NL
		"Pòt pas instanciar la foncion mèl.",                      // oc-FR
		"Nie udało się uruchomić funkcji wysyłania poczty.",       // pl-PL
		"Uruchomienie funkcji wysyłania poczty nie powiodło się.", // pl-PL
		"د برېښنالیک فعالیت پیل نه شو.",                           // ps-AF
		"Não foi possível iniciar a função de correio.",           // pt-BR (j5)
		"Não foi possível iniciar a função mail.",                 // pt-BR (j4)
		"Não foi possível iniciar o serviço de mail.",             // pt-PT
		"Nu s-a putut porni funcția de mail.",                     // ro-RO
		"Не удалось вызвать функцию mail.",                        // ru-RU
		"Nemôžem spustiť inštanciu e-mailovej funkcie.",           // sk-SK
		"Trenutno ne morem uporabiti mail funkcije.",              // sl-SI
		"Nuk qe e munduar te procesohej me funksionin e-mail.",    // sq-AL
		"Не може се покренути функција поште.",                    // sr-RS
		"Kan inte starta mailfunktionen.",                         // sv-SE
		"அஞ்சல் செயலைத் தொடங்க முடியவில்லை.",                      // ta-IN
		"ไม่สามารถใช้ฟังก์ชันส่งเมลได้",                           // th-TH
		"Hindi masimulan ang mail na punsyon.",                    // tl-PH
		"Posta işlevi başlatılamadı.",                             // tr-TR
		"Неможливо ініціювати поштову функцію.",                   // uk-UA
		"میل فنکشن شروع نہیں ہو سکا۔",                             // ur-PK
		"میل فنکشن شروع نہیں ہو سکا۔.",                            // ur-PK (j4)
		"Không thể khởi tạo chức năng mail.",                      // vi-VN
		"不能启动邮件函数.",                                               // zh-CN
		"不能开始邮件功能.",                                               // zh-CN (j4)
		"不能開始郵件功能.",                                               // zh-TW (j4)
		"無法啓動郵件功能。",                                               // zh-TW
	}},
	{own: true, key: "PHPMAILER_EXECUTE", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"لايمكن تنفيذ:%s",                        // ar-AA
		"İcra etmək alınmadı:%s",                 // az-AZ
		"Немагчыма выканаць:%s",                  // be-BY
		"Невъзможно изпълнение на: %s",           // bg-BG
		"কার্যকর করা যায়নি:%s",                   // bn-BD
		"Ne može se izvršiti%s",                  // bs-BA sr-YU
		"No es pot executar:%s",                  // ca-ES
		"Nelze provést:%s",                       // cs-CZ
		"Methu gweithredu:%s",                    // cy-GB
		"Kunne ikke køre: %s",                    // da-DK
		"Kunne ikke udføre: %s",                  // da-DK (j4)
		"Δεν ήταν δυνατόν να εκτελεστεί: %s",     // el-GR
		"Ne povis plenumi: %s",                   // eo-XX
		"No se puede ejecutar: %s",               // es-CO es-ES es-MX
		"No se ha podido ejecutar: %s",           // es-ES es-MX
		"Käivitamine ebaõnnestus: %s",            // et-EE (j4)
		"Käsu käivitamine ebaõnnestus:%s",        // et-EE
		"Ezin da exekutatu: %s",                  // eu-ES
		"قادر به اجرانیست: %s",                   // fa-AF
		"اجرا نشد: %s",                           // fa-IR
		"Ei voitu suorittaa: %s",                 // fi-FI
		"Ei saatettu suorittaa: %s",              // fit-FI
		"Impossible d'exécuter :%s",              // fr-CA fr-FR (j4)
		"Ne peut être exécuté :%s",               // fr-CA fr-FR (j4)
		"Ne peut être exécuté : %s",              // fr-CA fr-FR
		"Níorbh fhéidir é a chur i bhfeidhm: %s", // ga-IE
		"Non foi posíbel executar: %s",           // gl-ES
		"לא יכול לבצע: %s",                       // he-IL
		"निष्पादित नहीं कर सका:%s",               // hi-IN
		"Nije moguće izvršiti:%s",                // hr-HR
		"Nem lehetett végrehajtani:%s",           // hu-HU
		"Չհաջողվեց կատարել - %s",                 // hy-AM
		"Tidak bisa melaksanakan: %s",            // id-ID
		"Non è stato possibile eseguire:%s",      // it-IT
		"実行できませんでした：%s",                          // ja-JP (j4 j5)
		"ვერ ვასრულებ: %s",                       // ka-GE
		"«орындалмады:»%s",                       // kk-KZ
		"실행할 수 없습니다.: %s",                        // ko-KR (j4)
		"실행할 수 없음: %s",                           // ko-KR (j5)
		"실행할수 없음: %s",                            // ko-KR
		"Аткаруу мүмкүн эмес: %s",                // ky-KG
		"ບໍ່ສາມາດປະມວນຜົນ: %s",                   // lo-LA
		"Nepavyko atlikti: %s",                   // lt-LT
		"Nevar izpildīt:%s",                      // lv-LV
		"Nevar izpildīt: %s",                     // lv-LV (j4)
		"Неможно извршување: %s",                 // mk-MK
		"നിർവ്വഹിയ്ക്കാനാകുന്നില്ല: %s",     // ml-IN
		"Биелүүлж чадсангүй: %s",            // mn-MN
		"Kunne ikke utføre: %s",             // nb-NO
		"Kan niet uitvoeren: %s",            // nl-NL
		"Kunne ikkje utføre: %s",            // nn-NO
		"Pèot pas èstre exécutat :%s",       // oc-FR
		"Nie można wykonać:%s",              // pl-PL
		"ترسره کولی نه شي: %s",              // ps-AF
		"Não foi possível executar:%s",      // pt-BR
		"Nu s-a putut executa:%s",           // ro-RO
		"Не удалось выполнить: %s",          // ru-RU
		"Nemôžem spustiť: %s",               // sk-SK
		"Ne morem izvesti:%s",               // sl-SI (j4)
		"Ni mogoče izvršiti: %s",            // sl-SI
		"Nuk qe e mundur te ekzekutohej:%s", // sq-AL
		"Не може се извршити%s",             // sr-RS
		"Не може се извршити: %s",           // sr-RS (j4)
		"Kan inte exekvera: %s",             // sv-SE
		"செயற்படுத்த முடியவில்லை: %s",       // ta-IN
		"ไม่สามารถรัน: %s",                  // th-TH
		"Yürütülemedi: %s",                  // tr-TR
		"Неможливо виконати:%s",             // uk-UA
		"Неможливо запустити:%s",            // uk-UA
		"انجام نہیں دے سکا: %s",             // ur-PK
		"Không thể thực hiện: %s",           // vi-VN
		"不能执行: %s",                          // zh-CN
		"不能執行: %s",                          // zh-TW
		"不能執行：%s",                           // zh-TW (j5)
	}},
	{key: "PHPMAILER_PROVIDE_ADDRESS", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Jy moet ten minste een ontvanger se e-posadres verskaf.",                               // af-ZA
		"يجب أن توفر على الأقل عنوان بريد إلكتروني لمستلم واحد.",                                // ar-AA
		"Heçolmasa bir email qəbuledəni qeyd etmək lazımdır.",                                   // az-AZ
		"Вы павінны ўказаць хаця б адзін адрас электроннай пошты атрымальніка.",                 // be-BY
		"Трябва да въведете имейл адрес на поне един получател.",                                // bg-BG
		" আপনাকে অবশ্যই অন্ততঃ একজন প্রাপকের ইমেইল দিতে হবে। ",                                  // bn-BD
		"Morate obezbijediti bar jednu adresu el. pošte primaoca.",                              // bs-BA
		"Com a mínim, has de facilitar l`adreça de correu electrònic d`un destinatari/a.",       // ca-ES (j4)
		"Heu de proporcionar almenys una adreça de correu electrònic d'un/a destinatari/a.",     // ca-ES
		"Musíte zadat alespoň jednu adresu příjemce.",                                           // cs-CZ
		"Rhaid i chi roi o leiaf un cyfeiriad e-bost ar gyfer derbynnydd.",                      // cy-GB
		"Du skal angive mindst en modtager e-mailadresse.",                                      // da-DK
		"Mindestens eine An: E-Mail-Adresse angeben.",                                           // de-AT de-CH de-DE de-LI de-LU
		"Πρέπει να δώσετε την ηλεκτρονική διεύθυνση ενός τουλάχιστον παραλήπτη.",                // el-GR
		"Πρέπει να παράσχετε τουλάχιστον την ηλεκτρονική διεύθυνση ενός παραλήπτη.",             // el-GR (j4)
		"Vi devas provizi almenaŭ unu ricevanta retpoŝta adreso.",                               // eo-XX
		"Debe proporcionar al menos una dirección de correo electrónico de destinatario.",       // es-CO
		"Como mínimo, debe facilitar la dirección de correo electrónico de un destinatario.",    // es-ES es-MX (j4)
		"Debe proporcionar, como mínimo, una dirección de destinatario del correo electrónico.", // es-ES es-MX
		"Sa pead lisama vähemalt ühe kirja saaja e-posti aadressi.",                             // et-EE
		"Sa pead lisama vähemalt ühe kirja saaja.",                                              // et-EE (j4)
		"Gutxienez hartzaile baten e-maila sartu behar duzu.",                                   // eu-ES
		"Gutxienez hartzaile baten helbide elektronikoa sartu behar duzu.",                      // eu-ES (j4)
		"Gutxienez hartzaile baten posta elektronikoa sartu behar duzu.",                        // eu-ES (j4)
		"شما باید حداقل یک ایمیل دریافت کننده وارد کنید.",                                       // fa-AF
		"شما باید حداقل یک آدرس ایمیل گیرنده ارائه دهید.",                                       // fa-IR
		"Sinun täytyy antaa vähintään yksi vastaanottajan sähköpostiosoite.",                    // fi-FI
		"Sinun häätyy antaa vähinthään yksi vastaanottajan e-posti.",                            // fit-FI
		"Vous devez saisir au moins une adresse de destinataire.",                               // fr-CA fr-FR
		"Vous devez saisir une adresse e-mail de destinataire.",                                 // fr-CA fr-FR (j4)
		"Ní mór duit faighteoir amháin a shonrú ar a laghad.",                                   // ga-IE
		"Debe proporcionar polo menos un destinatario de correo electrónico.",                   // gl-ES
		"עליך לספק לפחות דואר אלקטרוני של נמען אחד.",                                            // he-IL
		"आप कम से कम एक प्राप्तकर्ता का ईमेल पता प्रदान करना होगा.",                             // hi-IN
		"Morate unijeti barem jednu e-mail adresu primatelja.",                                  // hr-HR
		"Meg kell adnia legalább egy címzett e-mail-címét.",                                     // hu-HU
		"Դուք պետք է տրամադրեք առնվազն մեկ էլ-փոստի հասցեատիրոջը",                               // hy-AM
		"Anda harus menyediakan setidaknya satu alamat email penerima.",                         // id-ID
		"Devi fornire almeno un indirizzo email destinatario.",                                  // it-IT
		"少なくとも1つの受信者のメールアドレスを提供する必要があります。",                                                      // ja-JP (j4 j5)
		"ერთი მომღების ელ-ფოსტის მისამართი მაინც უნდა მიუთითოთ.",                                // ka-GE
		"თქვენ ერთი მომღების ელ-ფოსტის მისამართი მაინც უნდა მიუთითოთ.",                          // ka-GE
		"«Электрондық поштаның кем дегенде бір алушысын көрсетуіңіз керек.»",                    // kk-KZ
		"적어도 하나의 받을사람 이메일 주소를 제공해야만 합니다.",                                                       // ko-KR
		"적어도 하나의 수신자 이메일 주소를 제공해야만 합니다.",                                                        // ko-KR (j4 j5)
		"Сиз жок дегенде бир алуучунун элдарегин көрсөтүшүңүз керек.",                           // ky-KG
		"ທ່ານຕ້ອງລະບຸທີ່ຢູື່ອີເມວຜູ້ຮັບຢ່າງໜ້ອຍໜຶ່ງທີ່ຢູ່.",                                     // lo-LA (j6)
		"ທ່ານຕ້ອງລະບຸທີ່ຢູ່ອີເມວຜູ້ຮັບຢ່າງໜ້ອຍໜຶ່ງທີ່ຢູ່.",                                      // lo-LA (j6)
		"ທ່ານຕ້ອງລະບຸອີເມວຜູ້ຮັບ",                                                               // lo-LA
		"Turite pateikti bent vieną gavėjo elektroninio pašto adresą.",                          // lt-LT
		"Jums ir jāievada vismaz viena adresāta e-pasta adrese.",                                // lv-LV
		"Jums jāievada vismaz viens e-pasta vēstules adresāts.",                                 // lv-LV (j4)
		"Мора да понудите најмалку една е-адреса.",                                              // mk-MK
		"ചുരുങ്ങിയത് ഒരു ഈ മെയിൽ വിലാസമെങ്കിലും ലഭ്യമാക്കണം",                                    // ml-IN
		"Та доод тал нь нэг хүлээн авагчийн хаягийг оруулсан байх ёстой.",                       // mn-MN
		"Anda mesti menyediakan sekurang-kurangnya satu alamat e-mel penerima.",                 // ms-MY (j5 j6)
		"Du må oppgi minst en mottakeradresse.",                                                 // nb-NO
		"U moet minstens één E-mail adres van een bestemmeling ingeven.",                        // nl-BE
		"U moet tenminste het E-mail adres van één bestemmeling ingeven.",                       // nl-BE (j4)
		"Er dient minstens één e-mailadres van een ontvanger opgegeven te worden.",              // nl-NL
		"U dient minstens één e-mailadres van een ontvanger op te geven.",                       // nl-NL (j4)
		"Du må gi opp minst ei mottakaradresse.",                                                // nn-NO
		"Vos cal dintrar almens una adreça de destinatari.",                                     // oc-FR
		"Musisz podać przynajmniej jeden adres e-mail odbiorcy.",                                // pl-PL
		"Musisz podać przynajmniej jeden adres odbiorcy.",                                       // pl-PL
		"تاسې باید لږترلږه د ترلاسه کولو یو بریښنالیک پته وړاندې کړئ.",                          // ps-AF
		"Você deve fornecer ao menos um endereço de email de destinatário.",                     // pt-BR
		"Você deve fornecer pelo menos um endereço de e-mail de destinatário.",                  // pt-BR (j5)
		"Você precisa fornecer ao menos um endereço para e-mail como destinatário.",             // pt-BR (j4)
		"Deve indicar pelo menos um email como destinatário.",                                   // pt-PT
		"Trebuie să oferiți măcar o adresă de email a unui destinatar.",                         // ro-RO
		"Пожалуйста, введите адрес электронной почты получателя.",                               // ru-RU
		"Musíte zadať e-mailovú adresu najmenej jedného príjemcu.",                              // sk-SK
		"Vpisati morate najmanj en prejemnikov e-poštni naslov.",                                // sl-SI (j4)
		"Vpisati morate vsaj en prejemnikov e-poštni naslov.",                                   // sl-SI
		"Duhet te vendosesh te pakten nje adrese e-maili marresi.",                              // sq-AL
		"Морате обезбедити бар једну адресу ел. поште примаоца.",                                // sr-RS
		"Morate obezbediti bar jednu email adresu primaoca.",                                    // sr-YU (j4)
		"Morate uneti bar jednu email adresu primaoca.",                                         // sr-YU
		"Du måste ange minst en e-postmottagare.",                                               // sv-SE (j4)
		"Du måste ange minst en mottagare av mailet.",                                           // sv-SE
		"தாங்கள் குறைந்தபட்சம் ஒரு பெறுநரின் மின்-அஞ்சல் முகவரியையாவது கொடுக்க வேண்டும்.", // ta-IN
		"คุณต้องระบุอีเมลผู้รับ",                                        // th-TH
		"En az bir alıcı e-posta adresi sağlamalısınız.",                // tr-TR
		"Ви повинні ввести, принаймні, одну адресу отримувача",          // uk-UA
		"Ви повинні вказати електронну пошту хоча б одного отримувача.", // uk-UA
		"آپ وصول کرنے والے کا کم سے کم ایک ای میل پتہ ضرور لکھیں۔",      // ur-PK
		"Bạn phải cung cấp ít nhất một địa chỉ email người nhận.",       // vi-VN
		"必须提供至少一个收件人邮件地址.",                                              // zh-CN (j4)
		"必须输入至少一个收件人的邮箱地址.",                                             // zh-CN
		"必須提供至少一個收件人郵件地址.",                                              // zh-TW (j4)
		"必須提供至少一個收件人郵件地址。",                                              // zh-TW
	}},
	{key: "PHPMAILER_EMPTY_MESSAGE", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Leë boodskapliggaam", // af-ZA
		"Boş mesaj",           // az-AZ
		"Пустое поле паведамлення", // be-BY
		"Празно съобщение",         // bg-BG
		"বানীটি খালি",              // bn-BD
		"Prazno tijelo poruke",     // bs-BA hr-HR
		"Cos del missatge buit",    // ca-ES
		"Zpráva bez obsahu",        // cs-CZ
		"Corff y neges yn wag",     // cy-GB
		"Tom hovedbesked",          // da-DK
		"Tomt besked felt",         // da-DK (j4)
		"Leerer Nachrichten-Body",  // de-AT de-CH de-DE de-LI de-LU
		"Το κύριο μέρος του μηνύματος είναι κενό", // el-GR
		"Empty message body",                // en-AU en-CA en-GB en-NZ en-US en-ZA he-IL
		"Vaka mesaĝa teksto",                // eo-XX
		"Cuerpo del mensaje vacío",          // es-CO es-ES es-MX
		"Sõnumi sisu on tühi",               // et-EE
		"Mezuaren gorputza hutsik",          // eu-ES
		"متن پیغام خالی است.",               // fa-AF
		"بدنه پیام خالی است",                // fa-IR
		"Tyhjä viestin sisältö",             // fi-FI
		"Tyihä viestin sisältö",             // fit-FI
		"Corps du message vide",             // fr-CA fr-FR
		"Tá corp na teachtaireachta folamh", // ga-IE
		"Corpo da mensaxe baleiro",          // gl-ES
		"संदेश का मुख्य अवयव रिक्त हैं", // hi-IN
		"Üres üzenettörzs",                     // hu-HU
		"Ուղերձը դատարկ է",                     // hy-AM
		"Badan pesan kosong",                   // id-ID
		"Corpo del messaggio vuoto",            // it-IT
		"空のメッセージ本文",                            // ja-JP (j4 j5)
		"ცარიელი შეტყობინება",                  // ka-GE
		"«Әріптің бос денесі»",                 // kk-KZ
		"메시지 본문이 비어 있습니다.",                     // ko-KR (j4 j5)
		"메시지 본문이 비어 있음",                        // ko-KR (j4 j6)
		"Бош билдирүү",                         // ky-KG
		"ທ່ານຕ້ອງພິມຂໍ້ຄວາມກ່ອນ",               // lo-LA
		"ເນື້ອຫາຂໍ້ຄວາມວ່າງເປົ່າ",              // lo-LA (j6)
		"ເນື້ອຫາຂໍ້ຄວາມຫວ່າງເປົ່າ",             // lo-LA (j6)
		"Tuščias laiškas",                      // lt-LT
		"Tuščias pranešimas",                   // lt-LT (j4)
		"Vēstulē nav teksta",                   // lv-LV
		"Празна порака",                        // mk-MK
		"Зурвасын хэсэг хоосон байна",          // mn-MN
		"Badan mesej kosong",                   // ms-MY (j5 j6)
		"Tom meldingskropp",                    // nb-NO
		"Leeg bericht",                         // nl-BE nl-NL
		"Lege bericht inhoud",                  // nl-BE
		"Tomt meldingsfelt",                    // nn-NO
		"Còrps del messatge vuèg",              // oc-FR
		"Brak treści wiadomości",               // pl-PL
		"د پیغام تش بدن",                       // ps-AF
		"Corpo da mensagem em branco (vazio)",  // pt-BR (j4)
		"Corpo da mensagem vazio",              // pt-BR
		"Corpo de mensagem vazio",              // pt-PT
		"Corpul mesajului este gol",            // ro-RO
		"Пустое письмо.",                       // ru-RU (j6)
		"Пустое поле сообщения.",               // ru-RU (j4 j5)
		"Prázdna správa",                       // sk-SK
		"Prazno telo sporočila",                // sl-SI
		"Mesazhi bosh",                         // sq-AL
		"Празно тело поруке",                   // sr-RS
		"Prazna poruka",                        // sr-YU
		"Du har inte skrivit något meddelande", // sv-SE
		"Tomt meddelande",                      // sv-SE (j4)
		"வெறுமையான செய்தி உடல்.",               // ta-IN
		"เนื้อหาของข้อความว่างเปล่า", // th-TH
		"Boş mesaj gövdesi",         // tr-TR
		"Порожнє тіло повідомлення", // uk-UA
		"پیغام کی خالی جگہ",         // ur-PK
		"Trống của thông điệp",      // vi-VN
		"未输入正文内容",                   // zh-CN
		"正文信息空",                     // zh-CN zh-TW (j4)
		"無郵件正文",                     // zh-TW
	}},
	{word: true, key: "PHPMAILER_ENCODING", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Onbekende enkodering: %s",        // af-ZA
		"ترميز لغة غير معروف:%s",          // ar-AA
		"Naməlum kodlaşdırma: %s",         // az-AZ
		"Невядомая кадзіроўка:%s",         // be-BY
		"অজানা এনকোডিং:%s",                // bn-BD
		"Nepoznat kodni raspored: %s",     // bs-BA
		"Codificació desconeguda:%s",      // ca-ES
		"Neznámé kódování:%s",             // cs-CZ
		"Amgodio anhysbys: %s",            // cy-GB
		"Ukendt kodning: %s",              // da-DK
		"Unbekannte Zeichenkodierung: %s", // de-AT de-CH de-DE de-LI de-LU
		"Άγνωστη κωδικοποίηση: %s",        // el-GR
		"Nekonata kodo: %s",               // eo-XX
		"Tundmatu kodeering:%s",           // et-EE (j4)
		"Kodeketa ezezaguna: %s",          // eu-ES
		"کدگذاری نامشخص: %s",              // fa-AF
		"رمزگذاری ناشناخته: %s",           // fa-IR
		"Tuntematon enkoodaus: %s",        // fi-FI fit-FI
		"Encodage inconnu :%s",            // fr-CA fr-FR (j4)
		"Encodage inconnu : %s",           // fr-CA fr-FR
		"Ionchódú anaithnid: %s",          // ga-IE
		"קידוד אינו ידוע: %s",             // he-IL
		"अज्ञात कूटबन्धन:%s",              // hi-IN
		"Nepoznati encoding:%s",           // hr-HR
		"Անհայտ կոդավորում - %s",          // hy-AM
		"Encode tidak diketahui: %s",      // id-ID
		"Codifica sconosciuta:%s",         // it-IT
		"不明なエンコーディング：%s",                  // ja-JP (j4 j5)
		"უცნობი კოდირება: %s",             // ka-GE
		"«Белгісіз кодтау:»%s",            // kk-KZ
		"알수없는 인코딩: %s",                    // ko-KR
		"Белгисиз коддоо: %s",             // ky-KG
		"ການເຂົ້າລະຫັດທີ່ບໍ່ຮູ້ຈັກ: %s", // lo-LA
		"ບໍ່ຮູ້ຈັກການເຂົ້າລະຫັດ: %s",    // lo-LA (j6)
		"Nežinoma koduotė: %s",               // lt-LT
		"Nezināms kodējums:%s",               // lv-LV
		"Nezināms kodējums: %s",              // lv-LV (j4)
		"Непознат енкодинг: %s",              // mk-MK
		"എൻ\u200cകോഡിംഗ് അജ്ഞാതം: %s",        // ml-IN
		"Үл мэдэгдэх кодчлол: %s",            // mn-MN
		"Pengekodan tidak dikenali: %s",      // ms-MY (j5 j6)
		"Onbekende encodering: %s",           // nl-BE
		"Encodatge desconegut :%s",           // oc-FR
		"Nieobsługiwane kodowanie znaków:%s", // pl-PL
		"نامالوم کوډ کول: %s",                // ps-AF
		"Codificação desconhecida:%s",        // pt-BR
		"Codare necunoscută:%s",              // ro-RO
		"Neznano kodiranje:%s",               // sl-SI (j4)
		"Neznano kodiranje: %s",              // sl-SI
		"Kodifikim i panjohur:%s",            // sq-AL
		"Непознат кодни распоред:%s",         // sr-RS
		"Непознат кодни распоред: %s",        // sr-RS (j4)
		"Nepoznat kodni raspored:%s",         // sr-YU
		"Okänd kodning:%s",                   // sv-SE (j4)
		"Okänd kodning: %s",                  // sv-SE
		"இனந்தெரியாத குறியீடாக்கம்: %s", // ta-IN
		"การเข้ารหัสที่ไม่รู้จัก: %s",   // th-TH
		"Bilinmeyen kodlama: %s",     // tr-TR
		"Невідоме кодування:%s",      // uk-UA
		"نا معلوم انکوڈنگ: %s",       // ur-PK
		"Không hiểu kiểu mã hóa: %s", // vi-VN
		"位置编码: %s",                   // zh-CN (j4)
		"未知编码方式: %s",                 // zh-CN
		"位置編碼: %s",                   // zh-TW (j4)
		"未知編碼：%s",                    // zh-TW (j5)
	}},
	{word: true, key: "PHPMAILER_EXTENSION_MISSING", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"إضافة غير موجودة: %s",         // ar-AA
		"Адсутнічае пашырэнне: %s",     // be-BY
		"Разширението липсва: %s",      // bg-BG
		"এক্সটেনশন অনুপস্থিত: %s",      // bn-BD
		"Dodatak nedostaje: %s",        // bs-BA hr-HR
		"Falta l'extensió: %s",         // ca-ES
		"Chybí rozšíření:%s",           // cs-CZ
		"Estyniad yn eisiau: %s",       // cy-GB
		"Erweiterung fehlend: %s",      // de-AT de-CH de-DE de-LI de-LU
		"Η επέκταση λείπει: %s",        // el-GR
		"Etendaĵo mankas: %s",          // eo-XX
		"Extensión no encontrada:%s",   // es-CO es-ES es-MX
		"Extensión no encontrada: %s",  // es-CO es-ES es-MX (j4)
		"Puuduv lisa: %s",              // et-EE
		"Hedapena falta da: %s",        // eu-ES
		"پیدا نشدن افزونه: %s",         // fa-AF
		"افزونه اشتباه: %s",            // fa-IR
		"Lisäosa puuttuu: %s",          // fi-FI
		"Laajennus puuttuu: %s",        // fit-FI
		"Extension manquante :%s",      // fr-CA fr-FR (j4)
		"Extension manquante : %s",     // fr-CA fr-FR
		"Eisínteacht ar iarraidh: %s",  // ga-IE
		"הרחבה חסרה: %s",               // he-IL
		"Hiányzó bővítmény: %s",        // hu-HU
		"エクステンションがありません: %s",           // ja-JP (j4 j5)
		"エクステンションがありません： %s",           // ja-JP (j4 j5)
		"გაფართოება არ გვაქვს: %s",     // ka-GE
		"Кеңейтім жоқ: %s",             // kk-KZ
		"확장 프로그램 없음: %s",               // ko-KR
		"확장자 없음:%s",                    // ko-KR (j4)
		"Кеңейтүү жок: %s",             // ky-KG
		"ບໍ່ພົບສ່ວນຂະຫຍາຍ: %s",         // lo-LA (j5)
		"ບໍ່ພົບສ່ວນເສີມ: %s",           // lo-LA (j6)
		"ສ່ວນຂະຫຍາຍຂາດຫາຍ: %s",         // lo-LA (j6)
		"ສ່ວນເສີມທີ່ຂາດຫາຍໄປ: %s",      // lo-LA (j6)
		"Trūksta išplėtimo: %s",        // lt-LT
		"Trūkstošie paplašinājumi: %s", // lv-LV
		"Недостасува екстензија: %s",   // mk-MK (j4)
		"Недостасува наставка: %s",     // mk-MK
		"Sambungan tiada: %s",          // ms-MY (j5 j6)
		"Extensie ontbreekt: %s",       // nl-BE nl-NL
		"Brak rozszerzenia: %s",        // pl-PL
		"پراخونه ورکه شوې: %s",         // ps-AF
		"Extensão ausente: %s",         // pt-BR (j4 j5)
		"Extensão faltando: %s",        // pt-BR
		"Отсутствует расширение: %s",   // ru-RU
		"Chýbajúce rozšírenie: %s",     // sk-SK
		"Недостаје екстензија: %s",     // sr-RS
		"Tillägg saknas: %s",           // sv-SE
		"நீட்சி காணவில்லை: %s",         // ta-IN
		"ส่วนเสริมหายไป: %s",           // th-TH
		"Eklenti eksik: %s",            // tr-TR
		"Відсутнє розширення:%s",       // uk-UA
		"Не вистачає розширення:%s",    // uk-UA
		" توسیع غائب:%s",               // ur-PK
		"نزولی توسیع: %s",              // ur-PK (j4)
		"Thiếu tiện ích mở rộng: %s",   // vi-VN
		"扩展缺失: %s",                     // zh-CN
		"缺少扩展: %s",                     // zh-CN (j4)
		"缺少擴充套件: %s",                   // zh-TW
		"缺少擴充套件：%s",                    // zh-TW (j5)
	}},
	{word: true, key: "PHPMAILER_VARIABLE_SET", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Kan nie veranderlike stel of terugstel nie: %s",                // af-ZA
		"لا يمكن تعيين أو إعادة تعيين المتغير: %s",                      // ar-AA
		"Dəyişəni təyin etmək vəya yeniləmək alınmadı: %s",              // az-AZ
		"Немагчыма ўсталяваць або скінуць зменную: %s",                  // be-BY
		"Не може да бъде зададена променливата: %s",                     // bg-BG
		"ভেরিয়েবল সেট বা পূণঃনবায়ন করা যায়নি: %s",                       // bn-BD
		"Nije moguće postaviti ili vratiti varijable: %s",               // bs-BA hr-HR
		"No es pot establir o restablir la variable%s",                  // ca-ES
		"Nelze nastavit nebo obnovit proměnnou: %s",                     // cs-CZ
		"Does dim modd gosod neu ailosod newidyn:%s",                    // cy-GB
		"Kan ikke sætte eller nulstille variabel: %s",                   // da-DK
		"Kan ikke sætte eller nulstille variablen: %s",                  // da-DK (j4)
		"Die Variable kann nicht gesetzt oder zurückgesetzt werden: %s", // de-AT de-CH de-DE de-LI de-LU
		"Δεν είναι δυνατόν να οριστεί ή να επανοριστεί η μεταβλητή: %s", // el-GR
		"Can't set or reset variable: %s",                               // en-AU en-CA en-GB en-NZ en-US en-ZA
		"Ne enigi aŭ reŝargi variablon: %s",                             // eo-XX
		"No se puede definir o reiniciar la variable: %s",               // es-CO
		"No se puede asignar o reiniciar la variable: %s",               // es-ES es-MX
		"Muutuja määramine või nullimine ebaõnnestus: %s",               // et-EE
		"Muutuja nullimine ebaõnnestus: %s",                             // et-EE (j4)
		"Ezin da aldagaia ezarri edo berrezarri: %s",                    // eu-ES
		"نمی\u200cتوان متغیری را تنظیم یا ریست کرد: %s",                 // fa-AF
		"متغیر تنظیم یا بازنشانی نمی شود: %s",                           // fa-IR
		"Ei voida asettaa tai palauttaa muuttujaa: %s",                  // fi-FI fit-FI
		"Ei saateta asettaa tai pallauttaa muuttujaa: %s",               // fit-FI (j4)
		"Impossible d'initialiser ou de réinitialiser la variable : %s", // fr-CA fr-FR (j4)
		"Impossible d'initialiser ou de réinitialiser la variable: %s",  // fr-CA fr-FR
		"Ní féidir athróg a shocrú nó a athshocrú: %s",                  // ga-IE
		"Non é posíbel estabelecer ou reiniciar a variábel: %s",         // gl-ES
		"चर को सेट या रीसेट नहीं कर सकते हैं%s",                         // hi-IN
		"Nem adható meg vagy nem nullázható a változó: %s",              // hu-HU
		"Փոփոխականը նշանակելու/վերանշանակելու սխալ - %s",                // hy-AM
		"Tidak bisa mengatur atau mengatur ulang variabel: %s",          // id-ID
		"Non è possibile impostare o resettare la variabile: %s",        // it-IT sq-AL
		"変数を設定またはリセットできません: %s",                                         // ja-JP (j4 j5)
		"変数を設定またはリセットできません：%s",                                          // ja-JP (j4 j5)
		"ცვალადის ჩასმა ან აღდგენა ვერ ხერხდება: %s",                    // ka-GE
		"ცვლადის შეცდომა: %s",                                           // ka-GE
		"«Айнымалы параметрді орнату / ысыру қатесі:»%s",                // kk-KZ
		"변수를 설정 또는 재설정할 수 없음: %s",                                       // ko-KR (j4)
		"변수를 설정하거나 재설정할수 없음: %s",                                        // ko-KR
		"Өзгөрмөнү орнотуу же калыбына келтирүү мүмкүн эмес: %s",        // ky-KG
		"ບໍ່ສາມາດກຳນົດ ຫຼື ຕັ້ງຄ່າຕົວປ່ຽນໃໝ່: %s",                       // lo-LA (j5 j6)
		"ບໍ່ສາມາດຕັ້ງຄ່າ ຫຼື ຄືນຄ່າຕົວປ່ຽນ: %s",                         // lo-LA (j6)
		"ບໍ່ສາມາດຕັ້ງຄ່າ ຫຼື ລ້າງຄ່າຕົວປ່ຽນ: %s",                        // lo-LA (j6)
		"Negalima nustatyti ar atstatyti kintamojo: %s",                 // lt-LT
		"Nav iespējams mainīt mainīgā vērtību: %s",                      // lv-LV (j4)
		"Nav iespējams piešķirt vērtību mainīgajam: %s",                 // lv-LV
		"Неможно да се постави или ресетира: %s",                        // mk-MK
		"Хувьсагчийг оноож эсвэл шинэчилж чадсангүй:%s",                 // mn-MN
		"Tidak dapat menetapkan atau menetap semula pembolehubah: %s",   // ms-MY (j5 j6)
		"Kan ikke sette eller tilbakestille variabel: %s",               // nb-NO
		"Kan variabele niet instellen of herinitialiseren: %s",          // nl-BE
		"Kan de variabele niet (her)instellen: %s",                      // nl-NL
		"Impossible d'inicializar o de reïnicializar la variabla : %s",  // oc-FR
		"Nie można ustawić lub wyczyścić zmiennej: %s",                  // pl-PL
		"متغیر تنظیم یا پاکولی نه شي: %s",                               // ps-AF
		"Não é possível definir ou redefinir variável:%s",               // pt-BR
		"Não foi possível definir ou reinicializar a variável: %s",      // pt-PT
		"Nu se poate seta sau reseta variabila:%s",                      // ro-RO
		"Не удалось установить или сбросить переменную: %s",             // ru-RU
		"Nemôžem nastaviť alebo vynulovať premennú: %s",                 // sk-SK
		"Ni mogoče določiti ali ponastaviti spremenljivko: %s",          // sl-SI
		"Није могуће постављање или измена променљиве: %s",              // sr-RS
		"Nije moguće postavljanje ili izmena promenljive: %s",           // sr-YU
		"Det går inte att ange eller återställa variabel: %s",           // sv-SE (j4)
		"Kan inte ställa in eller återställa variabel: %s",              // sv-SE
		"மாறியை அமைக்க அல்லது மீளமைக்க முடியவில்லை: %s",                 // ta-IN
		"ไม่สามารถกำหนดหรือตั้งค่าตัวแปรใหม่: %s",                       // th-TH
		"Hindi maitakda o i-reset ang variable: %s",                     // tl-PH
		"Değişken ayarlanamıyor veya sıfırlanamıyor: %s",                // tr-TR
		"Не вдається встановити або скинути змінну:%s",                  // uk-UA
		"مقدار کو مرتب یا نئی ترتیب نہیں دے سکتے: %s",                   // ur-PK
		"不能设置或重置变量: %s",                                                 // zh-CN
		"不能設定或重置變量: %s",                                                 // zh-TW
		"不能設定或重置變量：%s",                                                  // zh-TW (j5)
	}},
	{key: "PHPMAILER_FILE_ACCESS", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Kon nie toegang tot lêer kry nie: %s",       // af-ZA
		"لايمكن الوصول إلى الملف:%s",                 // ar-AA
		"Fayla girişə icazə alınmadı: %s",            // az-AZ
		"Не атрымалася атрымаць доступ да файла: %s", // be-BY
		"নথিতে প্রবেশ করা যায়নি:%s",                  // bn-BD
		"Nije moguće pristupiti datoteci:%s",         // bs-BA hr-HR
		"No es pot accedir a l`arxiu:%s",             // ca-ES (j4)
		"No es pot accedir al fitxer: %s",            // ca-ES
		"Nelze získat přístup k souboru:%s",          // cs-CZ
		"Doedd dim modd mynd at y ffeil:%s",          // cy-GB
		"Kunne ikke tilgå fil: %s",                   // da-DK (j4)
		"Δεν ήταν δυνατή η πρόσβαση στο αρχείο: %s",  // el-GR
		"Ne povis atingi dosieron: %s",               // eo-XX
		"No se puede acceder el archivo: %s",         // es-CO
		"No se ha podido acceder al archivo: %s",     // es-ES es-MX
		"No se puede acceder al archivo: %s",         // es-ES es-MX (j4)
		"Ei saanud avada faili:%s",                   // et-EE (j4)
		"Juurdepääs failile ebaõnnestus:%s",          // et-EE (j4)
		"Juurdepääs failile ebaõnnestus: %s",         // et-EE
		"Ezin izan da fitxategira sartu: %s",         // eu-ES
		"دسترسی به فایل برقرار نشد: %s",              // fa-AF
		"دسترسی به فایل امکان پذیر نیست: %s",         // fa-IR
		"Ei voitu hyväksyä tiedostoa: %s",            // fi-FI
		"Ei voitu hyäksyä fiiliä: %s",                // fit-FI
		"Impossible d'accéder au fichier :%s",        // fr-CA fr-FR (j4)
		"Impossible d'accéder au fichier : %s",       // fr-CA fr-FR
		"Níorbh fhéidir teach ar chomhad: %s",        // ga-IE
		"Non foi posíbel acceder ao ficheiro: %s",    // gl-ES
		"קובץ אינו נגיש: %s",                         // he-IL
		"फ़ाइल का उपयोग नहीं किया जा सका%s",          // hi-IN
		"Nem lehetett hozzáférni a fájlhoz: %s",      // hu-HU
		"Չհաջողվեց մատչել ֆայլը - %s",                // hy-AM
		"Tidak bisa mengakses berkas: %s",            // id-ID
		"Non è stato possibile accedere al file:%s",  // it-IT
		"ファイルにアクセスできませんでした：%s",                       // ja-JP (j4 j5)
		"არ გვაქვს წვდომა ფაილთან: %s",               // ka-GE
		"«Файлға қатынасу сәтсіз аяқталды:»%s",       // kk-KZ
		"파일에 접근할 수 없음: %s",                           // ko-KR (j4)
		"파일에 접속할 수 없습니다: %s",                         // ko-KR
		"Файлга кирүүгө мүмкүн болгон жок: %s",       // ky-KG
		"ບໍ່ສາມາດເຂົ້າເຖິງໄຟລ໌: %s",                  // lo-LA
		"Nepavyksta pasiekti failo: %s",              // lt-LT
		"Nevar piekļūt datnei: %s",                   // lv-LV
		"Неможен пристап до документот: %s",          // mk-MK
		"ഫയൽ തുറക്കാൻ കഴിയുന്നില്ല:%s",               // ml-IN
		"Файлд хандаж чадсангүй: %s",                 // mn-MN
		"Fikk ikke tilgang til filen: %s",            // nb-NO
		"Geen toegang tot bestand: %s",               // nl-NL
		"Fekk ikkje tilgang til fila: %s",            // nn-NO
		"Impossible d'accedir al fichièr :%s",        // oc-FR
		"Nie można uzyskać dostępu do pliku:%s",      // pl-PL
		"فایل ته لاسرسی ممکن نه دی: %s",              // ps-AF
		"Não foi possível acessar o arquivo:%s",      // pt-BR
		"Nu s-a putut accesa fișierul:%s",            // ro-RO
		"Не удалось получить доступ к файлу: %s",     // ru-RU
		"Nemám prístup k súboru: %s",                 // sk-SK
		"Dostop do datoteke ni bil mogoč: %s",        // sl-SI
		"Ne morem dostopati do datoteke:%s",          // sl-SI (j4)
		"Ni mogoče dostopati do datoteke: %s",        // sl-SI (j4)
		"Nuk qe e mundur aksesimi ne file:%s",        // sq-AL
		"Немогуће приступити датотеци:%s",            // sr-RS
		"Nemoguće pristupiti datoteci:%s",            // sr-YU
		"Kan inte komma åt filen: %s",                // sv-SE
		"கோப்பை அணுக முடியவில்லை: %s",                // ta-IN
		"ไม่สามารถเข้าถึงไฟล์: %s",                   // th-TH
		"Hindi ma-aksis ang file: %s",                // tl-PH
		"Неможливо отримати доступ до файлу:%s",      // uk-UA
		"Неможливо отримати доступ до файлів:%s",     // uk-UA
		"فائل تک رسائی نہیں ہوئی: %s",                // ur-PK
		"Không thể truy cập tập tin: %s",             // vi-VN
		"不能访问文件: %s",                                 // zh-CN
		"不能訪問文件: %s",                                 // zh-TW (j4)
		"無法訪問文件: %s",                                 // zh-TW
		"無法訪問文件：%s",                                  // zh-TW (j5)
	}},
	{key: "PHPMAILER_FILE_OPEN", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"خطأ ملف. لا يمكن فتح الملف:%s",                                    // ar-AA
		"Fayl xətası: Faylı açmaq alınmadı: %s",                            // az-AZ
		"Памылка файла: Немагчыма адкрыць файл: %s",                        // be-BY
		"Проблем с файла: Невъзможно отваряне на файла: %s",                // bg-BG
		"নথি সংক্রান্ত ত্রুটি: ফা্লি খোলা যায়নি:%s",                        // bn-BD
		"Greška datoteke: Ne može se otvoriti datoteka:%s",                 // bs-BA sr-YU
		"Error de fitxer: No s'ha pogut obrir el fitxer: %s",               // ca-ES
		"Error de l`arxiu. No es pot obrir l`arxiu: %s",                    // ca-ES (j4)
		"Chyba souboru: Nelze otevřít soubor:%s",                           // cs-CZ
		"Gwall Ffeil: Doedd dim modd agor y ffeil:%s",                      // cy-GB
		"Filfejl: Kunne ikke åbne fil:%s",                                  // da-DK (j4)
		"Dateifehler! Die folgende Datei konnte nicht geöffnet werden: %s", // de-AT de-CH de-DE de-LI de-LU
		"Σφάλμα Αρχείου: Δεν ήταν δυνατόν να ανοίξει το αρχείο: %s",        // el-GR
		"Dosiera eraro: Ne povis malfermi dosieron: %s",                    // eo-XX
		"Error de archivo: No se pudo abrir archivo: %s",                   // es-CO
		"Error de archivo. No se ha podido abrir el archivo: %s",           // es-ES es-MX
		"Error del archivo. No se puede abrir el archivo: %s",              // es-ES es-MX (j4)
		"Faili viga. Ei saanud avada faili:%s",                             // et-EE (j4)
		"Faili viga: faili avamine ebaõnnestus:%s",                         // et-EE (j4)
		"Faili viga: faili avamine ebaõnnestus: %s",                        // et-EE
		"Fitxategi Errorea: Ezin izan da fitxategia ireki: %s",             // eu-ES
		"خطای فایل: امکان بازکردن فایل وجود ندارد: %s",                     // fa-AF
		"خطای فایل: فایل باز نمی شود: %s",                                  // fa-IR
		"Tiedostovirhe: Ei voitu aukaista tiedostoa: %s",                   // fi-FI
		"Fiiliprubleemi: Ei saatettu aukasta fiiliä: %s",                   // fit-FI
		"Erreur fichier ! Impossible d'ouvrir le fichier :%s",              // fr-CA fr-FR (j4)
		"Erreur fichier ! Impossible d'ouvrir le fichier : %s",             // fr-CA fr-FR (j4)
		"Erreur fichier : Impossible d'ouvrir le fichier : %s",             // fr-CA fr-FR
		"Earráid Chomhaid: Níorbh fhéidir an comhad a oscailt: %s",         // ga-IE
		"Erro de ficheiro: Non foi posíbel abrir o ficheiro %s",            // gl-ES
		"फ़ाइल त्रुटि: फ़ाइल नहीं खोल सका:%s",                              // hi-IN
		"Greška: Nije moguće otvoriti datoteku:%s",                         // hr-HR
		"Fájlhiba. Nem lehetett megnyitni a fájlt: %s",                     // hu-HU
		"Ֆայլը բացելու սխալ - %s",                                          // hy-AM
		"Galat Berkas: Tidak bisa membuka berkas: %s",                      // id-ID
		"Errore File: non è stato possibile aprire il file:%s",             // it-IT
		"ファイルエラー：ファイルを開くことができませんでした：%s",                                    // ja-JP (j4 j5)
		"ფაილის შეცდომა. ვერ ვხსნი ფაილს: %s",                              // ka-GE
		"«Файл қатесі: Файлды ашу мүмкін емес:»%s",                         // kk-KZ
		"파일 오류: 파일을 열수 없습니다: %s",                                           // ko-KR
		"파일 오류: 파일을 열수 없음: %s",                                             // ko-KR (j4)
		"Файл катасы: Файл ачылбай койду: %s",                              // ky-KG
		"ໄຟລ໌ຜິດພາດ: ບໍ່ສາມາດເປີດໄຟລ໌ໄດ້: %s",                              // lo-LA (j6)
		"ໄຟລ໌ມີຂໍ້ຜິດພາດ: ບໍ່ສາມາດເປີດໄຟລ໌ໄດ້: %s",                         // lo-LA
		"Failo klaida: Nepavyko atverti failo %s",                          // lt-LT
		"Failo klaida: Nepavyko atverti failo: %s",                         // lt-LT (j4)
		"Kļūda: nevar atvērt datni: %s",                                    // lv-LV
		"Документ грешка: Неможно отворање на документот: %s",              // mk-MK
		"ഫയൽ പിഴവ്: ഫയൽ തുറക്കുന്നില്ല: %s",                                // ml-IN
		"Файл алдаа: Файл нээж чадсангүй: %s",                              // mn-MN
		"Feil med fil: kunne ikke åpne filen: %s",                          // nb-NO
		"Bestandsfout. Kan bestand niet openen: %s",                        // nl-NL
		"Feil med fil: kunne ikkje opne fila: %s",                          // nn-NO
		"Error fichièr : Impossible de dobrir lo fichièr :%s",              // oc-FR
		"Błąd: Nie można otworzyć pliku:%s",                                // pl-PL
		"د فایل تېروتنه: فایل پرانیستلی نه شي: %s",                         // ps-AF
		"Erro de arquivo: não foi possível abrir o arquivo: %s",            // pt-BR (j5)
		"Erro no Arquivo! Não foi possível abrir o arquivo:%s",             // pt-BR
		"Erro no arquivo: Não foi possível abrir o arquivo: %s",            // pt-BR (j4)
		"Erro de ficheiro: não foi possível abrir o ficheiro: %s",          // pt-PT
		"Eroare fișier: Nu s-a putut deschide fișierul:%s",                 // ro-RO
		"Не удалось открыть файл: %s",                                      // ru-RU
		"Chyba súboru: Nemôžem otvoriť súbor: %s",                          // sk-SK
		"Napaka datoteke. Ne morem odpreti datoteke:%s",                    // sl-SI (j4)
		"Napaka datoteke: Ni mogoče odpreti datoteke: %s",                  // sl-SI
		"Gabim File: Nuk qe e mundur hapja e file:%s",                      // sq-AL
		"Грешка датотеке: Не може се отворити датотека:%s",                 // sr-RS
		"Fel: Kan inte öppna filen: %s",                                    // sv-SE
		"கோப்புப் பிழை: கோப்பைத் திறக்க முடியவில்லை: %s",                   // ta-IN
		"ไฟล์มีข้อผิดพลาด: ไม่สามารถเปิดไฟล์ได้: %s",                       // th-TH
		"Maling File: Hindi mabuksan ang file: %s",                         // tl-PH
		"Помилка файлу: неможливо відкрити файл:%s",                        // uk-UA
		"فائل خرابی: فائل نہیں کھول سکا: %s",                               // ur-PK
		"Lỗi: tập tin không thể mở tập tin: %s",                            // vi-VN
		"文件错误: 不能打开文件: %s",                                                 // zh-CN (j4)
		"文件错误；不能打开文件: %s",                                                  // zh-CN
		"文件錯誤: 不能打開文件: %s",                                                 // zh-TW
		"文件錯誤: 不能打開文件：%s",                                                  // zh-TW (j5)
	}},
	{key: "PHPMAILER_SIGNING_ERROR", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Tekenfout: %s",       // af-ZA
		"خطأ تأشير:%s",        // ar-AA
		"Памылка подпісу: %s", // be-BY
		"অনুমোদন করতে ত্রুটি হয়েছে:%s", // bn-BD
		"Greška potpisivanja: %s",     // bs-BA
		"Error de signat:%s",          // ca-ES
		"Gwall llofnodi: %s",          // cy-GB
		"Zeichenkodierungsfehler: %s", // de-AT de-CH de-DE de-LI de-LU
		"Signing error: %s",           // en-AU en-CA en-GB en-NZ en-US en-ZA ml-IN
		"Parafa eraro: %s",            // eo-XX
		"Error de firmado: %s",        // es-CO es-ES es-MX
		"Error firmando: %s",          // es-ES es-MX
		"Allkirjastamise tõrge: %s",   // et-EE
		"Allkirjastamise viga: %s",    // et-EE (j4)
		"Errorea sinatzean: %s",       // eu-ES
		"Allekirjoitusvirhe: %s",      // fi-FI
		"Allekirjotusvirhe: %s",       // fit-FI
		"Erreur de signature :%s",     // fr-CA fr-FR (j4)
		"Erreur de signature : %s",    // fr-CA fr-FR
		"Earráid sínithe: %s",         // ga-IE
		"Erro de sinatura: %s",        // gl-ES
		"תקלת חתימה: %s",              // he-IL
		"त्रुटि पर हस्ताक्षर: %s", // hi-IN
		"Greška u potpisu:%s", // hr-HR
		"Aláírási hiba: %s",   // hu-HU
		"Galat penandaan: %s", // id-ID
		"Errore firma: %s",    // it-IT
		"署名エラー：%s",            // ja-JP (j4 j5)
		"ການລົງນາມຜິດພາດ: %s", // lo-LA (j6)
		"ເກີດຂໍ້ຜິດພາດໃນການລົງລາຍເຊັນ: %s", // lo-LA (j6)
		"Paraksta kļūda:%s",         // lv-LV (j4)
		"Paraksta kļūda: %s",        // lv-LV
		"Ralat penandatanganan: %s", // ms-MY (j5 j6)
		"Ondertekening fout: %s",    // nl-BE
		"Ondertekeningsfout: %s",    // nl-BE nl-NL
		"Error de signatura :%s",    // oc-FR
		"د لاسلیک کولو تېروتنه: %s", // ps-AF
		"Erro de assinatura:%s",     // pt-BR
		"Erro de assinatura: %s",    // pt-BR (j5)
		"Eroare de semnare:%s",      // ro-RO
		"Chyba podpisu:%s",          // sk-SK
		"Chyba podpisu: %s",         // sk-SK (j4)
		"Gabim firme: %s",           // sq-AL
		"Грешка у потписивању: %s",  // sr-RS
		"Greška u potpisivanju: %s", // sr-YU
		"Signerings fel: %s",        // sv-SE (j4)
		"ஒப்பமிடுதல் பிழை: %s",      // ta-IN
		"İmza hatası: %s",           // tr-TR
		"Помилка підпису:%s",        // uk-UA
		"Lỗi chữ ký: %s",            // vi-VN
		"签名错误: %s",                  // zh-CN
		"簽名錯誤: %s",                  // zh-TW
	}},
}
