package diagnose

import "testing"

// TestKindEspoCRMKinds holds EspoCRM's message for a login its SMTP
// server refused, from its catalogue (espoCRMMessages): "Email sending
// failed: Invalid credentials." in locales batch CP did not hold
// (cp-011..017 held English, German, French, Russian, Japanese, Ukrainian
// and Turkish), with the English text where a locale lacks a key, and the
// message alone; near misses: the message that goes on with the server's
// reply, the Dutch message alone (left out: "invalid data") and
// EspoCRM's other outcomes, which name no cause. The texts hold no
// placeholder. Their phrasings do not train the model (kindsUntrained):
// they are one program's templates.
func TestKindEspoCRMKinds(t *testing.T) {
	runKinds(t, "EspoCRM kinds", []kindCase{
		// 1. the prefix and the message, in locales CP did not hold
		{r("Invio email fallito: Credenziali non valide."), OutcomeBounced, CategoryPolicyRejected},
		{r("Error al enviar el correo: Credenciales inválidas."), OutcomeBounced, CategoryPolicyRejected},
		{r("Изпращането на имейла се провали: Невалидни данни за вход."), OutcomeBounced, CategoryPolicyRejected},
		{r("E-pasta nosūtīšana neizdevās: Nederīgi akreditācijas dati."), OutcomeBounced, CategoryPolicyRejected},
		{r("E-mail verzenden mislukt: Ongeldige gegevens."), OutcomeBounced, CategoryPolicyRejected},
		{r("ای میل بھیجنا ناکام ہوگیا: غلط اسناد"), OutcomeBounced, CategoryPolicyRejected},
		{r("Email sending failed: Μη έγκυρα στοιχεία εισόδου."), OutcomeBounced, CategoryPolicyRejected},
		// a translated prefix before the English message (pl, pt, sv, th)
		{r("Błąd wysyłania maila: Invalid credentials."), OutcomeBounced, CategoryPolicyRejected},
		{r("Det gick inte att skicka e-post: Invalid credentials."), OutcomeBounced, CategoryPolicyRejected},
		{r("การส่งอีเมลล้มเหลว: Invalid credentials."), OutcomeBounced, CategoryPolicyRejected},

		// 2. the message alone, as the test email's alert ends with it
		{r("Credenziali non valide."), OutcomeBounced, CategoryPolicyRejected},
		{r("Neplatné přihlašovací údaje"), OutcomeBounced, CategoryPolicyRejected},
		{r("Ugyldige legitimasjonsopplysninger."), OutcomeBounced, CategoryPolicyRejected},
		{r("INVALID CREDENTIALS."), OutcomeBounced, CategoryPolicyRejected},

		// 3. near misses: the message that goes on with the reply is the
		// reply's; "Ongeldige gegevens." alone names no credentials
		{r("Email sending failed: Invalid credentials. 454 4.7.0 Temporary authentication failure"), OutcomeDeferred, CategoryServerError},
		{r("Ongeldige gegevens."), OutcomeBounced, CategoryOther},
	})
}
