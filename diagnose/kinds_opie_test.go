package diagnose

import "testing"

// TestKindOpieKinds holds Opie's reports of a failed send batch CT found
// (ct-001..009, ct-022, ct-023, ct-027, ct-028, ct-042, ct-043) in
// languages and frames it did not hold, from the catalogue
// (opieMessages): the mail client's "Error sending mail: %1" with
// libetpan's errors in English, French and Dutch (English frames around
// translated errors), German and Russian, its connection and TLS frames,
// its login refused; mail2's refused connection and failed host lookup in
// German, Polish and French. Near misses: a sending frame that goes on
// with a reply, mail2's frame around a reply (the reply's), Spanish's
// host lookup left out as any search's words. Their phrasings do not train the model
// (kindsUntrained): a program's templates.
func TestKindOpieKinds(t *testing.T) {
	runKinds(t, "Opie kinds", []kindCase{
		// 1. libetpan's errors under the sending frame
		{r("Error sending mail: Mailbox unavailable"), OutcomeBounced, CategoryUserUnknown},
		{r("Error sending mail: Boîte aux lettres inaccessible"), OutcomeBounced, CategoryUserUnknown},
		{r("Fehler beim Mailversand: Benutzer nicht lokal"), OutcomeBounced, CategoryUserUnknown},
		{r("Error sending mail: Data is meer dan buffer aankan"), OutcomeBounced, CategoryMailboxFull},
		{r("Ошибка отправки почты: Данные превышают отведенное место"), OutcomeBounced, CategoryMailboxFull},
		{r("Kļūda sūtot pastu: Tranzakcija neizdevās"), OutcomeBounced, CategoryPolicyRejected},
		{r("Error sending mail: Echec de transaction"), OutcomeBounced, CategoryPolicyRejected},
		{r("Fehler beim Mailversand: Postdachname nicht erlaubt"), OutcomeBounced, CategorySyntaxError},
		{r("Chyba odesílání mailu: Špatná sekvence příkazů"), OutcomeBounced, CategorySyntaxError},
		{r("Fehler beim Mailversand: Fehler bei Verarbeitung"), OutcomeDeferred, CategoryServerError},
		{r("Error sending mail: Service niet beschikbaar"), OutcomeDeferred, CategoryServerError},
		{r("Error sending mail: Stream error"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Ошибка отправки почты: Ошибка потока"), OutcomeDeferred, CategoryConnectionFailed},

		// 2. the connection and TLS frames, the login
		{r("Error init SMTP connection: Connection refused"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Chyba inicializace SMTP spojení: Připojení odmítnuto"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Kļūda inicializējot SMTP savienojumu: Serviss nav pieejams"), OutcomeDeferred, CategoryServerError},
		{r("Fehler beim Initialisieren von SMTP tls: Starttls wird nicht unterstützt"), OutcomeDeferred, CategoryTLSRequired},
		{r("Error init SMTP tls: Starttls not supported"), OutcomeDeferred, CategoryTLSRequired},
		{r("Error init SMTP tls: Error in processing"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Authentifizierung fehlgeschlagen"), OutcomeBounced, CategoryPolicyRejected},
		{r("Autentifikācija neizdevās"), OutcomeBounced, CategoryPolicyRejected},

		// 3. mail2's socket errors
		{r("Der Server hat die Verbindung abgelehnt."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Serwer odmowil polaczenia."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Le serveur refuse la connection."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Host lookup failed."), OutcomeDeferred, CategoryDomainNotFound},
		{r("Die Host-Suche ist fehlgeschlagen."), OutcomeDeferred, CategoryDomainNotFound},
		{r("Nie znaleziono hosta."), OutcomeDeferred, CategoryDomainNotFound},

		// 4. near misses: the sending frame going on with a reply, mail2's
		// frame around a reply (the reply's words), Spanish's host lookup
		// ("search failed", left out)
		{r("Error sending mail: Transaction failed 554 5.7.1 Message rejected as spam"), OutcomeBounced, CategorySpamContent},
		{r("Der Server hat einen Fehler zurückgegeben. Das ist die Nachricht:\n5.1.1 <bob@example.de>: Recipient address rejected: User unknown in local recipient table"), OutcomeBounced, CategoryUserUnknown},
		{r("Búsqueda fallida."), OutcomeBounced, CategoryOther},
	})
}
