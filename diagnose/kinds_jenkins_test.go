package diagnose

import "testing"

// TestKindJenkinsKinds holds the Jenkins mail plugins' messages batch CR
// found (cr-035..039: all read right before, now with the catalogue's own
// answer) and those it did not hold, from the catalogue (jenkinsMessages):
// the Mailer plugin's SMTP host check in its translations (German, Danish
// with no space before the host, Spanish, Japanese, Traditional Chinese,
// Brazilian Portuguese), its FIPS refusal, its notes on recipients it will
// not mail (English and Italian), and the Email Extension plugin's
// retries, their failure, its throttle and its FIPS check. Near misses: a
// host check with more than a host, a message that goes on with the
// exception chain's reply. Their phrasings do not train the model
// (kindsUntrained): a program's templates.
func TestKindJenkinsKinds(t *testing.T) {
	runKinds(t, "Jenkins kinds", []kindCase{
		// 1. the SMTP server's name does not resolve
		{r("Unknown host name: smtp.example.com"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Unbekannter Host: smtp.example.de"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Ukendt værtsnavn:smtp.example.dk"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Nombre de Host desconocido:smtp.example.es"), OutcomeDeferred, CategoryDomainNotFound},
		{r("不明なホスト名です。:smtp.example.jp"), OutcomeDeferred, CategoryDomainNotFound},
		{r("不明的主機名稱:smtp.example.tw"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Nome de host não localizado:smtp.example.com.br"), OutcomeDeferred, CategoryDomainNotFound},

		// 2. TLS required for the login (FIPS mode)
		{r("Authentication requires either TLS or SSL to be enabled"), OutcomeDeferred, CategoryTLSRequired},
		{r("Mail account uses insecure authentication"), OutcomeDeferred, CategoryTLSRequired},

		// 3. recipients Jenkins will not mail
		{r("Not sending mail to unregistered user jdoe"), OutcomeBounced, CategoryPolicyRejected},
		{r("Non invio un messaggio all'utente non registrato mrossi"), OutcomeBounced, CategoryPolicyRejected},
		{r("Not sending mail to user jdoe with no permission to view backend » deploy #42"), OutcomeBounced, CategoryPolicyRejected},

		// 4. the Email Extension plugin: the login, the dialogue, retries,
		// the retry's failure, the throttle
		{r("ERROR: SMTP authentication failed. Check mail credentials."), OutcomeBounced, CategoryPolicyRejected},
		{r("SMTP communication error while sending email."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Connection error sending email, retrying once more in 10 seconds..."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Transient SMTP error sending email, retrying once more in 10 seconds..."), OutcomeDeferred, CategoryServerError},
		{r("Socket error sending email, retrying once more in 10 seconds...\nFailed after second try sending email"), OutcomeBounced, CategoryExpired},
		{r("Failed after second try sending email"), OutcomeBounced, CategoryExpired},
		{r("Could not send email. Throttling limit exceeded."), OutcomeBounced, CategoryRateLimited},

		// 5. near misses: more than a host after the check's words; the
		// exception chain's reply after the plugin's line
		{r("Unknown host name: smtp.example.com, 550 5.1.1 <bob@example.com>: User unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("ERROR: SMTP communication error while sending email.\njakarta.mail.MessagingException: 554 5.7.1 <bob@example.com>: Relay access denied"), OutcomeBounced, CategoryPolicyRejected},
	})
}
