package diagnose

import "testing"

// TestKindDLKinds holds the kinds batch DL found (session 43, scored
// blind: 35/45 category, 45/45 outcome; tuned on in the same session):
// servers' and filters' own words for a banned network or address, the
// receiver's own policy (its MX, a sender pattern), excess connections,
// a content filter's phrase list, a Portuguese attachment refusal, a
// stale Date, a virus scanner that failed to run and a greylist keyed on
// the client's IP. With phrasings the batch did not hold and near misses.
// Their phrasings do not train the model (kindsUntrained).
func TestKindDLKinds(t *testing.T) {
	runKinds(t, "DL kinds", []kindCase{
		// 1. a banned network or address (dl-010, dl-018)
		{r("541 Your AS is blocked from delivering mail to this system"), OutcomeBounced, CategoryBlocklisted},
		{r("554 Your ASN is blocked here"), OutcomeBounced, CategoryBlocklisted},
		{r("451 Transient ban present for 192.0.2.77."), OutcomeDeferred, CategoryBlocklisted},
		// near miss: a rate named
		{r("451 Transient ban present for 192.0.2.77: too many connections, rate limited"), OutcomeDeferred, CategoryRateLimited},

		// 2. the receiver's own policy (dl-011, dl-019)
		{r("451 Please obey MX configuration"), OutcomeDeferred, CategoryPolicyRejected},
		{r("550 Banned sender pattern."), OutcomeBounced, CategoryPolicyRejected},
		// near miss: a list named
		{r("550 Banned sender pattern: listed at dbl.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},

		// 3. excess connections (dl-017)
		{r("451 Excess connection attempts."), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.7.0 Excessive connections from your host, slow down"), OutcomeDeferred, CategoryRateLimited},

		// 4. a phrase list, a Portuguese attachment refusal, a stale
		// Date (dl-024, dl-043, dl-044)
		{r("550 Blacklisted keyphrase found"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Message rejected: blacklisted keyword in subject"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Anexo nao aceito. Arquivo \"nota.scr\" nao tem uma extensao aceita"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Message header rejected - Date too old!"), OutcomeBounced, CategorySpamContent},
		// near misses: an address listed, an attachment's size
		{r("554 Client host rejected: 192.0.2.9 is a blacklisted IP address"), OutcomeBounced, CategoryBlocklisted},
		{r("552 Anexo nao aceito: tamanho maximo excedido (25 MB)"), OutcomeBounced, CategoryMessageTooLarge},

		// 5. a virus scanner that failed to run (dl-026)
		{r("451 4.7.1 Virus filter failed"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 Virus scanner unavailable, try again later"), OutcomeDeferred, CategoryServerError},
		// near miss: a virus found
		{r("554 5.7.1 Virus scanner found Win.Test.EICAR_HDB-1"), OutcomeBounced, CategorySpamContent},

		// 6. a greylist keyed on the client's IP (dl-031)
		{r("451 please try again soon from the same IP."), OutcomeDeferred, CategoryGreylisted},
		{r("450 4.7.1 Greylisted: retry from the same IP address in 5 minutes"), OutcomeDeferred, CategoryGreylisted},
		// near miss: a rate
		{r("451 Too many messages; try again later from the same IP at a lower rate"), OutcomeDeferred, CategoryRateLimited},
	})
}
