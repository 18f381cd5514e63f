package diagnose

import "strings"

// status is a parsed RFC 3463 enhanced status code (class.subject.detail).
// The zero value means "no code".
type status struct {
	class, subject, detail int
}

func (s status) valid() bool { return s.class != 0 }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// parseStatus parses an enhanced status code at the start of s and returns it
// with the number of bytes consumed. The code must end at a non-digit,
// non-dot byte so that "4.16.55.1" or a version number is not mistaken for one.
func parseStatus(s string) (status, int) {
	var st status
	i := 0
	if len(s) < 5 {
		return st, 0
	}
	c := s[0]
	if c != '2' && c != '4' && c != '5' || s[1] != '.' {
		return st, 0
	}
	st.class = int(c - '0')
	i = 2
	n, w := readNum(s[i:], 3)
	if w == 0 || i+w >= len(s) || s[i+w] != '.' {
		return status{}, 0
	}
	st.subject = n
	i += w + 1
	n, w = readNum(s[i:], 3)
	if w == 0 {
		return status{}, 0
	}
	st.detail = n
	i += w
	if i < len(s) && (isDigit(s[i]) || s[i] == '.' && i+1 < len(s) && isDigit(s[i+1])) {
		return status{}, 0
	}
	return st, i
}

// readNum reads up to max decimal digits.
func readNum(s string, max int) (n, width int) {
	for width < len(s) && width < max && isDigit(s[width]) {
		n = n*10 + int(s[width]-'0')
		width++
	}
	if width < len(s) && isDigit(s[width]) {
		return 0, 0 // too many digits
	}
	return n, width
}

// replyPrefix recognises "NNN " / "NNN-" / "NNN" at the start of s with an
// optional enhanced code after it. It returns the code, the enhanced code
// text and the total prefix length (including separators).
func replyPrefix(s string) (code int, enhanced string, n int) {
	if len(s) < 3 || s[0] < '2' || s[0] > '5' || !isDigit(s[1]) || !isDigit(s[2]) {
		return 0, "", 0
	}
	if len(s) > 3 && s[3] != ' ' && s[3] != '-' && s[3] != '\t' && s[3] != '\r' && s[3] != '\n' {
		return 0, "", 0
	}
	code = int(s[0]-'0')*100 + int(s[1]-'0')*10 + int(s[2]-'0')
	n = 3
	if n < len(s) && (s[n] == ' ' || s[n] == '-' || s[n] == '\t') {
		n++
	}
	j := n
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j < len(s) && s[j] == '#' {
		// Cisco AsyncOS and qmail write "550 #5.1.0 Address rejected".
		if _, w := parseStatus(s[j+1:]); w > 0 {
			j++
		}
	}
	if _, w := parseStatus(s[j:]); w > 0 {
		enhanced = s[j : j+w]
		n = j + w
		if n < len(s) && (s[n] == ' ' || s[n] == '\t') {
			n++
		}
	}
	return code, enhanced, n
}

// ParseReply extracts the SMTP reply code and the RFC 3463 enhanced status
// code from the first line of a response ("550 5.1.1 ...", "421-4.7.0 ...").
// The enhanced code counts only when it directly follows the reply code.
// Postfix session texts ("host mx[ip] said: 550 5.1.1 ...", "host mx[ip]
// refused to talk to me: 554 ...") are recognised too, because the remote
// reply is embedded after the MTA's own prefix. It returns 0 and "" when the
// text carries no reply code (an MTA-generated text).
func ParseReply(s string) (code int, enhanced string) {
	s = trimLeftSpace(s)
	if c, e, n := replyPrefix(s); n > 0 {
		return c, e
	}
	if len(s) > 5 && equalFoldASCII(s[:5], "host ") {
		line := s
		for i := 0; i < len(line); i++ {
			if line[i] == '\n' {
				line = line[:i]
				break
			}
		}
		for _, marker := range [...]string{" said: ", " refused to talk to me: "} {
			// Postfix writes these markers in lower case (smtp_trouble.c).
			if i := strings.Index(line, marker); i >= 0 {
				if c, e, n := replyPrefix(line[i+len(marker):]); n > 0 {
					return c, e
				}
			}
		}
	}
	return 0, ""
}

// leadingStatus returns an enhanced status code that starts a code-less text,
// e.g. Cisco's "5.4.7 - Delivery expired (message too old)".
func leadingStatus(s string) status {
	st, _ := parseStatus(trimLeftSpace(s))
	return st
}

