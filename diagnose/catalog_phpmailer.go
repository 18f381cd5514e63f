package diagnose

// phpMailerMessages are PHPMailer's own reports of a send that failed
// for a cause they name, without a server's reply (src/PHPMailer.php and
// language/phpmailer.lang-*.php of PHPMailer/PHPMailer at v7.1.1,
// 1bc1716a5, its latest release: the English defaults of setLanguage and
// all 57 translations; line numbers below are PHPMailer.php's). They are
// what an application shows when PHPMailer's exception or ErrorInfo is
// the text alone: a site's test mail, a plugin's notice, a form's error.
// Many applications (Joomla, phpList, MailPoet, osTicket) ship their own
// translation or wrap these in their own words; the frames are theirs.
//
// The SMTP account's server (own): the AUTH login refused (authenticate,
// L2444: policy_rejected, bounced, by the README's SMTP AUTH convention;
// cv-007..009, cp-010); no connection, or no STARTTLS, to the configured
// host (connect_host, L2430 and L2464, with SMTP::connect's own "Failed to
// connect to server" after it when the socket could not be opened:
// connection_failed, deferred; bs-001..007, bk-020, cv-010..012); and
// smtp_connect_failed (L2236), which smtpSend throws when smtpConnect
// returned false without an exception (exceptions off, or PHPMailer before
// 6.6) for any of those three causes, lang() adding the troubleshooting
// link (L4613): connection_failed, deferred, as the sets label it (cv-023,
// cv-024, bk-023, bu-055) and the rules read it (rules.go: "PHPMailer's
// connect_host and smtp_connect_failed"). A server without SMTPUTF8 for a
// Unicode address (no_smtputf8, L2241: syntax_error, bounced; bs-008..011).
// A host entry that is not a host name (invalid_host, L2372) or names
// none (invalid_hostentry, L2360, an empty entry of the Host list): only
// in the debug output, before connect_host; domain_not_found, deferred,
// by the README's convention for a client's server name that does not
// resolve (a call: no name is looked up). The local mail system: PHP's
// mail() returned false (instantiate, L2150) or the sendmail binary could
// not be run or failed (execute, L1943..1988, with the binary's path and
// options): server_error, deferred, as the sets label a local sendmail's
// failure (bt-040).
//
// The message's own form, checked before any SMTP is spoken: no recipient
// (provide_address, L1740), an empty body (empty_message, L1779, L3283),
// a header name or value with line breaks (invalid_header, L4406, L4680):
// syntax_error, bounced, as the rules read "no recipients specified" and
// "message is empty". The application's faults, which no category but
// other names (the model read "Unknown encoding: 9bit" as an unknown user
// and "Extension missing: openssl" as syntax): an unknown Content-Transfer-
// Encoding (encoding), a PHP extension missing (extension_missing, mostly
// openssl for TLS, DKIM or S/MIME), an unknown property (variable_set), an
// attachment that could not be read (file_access, file_open), S/MIME
// signing that failed (signing, with OpenSSL's error): other, bounced. A
// placeholder that stands for a name (an encoding, an extension, a
// property, a host) is one word (word); a path, a command line or
// OpenSSL's error may hold spaces.
//
// Translations kept as shipped, their slips too (Mongolian's authenticate
// says it could not connect; Finnish's provide_address holds "&ouml;",
// also written decoded). Left out, as saying another cause than theirs:
// the signing texts of ba, cs, hi, hr, lt, lv, sk, sr, sr_latn and vi,
// which say a login, a sign-up or an authorization failed, and zh's and
// zh_cn's instantiate, "unknown function call". Not here: invalid_address
// ("Invalid address:  (to): x", L1153..1757), read by its settled rule
// whatever the language (rules.go: "PHPMailer's own check of an
// address's form"); mailer_not_supported, deprecated_argument, buggy_php
// and imap_recommended, which no release throws or which are warnings;
// and the frames around a server's reply, whose reply is the cause:
// recipients_failed (L2306, the address and the RCPT reply's text),
// from_failed (L2253, the address and SMTP::getError()'s parts),
// data_not_accepted (L2275; its ErrorInfo goes on with smtp_error and the
// DATA reply, bh-042's bare text is labelled other), smtp_error,
// smtp_detail, smtp_code and smtp_code_ex (setError, L4424), and
// connect_host followed by "STARTTLS command failed" and the server's
// reply or by "Connection failed." and PHP's warning.
var phpMailerMessages = []catalogMessage{
	// smtpConnect (L2444): the SMTP server refused the AUTH login; policy_rejected by
	// the README's SMTP AUTH convention (cv-007..009, cp-010).
	{own: true, key: "authenticate", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"SMTP Error: Could not authenticate.",                      // en
		"SMTP-fout: kon nie geverifieer word nie.",                 // af
		"خطأ SMTP : لا يمكن تأكيد الهوية.",                         // ar
		"SMTP ত্ৰুটি: প্ৰমাণীকৰণ কৰিব নোৱাৰি",                      // as
		"SMTP xətası: Giriş uğursuz oldu.",                         // az
		"SMTP Greška: Neuspjela prijava.",                          // ba
		"Памылка SMTP: памылка ідэнтыфікацыі.",                     // be
		"SMTP грешка: Не може да се удостовери пред сървъра.",      // bg
		"SMTP ত্রুটি: প্রমাণীকরণ করতে অক্ষম৷",                      // bn
		"Error SMTP: No s’ha pogut autenticar.",                    // ca
		"Chyba SMTP: Autentizace selhala.",                         // cs
		"SMTP fejl: Login mislykkedes.",                            // da
		"SMTP-Fehler: Authentifizierung fehlgeschlagen.",           // de
		"Σφάλμα SMTP: Αδυναμία πιστοποίησης.",                      // el
		"SMTP-eraro: Ne eblis aŭtentigi.",                          // eo
		"Error SMTP: Imposible autentificar.",                      // es
		"SMTP Viga: Autoriseerimise viga.",                         // et
		"خطای SMTP: احراز هویت با شکست مواجه شد.",                  // fa
		"SMTP-virhe: käyttäjätunnistus epäonnistui.",               // fi
		"SMTP feilur: Kundi ikki góðkenna.",                        // fo
		"Erreur SMTP\u202f: échec de l’authentification.",          // fr
		"Erro SMTP: Non puido ser autentificado.",                  // gl
		"שגיאת SMTP: פעולת האימות נכשלה.",                          // he
		"SMTP त्रुटि: प्रामाणिकता की जांच नहीं हो सका। ",           // hi
		"SMTP Greška: Neuspjela autentikacija.",                    // hr
		"SMTP hiba: az azonosítás sikertelen.",                     // hu
		"SMTP -ի սխալ: չհաջողվեց ստուգել իսկությունը.",             // hy
		"Kesalahan SMTP: Tidak dapat mengotentikasi.",              // id
		"SMTP Error: Impossibile autenticarsi.",                    // it
		"SMTPエラー: 認証できませんでした。",                                     // ja
		"SMTP შეცდომა: ავტორიზაცია შეუძლებელია.",                   // ka
		"SMTP 오류: 인증할 수 없습니다.",                                     // ko
		"هەڵەی SMTP : نەتوانرا کۆدەکە پشتڕاست بکرێتەوە ",           // ku
		"SMTP klaida: autentifikacija nepavyko.",                   // lt
		"SMTP kļūda: Autorizācija neizdevās.",                      // lv
		"Hadisoana SMTP: Tsy nahomby ny fanamarinana.",             // mg
		"Алдаа SMTP: Холбогдож чадсангүй.",                         // mn
		"Ralat SMTP: Tidak dapat pengesahan.",                      // ms
		"SMTP-feil: Kunne ikke autentisere.",                       // nb
		"SMTP-fout: authenticatie mislukt.",                        // nl
		"Błąd SMTP: nie udało się przeprowadzić uwierzytelnienia.", // pl
		"Erro SMTP: Falha na autenticação.",                        // pt
		"Erro de SMTP: Não foi possível autenticar.",               // pt_br
		"Eroare SMTP: Autentificarea a eșuat.",                     // ro
		"Ошибка SMTP: не удалось пройти аутентификацию.",           // ru
		"SMTP දෝෂය: සත්\u200dයාපනය අසාර්ථක විය.",                   // si
		"SMTP Error: Chyba autentifikácie.",                        // sk
		"SMTP napaka: Avtentikacija ni uspela.",                    // sl
		"SMTP грешка: аутентификација није успела.",                // sr
		"SMTP greška: autentifikacija nije uspela.",                // sr_latn
		"SMTP fel: Kunde inte autentisera.",                        // sv
		"SMTP Error: Hindi mapatotohanan.",                         // tl
		"SMTP Hatası: Oturum açılamadı.",                           // tr
		"Помилка SMTP: помилка авторизації.",                       // uk
		"SMTP خرابی: تصدیق کرنے سے قاصر۔",                          // ur
		"Lỗi SMTP: Không thể xác thực.",                            // vi
		"SMTP 錯誤：登入失敗。",                                            // zh
		"SMTP 错误：登录失败。",                                            // zh_cn
	}},
	// smtpConnect (L2430, L2464): no connection or no STARTTLS to the configured
	// host; SMTP::connect's "Failed to connect to server" follows when the socket
	// could not be opened (bs-001..007, bk-020, cv-010..012).
	{own: true, key: "connect_host", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"SMTP Error: Could not connect to SMTP host.", // en
		"SMTP Error: Could not connect to SMTP host. Failed to connect to server",
		"SMTP-fout: kon nie aan SMTP-verbind nie.", // af
		"SMTP-fout: kon nie aan SMTP-verbind nie. Failed to connect to server",
		"خطأ SMTP: لا يمكن الاتصال بالخادم SMTP.", // ar
		"خطأ SMTP: لا يمكن الاتصال بالخادم SMTP. Failed to connect to server",
		"SMTP ত্ৰুটি: SMTP চাৰ্ভাৰৰ সৈতে সংযোগ কৰিবলে অক্ষম", // as
		"SMTP ত্ৰুটি: SMTP চাৰ্ভাৰৰ সৈতে সংযোগ কৰিবলে অক্ষম Failed to connect to server",
		"SMTP xətası: SMTP serverinə qoşulma uğursuz oldu.", // az
		"SMTP xətası: SMTP serverinə qoşulma uğursuz oldu. Failed to connect to server",
		"SMTP Greška: Nije moguće spojiti se sa SMTP serverom.", // ba
		"SMTP Greška: Nije moguće spojiti se sa SMTP serverom. Failed to connect to server",
		"Памылка SMTP: нельга ўстанавіць сувязь з SMTP-серверам.", // be
		"Памылка SMTP: нельга ўстанавіць сувязь з SMTP-серверам. Failed to connect to server",
		"SMTP грешка: Не може да се свърже с SMTP хоста.", // bg
		"SMTP грешка: Не може да се свърже с SMTP хоста. Failed to connect to server",
		"SMTP ত্রুটি: SMTP সার্ভারের সাথে সংযোগ করতে অক্ষম৷", // bn
		"SMTP ত্রুটি: SMTP সার্ভারের সাথে সংযোগ করতে অক্ষম৷ Failed to connect to server",
		"Error SMTP: No es pot connectar al servidor SMTP.", // ca
		"Error SMTP: No es pot connectar al servidor SMTP. Failed to connect to server",
		"Chyba SMTP: Nelze navázat spojení se SMTP serverem.", // cs
		"Chyba SMTP: Nelze navázat spojení se SMTP serverem. Failed to connect to server",
		"SMTP fejl: Forbindelse til SMTP serveren kunne ikke oprettes.", // da
		"SMTP fejl: Forbindelse til SMTP serveren kunne ikke oprettes. Failed to connect to server",
		"SMTP-Fehler: Konnte keine Verbindung zum SMTP-Host herstellen.", // de
		"SMTP-Fehler: Konnte keine Verbindung zum SMTP-Host herstellen. Failed to connect to server",
		"Σφάλμα SMTP: Αδυναμία σύνδεσης με τον φιλοξενητή SMTP.", // el
		"Σφάλμα SMTP: Αδυναμία σύνδεσης με τον φιλοξενητή SMTP. Failed to connect to server",
		"SMTP-eraro: Ne eblis konektiĝi al la SMTP-gastiganto.", // eo
		"SMTP-eraro: Ne eblis konektiĝi al la SMTP-gastiganto. Failed to connect to server",
		"Error SMTP: Imposible conectar al servidor SMTP.", // es
		"Error SMTP: Imposible conectar al servidor SMTP. Failed to connect to server",
		"SMTP Viga: Ei õnnestunud luua ühendust SMTP serveriga.", // et
		"SMTP Viga: Ei õnnestunud luua ühendust SMTP serveriga. Failed to connect to server",
		"خطای SMTP: اتصال به سرور SMTP برقرار نشد.", // fa
		"خطای SMTP: اتصال به سرور SMTP برقرار نشد. Failed to connect to server",
		"SMTP-virhe: yhteys palvelimeen ei onnistu.", // fi
		"SMTP-virhe: yhteys palvelimeen ei onnistu. Failed to connect to server",
		"SMTP feilur: Kundi ikki knýta samband við SMTP vert.", // fo
		"SMTP feilur: Kundi ikki knýta samband við SMTP vert. Failed to connect to server",
		"Erreur SMTP\u202f: impossible de se connecter au serveur SMTP.", // fr
		"Erreur SMTP\u202f: impossible de se connecter au serveur SMTP. Failed to connect to server",
		"Erro SMTP: Non puido conectar co servidor SMTP.", // gl
		"Erro SMTP: Non puido conectar co servidor SMTP. Failed to connect to server",
		"שגיאת SMTP: לא הצלחתי להתחבר לשרת SMTP.", // he
		"שגיאת SMTP: לא הצלחתי להתחבר לשרת SMTP. Failed to connect to server",
		"SMTP त्रुटि: SMTP सर्वर से कनेक्ट नहीं हो सका। ", // hi
		"SMTP त्रुटि: SMTP सर्वर से कनेक्ट नहीं हो सका। Failed to connect to server",
		"SMTP Greška: Ne mogu se spojiti na SMTP poslužitelj.", // hr
		"SMTP Greška: Ne mogu se spojiti na SMTP poslužitelj. Failed to connect to server",
		"SMTP hiba: nem lehet kapcsolódni az SMTP-szerverhez.", // hu
		"SMTP hiba: nem lehet kapcsolódni az SMTP-szerverhez. Failed to connect to server",
		"SMTP -ի սխալ: չհաջողվեց կապ հաստատել SMTP սերվերի հետ.", // hy
		"SMTP -ի սխալ: չհաջողվեց կապ հաստատել SMTP սերվերի հետ. Failed to connect to server",
		"Kesalahan SMTP: Tidak dapat terhubung ke host SMTP.", // id
		"Kesalahan SMTP: Tidak dapat terhubung ke host SMTP. Failed to connect to server",
		"SMTP Error: Impossibile connettersi all'host SMTP.", // it
		"SMTP Error: Impossibile connettersi all'host SMTP. Failed to connect to server",
		"SMTPエラー: SMTPホストに接続できませんでした。", // ja
		"SMTPエラー: SMTPホストに接続できませんでした。 Failed to connect to server",
		"SMTP შეცდომა: SMTP სერვერთან დაკავშირება შეუძლებელია.", // ka
		"SMTP შეცდომა: SMTP სერვერთან დაკავშირება შეუძლებელია. Failed to connect to server",
		"SMTP 오류: SMTP 호스트에 접속할 수 없습니다.", // ko
		"SMTP 오류: SMTP 호스트에 접속할 수 없습니다. Failed to connect to server",
		"هەڵەی SMTP: نەتوانرا پەیوەندی بە سێرڤەرەوە بکات SMTP.", // ku
		"هەڵەی SMTP: نەتوانرا پەیوەندی بە سێرڤەرەوە بکات SMTP. Failed to connect to server",
		"SMTP klaida: nepavyksta prisijungti prie SMTP stoties.", // lt
		"SMTP klaida: nepavyksta prisijungti prie SMTP stoties. Failed to connect to server",
		"SMTP Kļūda: Nevar izveidot savienojumu ar SMTP serveri.", // lv
		"SMTP Kļūda: Nevar izveidot savienojumu ar SMTP serveri. Failed to connect to server",
		"SMTP Error: Tsy afaka mampifandray amin'ny mpampiantrano SMTP.", // mg
		"SMTP Error: Tsy afaka mampifandray amin'ny mpampiantrano SMTP. Failed to connect to server",
		"Алдаа SMTP: SMTP- сервертэй холбогдож болохгүй байна.", // mn
		"Алдаа SMTP: SMTP- сервертэй холбогдож болохгүй байна. Failed to connect to server",
		"Ralat SMTP: Tidak dapat menghubungi hos pelayan SMTP.", // ms
		"Ralat SMTP: Tidak dapat menghubungi hos pelayan SMTP. Failed to connect to server",
		"SMTP-feil: Kunne ikke koble til SMTP-vert.", // nb
		"SMTP-feil: Kunne ikke koble til SMTP-vert. Failed to connect to server",
		"SMTP-fout: kon niet verbinden met SMTP-host.", // nl
		"SMTP-fout: kon niet verbinden met SMTP-host. Failed to connect to server",
		"Błąd SMTP: nie udało się połączyć z serwerem (hostem).", // pl
		"Błąd SMTP: nie udało się połączyć z serwerem (hostem). Failed to connect to server",
		"Erro SMTP: Não foi possível ligar ao servidor SMTP.", // pt
		"Erro SMTP: Não foi possível ligar ao servidor SMTP. Failed to connect to server",
		"Erro de SMTP: Não foi possível conectar ao servidor SMTP.", // pt_br
		"Erro de SMTP: Não foi possível conectar ao servidor SMTP. Failed to connect to server",
		"Eroare SMTP: Conectarea la serverul SMTP a eșuat.", // ro
		"Eroare SMTP: Conectarea la serverul SMTP a eșuat. Failed to connect to server",
		"Ошибка SMTP: не удается подключиться к SMTP-серверу.", // ru
		"Ошибка SMTP: не удается подключиться к SMTP-серверу. Failed to connect to server",
		"SMTP දෝෂය: සම්බන්ධ වීමට නොහැකි විය.", // si
		"SMTP දෝෂය: සම්බන්ධ වීමට නොහැකි විය. Failed to connect to server",
		"SMTP Error: Nebolo možné nadviazať spojenie so SMTP serverom.", // sk
		"SMTP Error: Nebolo možné nadviazať spojenie so SMTP serverom. Failed to connect to server",
		"SMTP napaka: Vzpostavljanje povezave s SMTP gostiteljem ni uspelo.", // sl
		"SMTP napaka: Vzpostavljanje povezave s SMTP gostiteljem ni uspelo. Failed to connect to server",
		"SMTP грешка: повезивање са SMTP сервером није успело.", // sr
		"SMTP грешка: повезивање са SMTP сервером није успело. Failed to connect to server",
		"SMTP greška: povezivanje sa SMTP serverom nije uspelo.", // sr_latn
		"SMTP greška: povezivanje sa SMTP serverom nije uspelo. Failed to connect to server",
		"SMTP fel: Kunde inte ansluta till SMTP-server.", // sv
		"SMTP fel: Kunde inte ansluta till SMTP-server. Failed to connect to server",
		"SMTP Error: Hindi makakonekta sa SMTP host.", // tl
		"SMTP Error: Hindi makakonekta sa SMTP host. Failed to connect to server",
		"SMTP Hatası: SMTP sunucusuna bağlanılamadı.", // tr
		"SMTP Hatası: SMTP sunucusuna bağlanılamadı. Failed to connect to server",
		"Помилка SMTP: не вдається під'єднатися до SMTP-серверу.", // uk
		"Помилка SMTP: не вдається під'єднатися до SMTP-серверу. Failed to connect to server",
		"SMTP خرابی: سرور سے منسلک ہونے سے قاصر۔", // ur
		"SMTP خرابی: سرور سے منسلک ہونے سے قاصر۔ Failed to connect to server",
		"Lỗi SMTP: Không thể kết nối máy chủ SMTP.", // vi
		"Lỗi SMTP: Không thể kết nối máy chủ SMTP. Failed to connect to server",
		"SMTP 錯誤：無法連線到 SMTP 主機。", // zh
		"SMTP 錯誤：無法連線到 SMTP 主機。 Failed to connect to server",
		"SMTP 错误：无法连接到 SMTP 主机。", // zh_cn
		"SMTP 错误：无法连接到 SMTP 主机。 Failed to connect to server",
	}},
	// smtpSend (L2236): smtpConnect failed without an exception; lang() adds the
	// troubleshooting link (cv-023, cv-024, bk-023).
	{own: true, key: "smtp_connect_failed", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"SMTP connect() failed.", // en
		"SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP-verbinding () misluk.", // af
		"SMTP-verbinding () misluk. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() غير ممكن.", // ar
		"SMTP Connect() غير ممكن. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP সংযোগ() ব্যৰ্থ", // as
		"SMTP সংযোগ() ব্যৰ্থ https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP serverinə qoşulma uğursuz oldu.", // az
		"SMTP serverinə qoşulma uğursuz oldu. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Spajanje na SMTP server nije uspjelo.", // ba
		"Spajanje na SMTP server nije uspjelo. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Памылка сувязі з SMTP-серверам.", // be
		"Памылка сувязі з SMTP-серверам. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP провален connect().", // bg
		"SMTP провален connect(). https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP সংযোগ() ব্যর্থ হয়েছে৷", // bn
		"SMTP সংযোগ() ব্যর্থ হয়েছে৷ https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Ha fallat el SMTP Connect().", // ca
		"Ha fallat el SMTP Connect(). https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() selhal.", // cs
		"SMTP Connect() selhal. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() fejlede.", // da
		"SMTP Connect() fejlede. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Verbindung zum SMTP-Server fehlgeschlagen.", // de
		"Verbindung zum SMTP-Server fehlgeschlagen. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Αποτυχία σύνδεσης SMTP.", // el
		"Αποτυχία σύνδεσης SMTP. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"La SMTP-konektiĝo malsukcesis.", // eo
		"La SMTP-konektiĝo malsukcesis. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() falló.", // es
		"SMTP Connect() falló. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() ebaõnnestus.", // et
		"SMTP Connect() ebaõnnestus. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"خطا در اتصال به SMTP.", // fa
		"خطا در اتصال به SMTP. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"La fonction SMTP connect() a échoué.", // fr
		"La fonction SMTP connect() a échoué. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() fallou.", // gl
		"SMTP Connect() fallou. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() failed.", // he
		"SMTP Connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP का connect () फ़ंक्शन विफल हुआ। ", // hi
		"SMTP का connect () फ़ंक्शन विफल हुआ। https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Spajanje na SMTP poslužitelj nije uspjelo.", // hr
		"Spajanje na SMTP poslužitelj nije uspjelo. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Hiba az SMTP-kapcsolatban.", // hu
		"Hiba az SMTP-kapcsolatban. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP -ի connect() ֆունկցիան չի հաջողվել", // hy
		"SMTP -ի connect() ֆունկցիան չի հաջողվել https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() gagal.", // id
		"SMTP Connect() gagal. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() fallita.", // it
		"SMTP Connect() fallita. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP接続に失敗しました。", // ja
		"SMTP接続に失敗しました。 https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"შეცდომა SMTP სერვერთან დაკავშირებისას", // ka
		"შეცდომა SMTP სერვერთან დაკავშირებისას https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP 연결을 실패하였습니다.", // ko
		"SMTP 연결을 실패하였습니다. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect()پەیوەندی شکستی هێنا .", // ku
		"SMTP Connect()پەیوەندی شکستی هێنا . https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP susijungimo klaida", // lt
		"SMTP susijungimo klaida https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP savienojuma kļūda", // lv
		"SMTP savienojuma kļūda https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Tsy nahomby ny fifandraisana tamin'ny server SMTP.", // mg
		"Tsy nahomby ny fifandraisana tamin'ny server SMTP. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP сервертэй холбогдоход алдаа гарлаа", // mn
		"SMTP сервертэй холбогдоход алдаа гарлаа https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() telah gagal.", // ms
		"SMTP Connect() telah gagal. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP connect() mislyktes.", // nb
		"SMTP connect() mislyktes. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP-verbinding mislukt.", // nl
		"SMTP-verbinding mislukt. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Nie udało się nawiązać połączenia za pomocą SMTP Connect().", // pl
		"Nie udało się nawiązać połączenia za pomocą SMTP Connect(). https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Falha na função SMTP connect().", // pt
		"Falha na função SMTP connect(). https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() falhou.", // pt_br
		"SMTP Connect() falhou. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Conectarea la serverul SMTP a eșuat.", // ro
		"Conectarea la serverul SMTP a eșuat. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Ошибка соединения с SMTP-сервером.", // ru
		"Ошибка соединения с SMTP-сервером. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP සම්බන්ධය අසාර්ථක විය.", // si
		"SMTP සම්බන්ධය අසාර්ථක විය. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() zlyhalo.", // sk
		"SMTP Connect() zlyhalo. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Ne morem vzpostaviti povezave s SMTP strežnikom.", // sl
		"Ne morem vzpostaviti povezave s SMTP strežnikom. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Повезивање са SMTP сервером није успело.", // sr
		"Повезивање са SMTP сервером није успело. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Povezivanje sa SMTP serverom nije uspelo.", // sr_latn
		"Povezivanje sa SMTP serverom nije uspelo. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP Connect() misslyckades.", // sv
		"SMTP Connect() misslyckades. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Ang SMTP connect() ay nabigo.", // tl
		"Ang SMTP connect() ay nabigo. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP connect() fonksiyonu başarısız.", // tr
		"SMTP connect() fonksiyonu başarısız. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Помилка з'єднання з SMTP-сервером", // uk
		"Помилка з'єднання з SMTP-сервером https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP ملنا ناکام ہوا", // ur
		"SMTP ملنا ناکام ہوا https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"Lỗi kết nối với SMTP", // vi
		"Lỗi kết nối với SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP 連線失敗", // zh
		"SMTP 連線失敗 https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
		"SMTP服务器连接失败。", // zh_cn
		"SMTP服务器连接失败。 https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
	}},
	// smtpSend (L2241): a Unicode address and a server without SMTPUTF8 (bs-008..011).
	{own: true, key: "no_smtputf8", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Server does not support SMTPUTF8 needed to send to Unicode addresses",                       // en
		"Serveren understøtter ikke SMTPUTF8 som påkrævet for at sende til Unicode adresser",         // da
		"La servilo ne subtenas SMTPUTF8, kiu estas bezonata por sendi al Unicode-adresoj.",          // eo
		"Serveren støtter ikke SMTPUTF8, som er nødvendig for å sende til Unicode-adresser.",         // nb
		"De server ondersteunt geen SMTPUTF8 dat nodig is om naar Unicode-adressen te sturen.",       // nl
		"Unicode adreslere gönderim için gereken SMTPUTF8 desteği sunucu tarafından desteklenmiyor.", // tr
	}},
	// smtpConnect (L2372), debug output: the Host entry is not a host name.
	{own: true, word: true, key: "invalid_host", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"Invalid host: %s",                      // en
		"অবৈধ হস্ট: %s",                         // as
		"অবৈধ হোস্ট: %s",                        // bn
		"Hostitel je nesprávný: %s",             // cs
		"Ugyldig vært: %s",                      // da
		"Ungültiger Host: %s",                   // de
		"Μη έγκυρος φιλοξενητής: %s",            // el
		"Nevalida gastiganto: %s",               // eo
		"Host inválido: %s",                     // es pt
		"Hôte non valide\u202f: %s",             // fr
		"अमान्य होस्ट: %s",                      // hi
		"Gagal terkirim, host tidak sesuai: %s", // id
		"不正なホスト: %s",                            // ja
		"Ugyldig vert: %s",                      // nb
		"Ongeldige host: %s",                    // nl
		"Nieprawidłowa nazwa hosta: %s",         // pl
		"host inválido: %s",                     // pt_br
		"Host invalid: %s",                      // ro
		"Неверный хост: %s",                     // ru
		"වලංගු නොවන host එකක්: %s",              // si
		"Hostiteľ je nesprávny: %s",             // sk
		"Neveljaven gostitelj: %s",              // sl
		"Geçersiz ana bilgisayar: %s",           // tr
		"无效的主机： %s",                             // zh_cn
	}},
	// smtpConnect (L2360), debug output: an empty entry of the Host list.
	{own: true, word: true, key: "invalid_hostentry", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"Invalid hostentry: ", // en
		"Invalid hostentry: %s",
		"অবৈধ হোষ্টেন্ট্ৰি: ", // as
		"অবৈধ হোষ্টেন্ট্ৰি: %s",
		"অবৈধ হোস্টেন্ট্রি: ", // bn
		"অবৈধ হোস্টেন্ট্রি: %s",
		"Záznam hostitele je nesprávný: ", // cs
		"Záznam hostitele je nesprávný: %s",
		"Ugyldig hostentry: ", // da
		"Ugyldig hostentry: %s",
		"Ungültiger Hosteintrag: ", // de
		"Ungültiger Hosteintrag: %s",
		"Μη έγκυρη εισαγωγή φιλοξενητή: ", // el
		"Μη έγκυρη εισαγωγή φιλοξενητή: %s",
		"Nevalida enigo de gastiganto: ", // eo
		"Nevalida enigo de gastiganto: %s",
		"Hostentry inválido: ", // es
		"Hostentry inválido: %s",
		"Entrée d’hôte non valide\u202f: ", // fr
		"Entrée d’hôte non valide\u202f: %s",
		"अमान्य hostentry: ", // hi
		"अमान्य hostentry: %s",
		"Gagal terkirim, entri host tidak sesuai: ", // id
		"Gagal terkirim, entri host tidak sesuai: %s",
		"不正なホストエントリー: ", // ja
		"不正なホストエントリー: %s",
		"Ugyldig vertsinngang: ", // nb
		"Ugyldig vertsinngang: %s",
		"Ongeldige hostentry: ", // nl
		"Ongeldige hostentry: %s",
		"Nieprawidłowy wpis hosta: ", // pl
		"Nieprawidłowy wpis hosta: %s",
		"Entrada de host inválida: ", // pt
		"Entrada de host inválida: %s",
		"hostentry inválido: ", // pt_br
		"hostentry inválido: %s",
		"Hostentry invalid: ", // ro
		"Hostentry invalid: %s",
		"Неверная запись хоста: ", // ru
		"Неверная запись хоста: %s",
		"වලංගු නොවන hostentry එකක්: ", // si
		"වලංගු නොවන hostentry එකක්: %s",
		"Záznam hostiteľa je nesprávny: ", // sk
		"Záznam hostiteľa je nesprávny: %s",
		"Neveljaven vnos gostitelja: ", // sl
		"Neveljaven vnos gostitelja: %s",
		"Geçersiz ana bilgisayar girişi: ", // tr
		"Geçersiz ana bilgisayar girişi: %s",
		"无效的hostentry： ", // zh_cn
		"无效的hostentry： %s",
	}},
	// mailSend (L2150): PHP's mail() returned false.
	{own: true, key: "instantiate", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"Could not instantiate mail function.", // en
		"Kon nie posfunksie instansieer nie.",  // af
		"لا يمكن توفير خدمة البريد.",           // ar
		"মেইল ফাংচনৰ এটা উদাহৰণ সৃষ্টি কৰিবলে অক্ষম", // as
		"Mail funksiyası işə salına bilmədi.",                                 // az
		"Ne mogu pokrenuti mail funkcionalnost.",                              // ba hr
		"Нельга прымяніць функцыю mail().",                                    // be
		"Не може да се инстанцира функцията mail.",                            // bg
		"মেল ফাংশনের একটি উদাহরণ তৈরি করতে অক্ষম৷",                            // bn
		"No s’ha pogut crear una instància de la funció Mail.",                // ca
		"Nelze vytvořit instanci emailové funkce.",                            // cs
		"Email funktionen kunne ikke initialiseres.",                          // da
		"Mail-Funktion konnte nicht initialisiert werden.",                    // de
		"Αδυναμία εκκίνησης συνάρτησης Mail.",                                 // el
		"Ne eblis funkciigi la retpoŝtan funkcion.",                           // eo
		"Imposible crear una instancia de la función Mail.",                   // es
		"mail funktiooni käivitamine ebaõnnestus.",                            // et
		"امکان معرفی تابع ایمیل وجود ندارد.",                                  // fa
		"mail-funktion luonti epäonnistui.",                                   // fi
		"Kuni ikki instantiera mail funktión.",                                // fo
		"Impossible d’instancier la fonction mail.",                           // fr
		"Non puido crear unha instancia da función Mail.",                     // gl
		"לא הצלחתי להפעיל את פונקציית המייל.",                                 // he
		"मेल फ़ंक्शन कॉल नहीं कर सकता है।",                                    // hi
		"A PHP mail() függvényt nem sikerült végrehajtani.",                   // hu
		"Հնարավոր չէ կանչել mail ֆունկցիան.",                                  // hy
		"Tidak dapat menginisialisasi fungsi surel.",                          // id
		"Impossibile istanziare la funzione mail",                             // it
		"メール関数が正常に動作しませんでした。",                                                 // ja
		"mail ფუნქციის გაშვება ვერ ხერხდება.",                                 // ka
		"mail 함수를 인스턴스화할 수 없습니다",                                              // ko
		"ناتوانرێت خزمەتگوزاری پۆستە پێشکەش بکرێت.",                           // ku
		"Nepavyko paleisti mail funkcijos.",                                   // lt
		"Nevar palaist sūtīšanas funkciju.",                                   // lv
		"Tsy afaka nanomboka ny hetsika mail.",                                // mg
		"Mail () функцийг ажиллуулах боломжгүй байна.",                        // mn
		"Tidak dapat memberi contoh fungsi e-mel.",                            // ms
		"Kunne ikke starte e-postfunksjonen.",                                 // nb
		"Kon mailfunctie niet initialiseren.",                                 // nl
		"Nie można zainicjować funkcji mail(). Sprawdź konfigurację serwera.", // pl
		"Não foi possível instanciar a função mail.",                          // pt pt_br
		"Funcția mail nu a putut fi inițializată.",                            // ro
		"Невозможно запустить функцию mail().",                                // ru
		"mail function එක ක්\u200dරියාත්මක කළ නොහැක.",                         // si
		"Nedá sa vytvoriť inštancia emailovej funkcie.",                       // sk
		"Ne morem inicializirati mail funkcije.",                              // sl
		"Није могуће покренути mail функцију.",                                // sr
		"Nije moguće pokrenuti mail funkciju.",                                // sr_latn
		"Kunde inte initiera e-postfunktion.",                                 // sv
		"Hindi maisimulan ang instance ng mail function.",                     // tl
		"Örnek e-posta fonksiyonu oluşturulamadı.",                            // tr
		"Неможливо запустити функцію mail().",                                 // uk
		"میل فنکشن کی مثال بنانے سے قاصر۔",                                    // ur
		"Không dùng được các hàm gửi thư.",                                    // vi
	}},
	// sendmailSend (L1943..1988): the sendmail binary could not be run or failed.
	{own: true, key: "execute", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"Could not execute: %s",                       // en
		"Kon nie uitvoer nie: %s",                     // af
		"لا يمكن تنفيذ : %s",                          // ar
		"এক্সিকিউট কৰিব নোৱাৰি: %s",                   // as
		"Əmr yerinə yetirilmədi: %s",                  // az
		"Nije moguće izvršiti naredbu: %s",            // ba hr sr_latn
		"Нельга выканаць каманду: %s",                 // be
		"Не може да се изпълни: %s",                   // bg
		"নির্বাহ করতে অক্ষম: %s",                      // bn
		"No es pot executar: %s",                      // ca
		"Nelze provést: %s",                           // cs
		"Kunne ikke afvikle: %s",                      // da
		"Konnte folgenden Befehl nicht ausführen: %s", // de
		"Αδυναμία εκτέλεσης: %s",                      // el
		"Ne eblis plenumi: %s",                        // eo
		"Imposible ejecutar: %s",                      // es
		"Tegevus ebaõnnestus: %s",                     // et
		"امکان اجرا وجود ندارد: %s",                   // fa
		"Suoritus epäonnistui: %s",                    // fi
		"Kundi ikki útføra: %s",                       // fo
		"Impossible de lancer l’exécution\u202f: %s",  // fr
		"Non puido ser executado: %s",                 // gl
		"לא הצלחתי להפעיל את: %s",                     // he
		"आदेश को निष्पादित करने में विफल। %s", // hi
		"Nem lehet végrehajtani: %s",            // hu
		"Չհաջողվեց իրականացնել հրամանը: %s",     // hy
		"Tidak dapat menjalankan proses: %s",    // id
		"Impossibile eseguire l'operazione: %s", // it
		"実行できませんでした: %s",                        // ja
		"შეუძლებელია შემდეგი ბრძანების შესრულება: %s", // ka
		"실행 불가: %s", // ko
		"ناتوانرێت جێبەجێ بکرێت: %s",                         // ku
		"Nepavyko įvykdyti komandos: %s",                     // lt
		"Neizdevās izpildīt komandu: %s",                     // lv
		"Tsy afaka manatanteraka ity baiko manaraka ity: %s", // mg
		"Коммандыг гүйцэтгэх боломжгүй байна: %s",            // mn
		"Tidak dapat melaksanakan: %s",                       // ms
		"Kunne ikke utføres: %s",                             // nb
		"Kon niet uitvoeren: %s",                             // nl
		"Nie udało się uruchomić polecenia: %s",              // pl
		"Não foi possível executar: %s",                      // pt pt_br
		"Nu se poate executa următoarea comandă:  %s",        // ro
		"Невозможно выполнить команду: %s",                   // ru
		"ක්\u200dරියාත්මක කළ නොහැකි විය: %s",                 // si
		"Nedá sa vykonať: %s",                                // sk
		"Operacija ni uspela: %s",                            // sl
		"Није могуће извршити наредбу: %s",                   // sr
		"Kunde inte köra: %s",                                // sv
		"Hindi maisasagawa: %s",                              // tl
		"Çalıştırılamadı: %s",                                // tr
		"Неможливо виконати команду: %s",                     // uk
		"عمل کرنے کے قابل نہیں %s",                           // ur
		"Không thực hiện được: %s",                           // vi
		"無法執行：%s",                                            // zh
		"无法执行：%s",                                            // zh_cn
	}},
	// preSend (L1740): no recipient.
	{key: "provide_address", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"You must provide at least one recipient email address.",                // en
		"U moet ten minste een ontvanger e-pos adres verskaf.",                  // af
		"يجب توفير عنوان البريد الإلكتروني لمستلم واحد على الأقل.",              // ar
		"আপুনি অন্ততঃ এটা গন্তব্য ইমেইল ঠিকনা দিব লাগিব",                        // as
		"Ən azı bir e-mail adresi daxil edilməlidir.",                           // az
		"Definišite barem jednu adresu primaoca.",                               // ba
		"Запоўніце, калі ласка, правільны email атрымальніка.",                  // be
		"Трябва да предоставите поне един email адрес за получател.",            // bg
		"আপনাকে অবশ্যই অন্তত একটি গন্তব্য ইমেল ঠিকানা প্রদান করতে হবে৷",         // bn
		"S’ha de proveir almenys una adreça d’email com a destinatari.",         // ca
		"Musíte zadat alespoň jednu emailovou adresu příjemce.",                 // cs
		"Indtast mindst en modtagers email adresse.",                            // da
		"Bitte geben Sie mindestens eine Empfängeradresse an.",                  // de
		"Δώστε τουλάχιστον μια ηλεκτρονική διεύθυνση παραλήπτη.",                // el
		"Vi devas provizi almenaŭ unu retpoŝtadreson de ricevonto.",             // eo
		"Debe proporcionar al menos una dirección de email de destino.",         // es
		"Te peate määrama vähemalt ühe saaja e-posti aadressi.",                 // et
		"باید حداقل یک آدرس گیرنده وارد کنید.",                                  // fa
		"Aseta vähintään yksi vastaanottajan sähk&ouml;postiosoite.",            // fi
		"Aseta vähintään yksi vastaanottajan sähköpostiosoite.",                 // fi
		"Tú skal uppgeva minst móttakara-emailadressu(r).",                      // fo
		"Vous devez fournir au moins une adresse de destinataire.",              // fr
		"Debe engadir polo menos unha dirección de email coma destino.",         // gl
		"חובה לספק לפחות כתובת אחת של מקבל המייל.",                              // he
		"आपको कम से कम एक प्राप्तकर्ता का ई-मेल पता प्रदान करना होगा।",          // hi
		"Definirajte barem jednu adresu primatelja.",                            // hr
		"Legalább egy címzettet fel kell tüntetni.",                             // hu
		"Անհրաժեշտ է տրամադրել գոնե մեկ ստացողի e-mail հասցե.",                  // hy
		"Harus tersedia minimal satu alamat tujuan",                             // id
		"Deve essere fornito almeno un indirizzo ricevente",                     // it
		"少なくとも1つメールアドレスを 指定する必要があります。",                                          // ja
		"გთხოვთ მიუთითოთ ერთი ადრესატის e-mail მისამართი მაინც.",                // ka
		"적어도 한 개 이상의 수신자 메일 주소를 제공해야 합니다.",                                      // ko
		"دەبێت ناونیشانی ئیمەیڵی لانیکەم یەک وەرگر دابین بکرێت.",                // ku
		"Nurodykite bent vieną gavėjo adresą.",                                  // lt
		"Lūdzu, norādiet vismaz vienu adresātu.",                                // lv
		"Alefaso azafady iray adiresy iray farafahakeliny.",                     // mg
		"Хүлээн авагчийн имэйл хаягийг оруулна уу.",                             // mn
		"Anda perlu menyediakan sekurang-kurangnya satu alamat e-mel penerima.", // ms
		"Du må oppgi minst én mottaker-e-postadresse.",                          // nb
		"Er moet minstens één ontvanger worden opgegeven.",                      // nl
		"Musisz podać co najmniej jeden prawidłowy adres e-mail odbiorcy.",      // pl
		"Deve fornecer pelo menos um endereço de destinatário.",                 // pt
		"Você deve informar pelo menos um destinatário.",                        // pt_br
		"Trebuie să adăugați cel puțin o adresă de email.",                      // ro
		"Вы должны указать хотя бы один адрес электронной почты получателя.",    // ru
		"ඔබ අවම වශයෙන් එක් ලබන්නෙකුගේ ඊමේල් ලිපිනයක් සැපයිය යුතුය.",             // si
		"Musíte zadať aspoň jednu emailovú adresu príjemcu.",                    // sk
		"Prosimo, vnesite vsaj enega naslovnika.",                               // sl
		"Дефинишите бар једну адресу примаоца.",                                 // sr
		"Definišite bar jednu adresu primaoca.",                                 // sr_latn
		"Du måste ange minst en mottagares e-postadress.",                       // sv
		"Kailangan mong magbigay ng kahit isang email address na tatanggap.",    // tl
		"En az bir alıcı e-posta adresi belirtmelisiniz.",                       // tr
		"Будь ласка, введіть хоча б одну email-адресу отримувача.",              // uk
		"آپ کو کم از کم ایک منزل کا ای میل پتہ فراہم کرنا چاہیے۔",               // ur
		"Bạn phải cung cấp ít nhất một địa chỉ người nhận.",                     // vi
		"必須提供至少一個收件人地址。",                                                        // zh
		"必须提供至少一个收件人地址。",                                                        // zh_cn
	}},
	// preSend (L1779), DKIM (L3283): the body is empty.
	{key: "empty_message", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Message body empty",    // en
		"Boodskapliggaam leeg.", // af
		"نص الرسالة فارغ",       // ar
		"বাৰ্তাৰ মূখ্য অংশ খালী।",                      // as
		"Boş mesaj göndərilə bilməz.",                  // az
		"Sadržaj poruke je prazan.",                    // ba hr sr_latn
		"Пустое паведамленне.",                         // be
		"Съдържанието на съобщението е празно",         // bg
		"বার্তার অংশটি খালি।",                          // bn
		"El cos del missatge està buit.",               // ca
		"Prázdné tělo zprávy",                          // cs
		"Meddelelsen er uden indhold",                  // da
		"E-Mail-Inhalt ist leer.",                      // de
		"Η ηλεκτρονική επιστολή δεν έχει περιεχόμενο.", // el
		"Mesaĝokorpo malplena",                         // eo
		"El cuerpo del mensaje está vacío.",            // es
		"Tühi kirja sisu",                              // et
		"بخش متن پیام خالی است.",                       // fa
		"Corps du message vide.",                       // fr
		"Corpo da mensaxe vacía",                       // gl
		"גוף ההודעה ריק",                               // he
		"संदेश खाली है। ",                              // hi
		"Üres az üzenettörzs.",                         // hu
		"Հաղորդագրությունը դատարկ է",                   // hy
		"Isi pesan kosong",                             // id
		"Il corpo del messaggio è vuoto",               // it
		"メール本文が空です。",                                   // ja
		"შეტყობინება ცარიელია",                         // ka
		"메세지 내용이 없습니다",                                 // ko
		"پەیامەکە بەتاڵە",                              // ku
		"Laiško turinys tuščias",                       // lt
		"Ziņojuma teksts ir tukšs",                     // lv
		"Tsy misy ny votoaty mailaka.",                 // mg
		"Хоосон мессэж",                                // mn
		"Tiada isi untuk mesej",                        // ms
		"Meldingsinnholdet er tomt",                    // nb
		"Berichttekst is leeg",                         // nl
		"Nie można wysłać pustej wiadomości.",          // pl
		"A mensagem de e-mail está vazia.",             // pt
		"Mensagem vazia",                               // pt_br
		"Mesajul este gol.",                            // ro
		"Пустое сообщение",                             // ru
		"පණිවිඩ අන්තර්ගතය හිස්",                        // si
		"Prázdne telo správy.",                         // sk
		"E-poštno sporočilo nima vsebine.",             // sl
		"Садржај поруке је празан.",                    // sr
		"Walang laman ang mensahe",                     // tl
		"Mesajın içeriği boş",                          // tr
		"Пусте повідомлення",                           // uk
		"پیغام کی باڈی خالی ہے۔",                       // ur
		"Không có nội dung",                            // vi
		"郵件內容為空",                                       // zh
		"邮件正文为空。",                                      // zh_cn
	}},
	// addCustomHeader (L4406), setMessageType's headers (L4680).
	{key: "invalid_header", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Invalid header name or value",                     // en
		"অবৈধ হেডাৰৰ নাম বা মান",                           // as
		"অবৈধ হেডার নাম বা মান",                            // bn
		"Ugyldig header navn eller værdi",                  // da
		"Μη έγκυρο όνομα κεφαλίδας ή τιμή",                 // el
		"Nevalida kaplinia nomo aŭ valoro",                 // eo
		"Nombre o valor de encabezado no válido",           // es
		"Nom ou valeur de l’en-tête non valide",            // fr
		"अमान्य हेडर नाम या मान",                           // hi
		"不正なヘッダー名またはその内容",                                  // ja
		"Ugyldig headernavn eller verdi",                   // nb
		"Ongeldige headernaam of -waarde",                  // nl
		"Nieprawidłowa nazwa lub wartość nagłówka.",        // pl
		"Nome ou valor do cabeçalho inválido.",             // pt
		"Nome ou valor de cabeçalho inválido",              // pt_br
		"Numele sau valoarea header-ului nu este validă: ", // ro
		"Неверное имя или значение заголовка",              // ru
		"වලංගු නොවන header නාමයක් හෝ අගයක්",                // si
		"Neveljavno ime ali vrednost glave",                // sl
		"Geçersiz başlık adı veya değeri: ",                // tr
		"غلط ہیڈر کا نام یا قدر",                           // ur
		"无效的标题名称或值",                                        // zh_cn
	}},
	// encodeString and friends: an unknown Content-Transfer-Encoding.
	{word: true, key: "encoding", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Unknown encoding: %s",                   // en
		"Onbekende kodering: %s",                 // af
		"ترميز غير معروف: %s",                    // ar
		"অজ্ঞাত এনকোডিং: %s",                     // as
		"Qeyri-müəyyən kodlaşdırma: %s",          // az
		"Nepoznata kriptografija: %s",            // ba
		"Невядомая кадыроўка тэксту: %s",         // be
		"Неизвестно кодиране: %s",                // bg
		"অজানা এনকোডিং: %s",                      // bn
		"Codificació desconeguda: %s",            // ca
		"Neznámé kódování: %s",                   // cs
		"Ukendt encode-format: %s",               // da
		"Unbekannte Kodierung: %s",               // de
		"Άγνωστη μορφή κωδικοποίησης: %s",        // el
		"Nekonata kodoprezento: %s",              // eo
		"Codificación desconocida: %s",           // es
		"Tundmatu kodeering: %s",                 // et
		"کد\u200cگذاری نا\u200cشناخته: %s",       // fa
		"Tuntematon koodaustyyppi: %s",           // fi
		"Ókend encoding: %s",                     // fo
		"Encodage inconnu\u202f: %s",             // fr
		"Codificación descoñecida: %s",           // gl
		"קידוד לא מוכר: %s",                      // he
		"अज्ञात एन्कोडिंग प्रकार। %s",            // hi
		"Nepoznati encoding: %s",                 // hr
		"Ismeretlen kódolás: %s",                 // hu
		"Կոդավորման անհայտ տեսակ: %s",            // hy
		"Pengkodean karakter tidak dikenali: %s", // id
		"Codifica dei caratteri sconosciuta: %s", // it
		"不明なエンコーディング: %s",                        // ja
		"კოდირების უცნობი ტიპი: %s",              // ka
		"알 수 없는 인코딩: %s",                         // ko
		"کۆدکردنی نەزانراو : %s",                 // ku
		"Neatpažinta koduotė: %s",                // lt
		"Neatpazīts kodējums: %s",                // lv
		"Tsy fantatra encoding: %s",              // mg
		"Тодорхойгүй кодчилол: %s",               // mn
		"Pengekodan tidak diketahui: %s",         // ms
		"Ukjent koding: %s",                      // nb
		"Onbekende codering: %s",                 // nl
		"Nieobsługiwane kodowanie znaków: %s",    // pl
		"Codificação desconhecida: %s",           // pt pt_br
		"Encodare necunoscută: %s",               // ro
		"Неизвестная кодировка: %s",              // ru
		"නොදන්නා කේතනය: %s",                      // si
		"Neznáme kódovanie: %s",                  // sk
		"Nepoznan tip kodiranja: %s",             // sl
		"Непознато кодирање: %s",                 // sr
		"Nepoznato kodiranje: %s",                // sr_latn
		"Okänt encode-format: %s",                // sv
		"Hindi alam ang encoding: %s",            // tl
		"Bilinmeyen karakter kodlama: %s",        // tr
		"Невідоме кодування: %s",                 // uk
		"نامعلوم انکوڈنگ: %s",                    // ur
		"Mã hóa không xác định: %s",              // vi
		"未知編碼: %s",                               // zh
		"未知编码：%s",                                // zh_cn
	}},
	// smtpConnect (L2392), DKIM and S/MIME: a PHP extension (openssl) missing.
	{word: true, key: "extension_missing", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Extension missing: %s",                // en
		"Uitbreiding ontbreek: %s",             // af
		"الإضافة غير موجودة: %s",               // ar
		"অনুপস্থিত সম্প্ৰসাৰণ: %s",             // as
		"Nedostaje ekstenzija: %s",             // ba
		"Липсва разширение: %s",                // bg
		"অনুপস্থিত এক্সটেনশন: %s",              // bn
		"Chybí rozšíření: %s",                  // cs
		"Udvidelse mangler: %s",                // da
		"Fehlende Erweiterung: %s",             // de
		"Απουσία επέκτασης: %s",                // el
		"Kromprogramo mankas: %s",              // eo
		"Extensión faltante: %s",               // es
		"Nõutud laiendus on puudu: %s",         // et
		"افزونه موجود نیست: %s",                // fa
		"Extension manquante\u202f: %s",        // fr
		"एक्सटेन्षन गायब है: %s",               // hi
		"Nedostaje proširenje: %s",             // hr sr_latn
		"Bővítmény hiányzik: %s",               // hu
		"Հավելվածը բացակայում է: %s",           // hy
		"Ekstensi PHP tidak tersedia: %s",      // id
		"Estensione mancante: %s",              // it
		"拡張機能が見つかりません: %s",                     // ja
		"ბიბლიოთეკა არ არსებობს: %s",           // ka
		"확장자 없음: %s",                           // ko
		"درێژکراوە نەماوە: %s",                 // ku
		"Tsy hita ny ampahany: %s",             // mg
		"Өргөтгөл байхгүй: %s",                 // mn
		"Sambungan hilang: %s",                 // ms
		"Utvidelse mangler: %s",                // nb
		"Extensie afwezig: %s",                 // nl
		"Brak wymaganego rozszerzenia PHP: %s", // pl
		"Extensão em falta: %s",                // pt
		"Extensão não existe: %s",              // pt_br
		"Lipsește extensia: %s",                // ro
		"Расширение отсутствует: %s",           // ru
		"Extension එක නොමැත: %s",               // si
		"Chýba rozšírenie: %s",                 // sk
		"Manjkajoča razširitev: %s",            // sl
		"Недостаје проширење: %s",              // sr
		"Tillägg ej tillgängligt: %s",          // sv
		"Nawawala ang extension: %s",           // tl
		"Eklenti bulunamadı: %s",               // tr
		"Розширення відсутнє: %s",              // uk
		"ایکٹینشن موجود نہیں ہے۔ %s",           // ur
		"遺失模組 Extension: %s",                   // zh
		"缺少扩展名：%s",                             // zh_cn
	}},
	// set (L5079): an unknown property.
	{word: true, key: "variable_set", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Cannot set or reset variable: %s",                                    // en
		"Kan nie veranderlike instel of herstel nie: %s",                      // af
		"لا يمكن تعيين أو إعادة تعيين متغير: %s",                              // ar
		"চলক নিৰ্ধাৰণ কৰিব পৰা নগল: %s",                                       // as
		"Dəyişənin quraşdırılması uğursuz oldu: %s",                           // az
		"Nije moguće postaviti varijablu ili je vratiti nazad: %s",            // ba
		"Нельга ўстанавіць або перамяніць значэнне пераменнай: %s",            // be
		"Не може да се установи или възстанови променлива: %s",                // bg
		"পরিবর্তনশীল সেট করা যায়নি: %s",                                      // bn
		"No s’ha pogut establir o restablir la variable: %s",                  // ca
		"Nelze nastavit nebo změnit proměnnou: %s",                            // cs
		"Kunne ikke definere eller nulstille variablen: %s",                   // da
		"Kann Variable nicht setzen oder zurücksetzen: %s",                    // de
		"Αδυναμία ορισμού ή επαναφοράς μεταβλητής: %s",                        // el
		"Ne eblas agordi aŭ reagordi la variablon: %s",                        // eo
		"No se pudo configurar la variable: %s",                               // es
		"Ei õnnestunud määrata või lähtestada muutujat: %s",                   // et
		"امکان ارسال یا ارسال مجدد متغیر\u200cها وجود ندارد: %s",              // fa
		"Impossible d’initialiser ou de réinitialiser une variable\u202f: %s", // fr
		"Non puidemos axustar ou reaxustar a variábel: %s",                    // gl
		"לא ניתן לקבוע או לשנות את המשתנה: %s",                                // he
		"चर को बना या संशोधित नहीं किया जा सकता। %s",                          // hi
		"Ne mogu postaviti varijablu niti ju vratiti nazad: %s",               // hr
		"A következő változók beállítása nem sikerült: %s",                    // hu
		"Չի հաջողվում ստեղծել կամ վերափոխել փոփոխականը: %s",                   // hy
		"Tidak dapat mengatur atau mengatur ulang variabel: %s",               // id
		"Impossibile impostare o resettare la variabile: %s",                  // it
		"変数が存在しません: %s",                                                       // ja
		"შეუძლებელია შემდეგი ცვლადის შექმნა ან შეცვლა: %s",                    // ka
		"변수 설정 및 초기화 불가: %s",                                                  // ko
		"ناتوانرێت بیگۆڕیت یان دوبارە بینێریتەوە: %s",                         // ku
		"Nepavyko priskirti reikšmės kintamajam: %s",                          // lt
		"Nevar piešķirt mainīgā vērtību: %s",                                  // lv
		"Tsy azo atao ny mametraka na mamerina ny variable: %s",               // mg
		"Хувьсагчийг тохируулах эсвэл дахин тохируулах боломжгүй байна: %s",   // mn
		"Tidak boleh menetapkan atau menetapkan semula pembolehubah: %s",      // ms
		"Kan ikke angi eller tilbakestille variabel: %s",                      // nb
		"Kan de volgende variabele niet instellen of herstellen: %s",          // nl
		"Nie można ustawić lub zmodyfikować zmiennej: %s",                     // pl
		"Não foi possível definir ou redefinir a variável: %s",                // pt pt_br
		"Nu se poate seta/reseta variabila. %s",                               // ro
		"Невозможно установить или сбросить переменную: %s",                   // ru
		"Variable එක සැකසීමට හෝ නැවත සැකසීමට නොහැක: %s",                       // si
		"Nemožno nastaviť alebo resetovať premennú: %s",                       // sk
		"Ne morem nastaviti oz. ponastaviti spremenljivke: %s",                // sl
		"Није могуће задати нити ресетовати променљиву: %s",                   // sr
		"Nije moguće zadati niti resetovati promenljivu: %s",                  // sr_latn
		"Kunde inte definiera eller återställa variabel: %s",                  // sv
		"Hindi matatakda o ma-reset ang mga variables: %s",                    // tl
		"Değişken ayarlanamadı ya da sıfırlanamadı: %s",                       // tr
		"Неможливо встановити або скинути змінну: %s",                         // uk
		"متغیر سیٹ نہیں کیا جا سکا: %s",                                       // ur
		"Không thể thiết lập hoặc thiết lập lại biến: %s",                     // vi
		"無法設定或重設變數: %s",                                                       // zh
		"无法设置或重置变量：%s",                                                        // zh_cn
	}},
	// addAttachment and addEmbeddedImage (L3471, L4074): a file that cannot be read.
	{key: "file_access", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Could not access file: %s",                            // en
		"Kon nie lêer oopmaak nie: %s",                         // af
		"لا يمكن الوصول للملف: %s",                             // ar
		"ফাইল অভিগম কৰিবলে অক্ষম: %s",                          // as
		"Fayla giriş yoxdur: %s",                               // az
		"Nije moguće pristupiti datoteci: %s",                  // ba hr sr_latn
		"Няма доступу да файла: %s",                            // be
		"Няма достъп до файл: %s",                              // bg
		"ফাইল অ্যাক্সেস করতে অক্ষম: %s",                        // bn
		"No es pot accedir a l’arxiu: %s",                      // ca
		"Nelze získat přístup k souboru: %s",                   // cs
		"Kunne ikke tilgå filen: %s",                           // da
		"Zugriff auf folgende Datei fehlgeschlagen: %s",        // de
		"Αδυναμία πρόσβασης στο αρχείο: %s",                    // el
		"Ne eblis aliri la dosieron: %s",                       // eo
		"Imposible acceder al archivo: %s",                     // es
		"Pole piisavalt õiguseid järgneva faili avamiseks: %s", // et
		"امکان دسترسی به فایل وجود ندارد: %s",                  // fa
		"Seuraavaan tiedostoon ei ole oikeuksia: %s",           // fi
		"Kundi ikki tilganga fílu: %s",                         // fo
		"Impossible d’accéder au fichier\u202f: %s",            // fr
		"Nob puido acceder ó arquivo: %s",                      // gl
		"לא ניתן לגשת לקובץ: %s",                               // he
		"फ़ाइल उपलब्ध नहीं है। %s",                             // hi
		"A következő fájl nem elérhető: %s",                    // hu
		"Ֆայլը հասանելի չէ: %s",                                // hy
		"Tidak dapat mengakses berkas: %s",                     // id
		"Impossibile accedere al file: %s",                     // it
		"ファイルにアクセスできません: %s",                                   // ja
		"შეუძლებელია წვდომა ფაილთან: %s",                       // ka
		"파일 접근 불가: %s",                                         // ko
		"ناتوانرێت دەستت بگات بە فایلەکە: %s",                  // ku
		"Byla nepasiekiama: %s",                                // lt
		"Fails nav pieejams: %s",                               // lv
		"Tsy nahomby ny fidirana amin'ity rakitra ity: %s",     // mg
		"Файлд хандах боломжгүй байна: %s",                     // mn
		"Tidak dapat mengakses fail: %s",                       // ms
		"Kunne ikke få tilgang til filen: %s",                  // nb
		"Kreeg geen toegang tot bestand: %s",                   // nl
		"Brak dostępu do pliku: %s",                            // pl
		"Não foi possível aceder ao ficheiro: %s",              // pt
		"Não foi possível acessar o arquivo: %s",               // pt_br
		"Nu se poate accesa următorul fișier: %s",              // ro
		"Нет доступа к файлу: %s",                              // ru
		"File එකට ප්\u200dරවේශ විය නොහැකි විය: %s",             // si
		"Súbor nebol nájdený: %s",                              // sk
		"Nimam dostopa do datoteke: %s",                        // sl
		"Није могуће приступити датотеци: %s",                  // sr
		"Ingen åtkomst till fil: %s",                           // sv
		"Hindi ma-access ang file: %s",                         // tl
		"Dosyaya erişilemedi: %s",                              // tr
		"Немає доступу до файлу: %s",                           // uk
		"فائل تک رسائی سے قاصر:%s",                             // ur
		"Không thể truy cập tệp tin %s",                        // vi
		"無法存取檔案：%s",                                            // zh
		"无法访问文件：%s",                                            // zh_cn
	}},
	// encodeFile (L3645, L3649): a file that cannot be opened.
	{key: "file_open", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"File Error: Could not open file: %s",                           // en
		"Lêerfout: Kon nie lêer oopmaak nie: %s",                        // af
		"خطأ في الملف: لا يمكن فتحه: %s",                                // ar
		"ফাইল ত্ৰুটি: ফাইল খোলিবলৈ অক্ষম: %s",                           // as
		"Fayl xətası: Fayl açıla bilmədi: %s",                           // az
		"Nije moguće otvoriti datoteku: %s",                             // ba hr sr_latn
		"Нельга адкрыць файл: %s",                                       // be
		"Файлова грешка: Не може да се отвори файл: %s",                 // bg
		"ফাইল ত্রুটি: ফাইল খুলতে অক্ষম: %s",                             // bn
		"Error d’Arxiu: No es pot obrir l’arxiu: %s",                    // ca
		"Chyba souboru: Nelze otevřít soubor pro čtení: %s",             // cs
		"Fil fejl: Kunne ikke åbne filen: %s",                           // da
		"Dateifehler: Konnte folgende Datei nicht öffnen: %s",           // de
		"Σφάλμα Αρχείου: Αδυναμία ανοίγματος αρχείου: %s",               // el
		"Dosiera eraro: Ne eblis malfermi la dosieron: %s",              // eo
		"Error de Archivo: Imposible abrir el archivo: %s",              // es
		"Faili Viga: Faili avamine ebaõnnestus: %s",                     // et
		"خطای File: امکان بازکردن فایل وجود ندارد: %s",                  // fa
		"Tiedostovirhe: Ei voida avata tiedostoa: %s",                   // fi
		"Fílu feilur: Kundi ikki opna fílu: %s",                         // fo
		"Ouverture du fichier impossible\u202f: %s",                     // fr
		"Erro de Arquivo: No puido abrir o arquivo: %s",                 // gl
		"שגיאת קובץ: לא ניתן לגשת לקובץ: %s",                            // he
		"फ़ाइल त्रुटि: फाइल को खोला नहीं जा सका। %s",                    // hi
		"Fájl hiba: a következő fájlt nem lehet megnyitni: %s",          // hu
		"Ֆայլի սխալ: ֆայլը չհաջողվեց բացել: %s",                         // hy
		"Kesalahan Berkas: Berkas tidak dapat dibuka: %s",               // id
		"File Error: Impossibile aprire il file: %s",                    // it
		"ファイルエラー: ファイルを開けません: %s",                                       // ja
		"ფაილური სისტემის შეცდომა: არ იხსნება ფაილი: %s",                // ka
		"파일 오류: 파일을 열 수 없습니다: %s",                                       // ko
		"هەڵەی پەڕگە(فایل): ناتوانرێت بکرێتەوە: %s",                     // ku
		"Bylos klaida: Nepavyksta atidaryti: %s",                        // lt
		"Faila kļūda: Nevar atvērt failu: %s",                           // lv
		"Hadisoana diso: Tsy afaka nanokatra ity file manaraka ity: %s", // mg
		"Файлын алдаа: файлыг нээх боломжгүй байна: %s",                 // mn
		"Ralat Fail: Tidak dapat membuka fail: %s",                      // ms
		"Feil i fil: Kunne ikke åpne filen: %s",                         // nb
		"Bestandsfout: kon bestand niet openen: %s",                     // nl
		"Nie udało się otworzyć pliku: %s",                              // pl
		"Erro ao abrir o ficheiro: %s",                                  // pt
		"Erro de Arquivo: Não foi possível abrir o arquivo: %s",         // pt_br
		"Eroare fișier: Nu se poate deschide următorul fișier: %s",      // ro
		"Файловая ошибка: не удаётся открыть файл: %s",                  // ru
		"File දෝෂය: File එක විවෘත කළ නොහැක: %s",                         // si
		"File Error: Súbor sa otvoriť pre čítanie: %s",                  // sk
		"Ne morem odpreti datoteke: %s",                                 // sl
		"Није могуће отворити датотеку: %s",                             // sr
		"Fil fel: Kunde inte öppna fil: %s",                             // sv
		"File Error: Hindi mabuksan ang file: %s",                       // tl
		"Dosya Hatası: Dosya açılamadı: %s",                             // tr
		"Помилка файлової системи: не вдається відкрити файл: %s",       // uk
		"فائل کی خرابی: فائل کو کھولنے سے قاصر:%s",                      // ur
		"Lỗi Tập tin: Không thể mở tệp tin: %s",                         // vi
		"檔案錯誤：無法開啟檔案：%s",                                                // zh
		"文件错误：无法打开文件：%s",                                                // zh_cn
	}},
	// createBody (L3326): S/MIME signing failed; OpenSSL's error follows.
	{key: "signing", category: CategoryOther, outcome: OutcomeBounced, texts: []string{
		"Signing Error: %s",      // en
		"Ondertekening Fout: %s", // af
		"خطأ في التوقيع: %s",     // ar
		"স্বাক্ষৰ কৰাত ব্যৰ্থ: %s", // as
		"İmzalama xətası: %s",                           // az
		"Памылка подпісу паведамлення: %s",              // be
		"Грешка при подписване: %s",                     // bg
		"স্বাক্ষর করতে ব্যর্থ হয়েছে: %s",               // bn
		"Error al signar: %s",                           // ca
		"Signeringsfejl: %s",                            // da
		"Fehler beim Signieren: %s",                     // de
		"Σφάλμα υπογραφής: %s",                          // el
		"Subskriba eraro: %s",                           // eo
		"Error al firmar: %s",                           // es
		"Viga allkirjastamisel: %s",                     // et
		"خطا در امضا: %s",                               // fa
		"Erreur de signature\u202f: %s",                 // fr
		"Erro ó firmar: %s",                             // gl
		"שגיאת חתימה: %s",                               // he
		"Hibás aláírás: %s",                             // hu
		"Ստորագրման սխալ: %s",                           // hy
		"Kesalahan dalam penandatangan SSL: %s",         // id
		"Errore nella firma: %s",                        // it
		"署名エラー: %s",                                     // ja
		"ხელმოწერის შეცდომა: %s",                        // ka
		"서명 오류: %s",                                     // ko
		"هەڵەی واژۆ: %s",                                // ku
		"Error nandritra ny sonia:%s",                   // mg
		"Гарын үсгийн алдаа: %s",                        // mn
		"Ralat pada tanda tangan: %s",                   // ms
		"Signeringsfeil: %s",                            // nb
		"Signeerfout: %s",                               // nl
		"Błąd podpisywania wiadomości cyfrowo: %s",      // pl
		"Erro ao assinar: %s",                           // pt
		"Erro de Assinatura: %s",                        // pt_br
		"A aparut o problemă la semnarea emailului. %s", // ro
		"Ошибка подписи: %s",                            // ru
		"Sign කිරීමේ දෝෂය: %s",                          // si
		"Napaka pri podpisovanju: %s",                   // sl
		"Signeringsfel: %s",                             // sv
		"Hindi ma-sign: %s",                             // tl
		"İmzalama hatası: %s",                           // tr
		"Помилка підпису: %s",                           // uk
		"دستخط کی خرابی: %s",                            // ur
		"電子簽章錯誤: %s",                                    // zh
		"签名错误：%s",                                       // zh_cn
	}},
}
