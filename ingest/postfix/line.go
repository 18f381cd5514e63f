package postfix

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// envelope is the syslog part of one log line: when, where and who logged
// the message, and the message itself. All strings are substrings of the
// line.
type envelope struct {
	time    time.Time
	host    string
	program string
	pid     string
	msg     string
	// hasTag says a program tag was found; lines without one (syslogd's
	// "last message repeated" notes) are skipped, never deliveries.
	hasTag bool
	// raw is the line as its own writer logged it, when another daemon
	// forwarded it inside its line (forwardedLine): what identifies the
	// record. Empty: the whole line.
	raw string
}

// recordLine is what identifies the record of line: its own writer's
// line when it came forwarded, else line itself.
func (e *envelope) recordLine(line string) string {
	if e.raw != "" {
		return e.raw
	}
	return line
}

// parseEnvelope splits a log line into its syslog header and message. The
// header shapes it reads:
//
//   - BSD syslog "Mar  3 07:14:09 host prog[pid]: msg", with fractional
//     seconds too (journalctl -o short-precise);
//   - an RFC 3339 timestamp instead (rsyslog, journalctl -o short-iso and
//     short-iso-precise), journalctl -o short-full ("Mon 2024-02-14
//     14:47:24 CET") and -o short-unix ("1707918444.705153");
//   - RFC 5424 ("<22>1 TS HOST APP PROCID MSGID SD MSG"), and an optional
//     "<PRI>" before the others;
//   - extra or missing columns between the timestamp and the program tag:
//     busybox syslogd's "facility.level" after the host, templates that
//     print a level ("INFO") instead of the host; the tag ("postfix/smtp[1]:",
//     "postfix-out/smtp[1]:", "dovecot:") is searched among the first
//     columns, and the host is the first column that is not a level;
//   - a Solaris-style message id after the tag ("[ID 197553 mail.info] ");
//   - a container runtime's CRI prefix ("2024-02-14T14:47:24.7Z stdout F "),
//     whose time is used when the rest has none, and the RFC 3339 time that
//     "docker logs -t" and "kubectl logs --timestamps" put before a line
//     that has its own syslog header;
//   - a date and a time separated by a space ("2024-02-14 14:47:24", the
//     default of syslog-ng's and many loggers' ISO templates), read in loc
//     unless a zone follows; the date with slashes ("2024/02/14", Go's log
//     package and others), and a time in brackets ("[2024-02-14
//     14:47:24]", "[Mar 22 07:45:01]").
//
// Docker's json-file lines ({"log":"…","stream":"stdout","time":"…"}),
// journalctl -o json and -o json-seq entries (journalLine) and, given the
// boot time, -o short-monotonic and -o short-delta lines (monotonicPrefix)
// are turned into such lines by Parse before this runs, as are lines
// behind grep's file names and line numbers (grepPrefix) and daemontools'
// TAI64N labels (tai64nPrefix).
//
// An error means the line has no usable header: a cut line or a
// continuation fragment.
func parseEnvelope(line string, loc *time.Location, now func() time.Time) (envelope, error) {
	return parseEnvelopeDepth(line, loc, now, 0)
}

