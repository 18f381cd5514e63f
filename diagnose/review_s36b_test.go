package diagnose

import "testing"

// TestReviewS36BNearMisses: near misses of batch BV's and BW's rules
// that review S36B (helper-182, /work/notes/s36/review2/review.md) wrote
// against their first version (ce5676d), where 62 of its 100 probes
// regressed: a user's "mail spool is full" read as the MTA's spool, a
// domain "not hosted here" as an unknown user, STARTTLS beside a verb
// whose object is authentication, a pool's "connection idle timeout",
// oversized or DKIM-signed headers, a Thunderbird template that quotes
// the server's reply, a mailbox's maximum size or memory, daily sending
// quotas, a null sender's recipient limit. These are the probes the
// narrowed rules answer right (none of the 100 is now wrong where the
// rules before BV answered it right); the 30 left were wrong before BV
// too. Left out: eight the classifier answers right only with its model
// (h05, n03, n04, n06, n10, m03, e03, z01). Their phrasings do not train the model.
func TestReviewS36BNearMisses(t *testing.T) {
	runKinds(t, "review S36B near misses", []kindCase{
		{r("451 4.3.0 <jo@example.com>: Temporary lookup failure (LDAP: connection idle timeout)"), OutcomeDeferred, CategoryServerError},                                                                              // i01
		{r("451 4.3.0 Internal error: database connection idle timeout, please try again later"), OutcomeDeferred, CategoryServerError},                                                                                // i02
		{r("451 4.4.1 Upstream mail store not responding: idle timeout waiting for backend"), OutcomeDeferred, CategoryServerError},                                                                                    // i03
		{r("554 5.2.1 <jo@example.org>: This user has been idle for too long and can no longer receive mail"), OutcomeBounced, CategoryMailboxDisabled},                                                                // i04
		{r("421 4.7.0 mx.example.com Too many idle connections from 192.0.2.1, closing"), OutcomeDeferred, CategoryRateLimited},                                                                                        // i06
		{r("421 4.7.0 Connection idle timeout: too many concurrent connections from your IP"), OutcomeDeferred, CategoryRateLimited},                                                                                   // i07
		{r("550 5.2.1 Mailbox disabled after inactivity timeout of 12 months"), OutcomeBounced, CategoryMailboxDisabled},                                                                                               // i08
		{r("550 5.2.1 The email account has been idle for too long and has been deactivated"), OutcomeBounced, CategoryMailboxDisabled},                                                                                // i09
		{r("421 4.4.2 mx.example.net Error: timeout exceeded"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                             // i10
		{r("421 4.4.2 Connection idle for 300 seconds, closing"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                           // i11
		{r("451 4.7.1 Greylisting in effect, please come back later (connection idle timeout 30s)"), OutcomeDeferred, CategoryGreylisted},                                                                              // i12
		{r("452 4.2.2 <jo@example.com>: user's mail spool is full"), OutcomeDeferred, CategoryMailboxFull},                                                                                                             // s01
		{r("552 5.2.2 Mail spool full for user jo"), OutcomeBounced, CategoryMailboxFull},                                                                                                                              // s02
		{r("Sorry, the user's mail spool is full. (#5.2.2)"), OutcomeBounced, CategoryMailboxFull},                                                                                                                     // s03
		{r("Mailbox full: /var/spool/mail/jo spool full, over quota"), OutcomeBounced, CategoryMailboxFull},                                                                                                            // s05
		{r("452 4.3.1 Insufficient system storage: spool full"), OutcomeDeferred, CategoryServerError},                                                                                                                 // s06
		{r("451 4.3.0 Temporary failure: spool partition full"), OutcomeDeferred, CategoryServerError},                                                                                                                 // s07
		{r("552 5.6.0 Invalid headers: header section exceeds 64 KB"), OutcomeBounced, CategoryMessageTooLarge},                                                                                                        // h01
		{r("550 5.7.20 DKIM signature invalid: signed headers missing"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                                 // h04
		{r("552 5.3.4 Message header size exceeds limit: invalid headers"), OutcomeBounced, CategoryMessageTooLarge},                                                                                                   // h08
		{r("554 5.6.0 Missing headers: message looks like bulk spam"), OutcomeBounced, CategorySpamContent},                                                                                                            // h09
		{r("550 5.7.1 Malformed headers: 8-bit characters in the Subject header"), OutcomeBounced, CategorySyntaxError},                                                                                                // h10
		{r("550 5.7.1 <jo@example.org>: Recipient address rejected: domain example.org is not hosted here, relaying denied"), OutcomeBounced, CategoryPolicyRejected},                                                  // n01
		{r("554 5.7.1 <jo@example.org>: Relay access denied - recipient domain not hosted here"), OutcomeBounced, CategoryPolicyRejected},                                                                              // n02
		{r("452 4.3.1 Recipient mailbox not available here during maintenance, retry in 30 minutes"), OutcomeDeferred, CategoryServerError},                                                                            // n05
		{r("530 5.7.0 SMTP authentication for this user is not available here, use port 587"), OutcomeBounced, CategoryPolicyRejected},                                                                                 // n07
		{r("421 4.3.0 Mailbox service is not available here right now"), OutcomeDeferred, CategoryServerError},                                                                                                         // n08
		{r("550 5.1.1 The email address jo@example.com is not available here"), OutcomeBounced, CategoryUserUnknown},                                                                                                   // n09
		{r("535 5.7.8 Authentication failed: nosuchuser"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                     // u01
		{r("535 Authentication credentials invalid (unknown_user)"), OutcomeBounced, CategoryPolicyRejected},                                                                                                           // u02
		{r("550 5.7.1 Callout verification failed for bounce address <bounces@example.com>: unknownuser"), OutcomeBounced, CategoryPolicyRejected},                                                                     // u05
		{r("550 5.1.1 <jo@example.org>: nosuchuser"), OutcomeBounced, CategoryUserUnknown},                                                                                                                             // u06
		{r("535 5.7.8 Ошибка аутентификации: неверный логин или пароль (сервер не требует STARTTLS)"), OutcomeBounced, CategoryPolicyRejected},                                                                         // t01
		{r("530 5.7.0 Il server richiede l'autenticazione (STARTTLS già attivo)"), OutcomeBounced, CategoryPolicyRejected},                                                                                             // t04
		{r("535 5.7.8 認証に失敗しました (STARTTLS は要求されていません)"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                       // t05
		{r("530 5.7.0 服务器要求身份验证（STARTTLS 已启用）"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                               // t06
		{r("530 5.7.0 Servern kräver autentisering (STARTTLS är redan aktivt)"), OutcomeBounced, CategoryPolicyRejected},                                                                                               // t08
		{r("530 5.7.0 Serwer wymaga uwierzytelnienia (STARTTLS jest już aktywny)"), OutcomeBounced, CategoryPolicyRejected},                                                                                            // t09
		{r("SMTP 服务器要求 STARTTLS，邮件已保留。"), OutcomeDeferred, CategoryTLSRequired},                                                                                                                                        // t11
		{r("La connexion au serveur sortant (SMTP) smtp.example.fr a réussi, mais l'envoi a échoué : 552 5.2.2 boîte aux lettres du destinataire pleine"), OutcomeBounced, CategoryMailboxFull},                        // c01
		{r("La connexion au serveur sortant (SMTP) a échoué : authentification refusée (535 5.7.8 identifiants invalides)"), OutcomeBounced, CategoryPolicyRejected},                                                   // c03
		{r("Il server del destinatario non ha accettato le nostre richieste perché l'indirizzo IP del mittente è in una lista nera"), OutcomeBounced, CategoryBlocklisted},                                             // c06
		{r("451 4.4.2 연결 시간이 초과되었습니다"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                                                     // c08
		{r("メールの送信中にエラーが発生しました。送信 (SMTP) サーバーの応答: 550 5.1.1 <jo@example.jp>: 宛先のユーザーが見つかりません"), OutcomeBounced, CategoryUserUnknown},                                                                                   // d01
		{r("SMTP서버 응답: 550 5.1.1 받는 사람 주소를 알 수 없습니다"), OutcomeBounced, CategoryUserUnknown},                                                                                                                            // d02
		{r("Gastgeber unbekannt"), OutcomeBounced, CategoryDomainNotFound},                                                                                                                                             // d04
		{r("El destinatario ha excedido el espacio disponible"), OutcomeBounced, CategoryMailboxFull},                                                                                                                  // m06
		{r("552 5.2.2 Превышен максимально допустимый размер почтового ящика"), OutcomeBounced, CategoryMailboxFull},                                                                                                   // x02
		{r("Impossibile inviare: l'allegato supera la dimensione massima consentita"), OutcomeBounced, CategoryMessageTooLarge},                                                                                        // x05
		{r("538 5.7.11 El servidor no admite el método de autenticación PLAIN sin cifrado; use STARTTLS"), OutcomeBounced, CategoryTLSRequired},                                                                        // y01
		{r("452 4.5.3 Nombre maximal de destinataires par message dépassé"), OutcomeDeferred, CategoryRateLimited},                                                                                                     // r01
		{r("550 5.7.1 Nombre maximal de destinataires dépassé pour un message à expéditeur vide"), OutcomeBounced, CategoryPolicyRejected},                                                                             // r02
		{r("550 5.7.1 邮件中的链接数量异常庞大，疑似垃圾邮件，已被拒收"), OutcomeBounced, CategorySpamContent},                                                                                                                                 // r03
		{r("您的郵件中包含的連結數量異常龐大，系統判定為垃圾郵件"), OutcomeBounced, CategorySpamContent},                                                                                                                                         // r04
		{r("550 Превышено ограничение на количество получателей для письма с пустым отправителем"), OutcomeBounced, CategoryPolicyRejected},                                                                            // r05
		{r("Échec définitif de la distribution. L'utilisateur que vous tentez de contacter reçoit des e-mails à un rythme qui empêche la distribution de tout nouveau message."), OutcomeBounced, CategoryRateLimited}, // r06
		{r("送信先がメール受信数の制限を超過しているため、配信を中止しました"), OutcomeBounced, CategoryRateLimited},                                                                                                                                   // r07
		{r("Impossibile consegnare: casella di posta del destinatario piena, memoria esaurita"), OutcomeBounced, CategoryMailboxFull},                                                                                  // e01
		{r("552 5.2.2 Memoria esaurita per l'utente mario.rossi: quota superata"), OutcomeBounced, CategoryMailboxFull},                                                                                                // e02
		{r("Hai raggiunto il limite di invio giornaliero: potrai inviare nuovi messaggi entro le ventiquattro ore"), OutcomeBounced, CategoryRateLimited},                                                              // z02
	})
}
