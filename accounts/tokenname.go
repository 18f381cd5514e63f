package accounts

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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
// Source" trick, CVE-2021-42574), no other invisible format character
// (Unicode Cf, see invisibleFormat), at least one visible character (see
// visible: a name of U+200B, U+3164 or lone combining marks shows as a
// blank row) and no pile of combining marks (maxStackedMarks). The error
// never quotes the name.
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
	case strings.ContainsFunc(name, invisibleFormat):
		return errors.New("the token's name holds an invisible formatting character (Unicode category Cf, such as U+200B or U+FEFF), which makes two names look alike: use plain text")
	case !strings.ContainsFunc(name, visible):
		return errors.New("the token's name shows nothing (only spaces, fillers or combining marks): use letters or digits, such as the machine that uses it")
	case stackedMarks(name) > maxStackedMarks:
		return fmt.Errorf("the token's name stacks more than %d combining marks on one character, which spills over the lines around it: use plain text", maxStackedMarks)
	}
	return nil
}

// invisibleFormat reports whether r is a format character (Unicode
// general category Cf: U+200B zero width space, U+FEFF, U+2060 word
// joiner, tags, …), which shows nothing and lets two names that look the
// same differ. The zero width joiner and non-joiner (U+200D, U+200C) are
// let through: Persian, the Indic scripts and emoji sequences need them
// between visible characters.
func invisibleFormat(r rune) bool {
	return unicode.Is(unicode.Cf, r) && r != '\u200C' && r != '\u200D'
}

// visible reports whether r shows as something: a letter, digit, symbol
// or punctuation mark that is not one of the blank characters Unicode
// classes as such (the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0
// and the other Default_Ignorable code points, variation selectors, and
// the blank Braille pattern U+2800).
func visible(r rune) bool {
	if !unicode.In(r, unicode.L, unicode.N, unicode.S, unicode.P) {
		return false
	}
	return !unicode.In(r, unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector) && r != '\u2800'
}

// maxStackedMarks bounds the combining marks on one character of a token
// name: Vietnamese puts two on a letter and Tibetan's stacks a few; the
// dozens of "Zalgo" text draw over the rows above and below.
const maxStackedMarks = 4

// stackedMarks returns the longest run of combining marks (Unicode
// categories Mn and Me) in s.
func stackedMarks(s string) int {
	longest, run := 0, 0
	for _, r := range s {
		if unicode.In(r, unicode.Mn, unicode.Me) {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// sameTokenName reports whether two token names would be taken for each
// other in a listing: equal after NFKC normalisation (UAX #15: full-width
// and compatibility forms read as their plain letters), in any letter
// case, with runs of spaces taken as one and the joiners dropped.
func sameTokenName(a, b string) bool {
	key := func(s string) string {
		s = norm.NFKC.String(s)
		s = strings.Map(func(r rune) rune {
			if r == '\u200C' || r == '\u200D' {
				return -1
			}
			return r
		}, s)
		return strings.Join(strings.Fields(s), " ")
	}
	return strings.EqualFold(key(a), key(b))
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
