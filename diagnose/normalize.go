package diagnose

import (
	"unicode"
	"unicode/utf8"
)

// maxScan caps the work per response. Real replies are a few hundred bytes;
// the first 4 KiB always hold the verdict, and the cap keeps a hostile or
// broken multi-megabyte "response" from costing more than a normal one.
const maxScan = 4096

// latin1Fold maps U+00C0..U+00FF to ASCII letters (Æ and ß are special-cased).
// Folding lets one table phrase ("boite pleine", "ueberschritten") match
// both accented and unaccented spellings, which servers use interchangeably.
const latin1Fold = "aaaaaaaceeeeiiiidnooooo ouuuuyts" + "aaaaaaaceeeeiiiidnooooo ouuuuyty"

// latinExtAFold maps U+0100..U+017F to ASCII letters.
const latinExtAFold = "aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" +
	"iiiiiiiiii" + "ii" + "jj" + "kkk" + "llllllllll" + "nnnnnnnnn" + "oooooo" + "oo" +
	"rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s"

// plainASCII maps a visible ASCII byte (0x21-0x7E) to itself lower-cased,
// the space to itself and every other byte to 0, so that normalize copies
// a run of plain words with one table look-up per byte.
const plainASCII = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	" !\"#$%&'()*+,-./0123456789:;<=>?" +
	"@abcdefghijklmnopqrstuvwxyz[\\]^_" +
	"`abcdefghijklmnopqrstuvwxyz{|}~\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// normalize appends a matching-friendly form of s to dst: ASCII lower-cased,
// Latin accents folded, typographic quotes and dashes made ASCII, control
// characters and invalid UTF-8 turned into spaces, and runs of whitespace
// collapsed into one space. With stripCodes, the "NNN-"/"NNN " reply prefix
// and a following enhanced code are removed from the start of every line, so
// that a phrase split over the lines of a multi-line reply still matches.
//
// The ASCII path writes by index into pre-grown space: this runs for every
// delivery event, so it avoids per-byte append bookkeeping.
func normalize(dst []byte, s string, stripCodes bool) []byte {
	if len(s) > maxScan {
		s = s[:maxScan]
	}
	w := len(dst)
	out := grow(dst, len(s))
	space := true // suppresses leading spaces and repeats
	lineStart := true
	for i := 0; i < len(s); {
		if lineStart {
			lineStart = false
			if stripCodes {
				j := i
				for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
					j++
				}
				if _, _, n := replyPrefix(s[j:]); n > 0 {
					i = j + n
					if !space {
						out[w] = ' '
						w++
						space = true
					}
					continue
				}
			}
		}
		b := s[i]
		if x := plainASCII[b]; x != 0 {
			// A run of visible ASCII and single spaces. A space after a
			// space is written but not kept (w does not advance), so that
			// the loop does not leave the run at every word's end: that
			// branch, as unpredictable as the text, was mispredicted about
			// once a word.
			sp := 0
			if space {
				sp = 1
			}
			for {
				out[w] = x
				last := sp
				sp = 0
				if x == ' ' {
					sp = 1
				}
				w, i = w+1-last&sp, i+1
				if i >= len(s) {
					break
				}
				if x = plainASCII[s[i]]; x == 0 {
					break
				}
			}
			space = sp == 1
			continue
		}
		if b < utf8.RuneSelf {
			i++
			if b > ' ' && b != 0x7f {
				if b-'A' < 26 {
					b += 'a' - 'A'
				}
				out[w] = b
				w++
				space = false
				continue
			}
			if b == '\n' {
				lineStart = true
			}
			if !space {
				out[w] = ' '
				w++
				space = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		var fold string // ASCII replacement, "" = keep the (lower-cased) rune
		switch {
		case r == utf8.RuneError && size <= 1,
			r == 0xA0 || r == 0x2007 || r == 0x202F || r >= 0x2000 && r <= 0x200B || r == 0x3000 || r == 0xD7 || r == 0xF7:
			fold = " "
		case r == 0xC6 || r == 0xE6: // Æ æ
			fold = "ae"
		case r == 0xDF: // ß
			fold = "ss"
		case r >= 0xC0 && r <= 0xFF:
			fold = latin1Fold[r-0xC0 : r-0xC0+1]
		case r >= 0x100 && r <= 0x17F:
			fold = latinExtAFold[r-0x100 : r-0x100+1]
		case r == 0x2018 || r == 0x2019 || r == 0x201B || r == 0x2032 || r == 0xB4:
			fold = "'"
		case r == 0x201C || r == 0x201D || r == 0xAB || r == 0xBB:
			fold = "\""
		case r == 0x2010 || r == 0x2011 || r == 0x2013 || r == 0x2014:
			fold = "-"
		case r >= 0x410 && r <= 0x42F: // Cyrillic capitals
			r += 0x20
		default:
			r = unicode.ToLower(r)
		}
		switch {
		case fold == " ":
			if !space {
				out[w] = ' '
				w++
				space = true
			}
			continue
		case fold != "":
			w += copy(out[w:], fold) // never longer than the 2-byte rune it replaces
		case r >= 0x370 && r <= 0xFFFFF:
			// Greek, Cyrillic, CJK, ...: a compact code (see nibbleCode)
			// instead of UTF-8, so that the matcher's alphabet stays small.
			out = grow(out[:w], len(s)-i+nibbleLen)
			w += nibbleCode(out[w:], r)
		default:
			// A lower-cased rune can be longer than the original (rare):
			// re-grow for the rest of the input.
			out = grow(utf8.AppendRune(out[:w], r), len(s)-i)
			w += utf8.RuneLen(r)
		}
		space = false
	}
	if w > len(dst) && out[w-1] == ' ' {
		w--
	}
	return out[:w]
}

// nibbleLen is the length of nibbleCode's output.
const nibbleLen = 6

// nibbleCode writes r (0x370..0xFFFFF) as 0xC0 followed by its five
// hexadecimal digits as bytes 0xF0-0xFF. Neither byte range occurs in the
// UTF-8 that normalize writes for other runes (0xC0 never occurs in UTF-8),
// so codes cannot be confused with other text, and a phrase's code can only
// match at a character start. CJK and Cyrillic then need 17 byte classes in
// the matcher instead of about 70, which keeps its tables in cache.
func nibbleCode(dst []byte, r rune) int {
	dst[0] = 0xC0
	for k := 1; k < nibbleLen; k++ {
		dst[k] = 0xF0 | byte(r>>(4*(nibbleLen-1-k))&0xF)
	}
	return nibbleLen
}

// grow returns b re-sliced to its capacity after making room for n more bytes
// beyond len(b); callers write by index from len(b). It at least doubles
// the capacity it replaces: a reply of Cyrillic or CJK, whose every rune
// grows to nibbleLen bytes, re-grew every two or three runes when each
// growth reserved only the rest of the input (a 4 KiB Cyrillic reply: 636
// allocations and 5.3 MB a call, newcomer review S45 A6).
func grow(b []byte, n int) []byte {
	if cap(b)-len(b) < n {
		nb := make([]byte, len(b), max(len(b)+n+8, 2*cap(b)))
		copy(nb, b)
		b = nb
	}
	return b[:cap(b)]
}

func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}
