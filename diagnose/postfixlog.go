package diagnose

import "strings"

// postfixAgents are the Postfix programs whose log records report a
// delivery attempt (postconf(5) default_transport and master.cf's
// delivery agents), by the last element of their syslog tag.
var postfixAgents = map[string]bool{
	"smtp": true, "lmtp": true, "local": true, "virtual": true, "pipe": true,
	"error": true, "retry": true, "discard": true, "relay": true, "bounce": true,
}

// postfixLogLine reads text as a Postfix log record of a delivery
// attempt, as people paste it into tickets and as some relays pass it on
// ("Dec  4 04:20:00 mx1 postfix/smtp[1085]: 8DB5E171B: to=<a@example.org>,
// relay=…, dsn=4.0.0, status=deferred (host mx[ip] said: …)", probe BM
// bm-009, bm-026): the syslog header, the program tag, the queue id and
// the record's fields before the reason are the sending MTA's, and its
// status is what Postfix did (smtp(8) defers a server's 5XX greeting by
// default, smtp_skip_5xx_greeting; a record says so). It returns the
// reason (the text in status='s parentheses, or what follows the queue id
// in a record that is not a delivery status, such as "host mx[ip] refused
// to talk to me: 554 …") and the status word ("" when the record has
// none); ok is false when text is no such record. Only the first line is
// read: a record is one line.
func postfixLogLine(text string) (inner, status string, ok bool) {
	line := text[:min(len(text), 2048)]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	rest, tagged := afterPostfixTag(line)
	rest, qid := cutQueueID(rest)
	if !strings.HasPrefix(rest, "to=<") {
		// A record that is not a delivery status: smtp(8)'s note of one
		// MX host ("host mx[ip] refused to talk to me: …", "connect to
		// mx[ip]:25: Connection refused"), which the wrappers then read.
		// A queue id alone does not make one: a reply may open with a
		// word and a colon.
		if tagged || qid && (strings.HasPrefix(rest, "host ") || strings.HasPrefix(rest, "connect to ")) {
			return rest, "", true
		}
		return "", "", false
	}
	// The status follows the recipient (whose quoted local part a
	// sender writes: "x, status=sent ("@example.org, review S29C-6) and
	// Postfix's own fields (orig_to, relay, delay, delays, dsn); the
	// remote's reply comes after it.
	fields, ok := afterAddress(rest[len("to="):])
	if !ok {
		return "", "", false
	}
	if strings.HasPrefix(fields, ", orig_to=<") {
		if fields, ok = afterAddress(fields[len(", orig_to="):]); !ok {
			return "", "", false
		}
	}
	i := strings.Index(fields, ", status=")
	if i < 0 {
		return "", "", false
	}
	after := fields[i+len(", status="):]
	j := 0
	for j < len(after) && after[j] >= 'a' && after[j] <= 'z' {
		j++
	}
	status, reason := after[:j], after[j:]
	if status == "" || !dsnAgrees(fields[:i], status) {
		return "", "", false
	}
	if r, found := strings.CutPrefix(reason, " ("); found {
		reason = strings.TrimSuffix(strings.TrimRight(r, " \r"), ")")
	} else {
		// "status=expired, returned to sender"
		reason = strings.TrimPrefix(reason, ",")
	}
	return strings.TrimSpace(reason), status, true
}

// afterAddress returns what follows the address in angle brackets that
// opens s, and whether there was one. The address ends where a quoted
// local part lets it end (addressEnd) when Postfix's next field follows
// there; else at the first ">, relay=" or ">, orig_to=<": a local part
// with one quote, as Postfix logs it with info_log_address_format =
// internal, would otherwise run on into the remote's reply, which could
// close it and spell a status (review S29D-5).
func afterAddress(s string) (string, bool) {
	if e := addressEnd(s); e > 0 && (strings.HasPrefix(s[e:], ", relay=") || strings.HasPrefix(s[e:], ", orig_to=<")) {
		return s[e:], true
	}
	for _, m := range [...]string{">, relay=", ">, orig_to=<"} {
		if i := strings.Index(s, m); i > 0 && s[0] == '<' {
			return s[i+1:], true
		}
	}
	return "", false
}

