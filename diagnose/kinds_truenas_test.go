package diagnose

import "testing"

// TestKindTrueNASKinds holds TrueNAS middleware's mail messages
// (trueNASMessages; batch CW cw-032..036, cw-045) with replies and
// errors batch CW did not hold: the login refused (535, 534), refused
// for now (454) and Outlook's XOAUTH2 refused with a 334 challenge;
// smtplib's and the OS's errors in "Failed to send email: …" (the name
// unknown, no route, a dropped connection, STARTTLS or AUTH not offered,
// no mechanism in common); the middleware's own interval and attachment
// limits. Near misses: a login refused with another code and Outlook's
// refusal with a reply code are read from the reply. Their phrasings do
// not train the model (kindsUntrained).
func TestKindTrueNASKinds(t *testing.T) {
	runKinds(t, "TrueNAS kinds", []kindCase{
		// 1. the login refused
		{r("Authentication error (535): b'5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR02CA0001.eurprd02.prod.outlook.com 2026-05-04T10:12:33.123Z 08DD8A1B2C3D4E5F]'"), OutcomeBounced, CategoryPolicyRejected},
		{r("Authentication error (535): b'Incorrect authentication data'"), OutcomeBounced, CategoryPolicyRejected},
		{r("Authentication error (534): b'5.7.9 Application-specific password required. Learn more at\\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor d75a77b69052e-4b0a1c2f3e4sm1234567cf.12 - gsmtp'"), OutcomeBounced, CategoryPolicyRejected},
		{r("Authentication error (454): b'4.7.0 Temporary authentication failure'"), OutcomeDeferred, CategoryServerError},
		{r("Outlook XOAUTH2 failed: 334 b'eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIn0='"), OutcomeBounced, CategoryPolicyRejected},

		// 2. smtplib's and the OS's errors in the line
		{r("Failed to send email: [Errno -3] Temporary failure in name resolution"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Failed to send email: [Errno -5] No address associated with hostname"), OutcomeDeferred, CategoryDomainNotFound},
		{r("Failed to send email: [Errno 113] No route to host"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Failed to send email: Connection unexpectedly closed"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Failed to send email: STARTTLS extension not supported by server."), OutcomeDeferred, CategoryTLSRequired},
		{r("Failed to send email: SMTP AUTH extension not supported by server."), OutcomeBounced, CategorySyntaxError},
		{r("Failed to send email: No suitable authentication method found."), OutcomeBounced, CategorySyntaxError},

		// 3. the middleware's own limits
		{r("This message was already sent in the given interval"), OutcomeBounced, CategoryRateLimited},
		{r("Attachments bigger than 50MB not allowed yet"), OutcomeBounced, CategoryMessageTooLarge},

		// 4. near misses: the code the rules read decides
		{r("Authentication error (530): b'5.7.0 Must issue a STARTTLS command first. d75a77b69052e-4b0a1c2f3e4sm1234567cf.12 - gsmtp'"), OutcomeDeferred, CategoryTLSRequired},
		{r("Outlook XOAUTH2 failed: 535 b'5.7.3 Authentication unsuccessful [AM0PR02CA0001.eurprd02.prod.outlook.com]'"), OutcomeBounced, CategoryPolicyRejected},
		{r("Failed to send email: (552, b'5.3.4 Message size exceeds fixed limit', '[sender redacted]')"), OutcomeBounced, CategoryMessageTooLarge},
	})
}
