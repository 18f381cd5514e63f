package diagnose

import "testing"

// TestKindCTKinds holds the kinds batch CT found (session 41, scored
// blind: 19/46 category, 32/46 outcome; tuned on in the same session)
// outside its programs' catalogues: network problems, a server that
// refused the connection or cannot be reached, a name the client could
// not resolve (held), a quota or storage allocation passed, a message
// too large in Arabic, a login refused, anonymous forwarding — in the
// languages clients are translated into. With phrasings CT did not hold
// and near misses. Their phrasings do not train the model
// (kindsUntrained).
func TestKindCTKinds(t *testing.T) {
	runKinds(t, "CT kinds", []kindCase{
		// 1. network problems (ct-019, ct-020, ct-041)
		{r("Los mensajes no se enviaron debido a problemas de red."), OutcomeDeferred, CategoryConnectionFailed},
		{r("I messaggi non sono stati inviati a causa di problemi di rete."), OutcomeDeferred, CategoryConnectionFailed},

		// 2. the server refused the connection or is out of reach (ct-027,
		// ct-029, ct-042)
		{r("Il server ha rifiutato la connessione."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Die App kann den Server nicht erreichen. Bitte prüfen Sie die Einstellungen."), OutcomeDeferred, CategoryConnectionFailed},

		// 3. a name the client could not resolve, held (ct-028, ct-031,
		// ct-043)
		{r("smtp.example.de konnte nicht aufgelöst werden"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Impossible de résoudre smtp.example.fr"), OutcomeDeferred, CategoryDomainNotFound},
		{r("查询主机失败。"), OutcomeDeferred, CategoryDomainNotFound},

		// 4. a quota passed (ct-001, ct-018, ct-040); a sending quota is
		// the sender's rate
		{r("Impossibile salvare il messaggio: hai superato la quota."), OutcomeBounced, CategoryMailboxFull},
		{r("邮件无法投递，收件人已超出配额"), OutcomeBounced, CategoryMailboxFull},
		{r("Hai superato la quota di invio giornaliera"), OutcomeBounced, CategoryRateLimited},

		// 5. too large, in Arabic (ct-044)
		{r("تعذر الإرسال: الرسالة كبيرة جدا"), OutcomeBounced, CategoryMessageTooLarge},

		// 6. a login refused (ct-023, ct-038, ct-046)
		{r("Ошибка аутентификации: проверьте имя пользователя"), OutcomeBounced, CategoryPolicyRejected},
		{r("Mot de passe incorrect. Veuillez réessayer."), OutcomeBounced, CategoryPolicyRejected},

		// 7. anonymous forwarding (ct-010)
		{r("550 5.7.1 Anonymous relaying is not permitted"), OutcomeBounced, CategoryPolicyRejected},
	})
}
