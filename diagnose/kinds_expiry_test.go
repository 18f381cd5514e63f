package diagnose

import "testing"

// Expiry: the sending side gave up because a time or attempt limit ran
// out (queue lifetime, retry rules, time to live), whatever the inner
// cause it quotes. Phrasings from Postfix, Exim, sendmail, qmail, Courier,
// Exchange/M365, Gmail, ESPs and localized NDRs; none of them is in an
// evaluation set.
func TestKindExpiry(t *testing.T) {
	runKinds(t, "expiry", []kindCase{
		// Exim
		{r("retry timeout exceeded"), OutcomeBounced, CategoryExpired},
		{r("all hosts for 'example.net' have been failing for a long time (and retry time not reached)"), OutcomeBounced, CategoryExpired},
		{r("retry time not reached for any host for 'example.org' after a long failure period"), OutcomeBounced, CategoryExpired},
		{r("R=dnslookup T=remote_smtp: retry timeout exceeded"), OutcomeBounced, CategoryExpired},
		{r("This message has been frozen because delivery timed out after 4 days"), OutcomeBounced, CategoryExpired},
		// sendmail
		{r("Message could not be delivered for 5 days"), OutcomeBounced, CategoryExpired},
		{r("----- Transcript of session follows -----\n... while talking to mx.example.com.:\n>>> RCPT To:<a@example.com>\n<<< 451 4.3.0 Temporary failure\nMessage could not be delivered for 4 days\nMessage will be deleted from queue"), OutcomeBounced, CategoryExpired},
		{r("reply: read error from mx.example.com.; Cannot send message for 5 days"), OutcomeBounced, CategoryExpired},
		// qmail / Courier / OpenSMTPD
		{r("I'm not going to try again; this message has been in the queue too long."), OutcomeBounced, CategoryExpired},
		{r("Connected to 192.0.2.5 but connection died. I'm not going to try again; this message has been in the queue too long."), OutcomeBounced, CategoryExpired},
		{r("Delivery to this address has been failing for more than 7 days; the message has been returned."), OutcomeBounced, CategoryExpired},
		{r("Envelope expired: Unable to deliver message after 4 days"), OutcomeBounced, CategoryExpired},
		{r("Message is too old, giving up"), OutcomeBounced, CategoryExpired},
		{r("Delivery failed: message exceeded the queue lifetime of 96h"), OutcomeBounced, CategoryExpired},
		// Postfix bounce(8) and qmgr
		{r("message delivery timed out: connect to mx.example.com[192.0.2.9]:25: Connection timed out"), OutcomeBounced, CategoryExpired},
		{r("status=expired, returned to sender"), OutcomeBounced, CategoryExpired},
		{r("Message was not delivered within the maximal queue lifetime (5d)"), OutcomeBounced, CategoryExpired},
		// Exchange / Microsoft 365 / Gmail
		{r("#550 4.4.7 QUEUE.Expired; message expired ##"), OutcomeBounced, CategoryExpired},
		{r("550 4.4.7 QUEUE.Expired; message expired"), OutcomeBounced, CategoryExpired},
		{r("550 5.4.300 Message expired"), OutcomeBounced, CategoryExpired},
		{r("Delivery has failed to these recipients or groups: a@example.com. The message couldn't be delivered within the time limit set by the server."), OutcomeBounced, CategoryExpired},
		{r("Office 365 tried to deliver this message for 1 day and stopped trying."), OutcomeBounced, CategoryExpired},
		{r("Your message wasn't delivered to anyone because the delivery timed out; it was in the queue for 2 days"), OutcomeBounced, CategoryExpired},
		{r("550 4.4.7 Message expired: Unable to deliver in 2880 minutes.<451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped.\">"), OutcomeBounced, CategoryExpired},
		{r("The recipient server did not accept our requests to connect. Gmail will stop trying to deliver the message after 2 days."), OutcomeBounced, CategoryExpired},
		{r("Message not delivered. We have tried to deliver your message for 5 days without success."), OutcomeBounced, CategoryExpired},
		// DSN fields and ESPs
		{r("Action: failed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 421 4.4.2 connection timed out"), OutcomeBounced, CategoryExpired},
		{r("Status: 5.4.7 (delivery time expired)"), OutcomeBounced, CategoryExpired},
		{r("554 5.4.7 Delivery time expired; maximum retries reached"), OutcomeBounced, CategoryExpired},
		{r("Message expired after exceeding the maximum retry period of 72 hours"), OutcomeBounced, CategoryExpired},
		{r("TTL expired: message dropped after 24 hours in queue"), OutcomeBounced, CategoryExpired},
		{r("Max delivery attempts reached, message removed from queue"), OutcomeBounced, CategoryExpired},
		{r("Bounced after 30 delivery attempts over 3 days"), OutcomeBounced, CategoryExpired},
		{r("Maximum queue time exceeded (3 days)"), OutcomeBounced, CategoryExpired},
		{r("Message timed out in the outbound queue"), OutcomeBounced, CategoryExpired},
		// localized
		{r("Die Nachricht konnte innerhalb von 3 Tagen nicht zugestellt werden."), OutcomeBounced, CategoryExpired},
		{r("Zustellung nach 5 Tagen aufgegeben."), OutcomeBounced, CategoryExpired},
		{r("Le message n'a pas pu être remis dans le délai imparti."), OutcomeBounced, CategoryExpired},
		{r("No se pudo entregar el mensaje: se agotó el tiempo de entrega."), OutcomeBounced, CategoryExpired},
		{r("Il messaggio è scaduto: impossibile consegnare entro 5 giorni"), OutcomeBounced, CategoryExpired},
		{r("Het bericht kon niet binnen de gestelde tijd worden afgeleverd."), OutcomeBounced, CategoryExpired},
		{r("A mensagem expirou após 5 dias sem entrega."), OutcomeBounced, CategoryExpired},
		{r("Истёк срок доставки сообщения"), OutcomeBounced, CategoryExpired},
		{r("メッセージの配信期限が切れました"), OutcomeBounced, CategoryExpired},
		{r("邮件在队列中超时，已放弃投递"), OutcomeBounced, CategoryExpired},
		// not expiry: a delay warning, a local command's time limit, a certificate.
		{r("Delivery to the following recipient has been delayed: a@example.com. Message will be retried for 2 more day(s)"), OutcomeDeferred, CategoryOther},
		{r("451 4.7.5 certificate has expired"), OutcomeDeferred, CategoryTLSRequired},
	})
}