// parseEnvelopeDepth is parseEnvelope; depth counts the runtime timestamps
// already taken off, so that a line of timestamps cannot recurse.
func parseEnvelopeDepth(line string, loc *time.Location, now func() time.Time, depth int) (envelope, error) {
	s := line
	if s == "" {
		return envelope{}, errors.New("empty line")
	}
	var criTime time.Time
	if t, rest, partial, ok := criPrefix(s); ok {
		if partial {
			return envelope{}, errors.New("partial container log line (CRI tag P): the rest follows on the next line")
		}
		criTime, s = t, rest
		if s == "" {
			return envelope{}, errors.New("container log line without a message")
		}
	}
	if s[0] == ' ' || s[0] == '\t' {
		return envelope{}, errors.New("starts with white space: a continuation fragment of a wrapped line")
	}
	s = untabHeader(s)
	if s[0] == '[' {
		// "[2024-02-14 14:47:24] host prog[pid]: …", "[Feb 14 14:47:24]
		// …": loggers and templates that bracket the time.
		if end := strings.IndexByte(s, ']'); end > 1 && end+1 < len(s) && s[end+1] == ' ' && startsWithTimestamp(s[1:end]+" ") {
			s = s[1:end] + s[end+1:]
		}
	}
	if len(s) > 10 && isDigit(s[0]) && s[4] == '/' && s[7] == '/' && (s[10] == ' ' || s[10] == 'T') {
		// "2024/02/14 14:47:24": the date with slashes (Go's log
		// package, many loggers' default), read as its dashed form.
		s = s[:4] + "-" + s[5:7] + "-" + s[8:]
	}
	if s[0] == '<' {
		end := strings.IndexByte(s, '>')
		if end < 2 || end > 4 || !allDigits(s[1:end]) {
			return envelope{}, errors.New("bad <PRI> prefix")
		}
		s = s[end+1:]
		if strings.HasPrefix(s, "1 ") {
			return parse5424(s[2:], loc)
		}
	}
	var env envelope
	var err error
	switch {
	case len(s) >= 5 && s[4] == '-' && isDigit(s[0]):
		sp := strings.IndexByte(s, ' ')
		if sp < 0 {
			return env, fmt.Errorf("nothing after the timestamp %q (cut line?)", clip(s, 40))
		}
		tok := s[:sp]
		if sp == 10 {
			// "2024-02-14 14:47:24[.frac][zone]": date and time in two columns.
			end := strings.IndexByte(s[sp+1:], ' ')
			if end < 0 {
				return env, fmt.Errorf("nothing after the timestamp %q (cut line?)", clip(s, 40))
			}
			tok = s[:sp] + "T" + s[sp+1:sp+1+end]
			sp += 1 + end
		}
		if env.time, err = parseISOTime(tok, loc); err != nil {
			return env, err
		}
		isoLine := s
		s = s[sp+1:]
		if strings.HasPrefix(s, "{") {
			// Loki's logcli: "TIME {label="value", …} LINE".
			if end := strings.Index(s, "} "); end > 0 {
				s = s[end+2:]
			}
		}
		if inner := trimLeadingSpaces(s); depth < 1 {
			// "docker logs -t" / "kubectl logs --timestamps": the runtime's
			// time, then the program's own syslog line; its header decides.
			// "aws logs tail" puts the log stream's name between them.
			// A year-less inner stamp takes its year from the outer time.
			outer := env.time
			at := func() time.Time { return outer }
			if startsWithTimestamp(inner) {
				if e, ierr := parseEnvelopeDepth(inner, loc, at, depth+1); ierr == nil {
					return e, nil
				}
			} else if col, rest, ok := strings.Cut(inner, " "); ok && !strings.HasSuffix(col, ":") && startsWithTimestamp(rest) {
				if e, ierr := parseEnvelopeDepth(rest, loc, at, depth+1); ierr == nil && e.hasTag {
					return e, nil
				}
			}
		}
		if _, _, _, _, tagged := splitHeader(s); !tagged {
			// RFC 5424's fields without its "<PRI>1 " (sysklogd 2.x's
			// local files: "TIME HOST APP PROCID MSGID SD MSG"): the app
			// name carries no colon, so no tag is found.
			if e, ierr := parse5424(isoLine, loc); ierr == nil && e.hasTag && looksPostfix(e.program) {
				return e, nil
			}
		}
	case unixTimeLen(s) > 0:
		n := unixTimeLen(s)
		if env.time, err = parseUnixTime(s[:n]); err != nil {
			return env, err
		}
		s = s[n+1:]
	case len(s) > 8 && weekday(s[:3]) && s[3] == ' ' && isDigit(s[4]):
		if env.time, s, err = parseShortFull(s[4:], loc); err != nil {
			return env, err
		}
	case !criTime.IsZero() && monthOf(s[:min(3, len(s))]) == 0:
		// The container's own line carries no time: use the runtime's.
		env.time = criTime
	default:
		if env.time, s, err = parseBSDTime(s, loc, now()); err != nil {
			return env, err
		}
	}
	env.host, env.program, env.pid, env.msg, env.hasTag = splitHeader(s)
	if !env.hasTag {
		if looksPostfixHeader(s) {
			// "host postfix/smtp[123" or "host postfix/smtp[123]:" with
			// nothing after it: Postfix always logs a message, so this
			// was cut.
			return env, fmt.Errorf("postfix line cut after the program tag")
		}
		if strings.IndexByte(s, ' ') <= 0 {
			return env, fmt.Errorf("no program tag after the host name (cut line?)")
		}
	}
	env.msg = stripMessageID(env.msg)
	if env.hasTag && depth < 1 {
		if inner, ok := forwardedLine(env, loc, depth); ok {
			return inner, nil
		}
	}
	return env, nil
}

