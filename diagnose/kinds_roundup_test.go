package diagnose

import "testing"

// TestKindRoundupKinds holds the Roundup issue tracker's mail gateway
// refusals batch CN found (cn-012..cn-020, cn-044: 8 of its 15 misses
// before), from the catalogue (roundupMessages), in languages and with
// messages batch CN did not hold: the Subject line and its commands, a
// sender the tracker does not know or does not let in, the PGP checks and
// the tracker's own faults. Near misses: a Roundup text that goes on with
// a reply, other programs' similar words, the part of a Roundup text
// alone, and a class name's place filled with words (word). Their
// phrasings do not train the model (kindsUntrained): the texts are one
// program's templates. Each is written as the bounce's error part holds
// it, without the blank line that opens it: a text led by a line break
// is not looked up in the catalogues (unwrap trims it, and the lookup
// wants a text unwrap left whole).
func TestKindRoundupKinds(t *testing.T) {
	runKinds(t, "Roundup kinds", []kindCase{
		// 1. the Subject line, its class, item and commands, and the
		// message's form: the sender's to mend (syntax); no text/plain part
		// is a media type the receiver cannot take (the sets' X.6
		// convention; CN labels cn-017 other)
		{r("A Roundup hibakövetőkhöz küldött e-maileknek tartalmazniuk kell egy Subject: sort!\n"), OutcomeBounced, CategorySyntaxError},
		{r("Le Email al tracker Roundup devono includere il campo Oggetto: \n"), OutcomeBounced, CategorySyntaxError},
		{r("Epost til Roundup sporer må inneholde en verdi for Subjekt: linjen\n"), OutcomeBounced, CategorySyntaxError},
		{r("В письмах для трекера Roundup должна быть указана тема сообщения (Subject).\n"), OutcomeBounced, CategorySyntaxError},
		{r("The class name you identified in the subject line (\"bug\") does\nnot exist in the database.\n\nValid class names are: file, issue, keyword, msg, priority, status, user\nSubject was: \"[bug] crash on start\"\n"), OutcomeBounced, CategorySyntaxError},
		{r("The node specified by the designator in the subject of your message\n(\"issue99999\") does not exist.\n\nSubject was: \"[issue99999] still broken\"\n"), OutcomeBounced, CategorySyntaxError},
		{r("L'objet indiqué dans le sujet de votre message (« issue42 »)\n n'existe pas.\n\nSujet original : « [issue42] encore »\n"), OutcomeBounced, CategorySyntaxError},
		{r("Трекер не смог присоединить ваше сообщение к существующему объекту\nбазы данных - вы должны или указать полный описатель объекта\n(с номером, напр.: \"[issue123]\"), или при ответе сохранить\nбез изменений тему письма, чтобы Roundup смог соотнести ее\nс заголовком объекта.\n\nТема вашего письма: \"Re: \"\n"), OutcomeBounced, CategorySyntaxError},
		{r("Es sind Probleme aufgetreten bei der Verarbeitung Ihrer Betreffzeile:\n- property colour: no such property\n\nDie Betreffzeile war: \"[issue1] Absturz [colour=red]\"\n"), OutcomeBounced, CategorySyntaxError},
		{r("Roundup requires the submission to be plain text. The message parser could\nnot find a text/plain part to use.\n"), OutcomeBounced, CategorySyntaxError},
		{r("Dieser Tracker akzeptiert nur einfache Textnachrichten. Der Mail-Parser konnte\nkeinen entsprechenden Teil (\"text/plain\") finden.\n"), OutcomeBounced, CategorySyntaxError},
		{r("Сообщения для Roundup должны быть в текстовом формате.\nВ вашем сообщении не найдена часть формата text/plain.\n"), OutcomeBounced, CategorySyntaxError},
		{r("Unbekannte Version von multipart/encrypted."), OutcomeBounced, CategorySyntaxError},

		// 2. a sender the tracker does not know, or does not let in or
		// let do it (policy; the unknown address is the sender's, not a
		// recipient's), with and without the registration link
		{r("Sie sind kein registrierter Anwender.\n\nUnbekannte Adresse: jdoe@example.com\n"), OutcomeBounced, CategoryPolicyRejected},
		{r("Ud. no es un usuario registrado.\n\nDirección desconocida: maria@example.es\n"), OutcomeBounced, CategoryPolicyRejected},
		{r("Du er ikke en registrert bruker. \n\nUkjent adresse: ola@example.no\n"), OutcomeBounced, CategoryPolicyRejected},
		{r("You are not a registered user. Please register at:\n\nhttps://bugs.example.org/user?@template=register\n\n...before sending mail to the tracker.\n\nUnknown address: jdoe@example.com\n"), OutcomeBounced, CategoryPolicyRejected},
		{r("Sie haben keinen Zugriff auf diesen Tracker."), OutcomeBounced, CategoryPolicyRejected},
		{r("Ehhez a hibakövetőhöz hozzáférése nem engedélyezett."), OutcomeBounced, CategoryPolicyRejected},
		{r("Du har ikke adgang til denne sporeren."), OutcomeBounced, CategoryPolicyRejected},
		{r("你没有访问此 tracker 的权限。"), OutcomeBounced, CategoryPolicyRejected},
		{r("Du har ikke lov å lage en meldinger."), OutcomeBounced, CategoryPolicyRejected},
		{r("你没有编辑 issue 类的 status 属性的权限。"), OutcomeBounced, CategoryPolicyRejected},
		{r("Nincs jogosultsága üzenet hozzáadására issue-hez."), OutcomeBounced, CategoryPolicyRejected},
		{r("This tracker has been configured to require all email be PGP encrypted."), OutcomeBounced, CategoryPolicyRejected},

		// 3. the PGP checks (authentication, CN's label for cn-020)
		{r("Nachricht signiert mit abgelaufenem Schlüssel: 3F1A9C2B7D4E8F60A1B2C3D4E5F60718293A4B5C"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("Melding signert med tilbakekalt verdi: 0A1B2C3D4E5F60718293A4B5C3F1A9C2B7D4E8F6"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("Message signed with unknown key: 0A1B2C3D4E5F60718293A4B5C3F1A9C2B7D4E8F6"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("Invalid PGP signature detected."), OutcomeBounced, CategoryAuthenticationFailed},
		{r("Keine PGP-Signatur in Nachricht gefunden"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("This tracker has been configured to require all email be PGP signed or\nencrypted."), OutcomeBounced, CategoryAuthenticationFailed},
		{r("Unable to decrypt your message."), OutcomeBounced, CategoryAuthenticationFailed},

		// 4. the tracker's own set-up: its fault, returned (server error)
		{r("The mail gateway is not properly set up. Please contact\nroundup-admin@example.org and have them fix the incorrect properties:\n  \"priority\" is not of the form \"property=value\"\n"), OutcomeBounced, CategoryServerError},
		{r("Обнаружена ошибка в настройке почтового шлюза.\nСообщите, пожалуйста, на адрес admin@example.ru\nо неправильно описанных атрибутах:\n  \"status\" is not of the form \"property=value\"\n"), OutcomeBounced, CategoryServerError},

		// 5. near misses: a Roundup text that goes on with a reply is the
		// reply's; other programs' similar words, and a part of a Roundup
		// text alone, are read as they stand; a class name's place filled
		// with words is not Roundup's (word); the detector's refusal,
		// left out, is read by its reason
		{r("You are not permitted to access this tracker. 550 5.1.1 user unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("Emails to Roundup trackers must include a Subject: line! 552 5.3.4 Message size exceeds fixed maximum message size"), OutcomeBounced, CategoryMessageTooLarge},
		{r("You are not a registered user. Unknown address: jdoe@example.com 452 4.2.2 Mailbox full"), OutcomeDeferred, CategoryMailboxFull},
		{r("Invalid PGP signature detected. 550 5.7.1 Relay access denied"), OutcomeBounced, CategoryPolicyRejected},
		{r("You are not permitted to create more than 100 messages per hour"), OutcomeBounced, CategoryRateLimited},
		{r("An unexpected error occurred during the processing of your message. Please try again later."), OutcomeDeferred, CategoryServerError},
		{r("Unable to decrypt your message. Please try again later."), OutcomeDeferred, CategoryServerError},
		{r("Mail message was rejected by a spam filter."), OutcomeBounced, CategorySpamContent},
		{r("Die Mail-Nachricht wurde von einem Detektor zurückgewiesen.\nSpam suspected\n"), OutcomeBounced, CategorySpamContent},
		{r("Unknown address: jdoe@example.com"), OutcomeBounced, CategoryUserUnknown},
		{r("No DKIM signature found in message."), OutcomeBounced, CategoryAuthenticationFailed},
	})
}
