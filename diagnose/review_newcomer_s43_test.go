package diagnose

import "testing"

// TestNewcomerS43Kinds: near misses of session 43's classifier changes
// that the newcomer review of S43 (/work/notes/s43/newcomer/report.md)
// found: dg-017's expiry rule read a delay warning that goes on trying
// as a final expiry, bounced (N1); the Windows resolver rule, held, kept
// deferred a text that says the message was sent back or will not be
// sent again (N2); the session's settled rules took a reply that names an
// encrypted session, a full mailbox, a list, a rate, a failed check, an
// unknown recipient or a relay refusal beside their phrase (N3); a quote
// opened a quoted success's status, read as a cause (N4). The controls
// are the batches' own kinds. Their phrasings do not train the model
// (kindsUntrained).
func TestNewcomerS43Kinds(t *testing.T) {
	checkKinds(t, "newcomer review S43", []kindCase{
		// N1: a delay warning is no expiry
		{r("Could not deliver mail within 4 hours. Delivery will continue to be attempted."), OutcomeDeferred, CategoryOther},
		{r("Your message could not be delivered within 4 hours. The server will continue trying for up to 2 days."), OutcomeDeferred, CategoryOther},
		{r("Could not deliver mail within 72 hour(s)"), OutcomeBounced, CategoryExpired}, // control: dg-017
		// N2: the held Windows resolver rule and a text that gave the message up
		{r("System.Net.Sockets.SocketException (11001): No such host is known. Sending cancelled; the message will not be sent again."), OutcomeBounced, CategoryDomainNotFound},
		{r("System.Net.Sockets.SocketException (11001): No such host is known. The email has been sent back."), OutcomeBounced, CategoryDomainNotFound},
		{r("Der angegebene Host ist unbekannt. Nachricht endgültig fehlgeschlagen, wird nicht erneut versucht."), OutcomeBounced, CategoryDomainNotFound},
		{r("Der angegebene Host ist unbekannt. Die Nachricht wurde zurückgewiesen."), OutcomeBounced, CategoryDomainNotFound},
		{r("System.Net.Sockets.SocketException (11001): No such host is known."), OutcomeDeferred, CategoryDomainNotFound}, // control
		// N3: another cause named beside a settled rule's phrase
		{r("554 Service denied, closing transmission channel (TLS required)"), OutcomeBounced, CategoryTLSRequired},
		{r("554 Service denied, closing transmission channel: your mailbox is full"), OutcomeBounced, CategoryMailboxFull},
		{r("554 5.7.2 Service denied, closing transmission channel"), OutcomeBounced, CategoryBlocklisted}, // control: de-003
		{r("554 5.1.0 Sender denied - must use TLS"), OutcomeBounced, CategoryTLSRequired},
		{r("553 your envelope sender has been denied, STARTTLS required"), OutcomeBounced, CategoryTLSRequired},
		{r("554 You are banned: message contains a virus"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Invalid Recepient - rejected by spamhaus"), OutcomeBounced, CategoryBlocklisted},
		{r("421 Invalid recepient, too many connections from your IP"), OutcomeDeferred, CategoryRateLimited},
		{r("550-Invalid Recepient"), OutcomeBounced, CategoryUserUnknown}, // control: df-004
		{r("This account is sending spam: rejected due to SPF failure"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("421 4.7.0 Bulk Policy Violation: rate exceeded, try again later"), OutcomeDeferred, CategoryRateLimited},
		{r("552 Attachment larger than 20MB refused: TLS required for large messages"), OutcomeBounced, CategoryTLSRequired},
		{r("450 4.7.1 Attachment larger than 10MB: rate limit exceeded, try later"), OutcomeDeferred, CategoryRateLimited},
		{r("550 5.7.1 Attachment over 10 MB rejected: SPF fail"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.3.4 attachment rejected: user unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.2.3 attachment rejected: relay access denied"), OutcomeBounced, CategoryPolicyRejected},
		{r("552 5.3.4 Attachments are not allowed over 25 MB"), OutcomeBounced, CategoryMessageTooLarge}, // control: S43 kinds
		{r("503 5.5.1 Error: too many unauthenticated commands, must issue STARTTLS first"), OutcomeBounced, CategoryTLSRequired},
		{r("421 4.7.0 Error: too many unauthenticated commands"), OutcomeDeferred, CategoryRateLimited}, // control: di-008's kind
		{r("Echec de la connexion SMTP : boîte pleine"), OutcomeBounced, CategoryMailboxFull},
		{r("no se pudo contactar al servidor de correo: el buzón está lleno"), OutcomeBounced, CategoryMailboxFull},
		{r("Proceso detenido, no se pudo contactar al servidor de correo"), OutcomeDeferred, CategoryConnectionFailed}, // control: dj-019
		{r("smtp-out error: Connect error (mailbox full)"), OutcomeBounced, CategoryMailboxFull},
		{r("Ihre Nachricht konnte nicht zugestellt werden. Das Postfach von equel wurde nicht in example.se gefunden, da es voll ist."), OutcomeBounced, CategoryMailboxFull},
		{r("421 4.7.0 invalid identifier in HELO, too many connections"), OutcomeDeferred, CategoryRateLimited},
		{r("550 5.7.1 invalid identifier in HELO, must issue STARTTLS first"), OutcomeBounced, CategoryTLSRequired},
		{r("550 bad or missing identifier (HELO): mailbox full"), OutcomeBounced, CategoryMailboxFull},
		{r("550 Messages from your location are rejected, bad or missing identifier (HELO)"), OutcomeBounced, CategorySyntaxError}, // control: de-002's kind
		{r("550 5.7.1 Sender ID(PRA) Not Permitted; STARTTLS required"), OutcomeBounced, CategoryTLSRequired},
		{r("553 IP REJECT: mailbox full"), OutcomeBounced, CategoryMailboxFull},
		{r("Der Empfänger wurde nicht in der Benutzerdatenbank gefunden, Postfach gesperrt"), OutcomeBounced, CategoryMailboxDisabled},
		{r("Die Adresse wurde nicht in example.se gefunden (Spam-Verdacht)"), OutcomeBounced, CategorySpamContent},
		{r("Empfänger wurde nicht bei example.se gefunden, zu viele Verbindungen"), OutcomeBounced, CategoryRateLimited},
		{r("Ihre Nachricht an equel@example.se konnte nicht zugestellt werden. equel wurde nicht in example.se gefunden."), OutcomeBounced, CategoryUserUnknown}, // control: dj-014
		// N4: a quoted success is no cause
		{r(`Error: got 250 "2.1.5 Ok" for RCPT but 554 on DATA`), OutcomeBounced, CategoryOther},
		{r("smtp; 5.3.0 - Other mail system problem 554-'5.1.0 Sender denied' (delivery attempts: 0)"), OutcomeBounced, CategoryPolicyRejected}, // control: df-003
	})
}
