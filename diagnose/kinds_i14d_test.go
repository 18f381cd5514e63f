package diagnose

import "testing"

// TestKindIssue14Localized: members of issue 14's kinds in the languages
// the issue names, found by a probe of this session (written for the test
// unless a line says otherwise).
func TestKindIssue14Localized(t *testing.T) {
	runKinds(t, "the sender's own sending quota, in other languages, is a rate, not the recipient's quota (kind 1)", []kindCase{
		{r("550 5.7.1 Votre compte a dépassé son quota d'envoi"), OutcomeBounced, CategoryRateLimited},
		{r("550 5.7.1 Su cuenta ha superado la cuota de envío diaria"), OutcomeBounced, CategoryRateLimited},
		{r("550 5.7.1 Il tuo account ha superato la quota di invio"), OutcomeBounced, CategoryRateLimited},
		{r("550 5.7.1 您的账户已超过每日发送限额"), OutcomeBounced, CategoryRateLimited},
		{r("550 5.7.1 本日の送信上限を超えました"), OutcomeBounced, CategoryRateLimited},
		// the recipient's mailbox quota stays the mailbox's
		{r("452 4.2.2 Quota dépassé pour ce destinataire"), OutcomeDeferred, CategoryMailboxFull},
		{r("452 4.2.2 Cuota excedida para este buzón"), OutcomeDeferred, CategoryMailboxFull},
	})
	runKinds(t, "the message's time in the queue run out, in other languages, is its expiry, not a connection's timeout", []kindCase{
		{r("Die Nachricht konnte nicht zugestellt werden: Zeitüberschreitung in der Warteschlange"), OutcomeBounced, CategoryExpired},
		{r("Le message est resté trop longtemps dans la file d'attente"), OutcomeBounced, CategoryExpired},
		{r("El mensaje permaneció demasiado tiempo en la cola"), OutcomeBounced, CategoryExpired},
		{r("Il messaggio è rimasto troppo tempo in coda"), OutcomeBounced, CategoryExpired},
		{r("Het bericht stond te lang in de wachtrij"), OutcomeBounced, CategoryExpired},
		{r("邮件在队列中停留时间过长，已退回"), OutcomeBounced, CategoryExpired},
		// a connection's timeout stays the connection's
		{r("Zeitüberschreitung beim Verbindungsaufbau zu mx.example.de"), OutcomeDeferred, CategoryConnectionFailed},
	})
	runKinds(t, "a message refused with no reason given, in other languages, is a rule's refusal (kind 4)", []kindCase{
		{r("550 5.7.0 Nachricht abgelehnt"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 Nachricht wurde abgelehnt"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 E-Mail abgelehnt"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Message refusé"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Mensaje rechazado"), OutcomeBounced, CategoryPolicyRejected},
		// a reason named decides
		{r("554 5.7.1 Nachricht als Spam abgelehnt"), OutcomeBounced, CategorySpamContent},
	})
}