// forwardedLine reads a line that a container runtime or a relaying
// syslog daemon forwarded inside its own: Docker's syslog and journald
// logging drivers log a container's output under the runtime's tag
// ("Mar 22 07:45:01 host docker/4f2a[977]: …"), and what follows is the
// container's own line, either a whole syslog line of Postfix's (postlog
// writing to stdout, maillog_file) or only its tag and message
// ("postfix/smtp[1085]: 8DB5E171B: to=<…>"). The inner line is taken
// when the outer message is not itself a Postfix message (no queue id
// where it starts) and the inner one has a Postfix-style tag; a forwarded
// line without its own time keeps the outer time and host.
func forwardedLine(env envelope, loc *time.Location, depth int) (envelope, bool) {
	if _, _, ok := splitQueueID(env.msg); ok {
		return envelope{}, false
	}
	if startsWithTimestamp(env.msg) {
		at := env.time
		inner, err := parseEnvelopeDepth(env.msg, loc, func() time.Time { return at }, depth+1)
		if err != nil || !inner.hasTag || !looksPostfix(inner.program) {
			return envelope{}, false
		}
		if inner.host == "" {
			inner.host = env.host // review S22C-11
		}
		// The inner line, header and all, is the record: the same line
		// relayed twice is one event (review S22C-8).
		inner.raw = env.msg
		return inner, true
	}
	sp := strings.IndexByte(env.msg, ' ')
	if sp <= 0 {
		return envelope{}, false
	}
	program, pid, ok := programTag(env.msg[:sp])
	if !ok || !looksPostfix(program) {
		return envelope{}, false
	}
	inner := env
	inner.program, inner.pid = program, pid
	inner.msg = stripMessageID(trimLeadingSpaces(env.msg[sp+1:]))
	return inner, true
}

// maxHeaderColumns bounds the columns searched for the program tag: host,
// facility.level, level, and one spare.
const maxHeaderColumns = 4

// splitHeader finds the program tag among the first columns of s (what
// follows the timestamp) and returns the host (the first earlier column
// that is not a syslog level), the program, its pid and the message.
// Without a tag the host is the first column and msg the rest.
func splitHeader(s string) (host, program, pid, msg string, ok bool) {
	rest := s
	first := ""
	for col := 0; col < maxHeaderColumns && rest != ""; col++ {
		sp := strings.IndexByte(rest, ' ')
		tok := rest
		if sp >= 0 {
			tok = rest[:sp]
		}
		if prog, id, isTag := programTag(tok); isTag && sp >= 0 {
			return host, prog, id, trimLeadingSpaces(rest[sp+1:]), true
		}
		if len(tok) > 2 && tok[0] == '[' && tok[len(tok)-1] == ']' && looksPostfix(tok[1:len(tok)-1]) && sp >= 0 {
			// metalog: "Mar 14 01:00:58 [postfix/smtp] QID: …", the
			// program in brackets, without host or pid.
			return host, tok[1 : len(tok)-1], "", trimLeadingSpaces(rest[sp+1:]), true
		}
		if col == 0 {
			first = tok
		}
		if host == "" && !isSyslogLevel(tok) {
			host = tok
		}
		if sp < 0 {
			break
		}
		rest = trimLeadingSpaces(rest[sp+1:])
	}
	// No tag: the classic "host message" shape ("last message repeated").
	if sp := strings.IndexByte(s, ' '); sp > 0 {
		return first, "", "", s[sp+1:], false
	}
	return first, "", "", "", false
}

