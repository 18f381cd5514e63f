package diagnose

// compositionalRules recognise a category from two words that each say half
// of it: what the reply is about (the recipient's account, the mailbox's
// storage, the domain, the connection, the message's size or content) and
// what state it is in (unknown, full, disabled, refused, too large, spam).
// Servers combine the two in endless ways ("Command RCPT User <a@b> not OK",
// "the destination mailbox <a@b> is full", "connection with mx1 is
// broken"), so the pairs catch wordings no phrase table lists. They are
// weaker than a specific phrase or a specific enhanced code and stronger
// than a single generic word, and they follow the category precedence of
// the strong phrases (sender and server before recipient state, size before
// rate). The vocabulary is RFC 3463's own (X.1.1 "bad destination mailbox
// address", X.2.1 "mailbox disabled", X.2.2 "mailbox full", X.3.4 "message
// too big", X.4.1/X.4.2 "no answer"/"bad connection", X.7.x "delivery not
// authorized") plus the synonyms providers use for it.
var compositionalRules = []rule{
	{cat: CategoryMessageTooLarge, why: "a size word with what it measures (RFC 3463 X.3.4 message too big, RFC 1870 SIZE)", all: [][]string{
		{"size", "too large", "too big", "length", "too long"},
		{"message", "mail", "attachment", "email", "data", "exceed", "limit"},
	}, unless: []string{"mailbox", "inbox", "quota", "storage", "line", "address", "header", "subject", "command", "queue"}},
	{cat: CategoryMessageTooLarge, why: "a message bound written as an allowance in bytes (RFC 1870 SIZE: '552 Messages up to 20 MB are accepted here', '552 Emails up to 10MB only'; review probes)", all: [][]string{
		{"up to", "no more than", "not more than", "at most", "maximum", "|max|"},
		sizeUnits,
	}, unless: []string{"mailbox", "inbox", "quota", "storage", "per hour", "per day"}},
	{cat: CategoryMailboxFull, why: "the recipient's storage with a word saying it is used up (RFC 3463 X.2.2)", all: [][]string{
		{"mailbox", "inbox", "quota", "storage", "mail folder", "maildir", "mailfolder"},
		{"full", "exceed", "exhausted", "no space", "no more space", "used up", "over "},
	}, unless: []string{"sending", "sender", "outgoing", "outbound", "system storage", "disk space", "per hour", "per day", "throttl"}},
	{cat: CategoryMailboxDisabled, why: "the recipient's account or mailbox with a word saying it does not take mail for now or any more (RFC 3463 X.2.1, RFC 5248 X.7.13)", all: [][]string{
		{"account", "mailbox", "user", "recipient", "inbox", "address"},
		{"disabled", "deactivated", "suspended", "inactive", "inactivated", "locked", "closed", "frozen", "terminated", "expired", "deleted", "discontinued",
			"no longer in use", "no longer used", "not in use any more", "not in use anymore"},
	}, unless: []string{"sender", "sending", "your account", "relay", "certificate", "password", "tls", "connection",
		// "closed user group": a server that takes mail only among its members, a rule of the server
		// (indimail-mta smtpd.c CUGMAIL '553 sorry, this MTA is a closed user group system (#5.7.1)', blindaq-0023)
		"user group",
		// "closed" as a verb with an object is what a server did to the session, not an account's state
		// ("… because the receiving server closed the session after the end of data", newcomer review S46 N5)
		"closed the", "closed its", "closed this", "closed our", "closed your", "session closed", "channel closed"}},
	{cat: CategoryDomainNotFound, why: "the recipient domain or its mail exchanger with a word saying it cannot be found (RFC 5321 §5.1)", all: [][]string{
		{"domain", "mail exchanger", "|mx|", "mx record", "dns"},
		{"not found", "unknown", "does not exist", "doesn't exist", "no such", "nonexistent", "non-existent", "cannot be resolved", "could not be resolved", "unresolvable", "not resolvable", "lookup failed", "not exist",
			"unable to find", "cannot find", "could not find", "can't find", "failure", "servfail", "looking up"},
	}, unless: []string{"user", "mailbox", "account", "sender", "from domain", "helo"}},
	{cat: CategoryUserUnknown, why: "the recipient or its address with a word saying it does not exist or is not accepted as one (RFC 3463 X.1.1)", all: [][]string{
		{"user", "recipient", "mailbox", "address", "addressee", "account", "local part", "local-part", "rcpt"},
		{"unknown", "not found", "invalid", "not valid", "does not exist", "doesn't exist", "nonexistent", "non-existent", "no such", "not ok", "not recognized", "not recognised", "not known", "unrecognized", "cannot be verified", "could not be verified", "not exist", "no longer",
			// none here to take it (bouncefetch's rules '550 No recipients for yor mail here', blindar-0021)
			// (not "no recipients for this message": RCPT missing before DATA, review D3)
			"for your mail here", "for yor mail here", "|no recipients here", "|no user here", "|no mailbox here", "by that name"},
	}, unless: []string{"sender", "mail from", "from address", "syntax", "domain", "host"}},
	{cat: CategorySyntaxError, why: "a name or address the client sent — the HELO/EHLO argument, a host name, an IP literal, the RCPT TO or MAIL FROM path — with a word saying its form is wrong or it came out of order: RFC 5321 §4.1.1.1 (HELO takes a domain name or an address literal), §4.1.3 (address literals in square brackets), §2.3.5 (letters, digits and hyphens), §4.1.4 (HELO before MAIL), §4.1.2 (path syntax); Mail::Milter HeloRawLiteral 'raw IP literal not in [square brackets], required by RFC2821:4.1.3', the Exim wiki's 'HELO doesn't look like a hostname' (FAQ Q0735), 'Underscores are not valid in host names' (Q0732), 'HELO required before MAIL' (AclHeloTricks), milter-regex 'Malformed RCPT TO (not an email address, …)' (blindao-0009, blindap-0033, 0049, 0050, 0071). A name that does not resolve is the authentication convention, a listed one a block", all: [][]string{
		{"|helo", "|ehlo", "host name", "hostname", "ip literal", "address literal", "rcpt to", "mail from", "envelope address", "domain name"},
		{"malformed", "not valid", "doesn't look like", "does not look like", "not qualified", "square brackets", "required before", "underscore",
			"not an email address", "illegal character", "invalid character",
			// the demand for a fully qualified name, however worded (indimail-mta smtpd.c '451 unable to accept
			// non-FQDN HELO (#4.3.0)', blindaq-0010, which the 4.3.0 code answered server_error)
			"non-fqdn", "not a fqdn", "not an fqdn", "not fqdn", "no fqdn", "fqdn required", "must be a fqdn", "must be fqdn",
			"should be a fqdn", "must be fully qualified", "not fully qualified"},
	}, unless: []string{"not resolv", "does not resolve", "doesn't resolve", "unresolvable", "no reverse", "blacklist", "blocklist", "listed", "spam", "dynamic"}},
	{cat: CategoryDomainNotFound, settled: true, why: "a host name the sending MTA or client says it cannot resolve, in a text with no reply code at all (noReplyCodeLiteral): its own report of the destination it was sending to, not a receiver's check of the client's name, which a receiver's reply carries with a code; settled, as the model does not read whether a code came (Openfind's returned-mail list 'Hostname cannot be resolved', documented as the recipient domain that could not be resolved, probe BP bp-008)", all: [][]string{
		{"hostname", "host name"},
		{"cannot be resolved", "could not be resolved", "can't be resolved", "couldn't be resolved", "not resolvable", "unresolvable",
			"cannot resolve", "could not resolve", "can't resolve", "unable to resolve", "failed to resolve", "not resolved"},
		{noReplyCodeLiteral},
		// the client's own name, as a receiver words its check (a text that names the client is a
		// receiver's, with or without a code), and a refusal word (review S35-A4, A5)
	}, unless: []string{"your host", "your hostname", "your server", "your client", "your ip", "your helo", "your reverse", "your name",
		"client", "|helo", "|ehlo", "reverse", "|ptr|", "connecting host", "access denied", "denied", "rejected", "refused"}},
	{cat: CategoryAuthenticationFailed, why: "the client's address or name with a word saying it does not resolve: the reverse or forward DNS identity check (batch X's FCrDNS convention), whichever noun names the client (Sendmail FEATURE(require_rdns) '451 4.1.8 Client IP address <ip> does not resolve'; milter-regex's sample rule '451 4.7.1 Sender IP address not resolving', blindao-0007, which no phrase held); the recipient's domain or exchanger not resolving is DNS", all: [][]string{
		{"ip address", "client ip", "sender ip", "sending ip", "your ip", "client host", "connecting host", "your host", "hostname", "host name", "|helo", "|ehlo"},
		{"not resolving", "not resolve", "doesn't resolve", "unresolvable", "cannot be resolved", "could not be resolved", "no reverse", "no ptr"},
	}, unless: []string{"recipient", "mail exchanger", "|mx|", "mx record", "name service error", "relay", "smarthost", "sender domain", "from domain"}},
	{cat: CategorySyntaxError, why: "the message's structure — a MIME container or boundary, a header or its folding, a transfer encoding — with a word saying it is broken: the message does not conform to RFC 2045–2049 or RFC 5322, whichever scanner reports it and however 'This message contains …' reads like a content verdict (batch AJ's non-conforming-message convention; the Exim wiki's ExiscanBugBlocking 'This message contains a broken MIME container (Empty MIME Boundary)', exiscan's 'Serious MIME defect detected (…)', blindap-0031, 0039)", all: [][]string{
		{"mime", "boundary", "header", "headers", "transfer encoding", "transfer-encoding", "multipart"},
		{"broken", "defect", "malformed", "corrupt", "not terminated"},
	}, unless: []string{"virus", "malware", "spam", "phishing", "dkim", "signature"}},
	{cat: CategorySpamContent, why: "a kind of content, a part or a file type with a word saying the receiver does not take it: a verdict on this message's content (RFC 3463 X.7.1, X.6.x), not a rule about who sends (milter-regex's sample rules '554 5.7.1 HTML mail not accepted', blindao-0010; exiscan's '$found_extension files are not accepted here' in the Exim wiki, blindap-0038)", all: [][]string{
		{"|html|", "files", "file type", "attachments", "executable", "executables", "|exe|", "|zip|", "|pif|", "|scr|", "|bat|", "images", "scripts"},
		{"not accepted", "not allowed", "not permitted", "are refused", "not welcome", "are blocked", "are rejected"},
	}, unless: []string{"size", "too large", "too big", "relay", "sender", "limit", "your ip", "mailbox"}},
	{cat: CategorySpamContent, why: "the same refusal of a kind of content in German, French and Spanish: images, attachments, files or HTML mail with a negation and a word for accepted or allowed (bouncefetch's rules '550 Es werden keine Emails mit eingebetteten Bildern akzeptiert.', blindar-0018)", all: [][]string{
		{"bilder", "bildern", "anhange", "anhangen", "dateien", "dateianhang", "html-mail", "html mail", "pieces jointes", "fichiers", "|images|", "adjuntos", "archivos adjuntos", "imagenes"},
		{"keine", "nicht", "|ne ", "|pas|", "|no "},
		{"akzeptiert", "angenommen", "erlaubt", "zugelassen", "acceptee", "acceptees", "acceptes", "autorise", "autorisee", "autorisees", "autorises", "aceptan", "aceptados", "permitidos", "permiten"},
	}, unless: []string{"grosse", "taille", "tamano", "absender", "expediteur", "remitente", "postfach", "|mb|", "|kb|",
		// a size in any spelling, a rule about the senders, the server's own fault (review D4)
		"megabyte", "kilobyte", "|mo|", "0mb", "1mb", "2mb", "3mb", "4mb", "5mb", "6mb", "7mb", "8mb", "9mb",
		"adressen", "adresses", "direcciones", "registriert", "externen", "externes", "externas", "festplatte", "gespeichert"}},
	{cat: CategoryTLSRequired, why: "TLS or encryption with a word saying it is demanded or that the certificate did not verify (RFC 3207, RFC 8461, RFC 7672); a broken handshake is a connection failure instead", all: [][]string{
		{"tls", "encrypted", "encryption", "starttls", "certificate", "|cert|"},
		{"must", "required", "require", "mandatory", "verification failed", "verify failed", "mismatch", "not trusted", "untrusted", "self-signed", "self signed", "expired",
			"does not match", "not signed", "valid ca", "unknown ca", // the certificate's name or issuer did not verify (Momentum "[internal] SSL certificate subject does not match host")
			// a TLS parameter below the server's demand: the client certificate's fingerprint, the key length
			// (postfwd's documented rule actions 'REJECT wrong TLS fingerprint', 'REJECT tls keylength < 64',
			// blindaq-0044)
			"fingerprint", "keylength", "key length", "key too short", "key too weak", "cipher too weak", "weak cipher",
			// the same demand in German, French, Spanish, Italian, Dutch, Portuguese
			"erforderlich", "erfordert", "obligatoire", "requis", "requise", "obligatorio", "obbligatori", "richiesto", "richiesta", "vereist", "verplicht", "obrigatori", "exige"},
	}, unless: []string{"handshake", "sender", "authentication mechanism"}},
	{cat: CategoryConnectionFailed, why: "the connection or session with a word saying it failed (RFC 3463 X.4.1, X.4.2), also as a noun or a shutdown and for STARTTLS itself (lavabit/magma smtp.c '421 Network connection failure.', '451 Unexpected connection shutdown detected. Goodbye.', '454 STARTTLS FAILED')", all: [][]string{
		{"connection", "connect", "socket", "session", "greeting", "|tls|", "|ssl|", "handshake", "starttls"},
		{"refused", "timed out", "timeout", "reset", "failed", "broken", "closed", "lost", "dropped", "aborted", "unreachable", "interrupted", "eof",
			"cannot establish", "could not establish", "unable to establish", "negotiation failed", "failure", "shutdown", "shut down"},
	}, unless: []string{"too many", "limit", "|rate", "blocked", "listed", "reputation", "spam", "policy",
		// a connection to one of the receiver's own back ends is the server's fault
		"daemon", "ldap", "database", "mysql", "backend", "lookup"}},
	{cat: CategoryBlocklisted, why: "the sending IP with a word saying it is listed or banned for its reputation", all: [][]string{
		{"your ip", "sending ip", "client ip", "sender ip", "ip address", "source ip", "|ip|"},
		{"listed", "blacklisted", "blocklisted", "banned", "reputation"},
	}},
	{cat: CategoryRateLimited, why: "a count of messages, connections or recipients with a word saying it is over a limit (RFC 3463 X.4.5, X.5.3; RFC 5321 §4.5.3.1)", all: [][]string{
		{"too many", "exceeded", "limit", "|rate", "maximum",
			// a bound stated as the allowance (milter-greylist's greylist.conf(5) 'racl blacklist rcptcount >= 25
			// msg "No more than 25 recipients, please"', blindaq-0003)
			"no more than", "not more than", "at most", "|max|", "|max.", "up to"},
		{"messages", "connections", "recipients", "mails", "emails", "sessions", "per hour", "per day", "per minute", "volume"},
	}, unless: append([]string{"size", "mailbox", "quota", "storage"},
		// a size bound written as an allowance ("552 Messages up to 20 MB are accepted here") is the message's size (review)
		sizeUnits...)},
	{cat: CategorySpamContent, why: "spam, malware or the content with a word saying it was judged and refused", all: [][]string{
		{"spam", "virus", "malware", "phishing", "junk", "content", "attachment", "mime part", "mime type", "file type", "filename", "file name", "file extension"},
		{"rejected", "detected", "blocked", "refused", "identified", "suspected", "classified", "not accepted", "denied"},
	}, unless: []string{"size", "too large", "spamhaus", "spamcop", "listed"}},
	{cat: CategoryPolicyRejected, why: "delivery to other (remote, non-local, external) domains with a word saying this server does not do it: relaying refused in other words (RFC 5321 §3.6.2; Exim's 'Mailing to remote domains not supported', blindar-0068)", all: [][]string{
		{"remote domain", "remote domains", "non-local domain", "non-local domains", "nonlocal domain", "external domains", "foreign domains", "other domains"},
		{"not supported", "not permitted", "not allowed", "denied", "refused", "prohibited", "do not deliver", "don't deliver", "we do not", "not accepted", "disabled"},
	}, unless: []string{"sender", "from address", "mail from"}},
	{cat: CategoryPolicyRejected, why: "relaying with a word saying it is refused (RFC 5321 §3.6.2)", all: [][]string{
		{"relay", "relaying"},
		{"denied", "not permitted", "not allowed", "refused", "prohibited", "rejected", "disabled"},
	}},
	{cat: CategoryServerError, why: "the receiving server or one of its services with a word saying it failed (RFC 3463 X.3.x)", all: [][]string{
		{"server", "system", "service", "resources", "database", "backend", "storage"},
		{"error", "failure", "unavailable", "busy", "overloaded", "problem", "not responding"},
	}},
}

// sizeUnits are the ways a size in bytes is written after its number,
// spaced or not ("20 MB", "10MB").
var sizeUnits = []string{"|mb|", "|kb|", "|gb|", "bytes", "megabyte", "kilobyte",
	"0mb", "1mb", "2mb", "3mb", "4mb", "5mb", "6mb", "7mb", "8mb", "9mb",
	"0kb", "1kb", "2kb", "3kb", "4kb", "5kb", "6kb", "7kb", "8kb", "9kb"}