// qmailStatus finds a qmail-style "(#5.1.1)" code anywhere in s. qmail
// writes these into its own texts, and for code-less texts the class decides
// whether qmail-send retried (4) or bounced (5).
func qmailStatus(s string) status {
	// strings.Index is vectorised; most texts hold no "(#" at all.
	for off := 0; off+7 <= len(s); {
		j := strings.Index(s[off:], "(#")
		if j < 0 {
			break
		}
		i := off + j
		if st, w := parseStatus(s[i+2:]); w > 0 && i+2+w < len(s) && s[i+2+w] == ')' {
			return st
		}
		off = i + 2
	}
	return status{}
}

// namedStatus returns a failure's enhanced status code (RFC 3463, class 4
// or 5) that a code-less report names as one: after the word "status", "code" or
// "error" and a colon, space, "#" or "=" ("Status: 5.2.2", RFC 3464
// §2.3.4's field quoted in a report; "the next-hop server … returned the
// following error code: 5.2.2.", Archiveopteryx's report, probe CJ
// cj-038; "failed, error 5.7.1"), or the zero status. Like embeddedReply
// it reads the first 1 KiB. A number in a version or an address ("5.2.2.1",
// "version 5.2.2") is no code. Of several, the first permanent (class 5)
// one, else the first transient one: a report that names both ("First
// attempt: error 4.4.1 … Final attempt: error 5.1.1. Giving up.", a DSN
// with a delayed and a failed recipient) has a failure the 4.x.x does not
// undo (newcomer review S40). A word before "status", "code" or "error"
// that makes it another program's number or a past one ("HTTP status
// 4.0.4", "version code 5.1.1", "build error 4.2.1", "previous error 4.2.2"
// in a success notice) leaves it unread (notDeliveryStatus; newcomer
// review S40 N10, N11).
func namedStatus(s string) status {
	if len(s) > 1024 {
		s = s[:1024]
	}
	var transient status
	for i := 1; i+5 <= len(s); i++ {
		c := s[i]
		if c != '4' && c != '5' || s[i+1] != '.' || isDigit(s[i-1]) || s[i-1] == '.' {
			continue
		}
		st, w := parseStatus(s[i:])
		if w == 0 || !st.valid() {
			continue
		}
		before := strings.TrimRight(s[:i], " :#=(")
		if len(before) == i {
			continue // glued to a word ("v5.2.2")
		}
		if w0 := lastWord(before); strings.EqualFold(w0, "status") || strings.EqualFold(w0, "code") || strings.EqualFold(w0, "error") {
			if q := lastWord(before[:len(before)-len(w0)]); hasFoldWord(q, notDeliveryStatus) {
				continue
			}
			if st.class == 5 {
				return st
			}
			if !transient.valid() {
				transient = st
			}
		}
	}
	return transient
}

// notDeliveryStatus are the words before "status", "code" or "error" that
// make the number after it no delivery status of this message
// (namedStatus).
var notDeliveryStatus = []string{"http", "https", "version", "build", "compile", "compiler", "exit", "previous", "earlier", "prior"}

// hasFoldWord reports whether w equals one of words in ASCII case.
func hasFoldWord(w string, words []string) bool {
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// exceptionStatus returns the enhanced status code (RFC 3463, class 4 or 5)
// that begins a reply a client library's exception quotes without its
// reply code, right after the exception's name and colon ("MailKit.Net.
// Smtp.SmtpCommandException: 5.2.2 <a@b>: Recipient address rejected:
// mailbox quota exceeded, try again later", Duplicati's report, probe CW
// cw-029), or the zero status. MailKit's SmtpCommandException keeps the
// server's text and its status code in a property of its own, so the
// status is the reply's, and the reply's words after it ("try again
// later") are the server's, not the client's word that it retries. Only
// an exception of an SMTP library counts (its name holds "Smtp"). Like
// embeddedReply it reads the first 1 KiB.
func exceptionStatus(s string) status {
	if len(s) > 1024 {
		s = s[:1024]
	}
	for off := 0; ; {
		i := indexFoldASCII(s[off:], "exception: ")
		if i < 0 {
			return status{}
		}
		name := s[:off+i]
		name = name[strings.LastIndexAny(name, " .:(\t\n")+1:]
		off += i + len("exception: ")
		if indexFoldASCII(name, "smtp") < 0 {
			continue // another library's error ("NullReferenceException: 5.2.2 is not …")
		}
		st, w := parseStatus(s[off:])
		if w > 0 && st.valid() && (st.class == 4 || st.class == 5) && (off+w == len(s) || s[off+w] == ' ') {
			return st
		}
	}
}

// clientRetryWords are a client's words that it sends the message again
// itself, which a server's refusal does not use of the client: the
// exceptionStatus class yields to them (review S42 s42r-20).
var clientRetryWords = []string{"retrying in ", "retrying at ", "will retry", "will be retried", "next attempt", "next retry", "retry attempt"}

// actionStatus returns the status after a recipient's DSN action in the
// "rcpt; Failed; 5.2.2 (mailbox full)" form of Openwave InterMail's and
// other MTAs' reports (RFC 3464 §2.3.3 action, §2.3.4 status), or the
// zero status.
func actionStatus(s string) status {
	for _, a := range [...]string{"; failed; ", "; delayed; "} {
		if i := indexFoldASCII(s, a); i >= 0 {
			if st, w := parseStatus(s[i+len(a):]); w > 0 {
				return st
			}
		}
	}
	return status{}
}

func trimLeftSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n') {
		s = s[1:]
	}
	return s
}

