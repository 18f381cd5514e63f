package diagnose

// lttrsMessages are Ltt.rs's (iNPUTmice/lttrs-android at 4795a1919193,
// which batch CT cites; an Android JMAP client, its repository emptied
// since) own reports of a sign-in to the account's JMAP service that
// failed (app/src/main/java/rs/ltt/android/ui/model/SetupViewModel.java)
// and of a message the composer will not send
// (ui/model/ComposeViewModel.java), from app/src/main/res/values*/
// strings.xml in English and every translation that holds them (German,
// Spanish, Finnish, French and Canadian French, Croatian, Italian,
// Lithuanian, Norwegian Bokmål, Polish, Portuguese and Brazilian
// Portuguese, Romanian, Russian; Arabic translates none of them), with
// Android's escapes undone.
//
// The sign-in's failures are about the account's own service (own): no
// connection, a timeout, a TLS handshake that failed (connection_failed,
// deferred: batch CT's labels ct-033..036, as DESIGN.md lists a TLS
// handshake failure), no network, the service's host name that does not
// resolve (domain_not_found, deferred, by the README's convention for a
// client's own server; ct-031, ct-032, ct-045), the password refused
// (policy_rejected, bounced, by the SMTP AUTH convention; ct-038). The
// composer's limits are the server's (message_too_large, bounced;
// ct-037), and it will not send to an address it finds malformed
// (syntax_error, bounced).
//
// Left out: unable_to_verify_service_identity ("Could not verify
// identity", SSLPeerUnverifiedException: its words name no certificate
// or server and are any identity check's; Finnish's says the user's
// details could not be verified); endpoint_not_found and
// invalid_session_resource ("No e-mail service at this address": a
// connection URL that is not a JMAP service, a setting, no delivery
// cause); "Could not fetch session: %s", which frames the exception's
// text; the attachment, Autocrypt and cache messages (not sending).
var lttrsMessages = []catalogMessage{
	// ConnectException (SetupViewModel.java L478; ct-036).
	{own: true, key: "unable_to_connect", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Could not connect to e-mail service",                             // en
		"Es konnte keine Verbindung zum E-Mail-Dienst hergestellt werden", // de
		"No se pudo conectar con el servicio de correo electrónico",       // es
		"Yhteyden muodostaminen sähköpostipalveluun ei onnistu",           // fi
		"Impossible de se connecter au service de courriel",               // fr fr-rCA
		"Neuspjelo spajanje s e-mail uslugom",                             // hr
		"Impossibile connettersi al servizio e-mail",                      // it
		"Nepavyko prisijungti prie el. pašto paslaugos",                   // lt
		"Kunne ikke koble til e-posttjeneste",                             // nb-rNO
		"Nie można połączyć się z usługą e-mail",                          // pl
		"Não foi possível conectar a um serviço de e-mail",                // pt pt-rBR
		"Nu se poate face conectarea la serviciul de e-mail",              // ro
		"Не удалось подключиться к службе эл. почты",                      // ru
	}},
	// SocketTimeoutException (L481; ct-033, ct-034).
	{own: true, key: "timeout_reached", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Trying to connect to e-mail service timed out",                                            // en
		"Zeitüberschreitung erreicht beim Versuch, eine Verbindung zum E-Mail-Dienst herzustellen", // de
		"Se agotó el tiempo de espera de conexión con el servicio de correo",                       // es
		"Sähköpostipalveluun yhteyden muodostamisen aika päättyi",                                  // fi
		"Délai de connexion au service de courriel expiré",                                         // fr fr-rCA
		"Isteklo je vrijeme pokušaja povezivanja na e-mail",                                        // hr
		"Tempo scaduto tentando di connettersi al servizio e-mail",                                 // it
		"Bandant prisijungti prie el. pašto paslaugos baigėsi skirtasis laikas",                    // lt
		"Tidsavbrudd under forsøk på å koble til e-posttjeneste",                                   // nb-rNO
		"Przekroczono czas oczekiwania na połączenie z usługą e-mail",                              // pl
		"Tempo limite esgotado na tentativa de conectar a um serviço de e-mail",                    // pt pt-rBR
		"A expirat timpul de așteptare pentru conectarea la serviciul de e-mail",                   // ro
		"Попытка подключения к службе эл. почты истекла",                                           // ru
	}},
	// SSLHandshakeException (L484; ct-035): a TLS handshake failure,
	// connection_failed as DESIGN.md lists it and batch CT labelled it.
	{own: true, key: "unable_to_establish_secure_connection", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Could not establish a secure connection",               // en
		"Es konnte keine sichere Verbindung hergestellt werden", // de
		"No se pudo establecer una conexión segura",             // es
		"Suojattua yhteyttä ei voitu muodostaa",                 // fi
		"Impossible d’établir une connexion sécurisée",          // fr fr-rCA
		"Neuspjelo postavljanje sigurne veze",                   // hr
		"Impossibile stabilire una connessione sicura",          // it
		"Nepavyko užmegzti saugaus ryšio",                       // lt
		"Kunne ikke etablere sikret tilkobling",                 // nb-rNO
		"Nie można nawiązać bezpiecznego połączenia",            // pl
		"Não foi possível estabelecer uma conexão segura",       // pt pt-rBR
		"Nu s-a putut stabili o conexiune securizată",           // ro
		"Не удалось установить защищенное соединение",           // ru
	}},
	// The device has no network when the service's name did not resolve
	// (L183, L235, L296).
	{own: true, key: "no_network_connection", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Connect to the Internet",        // en
		"Keine Netzwerkverbindung",       // de
		"Conéctese a Internet",           // es
		"Ei Internet-yhteyttä",           // fi
		"Connectez-vous à Internet",      // fr fr-rCA
		"Spoji se na internet",           // hr
		"Nessuna connessione di rete",    // it
		"Prisijunkite prie interneto",    // lt
		"Ingen nettverkstilkobling",      // nb-rNO
		"Połącz z internetem",            // pl
		"Conectar à Internet",            // pt pt-rBR
		"Nu există o conexiune la rețea", // ro
		"Подключиться к Интернету",       // ru
	}},
	// UnknownHostException with the network up: the connection URL's host
	// does not resolve (L293; ct-031, ct-032, ct-045); %s is the host.
	{own: true, word: true, key: "unknown_host", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"Could not resolve %s",           // en
		"%s kann nicht aufgelöst werden", // de
		"No se pudo resolver %s",         // es
		"Kohdetta %s ei voitu ratkaista", // fi
		"Impossible de résoudre %s",      // fr fr-rCA
		"Neuspjelo rješavanje %s",        // hr
		"Impossibile risolvere %s",       // it
		"Nepavyko išspręsti %s",          // lt
		"Kunne ikke fortolke %s",         // nb-rNO
		"Nie można rozwiązać %s",         // pl
		"Não foi possível resolver %s",   // pt pt-rBR
		"Nu s-a putut rezolva %s",        // ro
		"Не удалось разрешить %s",        // ru
	}},
	// UnauthorizedException to the password (L227; ct-038).
	{own: true, key: "wrong_password", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Wrong password. Try again.",                    // en
		"Falsches Passwort. Versuche es noch einmal.",   // de
		"Contraseña incorrecta. Inténtelo de nuevo.",    // es
		"Väärä salasana. Yritä uudelleen.",              // fi
		"Mot de passe erroné. Veuillez réessayer.",      // fr
		"Mot de passe erroné. Réessayez.",               // fr-rCA
		"Neispravna lozinka. Pokušaj ponovo.",           // hr
		"Password sbagliata. Riprova.",                  // it
		"Neteisingas slaptažodis. Bandykite dar kartą.", // lt
		"Feil passord. Prøv igjen.",                     // nb-rNO
		"Złe hasło. Spróbuj ponownie.",                  // pl
		"Palavra-passe incorreta. Tente novamente.",     // pt
		"Senha incorreta. Tente novamente.",             // pt-rBR
		"Parolă greșită. Încercați din nou.",            // ro
		"Неверный пароль. Попробуйте ещё раз.",          // ru
	}},
	// The attachments together pass the server's maxSizeAttachmentsPerEmail
	// (ComposeViewModel.java L585; ct-037); %s is a size.
	{key: "combined_size_of_attachments_exceeds_the_limit_of_x", category: CategoryMessageTooLarge, outcome: OutcomeBounced, texts: []string{
		"The combined size of all attachments exceeds the limit of %s",            // en
		"Die Gesamtgröße aller Anhänge überschreitet das Limit von %s",            // de
		"Kaikkien liitetiedostojen yhteenlaskettu koko ylittää rajan %s",          // fi
		"La taille combinée de toutes les pièces jointes dépasse la limite de %s", // fr fr-rCA
		"La dimensione combinata di tutti gli allegati supera il limite di %s",    // it
		"Bendras visų priedų dydis viršija %s",                                    // lt
		"Kombinert størrelse for alle vedlegg overstiger grensen for %s",          // nb-rNO
		"Dimensiunea combinată a tuturor atașamentelor depășește limita de %s",    // ro
	}},
	// One attachment passes the server's maxSizeUpload (ComposeViewModel.java
	// L484); %s is a size.
	{key: "the_file_exceeds_the_limit_of_x", category: CategoryMessageTooLarge, outcome: OutcomeBounced, texts: []string{
		"The file exceeds the limit of %s",         // en
		"Die Datei überschreitet das Limit von %s", // de
		"Tiedosto ylittää %s -rajan",               // fi
		"Le fichier dépasse la limite de %s",       // fr fr-rCA
		"Il file supera il limite di %s",           // it
		"Failas viršija %s ribą",                   // lt
		"Filen overstiger grensen for %s",          // nb-rNO
		"Fișierul depășește limita de %s",          // ro
	}},
	// A recipient address the composer finds malformed, before sending
	// (ComposeViewModel.java L301); %s is the address (one word, not
	// necessarily a valid one: word, not address).
	{word: true, key: "the_address_x_is_invalid", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Something is wrong with the address <%s>",    // en
		"Etwas stimmt nicht mit der Adresse <%s>",     // de
		"Algo está mal con la dirección <%s>",         // es
		"Jokin on virheellinen osoitteessa <%s>",      // fi
		"Quelque chose ne va pas avec l’adresse <%s>", // fr fr-rCA
		"Nešto je krivo s adresom <%s>",               // hr
		"Qualcosa non va con l'indirizzo <%s>",        // it
		"Kažkas negerai su adresu <%s>",               // lt
		"Noe er galt med adressen <%s>",               // nb-rNO
		"Coś jest nie tak z adresem <%s>",             // pl
		"Algo está errado com o endereço <%s>",        // pt pt-rBR
		"Ceva este în neregulă cu adresa <%s>",        // ro
		"Что-то не так с адресом <%s>",                // ru
	}},
}
