package diagnose

import "testing"

// TestKindMailyKinds holds Maily's account messages batch CT found
// (ct-029, ct-030, ct-046) in the languages it did not hold, from the
// catalogue (mailyMessages): the servers out of reach, the account not
// reachable on a retry, the login refused with a password shown or
// masked, the new account's check. Near misses: the sending frame around
// a reply (the reply's), the login message going on with a reply. Their
// phrasings do not train the model (kindsUntrained): a program's
// templates.
func TestKindMailyKinds(t *testing.T) {
	runKinds(t, "Maily kinds", []kindCase{
		// 1. the servers out of reach
		{r(`Maily cannot reach the specified mail server. Please check your incoming server setting "imap.example.com" and your outgoing server setting "smtp.example.com".`), OutcomeDeferred, CategoryConnectionFailed},
		{r(`Maily kann den angegeben Server nicht erreich. Bitte überprüfe die Einstellugen des Posteingang-Servers "imap.example.de" und des Postausgang-Servers "smtp.example.de".`), OutcomeDeferred, CategoryConnectionFailed},
		{r("Maily could not connect Work Mail."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Maily konnte jdoe@example.de nicht erreichen."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Maily no pudo conectar Trabajo."), OutcomeDeferred, CategoryConnectionFailed},

		// 2. the login
		{r(`Unable to log your in. Please check your user name "jdoe" and your password "s3cret!".`), OutcomeBounced, CategoryPolicyRejected},
		{r(`Unable to log your in. Please check your user name "jdoe@example.com" and your password "********".`), OutcomeBounced, CategoryPolicyRejected},
		{r(`No se puede iniciar sesión. Por favor, comprueba tu nombre de usuario "jperez" y tu contraseña "clave2024".`), OutcomeBounced, CategoryPolicyRejected},
		{r("Sorry, but there was a problem. Please check your email jdoe@example.com and password."), OutcomeBounced, CategoryPolicyRejected},
		{r("Leider konnte ich dich nicht anmelden. Überprüfe deine E-Mail jdoe@example.de und dein Passwort."), OutcomeBounced, CategoryPolicyRejected},
		{r("Lo sentimos, pero ha habido un problema. Por favor, comprueba tu correo electrónico jperez@example.es y contraseña."), OutcomeBounced, CategoryPolicyRejected},

		// 3. near misses: the sending frame around the server's reply
		{r("Sorry, your mail could not be send. We received the following error:\n550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown."), OutcomeBounced, CategoryUserUnknown},
		{r("Leider konnte die E-Mail nicht versendet werden.\nDer Postausgang Server liefert folgende Antwort:\n552 5.3.4 Message size exceeds fixed limit"), OutcomeBounced, CategoryMessageTooLarge},
	})
}
