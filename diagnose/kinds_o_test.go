package diagnose

import "testing"

// The kinds batch O (testdata/blind_o.jsonl) revealed, each with phrasings
// other than the batch's own.

// A 5xx greeting is skipped and the message deferred by Postfix
// (smtp_skip_5xx_greeting = yes by default), whatever the reply's class; an
// outcome the MTA reported still wins.
func TestKindPostfixGreeting5xx(t *testing.T) {
	runKinds(t, "greeting", []kindCase{
		{r("host mx.example.net[192.0.2.5] refused to talk to me: 554 5.7.1 Service unavailable; client [198.51.100.7] blocked using zen.spamhaus.org"), OutcomeDeferred, CategoryBlocklisted},
		{r("host mx.example.org[192.0.2.9] refused to talk to me: 550 Access denied - poor reputation"), OutcomeDeferred, CategoryBlocklisted},
		// RFC 5321 §3.1 "554 No SMTP service here": the session refused to the client by the server's rules (kind 5: a reply code's registered meaning, not other)
		{r("connect to mx.example.com[192.0.2.10]:25: server refused to talk to me: 554 No SMTP service here"), OutcomeDeferred, CategoryPolicyRejected},
		{r("delivery temporarily suspended: host mx.example.com[192.0.2.10] refused to talk to me: 554 5.3.2 Service not available"), OutcomeDeferred, CategoryServerError},
		{Input{Response: "host mx.example.org[192.0.2.9] refused to talk to me: 554 Access denied - poor reputation", Outcome: "bounced"}, OutcomeBounced, CategoryBlocklisted},
		// not a greeting: the reply class decides
		{r("host mx.example.org[192.0.2.9] said: 554 5.7.1 Access denied - poor reputation (in reply to RCPT TO command)"), OutcomeBounced, CategoryBlocklisted},
	})
}

