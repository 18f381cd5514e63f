package diagnose

import "testing"

// TestReviewS39CNearMisses: near misses of batch CF's rules and
// catalogues that review S39C (helper-209, /work/notes/s39/review3/
// report.md of the session) wrote against their first version (e30a05e),
// where 12 of its 113 probes regressed: "plain", "login" and "mechanism"
// as ordinary words read as AUTH mechanisms switched off; "must match
// your address" said of the mail address beside a HELO; "user not local;
// no forwarding address" under X.1.1 or X.1.6 read as a relay refusal;
// "sender domain required to …" and a kind of sender domain required
// read as a missing domain. These are the probes the narrowed rules
// answer right. Left out, wrong now: s39c-019, 021, 031, 046, 056, 066,
// 067, 069, 073, 075, 083, 090, 101 (13 of the 113; none answered
// better before CF's rules), and s39c-030, 070, 085, 111, which the
// classifier answers right only with its model. Their phrasings do not
// train the model.
func TestReviewS39CNearMisses(t *testing.T) {
	runKinds(t, "review S39C near misses", []kindCase{
		{r("504 5.7.4 CRAM-MD5 authentication disabled by administrator"), OutcomeBounced, CategorySyntaxError},                                                                                                              // s39c-001
		{r("504 5.5.4 AUTH LOGIN is disabled on this server, use AUTH PLAIN"), OutcomeBounced, CategorySyntaxError},                                                                                                          // s39c-002
		{r("504 5.7.4 NTLM authentication is disabled"), OutcomeBounced, CategorySyntaxError},                                                                                                                                // s39c-003
		{r("504 5.7.4 XOAUTH2 not enabled on this server"), OutcomeBounced, CategorySyntaxError},                                                                                                                             // s39c-004
		{r("504 5.5.4 SCRAM-SHA-256 mechanism is disabled"), OutcomeBounced, CategorySyntaxError},                                                                                                                            // s39c-005
		{r("504 5.5.4 GSSAPI not available"), OutcomeBounced, CategorySyntaxError},                                                                                                                                           // s39c-006
		{r("535 5.7.8 Password login is disabled for this mailbox. Use an app password or sign in with OAuth2."), OutcomeBounced, CategoryPolicyRejected},                                                                    // s39c-007
		{r("535 5.7.0 Your login is disabled. Contact your administrator."), OutcomeBounced, CategoryPolicyRejected},                                                                                                         // s39c-008
		{r("535 5.7.139 Authentication unsuccessful, SMTP AUTH LOGIN is disabled for the tenant."), OutcomeBounced, CategoryPolicyRejected},                                                                                  // s39c-009
		{r("535 5.7.3 Authentication unsuccessful, basic authentication (AUTH LOGIN/PLAIN) is disabled. Use OAuth."), OutcomeBounced, CategoryPolicyRejected},                                                                // s39c-010
		{r("454 4.7.0 Temporary authentication failure: PLAIN mechanism not available"), OutcomeDeferred, CategoryServerError},                                                                                               // s39c-011
		{r("421 4.3.2 Webmail and SMTP login not available during scheduled maintenance, try again later"), OutcomeDeferred, CategoryServerError},                                                                            // s39c-012
		{r("421 login.example.net Service not available, closing transmission channel"), OutcomeDeferred, CategoryServerError},                                                                                               // s39c-013
		{r("550 5.7.1 HTML mail is disabled on this list; please send plain text only"), OutcomeBounced, CategoryPolicyRejected},                                                                                             // s39c-014
		{r("538 5.7.11 LOGIN mechanism not available over an unencrypted connection"), OutcomeBounced, CategoryTLSRequired},                                                                                                  // s39c-015
		{r("530 5.7.0 Must issue a STARTTLS command first; AUTH PLAIN not available"), OutcomeBounced, CategoryTLSRequired},                                                                                                  // s39c-016
		{r("535 5.7.8 PLAIN authentication disabled for user jdoe@example.com"), OutcomeBounced, CategoryPolicyRejected},                                                                                                     // s39c-017
		{r("550 5.7.1 Relay for your login is disabled; authenticated relaying not permitted"), OutcomeBounced, CategoryPolicyRejected},                                                                                      // s39c-018
		{r("504 5.5.4 Authentication mechanism DIGEST-MD5 disabled"), OutcomeBounced, CategorySyntaxError},                                                                                                                   // s39c-020
		{r("535 5.7.8 Error: authentication failed: LOGIN authentication is disabled for mailboxes on this domain"), OutcomeBounced, CategoryPolicyRejected},                                                                 // s39c-022
		{r("550 5.2.1 Mailbox is disabled (IMAP/POP/LOGIN)"), OutcomeBounced, CategoryMailboxDisabled},                                                                                                                       // s39c-023
		{r("550 5.2.1 Recipient mailbox login is disabled; mail for it is not accepted"), OutcomeBounced, CategoryMailboxDisabled},                                                                                           // s39c-024
		{r("550 5.7.1 HELO name mail.example.com does not match your IP address 192.0.2.8"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                   // s39c-025
		{r("550 Your EHLO hostname does not match your IP's reverse DNS"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                                     // s39c-026
		{r("554 5.7.1 HELO/EHLO must match your IP's PTR record"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                                             // s39c-027
		{r("553 sorry, your HELO address literal [192.0.2.1] does not match your IP (#5.7.1)"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                // s39c-028
		{r("421 4.7.0 EHLO hostname does not match the connecting IP, try again later"), OutcomeDeferred, CategoryAuthenticationFailed},                                                                                      // s39c-029
		{r("550 5.7.1 HELO mail.example.com rejected: name does not resolve to your IP"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                      // s39c-032
		{r("554 5.7.1 Spoofed HELO: you claim to be our host, but your HELO does not match your IP"), OutcomeBounced, CategoryPolicyRejected},                                                                                // s39c-033
		{r("553 5.7.1 <ann@example.org>: Sender address rejected: From address does not match your address; from=<ann@example.org> to=<bob@example.net> proto=ESMTP helo=<laptop>"), OutcomeBounced, CategoryPolicyRejected}, // s39c-034
		{r("550 5.7.1 MAIL FROM must match your address on file (HELO accepted)"), OutcomeBounced, CategoryPolicyRejected},                                                                                                   // s39c-035
		{r("550 5.7.1 HELO hostname must resolve to your IP (forward-confirmed reverse DNS failed)"), OutcomeBounced, CategoryAuthenticationFailed},                                                                          // s39c-036
		{r("550 5.7.1 SPF: HELO mail.example.com does not match your IP (not a permitted sender)"), OutcomeBounced, CategoryAuthenticationFailed},                                                                            // s39c-037
		{r("554 5.7.1 Service unavailable; Client host [192.0.2.8] blocked using zen.spamhaus.org; HELO does not match your IP"), OutcomeBounced, CategoryBlocklisted},                                                       // s39c-038
		{r("551 5.1.6 User not local; no forwarding address"), OutcomeBounced, CategoryUserUnknown},                                                                                                                          // s39c-039
		{r("550 5.1.6 Recipient's mailbox is not local anymore. No forwarding address has been set."), OutcomeBounced, CategoryUserUnknown},                                                                                  // s39c-040
		{r("550 sorry, no mailbox here by that name; user not local, no forwarding address (#5.1.1)"), OutcomeBounced, CategoryUserUnknown},                                                                                  // s39c-041
		{r("550 5.1.1 <jdoe@example.net>: user not local and no forwarding address on file"), OutcomeBounced, CategoryUserUnknown},                                                                                           // s39c-042
		{r("551 5.7.1 User not local; will not forward"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                            // s39c-043
		{r("550 5.7.1 Domain example.net not local, no forward-path configured"), OutcomeBounced, CategoryPolicyRejected},                                                                                                    // s39c-044
		{r("553 5.7.1 Sender address not local and relay not permitted; please authenticate"), OutcomeBounced, CategoryPolicyRejected},                                                                                       // s39c-045
		{r("551 User not local; please try <ann@example.org>"), OutcomeBounced, CategoryUserUnknown},                                                                                                                         // s39c-047
		{r("550 5.1.6 The mailbox has moved and is not locally hosted; no forwarding address"), OutcomeBounced, CategoryUserUnknown},                                                                                         // s39c-048
		{r("252 2.1.5 User not local; will not forward, but will attempt delivery"), OutcomeDelivered, CategoryDelivered},                                                                                                    // s39c-049
		{r("550 5.4.1 Relaying denied: recipient address not local to this server"), OutcomeBounced, CategoryPolicyRejected},                                                                                                 // s39c-050
		{r("553 5.5.4 <jdoe>... Domain name required for sender address jdoe"), OutcomeBounced, CategorySyntaxError},                                                                                                         // s39c-051
		{r("553 5.5.4 <jdoe>... Domain name required"), OutcomeBounced, CategorySyntaxError},                                                                                                                                 // s39c-052
		{r("501 5.1.7 Bad sender address syntax: domain name required"), OutcomeBounced, CategorySyntaxError},                                                                                                                // s39c-053
		{r("550 5.7.1 Sender domain required to match the authenticated domain example.org"), OutcomeBounced, CategoryPolicyRejected},                                                                                        // s39c-054
		{r("550 5.7.1 Sender domain required to publish an SPF record"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                                       // s39c-055
		{r("550 5.7.1 A registered sender domain required; addresses at free-mail providers are not accepted"), OutcomeBounced, CategoryPolicyRejected},                                                                      // s39c-057
		{r("454 4.7.5 TLS required: server certificate with matching domain name required"), OutcomeDeferred, CategoryTLSRequired},                                                                                           // s39c-058
		{r("501 5.5.2 HELO: fully qualified domain name required"), OutcomeBounced, CategorySyntaxError},                                                                                                                     // s39c-059
		{r("550 Sender domain required in From: header (RFC 5322)"), OutcomeBounced, CategorySyntaxError},                                                                                                                    // s39c-060
		{r("553 5.1.3 Recipient address must include a domain"), OutcomeBounced, CategorySyntaxError},                                                                                                                        // s39c-061
		{r("501 5.1.3 Bad recipient address syntax (domain required)"), OutcomeBounced, CategorySyntaxError},                                                                                                                 // s39c-062
		{r("550 5.1.8 Sender domain required to exist in DNS"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                      // s39c-063
		{r("553 5.1.2 Fully qualified domain name required for recipient"), OutcomeBounced, CategorySyntaxError},                                                                                                             // s39c-064
		{r("Your message to staff@lists.example.org was rejected: more than 20 messages posted in the last 24 hours."), OutcomeBounced, CategoryRateLimited},                                                                 // s39c-065
		{r("Plus de 5 messages postés depuis 1 hour."), OutcomeBounced, CategoryRateLimited},                                                                                                                                 // s39c-068
		{r("554 5.7.1 Message rejected as spam: too many posts of identical content to this list"), OutcomeBounced, CategorySpamContent},                                                                                     // s39c-071
		{r("421 4.7.0 Too many posts in the last hour from 192.0.2.8, slow down"), OutcomeDeferred, CategoryRateLimited},                                                                                                     // s39c-072
		{r("Please specify correct emails."), OutcomeBounced, CategorySyntaxError},                                                                                                                                           // s39c-074
		{r("Error while connecting to mail server."), OutcomeDeferred, CategoryConnectionFailed},                                                                                                                             // s39c-076
		{r("Error while connecting to mail server: Connection timed out"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                        // s39c-077
		{r("Error while connecting to mail server. Authentication failed."), OutcomeBounced, CategoryPolicyRejected},                                                                                                         // s39c-078
		{r("Unable to send message to recipients. Sending to external domains may be blocked."), OutcomeBounced, CategoryPolicyRejected},                                                                                     // s39c-079
		{r("Unable to send message to recipients. Sending to external domains may be blocked. 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown"), OutcomeBounced, CategoryUserUnknown},                  // s39c-080
		{r("Messages to this address must be OpenPGP-signed."), OutcomeBounced, CategoryPolicyRejected},                                                                                                                      // s39c-081
		{r("Messages to this address must be encrypted conforming to OpenPGP."), OutcomeBounced, CategoryPolicyRejected},                                                                                                     // s39c-082
		{r("Only subscribed addresses may send messages to this address."), OutcomeBounced, CategoryPolicyRejected},                                                                                                          // s39c-084
		{r("Your message was too big. Allowed are up to 10240KB."), OutcomeBounced, CategoryMessageTooLarge},                                                                                                                 // s39c-086
		{r("Your message was too big. Allowed are up to 10240KB. Please remove attachments."), OutcomeBounced, CategoryMessageTooLarge},                                                                                      // s39c-087
		{r("Deine Email war zu groß. Erlaubt sind für diese Liste 1024KB."), OutcomeBounced, CategoryMessageTooLarge},                                                                                                        // s39c-088
		{r("The e-mail has been sent but could not save it in Sent Items as your mailbox is over quota."), OutcomeDelivered, CategoryDelivered},                                                                              // s39c-089
		{r("El e-mail ha sido enviado, pero no se puede guardar en la bandeja de enviados al disponer de suficiente espacio en su cuenta."), OutcomeDelivered, CategoryDelivered},                                            // s39c-091
		{r("Die E-Mail wurde verschicht, konnte aber nicht in Ihrem Gesendet-Ordner gespeichert werden, weil Ihre Quota überschritten ist."), OutcomeDelivered, CategoryDelivered},                                           // s39c-092
		{r("Your mailbox is over quota. The e-mail could not be sent."), OutcomeBounced, CategoryMailboxFull},                                                                                                                // s39c-093
		{r("Kan bericht niet naar ontvangers verzenden. Verzenden naar externe domeinen kan worden geblokkeerd."), OutcomeBounced, CategoryPolicyRejected},                                                                   // s39c-094
		{r("Произошла ошибка при попытке соединения с почтовым сервером."), OutcomeDeferred, CategoryConnectionFailed},                                                                                                       // s39c-095
		{r("Укажите корректные адреса эл. почты."), OutcomeBounced, CategorySyntaxError},                                                                                                                                     // s39c-096
		{r("550 5.7.1 Sender domain required to be one of the domains verified for your account"), OutcomeBounced, CategoryPolicyRejected},                                                                                   // s39c-097
		{r("550 5.7.1 Client host rejected: PTR record with a domain name required"), OutcomeBounced, CategoryAuthenticationFailed},                                                                                          // s39c-098
		{r("535 5.7.8 SMTP login not available from your country"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                  // s39c-099
		{r("550 5.7.1 Your message was rejected: you have exceeded the maximum number of posts per day for this list"), OutcomeBounced, CategoryRateLimited},                                                                 // s39c-100
		{r("550 5.7.1 Mailbox login is not enabled for relaying; authenticate with a submission account"), OutcomeBounced, CategoryPolicyRejected},                                                                           // s39c-102
		{r("550 5.2.1 Mailbox is disabled"), OutcomeBounced, CategoryMailboxDisabled},                                                                                                                                        // s39c-103
		{r("504 5.7.4 Unrecognized authentication type"), OutcomeBounced, CategorySyntaxError},                                                                                                                               // s39c-104
		{r("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."), OutcomeBounced, CategoryPolicyRejected},                                                                         // s39c-105
		{r("550 5.7.1 Relaying denied"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                                             // s39c-106
		{r("550 5.1.6 Recipient has moved; no forwarding address"), OutcomeBounced, CategoryUserUnknown},                                                                                                                     // s39c-107
		{r("501 5.5.2 HELO requires domain address"), OutcomeBounced, CategorySyntaxError},                                                                                                                                   // s39c-108
		{r("503 5.5.1 AUTH mechanism not available: already authenticated"), OutcomeBounced, CategorySyntaxError},                                                                                                            // s39c-109
		{r("535 5.7.8 Authentication credentials invalid (AUTH PLAIN)"), OutcomeBounced, CategoryPolicyRejected},                                                                                                             // s39c-110
		{r("550 5.7.1 Posting to this list is disabled"), OutcomeBounced, CategoryPolicyRejected},                                                                                                                            // s39c-112
		{r("421 4.3.0 Mechanism for delivery not available, mail system shutting down"), OutcomeDeferred, CategoryServerError},                                                                                               // s39c-113
	})
}