// Domains that do not exist, as resolvers, MTAs and providers say it; a
// temporary resolver failure is deferred, an authoritative "does not
// exist" bounces.
func TestKindDomainNotFound(t *testing.T) {
	runKinds(t, "domain", []kindCase{
		{r("Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found"), OutcomeBounced, CategoryDomainNotFound},
		{r("Host or domain name not found. Name service error for name=example.org type=AAAA: Host not found, try again"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Domain example.invalid does not accept mail (nullMX)"), OutcomeBounced, CategoryDomainNotFound},
		{r("556 5.1.10 Recipient address has null MX"), OutcomeBounced, CategoryDomainNotFound},
		{r("all relevant MX records point to non-existent hosts"), OutcomeBounced, CategoryDomainNotFound},
		{r("unrouteable mail domain \"example.invalid\""), OutcomeBounced, CategoryDomainNotFound},
		{r("Unrouteable address"), OutcomeBounced, CategoryDomainNotFound},
		{r("550 5.1.2 Bad destination system address"), OutcomeBounced, CategoryDomainNotFound},
		{r("553 5.1.2 The recipient domain example.invalid does not exist"), OutcomeBounced, CategoryDomainNotFound},
		{r("Sorry, I couldn't find any host named example.invalid. (#5.1.2)"), OutcomeBounced, CategoryDomainNotFound},
		{r("Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)"), OutcomeBounced, CategoryDomainNotFound},
		{r("DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN"), OutcomeBounced, CategoryDomainNotFound},
		{r("DNS Error: Domain name not found"), OutcomeBounced, CategoryDomainNotFound},
		{r("550 5.4.310 DNS domain example.invalid does not exist [Message=InfoDomainNonexistent]"), OutcomeBounced, CategoryDomainNotFound},
		{r("550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain"), OutcomeBounced, CategoryDomainNotFound},
		{r("451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.MxLoopback"), OutcomeDeferred, CategoryOther},
		{r("lookup example.org on 127.0.0.11:53: no such host"), OutcomeBounced, CategoryDomainNotFound},
		{r("DNS temporary failure looking up example.org: SERVFAIL"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Domain not found"), OutcomeBounced, CategoryDomainNotFound},
		{r("Die Domain existiert nicht"), OutcomeBounced, CategoryDomainNotFound},
		{r("Le domaine n'existe pas"), OutcomeBounced, CategoryDomainNotFound},
		{r("El dominio no existe"), OutcomeBounced, CategoryDomainNotFound},
	})
}

// Transport security demanded or failed: STARTTLS required, a handshake
// or certificate that failed, MTA-STS or DANE policy.
func TestKindTLS(t *testing.T) {
	runKinds(t, "tls", []kindCase{
		{r("530 5.7.0 Must issue a STARTTLS command first"), OutcomeBounced, CategoryTLSRequired},
		{r("450 4.7.0 TLS required but not offered by mx.example.net"), OutcomeDeferred, CategoryTLSRequired},
		{r("TLS is required, but was not offered by host mx.example.net[192.0.2.1]"), OutcomeDeferred, CategoryTLSRequired},
		// A handshake that broke is a connection failure (the corpus convention).
		{r("Cannot start TLS: handshake failure"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SSL_accept error from mx.example.net[192.0.2.1]: lost connection"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Server certificate not verified"), OutcomeDeferred, CategoryTLSRequired},
		{r("certificate verify failed: unable to get local issuer certificate"), OutcomeDeferred, CategoryTLSRequired},
		{r("MTA-STS policy for example.com requires TLS; certificate name mismatch"), OutcomeDeferred, CategoryTLSRequired},
		{r("DANE TLSA record validation failed for mx.example.net"), OutcomeDeferred, CategoryTLSRequired},
		{r("451 4.7.5 TLS handshake failed"), OutcomeDeferred, CategoryConnectionFailed},
		{r("454 4.7.0 TLS not available due to local problem"), OutcomeDeferred, CategoryTLSRequired},
		{r("530 5.7.10 Encryption needed"), OutcomeBounced, CategoryTLSRequired},
		{r("530 Must issue a STARTTLS command first. s5-20020a.17 - gsmtp"), OutcomeBounced, CategoryTLSRequired},
		{r("550 5.7.3 STARTTLS is required to send mail"), OutcomeBounced, CategoryTLSRequired},
		{r("450 Die Verbindung erfordert TLS-Verschlüsselung"), OutcomeDeferred, CategoryTLSRequired},
		{r("530 Le chiffrement TLS est obligatoire"), OutcomeBounced, CategoryTLSRequired},
	})
}
