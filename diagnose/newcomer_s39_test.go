package diagnose

import "testing"

// TestNewcomerS39: what the session 39 newcomer and attacker review
// (helper-212) found: delivery reports ending "… has been sent
// successfully" read as delivered through the free-subject sent
// templates (N1, N7); a bare code a client's text ends with outranking
// its own retry words (N2); go-smtp's client error text ("SMTP error
// 554: …") read by the code it quotes after its own (N3); Geary's
// certificate warning where a translation puts brackets around the
// host and port (N4). Their phrasings do not train the model.
func TestNewcomerS39(t *testing.T) {
	runKinds(t, "newcomer review S39", []kindCase{
		// N1, N7: a report that ends by saying its notice was sent
		{r("Message to bob@example.com expired after 5 days in queue - DSN has been sent successfully"), OutcomeBounced, CategoryExpired},
		{r("Message for bob@example.com refused by mx.example.com (550 5.1.1 user unknown) - bounce notice has been sent successfully"), OutcomeBounced, CategoryUserUnknown},
		{r(`Message "Invoice" expired。DSN has been sent successfully`), OutcomeBounced, CategoryOther},
		{r("Nachricht an bob@example.de abgewiesen: Postfach voll - Benachrichtigung wurde erfolgreich versendet"), OutcomeBounced, CategoryMailboxFull},
		{r("Message Invoice 2024 has been sent successfully"), OutcomeDelivered, CategoryDelivered},
		{r("Nachricht Rechnung März wurde erfolgreich versendet"), OutcomeDelivered, CategoryDelivered},

		// N2: the client retries, whatever code it last heard
		{r("Connection timed out, retrying; last error code 550"), OutcomeDeferred, CategoryConnectionFailed},
		{r("curl: (55) RCPT failed: 550"), OutcomeBounced, CategoryPolicyRejected},

		// N3: go-smtp's client error names the reply it got
		{r("SMTP error 554: Error: transaction failed, blame it on the weather: 552 5.2.2 Mailbox full"), OutcomeBounced, CategoryMailboxFull},
		{r("SMTP error 421: Service not available, closing transmission channel"), OutcomeDeferred, CategoryServerError},

		// N4: Geary's warning with the host and port in brackets
		{r("smtp メールサーバー (mx.example.jp:587) の ID を確認できませんでした。"), OutcomeDeferred, CategoryTLSRequired},
		{r("smtp posta-zerbitzariak mx.example.eus:465(e)n duen nortasuna ezin izan da egiaztatu."), OutcomeDeferred, CategoryTLSRequired},
	})
}
