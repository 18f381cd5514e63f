package diagnose

import "testing"

// The kinds behind batch AU's misses (testdata/README.md), fixed after it
// was scored once. Hosts and addresses are made up; each line says where
// its wording comes from or that it was written for the test.
func TestKindBatchAU(t *testing.T) {
	runKinds(t, "a count of attempts that all failed is the sending MTA giving up", []kindCase{
		{r("Failed four Attempts to connect to recipients mail server"), OutcomeBounced, CategoryExpired},                                                                     // SmarterMail, blindau-0009
		{r("Failed all attempts to connect to the recipients mail server. Attempted to send the message to the following ip's: 192.0.2.41"), OutcomeBounced, CategoryExpired}, // SmarterMail, blindau-0010
		{r("All delivery attempts have failed for bob@example.org"), OutcomeBounced, CategoryExpired},                                                                         // written for the test
		{r("All attempts to deliver to mx.example.org failed: connection refused"), OutcomeBounced, CategoryExpired},                                                          // written for the test
		// a warning that attempts go on stays a deferral
		{r("Delivery to bob@example.org has been delayed: all attempts to connect so far failed, will retry"), OutcomeDeferred, CategoryConnectionFailed}, // written for the test
	})
	runKinds(t, "a delivery status notification's action is the outcome, whatever code its diagnostic quotes (RFC 3464 §2.3.3)", []kindCase{
		{r("These recipients of your message have been processed by the mail server: tizio@example.it; Failed; 5.2.2 (mailbox full) Remote MTA ims1c.cp.tin.it: SMTP diagnostic: 443 RCPT TO:<tizio@example.it> Mailbox disk quota exceeded"), OutcomeBounced, CategoryMailboxFull}, // Openwave InterMail (TIN), blindau-0028
		{r("Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full"), OutcomeBounced, CategoryMailboxFull},                                                                                                                                                    // written for the test
		{r("Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: smtp; 421 4.4.1 Connection timed out"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                                                     // written for the test
		{r("bob@example.it; Delayed; 4.4.1 (no answer from host)"), OutcomeDeferred, CategoryConnectionFailed},                                                                                                                                                                      // written for the test
		{r("bob@example.it; Failed; 5.1.1 (bad destination mailbox address)"), OutcomeBounced, CategoryUserUnknown},                                                                                                                                                                 // written for the test
	})
	runKinds(t, "the recipient domain's storage, and mail said full in Spanish, are the recipient's quota", []kindCase{
		{r("Reason: The domain size limit has been exceeded"), OutcomeBounced, CategoryMailboxFull},       // SmarterMail, blindau-0011
		{r("452 4.2.2 Domain disk quota exceeded for example.org"), OutcomeDeferred, CategoryMailboxFull}, // written for the test
		{r("correo lleno"), OutcomeBounced, CategoryMailboxFull},                                          // a Spanish hoster's list, blindau-0036
		{r("552 5.2.2 La casilla de correo está llena"), OutcomeBounced, CategoryMailboxFull},             // written for the test
		// the message's size stays its size
		{r("552 5.3.4 Message size exceeds the size limit of this server"), OutcomeBounced, CategoryMessageTooLarge}, // written for the test
	})
}
