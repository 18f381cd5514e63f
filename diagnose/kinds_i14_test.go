package diagnose

import "testing"

// New members of issue 14's six kinds, written for the ninth session from
// providers, MTAs and languages the earlier kinds tests (kinds_test.go) did
// not use. Addresses, hosts and IPs are made up; each line says where its
// wording comes from. Every case is checked on the rules alone and on the
// classifier as shipped (runKinds).

// Kind 1, more members: the sending MTA's wrappers and words about the
// sender's account, sending quota or the local queue never make a
// recipient-state category.
func TestKindOtherPartyMore(t *testing.T) {
	runKinds(t, "other party, more", []kindCase{
		// Postfix DSN of a dead destination (github.com/sentora/sentora-core/issues/346).
		{r("delivery temporarily suspended: connect to alt2.gmail-smtp-in.l.google.com[192.0.2.26]:25: Connection timed out"), OutcomeDeferred, CategoryConnectionFailed},
		// Postfix postfix/error with a lost greeting (github.com/YoRyan/mailrise/issues/117).
		{r("delivery temporarily suspended: lost connection with relay.example.net[192.0.2.16] while receiving the initial server greeting"), OutcomeDeferred, CategoryConnectionFailed},
		// Postfix smtp(8) conversation timeouts (smtp_proto.c wording).
		{r("delivery temporarily suspended: conversation with mx.example.org[192.0.2.9] timed out while receiving the initial server greeting"), OutcomeDeferred, CategoryConnectionFailed},
		{r("conversation with mx.example.org[192.0.2.9] timed out while sending end of data -- message may be sent more than once"), OutcomeDeferred, CategoryConnectionFailed},
		// Postfix, unreachable network (postfix_exporter issue 302 quotes "No route to host").
		{r("delivery temporarily suspended: connect to mx.example.org[2001:db8::25]:25: Network is unreachable"), OutcomeDeferred, CategoryConnectionFailed},
		// Postfix, Proofpoint's block behind the wrapper (github.com/Mailu/Mailu/issues/1458).
		{r("delivery temporarily suspended: host mx0a.example.pphosted.com[192.0.2.140] refused to talk to me: 554 Blocked - see https://ipcheck.proofpoint.com/?ip=198.51.100.108"), OutcomeDeferred, CategoryBlocklisted},
		// Postfix, a TLS policy failure behind the wrapper (smtp_tls_security_level=encrypt).
		{r("delivery temporarily suspended: TLS is required, but was not offered by host mx.example.org[192.0.2.9]"), OutcomeDeferred, CategoryTLSRequired},
		// Postfix SASL to a relay host: the sender's credentials, not the recipient.
		{r("delivery temporarily suspended: SASL authentication failed; server smtp.example.net[192.0.2.9] said: 535 5.7.8 Error: authentication failed: authentication failure"), OutcomeDeferred, CategoryPolicyRejected},
		// Sendmail stat= texts (github.com/trustedsec/social-engineer-toolkit/issues/355, WordOps/WordOps/issues/165).
		{r("Deferred: Connection timed out with alt4.gmail-smtp-in.l.google.com."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Deferred: Connection refused by mx.example.org."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Deferred: 421 4.3.2 Service shutting down"), OutcomeDeferred, CategoryServerError},
		// Exim's log of a connection timeout (github.com/roundcube/roundcubemail/issues/6110).
		{r("R=dnslookup T=remote_smtp defer (110): Connection timed out"), OutcomeDeferred, CategoryConnectionFailed},
		// Exim giving up after its retry rules (Exim spec, "Retry configuration").
		{r("retry timeout exceeded"), OutcomeBounced, CategoryExpired},
		// Microsoft 365: the sending mailbox's SMTP AUTH switched off (Microsoft Learn, 5.7.139).
		{r("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox."), OutcomeBounced, CategoryPolicyRejected},
		// Microsoft 365: the sending account restricted for outbound spam (Microsoft Learn, 5.1.8).
		{r("550 5.1.8 Access denied, bad outbound sender. AS(42)"), OutcomeBounced, CategoryPolicyRejected},
		// Microsoft 365: sending limits of the sender (Microsoft Learn, STOREDRV submission quota).
		{r("554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception"), OutcomeBounced, CategoryRateLimited},
		// Yahoo/AOL submission: the sending account locked (Yahoo help, "Error 554 Message not allowed").
		{r("554 5.7.9 Message not accepted for policy reasons. Sender account is disabled."), OutcomeBounced, CategoryPolicyRejected},
		// GMX/WEB.DE submission limit (German; GMX help "Versandlimit").
		{r("554 5.7.0 Das Versandlimit Ihres Kontos ist erreicht, bitte versuchen Sie es morgen erneut"), OutcomeBounced, CategoryRateLimited},
		// French sender account suspended (Orange submission wording).
		{r("550 5.7.1 Le compte expediteur est suspendu"), OutcomeBounced, CategoryPolicyRejected},
		// Spanish sending quota (hosting panels' Exim filter wording).
		{r("550 El dominio example.es ha superado su cuota de envio por hora"), OutcomeBounced, CategoryRateLimited},
		// The sender's account barred, in the NDR languages (GMX/WEB.DE, Orange, Telefónica,
		// Libero, KPN, UOL, Mail.ru, docomo, NetEase submission wording as hosters quote it).
		{r("550 Le compte de l'expéditeur est désactivé"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Absenderkonto gesperrt"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Das Konto des Absenders ist deaktiviert"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 La cuenta del remitente está deshabilitada"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 L'account del mittente è disabilitato"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Account van de afzender is geblokkeerd"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 A conta do remetente está desativada"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Учетная запись отправителя заблокирована"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 送信者のアカウントは停止されています"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 发件人账户已被冻结"), OutcomeBounced, CategoryPolicyRejected},
		// Sending limits of the sender, in the NDR languages.
		{r("550 5.7.1 Sendelimit für Ihr Konto überschritten"), OutcomeBounced, CategoryRateLimited},
		{r("550 5.7.1 Ha superado el límite de envío diario"), OutcomeBounced, CategoryRateLimited},
		{r("550 5.7.1 Limite di invio giornaliero superato"), OutcomeBounced, CategoryRateLimited},
		{r("550 5.7.1 Превышен лимит отправки писем"), OutcomeBounced, CategoryRateLimited},
		{r("550 5.7.1 送信数の上限を超えました"), OutcomeBounced, CategoryRateLimited},
		{r("550 5.7.1 发信数量超过限制"), OutcomeBounced, CategoryRateLimited},
		// The local MTA's own wrappers around other causes.
		{r("delivery temporarily suspended: host mx.example.org[192.0.2.5] said: 421 4.7.0 Too many connections from your IP"), OutcomeDeferred, CategoryRateLimited},
		{r("delivery temporarily suspended: host mx.example.org[192.0.2.5] said: 450 4.2.0 Greylisted, see http://postgrey.schweikert.ch/help/example.org.html"), OutcomeDeferred, CategoryGreylisted},
		{r("Deferred: Name server: example.org.: host name lookup failure"), OutcomeDeferred, CategoryDomainNotFound},
		{r("all hosts for 'example.org' have been failing for a long time (and retry time not reached)"), OutcomeBounced, CategoryExpired},
		// Exim appends its retry verdict to the last reply (deliver.c): the verdict decides.
		{r("SMTP error from remote mail server after RCPT TO:<a@example.org>: 452 4.2.2 Mailbox full: retry timeout exceeded"), OutcomeBounced, CategoryExpired},
		{r("host mx.example.org [192.0.2.5]: 451 4.7.1 Try again later: retry timeout exceeded"), OutcomeBounced, CategoryExpired},
		// Sendmail's "Deferred: " around a reply: the reply's code and words decide.
		{r("Deferred: 451 4.3.0 Temporary system failure. Please try again later."), OutcomeDeferred, CategoryServerError},
		{r("Deferred: 452 4.2.2 Over quota"), OutcomeDeferred, CategoryMailboxFull},
		{r("Deferred: 450 4.2.0 Greylisted for 5 minutes"), OutcomeDeferred, CategoryGreylisted},
		{r("Deferred: 452 4.3.1 Insufficient system storage"), OutcomeDeferred, CategoryServerError},
		// Postfix, Exim and qmail wrappers around the server's storage.
		{r("delivery temporarily suspended: host mx.example.org[192.0.2.5] said: 452 4.3.1 Insufficient system storage"), OutcomeDeferred, CategoryServerError},
		{r("SMTP error from remote mail server after RCPT TO:<a@example.org>: 452 4.3.1 Insufficient system storage"), OutcomeDeferred, CategoryServerError},
		{r("192.0.2.7 does not like recipient.\nRemote host said: 452 4.3.1 Insufficient system resources\nI'll try again later."), OutcomeDeferred, CategoryServerError},
		// A reply to MAIL FROM about the sender's account.
		{r("host smtp.example.org[192.0.2.5] said: 550 5.7.1 Sender account disabled (in reply to MAIL FROM command)"), OutcomeBounced, CategoryPolicyRejected},
		// "Your account" in a reply to the sender, in the NDR languages.
		{r("550 5.7.1 Ihr Konto wurde für den Versand gesperrt"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Votre compte a été suspendu pour envoi de spam"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Su cuenta ha sido bloqueada para el envío"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Il tuo account è stato sospeso per invio di spam"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Your account has been disabled for sending mail, contact support"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 The sender has exceeded the maximum number of messages per day"), OutcomeBounced, CategoryRateLimited},
		{r("421 4.7.0 Sender daily limit reached"), OutcomeDeferred, CategoryRateLimited},
		{r("Deferred: Connection reset by mx.example.org."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Deferred: 421 4.4.2 Connection dropped"), OutcomeDeferred, CategoryConnectionFailed},
		{r("delivery temporarily suspended: lost connection with mx.example.org[192.0.2.5] while sending DATA command"), OutcomeDeferred, CategoryConnectionFailed},
		{r("550 5.7.1 The sender's mailbox is locked"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 Absender ist gesperrt"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 L'expéditeur est bloqué"), OutcomeBounced, CategoryPolicyRejected},
		// The recipient's account stays the recipient's.
		{r("550 5.2.1 Das Konto des Empfängers ist deaktiviert"), OutcomeBounced, CategoryMailboxDisabled},
		{r("550 5.2.1 Le compte du destinataire est désactivé"), OutcomeBounced, CategoryMailboxDisabled},
		{r("550 5.2.1 La cuenta del destinatario está deshabilitada"), OutcomeBounced, CategoryMailboxDisabled},
	})
}

// Kind 2, more members: a mechanism's name (DKIM, SPF, DMARC, TLS, DNSBL)
// in a reply about something else is not a failure of that mechanism.
func TestKindMechanismNamesMore(t *testing.T) {
	runKinds(t, "mechanism, more", []kindCase{
		// Gmail 550-5.7.28 (Gmail SMTP error reference): blocked for volume from the DKIM domain.
		{r("550-5.7.28 There is an unusual rate of unsolicited mail originating from your DKIM domain [example.com]. To protect our users from spam, mail sent from your domain has been blocked."), OutcomeBounced, CategoryRateLimited},
		// Gmail 421-4.7.28 from the IP (Gmail SMTP error reference).
		{r("421-4.7.28 [192.0.2.7] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited."), OutcomeDeferred, CategoryRateLimited},
		// Rate limiters keyed on the signing domain (rspamd ratelimit bucket names).
		{r("451 4.7.1 Ratelimit \"dkim_domain\" exceeded for example.com, try later"), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.7.1 Too many messages from SPF-authenticated domain example.net in the last hour"), OutcomeDeferred, CategoryRateLimited},
		// Connection caps on TLS sessions are rates, not TLS failures.
		{r("421 4.7.0 Too many concurrent TLS connections from your host, try again later"), OutcomeDeferred, CategoryRateLimited},
		// Content verdicts that mention the passing mechanism.
		{r("550 5.7.1 Message rejected as spam despite valid DKIM signature (score 14.2)"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 SPF pass, but the message content was identified as phishing"), OutcomeBounced, CategorySpamContent},
		// A block list keyed on the DKIM domain is a block listing (Spamhaus DBL).
		{r("554 5.7.1 Your DKIM signing domain example.com is listed in dbl.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
		// Greylisting that names the SPF result (postgrey/policyd texts).
		{r("450 4.2.0 Greylisted (SPF: none), please retry in 5 minutes"), OutcomeDeferred, CategoryGreylisted},
		// The receiver's own DMARC lookup failing is its server's problem, not the sender's authentication.
		{r("451 4.3.0 Temporary error: DMARC verifier unavailable, try again later"), OutcomeDeferred, CategoryServerError},
		{r("554 5.7.1 Message content rejected (DKIM=pass, SPF=pass, spam score 9.8)"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Although SPF passed, the message looks like spam"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; SPF pass"), OutcomeBounced, CategoryBlocklisted},
		// A header named after the mechanism, counted, is the message's format.
		{r("554 5.6.0 Message has two DKIM-Signature headers with broken folding"), OutcomeBounced, CategorySyntaxError},
		// A real failure stays a failure (Gmail 5.7.26, Microsoft 5.7.509, RFC 7208 wording).
		{r("550 5.7.1 SPF check failed: example.com does not designate 192.0.2.1 as permitted sender"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.1 Email rejected per DMARC policy for example.com"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.1 DKIM signature verification failed"), OutcomeBounced, CategoryAuthenticationFailed},
		// The same in other languages.
		{r("421 4.7.0 Zu viele Nachrichten von Ihrer DKIM-Domain example.com, bitte später erneut versuchen"), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.7.0 Trop de messages provenant de votre domaine DKIM, réessayez plus tard"), OutcomeDeferred, CategoryRateLimited},
		{r("550 5.7.1 SPF bestanden, aber die Nachricht wurde als Spam eingestuft"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 DKIM-Signatur ungültig"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.1 La vérification SPF a échoué pour example.com"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("451 4.3.0 DKIM signing service temporarily unavailable"), OutcomeDeferred, CategoryServerError},
		{r("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy."), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject."), OutcomeBounced, CategoryAuthenticationFailed},
	})
}

// Kind 3, more members: the server's disk, memory, queue and load are not
// the recipient's mailbox; a user's own quota still is.
func TestKindServerResourcesMore(t *testing.T) {
	runKinds(t, "resources, more", []kindCase{
		// Exchange back pressure (woshub.com and clouduss.com pages on 4.3.1).
		{r("452 4.3.1 Insufficient system resources"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Insufficient system resources (UsedDiskSpace[C:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\data\\Queue])"), OutcomeDeferred, CategoryServerError},
		// qmail-smtpd (qmail source, "qq write error or disk full").
		{r("451 qq write error or disk full (#4.3.0)"), OutcomeDeferred, CategoryServerError},
		// Exim's spool check (Exim spec, check_spool_space).
		{r("452 Space shortage, please try later"), OutcomeDeferred, CategoryServerError},
		// Postfix local(8)/virtual(8) with ENOSPC (Postfix source, mail_copy.c).
		{r("cannot update mailbox /var/mail/bob for user bob. error writing message: No space left on device"), OutcomeDeferred, CategoryServerError},
		// Sendmail queue directory full (sendmail: "Insufficient disk space").
		{r("452 4.4.5 Insufficient disk space in the queue directory; try again later"), OutcomeDeferred, CategoryServerError},
		// Memory and load, not storage.
		{r("451 4.3.0 Out of memory, try again later"), OutcomeDeferred, CategoryServerError},
		{r("421 4.3.2 System load too high, please try again later"), OutcomeDeferred, CategoryServerError},
		// RFC 3463 X.3.1 "Mail system full" is the system's storage.
		{r("452 4.3.1 Mail server storage is full, try again later"), OutcomeDeferred, CategoryServerError},
		// Other languages (GMX German, Orange French, Spanish, Japanese).
		{r("452 4.3.1 Nicht genügend Speicherplatz auf dem Server, bitte später erneut versuchen"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Espace disque insuffisant sur le serveur, réessayez plus tard"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Espacio en disco insuficiente en el servidor"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Server out of storage"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Systemspeicher voll"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Le serveur manque d'espace disque"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Spazio su disco insufficiente sul server"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Onvoldoende schijfruimte op de server"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Espaço em disco insuficiente no servidor"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Недостаточно места на диске сервера"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 サーバのディスク容量が不足しています"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 服务器磁盘空间不足"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 Mail queue is full, try again later"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 Error writing to the mail store: no space left"), OutcomeDeferred, CategoryServerError},
		// Exchange back pressure's named resources, and the same words in the NDR languages.
		{r("452 4.3.1 Insufficient system resources (SubmissionQueue)"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Insufficient system resources (MemoryLoad)"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Le système manque de ressources"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Nicht genügend Systemressourcen"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Recursos del sistema insuficientes"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Risorse di sistema insufficienti"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Недостаточно системных ресурсов"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 システムリソースが不足しています"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 系统资源不足"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 Unable to write queue file: No space left on device"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 Temporary failure: spool partition full"), OutcomeDeferred, CategoryServerError},
		{r("452 Requested action not taken: insufficient system storage"), OutcomeDeferred, CategoryServerError},
		{r("host mx.example.org[192.0.2.5] said: 452 4.3.1 Insufficient system storage (in reply to MAIL FROM command)"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 Sorry, the server's disk is full"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Disk full on spool directory /var/spool/postfix"), OutcomeDeferred, CategoryServerError},
		{r("421 4.3.2 Server is low on memory"), OutcomeDeferred, CategoryServerError},
		{r("452 Insufficient storage space on the server, try again later"), OutcomeDeferred, CategoryServerError},
		// The user's quota stays a full mailbox: EDQUOT and EFBIG on the user's file.
		{r("cannot update mailbox /var/mail/bob for user bob. error writing message: File too large"), OutcomeBounced, CategoryMailboxFull},
		{r("452 4.2.2 Le quota de la boîte est dépassé"), OutcomeDeferred, CategoryMailboxFull},
		{r("552 5.2.2 Quota exceeded (mailbox for user is full)"), OutcomeBounced, CategoryMailboxFull},
		{r("452 Requested action not taken: mailbox storage exceeded"), OutcomeDeferred, CategoryMailboxFull},
		{r("452 4.2.2 Over quota: not enough storage for user a@example.org"), OutcomeDeferred, CategoryMailboxFull},
		{r("552 5.2.2 <a@icloud.com>: user is over quota"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"), OutcomeBounced, CategoryMailboxFull},
		{r("552 5.2.2 Speicherplatz des Postfachs erschöpft"), OutcomeBounced, CategoryMailboxFull},
		{r("552 5.2.2 Espace de stockage de la boîte aux lettres épuisé"), OutcomeBounced, CategoryMailboxFull},
		{r("552 5.2.2 La casella ha esaurito lo spazio"), OutcomeBounced, CategoryMailboxFull},
		{r("552 5.2.2 メールボックスの容量が不足しています"), OutcomeBounced, CategoryMailboxFull},
		{r("552 5.2.2 收件人邮箱空间不足"), OutcomeBounced, CategoryMailboxFull},
		{r("552 5.2.2 Das Postfach des Empfängers hat das Speicherlimit überschritten"), OutcomeBounced, CategoryMailboxFull},
		{r("452 Insufficient storage space in recipient's mailbox"), OutcomeDeferred, CategoryMailboxFull},
		{r("552 5.2.2 The user's disk quota has been exhausted"), OutcomeBounced, CategoryMailboxFull},
		{r("cannot update mailbox /var/mail/bob for user bob. error writing message: Disk quota exceeded"), OutcomeBounced, CategoryMailboxFull},
		{r("452 4.2.2 Insufficient storage space for user a@example.org"), OutcomeDeferred, CategoryMailboxFull},
		{r("552 5.2.2 Das Postfach hat nicht genug Speicherplatz"), OutcomeBounced, CategoryMailboxFull},
	})
}

// Kind 4, more members: a specific enhanced code beats a generic word, and
// SMTP AUTH refusals are the sender's policy, not a server error.
func TestKindSpecificCodesMore(t *testing.T) {
	runKinds(t, "specific codes, more", []kindCase{
		{r("550 5.1.1 Recipient rejected"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 Denied"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 <a@example.org>: not allowed"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.2.2 Message refused"), OutcomeBounced, CategoryMailboxFull},
		{r("451 4.2.2 Try again later"), OutcomeDeferred, CategoryMailboxFull},
		{r("550 5.2.1 Access denied"), OutcomeBounced, CategoryMailboxDisabled},
		{r("550 5.3.4 Rejected"), OutcomeBounced, CategoryMessageTooLarge},
		{r("550 5.1.2 Rejected, try again later"), OutcomeBounced, CategoryDomainNotFound},
		{r("550 5.1.1 Refused"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 Access denied: a@example.org"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.2.2 Not accepted"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.2.1 Denied: not accepting messages"), OutcomeBounced, CategoryMailboxDisabled},
		{r("552 5.3.4 Denied"), OutcomeBounced, CategoryMessageTooLarge},
		{r("553 5.1.3 Rejected"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.1.2 Denied"), OutcomeBounced, CategoryDomainNotFound},
		{r("550 5.1.1 <a@example.org>... Rejected"), OutcomeBounced, CategoryUserUnknown},
		{r("550 #5.1.1 rejected"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 Prohibited"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 Forbidden"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.2.2 Blocked"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.2.1 Refused"), OutcomeBounced, CategoryMailboxDisabled},
		{r("552 5.2.3 Rejected"), OutcomeBounced, CategoryMessageTooLarge},
		{r("501 5.1.3 Not allowed"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.4.4 Rejected"), OutcomeBounced, CategoryDomainNotFound},
		{r("550 5.1.1 Refusé: utilisateur inconnu"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 Blocked: no such mailbox"), OutcomeBounced, CategoryUserUnknown},
		{r("501 5.1.3 Rejected: bad recipient address syntax"), OutcomeBounced, CategorySyntaxError},
		{r("552 5.3.4 Rejected: message too big"), OutcomeBounced, CategoryMessageTooLarge},
		// Exchange Online's Directory-Based Edge Blocking (Microsoft Learn, 5.4.1).
		{r("550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN8NAM11FT013.eop-nam11.prod.protection.outlook.com]"), OutcomeBounced, CategoryUserUnknown},
		// SMTP AUTH refusals (Gmail 5.7.8/5.7.9, Microsoft 5.7.57/5.7.139, Exim, Yahoo).
		{r("535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp"), OutcomeBounced, CategoryPolicyRejected},
		{r("534-5.7.9 Application-specific password required. For more information, go to\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp"), OutcomeBounced, CategoryPolicyRejected},
		{r("530 5.7.57 Client not authenticated to send mail. [Error: 57]"), OutcomeBounced, CategoryPolicyRejected},
		{r("535 5.7.139 Authentication unsuccessful, basic authentication is disabled."), OutcomeBounced, CategoryPolicyRejected},
		{r("535 Incorrect authentication data"), OutcomeBounced, CategoryPolicyRejected},
		{r("535 5.7.0 (#AUTH005) Too many bad auth attempts."), OutcomeBounced, CategoryPolicyRejected},
		{r("535 5.7.8 Authentifizierung fehlgeschlagen, bitte später erneut versuchen"), OutcomeBounced, CategoryPolicyRejected},
		{r("535 5.7.8 Error: authentication failed: Invalid user or password, try again later"), OutcomeBounced, CategoryPolicyRejected},
		{r("535 5.7.8 Sorry, temporary authentication failure; please try again"), OutcomeBounced, CategoryPolicyRejected},
		{r("535 5.7.3 Authentication unsuccessful"), OutcomeBounced, CategoryPolicyRejected},
		{r("534 5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1> Please log in via your web browser and then try again. Learn more at https://support.google.com/mail/answer/78754 - gsmtp"), OutcomeBounced, CategoryPolicyRejected},
		{r("535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator."), OutcomeBounced, CategoryPolicyRejected},
		{r("535 5.7.8 Authentication failed: Bad username or password (Temporary)"), OutcomeBounced, CategoryPolicyRejected},
		{r("535 Authentication credentials invalid, try again later"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// Kind 5, more members: every enhanced-code subject and the RFC 5321 reply
// codes have a meaning when no phrase matches (here: words that say
// nothing).
func TestKindCodeFallbacksMore(t *testing.T) {
	runKinds(t, "fallbacks, more", []kindCase{
		// RFC 5321 §4.2.3 reply codes alone.
		{r("421 zork"), OutcomeDeferred, CategoryServerError},
		{r("450 zork"), OutcomeDeferred, CategoryServerError},
		{r("451 zork"), OutcomeDeferred, CategoryServerError},
		{r("452 zork"), OutcomeDeferred, CategoryServerError},   // 452 is "insufficient system storage"
		{r("550 zork"), OutcomeBounced, CategoryPolicyRejected}, // replyCodeCategory: a refusal naming no cause
		{r("551 zork"), OutcomeBounced, CategoryUserUnknown},
		{r("552 zork"), OutcomeBounced, CategoryMailboxFull},
		{r("553 zork"), OutcomeBounced, CategoryPolicyRejected}, // "mailbox name not allowed"
		{r("555 zork"), OutcomeBounced, CategorySyntaxError},
		{r("521 zork"), OutcomeBounced, CategoryDomainNotFound},
		{r("556 zork"), OutcomeBounced, CategoryDomainNotFound},
		// RFC 3463 class.subject.0 and unlisted details.
		{r("550 5.1.0 zork"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.99 zork"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.2.99 zork"), OutcomeBounced, CategoryMailboxDisabled},
		{r("451 4.3.99 zork"), OutcomeDeferred, CategoryServerError},
		{r("451 4.4.0 zork"), OutcomeDeferred, CategoryConnectionFailed},
		{r("451 4.4.2 zork"), OutcomeDeferred, CategoryConnectionFailed},
		{r("550 5.4.4 zork"), OutcomeBounced, CategoryDomainNotFound},
		{r("554 5.4.6 zork"), OutcomeBounced, CategoryOther},
		{r("554 5.5.0 zork"), OutcomeBounced, CategorySyntaxError},
		{r("552 5.3.4 zork"), OutcomeBounced, CategoryMessageTooLarge},
		{r("554 5.6.0 zork"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.99 zork"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.26 zork"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.25 zork"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("451 4.7.1 zork"), OutcomeDeferred, CategoryPolicyRejected},
		{r("550 5.2.2 zork"), OutcomeBounced, CategoryMailboxFull},
		{r("552 5.2.3 zork"), OutcomeBounced, CategoryMessageTooLarge},
		{r("554 5.3.0 zork"), OutcomeBounced, CategoryServerError},
		{r("530 5.7.0 zork"), OutcomeBounced, CategoryPolicyRejected},
		{r("454 4.7.0 zork"), OutcomeDeferred, CategoryPolicyRejected},
		{r("421 4.0.0 zork"), OutcomeDeferred, CategoryServerError},
		{r("554 5.0.0 zork"), OutcomeBounced, CategoryPolicyRejected}, // X.0.0 names nothing: the bare 554 decides (probe AW)
		{r("550 5.1.10 zork"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.8 zork"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.3.2 zork"), OutcomeBounced, CategoryServerError},
		{r("554 5.4.7 zork"), OutcomeBounced, CategoryExpired},
		{r("500 5.5.1 zork"), OutcomeBounced, CategorySyntaxError},
		{r("452 4.5.3 zork"), OutcomeDeferred, CategoryRateLimited},
		{r("554 5.6.1 zork"), OutcomeBounced, CategorySyntaxError},
		{r("530 5.7.10 zork"), OutcomeBounced, CategoryTLSRequired},
		{r("550 5.7.13 zork"), OutcomeBounced, CategoryMailboxDisabled},
		{r("551 5.1.6 zork"), OutcomeBounced, CategoryUserUnknown},
		{r("555 5.5.4 zork"), OutcomeBounced, CategorySyntaxError},
		{r("421 4.4.2 zork"), OutcomeDeferred, CategoryConnectionFailed},
		{r("421 4.3.2 zork"), OutcomeDeferred, CategoryServerError},
		{r("554 5.4.6 zork"), OutcomeBounced, CategoryOther},
		{r("554 5.7.11 zork"), OutcomeBounced, CategoryTLSRequired},
		// Through the MTAs' wrappers.
		{r("host mx.example.org[192.0.2.5] said: 551 zork (in reply to RCPT TO command)"), OutcomeBounced, CategoryUserUnknown},
		{r("SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 5.2.0 zork"), OutcomeBounced, CategoryMailboxDisabled},
		{r("Remote host said: 552 zork"), OutcomeBounced, CategoryMailboxFull},
	})
}

// Issue 14's "Host not found, try again", more members: resolver failures
// the MTA will retry are temporary and the sender's to wait out, whatever
// wrapper or MTA wrote them; advice must not send the recipient to fix DNS.
func TestTemporaryDNSAdviceMore(t *testing.T) {
	for _, s := range []string{
		// Postfix, through the dead-destination wrapper and for other record types.
		"delivery temporarily suspended: Host or domain name not found. Name service error for name=mx.example.org type=AAAA: Host not found, try again",
		"Host or domain name not found. Name service error for name=example.org type=A: Host not found, try again",
		// Sendmail (stat=Deferred).
		"Deferred: Name server: example.org.: host name lookup failure",
		// Exim's router deferral and getaddrinfo's EAI_AGAIN.
		"R=dnslookup defer (-1): host lookup did not complete",
		"Temporary failure in name resolution",
		// Go's resolver, SERVFAIL.
		"lookup example.org on 127.0.0.53:53: server misbehaving",
	} {
		res := testClassifier.Classify(r(s))
		if res.Outcome != OutcomeDeferred || res.Category != CategoryDomainNotFound {
			t.Errorf("%q: %s/%s, want deferred/domain_not_found", s, res.Outcome, res.Category)
			continue
		}
		if res.Advice.WhoActs != WhoSender || !containsFold(res.Advice.Summary, "temporar") {
			t.Errorf("%q: advice %+v does not describe a temporary lookup failure", s, res.Advice)
		}
	}
}
