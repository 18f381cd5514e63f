package diagnose

import "testing"

// TestKindLttrsKinds holds Ltt.rs's sign-in and composer messages batch
// CT found (ct-031..038, ct-045) in languages it did not hold, from the
// catalogue (lttrsMessages): the service's host that does not resolve,
// no connection, a timeout, a TLS handshake failed, no network, the
// password refused, attachments over the server's limits, an address the
// composer finds malformed. Near misses: "Could not resolve" with more
// than a host, the identity check left out of the catalogue. Their
// phrasings do not train the model (kindsUntrained): a program's
// templates.
func TestKindLttrsKinds(t *testing.T) {
	runKinds(t, "Ltt.rs kinds", []kindCase{
		// 1. the service's host name
		{r("Could not resolve jmap.example.com"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Impossible de résoudre jmap.example.fr"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Не удалось разрешить jmap.example.ru"), OutcomeDeferred, CategoryDomainNotFound},

		// 2. the connection, the network
		{r("Could not connect to e-mail service"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Es konnte keine Verbindung zum E-Mail-Dienst hergestellt werden"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Trying to connect to e-mail service timed out"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Przekroczono czas oczekiwania na połączenie z usługą e-mail"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Could not establish a secure connection"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Nie można nawiązać bezpiecznego połączenia"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Keine Netzwerkverbindung"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Connect to the Internet"), OutcomeDeferred, CategoryConnectionFailed},

		// 3. the password
		{r("Wrong password. Try again."), OutcomeBounced, CategoryPolicyRejected},
		{r("Złe hasło. Spróbuj ponownie."), OutcomeBounced, CategoryPolicyRejected},
		{r("Senha incorreta. Tente novamente."), OutcomeBounced, CategoryPolicyRejected},

		// 4. the composer: sizes, an address
		{r("The combined size of all attachments exceeds the limit of 25 MB"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Die Gesamtgröße aller Anhänge überschreitet das Limit von 20 MB"), OutcomeBounced, CategoryMessageTooLarge},
		{r("The file exceeds the limit of 50 MB"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Il file supera il limite di 10 MB"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Something is wrong with the address <bob@example>"), OutcomeBounced, CategorySyntaxError},
		{r("Что-то не так с адресом <ivan@@example.ru>"), OutcomeBounced, CategorySyntaxError},

		// 5. near misses: more than a host after "Could not resolve" (the
		// rules' answer), the identity check that names no cause
		{r("Could not resolve host: smtp.example.com"), OutcomeBounced, CategoryDomainNotFound},
		{r("Could not verify identity"), OutcomeBounced, CategoryOther},
	})
}
