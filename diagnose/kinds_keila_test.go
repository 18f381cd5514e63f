package diagnose

import "testing"

// TestKindKeilaKinds holds Keila's gates on sending batch CP found
// (cp-018..023: all 6 missed before), from the catalogue
// (keilaMessages), in the languages batch CP did not hold (Keila ships
// Bulgarian, Hungarian, Italian and Brazilian Portuguese beside its
// English, German, Spanish and French), and its messages batch CP did not
// hold (no subscription before the first campaign, more information
// before sending, an account not activated, a sender to verify, credits).
// Near misses: a quota heading before a receiver's mailbox quota, the
// heading "Account not activated" alone (a recipient's account, as other
// programs write it), and a notice that names no cause. Their phrasings do
// not train the model (kindsUntrained).
func TestKindKeilaKinds(t *testing.T) {
	runKinds(t, "Keila kinds", []kindCase{
		// 1. no subscription: not sent
		{r("Per prevenire l'abuso degli spammer l'invio delle email è possibile solo se hai un abbonamento attivo."), OutcomeBounced, CategoryPolicyRejected},
		{r("Para evitar abusos por parte de spammers, o envio de e-mails só é possível se você tiver uma assinatura ativa."), OutcomeBounced, CategoryPolicyRejected},
		{r("Danke dass du Keila ausprobierst!\nBitte wähle ein Abo aus bevor du deine erste Kampagne sendest."), OutcomeBounced, CategoryPolicyRejected},
		{r("Моля, започнете абонамент, преди да изпратите първата си кампания."), OutcomeBounced, CategoryPolicyRejected},

		// 2. onboarding, review, activation, sender verification: held
		{r("Para evitar abusos por parte de spammers, o envio de e-mails só é possível após a conclusão do seu onboarding."), OutcomeDeferred, CategoryPolicyRejected},
		{r("A fiókja jelenleg felülvizsgálat alatt áll. Az e-mailek küldése a felülvizsgálat befejezése után lesz engedélyezve."), OutcomeDeferred, CategoryPolicyRejected},
		{r("Вашият акаунт се прегледа в момента. Ще можете да изпращате имейли веднага щом приключим!"), OutcomeDeferred, CategoryPolicyRejected},
		{r("Antes de poder empezar a enviar correos, necesitamos más información sobre tu cuenta."), OutcomeDeferred, CategoryPolicyRejected},
		{r("Compte non activé\nUne fois que vous aurez fourni les informations nécessaires, nous effectuerons une vérification manuelle de votre compte. Cela prend généralement moins d'un jour ouvré.\n\nSi vous avez des questions, veuillez contacter notre support à hello@keila.io."), OutcomeDeferred, CategoryPolicyRejected},
		{r("Bestätige bitte deine E-Mail-Adresse, bevor du E-Mails mit diesem Sender versenden kannst."), OutcomeDeferred, CategoryPolicyRejected},

		// 3. the subscription's email quota and credits
		{r("Недостатъчна имейл квота. Изглежда, че сте изчерпали имейл квотата от вашия абонамент."), OutcomeDeferred, CategoryRateLimited},
		{r("Quota email insufficiente.\nSembra che tu abbia usato tutta la quota di email del tuo abbonamento."), OutcomeDeferred, CategoryRateLimited},
		{r("Parece que você já utilizou toda a cota de e-mails da sua assinatura."), OutcomeDeferred, CategoryRateLimited},
		{r("Insufficient email quota. Your email quota is not sufficient for sending this campaign."), OutcomeDeferred, CategoryRateLimited},
		{r("Crediti insufficienti."), OutcomeDeferred, CategoryRateLimited},

		// 4. near misses: a receiver's mailbox quota after Keila's heading
		// is the receiver's; an account not activated alone is a
		// recipient's; a notice without a cause
		{r("Insufficient email quota. Mailbox of bob@example.com is over quota."), OutcomeBounced, CategoryMailboxFull},
		{r("Account not activated"), OutcomeBounced, CategoryMailboxDisabled},
		{r("Some emails could not be delivered."), OutcomeBounced, CategoryOther},
	})
}