// dsnAgrees reports whether a record's dsn= field (in fields, before its
// status) agrees with its status: 2.X.X with sent, 4.X.X with deferred
// or expired, 5.X.X with bounced; true when there is none. A record that
// contradicts itself is no record Postfix wrote.
func dsnAgrees(fields, status string) bool {
	i := strings.LastIndex(fields, "dsn=")
	if i < 0 || i+len("dsn=") >= len(fields) {
		return true
	}
	switch fields[i+len("dsn=")] {
	case '2':
		return normalizeOutcome(status) == OutcomeDelivered
	case '4':
		o := normalizeOutcome(status)
		return o == OutcomeDeferred || o == OutcomeExpired
	case '5':
		return normalizeOutcome(status) == OutcomeBounced
	}
	return false
}

// addressEnd returns the length of the address in angle brackets that
// opens s ("<a@example.org>", "<\"x> y\"@example.org>", "<>"), as Postfix
// logs it with info_log_address_format=external: a quoted local part may
// hold '>' and ", "; -1 when s does not open with a whole one.
func addressEnd(s string) int {
	if s == "" || s[0] != '<' {
		return -1
	}
	quoted := false
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case quoted && c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case !quoted && c == '>':
			return i + 1
		}
	}
	return -1
}

// afterPostfixTag returns what follows a Postfix program tag in line
// ("postfix/smtp[1085]: ", "postfix-out/smtp[9]: " or another syslog_name's
// "server1-1/smtp[17514]: ") and whether there was one: the tag is a word
// with a '/' whose last element is a delivery agent (postfixAgents),
// then the process id in brackets, and it stands in the syslog header:
// within its first five words and 96 bytes, after no ": " (a reply or a
// report that quotes a record further on is not one, review S29C-6).
// Exim's "H=mx [192.0.2.1]: " is no tag: a space comes before its
// bracket, and an address is no process id.
func afterPostfixTag(line string) (string, bool) {
	i := strings.Index(line[:min(len(line), 96+len("]: "))], "]: ")
	if i < 0 {
		return line, false
	}
	open := strings.LastIndexByte(line[:i], '[')
	if open <= 0 || open == i-1 || !digitsOnly(line[open+1:i]) {
		return line, false
	}
	start := strings.LastIndexAny(line[:open], " \t") + 1
	head := line[:start]
	if strings.Contains(head, ": ") || strings.Count(strings.TrimSpace(head), " ") > 4 || replyFirst(line) {
		return line, false
	}
	tag := line[start:open]
	slash := strings.LastIndexByte(tag, '/')
	if slash <= 0 || !postfixAgents[tag[slash+1:]] {
		return line, false
	}
	return line[i+3:], true
}

// cutQueueID removes a Postfix queue id and its ": " from the start of
// s: the short form's 6 to 16 upper-case hex digits ("8DB5E171B: "), or
// the long form's 12 to 20 letters and digits (enable_long_queue_ids,
// "4Yk8Wq0Xy1z2AbC: "), a digit among them either way, so that a word
// such as "Deferred: " is not taken for one.
func cutQueueID(s string) (string, bool) {
	i, hex, digit := 0, true, false
	for ; i < len(s) && i <= 20; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'F':
		case c >= 'G' && c <= 'Z' || c >= 'a' && c <= 'z':
			hex = false
		default:
			goto end
		}
	}
end:
	if !digit || !strings.HasPrefix(s[i:], ": ") || !(hex && i >= 6 && i <= 16 || i >= 12 && i <= 20) {
		return s, false
	}
	return s[i+2:], true
}

// digitsOnly reports whether s is one or more ASCII digits.
func digitsOnly(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// replyFirst reports whether text opens with a reply code ("550 …",
// "421-…"): a remote's reply, not a log record, which opens with a time,
// a host or a queue id (a syslog time "2021-04-21T…" has four digits).
func replyFirst(text string) bool {
	return len(text) >= 4 && text[0] >= '2' && text[0] <= '5' && text[1] >= '0' && text[1] <= '9' && text[2] >= '0' && text[2] <= '9' &&
		(text[3] == ' ' || text[3] == '-')
}

// codeDisagrees reports whether a reply code given apart (0: none)
// contradicts a Postfix record's status: "sent" beside an error code, or
// a failure beside a 2XX. A deferral beside a 5XX agrees: Postfix defers
// a 5XX greeting (smtp_skip_5xx_greeting).
func codeDisagrees(code int, status string) bool {
	if code == 0 || status == "" {
		return false
	}
	delivered := normalizeOutcome(status) == OutcomeDelivered
	return code >= 400 && delivered || code < 300 && !delivered
}
