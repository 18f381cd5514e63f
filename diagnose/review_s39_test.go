package diagnose

import "testing"

// TestReviewS39NearMisses: near misses of batch CD's rules and
// templates that review S39 (helper-204, /work/notes/s39/review/report.md
// of the session) wrote against their first version (b8416d5), where 19
// of its 129 probes regressed: "malicious" said of a message's body or
// payload beside the IP that sent it; a reputation lookup that failed;
// a connection from the client's host refused because the server was
// overloaded; a HELO name DNS does not know, and a recipient trailer
// "Your host:", read as a host the server does not know; a mailbox
// disabled read as storage; MX hosts without address records read as
// connections; and Open WebMail's subject template reading an NDR
// summary that ends "… has been sent successfully" as delivered. These
// are the probes the narrowed rules answer right. Left out, wrong now:
// s39-10, 22, 34, 49, 89, 92, 98, 113, 116, 117, 118, 119, 121, 124 (14
// of the 129; none answered better before CD's rules but s39-124, a
// subject with a full stop, now read as a report), and s39-08, 19, 71,
// 114, 126, which the classifier answers right only with its model;
// and s39-88 ("Message Re: your account is suspended has been sent
// successfully"), read as a failure since the newcomer review's N1: a
// subject whose words a rule reads is not taken for a sent notice's.
// Their phrasings do not train the model.
func TestReviewS39NearMisses(t *testing.T) {
	runKinds(t, "review S39 near misses", []kindCase{
		{r("554 5.7.1 Your IP address 198.51.100.23 has a fraud score of 92 (IPQualityScore), connection refused"), OutcomeBounced, CategoryBlocklisted},                                     // s39-01
		{r("550 5.7.1 Client address 203.0.113.9 reported as malicious by AbuseIPDB (abuse score 100)"), OutcomeBounced, CategoryBlocklisted},                                                // s39-02
		{r("554 5.7.1 Message from IP 192.0.2.44 rejected: body flagged as malicious (Win.Trojan.Agent-1234)"), OutcomeBounced, CategorySpamContent},                                         // s39-03
		{r("550 5.7.1 Message identified as malicious by the Advanced Threat Protection sandbox (sending IP 198.51.100.7)"), OutcomeBounced, CategorySpamContent},                            // s39-04
		{r("554 5.7.1 Rejected: URL in message reported as malicious by Google Safe Browsing (client IP 203.0.113.4)"), OutcomeBounced, CategorySpamContent},                                 // s39-05
		{r("550 5.7.1 The message sent from your host was identified as malicious (phishing) and has been rejected"), OutcomeBounced, CategorySpamContent},                                   // s39-06
		{r("554 5.7.0 Reject: macro-enabled document scored as malicious; IP address 192.0.2.8 logged"), OutcomeBounced, CategorySpamContent},                                                // s39-07
		{r("554 5.7.1 Sender IP 198.51.100.9 has a high risk score (Cisco Talos), rejected"), OutcomeBounced, CategoryBlocklisted},                                                           // s39-09
		{r("554 5.7.1 Your host 192.0.2.9 sent a message that was marked as malicious by Microsoft Defender for Office 365"), OutcomeBounced, CategorySpamContent},                           // s39-11
		{r("535 5.7.8 Authentication blocked due to rate limit of failed attempts"), OutcomeBounced, CategoryPolicyRejected},                                                                 // s39-12
		{r("421 4.7.0 Login temporarily locked due to rate limit on failed authentication attempts, try again later"), OutcomeDeferred, CategoryPolicyRejected},                              // s39-13
		{r("550 5.7.1 Account locked due to rate limit of failed logins. Reset your password to unlock it."), OutcomeBounced, CategoryPolicyRejected},                                        // s39-14
		{r("550 5.7.1 Your account is suspended due to rate limit violations"), OutcomeBounced, CategoryRateLimited},                                                                         // s39-15
		{r("421 4.7.0 Your IP has been blocked due to rate limit exceeded, try again in 1 hour"), OutcomeDeferred, CategoryRateLimited},                                                      // s39-16
		{r("Your account has been blocked due to rate limits. Please contact support."), OutcomeBounced, CategoryRateLimited},                                                                // s39-17
		{r("510 Your account is blocked due to rate limits. Please contact your technical support."), OutcomeBounced, CategoryRateLimited},                                                   // s39-18
		{r("550 Outbound email blocked: your account exceeded its daily sending limit"), OutcomeBounced, CategoryRateLimited},                                                                // s39-20
		{r("554 5.7.1 Your email address has been blocked: sending limit exceeded (500 per day)"), OutcomeBounced, CategoryRateLimited},                                                      // s39-21
		{r("550 5.7.1 Connection from your address refused: no reverse DNS (PTR) record for 192.0.2.15"), OutcomeBounced, CategoryAuthenticationFailed},                                      // s39-23
		{r("554 Connections from your host are not accepted: HELO hostname localhost.localdomain does not resolve"), OutcomeBounced, CategoryAuthenticationFailed},                           // s39-24
		{r("530 5.7.0 Connections from your network are not permitted without authentication"), OutcomeBounced, CategoryPolicyRejected},                                                      // s39-25
		{r("554 5.7.1 Connection from your IP 192.0.2.8 rejected: listed on zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},                                                         // s39-26
		{r("421 4.3.2 Connection from your host temporarily refused: server overloaded, try again later"), OutcomeDeferred, CategoryServerError},                                             // s39-27
		{r("421 4.3.2 Connections from your address are refused while the system is in maintenance mode"), OutcomeDeferred, CategoryServerError},                                             // s39-28
		{r("554 5.7.1 Relay access denied: connections from your network are not permitted to relay for example.com"), OutcomeBounced, CategoryPolicyRejected},                               // s39-29
		{r("451 4.7.1 Connection from your host 192.0.2.5 refused: greylisted, please come back in 5 minutes"), OutcomeDeferred, CategoryGreylisted},                                         // s39-30
		{r("550 5.7.23 Connections from your address are rejected: SPF check failed for example.org"), OutcomeBounced, CategoryAuthenticationFailed},                                         // s39-31
		{r("550 5.7.1 Sorry, we do not accept connections from your IP range (listed in our local blocklist)"), OutcomeBounced, CategoryBlocklisted},                                         // s39-32
		{r("421 4.7.0 Connection from your IP refused: too many concurrent sessions"), OutcomeDeferred, CategoryRateLimited},                                                                 // s39-33
		{r("421 Your host is unknown to us: reverse lookup of 192.0.2.55 failed"), OutcomeDeferred, CategoryAuthenticationFailed},                                                            // s39-35
		{r("554 5.7.1 Your hostname mail.example.lan does not resolve, the name is not known to us"), OutcomeBounced, CategoryAuthenticationFailed},                                          // s39-36
		{r("550 5.1.1 Recipient <bob@example.com> unknown to us. Your host: mail.example.net [192.0.2.14]"), OutcomeBounced, CategoryUserUnknown},                                            // s39-37
		{r("550 Your name is unknown to us. Only subscribers may post to this list."), OutcomeBounced, CategoryPolicyRejected},                                                               // s39-38
		{r("421 mx.example.org: Your name, 'gw.example.net', is unknown to us."), OutcomeDeferred, CategoryPolicyRejected},                                                                   // s39-39
		{r("550 Mailbox unfound"), OutcomeBounced, CategoryUserUnknown},                                                                                                                      // s39-40
		{r("550 No access to mail box => unfound (bob@example.com)"), OutcomeBounced, CategoryUserUnknown},                                                                                   // s39-41
		{r("552 5.2.2 Failed to store message: mailbox over quota"), OutcomeBounced, CategoryMailboxFull},                                                                                    // s39-42
		{r("452 4.2.2 <bob@example.com> Unable to store message: Quota exceeded (mailbox for user is full)"), OutcomeDeferred, CategoryMailboxFull},                                          // s39-43
		{r("552 5.3.4 Could not store message: message size 41943040 exceeds the maximum allowed (26214400)"), OutcomeBounced, CategoryMessageTooLarge},                                      // s39-44
		{r("550 5.1.1 Failed to store message: no such mailbox bob"), OutcomeBounced, CategoryUserUnknown},                                                                                   // s39-45
		{r("451 4.3.0 <bob@example.com> Failed to store message: Permission denied"), OutcomeDeferred, CategoryServerError},                                                                  // s39-46
		{r("554 5.7.1 Rejected - No data saved: message contains a virus (Eicar-Test-Signature)"), OutcomeBounced, CategorySpamContent},                                                      // s39-47
		{r("451 4.3.0 Message data not saved: temporary storage failure, try again later"), OutcomeDeferred, CategoryServerError},                                                            // s39-48
		{r("452 4.2.2 Failed to store message for bob@example.com: Mailbox is full"), OutcomeDeferred, CategoryMailboxFull},                                                                  // s39-50
		{r("550 5.2.1 Unable to store message: mailbox bob is disabled"), OutcomeBounced, CategoryMailboxDisabled},                                                                           // s39-51
		{r("451 4.3.0 No data saved, please try again later"), OutcomeDeferred, CategoryServerError},                                                                                         // s39-52
		{r("554 5.6.0 No data saved: message is not RFC 5322 compliant (bare LF)"), OutcomeBounced, CategorySyntaxError},                                                                     // s39-53
		{r("Message 4a7f failed after 3 attempts: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table"), OutcomeBounced, CategoryUserUnknown},     // s39-54
		{r("Email failed after 5 attempts: 554 5.7.1 Service unavailable; Client host [192.0.2.4] blocked using zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},                     // s39-55
		{r("Mail failed after 2 tries: 552 5.2.2 Mailbox full"), OutcomeBounced, CategoryMailboxFull},                                                                                        // s39-56
		{r("SMTP login failed after 3 attempts"), OutcomeBounced, CategoryPolicyRejected},                                                                                                    // s39-57
		{r("Email to bob@example.com permanently failed after 2 attempts: 550 5.7.1 Message rejected as spam"), OutcomeBounced, CategorySpamContent},                                         // s39-58
		{r("Delivery of message abc123 failed permanently after 15 attempts over 5 days"), OutcomeBounced, CategoryExpired},                                                                  // s39-59
		{r("Mail 77 failed after 6 attempts and was removed from the queue"), OutcomeBounced, CategoryExpired},                                                                               // s39-60
		{r("Message failed after 2 attempts: 550 5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy"), OutcomeBounced, CategoryAuthenticationFailed}, // s39-61
		{r("Message failed after 3 attempts with 421 4.7.0 Too many messages from your IP, requeued for later delivery"), OutcomeDeferred, CategoryRateLimited},                              // s39-62
		{r("Email failed after 3 tries: password authentication failed for user alice"), OutcomeBounced, CategoryPolicyRejected},                                                             // s39-63
		{r("Failed to deliver after 4 attempts: 552 5.3.4 Message size exceeds fixed maximum message size"), OutcomeBounced, CategoryMessageTooLarge},                                        // s39-64
		{r("Message 9c1 failed after 3 attempts: 554 5.7.1 Relay access denied"), OutcomeBounced, CategoryPolicyRejected},                                                                    // s39-65
		{r("Email 1f2e permanently failed after 10 attempts. Last error: 550 5.1.2 Host unknown, domain example.invalid does not exist"), OutcomeBounced, CategoryDomainNotFound},            // s39-66
		{r("Email 3f2a permanently failed after 8 attempts. Last error: mailbox is disabled (550 5.2.1)"), OutcomeBounced, CategoryMailboxDisabled},                                          // s39-67
		{r("All MX hosts for example.com failed: 550 5.1.1 <bob@example.com> User unknown"), OutcomeBounced, CategoryUserUnknown},                                                            // s39-68
		{r("All MX hosts for example.org failed TLS certificate verification (MTA-STS policy: enforce)"), OutcomeDeferred, CategoryTLSRequired},                                              // s39-69
		{r("All MX hosts for example.net failed certificate verification: certificate has expired"), OutcomeDeferred, CategoryTLSRequired},                                                   // s39-70
		{r("All MX hosts for example.net failed: host mx1.example.net has no A record"), OutcomeBounced, CategoryDomainNotFound},                                                             // s39-72
		{r("All MX servers for example.com are greylisting us: 451 4.7.1 Please try again later"), OutcomeDeferred, CategoryGreylisted},                                                      // s39-73
		{r("All MX hosts for example.com failed: 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using b.barracudacentral.org"), OutcomeBounced, CategoryBlocklisted},         // s39-74
		{r("Could not connect to any MX host for example.net: the domain publishes a null MX (RFC 7505)"), OutcomeBounced, CategoryDomainNotFound},                                           // s39-75
		{r("All MX hosts for example.net refused the connection"), OutcomeDeferred, CategoryConnectionFailed},                                                                                // s39-76
		{r("None of the MX servers for example.org accepted the message: 552 5.3.4 Message size exceeds fixed limit"), OutcomeBounced, CategoryMessageTooLarge},                              // s39-77
		{r("Failed to connect to any MX for example.net: STARTTLS is required by policy but the server did not offer it"), OutcomeDeferred, CategoryTLSRequired},                             // s39-78
		{r("All MX hosts for example.com failed: DANE TLSA validation failed"), OutcomeDeferred, CategoryTLSRequired},                                                                        // s39-79
		{r("All MX hosts for example.com failed: 530 5.7.0 Must issue a STARTTLS command first"), OutcomeBounced, CategoryTLSRequired},                                                       // s39-80
		{r("All MX hosts for example.org failed: 550 5.7.26 This message fails DMARC policy of example.net"), OutcomeBounced, CategoryAuthenticationFailed},                                  // s39-81
		{r("All MX hosts for example.com are unreachable: connect to mx.example.com[192.0.2.9]:25: Connection timed out"), OutcomeDeferred, CategoryConnectionFailed},                        // s39-82
		{r("All MX hosts for example.net failed: 421 4.7.0 Too many connections from your IP, try again later"), OutcomeDeferred, CategoryRateLimited},                                       // s39-83
		{r("Cannot open any of the following SMTP servers: smtp.example.com at SMTP port: 25"), OutcomeDeferred, CategoryConnectionFailed},                                                   // s39-84
		{r("Kann keinen der folgenden SMTP Server öffnen: smtp.example.de beim SMTP Port: 25"), OutcomeDeferred, CategoryConnectionFailed},                                                   // s39-85
		{r("Message Meeting notes has been sent successfully"), OutcomeDelivered, CategoryDelivered},                                                                                         // s39-86
		{r("Nachricht Angebot 2026 wurde erfolgreich versendet"), OutcomeDelivered, CategoryDelivered},                                                                                       // s39-87
		{r("Message Quarterly report has not been sent successfully"), OutcomeBounced, CategoryOther},                                                                                        // s39-90
		{r("Message to bob@example.com expired after 5 days in the queue, the DSN to the sender has been sent successfully"), OutcomeBounced, CategoryExpired},                               // s39-91
		{r("Messaggio per bob@example.it respinto: casella piena. Avviso al mittente inviato con successo"), OutcomeBounced, CategoryMailboxFull},                                            // s39-93
		{r("Сообщение для bob@example.ru возвращено: почтовый ящик переполнен. Уведомление отправителю было успешно отправлено"), OutcomeBounced, CategoryMailboxFull},                       // s39-94
		{r("Bericht aan bob@example.nl geweigerd: mailbox vol. Melding aan afzender is succesvol verzonden"), OutcomeBounced, CategoryMailboxFull},                                           // s39-95
		{r("El mensaje para bob@example.es fue rechazado: buzón lleno. El aviso al remitente ha sido enviado exitosamente"), OutcomeBounced, CategoryMailboxFull},                            // s39-96
		{r("Wiadomość do bob@example.pl odrzucona: skrzynka przepełniona. Powiadomienie do nadawcy została wysłana pomyślnie"), OutcomeBounced, CategoryMailboxFull},                         // s39-97
		{r("Ihre Mail wurde verschickt."), OutcomeDelivered, CategoryDelivered},                                                                                                              // s39-99
		{r("Ihre Mail wurde verschickt. Der Empfänger bob@example.de ist jedoch unbekannt."), OutcomeBounced, CategoryUserUnknown},                                                           // s39-100
		{r("Couldn't open connection to server."), OutcomeDeferred, CategoryConnectionFailed},                                                                                                // s39-101
		{r("Couldn't open connection to server. Check the outgoing server smtp.example.com and port 587."), OutcomeDeferred, CategoryConnectionFailed},                                       // s39-102
		{r("Username or password is incorrect."), OutcomeBounced, CategoryPolicyRejected},                                                                                                    // s39-103
		{r("Username or password is incorrect. Your account has been locked after 5 failed attempts."), OutcomeBounced, CategoryPolicyRejected},                                              // s39-104
		{r("TLS required but not supported by server."), OutcomeDeferred, CategoryTLSRequired},                                                                                               // s39-105
		{r("Не удалось подключиться к серверу."), OutcomeDeferred, CategoryConnectionFailed},                                                                                                 // s39-106
		{r("Authentication methods aren't supported by server."), OutcomeBounced, CategorySyntaxError},                                                                                       // s39-107
		{r("Nutzername oder Passwort ist falsch."), OutcomeBounced, CategoryPolicyRejected},                                                                                                  // s39-108
		{r("Sending failed: Username or password is incorrect."), OutcomeBounced, CategoryPolicyRejected},                                                                                    // s39-109
		{r("无法连接到服务器。请检查您的网络连接。"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                                // s39-110
		{r("Impossible d'établir la connexion avec le serveur : délai d'attente dépassé."), OutcomeDeferred, CategoryConnectionFailed},                                                       // s39-111
		{r("サーバーに接続できませんでした。"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                                   // s39-112
		{r("421 4.7.0 Ihr Konto wurde wegen Überschreitung des Sendelimits gesperrt"), OutcomeDeferred, CategoryRateLimited},                                                                 // s39-115
		{r("Nachricht an bob@example.com abgewiesen: Postfach voll. Benachrichtigung an den Absender wurde erfolgreich versendet"), OutcomeBounced, CategoryMailboxFull},                     // s39-120
		{r("Message 1A2B3C for bob@example.com expired after 5 days in queue. DSN has been sent successfully"), OutcomeBounced, CategoryExpired},                                             // s39-122
		{r("Message Invitation from alice@example.com has been sent successfully"), OutcomeDelivered, CategoryDelivered},                                                                     // s39-123
		{r("550 5.2.1 Could not store message: account suspended"), OutcomeBounced, CategoryMailboxDisabled},                                                                                 // s39-125
		{r("554 5.7.1 Connections from your network are blocked due to abuse reports"), OutcomeBounced, CategoryBlocklisted},                                                                 // s39-127
		{r("421 4.3.2 Connection from your host refused: system busy, service temporarily unavailable"), OutcomeDeferred, CategoryServerError},                                               // s39-128
		{r("550 5.7.1 Message from 192.0.2.8 blocked: IP address reported as malicious by Spamhaus"), OutcomeBounced, CategoryBlocklisted},                                                   // s39-129
	})
}
