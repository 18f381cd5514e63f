package diagnose

import "testing"

// The kinds the twenty-third session found among the blind probes'
// remaining misses and in probe AY (written by a helper who read neither
// the rules nor the model), each with phrasings other than the probe's.

// The sending IP named as blocked is a reputation block in every NDR
// language, also when the block is temporary ("temporaneamente",
// "vorübergehend") and with abuse as the reason; a volume named as the
// cause is a rate, as in English.
func TestKindLocalizedIPBlocked(t *testing.T) {
	runKinds(t, "localized IP blocked", []kindCase{
		{r("421 4.7.0 Indirizzo IP 192.0.2.51 bloccato temporaneamente per sospetto abuso"), OutcomeDeferred, CategoryBlocklisted},
		{r("550 5.7.1 L'indirizzo IP 198.51.100.7 è stato bloccato"), OutcomeBounced, CategoryBlocklisted},
		{r("421 4.7.0 IP-Adresse 203.0.113.9 vorübergehend blockiert wegen Missbrauch"), OutcomeDeferred, CategoryBlocklisted},
		{r("550 Endereço IP 192.0.2.14 bloqueado por abuso"), OutcomeBounced, CategoryBlocklisted},
		{r("451 De IP-adres 192.0.2.8 is tijdelijk geblokkeerd wegens misbruik"), OutcomeDeferred, CategoryBlocklisted},
		{r("421 IP-адрес 192.0.2.33 временно заблокирован"), OutcomeDeferred, CategoryBlocklisted},
		{r("421 4.7.0 Indirizzo IP 192.0.2.51 bloccato temporaneamente: troppi messaggi inviati"), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.7.0 Adresse IP 192.0.2.51 bloquée temporairement : trop de connexions simultanées"), OutcomeDeferred, CategoryRateLimited},
	})
}

// A service refused for the client's bad behaviour, naming the unwanted
// mail it sent, is a reputation block (SFR's IN_101), not a volume cap;
// a rate the receiver says it applied stays a rate.
func TestKindBadBehaviour(t *testing.T) {
	runKinds(t, "bad behaviour", []kindCase{
		{r("450 4.7.1 SFR_IN_101 Service refusé pour mauvais comportement : trop de messages indésirables depuis 192.0.2.19, réessayez dans 2 heures"), OutcomeDeferred, CategoryBlocklisted},
		{r("450 4.7.1 Service refused for bad behaviour: too many unwanted messages from 192.0.2.19, try again in 2 hours"), OutcomeDeferred, CategoryBlocklisted},
		{r("554 5.7.1 Connection refused due to bad behavior (spam) of 198.51.100.4"), OutcomeBounced, CategoryBlocklisted},
		{r("421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. Mail from your IP has been temporarily rate limited."), OutcomeDeferred, CategoryRateLimited},
	})
}

// Kind 1: Exim's "retry time not reached for any host" is the sending
// MTA's own retry schedule for hosts that could not be reached (its retry
// data is kept per host): a connection failure remembered, deferred — not
// something the recipient's words said. A host failing so long that Exim
// gave up is expired.
func TestKindEximHostRetry(t *testing.T) {
	runKinds(t, "exim host retry", []kindCase{
		{r("== dave@example.com R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'example.com'"), OutcomeDeferred, CategoryConnectionFailed},
		{r("== ops@example.net R=lookuphost T=remote_smtp defer (-53): retry time not reached for any host"), OutcomeDeferred, CategoryConnectionFailed},
		{r("retry time not reached for any host for 'example.org'"), OutcomeDeferred, CategoryConnectionFailed},
		{r("== ops@example.net R=dnslookup T=remote_smtp defer (-53): host retry time not reached"), OutcomeDeferred, CategoryConnectionFailed},
		{r("** ops@example.net: retry timeout exceeded"), OutcomeBounced, CategoryExpired},
		{r("all hosts for 'example.com' have been failing for a long time (and retry time not reached)"), OutcomeBounced, CategoryExpired},
	})
}
