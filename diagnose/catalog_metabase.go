package diagnose

// metabaseMessages are Metabase's messages for the SMTP server it sends
// with (src/metabase/channel/api/email.clj of metabase/metabase at
// 027b894c1a6b, which batch CP cites): humanize-error-messages maps
// JavaMail's "Unknown SMTP host" and "Could not connect to SMTP host" to
// "Wrong host or port" on the host and port fields of the SMTP settings
// (PUT /api/email, which tests the connection before it saves them) and
// the answer of POST /api/email/test, which also gives it when host or
// port is unset; Mandrill's and JavaMail's authentication failures to
// "Wrong username or password". Both are literal English strings, never
// wrapped in tru or deferred-tru (nor in the two earlier versions of
// src/metabase/api/email.clj read), so locales/*.po, which hold the
// strings the i18n extractor finds in tru, trs and the frontend's t“, do
// not translate them: English only.
//
// Both are about the server of the account Metabase sends with (own): it
// could not connect (cp-033: connection_failed, retried: deferred; an
// unknown host is among its causes, which the text does not tell apart)
// or its login was refused (policy_rejected, bounced, by the README's
// SMTP AUTH convention).
//
// Left out: "Sorry, something went wrong. Please try again. Error: "
// followed by the exception chain's messages (the cause is in what
// follows, which the rules read) and "{0} was autocorrected to {1}" (a
// setting corrected, not a failure). Batch CP cp-033.
var metabaseMessages = []catalogMessage{
	{own: true, key: "Wrong host or port", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Wrong host or port",
	}},
	{own: true, key: "Wrong username or password", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Wrong username or password",
	}},
}
