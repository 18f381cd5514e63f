package main

import (
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/mailflow/mailflow/directory"
)

// printable wraps w so that text from outside (SMTP responses, recipients:
// a remote server writes them) cannot drive the reader's terminal: every
// control character but tab and newline, C1 controls included, is shown
// as an escape (\x1b) instead of being written, and so is every
// bidirectional formatting character (U+202A–U+202E, U+2066–U+2069,
// U+200E, U+200F, U+061C, as \u202e), which reorders what a reader sees
// (CVE-2021-42574, "Trojan Source"). JSON output needs none: the encoder
// escapes control characters itself.
func printable(w io.Writer) io.Writer { return printableWriter{w} }

type printableWriter struct{ w io.Writer }

func (p printableWriter) Write(b []byte) (int, error) {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == '\n' || r == '\t':
			out = append(out, b[i])
		case r == utf8.RuneError && size == 1:
			out = fmt.Appendf(out, `\x%02x`, b[i])
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			out = fmt.Appendf(out, `\x%02x`, r)
		case directory.BidiControl(r):
			out = fmt.Appendf(out, `\u%04x`, r)
		default:
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	if _, err := p.w.Write(out); err != nil {
		return 0, err
	}
	return len(b), nil
}
