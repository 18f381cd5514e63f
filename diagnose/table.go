package diagnose

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Column widths of the terminal table (RunCLI with Table): the longest
// outcome and category names, and "recipient's provider".
const (
	colOutcome  = 10
	colCategory = 22
	colWho      = 21
	colResponse = 70
)

func writeTableHeader(buf *bytes.Buffer) {
	pad(buf, "OUTCOME", colOutcome)
	pad(buf, "CATEGORY", colCategory)
	pad(buf, "WHO ACTS", colWho)
	buf.WriteString("RESPONSE\n")
}

// writeTableRow writes one response as a table row and, indented under it,
// what it means and what to check. Control characters and line breaks of
// the response are shown as spaces so a row stays one line.
func writeTableRow(buf *bytes.Buffer, response string, res Result) {
	pad(buf, res.Outcome, colOutcome)
	pad(buf, res.Category, colCategory)
	who := res.Advice.WhoActs
	if who == "" {
		who = "-"
	}
	pad(buf, who, colWho)
	buf.WriteString(clipRunes(oneLine(response), colResponse))
	buf.WriteByte('\n')
	indent := strings.Repeat(" ", colOutcome+1)
	summary := res.Advice.Summary
	if res.Provider != "" {
		summary += " (" + res.Provider + ")"
	}
	buf.WriteString(indent + summary + "\n")
	if res.Advice.Check != "" {
		buf.WriteString(indent + "check: " + res.Advice.Check + "\n")
	}
}

func pad(buf *bytes.Buffer, s string, width int) {
	buf.WriteString(s)
	for n := utf8.RuneCountInString(s); n < width; n++ {
		buf.WriteByte(' ')
	}
	buf.WriteByte(' ')
}

// oneLine replaces control characters (C0, DEL and C1: U+009B is an
// 8-bit CSI a terminal honours), bidirectional controls (U+202E would
// show an address reversed) and invalid UTF-8 by spaces (review
// S36C-N3).
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if unsafeForTerminal(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)
}

// unsafeForTerminal reports whether r is a control character or a
// bidirectional control, which a terminal acts on instead of showing.
func unsafeForTerminal(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// clipRunes shortens s to at most n runes, marking the cut with "…".
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, k := 0, 0
	for i = range s {
		if k == n-1 {
			break
		}
		k++
	}
	return s[:i] + "…"
}
