package diagnose

// opieMessages are the Opie PDA suite's reports of a failed send (Opie's
// mail client, noncore/net/mail, and the older mail2, noncore/unsupported
// /mail2, of opieproject/opie at b6b9a8ee352f, which batch CT cites), in
// English and in every translation i18n/*/libmailwrapper.ts and
// i18n/*/libmail.ts hold for them (Czech, German, French, Latvian, Dutch
// and Russian for the first; German, Spanish, French, Italian, Dutch,
// Polish, Portuguese, Russian, Slovenian and Traditional Chinese for the
// second; unfinished entries left out, as Qt falls back to the English
// source for them; the xx locale's "FOO" left out).
//
// The mail client's SMTPwrapper (libmailwrapper/smtpwrapper.cpp) shows
// tr("Error sending mail: %1") with mailsmtpError's text for libetpan's
// error (L42-82), and in connect_server tr("Error init SMTP connection:
// %1") and tr("Error init SMTP tls: %1"); Qt's %1 is filled with the
// inner text translated in the same file, so each text below is a frame
// and an inner text of one locale, each falling back to English on its
// own (French and Dutch translate the inner texts, not the frames). The
// inner texts are listed under the frames that can carry them: a reply
// to MAIL, RCPT or DATA under the sending frame, the connection's under
// the connection frame, STARTTLS under the TLS frame. libetpan
// (low-level/smtp/mailsmtp.c) maps the replies: 552 exceeded storage
// allocation, 451 error in processing, 550/450 mailbox unavailable, 553
// mailbox name not allowed, 503 bad sequence, 551 user not local, 554 to
// the data transaction failed, 554 at the greeting service not available,
// no reply at all a stream error. The failed message is kept in the
// "Sendfailed" folder and the text shown in a message box; the labels are
// batch CT's (ct-001..009, ct-022, ct-023): the connection, the
// greeting, STARTTLS and the 451 deferred, the replies that refuse the
// message or the address bounced. At this commit connect_server keeps
// its own failure texts ("Error init SMTP …", "Authentification failed")
// in a local variable that nothing shows (the send then fails with the
// sending frame's stream error); they are listed as translated.
//
// mail2's SmtpHandler (libmail/smtphandler.cpp) reports its socket's
// errors in sentences of their own: the connection refused, the SMTP
// server's name not found (the account's server: own, deferred, by the
// README's convention for a client's own server).
//
// Left out: "Unexpected error code", "Unknown error code", "No error",
// "Not implemented", "Error, action not taken" (no cause named; the last
// two answer EHLO only), "gethostname() failed" and "Memory error" (the
// device's own), "Login aborted - storing mail to localfolder" (the user
// cancelled), mail2's "The read from the socket failed for an unknown
// reason." and "The sending failed for an unknown reason." (no cause;
// Portuguese's "Erro ao ler os dados." says only that reading failed);
// Spanish's "Búsqueda fallida." for the host lookup ("search failed":
// any program's search); mail2's tr("The server returned an error. This
// is the message:<br>%1"), which frames the server's reply without its
// code (ct-024..026: the reply is the cause, unwrap.go's to strip).
var opieMessages = []catalogMessage{
	// MAILSMTP_ERROR_CONNECTION_REFUSED: the socket to the account's SMTP server was refused (connect_server L222; ct-006).
	{own: true, key: "Connection refused", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Error init SMTP connection: Connection refused",                        // en
		"Chyba inicializace SMTP spojení: Připojení odmítnuto",                  // cz
		"Fehler beim Initialisieren der SMTP Verbindung: Verbindung abgewiesen", // de
		"Error init SMTP connection: Connexion refusée",                         // fr
		"Kļūda inicializējot SMTP savienojumu: Savienojums atteikts",            // lv
		"Error init SMTP connection: Verbinding geweigerd",                      // nl
		"Ошибка инициализации SMTP соединения: Соединение отвергнуто",           // ru
	}},
	// MAILSMTP_ERROR_STREAM: the connection to the account's server broke or never
	// opened (a read or write failed, no reply: libetpan's code 0); what
	// smtpSend reports when connect_server could not connect.
	{own: true, key: "Stream error", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Error sending mail: Stream error",                              // en
		"Chyba odesílání mailu: Chyba toku",                             // cz
		"Fehler beim Mailversand: Stream-fehler",                        // de
		"Error sending mail: Erreur de flux",                            // fr
		"Kļūda sūtot pastu: Straumēšanas kļūda",                         // lv
		"Error sending mail: Stream fout",                               // nl
		"Ошибка отправки почты: Ошибка потока",                          // ru
		"Error init SMTP connection: Stream error",                      // en
		"Chyba inicializace SMTP spojení: Chyba toku",                   // cz
		"Fehler beim Initialisieren der SMTP Verbindung: Stream-fehler", // de
		"Error init SMTP connection: Erreur de flux",                    // fr
		"Kļūda inicializējot SMTP savienojumu: Straumēšanas kļūda",      // lv
		"Error init SMTP connection: Stream fout",                       // nl
		"Ошибка инициализации SMTP соединения: Ошибка потока",           // ru
		"Error init SMTP tls: Stream error",                             // en
		"Chyba inicializace SMTP tls: Chyba toku",                       // cz
		"Fehler beim Initialisieren von SMTP tls: Stream-fehler",        // de
		"Error init SMTP tls: Erreur de flux",                           // fr
		"Kļūdu inicializējot SMTP tls: Straumēšanas kļūda",              // lv
		"Error init SMTP tls: Stream fout",                              // nl
		"Ошибка инициализации SMTP tls: Ошибка потока",                  // ru
	}},
	// MAILSMTP_ERROR_SERVICE_NOT_AVAILABLE: the account's server refused service
	// at its greeting (ct-008).
	{own: true, key: "Service not available", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"Error sending mail: Service not available",                              // en
		"Chyba odesílání mailu: Služba není k dispozici",                         // cz
		"Fehler beim Mailversand: Dienst nicht verfügbar",                        // de
		"Error sending mail: Service non disponible",                             // fr
		"Kļūda sūtot pastu: Serviss nav pieejams",                                // lv
		"Error sending mail: Service niet beschikbaar",                           // nl
		"Ошибка отправки почты: Сервис недоступен",                               // ru
		"Error init SMTP connection: Service not available",                      // en
		"Chyba inicializace SMTP spojení: Služba není k dispozici",               // cz
		"Fehler beim Initialisieren der SMTP Verbindung: Dienst nicht verfügbar", // de
		"Error init SMTP connection: Service non disponible",                     // fr
		"Kļūda inicializējot SMTP savienojumu: Serviss nav pieejams",             // lv
		"Error init SMTP connection: Service niet beschikbaar",                   // nl
		"Ошибка инициализации SMTP соединения: Сервис недоступен",                // ru
	}},
	// MAILSMTP_ERROR_STARTTLS_NOT_SUPPORTED: the account demands TLS, the server
	// offers no STARTTLS (connect_server L246; ct-007).
	{own: true, key: "Starttls not supported", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"Error init SMTP tls: Starttls not supported",                              // en fr nl
		"Chyba inicializace SMTP tls: Starttls není podporováno",                   // cz
		"Fehler beim Initialisieren von SMTP tls: Starttls wird nicht unterstützt", // de
		"Kļūdu inicializējot SMTP tls: Startts netiek atbalstīts",                  // lv
		"Ошибка инициализации SMTP tls: Нет поддержки Starttls",                    // ru
	}},
	// MAILSMTP_ERROR_EXCEED_STORAGE_ALLOCATION: a 552 to MAIL, RCPT or the data (ct-001).
	{key: "Data exceeds storage allocation", category: CategoryMailboxFull, outcome: OutcomeBounced, texts: []string{
		"Error sending mail: Data exceeds storage allocation",            // en
		"Chyba odesílání mailu: Data přesáhla velikost místa",            // cz
		"Fehler beim Mailversand: Daten übersteigen Speicherallokierung", // de
		"Error sending mail: Les données excèdent l'espace de stockage",  // fr
		"Kļūda sūtot pastu: Dati pārsniedz glabātuves izdalīto",          // lv
		"Error sending mail: Data is meer dan buffer aankan",             // nl
		"Ошибка отправки почты: Данные превышают отведенное место",       // ru
	}},
	// MAILSMTP_ERROR_IN_PROCESSING: a 451 to MAIL, RCPT, DATA or the data (ct-009).
	{key: "Error in processing", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"Error sending mail: Error in processing",          // en
		"Chyba odesílání mailu: Chyba při zpracovávání",    // cz
		"Fehler beim Mailversand: Fehler bei Verarbeitung", // de
		"Error sending mail: Erreur de traitement",         // fr
		"Kļūda sūtot pastu: Kļūda apstrādē",                // lv
		"Error sending mail: Fout in verwerking",           // nl
		"Ошибка отправки почты: Ошибка при обработке",      // ru
	}},
	// MAILSMTP_ERROR_MAILBOX_UNAVAILABLE: a 550 or 450 to RCPT, a 550 to MAIL (ct-004).
	{key: "Mailbox unavailable", category: CategoryUserUnknown, outcome: OutcomeBounced, texts: []string{
		"Error sending mail: Mailbox unavailable",            // en
		"Chyba odesílání mailu: Schránka není k dispozici",   // cz
		"Fehler beim Mailversand: Postfach nicht verfügbar",  // de
		"Error sending mail: Boîte aux lettres inaccessible", // fr
		"Kļūda sūtot pastu: Pastkaste nav pieejama",          // lv
		"Error sending mail: Mailbox niet beschikbaar",       // nl
		"Ошибка отправки почты: Ящик недоступен",             // ru
	}},
	// MAILSMTP_ERROR_MAILBOX_NAME_NOT_ALLOWED: a 553 to MAIL or RCPT (ct-003).
	{key: "Mailbox name not allowed", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Error sending mail: Mailbox name not allowed",            // en
		"Chyba odesílání mailu: Jméno schránky není povoleno",     // cz
		"Fehler beim Mailversand: Postdachname nicht erlaubt",     // de
		"Error sending mail: Nom de boîte aux lettres incorrecte", // fr
		"Kļūda sūtot pastu: Pastkastes nosaukums nav atļauts",     // lv
		"Error sending mail: Mailboxnaam niet toegestaan",         // nl
		"Ошибка отправки почты: Имя ящика не разрешено",           // ru
	}},
	// MAILSMTP_ERROR_BAD_SEQUENCE_OF_COMMAND: a 503 (ct-005).
	{key: "Bad command sequence", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Error sending mail: Bad command sequence",                     // en
		"Chyba odesílání mailu: Špatná sekvence příkazů",               // cz
		"Fehler beim Mailversand: Schlechte Kommandsequenz",            // de
		"Error sending mail: Mauvaise suite de commandes",              // fr
		"Kļūda sūtot pastu: Slikta komandu kārtība",                    // lv
		"Error sending mail: Slechte commandovolgorde",                 // nl
		"Ошибка отправки почты: Неизвестная последовательность команд", // ru
	}},
	// MAILSMTP_ERROR_USER_NOT_LOCAL: a 551 to RCPT (ct-002).
	{key: "User not local", category: CategoryUserUnknown, outcome: OutcomeBounced, texts: []string{
		"Error sending mail: User not local",             // en
		"Chyba odesílání mailu: Uživatel není lokální",   // cz
		"Fehler beim Mailversand: Benutzer nicht lokal",  // de
		"Error sending mail: Utilisateur non local",      // fr
		"Kļūda sūtot pastu: Lietotājs nav lokāls",        // lv
		"Error sending mail: Gebruiker niet lokaal",      // nl
		"Ошибка отправки почты: Пользователь не местный", // ru
	}},
	// MAILSMTP_ERROR_TRANSACTION_FAILED: a 554 to DATA or the data (ct-022).
	{key: "Transaction failed", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Error sending mail: Transaction failed",              // en
		"Chyba odesílání mailu: Transakce selhala",            // cz
		"Fehler beim Mailversand: Transaktion fehlgeschlagen", // de
		"Error sending mail: Echec de transaction",            // fr
		"Kļūda sūtot pastu: Tranzakcija neizdevās",            // lv
		"Error sending mail: Transactie mislukt",              // nl
		"Ошибка отправки почты: Транзакция неудалась",         // ru
	}},
	// start_smtp_tls's MAILSMTP_ERROR_IN_PROCESSING: the TLS layer could not be
	// opened over the connection after STARTTLS (L175, L187): a TLS
	// handshake failure, not the server's 451.
	{own: true, key: "Error init SMTP tls: Error in processing", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Error init SMTP tls: Error in processing",                         // en
		"Chyba inicializace SMTP tls: Chyba při zpracovávání",              // cz
		"Fehler beim Initialisieren von SMTP tls: Fehler bei Verarbeitung", // de
		"Error init SMTP tls: Erreur de traitement",                        // fr
		"Kļūdu inicializējot SMTP tls: Kļūda apstrādē",                     // lv
		"Error init SMTP tls: Fout in verwerking",                          // nl
		"Ошибка инициализации SMTP tls: Ошибка при обработке",              // ru
	}},
	// mailsmtp_auth failed (connect_server L274; ct-023): the account's login
	// refused, policy_rejected by the README's SMTP AUTH convention.
	{own: true, key: "Authentification failed", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Authentification failed",          // en
		"Autentizace selhala",              // cz
		"Authentifizierung fehlgeschlagen", // de
		"Autentifikācija neizdevās",        // lv
		"Аутентификация не удалась",        // ru
	}},
	// mail2's SmtpHandler: QSocket::ErrConnectionRefused (smtphandler.cpp L41;
	// ct-027, ct-042).
	{own: true, key: "The server refused the connection.", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"The server refused the connection.",       // en
		"Der Server hat die Verbindung abgelehnt.", // de
		"El servidor rehusa la conexión.",          // es
		"Le serveur refuse la connection.",         // fr
		"Il server ha rifiutato la connessione.",   // it
		"De server weigert de verbinding.",         // nl
		"Serwer odmowil polaczenia.",               // pl
		"O servidor recusou a ligação.",            // pt
		"Сервер отказал в соединении.",             // ru
		"Strežnik je zavrnil povezavo.",            // sl
		"該伺服器拒絕此次連線.",                              // zh_TW
	}},
	// mail2's SmtpHandler: QSocket::ErrHostNotFound, the account's SMTP server
	// name (smtphandler.cpp L43; ct-028, ct-043).
	{own: true, key: "Host lookup failed.", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"Host lookup failed.",                    // en
		"Die Host-Suche ist fehlgeschlagen.",     // de
		"Echec de la recherche de l'hôte.",       // fr
		"Ricerca host fallita.",                  // it
		"Host opzoeken mislukt.",                 // nl
		"Nie znaleziono hosta.",                  // pl
		"Não foi encontrado o nome do servidor.", // pt
		"Поиск хоста неудался.",                  // ru
		"Gostitelj ni najden.",                   // sl
		"查詢主機失敗.",                                // zh_TW
	}},
}
