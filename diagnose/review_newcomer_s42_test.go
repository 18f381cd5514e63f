package diagnose

import "testing"

// TestNewcomerS42Kinds: near misses of session 42's classifier changes
// that the newcomer review of S42 (/work/notes/s42/newcomer/report.md)
// found: Exim's "** " and "== " wrappers needing an address (needAddr)
// dropped the log lines of pipe and file deliveries, whose target is the
// command or path before the parent address in angle brackets, and a
// pipe's or a mailbox file's failure read as deferred (N1); a held rule
// kept deferred a message whose text says it "was returned" or
// "bounced" (N2); the Rust lookup rule (da-008) lacked the MX host
// vetoes of the other held lookup rules (N3); Moodle's generic "couldn't
// communicate with your mail server" outranked a reply quoted beside it
// (N4); batches DA's and DB's settled transport, relay and syntax rules
// took a coded reply that names another cause (N5); PHPMailer's frame was
// stripped once only (N6). The controls are the batches' own kinds.
// Their phrasings do not train the model (kindsUntrained).
func TestNewcomerS42Kinds(t *testing.T) {
	checkKinds(t, "newcomer review S42", []kindCase{
		// N1: pipe and file deliveries in Exim's log
		{r("** |/usr/local/bin/ticket.sh <support@example.com> R=system_aliases T=address_pipe: Child process of address_pipe transport returned 1 from command: /usr/local/bin/ticket.sh"), OutcomeBounced, CategoryServerError},
		{r("** /var/mail/jdoe <jdoe@example.com> R=localuser T=local_delivery: mailbox is full (MTA-imposed quota exceeded while writing to /var/mail/jdoe)"), OutcomeBounced, CategoryMailboxFull},
		{r("== /var/mail/jdoe <jdoe@example.com> R=localuser T=local_delivery defer (-22): mailbox is full (MTA-imposed quota exceeded while writing to /var/mail/jdoe)"), OutcomeDeferred, CategoryMailboxFull},
		{r("** (MatchError) no match of right hand side value: {:error, :timeout}"), OutcomeDeferred, CategoryConnectionFailed}, // control: da-005's kind
		{r("** jdoe@example.com R=dnslookup: Unrouteable address"), OutcomeBounced, CategoryDomainNotFound},                     // control
		// N2: a held rule's text that says the message came back
		{r("Failed to send email: [Errno -2] Name or service not known. The message was returned."), OutcomeBounced, CategoryDomainNotFound},
		{r("Failed to send email: [Errno -2] Name or service not known. Message bounced."), OutcomeBounced, CategoryDomainNotFound},
		{r("Error: getaddrinfo ENOTFOUND smtp.example.com. The message was returned."), OutcomeBounced, CategoryDomainNotFound},
		{r("Failed to send email: [Errno -2] Name or service not known"), OutcomeDeferred, CategoryDomainNotFound}, // control
		// N3: the recipient's MX in Rust's lookup error
		{r("Connection error: failed to lookup address information: Name or service not known for mx1.example.org"), OutcomeBounced, CategoryDomainNotFound},
		{r("Connection error: failed to lookup address information: Name or service not known (gmail-smtp-in.l.google.com)"), OutcomeBounced, CategoryDomainNotFound},
		{r("Connection error: failed to lookup address information: Name or service not known"), OutcomeDeferred, CategoryDomainNotFound}, // control: da-008's kind
		// N4: Moodle's words beside a reply
		{r("Your site couldn't communicate with your mail server: 550 5.1.1 user unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("Your site couldn't communicate with your mail server. Please check your outgoing mail configuration."), OutcomeDeferred, CategoryConnectionFailed}, // control: db-018's kind
		// N5: DA's and DB's settled rules and a coded reply naming another cause
		{r("421 4.7.0 Timeout was reached waiting for the rate limiter, too many connections from your IP"), OutcomeDeferred, CategoryRateLimited},
		{r("550 5.7.1 Timeout was reached; client host [192.0.2.1] blocked using zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
		{r("451 4.3.0 failed to connect to the database (os error 11)"), OutcomeDeferred, CategoryServerError},
		{r("554 5.7.1 Relay service denied: recipient address rejected, user unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("554 5.7.1 relay service denied for IP 192.0.2.1 which is listed on zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
		{r("552 5.2.2 Mailbox full: empty message. quota exceeded"), OutcomeBounced, CategoryMailboxFull},
		{r("Error in curl_fetch_memory(url, handle = handle) : Timeout was reached"), OutcomeDeferred, CategoryConnectionFailed}, // control: da-030's kind
		{r("network error: Resource temporarily unavailable (os error 11)"), OutcomeDeferred, CategoryConnectionFailed},          // control: db-010's kind
		// N6: the frame twice
		{r("Mailer Error: Mailer Error: SMTP Error: Could not authenticate."), OutcomeBounced, CategoryPolicyRejected},
		{r("Message could not be sent. Mailer Error: SMTP Error: Could not authenticate."), OutcomeBounced, CategoryPolicyRejected}, // control
	})
}
