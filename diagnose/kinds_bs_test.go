package diagnose

import "testing"

// TestKindBSKinds holds the kinds batch BS found (session 35, scored
// blind after BR's fixes: 40/59 category, 46/59 outcome): mostly what
// sending libraries and a local delivery command's exit status write
// themselves, each kind with phrasings BS did not hold and near misses.
// Like the other probes' of this session, their phrasings do not train
// the model (kindsUntrained).
func TestKindBSKinds(t *testing.T) {
	runKinds(t, "BS kinds", []kindCase{
		// 1. TLS demanded, no STARTTLS offered (bs-015, 027, 032, 035)
		{r("System.NotSupportedException: The SMTP server does not support the STARTTLS extension."), OutcomeDeferred, CategoryTLSRequired},
		{r("System.Net.Mail.SmtpException: Server does not support secure connections."), OutcomeDeferred, CategoryTLSRequired},
		{r("Net::SMTPUnsupportedCommand: STARTTLS is not supported on this server"), OutcomeDeferred, CategoryTLSRequired},
		{r("smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server."), OutcomeDeferred, CategoryTLSRequired},
		{r("Error: the server does not support STARTTLS"), OutcomeDeferred, CategoryTLSRequired},
		// another extension the server lacks stays the argument's syntax
		{Input{Code: 550, Response: "550 Unsupported ESMTP extension: XFORWARD"}, OutcomeBounced, CategorySyntaxError},

		// 2. a certificate refused inside a library's handshake error
		// (bs-016, 024, 039)
		{r("MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection. The host name (smtp.example.com) did not match the name given in the server's SSL certificate."), OutcomeDeferred, CategoryTLSRequired},
		{r("javax.mail.MessagingException: Could not convert socket to TLS; nested exception is: javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target"), OutcomeDeferred, CategoryTLSRequired},
		{r("Unable to connect with STARTTLS: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: error:0A000086:SSL routines::certificate verify failed"), OutcomeDeferred, CategoryTLSRequired},
		// a handshake that broke with no certificate named stays the
		// connection
		{r("MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection."), OutcomeDeferred, CategoryConnectionFailed},

		// 3. the SMTP host's name not resolved by the client (bs-017,
		// 023, 028, 040): DNS, returned as the sets label code-less
		// lookup failures
		{r("System.IO.IOException: Failed to resolve host: smtp.example.com"), OutcomeDeferred, CategoryDomainNotFound},
		{r("javax.mail.MessagingException: Unknown SMTP host: smtp.example.com; nested exception is: java.net.UnknownHostException: smtp.example.com"), OutcomeDeferred, CategoryDomainNotFound},
		{r("System.Net.Mail.SmtpException: The SMTP host was not found."), OutcomeDeferred, CategoryDomainNotFound},
		{r("Connection could not be established with host \"smtp.example.com:25\": stream_socket_client(): php_network_getaddresses: getaddrinfo for smtp.example.com failed: Name or service not known"), OutcomeDeferred, CategoryDomainNotFound},
		// a host that resolves and refuses stays the connection
		{r("Connection could not be established with host \"smtp.example.com:25\": stream_socket_client(): Unable to connect to smtp.example.com:25 (Connection refused)"), OutcomeDeferred, CategoryConnectionFailed},

		// 4. the session dropped, and PHPMailer's connect_host in
		// Japanese and Korean (bs-014, 004, 005)
		{r("MailKit.Net.Smtp.SmtpProtocolException: The SMTP server has unexpectedly disconnected."), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTPエラー: SMTPホストに接続できませんでした。"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP 오류: SMTP 호스트에 접속할 수 없습니다."), OutcomeDeferred, CategoryConnectionFailed},

		// 5. a non-ASCII local part without SMTPUTF8 (bs-029)
		{r("System.Net.Mail.SmtpException: The client or server is only configured for E-mail addresses with ASCII local-parts: jörg@example.com."), OutcomeBounced, CategorySyntaxError},

		// 6. a network barred for its failed logins (bs-049)
		{Input{Code: 521, Response: "521 mx.example.org does not accept mail - closing transmission - too many previous AUTH errors from network 192.0.2.77"}, OutcomeBounced, CategoryPolicyRejected},
		{Input{Code: 421, Response: "421 4.7.0 Too many authentication failures from your address, closing connection"}, OutcomeDeferred, CategoryPolicyRejected},
		// RFC 7504's 521 alone stays the domain that takes no mail
		{Input{Code: 521, Response: "521 5.3.2 example.org does not accept mail"}, OutcomeBounced, CategoryDomainNotFound},

		// 7. a delivery command's sysexits status as Postfix's pipe(8)
		// words it (bs-059, 061, 062, 063, 066)
		{r("internal software error"), OutcomeBounced, CategoryServerError},
		{r("critical OS file missing"), OutcomeBounced, CategoryServerError},
		{r("command line usage error"), OutcomeBounced, CategoryServerError},
		{r("local configuration error"), OutcomeBounced, CategoryServerError},
		{r("data format error"), OutcomeBounced, CategorySyntaxError},
		{r("mailbox file format unrecognized"), OutcomeDeferred, CategoryServerError},
		{r("Command died with status 70: \"/usr/bin/procmail\". Command output: internal software error"), OutcomeBounced, CategoryServerError},
		// EX_NOUSER's "user unknown" stays the recipient's
		{r("user unknown"), OutcomeBounced, CategoryUserUnknown},
	})
}
