package diagnose

import "testing"

// TestReviewS38NearMisses: near misses of batch CA's rules and of the
// outcome asked again with the model's category, which review S38
// (helper-195, /work/notes/s38/review/report.md) wrote against their first
// version (90f484b), where 11 of its 110 probes regressed: the AUTH rule
// over AUTH withheld until TLS or from an account, the connection rule
// over local back ends' sockets, the write rule over a TLS layer's write
// and Postfix's "Permission denied" writing a mailbox (returned), a coded
// "please try to deliver to another user", and the NDR sentence Exchange
// also writes in its delay notices. These are the probes the narrowed
// rules answer right. Left out: s38-05, s38-08, s38-09, s38-11, s38-13,
// s38-19, s38-20, s38-38, s38-41, s38-44, s38-47, s38-49, s38-62, s38-63,
// s38-66, s38-68, s38-73, s38-74, s38-76, s38-79, s38-86, s38-87,
// s38-104, s38-110, wrong now (24 of the 110; none answered better before
// CA's rules), and s38-06, s38-12, s38-23, s38-24, s38-25, s38-40,
// s38-45, s38-61, s38-78, which the classifier answers right only with
// its model. Their phrasings do not train the model.
func TestReviewS38NearMisses(t *testing.T) {
	runKinds(t, "review S38 near misses", []kindCase{
		{r("454 4.7.0 Authentication not available, try again later"), OutcomeDeferred, CategoryServerError},                                                                                // s38-01
		{r("SMTP error from remote mail server after AUTH PLAIN: 454 4.7.0 Authentication not available at this time"), OutcomeDeferred, CategoryServerError},                               // s38-02
		{r("Authentication not available: authentication backend unreachable"), OutcomeDeferred, CategoryServerError},                                                                       // s38-03
		{r("SMTP authentication is not available on unencrypted connections"), OutcomeDeferred, CategoryTLSRequired},                                                                        // s38-04
		{r("Authentication is not available for this account: SMTP AUTH is disabled by your administrator"), OutcomeBounced, CategoryPolicyRejected},                                        // s38-07
		{r("SMTP AUTH extension not supported by server."), OutcomeBounced, CategorySyntaxError},                                                                                            // s38-10
		{r("Requested authentication type not available: CRAM-MD5"), OutcomeBounced, CategorySyntaxError},                                                                                   // s38-14
		{r("504 5.5.4 Unrecognized authentication type"), OutcomeBounced, CategorySyntaxError},                                                                                              // s38-15
		{r("503 5.5.1 Error: authentication not enabled"), OutcomeBounced, CategorySyntaxError},                                                                                             // s38-16
		{r("538 5.7.11 Encryption required for requested authentication mechanism"), OutcomeBounced, CategoryTLSRequired},                                                                   // s38-17
		{r("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."), OutcomeBounced, CategoryPolicyRejected},                                        // s38-18
		{r("Authentication failed: invalid username or password"), OutcomeBounced, CategoryPolicyRejected},                                                                                  // s38-21
		{r("Unable to open connection to amavisd at 127.0.0.1:10024"), OutcomeDeferred, CategoryServerError},                                                                                // s38-22
		{r("Unable to open connection to smtp.example.com: Name or service not known"), OutcomeBounced, CategoryDomainNotFound},                                                             // s38-26
		{r("Could not open socket to mx.example.org:25: php_network_getaddresses: getaddrinfo failed: Name or service not known"), OutcomeBounced, CategoryDomainNotFound},                  // s38-27
		{r("Unable to open connection to smtp.example.com:465: Connection refused"), OutcomeDeferred, CategoryConnectionFailed},                                                             // s38-28
		{r("Could not start TLS: the server does not offer STARTTLS"), OutcomeDeferred, CategoryTLSRequired},                                                                                // s38-29
		{r("Cannot start TLS: STARTTLS not available on mx.example.net"), OutcomeDeferred, CategoryTLSRequired},                                                                             // s38-30
		{r("Unable to start TLS: TLS is required by policy but mx.example.net did not offer it"), OutcomeDeferred, CategoryTLSRequired},                                                     // s38-31
		{r("Could not start TLS: handshake timed out"), OutcomeDeferred, CategoryConnectionFailed},                                                                                          // s38-32
		{r("could not negotiate TLS: no shared cipher"), OutcomeDeferred, CategoryConnectionFailed},                                                                                         // s38-33
		{r("TLS negotiation failed with mx.example.com: wrong version number"), OutcomeDeferred, CategoryConnectionFailed},                                                                  // s38-34
		{r("Could not start TLS with mx.example.com; delivering in plaintext"), OutcomeDeferred, CategoryConnectionFailed},                                                                  // s38-35
		{r("SMTP connect() failed."), OutcomeDeferred, CategoryConnectionFailed},                                                                                                            // s38-36
		{r("Cannot open connection to relay: 554 5.7.1 Relay access denied"), OutcomeBounced, CategoryPolicyRejected},                                                                       // s38-37
		{r("Impossible d'ouvrir une connexion vers le serveur SMTP smtp.example.fr"), OutcomeDeferred, CategoryConnectionFailed},                                                            // s38-39
		{r("无法连接到SMTP服务器"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                                      // s38-42
		{r("Не удалось подключиться к SMTP-серверу"), OutcomeDeferred, CategoryConnectionFailed},                                                                                            // s38-43
		{r("TLS write error: error:1409F07F:SSL routines:ssl3_write_bytes:bad write retry"), OutcomeDeferred, CategoryConnectionFailed},                                                     // s38-46
		{r("SSL_write failed: errno 104"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                       // s38-48
		{r("Cannot write to mailbox: mailbox size limit reached"), OutcomeBounced, CategoryMailboxFull},                                                                                     // s38-50
		{r("cannot update mailbox /var/mail/jo for user jo. error writing message: File too large"), OutcomeBounced, CategoryMailboxFull},                                                   // s38-51
		{r("cannot update mailbox /var/mail/jo for user jo. unable to lock for exclusive access: Resource temporarily unavailable"), OutcomeDeferred, CategoryServerError},                  // s38-52
		{r("cannot update mailbox /var/mail/jo for user jo. error writing message: Permission denied"), OutcomeBounced, CategoryServerError},                                                // s38-53
		{r("Unable to append message to user.jo: Mailbox does not exist"), OutcomeBounced, CategoryUserUnknown},                                                                             // s38-54
		{r("Unable to append message: account is closed"), OutcomeBounced, CategoryMailboxDisabled},                                                                                         // s38-55
		{r("Failed to append message: Message contains bare newlines"), OutcomeBounced, CategorySyntaxError},                                                                                // s38-56
		{r("Unable to write to the database: disk I/O error"), OutcomeDeferred, CategoryServerError},                                                                                        // s38-57
		{r("Error writing message to mailbox: No space left on device"), OutcomeDeferred, CategoryServerError},                                                                              // s38-58
		{r("procmail: Lock failure on \"/var/mail/jo.lock\""), OutcomeDeferred, CategoryServerError},                                                                                        // s38-59
		{r("procmail: Error while writing to \"/var/mail/jo\""), OutcomeDeferred, CategoryServerError},                                                                                      // s38-60
		{r("Account locked due to too many failed login attempts"), OutcomeBounced, CategoryPolicyRejected},                                                                                 // s38-64
		{r("The recipient's account is locked"), OutcomeBounced, CategoryMailboxDisabled},                                                                                                   // s38-65
		{r("Impossible d'écrire dans la boîte aux lettres : quota dépassé"), OutcomeBounced, CategoryMailboxFull},                                                                           // s38-67
		{r("qmail-queue exited with an error while forwarding to jo@example.net"), OutcomeDeferred, CategoryServerError},                                                                    // s38-69
		{r("Failed to write message: size limit of 25 MB exceeded by 3 MB"), OutcomeBounced, CategoryMessageTooLarge},                                                                       // s38-70
		{r("551 5.1.6 User has moved; please try to deliver to another user <jo@example.net>"), OutcomeBounced, CategoryUserUnknown},                                                        // s38-71
		{r("Cannot deliver to other user jo: no such user"), OutcomeBounced, CategoryUserUnknown},                                                                                           // s38-72
		{r("dmail: can't deliver to other user"), OutcomeBounced, CategoryPolicyRejected},                                                                                                   // s38-75
		{r("STARTTLS was not advertised by mx.example.com, but policy requires TLS"), OutcomeDeferred, CategoryTLSRequired},                                                                 // s38-77
		{r("The recipient could not be processed because the message transfer service is busy; the server will keep trying to deliver this message"), OutcomeDeferred, CategoryServerError}, // s38-80
		{r("------- Failure Reasons -------- User jo@example.net not listed in Domino Directory"), OutcomeBounced, CategoryUserUnknown},                                                     // s38-81
		{r("Unrouteable address"), OutcomeBounced, CategoryDomainNotFound},                                                                                                                  // s38-82
		{r("all relevant MX records point to non-existent hosts"), OutcomeBounced, CategoryDomainNotFound},                                                                                  // s38-83
		{r("Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found"), OutcomeBounced, CategoryDomainNotFound},                                   // s38-84
		{r("Name service error for name=example.com type=MX: Malformed or unexpected name server reply"), OutcomeDeferred, CategoryDomainNotFound},                                          // s38-85
		{r("retry timeout exceeded"), OutcomeBounced, CategoryExpired},                                                                                                                      // s38-88
		{r("retry time not reached for any host after a long failure period"), OutcomeBounced, CategoryExpired},                                                                             // s38-89
		{r("conversation with mx.example.com[192.0.2.1] timed out while receiving the initial server greeting"), OutcomeDeferred, CategoryConnectionFailed},                                 // s38-90
		{r("lost connection with mx.example.com[192.0.2.1] while receiving the initial server greeting"), OutcomeDeferred, CategoryConnectionFailed},                                        // s38-91
		{r("connect to mx.example.com[192.0.2.1]:25: Connection refused"), OutcomeDeferred, CategoryConnectionFailed},                                                                       // s38-92
		{r("Network is unreachable"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                            // s38-93
		{r("Insufficient system storage"), OutcomeDeferred, CategoryServerError},                                                                                                            // s38-94
		{r("Requested action aborted: local error in processing"), OutcomeDeferred, CategoryServerError},                                                                                    // s38-95
		{r("Service not available, closing transmission channel"), OutcomeDeferred, CategoryServerError},                                                                                    // s38-96
		{r("Mailbox busy"), OutcomeDeferred, CategoryServerError},                                                                                                                           // s38-97
		{r("Recipient address rejected: User unknown in local recipient table"), OutcomeBounced, CategoryUserUnknown},                                                                       // s38-98
		{r("No such user here"), OutcomeBounced, CategoryUserUnknown},                                                                                                                       // s38-99
		{r("Daily user sending quota exceeded."), OutcomeBounced, CategoryRateLimited},                                                                                                      // s38-100
		{r("You have reached a limit for sending mail. Your message was not sent."), OutcomeBounced, CategoryRateLimited},                                                                   // s38-101
		{r("Message rejected as spam by Content Filtering."), OutcomeBounced, CategorySpamContent},                                                                                          // s38-102
		{r("Your message was identified as spam and was not delivered"), OutcomeBounced, CategorySpamContent},                                                                               // s38-103
		{r("Greylisted, please come back later"), OutcomeDeferred, CategoryGreylisted},                                                                                                      // s38-105
		{r("Too many connections from your IP"), OutcomeDeferred, CategoryRateLimited},                                                                                                      // s38-106
		{r("The mailbox database is temporarily unavailable"), OutcomeDeferred, CategoryServerError},                                                                                        // s38-107
		{r("Sender address rejected: Domain not found"), OutcomeBounced, CategoryPolicyRejected},                                                                                            // s38-108
		{r("Remote server returned message detected as spam -> 554 5.7.1 Message rejected"), OutcomeBounced, CategorySpamContent},                                                           // s38-109
	})
}
