package diagnose

// zitadelMessages are ZITADEL's messages for an SMTP provider it could not
// use (internal/notification/channels/smtp/channel.go: connectToSMTP and
// TestConfiguration), which its API returns translated as the error's
// message: to the console's "test SMTP" step and in a notification that
// failed. Their texts are Errors.SMTP.* of internal/static/i18n/*.yaml in
// every language the repository ships: the versions batch CP cites
// (zitadel/zitadel en.yaml at 003b87275c3a, ja.yaml and zh.yaml at
// 00f36bae68fe, ru.yaml at 005659449bf2), the history of the 22 files
// since the messages were written (feat: send test mail, 20 June 2024;
// read in the cryoforgedcom/zitadel mirror up to 23 March 2026; the
// upstream repository is too large to fetch here) and the twelve files
// that mirror lacks (ca, da, hi, kk, lt, nb, sk, sl, sq, th, vi, zh-TW,
// one stored version each; sk holds the English texts). "ZITADEL" became
// "Zitadel" in the texts on 26 January 2026: one text each, the lookup
// folds case; a YAML plain scalar folded over lines (vi) is joined with a
// space. None holds a placeholder.
//
// Every message is about the server of the account ZITADEL sends with
// (own). It could not reach the server, plain or with TLS, or could not
// start TLS on the connection (cp-047: connection_failed, as DESIGN names
// a TLS handshake failure): retried, deferred. The login was refused:
// policy_rejected, bounced, by the README's SMTP AUTH convention (its
// other reading, a mechanism ZITADEL lacks, would be syntax_error; batch
// CP's cp-035, 037, 039, 041 read the credentials first). The host setting
// has no port (net.SplitHostPort): the address's syntax, the admin's to
// mend, bounced.
//
// Left out: CouldNotCreateClient (the server's greeting on a TLS
// connection could not be read: no cause), CouldNotSetSender and
// CouldNotSetRecipient (MAIL FROM or RCPT TO refused, for a reason the
// texts do not give, as YAM's "RCPT failed." is left out),
// NotEmailMessage and RequiredAttributes (faults of the message ZITADEL
// built, not of the server), Errors.SMTPConfig.* (the stored
// configuration's CRUD and the custom-domain rule for the sender, checked
// when it is saved, not when mail is sent) and CouldNotXOAuth2 (raised by
// the mirror's newer code, translated in no file). Batch CP cp-034..043,
// cp-047.
var zitadelMessages = []catalogMessage{
	// Errors.SMTP.CouldNotDial: smtp.Dial failed (EMAIL-skwos).
	{own: true, key: "Errors.SMTP.CouldNotDial", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"could not contact with the SMTP server, check the port, firewall issues...",                            // en, sk
		"تعذر الاتصال بخادم SMTP، تحقق من المنفذ، مشاكل جدار الحماية...",                                        // ar
		"не може да се свърже със SMTP сървъра, проверете порта, проблеми със защитната стена...",               // bg
		"No s'ha pogut contactar amb el servidor SMTP, comprova el port, problemes amb el tallafoc...",          // ca
		"nelze se spojit se serverem SMTP, zkontrolovat port, problémy s firewallem...",                         // cs
		"kunne ikke kontakte SMTP-serveren, tjek porten, firewallproblemer...",                                  // da
		"Es konnte keine Verbindung zum SMTP-Server hergestellt werden, Port überprüfen, Firewall-Probleme ...", // de
		"No se pudo contactar con el servidor SMTP, verifique el puerto, problemas con el firewall...",          // es
		"impossible de contacter le serveur SMTP, vérifier le port, problèmes de pare-feu...",                   // fr
		"SMTP सर्वर से संपर्क नहीं हो सका, पोर्ट या फ़ायरवॉल की जांच करें",                                      // hi
		"nem sikerült kapcsolatba lépni az SMTP szerverrel, ellenőrizd a portot, tűzfal problémák...",           // hu
		"tidak dapat menghubungi server SMTP, periksa port, masalah firewall...",                                // id
		"impossibile contattare il server SMTP, controllare la porta, problemi con il firewall...",              // it
		"SMTP サーバーに接続できませんでした。ポート、ファイアウォールの問題を確認してください...",                                                      // ja
		"SMTP серверіне қосылу мүмкін болмады. Порт пен желіаралық қалқан параметрлерін тексеріңіз...",          // kk
		"SMTP 서버에 연결할 수 없습니다. 포트 또는 방화벽 문제를 확인하십시오...",                                                          // ko
		"nepavyko susisiekti su SMTP serveriu, patikrinkite prievadą, ugniasienės problemas...",                 // lt
		"не можев да контактираме со SMTP-серверот, да ја провериме портата, проблеми со заштитен ѕид...",       // mk
		"Kunne ikke kontakte SMTP-serveren, sjekk port, brannmur og at SMTP-serveren er tilgjengelig",           // nb
		"Kan geen contact maken met de SMTP-server, controleer de poort, firewallproblemen...",                  // nl
		"nie można połączyć się z serwerem SMTP, sprawdzić port, problemy z zaporą sieciową...",                 // pl
		"não foi possível entrar em contato com o servidor SMTP, verificar a porta, problemas de firewall...",   // pt
		"Nu s-a putut contacta serverul SMTP, verificați portul, probleme de firewall...",                       // ro
		"не удалось связаться с SMTP-сервером, проверить порт, проблемы с брандмауэром...",                      // ru
		"ni bilo mogoče vzpostaviti stika s strežnikom SMTP, preverite vrata, težave s požarnim zidom...",       // sl
		"nuk u arrit lidhja me serverin SMTP, kontrolloni portën, problemet me firewall-in...",                  // sq
		"kunde inte kontakta SMTP-servern, kontrollera porten, brandväggsproblem...",                            // sv
		"ไม่สามารถติดต่อกับเซิร์ฟเวอร์ SMTP ได้ ตรวจสอบพอร์ตและปัญหาไฟร์วอลล์...",                               // th
		"SMTP sunucusuna bağlanılamadı, port ve güvenlik duvarı sorunlarını kontrol edin...",                    // tr
		"не вдалося зв'язатися з SMTP сервером, перевірте порт, проблеми з брандмауером...",                     // uk
		"không liên lạc được với máy chủ SMTP, kiểm tra cổng, tường lửa có vấn đề...",                           // vi
		"无法与 SMTP 服务器联系，请检查端口、防火墙问题...",                                                                         // zh
		"無法與 SMTP 伺服器聯絡，請檢查埠、防火牆問題...",                                                                          // zh-TW
	}},
	// Errors.SMTP.CouldNotDialTLS: tls.Dial failed for another reason than a
	// plain answer, which ZITADEL retries with STARTTLS (EMAIL-sl39s).
	{own: true, key: "Errors.SMTP.CouldNotDialTLS", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"could not contact with the SMTP server using TLS, check the port, firewall issues...",                                   // en, sk
		"تعذر الاتصال بخادم SMTP باستخدام TLS، تحقق من المنفذ، مشاكل جدار الحماية...",                                            // ar
		"не може да се свърже със SMTP сървъра чрез TLS, проверете порта, проблеми със защитната стена...",                       // bg
		"No s'ha pogut contactar amb el servidor SMTP fent servir TLS, comprova el port, problemes amb el tallafoc...",           // ca
		"nelze se spojit se serverem SMTP pomocí TLS, zkontrolovat port, problémy s firewallem...",                               // cs
		"kunne ikke kontakte SMTP-serveren med TLS, tjek porten, firewallproblemer...",                                           // da
		"Es konnte keine Verbindung zum SMTP-Server über TLS hergestellt werden, überprüfen Sie den Port, Firewall-Probleme ...", // de
		"No se pudo contactar con el servidor SMTP usando TLS, verifique el puerto, problemas con el firewall...",                // es
		"Impossible de contacter le serveur SMTP via TLS, vérifiez le port, problèmes de pare-feu...",                            // fr
		"TLS के साथ SMTP सर्वर से संपर्क नहीं हो सका",                                                                            // hi
		"nem sikerült TLS használatával kapcsolatba lépni az SMTP szerverrel, ellenőrizd a portot, tűzfal problémák...",          // hu
		"tidak dapat menghubungi server SMTP menggunakan TLS, periksa port, masalah firewall...",                                 // id
		"Impossibile contattare con il server SMTP utilizzando TLS, controllare la porta, problemi di firewall ...",              // it
		"TLS を使用して SMTP サーバーに接続できませんでした。ポート、ファイアウォールの問題を確認してください...",                                                             // ja
		"SMTP серверіне TLS арқылы қосылу мүмкін болмады. Порт пен желіаралық қалқан параметрлерін тексеріңіз...",                // kk
		"TLS를 사용하여 SMTP 서버에 연결할 수 없습니다. 포트 또는 방화벽 문제를 확인하십시오...",                                                                 // ko
		"nepavyko susisiekti su SMTP serveriu naudojant TLS, patikrinkite prievadą, ugniasienės problemas...",                    // lt
		"не можев да контактираме со SMTP-серверот користејќи TLS, проверете ја портата, проблеми со заштитен ѕид...",            // mk
		"Kunne ikke kontakte SMTP-serveren med TLS, sjekk port og om SMTP-serveren støtter TLS",                                  // nb
		"kon geen contact maken met de SMTP-server via TLS, controleer de poort, firewallproblemen...",                           // nl
		"nie można połączyć się z serwerem SMTP przy użyciu protokołu TLS, sprawdź port, problemy z zaporą sieciową...",          // pl
		"não foi possível entrar em contato com o servidor SMTP usando TLS, verifique a porta, problemas de firewall...",         // pt
		"Nu s-a putut contacta serverul SMTP folosind TLS, verificați portul, probleme de firewall...",                           // ro
		"не удалось связаться с SMTP-сервером с помощью TLS, проверьте порт, проблемы с брандмауэром...",                         // ru
		"ni bilo mogoče vzpostaviti stika s strežnikom SMTP prek TLS, preverite vrata, težave s požarnim zidom...",               // sl
		"nuk u arrit lidhja me serverin SMTP me TLS, kontrolloni portën, problemet me firewall-in...",                            // sq
		"kunde inte kontakta SMTP-servern med TLS, kontrollera porten, brandväggsproblem...",                                     // sv
		"ไม่สามารถติดต่อกับเซิร์ฟเวอร์ SMTP โดยใช้ TLS ได้ ตรวจสอบพอร์ตและปัญหาไฟร์วอลล์...",                                     // th
		"TLS kullanarak SMTP sunucusuna bağlanılamadı, port ve güvenlik duvarı sorunlarını kontrol edin...",                      // tr
		"не вдалося зв'язатися з SMTP сервером через TLS, перевірте порт, проблеми з брандмауером...",                            // uk
		"không liên lạc được với máy chủ SMTP bằng TLS, kiểm tra cổng, tường lửa...",                                             // vi
		"无法使用 TLS 与 SMTP 服务器联系，请检查端口、防火墙问题...",                                                                                   // zh
		"無法使用 TLS 與 SMTP 伺服器聯絡，請檢查埠、防火牆問題...",                                                                                    // zh-TW
	}},
	// Errors.SMTP.CouldNotStartTLS: client.StartTLS failed (EMAIL-guvsQ; cp-047).
	{own: true, key: "Errors.SMTP.CouldNotStartTLS", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"could not start tls",               // en, sk
		"تعذر بدء tls",                      // ar
		"не можа да стартира TLS",           // bg
		"no s'ha pogut iniciar TLS",         // ca
		"nelze spustit tls",                 // cs
		"kunne ikke starte tls",             // da, nb
		"TLS konnte nicht gestartet werden", // de
		"no se pudo iniciar TLS",            // es
		"je n'ai pas pu démarrer tls",       // fr
		"TLS शुरू नहीं किया जा सका",         // hi
		"nem sikerült elindítani a tls-t",   // hu
		"tidak dapat memulai tls",           // id
		"impossibile avviare tls",           // it
		"TLSを開始できませんでした",                    // ja
		"TLS іске қосылмады",                // kk
		"TLS를 시작할 수 없습니다",                   // ko
		"nepavyko paleisti tls",             // lt
		"не можеше да започне tls",          // mk
		"kon tls niet starten",              // nl
		"nie można rozpocząć tls",           // pl
		"não foi possível iniciar o tls",    // pt
		"Nu s-a putut porni tls",            // ro
		"не удалось запустить тлс",          // ru
		"ni bilo mogoče zagnati TLS",        // sl
		"TLS nuk mund të nisej",             // sq
		"kunde inte starta tls",             // sv
		"ไม่สามารถเริ่ม tls ได้",            // th
		"tls başlatılamadı",                 // tr
		"не вдалося запустити tls",          // uk
		"không thể bắt đầu tls",             // vi
		"无法启动 tls",                          // zh
		"無法啟動 tls",                          // zh-TW
	}},
	// Errors.SMTP.CouldNotAuth: client.Auth with PLAIN or LOGIN failed
	// (EMAIL-s9kfs; cp-035, 037, 039, 041).
	{own: true, key: "Errors.SMTP.CouldNotAuth", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"could not add smtp auth, check if both your user and password are correct, if they're correct maybe your provider requires an auth method not supported by Zitadel",                                                                                                             // en, sk
		"تعذر إضافة مصادقة smtp، تحقق مما إذا كان المستخدم وكلمة المرور صحيحين، إذا كانا صحيحين فربما يتطلب مزودك طريقة مصادقة غير مدعومة من ZITADEL",                                                                                                                                    // ar
		"не може да добави smtp auth, проверете дали потребителят и паролата ви са правилни, ако са правилни, може би вашият доставчик изисква метод за удостоверяване, който не се поддържа от Zitadel",                                                                                 // bg
		"no s'ha pogut afegir l'autenticació smtp, comprova si tant el teu usuari com la teva contrasenya són correctes, si són correctes potser el teu proveïdor requereix un mètode d'autenticació no admès per Zitadel",                                                               // ca
		"nemohlo se přidat smtp auth, zkontrolujte, zda je váš uživatel i heslo správné, pokud jsou správné, možná váš poskytovatel vyžaduje metodu auth, kterou Zitadel nepodporuje",                                                                                                    // cs
		"kunne ikke tilføje smtp auth, tjek om både din bruger og adgangskode er korrekte; hvis de er korrekte, kræver din udbyder måske en auth-metode, der ikke understøttes af Zitadel",                                                                                               // da
		"Die SMTP-Authentifizierung konnte nicht hinzugefügt werden. Überprüfen Sie, ob sowohl Ihr Benutzername als auch Ihr Passwort korrekt sind. Wenn sie korrekt sind, erfordert Ihr Anbieter möglicherweise eine Authentifizierungsmethode, die von Zitadel nicht unterstützt wird", // de
		"no se pudo agregar la autenticación smtp, verifique si tanto su usuario como su contraseña son correctos, si son correctos tal vez su proveedor requiera un método de autenticación no admitido por Zitadel",                                                                    // es
		"Impossible d'ajouter l'authentification SMTP, vérifiez si votre utilisateur et votre mot de passe sont corrects. S'ils sont corrects, votre fournisseur nécessite peut-être une méthode d'authentification non prise en charge par Zitadel.",                                    // fr
		"SMTP ऑथेंटिकेशन विफल रहा, यूजर और पासवर्ड की जांच करें",                                                                                                                                                                                                                         // hi
		"nem sikerült hozzáadni az smtp hitelesítést, ellenőrizd, hogy a felhasználóneved és a jelszavad helyes-e, ha igen, lehet, hogy a szolgáltatód olyan hitelesítési módot kér, amelyet a Zitadel nem támogat",                                                                      // hu
		"tidak dapat menambahkan autentikasi smtp, periksa apakah pengguna dan kata sandi Anda benar, jika benar mungkin penyedia Anda memerlukan metode autentikasi yang tidak didukung oleh Zitadel",                                                                                   // id
		"impossibile aggiungere l'autenticazione smtp, controlla se sia l'utente che la password sono corretti, se sono corretti forse il tuo provider richiede un metodo di autenticazione non supportato da Zitadel",                                                                   // it
		"smtp 認証を追加できませんでした。ユーザーとパスワードの両方が正しいかどうかを確認してください。正しい場合は、プロバイダーが Zitadel でサポートされていない認証方法を必要としている可能性があります。",                                                                                                                                                                      // ja
		"SMTP аутентификациясын қосу мүмкін болмады. Пайдаланушы атыңыз бен құпиясөзіңізді тексеріңіз. Олар дұрыс болса, провайдеріңіз Zitadel қолдамайтын аутентификация әдісін талап етуі мүмкін",                                                                                      // kk
		"smtp 인증을 추가할 수 없습니다. 사용자 이름과 비밀번호가 정확한지 확인하십시오. 정확하다면 제공자가 Zitadel에서 지원하지 않는 인증 방법을 요구할 수 있습니다",                                                                                                                                                                                 // ko
		"nepavyko pridėti smtp autentifikavimo, patikrinkite, ar naudotojas ir slaptažodis teisingi; jei jie teisingi, galbūt jūsų teikėjas reikalauja autentifikavimo metodo, kurio Zitadel nepalaiko",                                                                                  // lt
		"не можев да додадам smtp auth, проверете дали и корисникот и лозинката се точни, дали се точни, можеби вашиот провајдер бара метод за автетика што не е поддржан од Zitadel",                                                                                                    // mk
		"Kunne ikke legge til SMTP-autentisering, sjekk at både brukernavn og passord er satt",                                                                                                                                // nb
		"kon geen smtp-authenticatie toevoegen, controleer of zowel uw gebruiker als uw wachtwoord correct zijn. Als ze correct zijn, vereist uw provider misschien een auth-methode die niet door Zitadel wordt ondersteund", // nl
		"nie można dodać uwierzytelnienia smtp, sprawdź, czy zarówno użytkownik, jak i hasło są poprawne, jeśli są poprawne, być może Twój dostawca wymaga metody uwierzytelniania nieobsługiwanej przez Zitadel",             // pl
		"não foi possível adicionar autenticação smtp, verifique se seu usuário e senha estão corretos, se estiverem corretos, talvez seu provedor exija um método de autenticação não suportado pelo Zitadel",                // pt
		"Nu s-a putut adăuga autentificare smtp, verificați dacă numele de utilizator și parola sunt corecte, dacă sunt corecte, poate furnizorul dvs. necesită o metodă de autentificare nesuportată de Zitadel",             // ro
		"не удалось добавить аутентификацию smtp, проверьте правильность вашего пользователя и пароля. Если они верны, возможно, ваш провайдер требует метод аутентификации, не поддерживаемый Zitadel",                       // ru
		"ni bilo mogoče dodati avtentikacije SMTP, preverite, ali sta uporabniško ime in geslo pravilna; če sta pravilna, morda vaš ponudnik zahteva metodo avtentikacije, ki je Zitadel ne podpira",                          // sl
		"vërtetimi SMTP nuk mund të shtohej; kontrolloni nëse përdoruesi dhe fjalëkalimi janë të saktë. Nëse janë të saktë, ofruesi juaj mund të kërkojë një metodë vërtetimi që Zitadel nuk e mbështet",                      // sq
		"kunde inte lägga till smtp auth, kontrollera om både din användare och lösenord är korrekta, om de är korrekta kanske din leverantör kräver en auth-metod som inte stöds av Zitadel",                                 // sv
		"ไม่สามารถเพิ่มการยืนยันตัวตน smtp ได้ ตรวจสอบว่าชื่อผู้ใช้และรหัสผ่านของคุณถูกต้อง หากถูกต้องแล้ว ผู้ให้บริการของคุณอาจต้องการวิธีการยืนยันตัวตนที่ Zitadel ไม่รองรับ",                                               // th
		"smtp kimlik doğrulaması eklenemedi, kullanıcı adı ve şifrenizin doğru olup olmadığını kontrol edin, doğruysa sağlayıcınız Zitadel tarafından desteklenmeyen bir kimlik doğrulama yöntemi gerektirebilir",             // tr
		"не вдалося додати smtp аутентифікацію, перевірте чи правильні ваші користувач та пароль, якщо вони правильні, можливо ваш провайдер вимагає метод аутентифікації, не підтримуваний Zitadel",                          // uk
		"không thể thêm smtp auth, hãy kiểm tra xem cả người dùng và mật khẩu của bạn đều đúng hay không, nếu đúng thì có thể nhà cung cấp của bạn yêu cầu phương thức xác thực không được Zitadel hỗ trợ",                    // vi
		"无法添加 smtp 身份验证，请检查您的用户名和密码是否正确，如果正确，可能您的提供商需要 Zitadel 不支持的身份验证方法",                                                                                                                                                    // zh
		"無法新增 smtp 身分驗證，請檢查您的使用者名稱和密碼是否正確，如果正確，可能您的提供者需要 Zitadel 不支援的身分驗證方法",                                                                                                                                                  // zh-TW
	}},
	// Errors.SMTP.CouldNotSplit: the host setting is not host:port (EMAIL-spR56).
	{own: true, key: "Errors.SMTP.CouldNotSplit", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"could not split host and port for connect to smtp",                       // en, sk
		"تعذر تقسيم المضيف والمنفذ للاتصال بـ smtp",                               // ar
		"не можа да раздели хост и порт за свързване към smtp",                    // bg
		"No s'ha pogut dividir l'amfitrió i el port per connectar-se a SMTP",      // ca
		"nemohl rozdělit hostitele a port pro připojení k smtp",                   // cs
		"kunne ikke opdele vært og port til forbindelse til smtp",                 // da
		"Host und Port konnten für die Verbindung zu SMTP nicht getrennt werden",  // de
		"No se pudo dividir el host y el puerto para conectarse a SMTP",           // es
		"impossible de diviser l'hôte et le port pour la connexion à SMTP",        // fr
		"कनेक्शन के लिए होस्ट और पोर्ट को अलग नहीं किया जा सका",                   // hi
		"nem sikerült szétválasztani a hostot és a portot az smtp kapcsolódáshoz", // hu
		"tidak dapat membagi host dan port untuk terhubung ke smtp",               // id
		"impossibile dividere l'host e la porta per la connessione a SMTP",        // it
		"smtp に接続するためにホストとポートを分割できませんでした",                                         // ja
		"SMTP серверіне қосылу үшін хост пен портты ажырату мүмкін болмады",       // kk
		"smtp 연결을 위해 호스트와 포트를 분할할 수 없습니다",                                         // ko
		"nepavyko atskirti serverio ir prievado prisijungimui prie smtp",          // lt
		"не може да се подели домаќинот и портата за поврзување со smtp",          // mk
		"Kunne ikke dele vert og port for tilkobling til SMTP",                    // nb
		"Kan host en poort niet splitsen voor verbinding met smtp",                // nl
		"nie można podzielić hosta i portu w celu połączenia z smtp",              // pl
		"não foi possível dividir o host e a porta para conectar ao smtp",         // pt
		"Nu s-a putut împărți host și port pentru conectarea la smtp",             // ro
		"не удалось разделить хост и порт для подключения к smtp",                 // ru
		"ni bilo mogoče ločiti gostitelja in vrat za povezavo na SMTP",            // sl
		"hosti dhe porta nuk mund të ndaheshin për lidhjen me SMTP",               // sq
		"kunde inte dela värd och port för anslutning till smtp",                  // sv
		"ไม่สามารถแยกโฮสต์และพอร์ตสำหรับเชื่อมต่อ smtp ได้",                       // th
		"smtp'ye bağlanmak için host ve port ayrıştırılamadı",                     // tr
		"не вдалося розділити хост та порт для підключення до smtp",               // uk
		"không thể phân chia máy chủ và cổng để kết nối với smtp",                 // vi
		"无法拆分主机和端口以连接到 smtp",                                                      // zh
		"無法拆分主機和埠以連線到 smtp",                                                       // zh-TW
	}},
}
