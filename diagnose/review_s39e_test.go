package diagnose

import "testing"

// TestReviewS39ENearMisses: near misses of batch CH's catalogue and rules
// that review S39E (helper-214, /work/notes/s39/review5/report.md of the
// session) wrote against their first version (9aa1ac7), where 21 of its
// 96 probes regressed: BouncedMailManager's "%s: <reason>" lines matched
// any text ending in one of its reasons ("Temporary failure: Internal
// error", "Sender address rejected: Account inactive"), and their
// outcome outranked a class-4 status; a TLS certificate's "signature
// verification failed" read as DKIM's. The catalogue's lines now need an
// address where the program puts one. These are the probes the narrowed
// rules answer right. Left out, wrong now: s39e-17, 18, 21, 22, 25, 29,
// 38, 40, 44, 51, 67, 77 (12 of the 96; none answered better before
// CH's rules), and s39e-42, which the classifier answers right only with
// its model. Their phrasings do not train the model.
func TestReviewS39ENearMisses(t *testing.T) {
	runKinds(t, "review S39E near misses", []kindCase{
		{r("jdoe@example.com: Mailbox full"), OutcomeBounced, CategoryMailboxFull},                                                                                     // s39e-01
		{r("jdoe@example.com: Delivery delayed"), OutcomeDeferred, CategoryConnectionFailed},                                                                           // s39e-02
		{r("jdoe@example.com: Error interno"), OutcomeBounced, CategoryServerError},                                                                                    // s39e-03
		{r("jdoe@example.com: Compte inactif"), OutcomeBounced, CategoryMailboxDisabled},                                                                               // s39e-04
		{r("jdoe@example.com: DNS desconocido"), OutcomeBounced, CategoryDomainNotFound},                                                                               // s39e-05
		{r("jdoe@example.com: تم رفض البريد بسبب المحتوى"), OutcomeBounced, CategorySpamContent},                                                                       // s39e-06
		{r("jdoe@example.com: User not found"), OutcomeBounced, CategoryUserUnknown},                                                                                   // s39e-07
		{r("Temporary internal error"), OutcomeDeferred, CategoryServerError},                                                                                          // s39e-08
		{r("4.3.0 Internal error"), OutcomeDeferred, CategoryServerError},                                                                                              // s39e-09
		{r("Temporary failure: Internal error"), OutcomeDeferred, CategoryServerError},                                                                                 // s39e-10
		{r("Local delivery failed: internal error"), OutcomeDeferred, CategoryServerError},                                                                             // s39e-11
		{r("dovecot-lda: Fatal: Internal error"), OutcomeDeferred, CategoryServerError},                                                                                // s39e-12
		{r("SMTP Error: Internal error"), OutcomeDeferred, CategoryServerError},                                                                                        // s39e-13
		{r("SMTP server error: Erreur interne"), OutcomeDeferred, CategoryServerError},                                                                                 // s39e-14
		{r("Erreur temporaire : Erreur interne"), OutcomeDeferred, CategoryServerError},                                                                                // s39e-15
		{r("Error temporal: Error interno"), OutcomeDeferred, CategoryServerError},                                                                                     // s39e-16
		{r("Warning: Delivery delayed"), OutcomeDeferred, CategoryOther},                                                                                               // s39e-19
		{r("Message delivery delayed"), OutcomeDeferred, CategoryOther},                                                                                                // s39e-20
		{r("Sender address rejected: Account inactive"), OutcomeBounced, CategoryPolicyRejected},                                                                       // s39e-23
		{r("SMTP AUTH failed: Compte inactif"), OutcomeBounced, CategoryPolicyRejected},                                                                                // s39e-24
		{r("Sender verify failed: User not found"), OutcomeBounced, CategoryPolicyRejected},                                                                            // s39e-26
		{r("Sender domain: DNS unknown"), OutcomeBounced, CategoryPolicyRejected},                                                                                      // s39e-27
		{r("4.2.2 Mailbox full"), OutcomeDeferred, CategoryMailboxFull},                                                                                                // s39e-28
		{r("Final-Recipient: rfc822; jdoe@example.com\nAction: delayed\nStatus: 4.2.2\nDiagnostic-Code: X-Local; Mailbox full"), OutcomeDeferred, CategoryMailboxFull}, // s39e-30
		{r("Final-Recipient: rfc822; jdoe@example.com\nAction: failed\nStatus: 5.3.0\nDiagnostic-Code: X-Local; Internal error"), OutcomeBounced, CategoryServerError}, // s39e-31
		{r("Reason: Account inactive"), OutcomeBounced, CategoryMailboxDisabled},                                                                                       // s39e-32
		{r("Mailbox full"), OutcomeBounced, CategoryMailboxFull},                                                                                                       // s39e-33
		{r("jdoe@example.com: Blocked by anti-spam"), OutcomeBounced, CategorySpamContent},                                                                             // s39e-34
		{r("lmtp(jdoe@example.com): Temporary internal error"), OutcomeDeferred, CategoryServerError},                                                                  // s39e-35
		{r("550 5.7.1 DKIM: failed to verify the signature for example.com"), OutcomeBounced, CategoryAuthenticationFailed},                                            // s39e-36
		{r("554 5.7.1 Could not verify the signature: DKIM body hash mismatch"), OutcomeBounced, CategoryAuthenticationFailed},                                         // s39e-37
		{r("550 Message rejected: PGP signature verification failed"), OutcomeBounced, CategoryPolicyRejected},                                                         // s39e-39
		{r("TLS handshake with mx.example.com failed: server key exchange signature verification failed"), OutcomeDeferred, CategoryConnectionFailed},                  // s39e-41
		{r("STARTTLS failed: certificate signature verification failed"), OutcomeDeferred, CategoryTLSRequired},                                                        // s39e-43
		{r("550 5.7.1 BATV signature verification failed for bounce to <prvs=1234abcd=jo@example.org>"), OutcomeBounced, CategoryPolicyRejected},                       // s39e-45
		{r("535 5.7.8 SCRAM: server signature verification failed"), OutcomeBounced, CategoryPolicyRejected},                                                           // s39e-46
		{r("451 4.7.5 DKIM signature verification failed: DNS timeout"), OutcomeDeferred, CategoryAuthenticationFailed},                                                // s39e-47
		{r("550 5.7.1 ARC signature verification failed"), OutcomeBounced, CategoryAuthenticationFailed},                                                               // s39e-48
		{r("550 5.6.0 Message signature verification failed: message was modified in transit"), OutcomeBounced, CategoryAuthenticationFailed},                          // s39e-49
		{r("554 5.7.1 Unable to verify the signature: DKIM key not found in DNS"), OutcomeBounced, CategoryAuthenticationFailed},                                       // s39e-50
		{r("503 5.5.1 Authorization required for this command"), OutcomeBounced, CategoryPolicyRejected},                                                               // s39e-52
		{r("530 5.7.0 Authorization required for relaying"), OutcomeBounced, CategoryPolicyRejected},                                                                   // s39e-53
		{r("554 5.7.1 Authorization is required for sending to this list"), OutcomeBounced, CategoryPolicyRejected},                                                    // s39e-54
		{r("454 4.7.0 Authorization required for relay: temporary authentication failure"), OutcomeDeferred, CategoryServerError},                                      // s39e-55
		{r("530 Authorization required for sender <ceo@example.com>"), OutcomeBounced, CategoryPolicyRejected},                                                         // s39e-56
		{r("550 5.7.1 Client host rejected: authorization required for clients outside our network"), OutcomeBounced, CategoryPolicyRejected},                          // s39e-57
		{r("503 Error: authorisation is required for local senders"), OutcomeBounced, CategoryPolicyRejected},                                                          // s39e-58
		{r("530 5.7.0 Must issue a STARTTLS command first. Authorization required for clear-text AUTH"), OutcomeBounced, CategoryTLSRequired},                          // s39e-59
		{r("538 5.7.11 Encryption required: authorization required for requested authentication mechanism"), OutcomeBounced, CategoryTLSRequired},                      // s39e-60
		{r("550 5.7.1 Authorization required for relaying: SPF check failed for example.com"), OutcomeBounced, CategoryAuthenticationFailed},                           // s39e-61
		{r("554 5.7.1 <jo@example.com>: Recipient address rejected: Authorization required for external senders"), OutcomeBounced, CategoryPolicyRejected},             // s39e-62
		{r("421 4.7.0 Authorization required for this IP, closing connection"), OutcomeDeferred, CategoryPolicyRejected},                                               // s39e-63
		{r("450 4.1.1 <jo@example.com>: Recipient address rejected: unverified address: user database unavailable"), OutcomeDeferred, CategoryServerError},             // s39e-64
		{r("451 4.3.0 <jo@example.com>: recipient verification failed: user database unavailable"), OutcomeDeferred, CategoryServerError},                              // s39e-65
		{r("450 4.7.1 Greylisting database unavailable, please try again later"), OutcomeDeferred, CategoryServerError},                                                // s39e-66
		{r("550 5.7.1 Sender rejected: could not connect to database"), OutcomeBounced, CategoryServerError},                                                           // s39e-68
		{r("Could not connect to the database"), OutcomeDeferred, CategoryServerError},                                                                                 // s39e-69
		{r("mysql: could not connect to the database server: Connection refused"), OutcomeDeferred, CategoryServerError},                                               // s39e-70
		{r("451 Database server did not respond"), OutcomeDeferred, CategoryServerError},                                                                               // s39e-71
		{r("451 Failed to connect to database"), OutcomeDeferred, CategoryServerError},                                                                                 // s39e-72
		{r("451 Unable to connect to database"), OutcomeDeferred, CategoryServerError},                                                                                 // s39e-73
		{r("451 Database connection timed out"), OutcomeDeferred, CategoryServerError},                                                                                 // s39e-74
		{r("550 Database not reachable"), OutcomeBounced, CategoryServerError},                                                                                         // s39e-75
		{r("530 Authorization Error: Database did not answer"), OutcomeBounced, CategoryServerError},                                                                   // s39e-76
		{r("421 Database did not respond in time, closing connection"), OutcomeDeferred, CategoryServerError},                                                          // s39e-78
		{r("554 Transaction failed: database connection failed"), OutcomeBounced, CategoryServerError},                                                                 // s39e-79
		{r("452 4.2.2 Quota database unavailable, try later"), OutcomeDeferred, CategoryServerError},                                                                   // s39e-80
		{r("451 4.3.0 SpamAssassin: Bayes database unavailable"), OutcomeDeferred, CategoryServerError},                                                                // s39e-81
		{r("550 5.7.1 Your IP 192.0.2.7 is listed in our blacklist database"), OutcomeBounced, CategoryBlocklisted},                                                    // s39e-82
		{r("451 Could not connect to LDAP server"), OutcomeDeferred, CategoryServerError},                                                                              // s39e-83
		{r("451 LDAP server did not respond"), OutcomeDeferred, CategoryServerError},                                                                                   // s39e-84
		{r("432 4.3.2 STOREDRV.Deliver; mailbox database is unavailable"), OutcomeDeferred, CategoryServerError},                                                       // s39e-85
		{r("Database unavailable"), OutcomeDeferred, CategoryServerError},                                                                                              // s39e-86
		{r("5.3.0 Database connection failed"), OutcomeBounced, CategoryServerError},                                                                                   // s39e-87
		{r("451 4.3.0 Recipient lookup failed: could not connect to database server at 10.0.0.5:3306"), OutcomeDeferred, CategoryServerError},                          // s39e-88
		{r("451 Requested action aborted: could not connect to the database (connection refused)"), OutcomeDeferred, CategoryServerError},                              // s39e-89
		{r("550 5.1.1 <jo@example.com>: Recipient address rejected: User unknown in virtual mailbox table"), OutcomeBounced, CategoryUserUnknown},                      // s39e-90
		{r("Rcpt To:<jo@example.com>: reject temporarily for incompatible whitelists"), OutcomeDeferred, CategoryOther},                                                // s39e-91
		{r("452 4.5.3 reject temporarily for incompatible whitelists (see https://www.dcc-servers.net/dcc/)"), OutcomeDeferred, CategoryOther},                         // s39e-92
		{r("result: reject temporarily for DCC threshold conflict"), OutcomeDeferred, CategoryOther},                                                                   // s39e-93
		{r("jo@example.com: Inbox not accepting messages right now"), OutcomeBounced, CategoryExpired},                                                                 // s39e-94
		{r("Status: temporary-failure (Inbox not accepting messages right now)"), OutcomeBounced, CategoryExpired},                                                     // s39e-95
		{r("Email address doesn’t exist"), OutcomeBounced, CategoryUserUnknown},                                                                                        // s39e-96
	})
}
