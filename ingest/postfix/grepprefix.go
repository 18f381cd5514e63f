package postfix

import "strings"

// grepPrefix removes what grep puts before each matching line when it
// searches several files or numbers lines, and returns the log line:
//
//   - "grep -H", "grep -r", "zgrep" over rotated logs: the file name and a
//     colon ("/var/log/mail.log.1:Mar 22 07:45:01 mx postfix/smtp[1]: …",
//     "mail.log.2.gz:…");
//   - "grep -n": the line number and a colon ("1532:Mar 22 …"), after the
//     file name when there is one ("mail.log:1532:Mar 22 …").
//
// Operators grep a day's log for a domain or a queue id and feed the
// result to mailflow ingest; without this every delivery of such a file
// was malformed. A prefix is taken only when what follows it starts with
// a timestamp the header parser reads and the line itself does not, and
// a prefix column never holds white space, so a message that merely
// contains a colon is left alone. Context lines (grep -C, "FILE-N-") are
// not matches and are not read. ok is false when there is no prefix.
func grepPrefix(line string) (rest string, ok bool) {
	if startsLogLine(line) {
		return line, false
	}
	rest = line
	for range 2 { // the file name, then a line number
		c := strings.IndexByte(rest, ':')
		if c <= 0 || strings.ContainsAny(rest[:c], " \t") {
			return line, false
		}
		rest = rest[c+1:]
		if startsLogLine(rest) {
			return rest, true
		}
	}
	return line, false
}

// startsLogLine reports whether s starts with a timestamp parseEnvelope
// reads, or the TAI64N label of a daemontools-style logger.
func startsLogLine(s string) bool {
	return startsWithTimestamp(s) || unixTimeLen(s) > 0 || isTAI64N(s)
}
