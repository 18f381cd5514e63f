package diagnose

import "testing"

// TestKindGaiaKinds holds Firefox OS's (Gaia's) Email app's messages
// batch CP found in English (cp-026..032, cp-044..046: 6 of its 10
// misses before), from the catalogue (gaiaEmailMessages), in the
// languages of gaia-l10n batch CP did not hold, with server names of
// other forms. Near misses: a Gaia text that goes on with a server's
// reply, its server placeholder filled with words, its messages that
// name no cause, and the words of another program. Their phrasings do
// not train the model (kindsUntrained): the texts are one program's
// templates.
func TestKindGaiaKinds(t *testing.T) {
	runKinds(t, "Gaia kinds", []kindCase{
		// 1. no network, no answer, no TLS: the account's server could not
		// be reached, retried
		{r("Das Gerät ist derzeit offline. Stellen Sie eine Internetverbindung her und versuchen Sie es erneut."), OutcomeDeferred, CategoryConnectionFailed},
		{r("この端末は現在オフラインです。ネットワークに接続して再度試してください。"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Réseau indisponible. Message enregistré dans les messages en attente."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Сеть недоступна. Сообщение сохранено в исходящие."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Não foi possível estabelecer uma conexão com \"smtp.example.com.br\". Pode haver um problema na sua rede."), OutcomeDeferred, CategoryConnectionFailed},
		{r("無法與「smtp.example.com.tw」建立連線，您的網路可能有問題。"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Nie udało się nawiązać bezpiecznego połączenia z\u00a0serwerem „smtp.example.pl”. Może to być winą połączenia sieciowego lub serwera."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Impossibile stabilire una connessione sicura con “[192.0.2.25]”. Potrebbe trattarsi di un problema della rete oppure del server."), OutcomeDeferred, CategoryConnectionFailed},

		// 2. the server's own trouble and its maintenance
		{r("Hay un problema con \"smtp.example.es\". Pruebe de nuevo pasados unos minutos."), OutcomeDeferred, CategoryServerError},
		{r("\"smtp.example.kr\"와 연결하는 데 문제가 있습니다. 나중에 다시 시도해 보십시오."), OutcomeDeferred, CategoryServerError},
		{r("De server ‘smtp.example.nl’ is offline voor onderhoud. Probeer het later nog eens."), OutcomeDeferred, CategoryServerError},
		{r("\"smtp.example.com.tr\" sunucusu bakım nedeniyle çevrimdışı. Daha sonra tekrar deneyin."), OutcomeDeferred, CategoryServerError},

		// 3. the login refused, the password asked for again, Gmail's
		// application password, an account the server will not let be
		// set up, the account's own address refused as the sender
		{r("Ogiltigt användarnamn eller lösenord. Kontrollera skrivfel."), OutcomeBounced, CategoryPolicyRejected},
		{r("Λάθος όνομα χρήστη ή κωδικός. Ελέγξτε για τυπογραφικά λάθη."), OutcomeBounced, CategoryPolicyRejected},
		{r("Неправильний пароль!\nНе вдалося увійти на сервер. Можливо ваш пароль неправильний?"), OutcomeBounced, CategoryPolicyRejected},
		{r("Az alkalmazáshoz tartozó jelszót kell megadnia a kétfaktorú Gmail fiókokhoz"), OutcomeBounced, CategoryPolicyRejected},
		{r("您必须为采用两步验证的 Gmail 账户使用一个“应用专用密码”"), OutcomeBounced, CategoryPolicyRejected},
		{r("Dle odpovědi serveru nejste autorizováni vytvořit účet"), OutcomeBounced, CategoryPolicyRejected},
		{r("Virheellinen sähköpostiosoite. Tarkista kirjoitusvirheet."), OutcomeBounced, CategoryPolicyRejected},

		// 4. recipients the server refused, addresses the composer cannot
		// parse, attachments over the app's size
		{r("Fehler beim Senden der E-Mail\nE-Mail-Versand fehlgeschlagen, da mindestens eine Empfängeradresse vom Server abgelehnt wurde. E-Mail wurde im Postausgang gespeichert."), OutcomeBounced, CategoryUserUnknown},
		{r("خطأ في المُستقبِل. تمّ حفظ الرّسالة في مُجلّد البريد الصاّدر."), OutcomeBounced, CategoryUserUnknown},
		{r("Compruebe que escribió correctamente las direcciones anteriores. El servidor de correo indicó que una o más direcciones son incorrectas."), OutcomeBounced, CategoryUserUnknown},
		{r("メールアドレスのつづりを確認してください。メールサーバによると上記のアドレスのいずれかが正しくありません。"), OutcomeBounced, CategoryUserUnknown},
		{r("Indirizzi non corretti\nIl messaggio include uno o più indirizzi non corretti. Verificarli prima di inviare il messaggio."), OutcomeBounced, CategorySyntaxError},
		{r("Les pièces jointes sélectionnées sont trop volumineuses pour être envoyées avec ce message. Essayez de sélectionner moins de fichiers."), OutcomeBounced, CategoryMessageTooLarge},
		{r("Den markerede vedhæftede fil er for stor til at kunne sendes med denne mail."), OutcomeBounced, CategoryMessageTooLarge},
		{r("Atașament prea mare"), OutcomeBounced, CategoryMessageTooLarge},

		// 5. near misses: a Gaia text that goes on with a reply is the
		// reply's; a recipient error that quotes a spam verdict is the
		// verdict; the messages that name no cause
		{r("Network unavailable. Email saved to outbox. 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("Unable to establish a connection with \"smtp.example.com\". There may be a problem with the network. 535 5.7.8 Authentication credentials invalid"), OutcomeBounced, CategoryPolicyRejected},
		{r("Recipient error: 550 5.7.1 Message rejected as spam"), OutcomeBounced, CategorySpamContent},
		{r("Le message n’a pas pu être envoyé."), OutcomeBounced, CategoryOther},
	})
}
