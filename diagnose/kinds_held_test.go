package diagnose

import "testing"

// TestKindOwnServerLookup holds the convention settled in session 41 (the
// testdata README's "A client's own server"): a client's or library's
// code-less report that the name of the SMTP server it sends through
// does not resolve is domain_not_found, deferred — the program keeps the
// message, as after a refused connection (rules marked held). Near
// misses: a lookup of the recipient's domain or mail exchanger, a
// program that says it gave up, a reply code. Untrained (kindsUntrained).
func TestKindOwnServerLookup(t *testing.T) {
	runKinds(t, "own server lookup", []kindCase{
		{r("javax.mail.MessagingException: Unknown SMTP host: mail.example.org"), OutcomeDeferred, CategoryDomainNotFound},
		{r("System.Net.Mail.SmtpException: The SMTP host was not found."), OutcomeDeferred, CategoryDomainNotFound},
		{r("Error: getaddrinfo EAI_AGAIN smtp.example.net"), OutcomeDeferred, CategoryDomainNotFound},
		{r("relay.example.com:587: host lookup failed (Name or service not known)."), OutcomeDeferred, CategoryDomainNotFound},
		{r("Failed to send the mail (getaddrinfo: Name or service not known)"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Unable to locate mail.example.net"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Outgoing server (SMTP) smtp.example.org is unknown. The server may be incorrectly configured."), OutcomeDeferred, CategoryDomainNotFound},

		// the recipient's domain or mail exchanger is an MTA's or a direct
		// sender's, which returns it
		{r("Error: queryMx ENOTFOUND example.org"), OutcomeBounced, CategoryDomainNotFound},
		{r("Error: getaddrinfo ENOTFOUND mx.example.org"), OutcomeBounced, CategoryDomainNotFound},
		{r("Host or domain name not found. Name service error for name=example.org type=MX: Host not found"), OutcomeBounced, CategoryDomainNotFound},
		// a program that says it gave up, and a reply code, decide
		{r("Unknown SMTP host: smtp.example.org. Giving up, the message is returned."), OutcomeBounced, CategoryDomainNotFound},
		// a client that filed the message as failed (newcomer review S43 N6)
		{r("Unknown SMTP host: smtp.example.org. The message has been moved to the Failed folder."), OutcomeBounced, CategoryDomainNotFound},
		{r("550 5.1.2 Unknown SMTP host: smtp.example.org"), OutcomeBounced, CategoryDomainNotFound},
	})
}
