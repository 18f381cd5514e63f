package accounts

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxTokenNameLength bounds an API token's name, in characters.
const MaxTokenNameLength = 100

// CheckTokenName says why name (already trimmed of surrounding spaces)
// cannot name an API token, or nil. A name is shown in the console, in
// `mailflow account tokens list` and in the audit log, so it must be one
// line of printable text: no control characters (C0, DEL, C1: a newline
// would forge a row, an escape sequence drive a terminal) and no
// bidirectional formatting characters (Unicode TR #9's embeddings,
// overrides and isolates, which reorder what is shown: the "Trojan
// Source" trick, CVE-2021-42574). The error never quotes the name.
func CheckTokenName(name string) error {
	n := utf8.RuneCountInString(name)
	switch {
	case !utf8.ValidString(name):
		return errors.New("the token's name is not valid UTF-8 text")
	case n == 0:
		return fmt.Errorf("give the token a name of 1 to %d characters, such as the machine that uses it", MaxTokenNameLength)
	case n > MaxTokenNameLength:
		return fmt.Errorf("the token's name is %d characters long: use at most %d characters, such as the machine that uses it", n, MaxTokenNameLength)
	case strings.ContainsFunc(name, lineControl):
		return errors.New("the token's name holds a control character (a line break, tab or escape): use one line of plain text")
	case strings.ContainsFunc(name, bidiControl):
		return errors.New("the token's name holds a text direction control character (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), which changes how it is shown: use plain text")
	}
	return nil
}

// lineControl reports whether r is a control character (C0, DEL, C1) or
// one of Unicode's line and paragraph separators, which break a line too.
func lineControl(r rune) bool {
	return unicode.IsControl(r) || r == '\u2028' || r == '\u2029'
}

// bidiControl reports whether r is one of Unicode's explicit directional
// formatting characters (UAX #9 §2: embeddings, overrides, isolates and
// the marks).
func bidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
}
