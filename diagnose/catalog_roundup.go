package diagnose

// roundupMessages are the Roundup issue tracker's mail gateway's refusals
// (roundup/mailgw.py of roundup-tracker/roundup at 3ed0c6de4294, which
// batch CN cites; line numbers below are those of the raise there): the
// MailUsageError and Unauthorized texts, and the text of any other
// exception, that Mailer.bounce_message returns to the sender of an
// e-mail the tracker will not take (subject "Failed issue tracker
// submission"), in the tracker's MAILGW_LANGUAGE or TRACKER_LANGUAGE. In
// English and every translation locale/*.po holds for them (German,
// Spanish, French, Hungarian, Italian, Lithuanian, Norwegian Bokmål,
// Russian, Simplified Chinese; en.po, ja.po and zh_TW.po translate none of
// them), each decoded from its charset (UTF-8, ISO-8859-1, KOI8-R); empty
// and fuzzy entries left out, as Roundup's msgfmt leaves them out.
// Python's %(name)s are written %{name}; a text of several lines is
// joined with one space at each line break (the gateway sends the lines as
// they are, which a reply's normalising makes spaces); the translators'
// words are kept as shipped, their slips too. Every text is the whole of
// the error the bounce opens with (a MailUsageError's is followed by the
// gateway's help, which the sets do not quote).
//
// Who may write and what they may do is the tracker's rule:
// policy_rejected. The subject line's commands and the message's form
// are the sender's to mend: syntax_error. The PGP checks are
// authentication_failed (CN's label for cn-020: the signature is the
// tracker's proof of who sent the mail, as DKIM is a domain's). The
// tracker's own faults are server_error. Every refusal is returned to the
// sender: bounced. A class or property name and a key's fingerprint are
// one word (word): Roundup's "You are not permitted to create
// %(classname)s." is not another program's "You are not permitted to
// create more than 100 messages per hour".
//
// Left out: "There was a problem with the message you sent: %(message)s"
// (create_node, L1246: any TypeError, ValueError or Reject of the
// tracker's, mostly the placeholder); "Mail message was rejected by a
// detector. %(error)s" (create_msg, L1192: an auditor's refusal names no
// cause, its reason in the placeholder does, which the rules read);
// hyperdb's texts and "not of form
// [arg=value,value,...;arg=value,value,...]" (fragments that only fill
// another message's %{errors}), the gateway's help (MailUsageHelp: an
// answer to a "help" subject, not a refusal) and roundup-mailgw's
// command-line errors (printed, never mailed). Batch CN cn-012..cn-020,
// cn-044.
var roundupMessages = []catalogMessage{
	// check_subject (L599): the message has no Subject header (cn-012, cn-013).
	{key: "Emails to Roundup trackers must include a Subject: line!", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Emails to Roundup trackers must include a Subject: line!",                           // en
		"Mails an Roundup müssen eine Subject-Zeile haben (Betreff)!",                        // de
		"Todos los e-mails enviados a trackers Roundup deben incluir un Asunto:!",            // es
		"Les courriels envoyés au gestionnaire de ticket doivent comporter un sujet\u00a0!",  // fr
		"A Roundup hibakövetőkhöz küldött e-maileknek tartalmazniuk kell egy Subject: sort!", // hu
		"Le Email al tracker Roundup devono includere il campo Oggetto:",                     // it
		"Laiškai Roundup'o tracker'iams privalo turėti temos (Subject:) eilutę!",             // lt
		"Epost til Roundup sporer må inneholde en verdi for Subjekt: linjen",                 // nb
		"В письмах для трекера Roundup должна быть указана тема сообщения (Subject).",        // ru
	}},
	// get_classname (L712), subject_prefix_parsing strict: a bracketed prefix that
	// names no class or designator.
	{key: "The message you sent to roundup did not contain a properly formed subject", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"The message you sent to roundup did not contain a properly formed subject line. The subject must contain a class name or designator to indicate the 'topic' of the message. For example: Subject: [issue] This is a new issue - this will create a new issue in the tracker with the title 'This is a new issue'. Subject: [issue1234] This is a followup to issue 1234 - this will append the message's contents to the existing issue 1234 in the tracker. Subject was: '%{subject}'",                                                                                            // en
		"Ihre Nachricht an Roundup enthielt keine gültige Betreffzeile (subject). Der Betreff muss einen Klassennamen oder Bezeichner enthalten, um anzuzeigen, worum es geht. Zum Beispiel: Betreff: [issue] Ein neues Thema - dadurch wird ein neuer issue-Eintrag mit dem Titel 'Ein neues Thema' angelegt Betreff: [issue1234] Vorhandenes Thema 1234 - dadurch wird dem vorhandenen 'issue' mit der Nummer 1234 eine neue Nachricht hinzugefügt Der Betreff war: '%{subject}'",                                                                                                         // de
		"El mensaje que envió a Roundup no contiene un asunto con el formato apropiado El asunto debe contener un nombre de clase o designador para indicar para indicar el 'tópico' del mensaje. Por ejemplo: Asunto: [issue] Este es un nuevo issue - Esto creará un nuevo issue en el tracker con el título 'Este es un nuevo issue'. Asunto: [issue1234] Esta es un agregado al issue 1234 - Esto anexará el contenido del e-mail al issue 1234 ya existente en el tracker. El asunto que Ud. envió es: '%{subject}'",                                                                   // es
		"Le sujet du message que vous avez envoyé au gestionnaire de ticket n'était pas correct. Le sujet doit contenir le nom d'une classe ou d'un objet. Par exemple\u00a0: Sujet: [issue] Un nouveau ticket - créera dans le gestionnaire un nouveau ticket dont le titre sera «\u00a0Un nouveau ticket\u00a0». Sujet: [issue1234] Réponse au ticket 1234 - ajoutera le corps du message au ticket 1234 déjà présent dans le gestionnaire. Sujet original\u00a0: '%{subject}'",                                                                                                           // fr
		"Il messaggio che hai mandato a Roundup non contiene un campo \"Subject: \" (Oggetto) ben formato. L'oggetto deve contenere un nome di una classe o un designatore per indicare l'argomento del messaggio. Per esempio: Subject: [issue] Questa è una nuova richiesta - crea una nuova richiesta titolata: 'Questa è una nuova richiesta'. Subject: [issue1234] Questa è una risposta alla richiesta 1234 - aggiunge un nuovo messaggio alla richiesta 1234 esistente Il campo \"Subject: \" (Oggetto) era: '%{subject}'",                                                           // it
		"Jūsų siųstas laiškas roundup'ui neturi teisingai suformuotos temos (Subject) eilutės. Tema privalo turėti klasės vardą arba dezignatorių. Pavyzdžiui: Tema: [issue] Tai yra naujas kreipinys - tai sukurs naują kreipinį pavadinimu 'Tai yra naujas kreipinys'. Tema: [issue1234] Tai yra kreipinio 1234 tęsinys - tai pridės laiško turinį prie esančio kreipinio 1234. Tema buvo: '%{subject}'",                                                                                                                                                                                  // lt
		"Meldingen du sendte til Roundup inneholt ikke en ordentlig formet subject- linje. Subject må inneholde et klassenavn eller benevnelse for å indikere emne for meldingen. For eksempel: Subject: [issue] Dette er en ny sak - dette vil opprette en ny sak i sporeren med tittelen \"Dette er en ny sak\" Subject: [issue1234] Oppfølging til sak 1234 - dette vil legge denne meldingens innhold til loggen for en eksisterende sak 1234 i sporeren. Subjekt var: '%{subject}'",                                                                                                    // nb
		"Вы послали трекеру Roundup сообщение, в котором неправильно заполнена тема письма - поле \"Subject:\".  В этом поле в квадратных скобках должнен быть указан класс или описатель объекта, к которому относится это сообщение.  Например: Subject: [issue] Это новая задача - такое письмо создаст в трекере новую задачу (объект класса issue) с заголовком \"Это новая задача\". Subject: [issue1234] Это замечание к задаче 1234 - содержимое этого письма будет добавлено к списку сообщений задачи 1234, которая уже существует в трекере. Тема вашего письма: \"%{subject}\"", // ru
	}},
	// get_classname (L747): the subject names a class the tracker does not have
	// (an unknown class).
	{key: "The class name you identified in the subject line (\"%(classname)s\") does", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"The class name you identified in the subject line (\"%{classname}\") does not exist in the database. Valid class names are: %{validname} Subject was: \"%{subject}\"",                 // en
		"Der von Ihnen in der Betreffzeile angegebene Klassenname (\"%{classname}\")existiert in der Datenbank nicht. Gültige Klassen sind: %{validname} Die Betreffzeile war: \"%{subject}\"", // de
		"La clase que Ud. identificó en el Asunto (\"%{classname}\") no existe en la base de datos. Nombres válidos de clases son: %{validname} El asunto que Ud. envió es: \"%{subject}\"",    // es
		"Klassenavnet du oppga i subjektlinjen (\"%{classname}\") finnes ikke i basen. Gyldige klassenavn er: %{validname} Subjekt var: \"%{subject}\"",                                        // nb
		"Имя класса, указанное в теме сообщения (\"%{classname}\"), не определено в базе данных. Имена существующих классов: %{validname} Тема вашего письма: \"%{subject}\"",                  // ru
	}},
	// get_classname (L755): no class in the subject and no default class: the
	// sender has to name one.
	{key: "You did not identify a class name in the subject line and there is no", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"You did not identify a class name in the subject line and there is no default set for this tracker. The subject must contain a class name or designator to indicate the 'topic' of the message. For example: Subject: [issue] This is a new issue - this will create a new issue in the tracker with the title 'This is a new issue'. Subject: [issue1234] This is a followup to issue 1234 - this will append the message's contents to the existing issue 1234 in the tracker. Subject was: '%{subject}'",                                                                             // en
		"Sie haben in der Betreffzeile keinen Klassennamen angegeben, und es ist für diesen Tracker kein Standardwert gesetzt. Die Betreffzeile muss eine Klasse oder einen Bezeichner des Gegenstands Ihrer Nachricht enthalten; zum Beispiel: Subject: [issue] Dies ist ein neues Issue - dies erzeugt ein neues Issue im Tracker mit dem Titel 'Dies ist ein neues Issue'. Subject: [issue1234] Dies bezieht sich auf Issue 1234 - fügt den Inhalt der Nachricht dem existierenden Issue 1234 hinzu Die Betreffzeile (Subject) war: '%{subject}'",                                             // de
		"Ud. no indicó un nombre de clase en Asunto y el tracker no tiene configurado un valor por omisión. El asunto debe contener un nombre de clase o designador para indicar para indicar el 'tópico' del mensaje. Por ejemplo: Asunto: [issue] Este es un nuevo issue - Esto creará un nuevo issue en el tracker con el título 'Este es un nuevo issue'. Asunto: [issue1234] Esta es un agregado al issue 1234 - Esto anexará el contenido del e-mail al issue 1234 ya existente en el tracker. El asunto que Ud. envió es: '%{subject}'",                                                   // es
		"Du oppga ikke noe klassenavn i subjektlinjen og det er ingen standardverdi definert for denne sporeren. Subjektlinjen må inneholde et klassenavn eller en benevnelse for å angi emne for meldingen. For eksempel: Subject: [issue] Ny sak - vil opprette en ny sak med tittelen 'Ny sak'. Subject: [issue1234] Oppfølging til sak 1234 - vil legge meldingens innhold til loggen for sak1234 i basen. Subjekt var: '%{subject}'",                                                                                                                                                        // nb
		"Вы не указали в теме письма имени класса, и значение по умолчанию не установлено для этого трекера.  В поле \"Subject:\" в квадратных скобках должнен быть указан класс или описатель объекта, к которому относится это сообщение.  Например: Subject: [issue] Это новая задача - такое письмо создаст в трекере новую задачу (объект класса issue) с заголовком \"Это новая задача\". Subject: [issue1234] Это замечание к задаче 1234 - содержимое этого письма будет добавлено к списку сообщений задачи 1234, которая уже существует в трекере. Тема вашего письма: \"%{subject}\"", // ru
	}},
	// get_nodeid (L815): no designator and no title to match an item by.
	{key: "I cannot match your message to a node in the database - you need to either", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"I cannot match your message to a node in the database - you need to either supply a full designator (with number, eg \"[issue123]\") or keep the previous subject title intact so I can match that. Subject was: \"%{subject}\"",                                                                                   // en
		"Ich kann Ihre Nachricht keinem Eintrag in der Datenbank zuordnen - Sie müssen entweder einen vollen Bezeichner angeben (mit Nummer, z. B. \"[issue123]\") oder die Betreffzeile intakt lassen, so dass ich diese zuordnen kann. Die Betreffzeile (Subject) war: '%{subject}'",                                      // de
		"No puedo encontrar un nodo en la base de datos que coincida con el mensaje que Ud. ha enviado - Necesita proveer un designador completo (con número, por ejemplo \"[issue123]\" o mantener intacto el Asunto previo de manera que yo pueda encontrar una coincidencia. El asunto que Ud. envió es: \"%{subject}\"", // es
		"Er ikke i stand til finne en passende node i databasen - du må enten oppgi en full benevnelse (med nummer, feks \"[issue123]\") eller beholde forrige subjektlinje lik slik at en treff kan finnes. Subjekt var: \"%{subject}\"",                                                                                   // nb
		"Трекер не смог присоединить ваше сообщение к существующему объекту базы данных - вы должны или указать полный описатель объекта (с номером, напр.: \"[issue123]\"), или при ответе сохранить без изменений тему письма, чтобы Roundup смог соотнести ее с заголовком объекта. Тема вашего письма: \"%{subject}\"",  // ru
	}},
	// get_nodeid (L848), strict prefix parsing: the designator names an item that
	// does not exist (an unknown node).
	{key: "The node specified by the designator in the subject of your message", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"The node specified by the designator in the subject of your message (\"%{nodeid}\") does not exist. Subject was: \"%{subject}\"",                    // en
		"Der in der Betreffzeile Ihre Nachricht bezeichnete Eintrag (\"%{nodeid}\") existiert nicht. Die Betreffzeile (Subject) war: '%{subject}'",           // de
		"El nodo especificado por el designador en el Asunto de su mensaje (\"%{nodeid}\") no existe. El asunto que Ud. envió es: \"%{subject}\"",            // es
		"L'objet indiqué dans le sujet de votre message («\u00a0%{nodeid}\u00a0») n'existe pas. Sujet original\u00a0: «\u00a0%{subject}\u00a0»",              // fr
		"Az üzenet tárgysorában megadott ág (\"%{nodeid}\") nem létezik. A tárgy ez volt: \"%{subject}\"",                                                    // hu
		"Il nodo specificato dal desigantore nel Subject del tuo messaggio (\"%{nodeid}\") non esiste. Il campo Subject: conteneva il valore \"%{subject}\"", // it
		"Elemento (\"%{nodeid}\"), nurodyto dezignatoriumi temos eilutėje, nėra. Tema buvo: \"%{subject}\"",                                                  // lt
		"Noden spesifisert med benevnelsen i subjektlinjen i din melding (\"%{nodeid}\") finnes ikke i basen. Subjekt var: \"%{subject}\"",                   // nb
		"Объект, указанный в теме вашего сообщения, - \"%{nodeid}\" - не существует. Тема вашего письма: \"%{subject}\"",                                     // ru
	}},
	// get_props (L1001), strict suffix parsing: the subject's [prop=value;...]
	// commands do not parse, or name a property or value the class does not
	// have (hyperdb's texts, filled in as %{errors}).
	{key: "There were problems handling your subject line argument list:", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"There were problems handling your subject line argument list: - %{errors} Subject was: \"%{subject}\"",                                   // en
		"Es sind Probleme aufgetreten bei der Verarbeitung Ihrer Betreffzeile: - %{errors} Die Betreffzeile war: \"%{subject}\"",                  // de
		"Han habido problemas procesando la lista de argumentos del Asunto de su mensaje: - %{errors} El Asunto que Ud. envió es: \"%{subject}\"", // es
		"Une erreur s'est produite lors du traitement de la liste de sujets\u00a0: - %{errors} Le sujet était «\u00a0%{subject}\u00a0»",           // fr
		"Probléma merült fel a tárgysor argumentum listájának feldolgozása során: - %{errors} A tárgy ez volt: \"%{subject}\"",                    // hu
		"Si è verificato un problema nel gestire la lista degli argomenti nel Subject del messaggio:- %{errors} Il Subject era: \"%{subject}\"",   // it
		"Temos eilutės argumentų sąraše yra klaidų: - %{errors} Tema buvo: \"%{subject}\"",                                                        // lt
		"Det var problemer i håndteringen av din liste med argumenter i subjektlinjen: - %{errors} Subjekt var: \"%{subject}\"",                   // nb
		"При обработке аргументов, указанных в теме вашего письма, произошли ошибки: - %{errors} Тема письма: \"%{subject}\"",                     // ru
	}},
	// create_msg (L1170): no text/plain part (an HTML-only message with HTML
	// conversion off). CN labels it other (cn-017); the sets read a media type
	// a receiver cannot take as syntax (RFC 3463 X.6.x; ci-029's relabel in
	// session 40, blindi-0034).
	{key: "Roundup requires the submission to be plain text. The message parser could", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Roundup requires the submission to be plain text. The message parser could not find a text/plain part to use.",                                               // en
		"Dieser Tracker akzeptiert nur einfache Textnachrichten. Der Mail-Parser konnte keinen entsprechenden Teil (\"text/plain\") finden.",                          // de
		"Roundup requiere que el envío sea en texto plano. El parser de mensajes no ha podido localizar una parte MIME text/plain en su mensaje que pueda ser usada.", // es
		"Le message soumis doit être en texte brut. L'analyse du message n'a pas trouvé de partie text/plain à utiliser.",                                             // fr
		"A Roundup egyszerű szövegként tudja fogadni a kérelmet. Az üzenet értelmező nem talált használható, egyszerű szöveg formátumú részt.",                        // hu
		"Roundup richiede che i valori immessi siano in formato testo. Il parser dei messaggi non ha trovato alcuna parte text/plain da utilizzare.",                  // it
		"Roundup'ui reikia, kad laiškas būtų tekstinis. Laiškų analizatorius nerado text/plain dalies.",                                                               // lt
		"Roundup krever at innlegget er i ren tekst. Meldingsparseren kunne ikke finne ren tekst å behandle.",                                                         // nb
		"Сообщения для Roundup должны быть в текстовом формате. В вашем сообщении не найдена часть формата text/plain.",                                               // ru
	}},
	// decrypt (L481): a multipart/encrypted message whose control part is not
	// RFC 3156's "Version: 1" application/pgp-encrypted: its MIME form is
	// broken (X.6.x), not its signature.
	{key: "Unknown multipart/encrypted version.", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Unknown multipart/encrypted version.",        // en
		"Unbekannte Version von multipart/encrypted.", // de
		"Ukjent flerdeler(multipart)/koded versjon.",  // nb
	}},
	// check_pgp_sigs (L215, L228): the signature's key is not in the tracker's
	// keyring, or no signature is the author's. CN labels the expired key
	// authentication (cn-020): the signature is the tracker's proof of who
	// sent the mail, as DKIM is a domain's, and the sets label a missing or
	// failed DKIM signature authentication even where a domain's policy
	// demands it. %s is the key's fingerprint.
	{word: true, key: "Message signed with unknown key: %s", category: CategoryAuthenticationFailed, outcome: OutcomeBounced, texts: []string{
		"Message signed with unknown key: %s",              // en
		"Nachricht signiert mit unbekanntem Schlüssel: %s", // de
		"Melding signert med ukjent verdi: %s",             // nb
	}},
	// check_pgp_sigs (L218): the author's key has expired (cn-020).
	{word: true, key: "Message signed with an expired key: %s", category: CategoryAuthenticationFailed, outcome: OutcomeBounced, texts: []string{
		"Message signed with an expired key: %s",            // en
		"Nachricht signiert mit abgelaufenem Schlüssel: %s", // de
		"Melding signert med utgått verdi: %s",              // nb
	}},
	// check_pgp_sigs (L221): the author's key was revoked.
	{word: true, key: "Message signed with a revoked key: %s", category: CategoryAuthenticationFailed, outcome: OutcomeBounced, texts: []string{
		"Message signed with a revoked key: %s",                // en
		"Nachricht signiert mit zurückgezogenem Schlüssel: %s", // de
		"Melding signert med tilbakekalt verdi: %s",            // nb
	}},
	// check_pgp_sigs (L224): the signature does not verify.
	{key: "Invalid PGP signature detected.", category: CategoryAuthenticationFailed, outcome: OutcomeBounced, texts: []string{
		"Invalid PGP signature detected.",      // en
		"Ungültige PGP-Signatur festgestellt.", // de
		"Ugyldig PGP-signatur oppdaget.",       // nb
	}},
	// check_pgp_sigs (L231): an encrypted message without the signature the
	// tracker requires (every translation fuzzy).
	{key: "Unsigned Message", category: CategoryAuthenticationFailed, outcome: OutcomeBounced, texts: []string{
		"Unsigned Message", // en
	}},
	// verify_signature (L517): a multipart/signed message whose signature part is
	// not application/pgp-signature (an S/MIME signature, say).
	{key: "No PGP signature found in message.", category: CategoryAuthenticationFailed, outcome: OutcomeBounced, texts: []string{
		"No PGP signature found in message.",       // en
		"Keine PGP-Signatur in Nachricht gefunden", // de
		"Ingen PGP signatur funnet i melding.",     // nb
	}},
	// get_pgp_message (L1092): PGP is required and the message is neither signed
	// nor encrypted: a signature the tracker requires is missing.
	{key: "This tracker has been configured to require all email be PGP signed or", category: CategoryAuthenticationFailed, outcome: OutcomeBounced, texts: []string{
		"This tracker has been configured to require all email be PGP signed or encrypted.",                           // en
		"Dieser Tracker wurde konfiguriert, E-Mail-Nachrichten nur PGP-signiert oder verschlüsselt entgegenzunehmen.", // de
		"Denne sporeren er satt til å kreve at all epost entern er signert med PGP, eller kryptert.",                  // nb
	}},
	// decrypt (L490): GnuPG could not decrypt the message (encrypted to a key
	// the tracker does not hold, or damaged): RFC 3463's X.7.5 cryptographic
	// failure, with the signature checks.
	{key: "Unable to decrypt your message.", category: CategoryAuthenticationFailed, outcome: OutcomeBounced, texts: []string{
		"Unable to decrypt your message.",              // en
		"Kann Ihre Nachricht nicht entschlüsseln",      // de
		"Ikke i stand til å dekryptere meldingne din.", // nb
	}},
	// get_pgp_message (L1053): pgp_require_incoming is "encrypted" or "both" and the
	// message is not encrypted: the tracker's rule on the form mail must take,
	// not a failed check of who sent it (every translation fuzzy).
	{key: "This tracker has been configured to require all email be PGP encrypted.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"This tracker has been configured to require all email be PGP encrypted.", // en
	}},
	// get_author_id (L893): the From address is no user's and anonymous users
	// may not register by mail (cn-014, cn-015): the tracker takes mail from
	// its users only (not user_unknown: the address is the sender's). With
	// web registration open, registration_info, which is not translated, is
	// set into every translation; both forms are here.
	{key: "You are not a registered user.%(registration_info)s", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"You are not a registered user. Unknown address: %{from_address}",                                                                                                                              // en
		"Sie sind kein registrierter Anwender. Unbekannte Adresse: %{from_address}",                                                                                                                    // de
		"Ud. no es un usuario registrado. Dirección desconocida: %{from_address}",                                                                                                                      // es
		"Du er ikke en registrert bruker. Ukjent adresse: %{from_address}",                                                                                                                             // nb
		"Доступ разрешен только зарегистрированным пользователям. Неизвестный адрес: %{from_address}",                                                                                                  // ru
		"You are not a registered user. Please register at: %{tracker_web}user?@template=register ...before sending mail to the tracker. Unknown address: %{from_address}",                             // en
		"Sie sind kein registrierter Anwender. Please register at: %{tracker_web}user?@template=register ...before sending mail to the tracker. Unbekannte Adresse: %{from_address}",                   // de
		"Ud. no es un usuario registrado. Please register at: %{tracker_web}user?@template=register ...before sending mail to the tracker. Dirección desconocida: %{from_address}",                     // es
		"Du er ikke en registrert bruker.  Please register at: %{tracker_web}user?@template=register ...before sending mail to the tracker. Ukjent adresse: %{from_address}",                           // nb
		"Доступ разрешен только зарегистрированным пользователям. Please register at: %{tracker_web}user?@template=register ...before sending mail to the tracker. Неизвестный адрес: %{from_address}", // ru
	}},
	// get_author_id (L900): a user without the "Email Access" permission
	// (cn-016, cn-044).
	{key: "You are not permitted to access this tracker.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"You are not permitted to access this tracker.",                        // en
		"Sie haben keinen Zugriff auf diesen Tracker.",                         // de
		"Ud. no posee los permisos necesarios para acceder a este tracker.",    // es
		"Vous n'êtes pas autorisé à accéder à ce pisteur.",                     // fr
		"Ehhez a hibakövetőhöz hozzáférése nem engedélyezett.",                 // hu
		"Non si dispone di permessi sufficienti per accedere a questo tracker", // it
		"Neturite teisių naudotis šiuo tracker'iu.",                            // lt
		"Du har ikke adgang til denne sporeren.",                               // nb
		"У вас нет разрешения на доступ к этому трекеру.",                      // ru
		"你没有访问此 tracker 的权限。",                                                  // zh_CN
	}},
	// check_permissions (L912): no Edit permission on the item the subject names.
	{word: true, key: "You are not permitted to edit %(classname)s.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"You are not permitted to edit %{classname}.",                          // en
		"Sie sind nicht berechtigt, die Klasse \"%{classname}\" zu bearbeiten", // de
		"Ud. no tiene permitido editar %{classname}.",                          // es
		"Vous n'avez pas la permission de modifier %{classname}",               // fr
		"Nincs jogosultsága %{classname} szerkesztéséhez.",                     // hu
		"Non si dispone dei permessi sufficienti per modificare %{classname}",  // it
		"Neturite leidimo redaguoti %{classname}.",                             // lt
		"Du har ikke tillatelse til å endre %{classname}.",                     // nb
		"У вас нет разрешения редактировать %{classname}",                      // ru
		"你没有编辑 %{classname} 的权限。",                                              // zh_CN
	}},
	// check_permissions (L918): no Create permission on the class. Chinese's
	// text drops the "not" (你创建, "you create"), kept as shipped.
	{word: true, key: "You are not permitted to create %(classname)s.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"You are not permitted to create %{classname}.",                   // en
		"Sie sind nicht berechtigt, ein \"%{classname}\" zu erzeugen",     // de
		"Ud. no tiene permitido crear %{classname}.",                      // es
		"Vous n'avez pas la permission de créer  %{classname}",            // fr
		"Nincs jogosultsága %{classname} létrehozásához.",                 // hu
		"Non si dispone dei permessi sufficienti per creare %{classname}", // it
		"Neturite leidimo sukurti %{classname}.",                          // lt
		"Du har ikke tillatelse til å opprette %{classname}.",             // nb
		"У вас нет разрешения создавать объекты %{classname}",             // ru
		"你创建 %{classname} 的权限。",                                           // zh_CN
	}},
	// create_files (L1121): attachments from a user who may not create files.
	{key: "You are not permitted to create files.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"You are not permitted to create files.",               // en
		"Sie sind nicht berechtigt, Dateien zu erzeugen.",      // de
		"Ud. no tiene permitida la creación de ficheros.",      // es
		"Vous n'êtes pas autorisé à créer des fichiers.",       // fr
		"Nincs jogosultsága fájlok létrehozására.",             // hu
		"Non si dispone dei permessi necessari a creare file.", // it
		"Neturite teisių sukurti failą.",                       // lt
		"Du har ikke lov å lage en filer.",                     // nb
		"У вас нет разрешения на создание файлов.",             // ru
		"你没有创建文件的权限。",                                          // zh_CN
	}},
	// create_files (L1138): attachments to an item the user may not add files to.
	{word: true, key: "You are not permitted to add files to %(classname)s.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"You are not permitted to add files to %{classname}.",                            // en
		"Sie sind nicht berechtigt, Dateien zu %{classname} hinzuzufügen.",               // de
		"Ud. no tiene permitido agregar ficheros a %{classname}.",                        // es
		"Vous n'avez pas la permission d'ajouter des fichiers à la classe %{classname}.", // fr
		"Nincs jogosultsága fájlok hozzáadására %{classname}-hez.",                       // hu
		"Non si dispone dei permessi necessari per aggiungere file a %{classname}",       // it
		"Neturite leidimo pridėti failų prie %{classname}.",                              // lt
		"Du har ikke tillatelse til å legge filer til %{classname}.",                     // nb
		"У вас нет разрешения добавлять файлы для класса %{classname}.",                  // ru
		"你没有向 %{classname} 添加文件的权限。",                                                     // zh_CN
	}},
	// create_msg (L1182): a user who may not create messages.
	{key: "You are not permitted to create messages.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"You are not permitted to create messages.",                   // en
		"Sie sind nicht berechtigt, Nachrichten zu erzeugen",          // de
		"Ud. no tiene permitido crear mensajes.",                      // es
		"Vous n'avez pas la permission de créer des messages.",        // fr
		"Nincs jogosultsága üzenetek létrehozására.",                  // hu
		"Non si disponde dei permessi necessari per creare messaggi.", // it
		"Neturite leidimo sukurti pranešimų.",                         // lt
		"Du har ikke lov å lage en meldinger.",                        // nb
		"У вас нет разрешения на создание сообщений",                  // ru
		"你没有创建消息的权限。",                                                 // zh_CN
	}},
	// create_msg (L1202): a message to an item the user may not add messages to.
	{word: true, key: "You are not permitted to add messages to %(classname)s.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"You are not permitted to add messages to %{classname}.",               // en
		"Sie sind nicht berechtigt, Kommentare zu %{classname} hinzuzufügen.",  // de
		"Ud. no tiene permitido agregar mensajes a %{classname}.",              // es
		"Vous n'avez pas la permission d'ajouter des messages à %{classname}.", // fr
		"Nincs jogosultsága üzenet hozzáadására %{classname}-hez.",             // hu
		"Non si dispone dei permessi per aggiungere messaggi a %{classname}",   // it
		"Neturite leidimo pridėti pranešimų prie %{classname}.",                // lt
		"Du har ikke tillatelse til å legge meldinger til  %{classname}.",      // nb
		"У вас нет разрешения добавлять сообщения для класса %{classname}.",    // ru
		"你没有向 %{classname} 添加消息的权限。",                                           // zh_CN
	}},
	// create_node (L1225): a subject command that sets a property the user may
	// not edit.
	{word: true, key: "You are not permitted to edit property %(prop)s of class %(classname)s.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"You are not permitted to edit property %{prop} of class %{classname}.",                               // en
		"Sie sind nicht berechtigt, die Eigenschaft %{prop} der Klasse %{classname} zu bearbeiten.",           // de
		"Ud. no tiene permitido editar la propiedad %{prop} de la clase %{classname}.",                        // es
		"Vous n'avez pas la permission de modifier la propriété %{prop} de la classe %{classname}.",           // fr
		"Nincs jogosultsága %{classname} osztály %{prop} tulajdonságát szerkeszteni.",                         // hu
		"Non si dispone dei permessi necessari per modificare la proprietà %{prop} della classe %{classname}", // it
		"Neturite leidimo redaguoti %{classname} parinkties %{prop}.",                                         // lt
		"Du har ikke tillatelse til å redigere egenskapen %{prop} til klassen %{classname}.",                  // nb
		"У вас нет разрешения изменять атрибут %{prop} класса %{classname}",                                   // ru
		"你没有编辑 %{classname} 类的 %{prop} 属性的权限。",                                                                // zh_CN
	}},
	// create_node (L1237): the same for a new item (every translation fuzzy).
	{word: true, key: "You are not permitted to set property %(prop)s of class %(classname)s.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"You are not permitted to set property %{prop} of class %{classname}.", // en
	}},
	// handle_Message (L1743): any other exception while the message was handled;
	// the traceback goes to the tracker's admin. Not translated (cn-018).
	{key: "An unexpected error occurred during the processing", category: CategoryServerError, outcome: OutcomeBounced, texts: []string{
		"An unexpected error occurred during the processing of your message. The tracker administrator is being notified.", // en
	}},
	// get_class_arguments (L1825): the gateway's -c/--default-class or -S options
	// name a class the tracker does not have: its set-up, nothing the sender
	// can change (cn-019; every translation fuzzy).
	{key: "The mail gateway is not properly set up. (incorrect class)", category: CategoryServerError, outcome: OutcomeBounced, texts: []string{
		"The mail gateway is not properly set up. Please contact %{mailadmin} and have them fix the incorrect class specified as: %{classname}", // en
	}},
	// get_class_arguments (L1839; parse_set_value, L1366, raises it when the
	// gateway starts): the gateway's -S property=value options do not parse.
	{key: "The mail gateway is not properly set up. (incorrect properties)", category: CategoryServerError, outcome: OutcomeBounced, texts: []string{
		"The mail gateway is not properly set up. Please contact %{mailadmin} and have them fix the incorrect properties: %{errors}",                                              // en
		"Das Mail-Gateway ist nicht korrekt eingerichtet. Bitte wenden Sie sich an %{mailadmin} und bitten Sie um Korrektur der fehlerhaften Eigenschaften:  %{errors}",           // de
		"La pasarela de e-mail no está correctamente configurada. Por favor póngase en contacto con %{mailadmin} y pídales que solucionen las propiedades incorrectas: %{errors}", // es
		"La passerelle courriel ne fonctionne pas correctement. Contactez %{mailadmin} afin que les propriétés incorrectes suivantes soient corrigés\u00a0: %{errors}",            // fr
		"A mail átjáró nincs helyesen beállítva. Vegye fel a kapcsolatot %{mailadmin}-nal és javíttassa ki a hibás tulajdonságokat: %{errors}",                                    // hu
		"il gateway mail non è configurato correttamente. Per favore contatta %{mailadmin} e segnala che la proprietà scorretta: %{errors}",                                       // it
		"Nesukonfigūruotas pašto sietuvas (mail gateway). Paprašykite %{mailadmin}, kad pataisytų neteisingus atributus: %{errors}",                                               // lt
		"Epostsystemet er ikke korrekt satt opp. Venligst kontakt %{mailadmin} og få problemet løst. Referansen er til feil egenskaper: %{errors}",                                // nb
		"Обнаружена ошибка в настройке почтового шлюза. Сообщите, пожалуйста, на адрес %{mailadmin} о неправильно описанных атрибутах: %{errors}",                                 // ru
	}},
}
