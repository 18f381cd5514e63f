package diagnose

import "testing"

// TestKindS43Kinds holds the kinds review S42 and S42B found wrong in every
// version (session 43): an attachment refused for its size in words the
// size rule lacked or under a size code, Windows' resolver errors for a
// client's own server, a certificate refused inside Erlang's and
// Haskell's TLS alerts, and a required form field in six languages. With
// phrasings the reviews did not hold and near misses. Their phrasings do
// not train the model (kindsUntrained).
func TestKindS43Kinds(t *testing.T) {
	runKinds(t, "S43 kinds", []kindCase{
		// 1. an attachment's size (s42r-52, 53)
		{r("552 5.3.4 Attachments are not allowed over 25 MB"), OutcomeBounced, CategoryMessageTooLarge},
		{r("552 5.2.3 This attachment is not allowed: it is larger than 20MB"), OutcomeBounced, CategoryMessageTooLarge},
		{r("550 Attachments bigger than 10 MB are not accepted here"), OutcomeBounced, CategoryMessageTooLarge},
		{r("552 Attachment over the 15MB limit rejected"), OutcomeBounced, CategoryMessageTooLarge},
		{r("552 5.3.4 Attachment not allowed"), OutcomeBounced, CategoryMessageTooLarge},
		{r("554 Attached file exceeds 5120 KB"), OutcomeBounced, CategoryMessageTooLarge},
		// near misses: a type, a virus, an extension, or a full mailbox
		// beside the size
		{r("554 5.7.1 Attachment type not allowed: .exe files are blocked"), OutcomeBounced, CategorySpamContent},
		{r("554 Attachment blocked: virus found in 2 MB file"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Attachment with extension .js larger than 1 MB is not allowed"), OutcomeBounced, CategorySpamContent},
		{r("552 5.2.2 This message is larger than the current system limit or the recipient's mailbox is full. Remove attachments and try again."), OutcomeBounced, CategoryMailboxFull},

		// 2. Windows' resolver errors for the client's own server
		// (s42r-22, s42s-31, 32)
		{r("System.Net.Sockets.SocketException: No such host is known"), OutcomeDeferred, CategoryDomainNotFound},
		{r("SocketException (11001): No such host is known."), OutcomeDeferred, CategoryDomainNotFound},
		{r("Connection error: failed to connect: No such host is known. (os error 11001)"), OutcomeDeferred, CategoryDomainNotFound},
		{r("io error: The requested name is valid, but no data of the requested type was found. (os error 11004)"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Fehler beim Senden der E-Mail: Der angegebene Host ist unbekannt"), OutcomeDeferred, CategoryDomainNotFound},
		// near misses: a recipient's exchanger, an MTA's reply
		{r("Could not connect to mx1.example.org: No such host is known, message returned to sender"), OutcomeBounced, CategoryDomainNotFound},
		{r("550 5.1.2 Host unknown: No such host is known"), OutcomeBounced, CategoryDomainNotFound},

		// 3. a certificate refused inside a TLS alert (s42s-07..12)
		{r(`{error,{tls_alert,{unknown_ca,"TLS client: In state certify at ssl_handshake.erl:2138 generated CLIENT ALERT: Fatal - Unknown CA\n"}}}`), OutcomeDeferred, CategoryTLSRequired},
		{r(`{:error, {:tls_alert, {:bad_certificate, 'TLS client: In state certify received SERVER ALERT: Fatal - Bad Certificate'}}}`), OutcomeDeferred, CategoryTLSRequired},
		{r(`{:tls_alert, {:handshake_failure, 'TLS client: In state certify generated CLIENT ALERT: Fatal - Handshake Failure\n {bad_cert,hostname_check_failed}'}}`), OutcomeDeferred, CategoryTLSRequired},
		{r(`HandshakeFailed (Error_Protocol ("certificate has unknown CA",True,UnknownCa))`), OutcomeDeferred, CategoryTLSRequired},
		{r(`{tls_alert,{certificate_expired,"TLS client: In state certify at ssl_handshake.erl:2138 generated CLIENT ALERT: Fatal - Certificate Expired\n"}}`), OutcomeDeferred, CategoryTLSRequired},
		// near misses: an alert that names no certificate
		{r(`{:tls_alert, {:handshake_failure, 'TLS client: In state hello received SERVER ALERT: Fatal - Handshake Failure'}}`), OutcomeDeferred, CategoryConnectionFailed},
		{r(`HandshakeFailed (Error_Packet_unexpected "Alert13 [(AlertLevel_Fatal,HandshakeFailure)]" " expected: change cipher")`), OutcomeDeferred, CategoryConnectionFailed},

		// 4. a required field left empty (s42s-71)
		{r("Das Feld „Empfänger“ ist erforderlich."), OutcomeBounced, CategorySyntaxError},
		{r("Le champ « destinataire » est obligatoire."), OutcomeBounced, CategorySyntaxError},
		{r("El campo 'para' es obligatorio"), OutcomeBounced, CategorySyntaxError},
		{r("Il campo destinatario è obbligatorio"), OutcomeBounced, CategorySyntaxError},
		{r("Het veld 'aan' is verplicht"), OutcomeBounced, CategorySyntaxError},
		{r("O campo destinatário é obrigatório"), OutcomeBounced, CategorySyntaxError},
		// near misses: a check's required header, a mailbox
		{r("550 5.7.1 Das Header-Feld DKIM-Signature ist erforderlich"), OutcomeBounced, CategoryAuthenticationFailed},
	})
}
