package diagnose

// jenkinsMessages are the messages of Jenkins' two mail plugins about a
// mail they did not send, for a cause they name. The Mailer plugin
// (jenkinsci/mailer-plugin at 970812133c31, which batch CR cites;
// src/main/resources/jenkins/plugins/mailer/tasks/i18n/Messages*.properties
// in every language it ships: English and bg, da, de, es, fr, it, ja, lt,
// nl, pt_BR, ru, sr, tr, zh_TW, a key a locale lacks shown in English):
// the SMTP server field's check that its name resolves
// (Mailer.Unknown.Host.Name + the host, doCheckSmtpHost; en, da, de, es,
// it, ja, pt_BR, zh_TW translate it); the test mail refused in FIPS mode
// when authentication is on without TLS or SSL (Mailer.InsecureAuthError,
// English only); and the build log's notes on a recipient Jenkins will
// not mail, an unregistered user or one without permission to see the
// build (MailSender.unknown_user, user_without_read; en and it). The
// Email Extension plugin (jenkinsci/email-ext-plugin at a71e9f4cfe1e,
// which batch CR cites) writes its send failures to the build log in
// English only (ExtendedEmailPublisher.java; its three
// Messages*.properties hold none): the login refused, the SMTP dialogue
// broken, a socket or connection error or a 4xx reply retried once after
// 10 s, the second failure after which it gives up, its own throttle,
// and an account whose login would go unencrypted in FIPS mode.
// Jenkins' listener.error() puts "ERROR: " before a line; both forms are
// here. MessageFormat's {0} is written %s and its ” one quote; the
// Italian file's "\ufffd" (for "è") is kept as shipped.
//
// Own (the server of the account Jenkins sends with): the SMTP host
// whose name does not resolve (domain_not_found, deferred, the README's
// client convention), no or a broken connection (connection_failed,
// deferred; cr-038, cr-039), the refused login (policy_rejected, bounced,
// the SMTP AUTH convention; cr-037), TLS required for the login
// (tls_required, deferred, as the client's own TLS demand), a transient
// 4xx (server_error, deferred), the plugin's throttle (rate_limited; the
// mail is dropped: bounced). The retry that failed again is expired,
// bounced (cr-035). A recipient Jenkins will not mail is its own rule:
// policy_rejected, bounced.
//
// Left out: Mailer.FailedToSendEmail ("Failed to send out e-mail") and
// email-ext's "Unexpected error while sending email." and "Email sending
// failed. Please check Jenkins system log for details." (no cause; the
// first heads the exception chain, whose reply is the cause: cr-012..014),
// "Email sending failed due to invalid recipient address." (JavaMail's
// SendFailedException: any refused recipient, an unknown user, a relay
// denial or a syntax error alike), MailSender.NoAddress (a Jenkins user
// without an address: no mail was addressed), "Mail account has invalid
// from address" and "... invalid SMTP server" (a setting left empty: no
// server was asked), Mailer.InsecureAuthWarning (a warning; the mail is
// sent). Batch CR cr-012..015, cr-035..039.
var jenkinsMessages = []catalogMessage{
	// Mailer.Unknown.Host.Name (Mailer.java L660): the SMTP server field.
	{own: true, word: true, key: "Mailer.Unknown.Host.Name", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"Unknown host name: %s",           // en
		"Ukendt værtsnavn: %s",            // da
		"Unbekannter Host: %s",            // de
		"Nombre de Host desconocido: %s",  // es
		"Nome host sconosciuto: %s",       // it
		"不明なホスト名です。: %s",                  // ja
		"Nome de host não localizado: %s", // pt_BR
		"不明的主機名稱: %s",                     // zh_TW
	}},
	// Mailer.InsecureAuthError (L699, L727) and email-ext's account check
	// (ExtendedEmailPublisher.java L747).
	{own: true, key: "Mailer.InsecureAuthError", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"Authentication requires either TLS or SSL to be enabled",
		"Mail account uses insecure authentication",
	}},
	// MailSender.java L491, L483.
	{word: true, key: "MailSender.unknown_user", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Not sending mail to unregistered user %s",            // en
		"Non invio un messaggio all'utente non registrato %s", // it
	}},
	{key: "MailSender.user_without_read", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Not sending mail to user %s with no permission to view %s",                         // en
		"Non invio un messaggio all'utente %s perch� non ha il permesso di visualizzare %s", // it
	}},
	// email-ext L916: AuthenticationFailedException.
	{own: true, key: "SMTP authentication failed. Check mail credentials.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"SMTP authentication failed. Check mail credentials.",
		"ERROR: SMTP authentication failed. Check mail credentials.",
	}},
	// email-ext L923: any other MessagingException (cr-038 ends the dialogue
	// with [EOF]); L815, L868: a socket or connection error, retried.
	{own: true, key: "SMTP communication error while sending email.", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"SMTP communication error while sending email.",
		"ERROR: SMTP communication error while sending email.",
		"Socket error sending email, retrying once more in 10 seconds...",
		"Connection error sending email, retrying once more in 10 seconds...",
	}},
	// email-ext L815, L868: a 4xx reply (isTransientSmtpError), retried.
	{own: true, key: "Transient SMTP error sending email, retrying once more in 10 seconds...", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"Transient SMTP error sending email, retrying once more in 10 seconds...",
	}},
	// email-ext L892: the retry failed too; the plugin stops (cr-035).
	{key: "Failed after second try sending email", category: CategoryExpired, outcome: OutcomeBounced, texts: []string{
		"Failed after second try sending email",
		"Transient SMTP error sending email, retrying once more in 10 seconds...\nFailed after second try sending email",
		"Socket error sending email, retrying once more in 10 seconds...\nFailed after second try sending email",
		"Connection error sending email, retrying once more in 10 seconds...\nFailed after second try sending email",
	}},
	// email-ext L768: the plugin's own throttle; the mail is not sent.
	{own: true, key: "Could not send email. Throttling limit exceeded.", category: CategoryRateLimited, outcome: OutcomeBounced, texts: []string{
		"Could not send email. Throttling limit exceeded.",
	}},
}
