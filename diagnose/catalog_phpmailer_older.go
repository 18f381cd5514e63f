package diagnose

// phpMailerOlderMessages are the texts PHPMailer's releases before the one
// phpMailerMessages quotes gave the same messages: every language file of
// every release from v5.2.0 (2011) to v7.1.0 (language/phpmailer.lang-*.php
// of PHPMailer/PHPMailer at each tag), for the keys phpMailerMessages holds,
// where a translation was worded otherwise then ("Kesalahan SMTP: Tidak
// dapat mengautentikasi.", Indonesian until v6.0.2, in an application's
// issue, probe DJ dj-005; French "Échec de la connexion SMTP." until
// v6.5.2). Applications bundle the PHPMailer of the year they were
// written and seldom update it, so these are what many sites still show.
// Each message has phpMailerMessages' answer and flags for its key (see
// there), with the same forms: a placeholder after a key that is followed
// by a name or a path, connect_host also with SMTP::connect's "Failed to
// connect to server" after it, smtp_connect_failed also with the
// troubleshooting link lang() adds. The same exclusions hold: the signing
// texts of ba, cs, hi, hr, lt, lv, sk, sr, sr_latn and vi, and the Chinese
// instantiate; and under the older files' names the same slips, signing
// texts that say a login failed: cz's "Chyba přihlašování: %s", zh's
// "登入失敗: %s", zh_cn's "登录失败：%s" and rs's "Грешка приликом
// пријављивања: %s", which read any login failure after them as other
// (review S43B s43s-96, 97). Each text's comment names its language file
// and the first release that shipped it; it was generated from the
// repository's tags.
var phpMailerOlderMessages = []catalogMessage{
	{own: true, key: "authenticate", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"SMTP Error: لم نستطع تأكيد الهوية.",                      // ar v5.2.0
		"Error SMTP: No s'hapogut autenticar.",                    // ca v5.2.0
		"SMTP 错误：身份验证失败。",                                         // ch v5.2.0
		"SMTP Error: Chyba autentikace.",                          // cz v5.2.0
		"SMTP Fehler: Authentifizierung fehlgeschlagen.",          // de v5.2.0
		"SMTP fejl: Kunne ikke logge på.",                         // dk v5.2.0
		"Error SMTP: No se pudo autentificar.",                    // es v5.2.0
		"Erreur SMTP : Echec de l'authentification.",              // fr v5.2.0
		"SMTP Hiba: Sikertelen autentikáció.",                     // hu v5.2.0
		"SMTP Fout: authenticatie mislukt.",                       // nl v5.2.0
		"SMTP Feil: Kunne ikke authentisere.",                     // no v5.2.0
		"Błąd SMTP: Nie można przeprowadzić autentykacji.",        // pl v5.2.0
		"Eroare SMTP: Nu a functionat autentificarea.",            // ro v5.2.0
		"Ошибка SMTP: ошибка авторизации.",                        // ru v5.2.0
		"SMTP Hatasý: Doðrulanamýyor.",                            // tr v5.2.0
		"SMTP 錯誤：登錄失敗。",                                           // zh v5.2.0
		"SMTP Hatası: Doğrulanamıyor.",                            // tr v5.2.4
		"Eraro de servilo SMTP\u00a0: aŭtentigo malsukcesis.",     // eo v5.2.5
		"Erreur SMTP\u00a0: échec de l'authentification.",         // fr v5.2.5
		"SMTP Error: احراز هویت با شکست مواجه شد.",                // fa v5.2.7
		"Erreur SMTP\u202f: échec de l'authentification.",         // fr v5.2.7
		"SMTP Σφάλμα: Αδυναμία πιστοποίησης (authentication).",    // el v5.2.8
		"Błąd SMTP: Nie można przeprowadzić uwierzytelnienia.",    // pl v5.2.8
		"Erro do SMTP: Não foi possível realizar a autenticação.", // pt v5.2.8
		"Kesalahan SMTP: Tidak dapat mengautentikasi.",            // id v5.2.10
		"SMTP Feil: Kunne ikke autentisere.",                      // no v5.2.10
		"SMTP-feil: Kunne ikke autentiseres.",                     // nb v6.8.1
	}},
	{own: true, key: "connect_host", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"SMTP Error: لم نستطع الاتصال بمخدم SMTP.",                                                         // ar v5.2.0
		"SMTP Error: لم نستطع الاتصال بمخدم SMTP. Failed to connect to server",                             // ar v5.2.0
		"Erro de SMTP: Não foi possível conectar com o servidor SMTP.",                                     // br v5.2.0
		"Erro de SMTP: Não foi possível conectar com o servidor SMTP. Failed to connect to server",         // br v5.2.0
		"SMTP 错误: 不能连接SMTP主机。",                                                                             // ch v5.2.0
		"SMTP 错误: 不能连接SMTP主机。 Failed to connect to server",                                                 // ch v5.2.0
		"SMTP Error: Nelze navázat spojení se SMTP serverem.",                                              // cz v5.2.0
		"SMTP Error: Nelze navázat spojení se SMTP serverem. Failed to connect to server",                  // cz v5.2.0
		"SMTP Fehler: Konnte keine Verbindung zum SMTP-Host herstellen.",                                   // de v5.2.0
		"SMTP Fehler: Konnte keine Verbindung zum SMTP-Host herstellen. Failed to connect to server",       // de v5.2.0
		"SMTP fejl: Kunne ikke tilslutte SMTP serveren.",                                                   // dk v5.2.0
		"SMTP fejl: Kunne ikke tilslutte SMTP serveren. Failed to connect to server",                       // dk v5.2.0
		"Error SMTP: No puedo conectar al servidor SMTP.",                                                  // es v5.2.0
		"Error SMTP: No puedo conectar al servidor SMTP. Failed to connect to server",                      // es v5.2.0
		"Erreur SMTP : Impossible de se connecter au serveur SMTP.",                                        // fr v5.2.0
		"Erreur SMTP : Impossible de se connecter au serveur SMTP. Failed to connect to server",            // fr v5.2.0
		"SMTP Hiba: Nem tudtam csatlakozni az SMTP host-hoz.",                                              // hu v5.2.0
		"SMTP Hiba: Nem tudtam csatlakozni az SMTP host-hoz. Failed to connect to server",                  // hu v5.2.0
		"SMTP Fout: Kon niet verbinden met SMTP host.",                                                     // nl v5.2.0
		"SMTP Fout: Kon niet verbinden met SMTP host. Failed to connect to server",                         // nl v5.2.0
		"SMTP Feil: Kunne ikke koble til SMTP host.",                                                       // no v5.2.0
		"SMTP Feil: Kunne ikke koble til SMTP host. Failed to connect to server",                           // no v5.2.0
		"Błąd SMTP: Nie można połączyć się z wybranym hostem.",                                             // pl v5.2.0
		"Błąd SMTP: Nie można połączyć się z wybranym hostem. Failed to connect to server",                 // pl v5.2.0
		"Eroare SMTP: Nu m-am putut conecta la adresa SMTP.",                                               // ro v5.2.0
		"Eroare SMTP: Nu m-am putut conecta la adresa SMTP. Failed to connect to server",                   // ro v5.2.0
		"Ошибка SMTP: не удается подключиться к серверу SMTP.",                                             // ru v5.2.0
		"Ошибка SMTP: не удается подключиться к серверу SMTP. Failed to connect to server",                 // ru v5.2.0
		"SMTP Hatasý: SMTP hosta baðlanýlamýyor.",                                                          // tr v5.2.0
		"SMTP Hatasý: SMTP hosta baðlanýlamýyor. Failed to connect to server",                              // tr v5.2.0
		"SMTP 錯誤：無法連接到 SMTP 主機。",                                                                           // zh v5.2.0
		"SMTP 錯誤：無法連接到 SMTP 主機。 Failed to connect to server",                                               // zh v5.2.0
		"SMTP Hatası: SMTP hosta bağlanılamıyor.",                                                          // tr v5.2.4
		"SMTP Hatası: SMTP hosta bağlanılamıyor. Failed to connect to server",                              // tr v5.2.4
		"Eraro de servilo SMTP\u00a0: konektado al servilo malsukcesis.",                                   // eo v5.2.5
		"Eraro de servilo SMTP\u00a0: konektado al servilo malsukcesis. Failed to connect to server",       // eo v5.2.5
		"Error SMTP: No se pudo conectar al servidor SMTP.",                                                // es v5.2.5
		"Error SMTP: No se pudo conectar al servidor SMTP. Failed to connect to server",                    // es v5.2.5
		"Erreur SMTP\u00a0: impossible de se connecter au serveur SMTP.",                                   // fr v5.2.5
		"Erreur SMTP\u00a0: impossible de se connecter au serveur SMTP. Failed to connect to server",       // fr v5.2.5
		"SMTP Error: اتصال به سرور SMTP برقرار نشد.",                                                       // fa v5.2.7
		"SMTP Error: اتصال به سرور SMTP برقرار نشد. Failed to connect to server",                           // fa v5.2.7
		"Помилка SMTP: не вдається підєднатися до серверу SMTP.",                                           // uk v5.2.7
		"Помилка SMTP: не вдається підєднатися до серверу SMTP. Failed to connect to server",               // uk v5.2.7
		"SMTP Σφάλμα: Αδυναμία σύνδεσης στον SMTP-Host.",                                                   // el v5.2.8
		"SMTP Σφάλμα: Αδυναμία σύνδεσης στον SMTP-Host. Failed to connect to server",                       // el v5.2.8
		"Erro do SMTP: Não foi possível realizar ligação com o servidor SMTP.",                             // pt v5.2.8
		"Erro do SMTP: Não foi possível realizar ligação com o servidor SMTP. Failed to connect to server", // pt v5.2.8
		"SMTP грешка: није могуће повезивање са SMTP сервером.",                                            // sr v5.2.8
		"SMTP грешка: није могуће повезивање са SMTP сервером. Failed to connect to server",                // sr v5.2.8
		"SMTP Feil: Kunne ikke koble til SMTP tjener.",                                                     // no v5.2.10
		"SMTP Feil: Kunne ikke koble til SMTP tjener. Failed to connect to server",                         // no v5.2.10
		"SMTP napaka: Ne morem vzpostaviti povezave s SMTP gostiteljem.",                                   // sl v5.2.10
		"SMTP napaka: Ne morem vzpostaviti povezave s SMTP gostiteljem. Failed to connect to server",       // sl v5.2.10
		"Помилка SMTP: не вдається під'єднатися до серверу SMTP.",                                          // uk v5.2.11
		"Помилка SMTP: не вдається під'єднатися до серверу SMTP. Failed to connect to server",              // uk v5.2.11
		"SMTP Greška: Ne moguće se spojiti sa SMTP serverom.",                                              // ba v5.2.25
		"SMTP Greška: Ne moguće se spojiti sa SMTP serverom. Failed to connect to server",                  // ba v5.2.25
		"SMTP त्रुटि: SMTP सर्वर से कनेक्ट नहीं हो सका।  Failed to connect to server",                      // hi v6.0.4
	}},
	{own: true, key: "smtp_connect_failed", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Verbindung zu SMTP Server fehlgeschlagen.",                                                             // de v5.2.0
		"Verbindung zu SMTP Server fehlgeschlagen. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting", // de v5.2.0
		"Ошибка соединения с SMTP-сервером",                                                                     // ru v5.2.4
		"Ошибка соединения с SMTP-сервером https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",         // ru v5.2.4
		"SMTP bağlantı() başarısız.",                                                                            // tr v5.2.4
		"SMTP bağlantı() başarısız. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",                // tr v5.2.4
		"SMTP konektado malsukcesis.",                                                                           // eo v5.2.5
		"SMTP konektado malsukcesis. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",               // eo v5.2.5
		"SMTP Connect() se falló.",                                                                              // es v5.2.5
		"SMTP Connect() se falló. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",                  // es v5.2.5
		"Échec de la connexion SMTP.",                                                                           // fr v5.2.5
		"Échec de la connexion SMTP. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",               // fr v5.2.5
		"SMTP Verbinding mislukt.",                                                                              // nl v5.2.5
		"SMTP Verbinding mislukt. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",                  // nl v5.2.5
		"SMTP Connect() feilet.",                                                                                // no v5.2.7
		"SMTP Connect() feilet. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",                    // no v5.2.7
		"SMTP Connect() zakończone niepowodzeniem.",                                                             // pl v5.2.7
		"SMTP Connect() zakończone niepowodzeniem. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting", // pl v5.2.7
		"Помилка зєднання із SMTP-сервером",                                                                     // uk v5.2.7
		"Помилка зєднання із SMTP-сервером https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",         // uk v5.2.7
		"Αποτυχία σύνδεσης στον SMTP Server.",                                                                   // el v5.2.8
		"Αποτυχία σύνδεσης στον SMTP Server. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",       // el v5.2.8
		"Conectarea la serverul SMTP a esuat.",                                                                  // ro v5.2.8
		"Conectarea la serverul SMTP a esuat. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",      // ro v5.2.8
		"SMTP連線失敗", // zh v5.2.8
		"SMTP連線失敗 https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",                           // zh v5.2.8
		"Помилка з'єднання із SMTP-сервером",                                                             // uk v5.2.11
		"Помилка з'єднання із SMTP-сервером https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting", // uk v5.2.11
		"SMTP connect() feilet.", // nb v5.2.24
		"SMTP connect() feilet. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",                // nb v5.2.24
		"SMTP का connect () फ़ंक्शन विफल हुआ।  https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting", // hi v6.0.4
		"Ang SMTP connect() ay nabigo", // tl v6.0.6
		"Ang SMTP connect() ay nabigo https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",                                        // tl v6.0.6
		"La fonction SMTP connect() a échouée.",                                                                                           // fr v6.5.2
		"La fonction SMTP connect() a échouée. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",                               // fr v6.5.2
		"Wywołanie funkcji SMTP Connect() zostało zakończone niepowodzeniem.",                                                             // pl v6.6.5
		"Wywołanie funkcji SMTP Connect() zostało zakończone niepowodzeniem. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting", // pl v6.6.5
	}},
	{own: true, word: true, key: "invalid_host", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"L'hôte n'est pas valide\u202f: %s", // fr v6.2.0
		"无效的主机：%s",                          // zh_cn v6.8.1
		"অবৈধ হস্ট:%s",                      // as v6.9.0
		"অবৈধ হোস্ট:%s",                     // bn v6.9.0
		"Nieprawidłowy host: %s",            // pl v6.9.0
	}},
	{own: true, word: true, key: "invalid_hostentry", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"L'entrée hôte n'est pas valide\u202f: ", // fr v6.2.0
	}},
	{own: true, key: "instantiate", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"لم نستطع توفير خدمة البريد.",                                     // ar v5.2.0
		"No s'ha pogut crear una instància de la funció Mail.",            // ca v5.2.0
		"Nelze vytvoøit instanci emailové funkce.",                        // cz v5.2.0
		"Mail Funktion konnte nicht initialisiert werden.",                // de v5.2.0
		"Kunne ikke initialisere email funktionen.",                       // dk v5.2.0
		"No pude crear una instancia de la función Mail.",                 // es v5.2.0
		"Impossible d'instancier la fonction mail.",                       // fr v5.2.0
		"Nem sikerült példányosítani a mail funkciót.",                    // hu v5.2.0
		"Kon mail functie niet initialiseren.",                            // nl v5.2.0
		"Kunne ikke instantiate mail funksjonen.",                         // no v5.2.0
		"Nie można wywołać funkcji mail(). Sprawdź konfigurację serwera.", // pl v5.2.0
		"Nu am putut instantia functia mail.",                             // ro v5.2.0
		"Невозможно запустить функцию mail.",                              // ru v5.2.0
		"Örnek mail fonksiyonu yaratýlamadý.",                             // tr v5.2.0
		"Não foi possível iniciar uma instância da função mail.",          // br v5.2.4
		"Örnek mail fonksiyonu oluşturulamadı.",                           // tr v5.2.4
		"Genero de retmesaĝa funkcio neeblis.",                            // eo v5.2.5
		"No se pudo crear una instancia de la función Mail.",              // es v5.2.5
		"Kunne ikke initialisere mailfunksjonen.",                         // no v5.2.7
		"Неможливо запустити функцію mail.",                               // uk v5.2.7
		"Αδυναμία εκκίνησης Mail function.",                               // el v5.2.8
		"Tidak dapat menginisialisasi fungsi email",                       // id v5.2.10
		"Kunne ikke initialisere post funksjon.",                          // nb v5.2.24
		"Tidak dapat menginisialisasi fungsi surel",                       // id v6.0.2
		"Hindi maaaring magbigay ng institusyon ang mail",                 // tl v6.0.6
		"Kunne ikke instansiere e-postfunksjonen.",                        // nb v6.8.1
	}},
	{own: true, key: "execute", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"لم أستطع تنفيذ : %s",                        // ar v5.2.0
		"不能执行: %s",                                   // ch v5.2.0
		"Kunne ikke køre: %s",                        // dk v5.2.0
		"No puedo ejecutar: %s",                      // es v5.2.0
		"Impossible de lancer l'exécution : %s",      // fr v5.2.0
		"Nem tudtam végrehajtani: %s",                // hu v5.2.0
		"Kunne ikke utføre: %s",                      // no v5.2.0
		"Nie można uruchomić: %s",                    // pl v5.2.0
		"Nu pot executa:  %s",                        // ro v5.2.0
		"Çalýþtýrýlamýyor: %s",                       // tr v5.2.0
		"Çalıtırılamıyor: %s",                        // tr v5.2.4
		"Lanĉi rulumadon ne eblis: %s",               // eo v5.2.5
		"No se pudo ejecutar: %s",                    // es v5.2.5
		"Impossible de lancer l'exécution\u00a0: %s", // fr v5.2.5
		"Impossible de lancer l'exécution\u202f: %s", // fr v5.2.7
		"Αδυναμία εκτέλεσης ακόλουθης εντολής: %s", // el v5.2.8
		"Tidak dapat menjalankan proses : %s",      // id v5.2.10
	}},
	{key: "provide_address", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Você deve fornecer pelo menos um endereço de destinatário de email.",      // br v5.2.0
		"S'ha de proveir almenys una adreça d'email com a destinatari.",            // ca v5.2.0
		"您必须提供至少一个 收信人的email地址。",                                                   // ch v5.2.0
		"Musíte zadat alespoò jednu emailovou adresu pøíjemce.",                    // cz v5.2.0
		"Bitte geben Sie mindestens eine Empfänger E-Mailadresse an.",              // de v5.2.0
		"Du skal indtaste mindst en modtagers emailadresse.",                       // dk v5.2.0
		"Debe proveer al menos una dirección de email como destinatario.",          // es v5.2.0
		"Meg kell adnod legalább egy címzett email címet.",                         // hu v5.2.0
		"Er moet tenmiste één ontvanger emailadres opgegeven worden.",              // nl v5.2.0
		"Du må ha med minst en mottager adresse.",                                  // no v5.2.0
		"Należy podać prawidłowy adres email Odbiorcy.",                            // pl v5.2.0
		"Trebuie sa adaugati cel putin un recipient (adresa de mail).",             // ro v5.2.0
		"Пожалуйста, введите хотя бы один адрес e-mail получателя.",                // ru v5.2.0
		"En az bir tane mail adresi belirtmek zorundasýnýz alýcýnýn email adresi.", // tr v5.2.0
		"Você deve fornecer pelo menos um endereço de destinatário de e-mail.",     // br v5.2.4
		"Er moet tenmiste één ontvanger e-mailadres opgegeven worden.",             // nl v5.2.4
		"En az bir tane mail adresi belirtmek zorundasınız alıcının email adresi.", // tr v5.2.4
		"Vi devas tajpi almenaŭ unu recevontan retadreson.",                        // eo v5.2.5
		"Debe proveer al menos una dirección de email como destino.",               // es v5.2.5
		"Du må angi minst en mottakeradresse.",                                     // no v5.2.7
		"Будь-ласка, введіть хоча б одну адресу e-mail отримувача.",                // uk v5.2.7
		"Παρακαλούμε δώστε τουλάχιστον μια e-mail διεύθυνση παραλήπτη.",            // el v5.2.8
		"Tem de fornecer pelo menos um endereço como destinatário do e-mail.",      // pt v5.2.8
		"Потребно је задати најмање једну адресу.",                                 // sr v5.2.8
		"Harus disediakan minimal satu alamat tujuan",                              // id v5.2.10
		"Prosim vnesite vsaj enega naslovnika.",                                    // sl v5.2.10
		"Du må opppgi minst en mottakeradresse.",                                   // nb v5.2.24
		"Kailangan mong magbigay ng kahit isang email address na tatanggap",        // tl v6.0.6
		"Пожалуйста, введите хотя бы один email-адрес получателя.",                 // ru v6.1.0
		"Будь-ласка, введіть хоча б одну email-адресу отримувача.",                 // uk v6.1.0
		"Należy podać prawidłowy adres email odbiorcy.",                            // pl v6.6.5
	}},
	{key: "empty_message", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"E-Mail Inhalt ist leer.",          // de v5.2.0
		"Corps de message vide",            // fr v5.2.0
		"Corpo da mensagem vazio",          // br v5.2.4
		"Пустое тело сообщения",            // ru v5.2.4
		"Mesaj içeriği boş",                // tr v5.2.4
		"Teksto de mesaĝo mankas.",         // eo v5.2.5
		"Cuerpo del mensaje vacío",         // es v5.2.5
		"Corps de message vide.",           // fr v5.2.7
		"Wiadomość jest pusta.",            // pl v5.2.7
		"Пусте тіло повідомлення",          // uk v5.2.7
		"Το E-Mail δεν έχει περιεχόμενο .", // el v5.2.8
		"A mensagem no e-mail está vazia.", // pt v5.2.8
		"El cuerpo del mensaje está vacío", // es v5.2.10
		"Melding kropp tomt",               // nb v5.2.24
		"Meldingsinnhold mangler",          // nb v6.0.6
		"Meldingstekst mangler",            // nb v6.8.1
	}},
	{key: "invalid_header", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Ongeldige header naam of waarde",          // nl v6.5.1
		"Nieprawidłowa nazwa lub wartość nagłówka", // pl v6.9.0
	}},
	{word: true, key: "encoding", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Unbekanntes Encoding-Format: %s",            // de v5.2.0
		"Tundmatu Unknown kodeering: %s",             // et v5.2.0
		"Encodage inconnu : %s",                      // fr v5.2.0
		"Encoding set dei caratteri sconosciuto: %s", // it v5.2.0
		"Ukjent encoding: %s",                        // no v5.2.0
		"Nieznany sposób kodowania znaków: %s",       // pl v5.2.0
		"Encodare necunoscuta: %s",                   // ro v5.2.0
		"Неизвестный вид кодировки: %s",              // ru v5.2.0
		"Bilinmeyen þifreleme: %s",                   // tr v5.2.0
		"未知编码: %s",                                   // zh_cn v5.2.0
		"Bilinmeyen şifreleme: %s",                   // tr v5.2.4
		"Encodage inconnu\u00a0: %s",                 // fr v5.2.5
		"رمزگذاری ناشناخته: %s",                      // fa v5.2.7
		"Ukjent tegnkoding: %s",                      // no v5.2.7
		"Невідомий тип кодування: %s",                // uk v5.2.7
		"Αγνωστο Encoding-Format: %s",                // el v5.2.8
		"Непознато кодовање: %s",                     // sr v5.2.8
		"Błędny sposób kodowania znaków: %s",         // pl v6.6.5
	}},
	{word: true, key: "extension_missing", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Extensão ausente: %s",       // br v5.2.14
		"Brakujące rozszerzenie: %s", // pl v5.2.15
		"丢失模块 Extension：%s",          // zh_cn v5.2.24
		"Mankas etendo: %s",          // eo v6.0.2
		"Ekstensi hilang: %s",        // id v6.0.2
		"Nawawala ang extension%s",   // tl v6.0.6
		"Не знайдено розширення: %s", // uk v6.0.6
		"সম্প্ৰসাৰণ নোহোৱা হৈছে: %s", // as v6.9.0
		"এক্সটেনশন অনুপস্থিত:%s",     // bn v6.9.0
	}},
	{word: true, key: "variable_set", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Não foi possível definir ou resetar a variável: %s",                  // br v5.2.4
		"Kan de volgende variablen niet instellen of resetten: %s",            // nl v5.2.4
		"Невозможно установить или переустановить переменную: %s",             // ru v5.2.4
		"Ayarlanamıyor yada sıfırlanamıyor: %s",                               // tr v5.2.4
		"Variablo ne pravalorizeblas aŭ ne repravalorizeblas: %s",             // eo v5.2.5
		"No se pudo ajustar o reajustar la variable: %s",                      // es v5.2.5
		"Ne peut initialiser ou réinitialiser une variable\u00a0: %s",         // fr v5.2.5
		"امکان ارسال یا ارسال مجدد متغیرها وجود ندارد: %s",                    // fa v5.2.7
		"Ne peut initialiser ou réinitialiser une variable\u202f: %s",         // fr v5.2.7
		"Kan ikke sette eller resette variabelen: %s",                         // no v5.2.7
		"Nie można zmienić zmiennej: %s",                                      // pl v5.2.7
		"Неможливо встановити або перевстановити змінну: %s",                  // uk v5.2.7
		"Αδυναμία ορισμού ή αρχικοποίησης μεταβλητής: %s",                     // el v5.2.8
		"Impossible d'initialiser ou de réinitialiser une variable\u202f: %s", // fr v5.2.8
		"Није могуће задати променљиву, нити је вратити уназад: %s",           // sr v5.2.8
		"Tidak berhasil mengatur atau mengatur ulang variable : %s",           // id v5.2.10
		"Kan de volgende variabele niet instellen of resetten: %s",            // nl v5.2.10
		"Kan ikke skrive eller omskrive variabel: %s",                         // nb v5.2.24
		"Tidak dapat mengatur atau mengatur ulang variable : %s",              // id v6.0.6
		"Hindi matatakda ang mga variables: %s",                               // tl v6.0.6
	}},
	{key: "file_access", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"لم نستطع الوصول للملف: %s",                 // ar v5.2.0
		"No es pot accedir a l'arxiu: %s",           // ca v5.2.0
		"不能访问文件：%s",                                 // ch v5.2.0
		"Soubor nenalezen: %s",                      // cz v5.2.0
		"Ingen adgang til fil: %s",                  // dk v5.2.0
		"No puedo acceder al archivo: %s",           // es v5.2.0
		"Impossible d'accéder au fichier : %s",      // fr v5.2.0
		"Nem sikerült elérni a következõ fájlt: %s", // hu v5.2.0
		"Nu pot accesa fisierul: %s",                // ro v5.2.0
		"Dosyaya eriþilemiyor: %s",                  // tr v5.2.0
		"無法訪問文件：%s",                                 // zh v5.2.0
		"Dosyaya erişilemiyor: %s",                  // tr v5.2.4
		"Aliro al dosiero ne sukcesis: %s",          // eo v5.2.5
		"No se pudo acceder al archivo: %s",         // es v5.2.5
		"Impossible d'accéder au fichier\u00a0: %s", // fr v5.2.5
		"Impossible d'accéder au fichier\u202f: %s", // fr v5.2.7
		"Får ikke tilgang til filen: %s",            // no v5.2.7
		"Αδυναμία προσπέλασης του αρχείου: %s",      // el v5.2.8
		"Não foi possível aceder o ficheiro: %s",    // pt v5.2.8
		"Tidak dapat mengakses berkas : %s",         // id v5.2.10
	}},
	{key: "file_open", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"File Error: لم نستطع فتح الملف: %s",                      // ar v5.2.0
		"Error d'Arxiu: No es pot obrir l'arxiu: %s",              // ca v5.2.0
		"文件错误：不能打开文件：%s",                                          // ch v5.2.0
		"File Error: Nelze otevøít soubor pro ètení: %s",          // cz v5.2.0
		"Datei Fehler: konnte folgende Datei nicht öffnen: %s",    // de v5.2.0
		"Error de Archivo: No puede abrir el archivo: %s",         // es v5.2.0
		"Erreur Fichier : ouverture impossible : %s",              // fr v5.2.0
		"Fájl Hiba: Nem sikerült megnyitni a következõ fájlt: %s", // hu v5.2.0
		"Bestandsfout: Kon bestand niet openen: %s",               // nl v5.2.0
		"Fil feil: Kunne ikke åpne filen: %s",                     // no v5.2.0
		"Nie można otworzyć pliku: %s",                            // pl v5.2.0
		"Eroare de fisier: Nu pot deschide fisierul: %s",          // ro v5.2.0
		"Файловая ошибка: не удается открыть файл: %s",            // ru v5.2.0
		"Dosya Hatasý: Dosya açýlamýyor: %s",                      // tr v5.2.0
		"文件錯誤：無法打開文件：%s",                                          // zh v5.2.0
		"Dosya Hatası: Dosya açılamıyor: %s",                      // tr v5.2.4
		"Eraro de dosiero: malfermo neeblas: %s",                  // eo v5.2.5
		"Error de Archivo: No se pudo abrir el archivo: %s",       // es v5.2.5
		"Erreur de fichier\u00a0: ouverture impossible\u00a0: %s", // fr v5.2.5
		"File Error: امکان بازکردن فایل وجود ندارد: %s",           // fa v5.2.7
		"Erreur de fichier\u202f: ouverture impossible\u202f: %s", // fr v5.2.7
		"Σφάλμα Αρχείου: Δεν είναί δυνατό το άνοιγμα του ακόλουθου αρχείου: %s", // el v5.2.8
		"Abertura do ficheiro: Não foi possível abrir o ficheiro: %s",           // pt v5.2.8
		"Σφάλμα Αρχείου: Δεν είναι δυνατό το άνοιγμα του ακόλουθου αρχείου: %s", // el v5.2.10
		"Kesalahan File: Berkas tidak bisa dibuka : %s",                         // id v5.2.10
		"Fil Feil: Kunne ikke åpne filen: %s",                                   // nb v5.2.24
		"Kesalahan File: Berkas tidak dapat dibuka : %s",                        // id v6.0.6
		"Hindi mabuksan ang file: %s",                                           // tl v6.0.6
	}},
	{key: "signing", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Ошибка подписывания: %s",                       // ru v5.2.4
		"Eraro de subskribo: %s",                        // eo v5.2.5
		"Erreur de signature\u00a0: %s",                 // fr v5.2.5
		"Błąd podpisywania wiadomości: %s",              // pl v5.2.7
		"A aparut o problema la semnarea emailului. %s", // ro v5.2.8
		"Kesalahan dalam tanda tangan : %s",             // id v5.2.10
		"Signerings fel: %s",                            // sv v5.2.17
		"Signering Feil: %s",                            // nb v5.2.24
		"Hindi ma-sign%s",                               // tl v6.0.6
	}},
}
