package diagnose

// auroraMailMessages are Afterlogic Aurora's mail module's reports of a
// message it could not send (i18n/*.ini at 1577ae7): recipients it
// cannot address ("Please specify correct emails": the addresses' form,
// syntax_error as the sets read an invalid recipient address a client
// refuses), sending to other domains blocked (the sender's policy), and
// no connection to the mail server (retried). Probe CF cf-039.
var auroraMailMessages = []catalogMessage{
	{key: "ERROR_SEND_MESSAGE_INVALID_RECIPIENTS", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Geef de juiste e-mails op.",                      // Dutch
		"Please specify correct emails.",                  // English
		"Sisestage korrektsed e-postiaadressid.",          // Estonian
		"Merci de spécifier un email correcte.",           // French
		"Bitte geben Sie eine gültige E-Mail Adresse an.", // German
		"Укажите корректные адреса эл. почты.",            // Russian Ukrainian
		"Por favor, especifique emails correctos.",        // Spanish
	}},
	{key: "ERROR_SEND_MESSAGE_TO_EXTERNAL_RECIPIENTS", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Kan bericht niet naar ontvangers verzenden. Verzenden naar externe domeinen kan worden geblokkeerd.",       // Dutch
		"Unable to send message to recipients. Sending to external domains may be blocked.",                         // English
		"Kirja ei õnnestunud kohale saata. Välisdomeenidesse e-kirjade saatmine võib olla blokeeritud.",             // Estonian
		"Impossible d'envoyer un message aux destinataires. L'envoi à des domaines externes peut être bloqué.",      // French
		"Nachricht kann nicht an Empfänger gesendet werden. Das Senden an externe Domains könnte blockiert sein.",   // German
		"Не удалось отправить сообщение адресатам. Отправка на внешние домены может быть заблокирована.",            // Russian
		"No se puede mandar el mensaje a los destinatarios. No está permitido realizar envios a dominios externos.", // Spanish
		"Неможливо надіслати повідомлення адресатам. Відправка до зовнішніх доменів може бути заблокована.",         // Ukrainian
	}},
	{own: true, key: "ERROR_CONNECT_TO_MAIL_SERVER", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Fout bij verbinding maken met mailserver.",             // Dutch
		"Error while connecting to mail server.",                // English
		"Postiserveriga ühendumisel tekkis viga.",               // Estonian
		"Erreur lors de la connexion au serveur de messagerie.", // French
		"Fehler beim Verbinden mit dem Mailserver.",             // German
		"Произошла ошибка при попытке соединения с почтовым сервером.", // Russian
		"Error conectando el servidor de correo.", // Spanish
		"Виникла помилка при спробі з'єднання з почтовим сервером.", // Ukrainian
	}},
}