func lowerASCII(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

// indexFoldASCII is strings.Index with ASCII case folding, allocation-free.
// It looks for sub's first byte in either case with IndexByte (vectorised)
// and compares the rest only there: the narratives and wrappers it reads
// are a few hundred bytes searched for dozens of phrases each, and a
// comparison at every offset cost a quarter of a classification.
func indexFoldASCII(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	last := len(s) - n // the last offset sub can start at
	if last < 0 {
		return -1
	}
	// next finds b's next offset from i, or last+1: each case's offset is
	// searched again only once passed, so the search stays linear.
	next := func(b byte, i int) int {
		if j := strings.IndexByte(s[i:last+1], b); j >= 0 {
			return i + j
		}
		return last + 1
	}
	lo, up := lowerASCII(sub[0]), upperASCII(sub[0])
	nextLo, nextUp := next(lo, 0), last+1
	if up != lo {
		nextUp = next(up, 0)
	}
	for {
		i := min(nextLo, nextUp)
		if i > last {
			return -1
		}
		if equalFoldASCII(s[i+1:i+n], sub[1:]) {
			return i
		}
		if i == nextLo {
			nextLo = next(lo, i+1)
		} else {
			nextUp = next(up, i+1)
		}
	}
}

// upperASCII is lowerASCII's converse.
func upperASCII(b byte) byte {
	if 'a' <= b && b <= 'z' {
		return b - 'a' + 'A'
	}
	return b
}

// codePattern matches enhanced status codes in rule tables. Class 0 means
// any class ("x.7.26"); detail range lo..hi, with lo = -1 meaning any detail.
type codePattern struct {
	class, subject, lo, hi int
}

func (p codePattern) match(s status) bool {
	if !s.valid() {
		return false
	}
	if p.class != 0 && p.class != s.class || p.subject != s.subject {
		return false
	}
	return p.lo < 0 || s.detail >= p.lo && s.detail <= p.hi
}

// parseCodePattern parses "x.7.26", "5.7.606-649" or "x.5.*". It panics on a
// malformed pattern: patterns are compile-time table data, not input.
func parseCodePattern(p string) codePattern {
	var cp codePattern
	bad := func() { panic("diagnose: bad code pattern " + p) }
	if len(p) < 5 || p[1] != '.' {
		bad()
	}
	switch {
	case p[0] == 'x':
		cp.class = 0
	case p[0] == '2' || p[0] == '4' || p[0] == '5':
		cp.class = int(p[0] - '0')
	default:
		bad()
	}
	rest := p[2:]
	n, w := readNum(rest, 3)
	if w == 0 || w >= len(rest) || rest[w] != '.' {
		bad()
	}
	cp.subject = n
	rest = rest[w+1:]
	if rest == "*" {
		cp.lo, cp.hi = -1, -1
		return cp
	}
	n, w = readNum(rest, 3)
	if w == 0 {
		bad()
	}
	cp.lo, cp.hi = n, n
	if w < len(rest) {
		if rest[w] != '-' {
			bad()
		}
		m, w2 := readNum(rest[w+1:], 3)
		if w2 == 0 || w+1+w2 != len(rest) {
			bad()
		}
		cp.hi = m
	}
	return cp
}