// programTag recognises "prog[pid]:" and "prog:" (a syslog TAG, RFC 3164
// §4.1.3): a name of printable characters without brackets or colons,
// optionally followed by a bracketed pid, and a final colon.
func programTag(tok string) (program, pid string, ok bool) {
	if len(tok) < 2 || tok[len(tok)-1] != ':' {
		return "", "", false
	}
	tok = tok[:len(tok)-1]
	if tok[len(tok)-1] == ']' {
		open := strings.IndexByte(tok, '[')
		if open <= 0 || open+1 == len(tok)-1 || !allDigits(tok[open+1:len(tok)-1]) {
			return "", "", false
		}
		program, pid = tok[:open], tok[open+1:len(tok)-1]
	} else {
		program = tok
	}
	for i := 0; i < len(program); i++ {
		c := program[i]
		if c <= ' ' || c == '[' || c == ']' || c == ':' || c >= 0x7f {
			return "", "", false
		}
	}
	return program, pid, true
}

// isSyslogLevel reports whether a header column is a syslog severity or
// "facility.severity" (busybox syslogd, rsyslog %syslogseverity-text%
// templates), which some daemons print where the host name usually is.
func isSyslogLevel(tok string) bool {
	if len(tok) > 2 && tok[0] == '<' && tok[len(tok)-1] == '>' {
		// FreeBSD syslogd -v: "<2.6>", the facility's and the
		// priority's numbers.
		if f, p, ok := strings.Cut(tok[1:len(tok)-1], "."); ok && f != "" && p != "" && allDigits(f) && allDigits(p) {
			return true
		}
	}
	tok = strings.Trim(tok, "<>[]")
	if i := strings.IndexByte(tok, '.'); i > 0 {
		if !isFacility(strings.ToLower(tok[:i])) {
			return false
		}
		tok = tok[i+1:]
	}
	switch strings.ToLower(tok) {
	case "emerg", "panic", "alert", "crit", "critical", "err", "error", "warn", "warning",
		"notice", "info", "debug", "none":
		return true
	}
	return false
}

func isFacility(s string) bool {
	switch s {
	case "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv",
		"ftp", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7":
		return true
	}
	return false
}

// stripMessageID removes a Solaris-style message id ("[ID 197553
// mail.info] ") that syslogd puts after the tag.
func stripMessageID(msg string) string {
	if !strings.HasPrefix(msg, "[ID ") {
		return msg
	}
	end := strings.IndexByte(msg, ']')
	if end < 0 || end > 64 {
		return msg
	}
	return trimLeadingSpaces(msg[end+1:])
}

func trimLeadingSpaces(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// looksPostfixHeader reports whether one of the first columns of s starts
// a Postfix-style program name: a cut tag.
func looksPostfixHeader(s string) bool {
	rest := s
	for col := 0; col < maxHeaderColumns && rest != ""; col++ {
		if looksPostfix(rest) {
			return true
		}
		sp := strings.IndexByte(rest, ' ')
		if sp < 0 {
			return false
		}
		rest = trimLeadingSpaces(rest[sp+1:])
	}
	return false
}

// startsWithTimestamp reports whether s starts like one of the syslog
// header shapes parseEnvelope reads: a BSD month name and day, an RFC 3339
// date, or a <PRI>.
func startsWithTimestamp(s string) bool {
	switch {
	case len(s) >= 6 && monthOf(s[:3]) != 0 && s[3] == ' ' && (isDigit(s[4]) || s[4] == ' '):
		return true
	case len(s) >= 11 && isDigit(s[0]) && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' '):
		return true
	case len(s) >= 3 && s[0] == '<' && isDigit(s[1]):
		return true
	}
	return false
}

// criPrefix recognises the CRI container log format (Kubernetes, containerd,
// CRI-O): "TIMESTAMP STREAM TAG MESSAGE" with STREAM stdout or stderr and
// TAG F (full line) or P (partial line).
func criPrefix(s string) (t time.Time, rest string, partial, ok bool) {
	if len(s) < 30 || !isDigit(s[0]) || s[4] != '-' {
		return time.Time{}, s, false, false
	}
	sp := strings.IndexByte(s, ' ')
	if sp < 20 {
		return time.Time{}, s, false, false
	}
	after := s[sp+1:]
	var stream string
	switch {
	case strings.HasPrefix(after, "stdout "):
		stream = "stdout "
	case strings.HasPrefix(after, "stderr "):
		stream = "stderr "
	default:
		return time.Time{}, s, false, false
	}
	after = after[len(stream):]
	if len(after) < 2 || (after[0] != 'F' && after[0] != 'P') || after[1] != ' ' {
		return time.Time{}, s, false, false
	}
	ts, err := time.Parse(time.RFC3339Nano, s[:sp])
	if err != nil {
		return time.Time{}, s, false, false
	}
	return ts, after[2:], after[0] == 'P', true
}

