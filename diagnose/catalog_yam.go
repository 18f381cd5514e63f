package diagnose

// yamMessages are YAM's (Yet Another Mailer, AmigaOS) reports of a send
// that failed for a cause it names, without quoting a server's reply
// (locale/*.po of jens-maus/yam at 79ed4124cc84, which batch CO cites, in
// every translation the repository holds: English's msgid and
// english-british, Czech, Danish, Dutch, Finnish, French, German, Greek,
// Hungarian, Italian, Polish, Russian, Slovenian, Spanish, Swedish and
// Turkish; an empty msgstr falls back to English). Each is shown by
// src/tcp/smtp.c (line numbers below) about the SMTP server of the
// account it sends with, and the message stays in YAM's outbox: a
// connection, lookup or TLS failure is deferred; a setting the user has
// to change (8-bit, the AUTH mechanism, the credentials) is bounced. Its
// %s is the server's host name (and, in MSG_ER_CONNECTIONBROKEN, the
// command). Left out: MSG_ER_BADRESPONSE_SMTP, which quotes the server's
// reply (unwrap.go reads the reply: yamBadResponse). Batch CO co-025..034.
var yamMessages = []catalogMessage{
	// The connection to the SMTP server failed (CONNECTERR_UNKNOWN_ERROR, smtp.c
	// L1700; co-030). Italian's text goes on about the user name and password.
	{own: true, key: "MSG_ER_CANNOT_CONNECT_SMTP", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Couldn't connect to host '%s'.\n\nThe mail server is currently down or doesn't support the SMTP protocols.",                                    // en en_GB
		"Nelze navázat spojení s '%s'.\n\nPoštovní server neodpovídá nebo nepodporuje protokol SMTP.",                                                   // cs
		"Fejl ved forsøg på at koble op til serveren '%s'.\n\nPostserveren er nede i øjeblikket, eller også\nunderstøtter den ikke SMTP-protokollerne.", // da
		"Kan niet verbinden met host '%s'.\n\nDe mailserver is momenteel down of ondersteunt geen SMTP-protocollen,",                                    // nl
		"Yhteyttä palveluun '%s' ei saatu.\n\nPostipalvelin on pois käytöstä tai ei tue SMTP-protokollaa.",                                              // fi
		"Impossible de se connecter à l'hôte « %s ».\n\nLe serveur de courrier est hors service, ou ne supporte pas le protocole SMTP.",                 // fr
		"Keine Verbindung mit '%s'.\n\nDer Postserver ist zur Zeit nicht verfügbar oder er unterstützt das SMTP-Protokoll nicht.",                       // de
		"Αδύνατη η σύνδεση με τον κόμβο '%s'.\n\nΟ διακομιστής αλληλογραφίας είναι κάτω ή δεν υποστηρίζει τα πρωτόκολλα SMTP.",                          // el
		"Nem lehet csatlakozni '%s' szerverhez.\n\nA levél kiszolgáló le van kapcsolva vagy nem támogatja az SMTP protokollt.",                          // hu
		"Impossibile connettersi all'host '%s'.\n\nIl server di posta potrebbe essere attualmente in\nmanutenzione oppure non è in grado di supportare\nadeguatamente i protocolli SMTP.\n\nVerifica il corretto inserimento dell'ID Utente e della\nPassword nelle preferenze di YAM alla voce \"TCP/IP\"\n\nQuesti dati devono coincidere con il nome utente\ne la password con cui si è registrato l'account di\nposta nel sito del proprio Provider.", // it
		"Nie można połączyć się z węzłem \"%s\".\n\nSerwer pocztowy jest aktualnie wyłączony lub nieobsługuje protokołu SMTP.", // pl
		"Невозможно соединиться с хостом «%s».\n\nПочтовый сервер сейчас не работает или не поддерживет протоколы SMTP.",       // ru
		"No se puede conectar con '%s'.\n\nDicho servidor está actualmente caído o no soporta el protocolo SMTP.",              // es
		"Kunde inte ansluta till värd '%s'.\n\nMail-servern är nere för tillfället eller stödjer inte SMTP protokoll.",         // sv
		"'%s' sunucusuna bağlanılamadı.\n\nPosta sunucusu çökmüş veya SMTP protokollerini desteklemiyor.",                      // tr
	}},
	// The server did not answer in time (CONNECTERR_TIMEDOUT, L1683; co-029).
	{own: true, key: "MSG_ER_CONNECTERR_TIMEDOUT_SMTP", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Couldn't connect to host '%s'.\n\nThe mail server didn't respond within the predefined time frame and therefore timed out.",                                  // en en_GB
		"Nelze navázat spojení se serverem '%s'.\n\nPoštovní server neodpověděl v požadované době.",                                                                   // cs
		"Fejl under forsøg på at koble op til serveren '%s'.\n\nPostserveren svarede ikke inden for den forud\ndefinerede tid, og forsøget blev derfor opgivet.",      // da
		"Kan niet verbinden met host '%s'.\n\nDe mailserver antwoorde niet binnen de gestelde tijd.",                                                                  // nl
		"Yhteyttä palveluun '%s' ei saatu.\n\nPostipalvelin ei vastannut määritellyssä ajassa.",                                                                       // fi
		"Impossible de se connecter à l'hôte « %s ».\n\nLe serveur de courrier n'a pas répondu dans le délai imparti.",                                                // fr
		"Verbindung zu '%s' konnte nicht aufgebaut werden.\n\nDer Postserver hat nicht in der erwarteten Zeit geantwortet.",                                           // de
		"Αδύνατη η σύνδεση με τον κόμβο '%s'.\n\nΟ διακομιστής αλληλογραφίας δεν αποκρίθηκε μέσα στα ορισμένα χρονικά πλαίσια και συνεπώς τερματίστηκε.",              // el
		"Nem lehet csatlakozni '%s' szerverhez.\n\nA levél kiszolgáló nem válaszolt a megadott határidőn belül. Idő túllépés.",                                        // hu
		"Impossibile connettersi all'host '%s'.\n\nIl server di posta non ha risposto entro i termini\nprefissati, a causa di ciò la connessione è stata\nterminata.", // it
		"Nie można połączyć z węzłem \"%s\".\n\nSerwer pocztowy nie odpowiedział w określonym czasie dlatego też połączenie wygasło.",                                 // pl
		"Невозможно подсоединиться к хосту '%s'.\n\nСервер почты не ответил в определённый период и следовательно ожидание превышено.",                                // ru
		"No se puede conectar con '%s'.\n\nDicho servidor no respondió con la temporización predefinida y por lo tanto se finalizó la conexión.",                      // es
		"Kunde inte ansluta till värd '%s'.\n\nMail-servern svarade inte inom den angivna tidsramen och avbröts därför.",                                              // sv
		"'%s' sunucusuna bağlanılamadı.\n\nPosta sunucusu öntanımlı zaman zarfında yanıt vermedi ve bu yüzden zaman aşımına uğradı.",                                  // tr
	}},
	// No socket could be opened: the TCP/IP stack is offline (L1666; co-034).
	{own: true, key: "MSG_ER_CONNECTERR_NO_SOCKET_SMTP", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Couldn't connect to host '%s'.\n\nYAM wasn't able to establish a socket connection to the mail server. Please make sure that your TCP/IP stack is online and working properly.",                                                        // en en_GB
		"Nelze navázat spojení se serverem '%s'.\n\nProgramu se nepodařilo navázat spojení s poštovním\nserverem. Zkontrolujte instalaci balíku pro podporu\nprotokolu TCP/IP.",                                                                 // cs
		"Fejl under forsøg på at koble op til serveren '%s'.\n\nYAM kunne ikke opsætte en socket-forbindelse til\npostserveren. Sørg for at din TCP/IP-stak er online\nog fungerer korrekt.",                                                    // da
		"Kan niet verbinden met host '%s'.\n\nYAM kan geen socketverbinding met de mailserver tot stand brengen.\nZorg ervoor dat jouw TCP/IP-stack online is en naar behoren werkt.",                                                           // nl
		"Yhdistäminen palveluun '%s' ei onnistunut.\n\nYAM ei saanut yhteyttä postipalvelimeen. Tarkista, että TCP/IP-pino on käynnissä ja toimii normaalisti.",                                                                                 // fi
		"Impossible de se connecter à l'hôte « %s ».\n\nYAM n'a pas été en mesure d'établir une connexion socket vers le serveur de courrier. Veuillez vous assurer que votre pile TCP/IP est bien démarrée et fonctionne correctement.",        // fr
		"Verbindung zu '%s' konnte nicht aufgebaut werden.\n\nYAM konnte keine Verbindung zum Postserver aufbauen. Bitte stellen Sie sicher, dass Ihr TCP/IP-Stack läuft und korrekt funktioniert.",                                             // de
		"Αδύνατη η σύνδεση με τον κόμβο '%s'.\n\nΤο YAM δεν μπόρεσε να πραγματοποιήσει μια σύνδεση με τον διακομιστή αλληλογραφίας. Βεβαιωθείτε ότι το TCP/IP είναι ενεργό και δουλεύει σωστά.",                                                 // el
		"Nem lehet csatlakozni '%s' szerverhez.\n\nYAM nem képes kapcsolatot létesíteni a levél kiszolgálóval. Ellenőrizd, hogy a TCP/IP kapcsolat él-e és megfelelően mûködik-e.",                                                              // hu
		"Impossibile connettersi all'host '%s'.\n\nYAM non è stato in grado di stabilire una\nconnessione con il server di posta.\nPer favore assicurati che lo Stack TCP/IP\nsia connesso alla rete e che risulti\ncorrettamente configurato.", // it
		"Nie można połączyć z węzłem \"%s\".\n\nProgramowi nie udało się ustanowić połączenia gniazdka z serwerem pocztowym. Proszę upewnić się, że stos TCP/IP jest połączony z siecią i działa prawidłowo.",                                   // pl
		"Не удалось подключиться к хосту '%s'.\n\nYAM не смог установить соединение через сокет к почтовому серверу. Пожалуйста, убедитесь, что Ваш стек TCP/IP подключен к сети и работает должным образом.",                                   // ru
		"No se puede conectar con '%s'.\n\nYAM no pudo establecer una conexión con dicho servidor.",                                                                                                                                             // es
		"Kunde inte ansluta till värd '%s'.\n\nYAM kunde inte etablera en socket anslutning till mail-servern. Var god kontrollera att din TCP/IP stack är online och fungerar.",                                                                // sv
		"'%s' sunucusuna bağlanılamadı.\n\nYAM posta sunucusuna bir soket bağlantısı kurmayı başaramadı. Lütfen TCP/IP yazılımınızın çevrimiçi ve düzgün çalışıyor olduğundan emin olun.",                                                       // tr
	}},
	// The stack could not open a non-blocking connection (L1671).
	{own: true, key: "MSG_ER_CONNECTERR_NO_NONBLOCKIO_SMTP", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Couldn't connect to host '%s'.\n\nYAM wasn't able to establish a non-blocking I/O connection to the mail server. Please make sure that your TCP/IP stack can establish non-blocking I/O connections.",                                              // en en_GB
		"Nelze navázat spojení se serverem '%s'.\n\nProgramu se nepodařilo navázat neblokující spojení\n(non-blocking IO connection) s poštovním serverem.\nZkontrolujte, zda tuto funkci váš operační systém\npodporuje.",                                  // cs
		"Fejl ved forsøg på at koble op til serveren '%s'.\n\nYAM kunne ikke opsætte en forbindelse med ikke\nblokerende I/O til postserveren. Sørg for at din\nTCP/IP-stak er i stand til at opsætte forbindelser\nmed ikke blokerende I/O.",               // da
		"Kan niet verbinden met host '%s'.\n\nYAM kan geen non-blocking I/O-verbinding met de mailserver tot stand brengen.\nZorg ervoor dat jouw TCP/IP-stack wel zo'n verbinding kan maken.",                                                              // nl
		"Yhdistäminen palveluun '%s' ei onnistunut.\n\nYAM ei voinut avata non-blocking-tyyppistä I/O- yhteyttä postipalvelimeen. Tarkista, että käyttämäsi TCP/IP-pino voi avata non-blocking I/O-yhteyksiä.",                                              // fi
		"Impossible de se connecter à l'hôte « %s ».\n\nYAM n'a pas été en mesure d'établir une connexion avec accès non bloquant. Veuillez vous assurer que votre pile TCP/IP peut établir de telles connexions.",                                          // fr
		"Verbindung zu '%s' konnte nicht aufgebaut werden.\n\nYAM konnte keine nicht blockierende Verbindung zum Postserver aufbauen. Bitte stellen Sie sicher, dass Ihr TCP/IP-Stack in der Lage ist nicht blockierende Verbindungen aufzubauen.",          // de
		"Αδύνατη η σύνδεση με τον κόμβο '%s'.\n\nΤο YAM δεν μπόρεσε να πραγματοποιήσει μια μη-μπλοκαρισμένη σύνδεση I/O στον διακομιστή αλληλογραφίας. Βεβαιωθείτε ότι το TCP/IP μπορεί να πραγματοποιήσει μη-μπλοκαρισμένες συνδέσεις I/O.",                // el
		"Nem lehet csatlakozni '%s' szerverhez.\n\nYAM nem képes kapcsolatot létesíteni egy non-blocking I/O kapcsolatot a kiszolgálóval. Ellenőrizd, hogy a TCP/IP kapcsolatod létrehoz-e non-blocking I/O kapcsolatot.",                                   // hu
		"Impossibile connettersi all'host '%s'.\n\nYAM non è stato in grado di stabilire una\nconnessione I/O non bloccante al server\ndi posta.\nPer favore assicurati che lo Stack TCP/IP\nsia in grado di stabilire una connessione\nI/O non bloccante.", // it
		"Nie można połączyć z węzłem \"%s\".\n\nProgram nie był w stanie ustanowić nieblokującego wejścia/wyjścia połączenia z serwerem pocztowym. Proszę upewnić się, że Twój stos TCP/IP może ustanawiać połączenia nieblokujące wejście/wyjście.",        // pl
		"Не удалось подключиться к хосту '%s'..\n\nYAM был не в состоянии установить неблокирующее соединение В/В с почтовым сервером. Пожалуйста, убедитесь, что Ваш стек TCP/IP может устанавливать неблокирующее соединение В/В.",                        // ru
		"No se puede conectar a '%s'.\n\nYAM no pudo establecer una conexión E/S asincrona con dicho servidor.",                                                                                                                                             // es
		"Kunde inte ansluta till värd '%s'.\n\nYAM kunde inte etablera en icke blockerande I/O anslutning till mail-servern. Var god kontrollera att din TCP/IP stack kan etablera icke blockerande I/O anslutningar.",                                      // sv
		"'%s' sunucusuna bağlanılamadı.\n\nYAM posta sunucusu ile eş-zamanlı bağlantı kurmayı başaramadı. Lütfen TCP/IP yazılımınızın eş-zamanlı Giriş/Çıkış bağlantıları kurabildiğinden emin olun.",                                                       // tr
	}},
	// Another transfer holds the socket (L1661): YAM sends later.
	{own: true, key: "MSG_ER_CONNECTERR_SOCKET_IN_USE_SMTP", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Couldn't connect to host '%s'.\n\nA TCP/IP socket connection seems to be already active. Please close any other existing transfers.",                                          // en en_GB
		"Nelze navázat spojení se serverem '%s'.\n\nSpojení se zdá být už jednou navázané. Ukončete\nveškeré ostatní přenosy dat v rámci programu.",                                    // cs
		"Fejl under forsøg på at koble op til serveren '%s'.\n\nDer er tilsyneladende allerede en TCP/IP-forbindelse aktiv. Luk eventuelle andre aktive overførsler ned.",              // da
		"Kan niet verbinden met host '%s'.\n\nEr schijnt al een TCP/IP-socketverbinding actief te zijn.\nJe moet alle andere bestaande overdrachten sluiten.",                          // nl
		"Yhteyttä palveluun '%s' ei saatu.\n\nTCP/IP-yhteys näyttää olevan jo aktiivinen. Sulje kaikki muut siirrot.",                                                                  // fi
		"Impossible de se connecter à l'hôte « %s ».\n\nUne connexion socket TCP/IP semble être déjà active. Veuillez fermer tous les autres transferts en cours.",                     // fr
		"Verbindung zu '%s' konnte nicht aufgebaut werden.\n\nDie TCP/IP-Socket-Verbindung scheint schon aktiv zu sein. Bitte beenden Sie alle anderen existierenden Verbindungen.",    // de
		"Αδύνατη η σύνδεση με τον κόμβο '%s'.\n\nΗ σύνδεση TCP/IP φαίνεται να είναι ήδη ενεργή. Κλείστε τις υπόλοιπες υπάρχουσες μεταφορές.",                                           // el
		"Nem lehet csatlakozni '%s' szerverhez.\n\nEgy TCP/IP fiók már aktív. Kérlek válassz egy másik meglévő küldés módot.",                                                          // hu
		"Impossibile connettersi all'host '%s'.\n\nUna connessione TCP/IP sembra essere già\nattiva.\nPer favore chiudi tutte le applicazioni che\nstanno eseguendo un trasferimento.", // it
		"Nie można połączyć z węzłem \"%s\".\n\nPrawdopodobnie połaczenie dla gniazdka TCP/IP jest już aktywne. Proszę zakończyć wszystkie istniejące przesyłania.",                    // pl
		"Не удалось подключиться к хосту '%s'.\n\nСокет подключение TCP/IP, кажется, уже активно. Пожалуйста, закройте все другие существующие передачи.",                              // ru
		"No se puede conectar con '%s'.\n\nParece que ya existe una conexión TCP/IP activa. Cierre cualquier otra transferencia existente.",                                            // es
		"Kunde inte ansluta till värd '%s'.\n\nEn TCP/IP socket anslutning verkar redan vara aktiv. Var god stäng ev. andra existerande överföringar.",                                 // sv
		"'%s' sunucusuna bağlanılamadı.\n\nBir TCP/IP soket bağlantısı halen etkin görünüyor. Lütfen diğer aktarımları durdurun.",                                                      // tr
	}},
	// The connection broke while a command was sent or its reply read
	// (SendSMTPCommand, L282; the message body, L1286; co-032). The command
	// may be empty (the greeting) or "\r\n." (the end of the data).
	{own: true, key: "MSG_ER_CONNECTIONBROKEN", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Connection with server '%s' was interrupted while trying to send command '%s'.\n\nThis may be due to a connection dropped by the server.",                                                         // en en_GB
		"Spojení se serverem '%s' bylo přerušeno při posílání příkazu '%s'.\n\nDůvodem může odpojení ze strany serveru.",                                                                                   // cs
		"Forbindelsen med serveren '%s' blev afbrudt\nunder forsøget på at sende kommandoen '%s'.\n\nDette kan skyldes at serveren lukkede forbindelsen ned.",                                              // da
		"Verbinding met server %s werd onderbroken tijdens het zenden van opdracht %s.\n\nDit kan zijn omdat de verbinding werd verbroken door de server.",                                                 // nl
		"Yhteys palvelimeen '%s' keskeytyi kun lähetettiin viestiä '%s'.\n\nTämä voi johtua yhteyden katkaisemisesta.",                                                                                     // fi
		"La connexion avec le serveur « %s » a été interrompue au cours de l'envoi de la commande « %s ».\n\nCela peut être dû à une fermeture de connexion par le serveur.",                               // fr
		"Die TCP/IP-Verbindung mit Server '%s' wurde während des Kommandos '%s' unterbrochen.\n\nVermutlich hat Ihr Verbindungspartner abgebrochen.",                                                       // de
		"Η σύνδεση με τον διακομιστή '%s' διεκόπη κατά την προσπάθεια αποστολής της εντολής '%s'.\n\nΑυτό μπορεί να οφείλεται σε μια αποτυχημένη σύνδεση από τον διακομιστή.",                              // el
		"A kapcsolat '%s' szerverrel megszakadt '%s' parancs küldés közben.\n\nElőfordulhat, hogy a szerver felöl szakadt meg a kapcsolat.",                                                                // hu
		"La connessione con il server '%s' è stata\ninterrotta durante il tentativo di invio\ndel comando '%s'.\n\nQuesto problema potrebbe essersi verificato\na causa di una disconnessione dal server.", // it
		"Połączenie z serwerem \"%s\" zostało przerwane podczas próby wysłania polecenia \"%s\".\n\nMoże to być spowodowane porzuceniem połączenia przez serwer.",                                          // pl
		"Соединение с сервером '%s' было прервано во время отправки команды '%s'.\n\nЭто возможно по причине разрыва соединения сервером.",                                                                 // ru
		"Interrumpida la conexión con el servidor '%s' al enviar el comando '%s'.\n\nPuede deberse a un/a corte/caida en la conexión desde el servidor.",                                                   // es
		"Anslutningen mot servern '%s' avbröts vid försök att skicka kommandot '%s'.\n\nDetta kan bero på att servern tappade anslutningen.",                                                               // sv
		"'%s' sunucusu ile bağlantı, '%s' komutu gönderilmeye çalışılırken kesildi.\n\nBu sunucu tarafından düşürülen bir bağlantı yüzünden olabilir.",                                                     // tr
	}},
	// The TLS session could not be set up after STARTTLS or on connect
	// (L490, L1695): a handshake failure, as AOSP's security error (co-031).
	{own: true, key: "MSG_ER_INITTLS_SMTP", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Couldn't initialize TLSv1/SSLv3 session with host '%s'.",                        // en
		"Nelze inicializovat relaci TLSv1/SSLv3 pro %s.",                                 // cs
		"Fejl under forsøg på at initialisere en TLSv1/SSLv3-session med serveren '%s'.", // da
		"Kan TLSv1/SSLv3-sessie met host '%s' niet initialiseren",                        // nl
		"Couldn't initialise TLSv1/SSLv3 session with host '%s'.",                        // en_GB
		"TLSv1/SSLv3-istuntoa palvelussa '%s' ei voitu alustaa.",                         // fi
		"Impossible d'initialiser la session TLSv1/SSLv3 avec l'hôte « %s ».",            // fr
		"Fehler beim Initialisieren der TLSv1/SSLv3 Session mit Server '%s'.",            // de
		"Αδύνατη η προετοιμασία της διεργασίας TLSv1/SSLv3 με τον κόμβο '%s'.",           // el
		"Nem kezdeményezhető TLSv1/SSLv3 folyamat '%s' szerverrel.",                      // hu
		"Impossibile inizializzare una sessione TLSv1/SSLv3 con l'host '%s'.",            // it
		"Nie można zainicjalizować sesji TLSv1/SSLv3 z węzłem \"%s\".",                   // pl
		"Невозможно инициализировать сессию TLSv1/SSLv3 с хостом «%s».",                  // ru
		"No se puede inicializar la sesión TLSv1/SSLv3 con '%s'.",                        // es
		"Kunde inte initiera TLSv1/SSLv3 session med värd '%s'.",                         // sv
		"'%s' sunucusu ile TLSv1/SSLv3 oturumu ilklendirilemedi.",                        // tr
	}},
	// The server's name does not resolve (L1677; co-027, co-028).
	{own: true, key: "MSG_ER_UNKNOWN_HOST_SMTP", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"Unknown SMTP server '%s'.\n\nTCP/IP is offline or the server address is invalid.",                      // en en_GB
		"Neznámý SMTP server: '%s'.\n\nNefunkční připojení k síti nebo je neplatná adresa serveru.",             // cs
		"Ukendt SMTP-server '%s'.\n\nTCP/IP er offline, eller server-adressen er ugyldig.",                      // da
		"Onbekende SMTP-server '%s'.\n\nTCP/IP is offline of het serveradres is ongeldig.",                      // nl
		"Tuntematon SMTP-palvelin '%s'.\n\nTCP/IP ei ole yhteydessä tai palvelimen osoite on virheellinen.",     // fi
		"Serveur SMTP « %s » inconnu.\n\nLa couche TCP/IP est hors ligne ou l'adresse du serveur est invalide.", // fr
		"Unbekannter SMTP-Server '%s'.\n\nDer TCP/IP-Stack ist inaktiv oder die Serveradresse ist ungültig.",    // de
		"Άγνωστος διακομιστής SMTP '%s'.\n\nΤο TCP/IP είναι ανενεργό ή η διεύθυνση διακομιστή είναι άκυρη.",     // el
		"Ismeretlen SMTP szerver: '%s'.\n\nTCP/IP nem aktív vagy a szerver cím érvénytelen.",                    // hu
		"Server SMTP '%s' sconosciuto.\n\nTCP/IP non in linea o indirizzo\ndel server errato.",                  // it
		"Nieznany serwer SMTP \"%s\".\n\nStos TCP/IP nie jest podłączony lub adres serwera jest niewłaściwy.",   // pl
		"Неизвестный SMTP сервер «%s».\n\nСоединение TCP/IP не доступно или адрес сервера неправильный.",        // ru
		"Servidor SMTP '%s' desconocido.\n\nLa pila TCP/IP está sin conexión o dicho servidor no es válido.",    // es
		"Okänd SMTP-server '%s'.\n\nTCP/IP är nedkopplad eller så är serveradressen ogiltig.",                   // sv
		"Bilinmeyen SMTP sunucusu: '%s'\n\nTCP/IP çevrimdışı veya sunucu adresi geçersiz.",                      // tr
	}},
	// TLS is set for the account and the server offers no STARTTLS (L496;
	// co-025, co-026).
	{own: true, key: "MSG_ER_NOSTARTTLS_SMTP", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"Your SMTP server '%s' doesn't support TLS/SSL. Please disable this option in the configuration.",                                                                                                                           // en en_GB
		"SMTP server '%s' nepodporuje zabezpečený přenos dat (protokoly TLS/SSL). Vypněte příslušnou možnost v konfiguračním okně programu YAM.",                                                                                    // cs
		"Din SMTP-server '%s' understøtter ikke TLS/SSL. Slå dette valg fra i indstillingerne.",                                                                                                                                     // da
		"Jouw SMTP-server '%s' ondersteunt TLS/SSL niet.\n\nJe moet deze optie in de configuratie uitschakelen.",                                                                                                                    // nl
		"SMTP-palvelimesi '%s' ei tue TLS/SSL-protokollaa. Kytke tämä toiminto pois asetuksissa.",                                                                                                                                   // fi
		"Votre serveur SMTP « %s » ne gère pas TLS/SSL. Veuillez désactiver cette option dans la configuration.",                                                                                                                    // fr
		"Der SMTP Server '%s' unterstützt das TLS/SSL-Protokoll nicht, jedoch haben Sie dies in der Konfiguration ausgewählt. Bitte kontrollieren Sie Ihre Serverdaten und begutachten Sie die Konfigurationseinstellungen erneut.", // de
		"Ο διακομιστής SMTP '%s' δεν υποστηρίζει TLS/SSL. Απενεργοποιήστε την επιλογή αυτή από τις ρυθμίσεις.",                                                                                                                      // el
		"'%s' SMTP szervered nem támogatja a TLS/SSL-t. Tiltsd le ezt a beállítást a konfigurációban.",                                                                                                                              // hu
		"Il tuo server SMTP '%s' non supporta TLS/SSL.\nPer favore disabilita questa opzione nella\nconfigurazione di YAM.",                                                                                                         // it
		"Twój serwer SMTP \"%s\" nie obsługuje TLS/SSL. Proszę wyłączyć tę opcję w konfiguracji.",                                                                                                                                   // pl
		"Ваш SMTP сервер '%s' не поддерживает TLS/SSL. Отключите эту опцию в настройках.",                                                                                                                                           // ru
		"El servidor SMTP '%s' no soporta TLS/SSL. Modifique la seguridad en la configuración.",                                                                                                                                     // es
		"Din SMTP-server '%s' stödjer inte TLS/SSL. Var god stäng av detta val i konfigurationen.",                                                                                                                                  // sv
		"SMTP sunucunuz '%s' TLS/SSL desteklemiyor. Lütfen bu seçimi ayarlardan devre dışı bırakın.",                                                                                                                                // tr
	}},
	// 8-bit is set for the account and the server does not announce 8BITMIME
	// (L1689): the message must be edited, not sent again as it is (co-033).
	{own: true, key: "MSG_ER_NO8BITMIME_SMTP", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"The SMTP server '%s' reported that it doesn't support 8bit mail transfers while you have the 'Allow8bit' option enabled.\n\nPlease disable this option in your TCP/IP preferences\nand re-edit the e-mail before trying to send it again,\notherwise the e-mail may be malformed.",                                                                                               // en en_GB
		"Poštovní server '%s' nepodporuje posílání textu 8bitově.\n\nOtevřete konfigurační okno na stránce týkající se serveru\npro odesílání pošty a vypněte odpovídající funkci. V opačném\npřípadě může během odesílání dojít k porušení obsahu zprávy.",                                                                                                                               // cs
		"SMTP-serveren '%s' meldte at den ikke understøtter 8-bit \npostoverførsler, men du har 'SMTP-server tillader 8 bit-tegn'\nslået til.\n\nSlå dette valg fra i dine TCP/IP-indstillinger og rediger\nmeddelelsen igen før du atter forsøger at afsende den, ellers\nkan meddelelsen blive udformet forkert.",                                                                       // da
		"De SMTP-server '%s' antwoordt dat hij geen 8bit mailoverdracht ondersteunt\nondanks de ingeschakelde optie '8bit toestaan'.\n\nJe moet deze optie in jouw TCP/IP-voorkeuren uitschakelen\nen het mailtje opnieuw opstellen voordat je het verstuurt.\nAnders zou het mailtje wel eens verminkt kunnen worden.",                                                                   // nl
		"SMTP-palvelin '%s' ilmoittaa, ettei se tue 8bit postin siirtoja, mutta sinä olet kytkenyt 8bit-valinnan käyttöön.\n\nKytke tämä valinta pois TCP/IP-asetuksissa\nja muokkaa viestiäsi, ennen kuin yrität lähettää sitä uudestaan,\nmuuten viesti voi olla väärässä muodossa.",                                                                                                    // fi
		"Le serveur SMPT « %s » a indiqué qu'il ne supportait pas le transfert de courriers 8 bits et vous avez activé l'option autorisant le 8 bits.\n\nVeuillez désactiver cette option dans vos préférences TCP/IP et rééditer le message avant de le renvoyer. Dans le cas contraire il se peut qu'il soit corrompu lors de son transfert.",                                           // fr
		"Während des Verbindungsversuches mit dem SMTP Server '%s' zeigte sich, dass dieser keine 8bit MIME-Übertragungen unterstützt. Sie haben jedoch in Ihrer Konfiguration diese Option eingeschaltet.\n\nBitte stellen Sie sicher, dass Sie die Option abschalten und danach die Nachricht neu editieren, da diese ansonsten eventuell fehlerhaft übertragen werden kann.",           // de
		"Ο διακομιστής SMTP '%s' ανέφερε ότι δεν υποστηρίζει μεταφορές αλληλογραφίας 8bit ενώ έχετε την επιλογή 'Αποδοχή 8bit' ενεργή.\n\nΑπενεργοποιήστε αυτή την επιλογή από τις προτιμήσεις TCP/IP\nκαι ξανα-επεξεργαστείτε το μήνυμα πριν το στείλετε ξανά, αλλιώς το μήνυμα μπορεί να γίνει ακατάλληλο.",                                                                             // el
		"'%s' SMTP szerver jelezte, hogy nem támogatja a 8bites levél forgalmat, miközben a '8bitEngedés' opció engedélyezve van.\n\nKapcsold ki ezt a beállítást a TCP/IP tulajdonságoknál\nas szerkeszd újra a levelet mielőtt megpróbálnád ismét\nelküldeni. Máskülönben az e-mail sérülhet.",                                                                                          // hu
		"Attenzione, il server SMTP '%s' ha riportato un errore durante\nil trasferimento dei messaggi a 8-Bit, questo nonostante l'opzione\nsia correttamente attivata nelle impostazioni.\n\nPer favore disattiva questa funzionalità dalle impostazioni 'TCP/IP'\ne riscrivi il messaggio di posta prima di poterlo nuovamente inviare\naltrimenti lo stesso risulterà malformattato.", // it
		"Serwer SMTP \"%s\" zgłosił, że nie obsługuje 8-bitowego przesyłania wiadomości, podczas gdy w ustawieniach włączono opcję \"Serwer SMTP obsługuje 8 bitów\".\n\nProszę wyłączyć tę opcję w preferencjach TCP/IP i ponownie przeedytować wiadomość przed ponowną próbą wysłania, w przeciwnym razie wiadomość może zostać uszkodzona.",                                            // pl
		"SMTP-сервер '%s' сообщил, что он не поддерживает 8-битную передачу почты, а у Вас включена опция 'Разрешать 8-бит'.\n\nПожалуйста, отключите эту опцию в настройках TCP/IP\nи повторно отредактируйте электронное письмо,\nпрежде чем пытаться отправить его снова,\nиначе письмо может быть неправильного формата.",                                                             // ru
		"El servidor SMTP '%s' no permite transferencias de 8bits y tiene dicha opción activada en la configuración.\n\nDesactive esta opción en 'Enviar correo (SMTP)' en la\nConfiguración TCP/IP y reedite el mensaje antes de enviarlo\nde nuevo, de lo contrario el mensaje puede quedar deteriorado.",                                                                               // es
		"SMTP-servern '%s' rapporterade att den inte stödjer 8-bits brevöverföringar medans du har valet 'Tillåt 8bit' aktiverad.\n\nVar god stäng av denna funktion i TCP/IP-inställningarna\noch redigera om brevet innan du försöker skicka det igen,\nannars kan brevet bli förstört.",                                                                                                // sv
		"SMTP sunucusu '%s', 8bit posta aktarımını desteklemediğini bildirdi. 'Allow8bit' seçeneği etkin hale getirmişsiniz.\n\nLütfen TCP/IP ayarlarınızdan bu seçeneği devre dışı bırakın ve e-postanızı tekrar göndermeden önce tekrar-düzenleyin. Aksi takdirde e-postanız bozulabilir.",                                                                                              // tr
	}},
	// None of the server's AUTH mechanisms is one YAM may use (L1091): RFC
	// 4954's 504, syntax by the README's SMTP AUTH convention, as AOSP's.
	{own: true, key: "MSG_CO_ER_SMTPAUTH", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"The SMTP server '%s' doesn't seem to support the selected SMTP-AUTH method.\n\nPlease ask your provider which authentication methods are available and how to configure them in your e-mail client.",                                                        // en en_GB
		"Poštovní server '%s' nepodporuje vybranou metodu ověření identity (SMTP-AUTH).\n\nZjistěte poskytované metody autorizace a jak je nastavit ve svém poštovním klientovi.",                                                                                    // cs
		"SMTP-serveren '%s' ser ikke ud til at understøtte den valgte SMTP-AUTH-metode.\n\nSpørg din udbyder hvilke autentificeringsmetoder der er til rådighed, og hvordan de konfigureres i din e-postklient.",                                                     // da
		"De SMTP-server '%s schijnt de gekozen SMTP-AUTH-methode\nniet te ondersteunen. Vraag jouw provider welke authenticatiemethodes beschikbaar zijn en\nhoe je die moet configureren in YAM.",                                                                   // nl
		"SMTP-palvelin '%s' ei näytä tukevan valittua SMTP-AUTH-tapaa.\n\nKysy palveluntarjoajaltasi, mitkä todennustavat\novat käytettävissä ja miten sähköpostiohjelman asetuksia\npitää muokata.",                                                                 // fi
		"Le serveur SMTP « %s » ne semble pas supporter la méthode d'authentification sélectionnée.\n\nVeuillez vérifier avec votre fournisseur quelles méthodes d'authentification sont disponibles et comment les configurer dans votre client de messagerie.",     // fr
		"Der SMTP-Server '%s' scheint die ausgewählte SMTP-AUTH Methode nicht zu unterstützen.\n\nBitte stellen Sie sicher, dass der von Ihnen ausgewählte Server auch wirklich eine der verfügbaren AUTH-Methoden unterstützt.",                                     // de
		"Ο διακομιστής SMTP '%s' φαίνεται να μην υποστηρίζει την επιλεγμένη μέθοδο SMTP-AUTH.\n\nΡωτήστε τον παροχέα σας ποιά μέθοδος ταυτοποίησης είναι διαθέσιμη και πως να την ρυθμίσετε στην εφαρμογή σας.",                                                      // el
		"A(z)  '%s'  SMTP szerver nem támogatja a megadott SMTP-AZONOSÍTÁSI eljárást.\n\nKérj tanácsot a rendszergazdától, hogy melyik azonosítási eljárás érhető el és hogy hogyan állítható be a levelező kliens.",                                                 // hu
		"Il server SMTP '%s' non sembra supportare il metodo\nSMTP-AUTH selezionato.\n\nSi consiglia di contattare il proprio provider per maggiori\ninformazioni circa i metodi di autenticazione disponibili\ne su come configurarli nel proprio client di posta.", // it
		"Serwer SMTP \"%s\" nie obsługuje wybranej metody autoryzacji.\n\nProszę zapytać swojego dostawcę, które metody autoryzacji są dostępne oraz jak je skonfigurować w Twoim kliencie poczty e-mail.",                                                           // pl
		"Похоже, SMTP сервер «%s» не поддерживает выбранный способ SMTP-AUTH.\n\nУточните у вашего поставщика услуги, какие способы аутентификации доступны и как настроить ваш почтовый клиент.",                                                                    // ru
		"El servidor SMTP '%s' no parece soportar la autentificación seleccionada.\n\nConsulte a su proveedor qué métodos de autentificación están disponibles y cómo configurarlos en su programa de correo.",                                                       // es
		"SMTP-servern '%s' verkar inte stödja den valda SMTP AUTH metoden.\n\nVar god verifiera med din leverantör vilka autentisieringsmetoder som är tillgängliga och hur man konfigurerar dem i din e-post klient.",                                               // sv
		"SMTP sunucusu '%s', seçtiğiniz SMTP yetkilendirme yöntemini desteklemiyor gibi görünüyor. \n\nLütfen hangi yetkilendirme yöntemlerinin kullanılabilir olduğunu ve nasıl ayarlamanız gerektiğini servis sağlayıcınıza danışınız.",                            // tr
	}},
	// SMTP AUTH is set for the account without a user name or password
	// (L520): the credentials, policy by the same convention, as Geary's.
	{own: true, key: "MSG_ER_NOAUTHUSERPASS", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"No user name or password was specified for the SMTP AUTH connection YAM was trying to establish. Please check your configuration.",                                                     // en en_GB
		"Chcete-li použít SMTP AUTH, je nutné znát přihlašovací jméno a heslo. Požadované údaje zadejte na příslušném místě v nastavení a uložte.",                                              // cs
		"Der var ikke angivet noget brugernavn eller adgangskode for den SMTP AUTH-forbindelse som YAM forsøgte at etablere. Tjek dine indstillinger.",                                          // da
		"Geen gebruikersnaam of wachtwoord opgegeven voor de SMTP AUTH-verbinding die YAM tot stand wou brengen. Controleer jouw config.",                                                       // nl
		"SMTP AUTH-yhteyteen ei annettu käyttäjänimeä tai salasanaa. Tarkista asetukset.",                                                                                                       // fi
		"Le nom d'utilisateur ou bien le mot de passe n'a pas été indiqué dans la connexion SMTP-AUTH que YAM essai d'établir. Veuillez vérifier votre configuration.",                          // fr
		"Es wurde kein Benutzername oder Passwort für die aufzubauende SMTP-AUTH Verbindung eingestellt. Bitte kontrollieren Sie Ihre Konfiguration und wiederholen Sie den Verbindungsaufbau.", // de
		"Δεν καθορίστηκε όνομα χρήστη ή κωδικός για την σύνδεση\nμε SMTP AUTH που προσπάθησε να καταρτίσει το YAM.\nΠαρακαλώ ελέγξτε τις ρυθμίσεις σας.",                                        // el
		"Nem volt név vagy jelszó megadva az SMTP AUTH kapcsolathoz, amelyet a YAM próbált létrehozni. Kérlek ellenőrizd a beállításodat.",                                                      // hu
		"Nessun nome utente o password specificati per la connessione\nSMTP AUTH che YAM aveva in precedenza provato a stabilire.\nPer favore verifica la tua configurazione.",                  // it
		"Nie podano użytkownika lub hasła dla połączenia SMTP-AUTH które YAM próbował ustanowić. Proszę sprawdzić konfigurację.",                                                                // pl
		"Для соединения через SMTP AUTH не заданы имя пользователя и пароль. Проверьте конфигурацию.",                                                                                           // ru
		"Za povezavo SMTP AUTH, ki jo je YAM poskušal vzpostaviti, uporabniško ime ali geslo ni bilo podano. Preverite prosim svoje nastavitve.",                                                // sl
		"No se ha especificado usuario o contraseña para la conexión con autenticación en SMTP. Por favor compruebe la configuración.",                                                          // es
		"Inget användarnamn eller lösenord specifierades för SMTP AUTH anslutningen YAM försökte etablera. Kontrollera din konfiguration.",                                                      // sv
		"YAM'ın kurmaya çalıştığı SMTP AUTH bağlantısı için herhangi bir kullanıcı adı veya şifre belirlenmemiş. Lütfen ayarları kontrol ediniz.",                                               // tr
	}},
}
