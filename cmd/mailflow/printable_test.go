package main

import (
	"bytes"
	"fmt"
	"testing"
)

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"250 ok \x1b]0;owned\x07\x1b[2J\x1b[31mRED": `250 ok \x1b]0;owned\x07\x1b[2J\x1b[31mRED`,
		"a\tb\nc":               "a\tb\nc",
		"bücher.example":        "bücher.example",
		"C1 \u009b31m":          `C1 \x9b31m`,
		"bad utf-8 \xff":        `bad utf-8 \xff`,
		"\r overwrite the line": `\x0d overwrite the line`,
		"del\x7f":               `del\x7f`,
		"user\u202egpj.exe":     `user\u202egpj.exe`,
		"\u2066isolate\u2069":   `\u2066isolate\u2069`,
		"mark\u200f\u061c":      `mark\u200f\u061c`,
		"العربية":               "العربية",
	} {
		var b bytes.Buffer
		if _, err := fmt.Fprint(printable(&b), in); err != nil {
			t.Fatal(err)
		}
		if b.String() != want {
			t.Errorf("%q printed as %q, want %q", in, b.String(), want)
		}
	}
}