// looksPostfix reports whether s starts with a Postfix-style program name
// ("postfix/smtp", "postfix-out/qmgr"): a syslog_name and a daemon
// separated by a slash.
func looksPostfix(s string) bool {
	end := strings.IndexAny(s, " [:")
	if end < 0 {
		end = len(s)
	}
	return strings.IndexByte(s[:end], '/') > 0
}

// parse5424 parses what follows "<PRI>1 " in an RFC 5424 record.
func parse5424(s string, loc *time.Location) (envelope, error) {
	var env envelope
	var fields [5]string // TIMESTAMP HOSTNAME APP-NAME PROCID MSGID
	for i := range fields {
		sp := strings.IndexByte(s, ' ')
		if sp < 0 {
			return env, fmt.Errorf("RFC 5424 header cut after %d of 6 fields", i)
		}
		fields[i], s = s[:sp], s[sp+1:]
	}
	if fields[0] == "-" {
		return env, errors.New("RFC 5424 record without a timestamp")
	}
	var err error
	if env.time, err = parseISOTime(fields[0], loc); err != nil {
		return env, err
	}
	env.host = nilValue(fields[1])
	env.program = nilValue(fields[2])
	env.pid = nilValue(fields[3])
	// Structured data: "-" or one or more [id param="value" ...] elements.
	switch {
	case s == "":
		return env, errors.New("RFC 5424 header cut before the structured data")
	case s[0] == '-':
		s = s[1:]
	case s[0] == '[':
		n, err := skipSD(s)
		if err != nil {
			return env, err
		}
		s = s[n:]
	default:
		return env, fmt.Errorf("RFC 5424 structured data is neither '-' nor '[…]': %q", clip(s, 20))
	}
	switch {
	case s == "":
		// RFC 5424 allows a record without MSG, but Postfix always logs a
		// message, so such a record from a Postfix daemon was cut.
		if looksPostfix(env.program) {
			return env, errors.New("RFC 5424 record of a postfix daemon without a message (cut line?)")
		}
	case s[0] != ' ':
		return env, fmt.Errorf("no space after the RFC 5424 structured data: %q", clip(s, 20))
	default:
		// rsyslog's RFC5424 templates put a second space there
		// (RSYSLOG_SyslogProtocol23Format: "%STRUCTURED-DATA% %msg%",
		// whose msg keeps syslog's leading space).
		env.msg = trimLeadingSpaces(strings.TrimPrefix(s[1:], "\uFEFF"))
	}
	env.hasTag = env.program != ""
	return env, nil
}

// skipSD returns the length of the SD-ELEMENTs at the start of s. Inside a
// quoted parameter value, '\' escapes the next byte, so `\"` and `\]` do
// not end the value or the element.
func skipSD(s string) (int, error) {
	i := 0
	for i < len(s) && s[i] == '[' {
		inQuote := false
		j := i + 1
		for ; j < len(s); j++ {
			c := s[j]
			if inQuote {
				switch c {
				case '\\':
					j++
				case '"':
					inQuote = false
				}
				continue
			}
			if c == '"' {
				inQuote = true
			} else if c == ']' {
				break
			}
		}
		if j >= len(s) {
			return 0, errors.New("unterminated RFC 5424 structured data element")
		}
		i = j + 1
	}
	return i, nil
}

func nilValue(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// untabHeader returns s with the tabs before its first ": " (the end of a
// program tag) made spaces: templates that separate the header's columns
// with tabs (Kiwi Syslog's "DATE TIME<TAB>Facility.Level<TAB>HOST<TAB>
// MESSAGE"). The message keeps its own.
func untabHeader(s string) string {
	end := strings.Index(s, ": ")
	if end < 0 || strings.IndexByte(s[:end], '\t') < 0 {
		return s
	}
	return strings.ReplaceAll(s[:end], "\t", " ") + s[end:]
}
