package diagnose

import "testing"

// TestKindBYKinds holds the kinds batch BY found (session 37, scored
// blind after BX's fixes and review S37's: 36/57 category, 51/57
// outcome): replies of small servers, proxies, client libraries and
// legacy gateways, from their source code and archived knowledge bases.
// Each with phrasings BY did not hold and near misses. Their phrasings do
// not train the model (kindsUntrained).
func TestKindBYKinds(t *testing.T) {
	runKinds(t, "BY kinds", []kindCase{
		// 1. an application's report that it sent the message, naming the
		// protocol (CodeIgniter's template and its translations, by-013
		// to by-018); a report that it could not, or that goes on to a
		// failure, is not a delivery
		{r("Your message has been successfully sent using the following protocol: sendmail"), OutcomeDelivered, CategoryDelivered},
		{r("Die Nachricht wurde erfolgreich mit folgendem Protokoll gesendet: smtp"), OutcomeDelivered, CategoryDelivered},
		{r("Su mensaje ha sido enviado correctamente utilizando el siguiente protocolo: smtp"), OutcomeDelivered, CategoryDelivered},
		{r("Il tuo messaggio è stato inviato con successo utilizzando il seguente protocollo: smtp"), OutcomeDelivered, CategoryDelivered},
		{r("Sua mensagem foi enviada com sucesso usando o seguinte protocolo: \"smtp\""), OutcomeDelivered, CategoryDelivered},
		{r("Uw bericht is succesvol verstuurd met de volgende methode: smtp"), OutcomeDelivered, CategoryDelivered},
		{r("Vaše zpráva byla úspěšně odeslána použitím protokolu: smtp"), OutcomeDelivered, CategoryDelivered},
		{r("Ваше сообщение было отправлено по протоколу: smtp"), OutcomeDelivered, CategoryDelivered},
		{r("您的信息已通过以下协议成功发送: smtp"), OutcomeDelivered, CategoryDelivered},
		{r("あなたのメッセージは、以下のプロトコルを使用して正常に送信されました: smtp"), OutcomeDelivered, CategoryDelivered},
		{r("Twój e-mail został pomyślnie wysłany."), OutcomeDelivered, CategoryDelivered},
		{r("Unable to send email using PHP SMTP. 550 5.1.1 <jo@example.org>: Recipient address rejected: User unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("Message successfully sent to 2 recipients, failed for jo@example.org: 550 5.1.1 User unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("Twój e-mail nie został wysłany."), OutcomeBounced, CategoryOther},

		// 2. a server without TLS to offer, or whose TLS layer did not
		// start (by-003, by-045); a session that broke while TLS was set
		// up stays the connection's, as the sets read it
		{r("502 TLS not supported"), OutcomeBounced, CategoryTLSRequired},
		{r("454 TLS not supported on this server"), OutcomeDeferred, CategoryTLSRequired},
		{r("454 4.7.0 Unable to initialize TLS subsystem"), OutcomeDeferred, CategoryTLSRequired},
		{r("554 Unable to initialize security subsystem"), OutcomeBounced, CategoryTLSRequired},
		{r("421 Cannot establish SSL session"), OutcomeDeferred, CategoryConnectionFailed},
		{r("502 5.5.2 Error: command not recognized"), OutcomeBounced, CategorySyntaxError},

		// 3. the AUTH mechanism the client asked for, not offered (by-019,
		// by-036): RFC 4954's 504 in a client's words; too weak, or
		// needing encryption first, is another's
		{r("server does not support SMTP AUTH type: CRAM-MD5"), OutcomeBounced, CategorySyntaxError},
		{r("Unable to initiate AUTH command. Your server might not be configured to use AUTH PLAIN authentication method."), OutcomeBounced, CategorySyntaxError},
		{r("The SMTP server does not support the XOAUTH2 authentication mechanism"), OutcomeBounced, CategorySyntaxError},
		{r("534 5.7.9 Authentication mechanism is too weak"), OutcomeBounced, CategoryPolicyRejected},
		{r("538 5.7.11 Encryption required for requested authentication mechanism"), OutcomeBounced, CategoryTLSRequired},
		{r("535 5.7.8 Authentication credentials invalid"), OutcomeBounced, CategoryPolicyRejected},

		// 4. a Polish ESP's reasons: an inactive mailbox, a message too
		// long (by-056, by-057); a full one stays full
		{r("Nieaktywna skrzynka pocztowa"), OutcomeBounced, CategoryMailboxDisabled},
		{r("Konto odbiorcy nieaktywne"), OutcomeBounced, CategoryMailboxDisabled},
		{r("Wiadomość zbyt długa"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Wiadomość jest zbyt duża"), OutcomeBounced, CategoryMessageTooLarge},
		{r("Skrzynka pocztowa pełna"), OutcomeBounced, CategoryMailboxFull},

		// 5. the client outside the networks the server relays for, or a
		// restriction its administrator set (by-001, by-041); a count of
		// connections from a range is a rate
		{r("421 Denied - IP out of allowed network range"), OutcomeDeferred, CategoryPolicyRejected},
		{r("550 Your IP is not in the allowed networks"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 Client IP not in allowed range"), OutcomeBounced, CategoryPolicyRejected},
		{r("A restriction in the system prevented delivery of the message."), OutcomeBounced, CategoryPolicyRejected},
		{r("421 Too many connections from your IP range"), OutcomeDeferred, CategoryRateLimited},

		// 6. the name the client gave not matching its IP address
		// (by-047); a certificate's name is TLS's
		{r("550 Quoted name does not match IP Address"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.1 HELO name does not match IP address"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("554 5.7.1 Client host name does not match IP 192.0.2.7"), OutcomeBounced, CategoryAuthenticationFailed},

		// 7. a relay or proxy that could not reach the next server
		// (by-044) or pass the session on (by-027)
		{r("421 NSO example.com Unable to contact destination SMTP demon example.net"), OutcomeDeferred, CategoryConnectionFailed},
		{r("421 Unable to contact destination SMTP server mx.example.net"), OutcomeDeferred, CategoryConnectionFailed},
		{r("554 Sorry, can't forward connection"), OutcomeBounced, CategoryServerError},
		{r("451 Unable to forward the connection to the backend server"), OutcomeDeferred, CategoryServerError},
	})
}