// The sending IP named in the reply as what is blocked is a reputation
// block, whoever's filter did it; the MX's own address in a wrapper or in a
// connection error is not.
func TestKindClientIPBlocked(t *testing.T) {
	runKinds(t, "client ip", []kindCase{
		{r("571 Email from 198.51.100.138 is currently blocked by our anti-spam system"), OutcomeBounced, CategoryBlocklisted},
		{r("554 5.7.1 - ERROR: Mail refused - <203.0.113.4> - See http://security.example.net/block-lookup.cgi"), OutcomeBounced, CategoryBlocklisted},
		{r("550 Connections from 203.0.113.77 are banned"), OutcomeBounced, CategoryBlocklisted},
		{r("550 Sorry, no access for this IP"), OutcomeBounced, CategoryBlocklisted},
		{r("connect to mx.example.net[192.0.2.151]:25: Connection refused"), OutcomeDeferred, CategoryConnectionFailed},
		{r("550-5.7.1 [203.0.113.14] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked."), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Rejected: mail.example.com listed at bl.example.org"), OutcomeBounced, CategoryBlocklisted},
		{r("550 Denied due to spam list"), OutcomeBounced, CategoryBlocklisted},
	})
}

// The sender's own address, plan or failure counts are the sender's
// problem, not the recipient's state.
func TestKindSenderAccount(t *testing.T) {
	runKinds(t, "sender account", []kindCase{
		{r("550 5.7.1 Your email address has been blocked due to complaints"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 Your e-mail address is blocked for abuse"), OutcomeBounced, CategoryPolicyRejected},
		{r("451 Authentication failed: Maximum credits exceeded"), OutcomeDeferred, CategoryRateLimited},
		{r("550 5.7.1 Our system has detected an excessively high number of invalid recipients originating from your account."), OutcomeBounced, CategoryRateLimited},
		{r("451 From:domain must resolve"), OutcomeDeferred, CategoryPolicyRejected},
		{r("host smtp.example.net[192.0.2.33] said: 550 Outbound Mail Refused - See http://help.example.net/outboundemail (in reply to MAIL FROM command)"), OutcomeBounced, CategoryPolicyRejected},
		// a listed sender address stays a block list
		{r("554 5.7.1 Sender address [a@example.net] blocked using dbl.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
	})
}

// The receiver's own delivery chain (LMTP socket, .forward, quarantine) is
// a server fault, whatever mechanism it names.
func TestKindLocalChain(t *testing.T) {
	runKinds(t, "local chain", []kindCase{
		{r("connect to mail.example.fi[/var/run/cyrus/socket/lmtp]: Permission denied"), OutcomeDeferred, CategoryServerError},
		{r("451 <u@example.edu>... open timeout on /home/u/.forward"), OutcomeDeferred, CategoryServerError},
		{r("451 4.5.0 Error in processing, id=1234-01, quar+notif FAILED: temporarily unable to quarantine"), OutcomeDeferred, CategoryServerError},
	})
}

// Resolver texts name the lookup, not "not found"; RFC 3463 X.4.3 is a
// directory (DNS) server failure.
func TestKindResolverTexts(t *testing.T) {
	runKinds(t, "resolver", []kindCase{
		// Older Postfix bounced this one (real bounces in batch O); the newer
		// "Malformed or unexpected name server reply" is retried (deferHints).
		{r("Name service error for name=example.org type=MX: Malformed name server reply"), OutcomeBounced, CategoryDomainNotFound},
		{r("CNAME_lookup_failed_temporarily._(#4.4.3)"), OutcomeDeferred, CategoryDomainNotFound},
		{r("host map: lookup (example.com): deferred"), OutcomeDeferred, CategoryDomainNotFound},
		{r("451 4.4.3 Unable to complete the request right now"), OutcomeDeferred, CategoryDomainNotFound},
		{r("451 4.4.3 Directory server failure (LDAP unavailable)"), OutcomeDeferred, CategoryServerError},
	})
}

// Wording batch O showed for content, authentication, syntax, unknown
// users and challenge-response policies.
func TestKindBatchOWording(t *testing.T) {
	runKinds(t, "wording", []kindCase{
		{r("554 5.7.1 Your message failed several antispam checks and was collected in the spambox. Please check your SPF and PTR"), OutcomeBounced, CategorySpamContent},
		{r("550 You are using a mass mailer"), OutcomeBounced, CategorySpamContent},
		{r("553 Blocked using spam pattern, your message may contain spam contents"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Sender prohibited by SPF"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.1 This sender is not authorized to send from example.com"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("501 5.1.3 Recipient address too long"), OutcomeBounced, CategorySyntaxError},
		{r("550 No mail box available for this user"), OutcomeBounced, CategoryUserUnknown},
		{r("550 BAD_RECIPIENT"), OutcomeBounced, CategoryUserUnknown},
		{r("550 Your server requires confirmation. Visit http://example.com/confirm to confirm this mail server."), OutcomeBounced, CategoryPolicyRejected},
		{r("The email you are trying to send is rejected due to Mail-Filtering policy (#5.3.1)"), OutcomeBounced, CategoryPolicyRejected},
		{r("smtpstatus=250 smtpmsg='250 2.0.0 OK' exitcode=EX_OK"), OutcomeDelivered, CategoryDelivered},
		{r("Domain example.com has exceeded the max defers and failures per hour allowed. Message discarded."), OutcomeBounced, CategoryRateLimited},
		{r("421 4.7.0 Message submission rate for this client has exceeded the configured limit"), OutcomeDeferred, CategoryRateLimited},
		{r("421 mx.example.com out of connection slots"), OutcomeDeferred, CategoryRateLimited},
		{r("421 [TS01] Messages from 192.0.2.4 temporarily deferred"), OutcomeDeferred, CategoryRateLimited},
	})
}

// Kinds batch P (testdata/blind_p.jsonl) revealed after it was measured.
func TestKindBatchP(t *testing.T) {
	runKinds(t, "batch p", []kindCase{
		// a DNSBL refusing the receiver's own queries is the receiver's fault
		{r("554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/192.0.2.1"), OutcomeBounced, CategoryServerError},
		{r("554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using bl.spamhaus.org; Error: excessive number of queries"), OutcomeBounced, CategoryServerError},
		// a verification verdict beats the causes it lists; a relay refusal beats "user not local"
		{r("550 Sender verify failed: the account or domain may not exist, may be blacklisted or lack DNS entries"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 User not local or invalid address - Relay denied"), OutcomeBounced, CategoryPolicyRejected},
		{r("551 User not local; please try <jo@example.org>"), OutcomeBounced, CategoryUserUnknown},
		// an inbox no longer in use is a disabled mailbox
		{r("This email inbox jo@example.jp is no longer in use."), OutcomeBounced, CategoryMailboxDisabled},
		{r("550 The mailbox jo@example.org is not in use anymore"), OutcomeBounced, CategoryMailboxDisabled},
		// a final verdict quoting a transient reply is returned, not retried
		{r("451 Sorry, I wasn't able to establish an SMTP connection. I'm not going to try again; this message has been in the queue too long."), OutcomeBounced, CategoryExpired},
		{r("421 4.4.2 Connection dropped; giving up after 5 days in the queue"), OutcomeBounced, CategoryExpired},
	})
}

// Kinds the second part of batch P revealed: texts of the TLS library and
// the socket layer, and GMX/WEB.DE's documented header rejection.
func TestKindBatchPTransportTexts(t *testing.T) {
	runKinds(t, "transport texts", []kindCase{
		{r("connect to mx.example.org[2001:db8::1b]:25: Cannot assign requested address"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Delivery failed with code 444, [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)"), OutcomeDeferred, CategoryConnectionFailed},
		{r("SSL_connect returned=1 errno=0 peeraddr=192.0.2.3:587 state=error: wrong version number"), OutcomeDeferred, CategoryConnectionFailed},
		{r("error:1408F10B:SSL routines:ssl3_get_record:wrong version number"), OutcomeDeferred, CategoryConnectionFailed},
		{r("read from mx.example.net[192.0.2.4]: Connection reset by peer"), OutcomeDeferred, CategoryConnectionFailed},
		// a local delivery agent's errno stays a local fault
		{r("cannot update mailbox /var/mail/jo for user jo. error writing message: errno=28"), OutcomeDeferred, CategoryServerError},
		{r("554-Transaction failed\n554-Reject due to policy restrictions.\n554 For explanation visit https://postmaster.web.de/en/case?c=hi"), OutcomeBounced, CategorySyntaxError},
		{r("554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://www.ionos.com/help/index.php?id=2425&c=hd"), OutcomeBounced, CategorySyntaxError},
		// the same words from anyone else are a policy refusal
		{r("550 Requested action not taken: Reject due to policy restrictions."), OutcomeBounced, CategoryPolicyRejected},
	})
}

// Kinds the third part of batch P revealed: provider code tables that a
// text's own cause overrides, codes whose registered meaning the text
// contradicts, and the sender's volume of bad recipients.
func TestKindBatchPProviderCodes(t *testing.T) {
	runKinds(t, "provider codes", []kindCase{
		// a reused provider number yields to the cause the text names
		{r("550 5.7.20 Message refuse, DKIM n'est pas configure sur votre domaine d'expedition. Message refused, DKIM is not configured on your sending domain. LPN007_402"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.1 Suspicion de contenu non sollicite. Likely unsolicited email. LPN007_510"), OutcomeBounced, CategorySpamContent},
		{r("550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN105_510"), OutcomeBounced, CategoryBlocklisted},
		// x.4.7 is expiry only when no quota or rate is named
		{r("550 5.4.7 <jo@example.com>: Recipient address rejected: Recipients Domain Hourly Quota Exceeded"), OutcomeBounced, CategoryRateLimited},
		{r("554 5.4.7 Delivery time expired"), OutcomeBounced, CategoryExpired},
		// x.4.1 "no answer" is contradicted by an answer that refuses
		{r("541 5.4.1 Mail rejected by destination domain"), OutcomeBounced, CategoryPolicyRejected},
		{r("451 4.4.1 No answer from host"), OutcomeDeferred, CategoryConnectionFailed},
		// the sender's volume of bad recipients is its sending pattern
		{r("554 192.0.2.44 has been temporarily blocked for attempting to mail too many invalid recipients. IB112"), OutcomeBounced, CategoryRateLimited},
		{r("554 Your IP is sending excessive rejected recipients."), OutcomeBounced, CategoryRateLimited},
		{r("450 4.2.1 <jo@example.com>: Mailbox received too much email in a short period of time"), OutcomeDeferred, CategoryRateLimited},
		{r("550 5.7.2 192.0.2.57: Sender IP rejected: spam rate exceeded"), OutcomeBounced, CategoryBlocklisted},
		{r("550 <jo@example.com>: Reject due to policy restrictions (header based)"), OutcomeBounced, CategorySyntaxError},
		{r("550 <jo@example.com>: Reject due to policy restrictions (domain based)"), OutcomeBounced, CategoryBlocklisted},
		{r("554 5.7.1 We do not accept viral traffic"), OutcomeBounced, CategorySpamContent},
	})
}

// Kinds the fourth part of batch P revealed.
func TestKindBatchPPart4(t *testing.T) {
	runKinds(t, "part 4", []kindCase{
		{r("No SMTP servers were available for nodns.example. No hosts to try."), OutcomeDeferred, CategoryDomainNotFound},
		{r("550-5.7.1 [198.51.100.2] Messages missing a valid messageId header are not accepted."), OutcomeBounced, CategorySyntaxError},
		{r("delivery 245: failure: Unable_to_run_qmail-remote./"), OutcomeBounced, CategoryServerError},
		{r("delivery 12: deferral: Connected_to_192.0.2.1_but_connection_died._(#4.4.2)/"), OutcomeDeferred, CategoryConnectionFailed},
		{r("550 Unauthenticated mail not allowed from this range"), OutcomeBounced, CategoryBlocklisted},
		{r("550 <jo@example.com>: Invalid DNS MX or A/AAAA resource record"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// Kinds the fifth part of batch P revealed: the connecting IP named as
// refused, the sender's domain or identity named as the problem, and short
// provider prompts for DNS, unknown users and TLS.
func TestKindBatchPPart5(t *testing.T) {
	runKinds(t, "part 5", []kindCase{
		{r("remote ip is forbidden"), OutcomeBounced, CategoryBlocklisted},
		{r("554 Your IP 192.0.2.8 is forbidden"), OutcomeBounced, CategoryBlocklisted},
		{r("IP address (192.0.2.8) of the server handling your email has been labeled as a source of spam."), OutcomeBounced, CategoryBlocklisted},
		{r("554 You are not allowed to connect."), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.1.2 Sender Domain Not Found"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.1.2 Recipient domain not found"), OutcomeBounced, CategoryDomainNotFound},
		{r("550 Requested mail action not taken: Fake sender"), OutcomeBounced, CategoryPolicyRejected},
		{r("SMTP error, MAIL FROM: 550 5.0.0 Mail rejected due to possible SPAM."), OutcomeBounced, CategoryPolicyRejected},
		{r("SMTP error, DATA: 550 5.0.0 Mail rejected due to possible SPAM."), OutcomeBounced, CategorySpamContent},
		{r("DNS query error"), OutcomeBounced, CategoryDomainNotFound},
		{r("not user of this server"), OutcomeBounced, CategoryUserUnknown},
		{r("530 Your sender domain is required to send via an encrypted SMTP session"), OutcomeBounced, CategoryTLSRequired},
	})
}

// Kinds batch Q (testdata/blind_q.jsonl) revealed: terse replies whose bare
// reply code would otherwise decide (RFC 1870 uses 552 for size as well as
// RFC 5321's storage), and short words for the client IP, the sender, the
// command syntax and the sender's pattern.
func TestKindBatchQ(t *testing.T) {
	runKinds(t, "batch q", []kindCase{
		{r("552 message is too long."), OutcomeBounced, CategoryMessageTooLarge},
		{r("554 attachment is too long."), OutcomeBounced, CategoryMessageTooLarge},
		{r("552 5.5.2 Message size (content filter)"), OutcomeBounced, CategoryMessageTooLarge},
		{r("552 line too long"), OutcomeBounced, CategorySyntaxError},
		{r("550 black ip."), OutcomeBounced, CategoryBlocklisted},
		{r("554 5.5.4 Spam IP rejected"), OutcomeBounced, CategoryBlocklisted},
		{r("The domain example.com is banned"), OutcomeBounced, CategoryBlocklisted},
		{r("552 mail from invalid."), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.5.3 Recipient address rejected: Multi-recipient bounce"), OutcomeBounced, CategoryPolicyRejected},
		{r("451 stray newline"), OutcomeDeferred, CategorySyntaxError},
		{r("551 line parse error"), OutcomeBounced, CategorySyntaxError},
		{r("554 5.7.1 unknown domain or unknown recipient (LDAP check)"), OutcomeBounced, CategoryUserUnknown},
		{r("550 Recipient verification failed"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.7.1 Dictionary attack detected"), OutcomeBounced, CategoryRateLimited},
	})
}
