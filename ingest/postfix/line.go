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
}

// parseEnvelope splits a log line into its syslog header and message. It
// understands BSD syslog ("Mar  3 07:14:09 host prog[pid]: msg"), an RFC 3339
// or journald short-iso timestamp in place of the BSD one, RFC 5424
// ("<22>1 TS HOST APP PROCID MSGID SD MSG") and an optional "<PRI>" prefix
// on the first two. An error means the line has no usable header: a cut
// line or a continuation fragment.
func parseEnvelope(line string, loc *time.Location, now func() time.Time) (envelope, error) {
	var env envelope
	s := line
	if s == "" {
		return env, errors.New("empty line")
	}
	if s[0] == ' ' || s[0] == '\t' {
		return env, errors.New("starts with white space: a continuation fragment of a wrapped line")
	}
	if s[0] == '<' {
		end := strings.IndexByte(s, '>')
		if end < 2 || end > 4 || !allDigits(s[1:end]) {
			return env, errors.New("bad <PRI> prefix")
		}
		s = s[end+1:]
		if strings.HasPrefix(s, "1 ") {
			return parse5424(s[2:], loc)
		}
	}
	var err error
	switch {
	case len(s) >= 5 && s[4] == '-' && s[0] >= '0' && s[0] <= '9':
		sp := strings.IndexByte(s, ' ')
		if sp < 0 {
			return env, fmt.Errorf("nothing after the timestamp %q (cut line?)", clip(s, 40))
		}
		if env.time, err = parseISOTime(s[:sp], loc); err != nil {
			return env, err
		}
		s = s[sp+1:]
	default:
		if env.time, s, err = parseBSDTime(s, loc, now()); err != nil {
			return env, err
		}
	}
	sp := strings.IndexByte(s, ' ')
	if sp <= 0 {
		return env, fmt.Errorf("no program tag after the host name (cut line?)")
	}
	env.host, s = s[:sp], s[sp+1:]
	env.program, env.pid, env.msg, env.hasTag = splitTag(s)
	if !env.hasTag && looksPostfix(s) {
		// "host postfix/smtp[123" or "host postfix/smtp[123]:" with nothing
		// after it: Postfix always logs a message, so this was cut.
		return env, fmt.Errorf("postfix line cut after the program tag")
	}
	return env, nil
}

// splitTag splits "prog[pid]: msg" or "prog: msg".
func splitTag(s string) (program, pid, msg string, ok bool) {
	colon := strings.Index(s, ": ")
	if colon <= 0 {
		return "", "", s, false
	}
	tag := s[:colon]
	if strings.IndexByte(tag, ' ') >= 0 {
		return "", "", s, false
	}
	msg = s[colon+2:]
	if tag[len(tag)-1] == ']' {
		if open := strings.IndexByte(tag, '['); open > 0 {
			return tag[:open], tag[open+1 : len(tag)-1], msg, true
		}
	}
	return tag, "", msg, true
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
		env.msg = strings.TrimPrefix(s[1:], "\uFEFF")
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
