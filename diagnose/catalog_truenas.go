package diagnose

// trueNASMessages are TrueNAS middleware's messages about an e-mail it
// could not send, for a cause they name (src/middlewared/middlewared/
// plugins/mail/send.py, smtp.py and outlook.py of truenas/middleware at
// 208e78e8b05a, which batch CW cites; line numbers below). The
// middleware raises them as CallError, in English only (the repository
// holds no translation of them), and the web UI shows the text;
// mail.send queues the message again when asked to (send.py L191).
//
// The login refused, the outgoing server unreachable or its name
// unknown, its TLS or AUTH not what the settings ask for are about the
// server of the account TrueNAS sends with (own). "Failed to send email:
// {e}" (send.py L195) names no cause: its {e} is smtplib's exception,
// a reply tuple the rules read (cw-033, cw-034, cw-045), or an OS or
// smtplib error of fixed words: those that name a cause are here, each
// in the line (Python's own texts on Linux, where TrueNAS runs).
//
// Left out: "You must provide an outgoing mailserver and mail server
// port when sending mail", "None of the local administrators has an
// e-mail address configured", "OAuth is not configured" and "GMail
// service is not initialized" (settings: no server was asked); the
// Gmail API's RefreshError (no fixed text). Batch CW cw-032..036,
// cw-045.
var trueNASMessages = []catalogMessage{
	// send.py L179: smtplib.SMTPAuthenticationError. 535 refuses the credentials, 534 the
	// mechanism or asks for an app password (policy_rejected by the SMTP AUTH
	// convention); the other codes are left to the rules (cw-032).
	{own: true, key: "Authentication error ({e.smtp_code}): {e.smtp_error!r}", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Authentication error (535): %s", // en
		"Authentication error (534): %s", // en
	}},
	// send.py L179 with RFC 4954's temporary authentication failure (the server's, by
	// the SMTP AUTH convention).
	{own: true, key: "Authentication error (454): {e.smtp_error!r}", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"Authentication error (454): %s", // en
	}},
	// outlook.py L52: the token refused after a refresh; a reply code the rules
	// find (535, 4xx) is read from the reply, a 334 challenge is the refusal.
	{own: true, key: "Outlook XOAUTH2 failed: %r %r", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Outlook XOAUTH2 failed: %s %s", // en
	}},
	// send.py L195: the outgoing server's name does not resolve (cw-035): the
	// client's own server, by the README's convention.
	{own: true, key: "Failed to send email: {e} (socket.gaierror)", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"Failed to send email: [Errno -2] Name or service not known",            // en
		"Failed to send email: [Errno -3] Temporary failure in name resolution", // en
		"Failed to send email: [Errno -5] No address associated with hostname",  // en
	}},
	// send.py L195: no connection to the outgoing server, or one it dropped (cw-036).
	{own: true, key: "Failed to send email: {e} (OSError, smtplib.SMTPServerDisconnected)", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Failed to send email: [Errno 111] Connection refused",       // en
		"Failed to send email: [Errno 110] Connection timed out",     // en
		"Failed to send email: [Errno 113] No route to host",         // en
		"Failed to send email: [Errno 101] Network is unreachable",   // en
		"Failed to send email: [Errno 104] Connection reset by peer", // en
		"Failed to send email: timed out",                            // en
		"Failed to send email: Connection unexpectedly closed",       // en
	}},
	// send.py L195, smtp.py L38: security TLS and no STARTTLS offered: the client's
	// own TLS demand.
	{own: true, key: "Failed to send email: {e} (smtplib.SMTPNotSupportedError, starttls)", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"Failed to send email: STARTTLS extension not supported by server.", // en
	}},
	// send.py L195, smtp.py L46: SMTP authentication is on and the server offers no
	// AUTH, or none of smtplib's mechanisms (syntax_error by the SMTP AUTH
	// convention: the client's setting does not fit the server's EHLO list).
	{own: true, key: "Failed to send email: {e} (smtplib login)", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Failed to send email: SMTP AUTH extension not supported by server.", // en
		"Failed to send email: No suitable authentication method found.",     // en
	}},
	// send.py L92: the same channel's message within its interval: the
	// middleware's own throttle; the message is dropped.
	{key: "This message was already sent in the given interval", category: CategoryRateLimited, outcome: OutcomeBounced, texts: []string{
		"This message was already sent in the given interval", // en
	}},
	// send.py L116: its own size limit on attachments; the message is not sent.
	{key: "Attachments bigger than 50MB not allowed yet", category: CategoryMessageTooLarge, outcome: OutcomeBounced, texts: []string{
		"Attachments bigger than 50MB not allowed yet", // en
	}},
}
