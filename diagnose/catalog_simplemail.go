package diagnose

// simpleMailMessages are SimpleMail's (AmigaOS) reports of a send that
// failed for a cause it names (po/*.po of sba1/simplemail at 6f86120,
// which batch CO cites, decoded from ISO-8859-1 and -2: cz, da, de, es,
// fi, fr, it, ma (Hungarian), pl; an untranslated msgid falls back to
// English), shown by smtp.c about the SMTP server of the account it sends
// with; the mail stays unsent in the outbox. "Unable to connect to server
// %s: %s" is written with tcp.c's tcp_strerror reason after it: each
// reason that names a cause is a message of its own here, in the
// languages that translate both (the others show both in English).
// Left out: the messages that name only the command that failed ("HELO
// failed", "FROM failed.", "RCPT failed." — which German translates
// "Emfänger unbekannt", co-053 —, "DATA failed.", "Service not ready.",
// "Unable to login into server %s"), and the reasons "Unknown error",
// "Not enough memory", "Unexpected server failure" and strerror's. Batch
// CO co-051, co-052 (a reason quoted without its message).
var simpleMailMessages = []catalogMessage{
	// STARTTLS is set for the account and the EHLO reply does not offer it
	// (smtp.c L736; co-051).
	{own: true, key: "Connection could not be made secure because the SMTP server doesn't seem to support it!", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"Connection could not be made secure because the SMTP server doesn't seem to support it!",                     // en
		"Připojení nemůže být zabezpečeno, jelikož SMTP server toto nepodporuje!",                                     // cs
		"Forbindelsen kunne ikke gøres sikker, da det ikke ser ud til at\nSMTP serveren understøtter det!",            // da
		"Verbindung konnte nicht sicher gemacht werden, da der SMTP-Server dies nicht zu unterstützen scheint!",       // de
		"No se ha podido realizar una conexión segura ya que el servidor SMTP no soporta esta característica.",        // es
		"Suojatun yhteyden muodostaminen epäonnistui, koska SMTP palvelin ei tue sitä!",                               // fi
		"La connexion ne peut-être sécurisée car le serveur SMTP ne le supporte pas!",                                 // fr
		"La connessione non può essere resa sicura perchè il server\nSMTP non sembra essere in grado di supportarla!", // it
		"A kapcsolat nem tehető biztonságossá, mert úgy néz ki, hogy az SMTP szerver nem támogatja!",                  // hu
		"Nie można uzyskać bezpiecznego połączenia. Zdaje się, że serwer SMTP\nnie obsługuje go!",                     // pl
	}},
	// The server did not answer STARTTLS with 220 (L743): the secured
	// connection could not be opened, as YAM's MSG_ER_INITTLS_SMTP.
	{own: true, key: "STARTTLS failed. Connection could not be made secure.", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"STARTTLS failed. Connection could not be made secure.",                           // en
		"Příkaz STARTTLS se nezdařil. nelze navázat zabezpečené připojení.",               // cs
		"STARTTLS fejlede. Forbindelsen kunne ikke gøres sikker.",                         // da
		"STARTTLS fehlgeschlagen. Verbinung konnte nicht sicher gemacht werden",           // de
		"Error STARTTLS. No se ha podido realizar una conexión segura. ",                  // es
		"STARTTLS epäonnistui. Suojatun yhteyden muodostaminen epäonnistui.",              // fi
		"STARTTLS a échoué. La connexion ne peut-être sécurisée.",                         // fr
		"STARTTLS fallito, la connessione non può essere resa sicura",                     // it
		"STARTTLS sikertelen. A kapcsolat nem lett biztonságos.",                          // hu
		"Polecenie STARTTLS nie powiodło się. Nie można uzyskać bezpiecznego połączenia.", // pl
	}},
	// The TLS session could not be set up after STARTTLS (L749).
	{own: true, key: "Connection could not be made secure.", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Connection could not be made secure.",          // en
		"Připojení nelze zabezpečit.",                   // cs
		"Forbindelsen kunne ikke gøres sikker.",         // da
		"Verbinung konnte nicht sicher gemacht werden.", // de
		"No se ha podido realizar una conexión segura.", // es
		"Suojatun yhteyden muodostaminen epäonnistui.",  // fi
		"La connexion ne peut-être sécurisée.",          // fr
		"La connessione non può essere resa sicura",     // it
		"A kapcsolat nem lett biztonságos.",             // hu
		"Nie można uzyskać bezpiecznego połączenia.",    // pl
	}},
	// The login was refused (L772): policy by the README's SMTP AUTH convention.
	{own: true, key: "AUTH failed. User couldn't be authenticated. Please recheck your settings.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"AUTH failed. User couldn't be authenticated. Please recheck your settings.",                             // en
		"Příkaz AUTH selhal. Uživatel nebyl identifikován. Prosím, zkontrolujte své nastavení.",                  // cs
		"AUTH fejlede. Brugeren kunne ikke blive identificeret. Undersøg dine indstillinger.",                    // da
		"AUTH fehlgeschlagen. Benutzer konnte nicht authentifiziert werden. Bitte die Einstellungen überprüfen.", // de
		"Error en AUTEN.... Usuario no autentificado. Por favor compruebe sus preferencias.",                     // es
		"AUTH epäonnistui. Käyttäjää ei voitu tunnistaa. Tarkista tilin asetukset.",                              // fi
		"AUTH a échoué. L'utilisateur ne peut-être authentifier. Vérifiez vos réglages.",                         // fr
		"AUTH non riuscita. L'utente non può essere identificato. Verifica le tue impostazioni",                  // it
		"AUTH sikertelen. A felhasználót nem lehetett azonosítani. Ellenőrizd\na beállításaidat.",                // hu
		"Polecenie AUTH nie powiodło się. Użytkownik nie został rozpoznany. Proszę, sprawdź swoje ustawienia.",   // pl
	}},
	// No TCP/IP stack is running (L1044).
	{own: true, key: "Cannot open bsdsocket.library. Please start a TCP/IP-Stack.", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Cannot open bsdsocket.library. Please start a TCP/IP-Stack.",                         // en
		"Nelze otevřít knihovnu bsdsocket.library. Prosíám, zpusťte nejdříve TCP/IP stack.",   // cs
		"Kunne ikke åbne bsdsocket.library. Start en TCP/IP Stack.",                           // da
		"Konnte die bsdsocket.library nicht öffnen! Bitte starten Sie einen TCP/IP-Stack.",    // de
		"No se puede abrir la bsdsocket.library. Por favor inicie una pila TCP/IP.",           // es
		"Bsdsocket.library:n avaus epäonnistui. Käynnistä TCP/IP-pino.",                       // fi
		"Impossible d'ouvrir la bsdsocket.library. Veuillez démarrer une pile TCP/IP.",        // fr
		"Impossibile aprire la libreria bsdsocket.library, per favore avvia uno stack TCP/IP", // it
		"Nem tudom megnyitni a bsdsocket.library-t. Kérlek índítsd el a TCP/IP\nstacket.",     // hu
		"Nie można otworzyć biblioteki bsdsocket.library. Proszę uruchomić stos TCP/IP.",      // pl
	}},
	// tcp.c's reasons after "Unable to connect to server %s: " (smtp.c L944):
	// the name does not resolve (TCP_HOST_NOT_FOUND, TCP_TRY_AGAIN, TCP_NO_DATA),
	// or the connection could not be opened (the others).
	{own: true, key: "Unable to connect to server %s: Host wasn't found", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"Unable to connect to server %s: Host wasn't found",                                                           // en
		"Nelze se připojit k serveru %s: Host nebyl nalezen",                                                          // cs
		"Die Verbindung zum Sever %s konnte nicht hergestellt werden. Angegebener Host konnte nicht gefunden werden.", // de
		"Impossible de se connecter au serveur %s: L'hôte n'a pas été trouvé",                                         // fr
		"Impossibile connettersi al server %s: Host non trovato",                                                      // it
		"Nie można połączyć się z serwerem %s: Węzeł nie został znaleziony",                                           // pl
	}},
	{own: true, key: "Unable to connect to server %s: Cannot locate host. Try again later", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"Unable to connect to server %s: Cannot locate host. Try again later",                                                     // en
		"Nelze se připojit k serveru %s: Nelze nalézt hosta. Zkuste to později.",                                                  // cs
		"Die Verbindung zum Sever %s konnte nicht hergestellt werden. Kann Host nicht auffinden. Versuche es später noch einmal.", // de
		"Impossible de se connecter au serveur %s: Impossible de localiser l'hôte. Veuillez réessayer plus tard",                  // fr
		"Impossibile connettersi al server %s: Impossibile localizzare l'host, prova in un secondo tempo",                         // it
		"Nie można połączyć się z serwerem %s: Nie można znaleźć węzła. Spróbuj ponownie później",                                 // pl
	}},
	{own: true, key: "Unable to connect to server %s: No IP associated with name", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"Unable to connect to server %s: No IP associated with name",                                            // en
		"Nelze se připojit k serveru %s: Žádná IP adresa spojená s názvem",                                      // cs
		"Die Verbindung zum Sever %s konnte nicht hergestellt werden. Keine IP-Adresse für den Namen gefunden.", // de
		"Impossible de se connecter au serveur %s: Aucune IP n'est associée au nom",                             // fr
		"Impossibile connettersi al server %s: Nessun IP associato al nome",                                     // it
		"Nie można połączyć się z serwerem %s: Brak adresu IP powiązanego z nazwą",                              // pl
	}},
	{own: true, key: "Unable to connect to server %s: Connecting timed out", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Unable to connect to server %s: Connecting timed out",                                      // en
		"Nelze se připojit k serveru %s: Čas připojení vypršel",                                     // cs
		"Die Verbindung zum Sever %s konnte nicht hergestellt werden. Timeout beim Verbinden.",      // de
		"Impossible de se connecter au serveur %s: Délai d'attente de connexion dépassé",            // fr
		"Impossibile connettersi al server %s: Connessione interrotta",                              // it
		"Nie można połączyć się z serwerem %s: Okres oczekiwania na połączenie został przekroczony", // pl
	}},
	{own: true, key: "Unable to connect to server %s: Connection refused", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Unable to connect to server %s: Connection refused",                                  // en
		"Nelze se připojit k serveru %s: Připojení odmítnuto",                                 // cs
		"Die Verbindung zum Sever %s konnte nicht hergestellt werden. Verbindung verweigert.", // de
		"Impossible de se connecter au serveur %s: Connexion refusée",                         // fr
		"Impossibile connettersi al server %s: Connessione rifiutata",                         // it
		"Nie można połączyć się z serwerem %s: Połączenie odrzucono",                          // pl
	}},
	{own: true, key: "Unable to connect to server %s: Network unreachable", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Unable to connect to server %s: Network unreachable",                                         // en
		"Nelze se připojit k serveru %s: Nedostupná síť",                                              // cs
		"Die Verbindung zum Sever %s konnte nicht hergestellt werden. Netzwerk ist nicht erreichbar.", // de
		"Impossible de se connecter au serveur %s: Réseau introuvable",                                // fr
		"Impossibile connettersi al server %s: Rete non raggiungibile",                                // it
		"Nie można połączyć się z serwerem %s: Sieć nieosiągalna",                                     // pl
	}},
	{own: true, key: "Unable to connect to server %s: Failed to connect to the server", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Unable to connect to server %s: Failed to connect to the server",                                    // en
		"Nelze se připojit k serveru %s: Připojení k serveru se nezdařilo",                                   // cs
		"Die Verbindung zum Sever %s konnte nicht hergestellt werden. Verbindung zum Server fehlgeschlagen.", // de
		"Impossible de se connecter au serveur %s: Impossible de se connecter au serveur",                    // fr
		"Impossibile connettersi al server %s: Connessione al server fallita",                                // it
		"Nie można połączyć się z serwerem %s: Połączenie z serwerem nie powiodło się",                       // pl
	}},
	{own: true, key: "Unable to connect to server %s: The specified address is not available on this machine", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Unable to connect to server %s: The specified address is not available on this machine",                   // en
		"Nelze se připojit k serveru %s: Zadaná adresa není na tomto počítači k dispozici",                         // cs
		"Die Verbindung zum Sever %s konnte nicht hergestellt werden. Die angegebene Adresse ist nicht verfügbar.", // de
		"Impossible de se connecter au serveur %s: L'adresse spécifiée n'est pas disponible sur cette machine",     // fr
		"Impossibile connettersi al server %s: L'indirizzo specificato non è disponibile su questa macchina",       // it
		"Nie można połączyć się z serwerem %s: Podany adres jest niedostępny na tej maszynie",                      // pl
	}},
	{own: true, key: "Unable to connect to server %s: Connection couldn't be made secure", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Unable to connect to server %s: Connection couldn't be made secure",                                             // en
		"Nelze se připojit k serveru %s: Připojení nelze zabezpečit",                                                     // cs
		"Die Verbindung zum Sever %s konnte nicht hergestellt werden. Die Verbinung konnte nicht sicher gemacht werden.", // de
		"Impossible de se connecter au serveur %s: La connection n'a pas pu être sécurisée",                              // fr
		"Impossibile connettersi al server %s: La connessione non può essere resa sicura",                                // it
		"Nie można połączyć się z serwerem %s: Nie można zabezpieczyć połączenia",                                        // pl
	}},
}
