package diagnose

import "testing"

// TestKindInvoiceNinjaKinds holds Invoice Ninja's messages batch CR found
// (cr-004..008, cr-031, cr-032, cr-042..045: 9 missed before), from the
// catalogue (invoiceNinjaMessages), in locales batch CR did not hold
// (Arabic, Catalan, Polish, Slovak, Lithuanian, Japanese's English text,
// Portuguese, Canadian French, Italian with its entities as shipped), the
// German body's literal ": quota", and the messages batch CR did not hold
// (the phone gate, the notices' subjects, Postmark's suppression, Gmail's
// rate limit). Near misses: a catalogue text that goes on with a reply, a
// suppression without an address, and another application's quota words.
// Their phrasings do not train the model (kindsUntrained): a program's
// templates.
func TestKindInvoiceNinjaKinds(t *testing.T) {
	runKinds(t, "Invoice Ninja kinds", []kindCase{
		// 1. the account not verified: the send request refused
		{r("يرجى التحقق من حسابك لإرسال رسائل البريد الإلكتروني."), OutcomeBounced, CategoryPolicyRejected},
		{r("Verifiqueu el vostre compte per a poder enviar missatges de correu."), OutcomeBounced, CategoryPolicyRejected},
		{r("Zweryfikuj swoje konto, aby wysyłać e-maile."), OutcomeBounced, CategoryPolicyRejected},
		{r("Ak chcete odosielať e-maily, overte svoj účet."), OutcomeBounced, CategoryPolicyRejected},
		{r("請驗證您的帳戶以發送電子郵件。"), OutcomeBounced, CategoryPolicyRejected},
		{r("Bitte verifizieren Sie Ihre Telefonnummer, um E-Mails versenden zu können."), OutcomeBounced, CategoryPolicyRejected},
		{r("Patvirtinkite telefono numerį, kad būtų siunčiami el. laiškai"), OutcomeBounced, CategoryPolicyRejected},
		{r("Please verify your phone number to send emails"), OutcomeBounced, CategoryPolicyRejected},

		// 2. the daily e-mail quota: sending paused until 23:00 UTC
		{r("Account email quota exceeded."), OutcomeDeferred, CategoryRateLimited},
		{r("Quota d'e-mails du compte dépassé."), OutcomeDeferred, CategoryRateLimited},
		{r("Quota email dell&#39;account superata."), OutcomeDeferred, CategoryRateLimited},
		{r("Quota email dell'account superata."), OutcomeDeferred, CategoryRateLimited},
		{r("Kontots e-postkvot har överskridits."), OutcomeDeferred, CategoryRateLimited},
		{r("In a 24 hour period you have sent 100 emails. \n We have paused your outbound emails.\n\n Your email quota will reset at 23:00 UTC."), OutcomeDeferred, CategoryRateLimited},
		{r("In einem Zeitraum von 24 Stunden haben Sie : quota emails gesendet.\n Wir haben Ihre ausgehenden E-Mails pausiert.\n\n Ihr E-Mail-Kontingent wird um 23:00 UTC zurückgesetzt."), OutcomeDeferred, CategoryRateLimited},
		{r("24 時間以内に 300 メールを送信しました。\n送信メールを一時停止しました。\n\nメールのクォータは 23:00 UTC にリセットされます。"), OutcomeDeferred, CategoryRateLimited},
		{r("Nas últimas 24 horas enviou 50 E-mails.\nO envio de E-mails foi suspenso. Será retomado às 23:00 UTC."), OutcomeDeferred, CategoryRateLimited},
		{r("Dans une période de 24 heures, vous avez envoyer 50 courriels. \nNous avons suspendu vos courriels sortants.\n \nVotre quota de courriel sera réinitialisé à 23h00 UTC"), OutcomeDeferred, CategoryRateLimited},

		// 3. the connected Gmail account's token refused
		{r("Send with GMail invalid credentials"), OutcomeBounced, CategoryPolicyRejected},
		{r("Verzenden met GMail ongeldige inloggegevens"), OutcomeBounced, CategoryPolicyRejected},
		{r("Your GMail credentials are not correct, please log into the administrator portal and navigate to Settings > User Details and disconnect and reconnect your GMail account. We will send you this notification daily until this issue is resolved"), OutcomeBounced, CategoryPolicyRejected},
		{r("Le tue credenziali GMail non sono corrette, accedi al portale dell&#39;amministratore e vai su Impostazioni &gt; Dettagli utente e disconnetti e riconnetti il tuo account GMail. Ti invieremo questa notifica ogni giorno fino alla risoluzione del problema"), OutcomeBounced, CategoryPolicyRejected},
		{r("Dina Gmail-uppgifter är inte korrekta, logga in på administratörsportalen och navigera till Inställningar > Användarinformation och koppla från och återanslut ditt Gmail-konto. Vi skickar dig detta meddelande dagligen tills problemet är löst"), OutcomeBounced, CategoryPolicyRejected},
		{r("Twoje dane do logowania do konta GMail są nieprawidłowe. Zaloguj się na konto administratora portalu i przejdź kolejno do: Ustawienia -> Szczegóły użytkownika, a następnie odłącz i ponownie podłącz swoje konto GMail. Będziemy wysyłać Ci to powiadomienie codziennie, dopóki ten problem nie zostanie rozwiązany"), OutcomeBounced, CategoryPolicyRejected},

		// 4. the mailer job's own English messages
		{r("Recipient jane.doe@example.com has been suppressed and cannot receive emails from you."), OutcomeBounced, CategoryPolicyRejected},
		{r("Google rate limiting triggered, we are queueing based on Gmail requirements."), OutcomeDeferred, CategoryRateLimited},

		// 5. near misses: a catalogue text that goes on with a reply is the
		// reply's; the quota words of a receiver's mailbox
		{r("Account email quota exceeded. 552 5.2.2 <bob@example.com>: Mailbox full"), OutcomeBounced, CategoryMailboxFull},
		{r("Please verify your account to send emails. 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("Recipient jane.doe@example.com has been suppressed and cannot receive emails from you. 550 5.1.1 User unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("Mailbox quota exceeded for jane.doe@example.com"), OutcomeBounced, CategoryMailboxFull},
	})
}
