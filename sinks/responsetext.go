package sinks

import (
	"strings"
	"unicode"
)

// responseText is a remote server's SMTP response as a notification's
// body shows it: every line indented by two spaces under its heading, so
// that no line of it starts at the margin where mailflow's own lines
// ("Status: …", "Open in the console: …") stand, and without what a reader
// cannot see for what it is: carriage returns, other control characters
// (but the line breaks) and the bidirectional formatting characters
// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) that reorder
// the text around them (CVE-2021-42574). The response is the recipient
// domain's server's text: a review found it could write lines into the
// body that read as mailflow's own, and ticketing systems parse bodies.
// The first line is not indented: the template puts it under its heading.
func responseText(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
	var b strings.Builder
	b.Grow(len(s))
	for _, c := range s {
		switch {
		case c == '\n':
			b.WriteString("\n  ")
		case c == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(c), isBidiFormat(c):
			// dropped
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// isBidiFormat reports the characters of Unicode's bidirectional
// formatting (UAX #9): embeddings, overrides, isolates and the marks.
func isBidiFormat(c rune) bool {
	return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C
}
