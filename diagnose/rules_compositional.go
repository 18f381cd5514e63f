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
	{cat: CategoryMailboxFull, why: "the recipient's storage with a word saying it is used up (RFC 3463 X.2.2)", all: [][]string{
		{"mailbox", "inbox", "quota", "storage", "mail folder", "maildir", "mailfolder"},
		{"full", "exceed", "exhausted", "no space", "no more space", "used up", "over "},
	}, unless: []string{"sending", "sender", "outgoing", "outbound", "system storage", "disk space", "per hour", "per day", "throttl"}},
	{cat: CategoryMailboxDisabled, why: "the recipient's account or mailbox with a word saying it does not take mail for now or any more (RFC 3463 X.2.1, RFC 5248 X.7.13)", all: [][]string{
		{"account", "mailbox", "user", "recipient", "inbox", "address"},
		{"disabled", "deactivated", "suspended", "inactive", "inactivated", "locked", "closed", "frozen", "terminated", "expired", "deleted", "discontinued",
			"no longer in use", "no longer used", "not in use any more", "not in use anymore"},
	}, unless: []string{"sender", "sending", "your account", "relay", "certificate", "password", "tls", "connection"}},
	{cat: CategoryDomainNotFound, why: "the recipient domain or its mail exchanger with a word saying it cannot be found (RFC 5321 §5.1)", all: [][]string{
		{"domain", "mail exchanger", "|mx|", "mx record", "dns"},
		{"not found", "unknown", "does not exist", "doesn't exist", "no such", "nonexistent", "non-existent", "cannot be resolved", "could not be resolved", "unresolvable", "not resolvable", "lookup failed", "not exist",
			"unable to find", "cannot find", "could not find", "can't find", "failure", "servfail", "looking up"},
	}, unless: []string{"user", "mailbox", "account", "sender", "from domain", "helo"}},
	{cat: CategoryUserUnknown, why: "the recipient or its address with a word saying it does not exist or is not accepted as one (RFC 3463 X.1.1)", all: [][]string{
		{"user", "recipient", "mailbox", "address", "addressee", "account", "local part", "local-part", "rcpt"},
		{"unknown", "not found", "invalid", "not valid", "does not exist", "doesn't exist", "nonexistent", "non-existent", "no such", "not ok", "not recognized", "not recognised", "not known", "unrecognized", "cannot be verified", "could not be verified", "not exist", "no longer"},
	}, unless: []string{"sender", "mail from", "from address", "syntax", "domain", "host"}},
	{cat: CategoryTLSRequired, why: "TLS or encryption with a word saying it is demanded or that the certificate did not verify (RFC 3207, RFC 8461, RFC 7672); a broken handshake is a connection failure instead", all: [][]string{
		{"tls", "encrypted", "encryption", "starttls", "certificate", "|cert|"},
		{"must", "required", "require", "mandatory", "verification failed", "verify failed", "mismatch", "not trusted", "untrusted", "self-signed", "self signed", "expired",
			"does not match", "not signed", "valid ca", "unknown ca", // the certificate's name or issuer did not verify (Momentum "[internal] SSL certificate subject does not match host")
			// the same demand in German, French, Spanish, Italian, Dutch, Portuguese
			"erforderlich", "erfordert", "obligatoire", "requis", "requise", "obligatorio", "obbligatori", "richiesto", "richiesta", "vereist", "verplicht", "obrigatori", "exige"},
	}, unless: []string{"handshake", "sender", "authentication mechanism"}},
	{cat: CategoryConnectionFailed, why: "the connection or session with a word saying it failed (RFC 3463 X.4.1, X.4.2), also as a noun or a shutdown and for STARTTLS itself (lavabit/magma smtp.c '421 Network connection failure.', '451 Unexpected connection shutdown detected. Goodbye.', '454 STARTTLS FAILED')", all: [][]string{
		{"connection", "connect", "socket", "session", "greeting", "|tls|", "|ssl|", "handshake", "starttls"},
		{"refused", "timed out", "timeout", "reset", "failed", "broken", "closed", "lost", "dropped", "aborted", "unreachable", "interrupted", "eof",
			"cannot establish", "could not establish", "unable to establish", "negotiation failed", "failure", "shutdown", "shut down"},
	}, unless: []string{"too many", "limit", "rate", "blocked", "listed", "reputation", "spam", "policy",
		// a connection to one of the receiver's own back ends is the server's fault
		"daemon", "ldap", "database", "mysql", "backend", "lookup"}},
	{cat: CategoryBlocklisted, why: "the sending IP with a word saying it is listed or banned for its reputation", all: [][]string{
		{"your ip", "sending ip", "client ip", "sender ip", "ip address", "source ip", "|ip|"},
		{"listed", "blacklisted", "blocklisted", "banned", "reputation"},
	}},
	{cat: CategoryRateLimited, why: "a count of messages, connections or recipients with a word saying it is over a limit (RFC 3463 X.4.5, X.5.3; RFC 5321 §4.5.3.1)", all: [][]string{
		{"too many", "exceeded", "limit", "rate", "maximum"},
		{"messages", "connections", "recipients", "mails", "emails", "sessions", "per hour", "per day", "per minute", "volume"},
	}, unless: []string{"size", "mailbox", "quota", "storage"}},
	{cat: CategorySpamContent, why: "spam, malware or the content with a word saying it was judged and refused", all: [][]string{
		{"spam", "virus", "malware", "phishing", "junk", "content", "attachment", "mime part", "mime type", "file type", "filename", "file name", "file extension"},
		{"rejected", "detected", "blocked", "refused", "identified", "suspected", "classified", "not accepted", "denied"},
	}, unless: []string{"size", "too large", "spamhaus", "spamcop", "listed"}},
	{cat: CategoryPolicyRejected, why: "relaying with a word saying it is refused (RFC 5321 §3.6.2)", all: [][]string{
		{"relay", "relaying"},
		{"denied", "not permitted", "not allowed", "refused", "prohibited", "rejected", "disabled"},
	}},
	{cat: CategoryServerError, why: "the receiving server or one of its services with a word saying it failed (RFC 3463 X.3.x)", all: [][]string{
		{"server", "system", "service", "resources", "database", "backend", "storage"},
		{"error", "failure", "unavailable", "busy", "overloaded", "problem", "not responding"},
	}},
}
