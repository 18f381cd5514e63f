package diagnose

import "testing"

// TestNewcomerS41Kinds: near misses of session 41's code that the
// newcomer review of S41 (/work/notes/s41/newcomer/report.md) found:
// pythonReplyTuple read an HTTP library's 5xx status with its reason
// phrase as an SMTP reply, returned (N1); a held rule kept deferred a
// client's lookup failure whose text says the message was returned,
// dropped or will not be retried, or whose name is the recipient's
// domain (N2); the encryption gateway's
// "no key for" and the relay's "forwarding blocked" rules, at the top of
// strongRules, took an unknown user, a full mailbox, a size or a virus
// named beside them (N3); a big provider's inbound MX host read as the
// program's own server (L3, mended in session 42). Their phrasings do not train the model
// (checkKinds, not runKinds).
func TestNewcomerS41Kinds(t *testing.T) {
	checkKinds(t, "newcomer review S41", []kindCase{
		// N1: HTTP statuses in Python's tuple form
		{r("HTTPError: (503, 'Service Unavailable')"), OutcomeDeferred, CategoryServerError},
		{r("HTTPError: (500, 'Internal Server Error')"), OutcomeDeferred, CategoryServerError},
		// N2: a held rule's text that says the message is gone, or names the recipient's domain
		{r("Unknown SMTP host: smtp.example.org. Message returned to sender."), OutcomeBounced, CategoryDomainNotFound},
		{r("javax.mail.MessagingException: Unknown SMTP host: smtp.example.org; message will not be retried"), OutcomeBounced, CategoryDomainNotFound},
		{r("Error: getaddrinfo ENOTFOUND smtp.gmail.com. Email could not be sent and was dropped."), OutcomeBounced, CategoryDomainNotFound},
		{r("Error: getaddrinfo ENOTFOUND example.org (recipient domain does not exist)"), OutcomeBounced, CategoryDomainNotFound},
		{r("Impossible de résoudre le domaine du destinataire exemple.fr"), OutcomeBounced, CategoryDomainNotFound},
		{r("Die Domain des Empfängers kann nicht aufgelöst werden: beispiel.de"), OutcomeBounced, CategoryDomainNotFound},
		{r("No se puede resolver el dominio del destinatario ejemplo.es; el mensaje fue devuelto"), OutcomeBounced, CategoryDomainNotFound},
		// N3: the causes named beside the gateway's and the relay's words
		{r("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown; no key for this alias"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 bob@example.org: no such mailbox; no public key for recipient"), OutcomeBounced, CategoryUserUnknown},
		{r("452 4.2.2 Mailbox full: forwarding blocked"), OutcomeDeferred, CategoryMailboxFull},
		{r("550 5.7.1 Message contains a virus; forwarding blocked"), OutcomeBounced, CategorySpamContent},
		{r("552 5.3.4 Message too large; forwarding not allowed"), OutcomeBounced, CategoryMessageTooLarge},
		// L3 (mended in session 42): a big provider's inbound host is a
		// recipient's MX, not the program's own server
		{r("Error: getaddrinfo ENOTFOUND gmail-smtp-in.l.google.com"), OutcomeBounced, CategoryDomainNotFound},
		{r("Error: getaddrinfo ENOTFOUND contoso-com.mail.protection.outlook.com"), OutcomeBounced, CategoryDomainNotFound},
		{r("Error: getaddrinfo EAI_AGAIN mta7.am0.yahoodns.net"), OutcomeDeferred, CategoryDomainNotFound},
		{r("php_network_getaddresses: getaddrinfo for aspmx.l.google.com failed: Name or service not known"), OutcomeBounced, CategoryDomainNotFound},
		// the kinds' members these probes keep
		{r("smtplib.SMTPRecipientsRefused: {'a@example.kr': (450, b'4.1.2 <a@example.kr>: Recipient address rejected: Domain not found')}"), OutcomeDeferred, CategoryDomainNotFound},
		{r("smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')"), OutcomeBounced, CategoryPolicyRejected},
		{r("SMTPSenderRefused: (551, 'Sender address is not valid for your login')"), OutcomeBounced, CategoryPolicyRejected},
		{r("Unknown SMTP host: smtp.example.org"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Error: getaddrinfo ENOTFOUND smtp.gmail.com"), OutcomeDeferred, CategoryDomainNotFound},
		{r("smtp.example.net:587: host lookup failed (Name or service not known)."), OutcomeDeferred, CategoryDomainNotFound},
		{r("jmap.example.com kann nicht aufgelöst werden"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Server does not support STARTTLS! 5.5.1 Unrecognized command"), OutcomeDeferred, CategoryTLSRequired},
		{r("550 5.7.1 Encryption required but no key for: bob@example.net"), OutcomeBounced, CategoryPolicyRejected},
		{r("551 5.1.6 User not local: Forwarding and external relay blocked"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// TestNewcomerS41Advice: a mail program's own message that its account's
// storage is full (Twake Mail's over-quota, probe CT ct-018, ct-040) sends
// the reader to that account's plan and limits, not to its server's host
// name and port (N4).
func TestNewcomerS41Advice(t *testing.T) {
	c := New()
	for _, resp := range []string{
		"Failure to send your message, because it is over quota.",
		"You have run out of storage space",
	} {
		res := c.Classify(Input{Response: resp})
		if res.Category != CategoryMailboxFull || res.Advice.WhoActs != WhoSender || res.Advice.Check != ownAccountCheck {
			t.Errorf("%q: %s, %s, %q; want mailbox_full, the sender, ownAccountCheck", resp, res.Category, res.Advice.WhoActs, res.Advice.Check)
		}
	}
}
