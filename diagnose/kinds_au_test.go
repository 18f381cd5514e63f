package diagnose

import "testing"

// The kinds behind batch AU's misses (testdata/README.md), fixed after it
// was scored once. Hosts and addresses are made up; each line says where
// its wording comes from or that it was written for the test.
func TestKindBatchAU(t *testing.T) {
	runKinds(t, "a count of attempts that all failed is the sending MTA giving up", []kindCase{
		{r("Failed four Attempts to connect to recipients mail server"), OutcomeBounced, CategoryExpired},                                                                     // SmarterMail, blindau-0009
		{r("Failed all attempts to connect to the recipients mail server. Attempted to send the message to the following ip's: 192.0.2.41"), OutcomeBounced, CategoryExpired}, // SmarterMail, blindau-0010
		{r("Failed three attempts to deliver to the recipients mail server"), OutcomeBounced, CategoryExpired},                                                                // written for the test
		// attempts that failed so far and go on are a deferral (review D1)
		{r("Delivery to bob@example.org has been delayed: all attempts to connect so far failed, will retry"), OutcomeDeferred, CategoryConnectionFailed}, // written for the test
		{r("451 4.4.1 All attempts to connect to mx.example.com failed, will try again later"), OutcomeDeferred, CategoryConnectionFailed},                // review D1
		{r("452 4.2.2 Mailbox over quota; all attempts to deliver failed so far, retrying later"), OutcomeDeferred, CategoryMailboxFull},                  // review D1
	})
	runKinds(t, "a delivery status notification's action is the outcome, whatever code its diagnostic quotes (RFC 3464 §2.3.3)", []kindCase{
		{r("These recipients of your message have been processed by the mail server: tizio@example.it; Failed; 5.2.2 (mailbox full) Remote MTA ims1c.cp.tin.it: SMTP diagnostic: 443 RCPT TO:<tizio@example.it> Mailbox disk quota exceeded"), OutcomeBounced, CategoryMailboxFull}, // Openwave InterMail (TIN), blindau-0028
		{r("Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full"), OutcomeBounced, CategoryMailboxFull},                                                                                                                                                    // written for the test
		{r("Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: smtp; 421 4.4.1 Connection timed out"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                                                     // written for the test
		{r("bob@example.it; Delayed; 4.4.1 (no answer from host)"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                                                                                      // written for the test
		{r("bob@example.it; Failed; 5.1.1 (bad destination mailbox address)"), OutcomeBounced, CategoryUserUnknown},                                                                                                                                                                 // written for the test
	})
	runKinds(t, "the recipient domain's storage, and mail said full in Spanish, are the recipient's quota", []kindCase{
		{r("Reason: The domain size limit has been exceeded"), OutcomeBounced, CategoryMailboxFull},       // SmarterMail, blindau-0011
		{r("452 4.2.2 Domain disk quota exceeded for example.org"), OutcomeDeferred, CategoryMailboxFull}, // written for the test
		{r("correo lleno"), OutcomeBounced, CategoryMailboxFull},                                          // a Spanish hoster's list, blindau-0036
		{r("552 5.2.2 La casilla de correo está llena"), OutcomeBounced, CategoryMailboxFull},             // written for the test
		// the message's size stays its size
		{r("552 5.3.4 Message size exceeds the size limit of this server"), OutcomeBounced, CategoryMessageTooLarge}, // written for the test
	})
	runKinds(t, "a DSN's failed action for one recipient is the report's bounce, whatever others were delayed (review D7)", []kindCase{
		{r("Final-Recipient: rfc822; bob@example.com Action: failed Status: 5.1.1 Diagnostic-Code: smtp; 550 5.1.1 user unknown Final-Recipient: rfc822; alice@example.com Action: delayed Status: 4.4.1 Diagnostic-Code: smtp; 451 4.4.1 connection timed out"), OutcomeBounced, CategoryUserUnknown}, // review D7
		{r("These recipients of your message have been processed by the mail server: bob@example.com; Delayed; 4.4.1 (connection timed out)"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                              // written for the test
	})
}

// TestKindSessionReview holds the counter-cases a review of this
// session's rules found over-reaching (review D2-D6): what each new rule
// must not take.
func TestKindSessionReview(t *testing.T) {
	runKinds(t, "a connection's timeout whose text adds that the message stays queued is no expiry (review D2, D3)", []kindCase{
		{r("451 4.4.2 Zeitüberschreitung bei der Verbindung zum Zielserver, die Nachricht bleibt in der Warteschlange"), OutcomeDeferred, CategoryConnectionFailed},
		{r("451 4.4.2 Tiempo de espera agotado al conectar con el servidor remoto; el mensaje permanece en la cola"), OutcomeDeferred, CategoryConnectionFailed},
		{r("550 5.2.1 La cuenta de correo del colaborador ha expirado"), OutcomeBounced, CategoryMailboxDisabled},
		{r("451 4.7.1 Demasiados mensajes en cola para este dominio, inténtelo más tarde"), OutcomeDeferred, CategoryRateLimited},
	})
	runKinds(t, "the message's size that names its header section stays its size (review D4)", []kindCase{
		{r("552 5.3.4 Maximale Nachrichtengröße einschließlich Kopfzeilen überschritten"), OutcomeBounced, CategoryMessageTooLarge},
		{r("552 5.3.4 El mensaje excede el tamaño máximo permitido (incluido el campo de encabezado)"), OutcomeBounced, CategoryMessageTooLarge},
	})
	runKinds(t, "the receiver's own access to a mailbox, and a domain's SPF or DMARC policy, are not the sender's rights (review D5, D6)", []kindCase{
		{r("550 5.2.0 Mailbox unavailable: insufficient permissions to write to mailbox"), OutcomeBounced, CategoryServerError},
		{r("550 5.7.1 Sender address rejected: DMARC policy: example.com does not permit you to send from this address"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.1 Message rejected: the SPF record of example.com does not allow 192.0.2.1 to send from this address"), OutcomeBounced, CategoryAuthenticationFailed},
	})
}
