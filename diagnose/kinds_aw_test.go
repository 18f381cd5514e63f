package diagnose

import "testing"

// The kinds a second blind probe of issue 14's own kinds (probe AW,
// written by a helper who read neither the rules nor the model) found,
// each with phrasings other than the probe's.

// Kind 5: a bare 554 ("Transaction failed", RFC 5321 §4.2.2) names no
// cause, and a 554 names one only when a rule refused the transaction:
// read like a bare 550, not other. What its words or codes name decides
// first.
func TestKindBare554(t *testing.T) {
	runKinds(t, "bare 554", []kindCase{
		{r("554 Transaction failed"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 Transaction failed."), OutcomeBounced, CategoryPolicyRejected},
		{r("554"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 mx3.example.net"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 Message rejected as spam"), OutcomeBounced, CategorySpamContent},
		{r("554 5.1.1 Transaction failed"), OutcomeBounced, CategoryUserUnknown},
		{r("554 5.4.6 Transaction failed: routing loop detected"), OutcomeBounced, CategoryOther},
	})
}

// Kind 5 and 1: RFC 5321 §4.2.2's 450 "mailbox unavailable (e.g.,
// mailbox busy or temporarily blocked for policy reasons)" is transient:
// under a 4xx reply the generic word says nothing of an address that does
// not exist. An enhanced code or a word that names the cause decides.
func TestKindTransientMailboxUnavailable(t *testing.T) {
	runKinds(t, "transient mailbox unavailable", []kindCase{
		{r("450 Requested mail action not taken: mailbox unavailable"), OutcomeDeferred, CategoryServerError},
		{r("450 mailbox unavailable"), OutcomeDeferred, CategoryServerError},
		{r("451 Requested action aborted: mailbox unavailable, try again"), OutcomeDeferred, CategoryServerError},
		{r("450 4.2.1 Mailbox unavailable: mailbox disabled"), OutcomeDeferred, CategoryMailboxDisabled},
		{r("450 4.1.1 mailbox unavailable"), OutcomeDeferred, CategoryUserUnknown},
		{r("550 Requested action not taken: mailbox unavailable"), OutcomeBounced, CategoryUserUnknown},
	})
}

// Exchange's relay notice is a success: the message left Exchange and the
// destination sent no delivery notification ("Delivery to these
// recipients or groups is complete, but no delivery notification was sent
// by the destination server"), in the NDR languages; its failure report
// for the same recipients is no success.
func TestKindRelayedNotice(t *testing.T) {
	runKinds(t, "relayed notice", []kindCase{
		{r("Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server: anna@example.com"), OutcomeDelivered, CategoryDelivered},
		{r("Die Zustellung an diese Empfänger oder Gruppen wurde abgeschlossen, vom Zielserver wurde jedoch keine Zustellbenachrichtigung gesendet: anna@example.com"), OutcomeDelivered, CategoryDelivered},
		{r("La remise à ces destinataires ou groupes est terminée, mais aucune notification de remise n'a été envoyée par le serveur de destination : anna@example.com"), OutcomeDelivered, CategoryDelivered},
		{r("La entrega a estos destinatarios o grupos se completó, pero el servidor de destino no envió ninguna notificación de entrega: anna@example.com"), OutcomeDelivered, CategoryDelivered},
		{r("Доставка этим получателям или группам выполнена, но сервер назначения не отправил уведомление о доставке: anna@example.com"), OutcomeDelivered, CategoryDelivered},
		{r("Delivery has failed to these recipients or groups: anna@example.com 550 5.1.1 User unknown"), OutcomeBounced, CategoryUserUnknown},
	})
}

// Kind 1: a delay warning is the sending MTA's statement that it keeps
// the message ("It will be retried until it is 2 day(s) old"); the 5xx
// reply code it reports is the remote's, not the message's fate.
func TestKindDelayWarningKeepsMessage(t *testing.T) {
	runKinds(t, "delay warning", []kindCase{
		{Input{Code: 554, Response: "Your message could not be delivered for more than 4 hour(s). It will be retried until it is 5 day(s) old. <ann@example.com>: host mx.example.com[192.0.2.4] refused to talk to me: 554 5.7.1 Your IP is listed at zen.spamhaus.org"}, OutcomeDeferred, CategoryBlocklisted},
		{Input{Code: 550, Response: "This is a warning message only: delivery attempts will continue. host mx.example.org[192.0.2.9] said: 550 5.7.1 Service unavailable; client blocked using bl.spamcop.net"}, OutcomeDeferred, CategoryBlocklisted},
		// an MTA's final verdict still ends it
		{Input{Code: 550, Response: "all hosts for 'example.net' have been failing for a long time (and retry time not reached)"}, OutcomeBounced, CategoryExpired},
	})
}

// A receiver's rule on which countries' servers it takes mail from,
// worded as what the system accepts and with whitelisting offered, is
// its policy (blindal-0059's kind, which a retraining moved to a
// listing); a client named on a country list stays a listing.
func TestKindCountryAcceptanceRule(t *testing.T) {
	runKinds(t, "country acceptance rule", []kindCase{
		{r("554 5.7.1 <a@example.org>: Recipient address rejected: this system does not accept mail from servers in your country - ask for whitelisting"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 This system does not accept mail from servers in your country; request whitelisting from postmaster@example.org"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 <b@example.net>: Recipient address rejected: we do not accept mail from servers in your country"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// The kinds a third blind probe (AX) found, with phrasings of my own:
// the wrappers of Gmail's NDR in its other languages, Exim's delay
// warning, qmail's and Haraka's bounce template, Yandex's Russian report,
// and Postfix's own lookup tables failing.
func TestKindProbeAX(t *testing.T) {
	runKinds(t, "probe AX", []kindCase{
		{r("Adres niet gevonden Je bericht is niet bezorgd bij kees@winkel.example.net omdat het domein winkel.example.net niet is gevonden. Controleer het adres."), OutcomeBounced, CategoryDomainNotFound},
		{r("Endereço não encontrado A mensagem não foi entregue a joao@loja.example.net porque o domínio loja.example.net não foi encontrado."), OutcomeBounced, CategoryDomainNotFound},
		{r("Dirección no encontrada El mensaje no se ha entregado a ana@tienda.example.net porque no se ha encontrado el dominio tienda.example.net."), OutcomeBounced, CategoryDomainNotFound},
		{r("アドレスが見つかりません ドメイン shop2.example.net が見つからなかったため、taro@shop2.example.net にメールを配信できませんでした。"), OutcomeBounced, CategoryDomainNotFound},
		{r("A message that you sent has not yet been delivered to one or more of its recipients after more than 12 hours on the queue on mx.example.net. The address to which the message has not yet been delivered is: ops@example.org Delay reason: connection to mx.example.org [192.0.2.26]:25 timed out No action is required on your part."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Hi. This is the qmail-send program at mail.example.net. I'm afraid I wasn't able to deliver your message to the following addresses. This is a permanent error; I've given up. Sorry it didn't work out. <ops@example.org>: Failure Reason: Error: connect ETIMEDOUT 192.0.2.26:25"), OutcomeBounced, CategoryConnectionFailed},
		{r("Сообщение не удалось доставить одному или нескольким получателям: ivan@example.org Ответ удалённого сервера: 552 5.2.2 Mailbox size limit exceeded"), OutcomeBounced, CategoryMailboxFull},
		{r("Ответ удаленного сервера: 550 5.7.1 Message rejected as spam by Content Filtering."), OutcomeBounced, CategorySpamContent},
		{r("451 4.3.0 <ops@example.org>: Temporary lookup failure"), OutcomeDeferred, CategoryServerError},
		// qmail-send's template around its inner cause: the template's words name no cause (review S22D)
		{r("Hi. This is the qmail-send program at mx.example.net. I'm afraid I wasn't able to deliver your message to the following addresses. This is a permanent error; I've given up. Sorry it didn't work out. <ann@example.org>: 421 4.7.0 Try again later"), OutcomeBounced, CategoryServerError},
		{r("Hi. This is the qmail-send program at mx.example.net. I'm afraid I wasn't able to deliver your message to the following addresses. This is a permanent error; I've given up. Sorry it didn't work out. <ann@example.org>: 552 5.2.2 Mailbox quota exceeded"), OutcomeBounced, CategoryMailboxFull},
		{r("Hi. This is the qmail-send program at mx.example.net. I'm afraid I wasn't able to deliver your message to the following addresses. This is a permanent error; I've given up. Sorry it didn't work out. <ann@example.org>: 554 5.7.1 Message rejected as spam"), OutcomeBounced, CategorySpamContent},
	})
}
