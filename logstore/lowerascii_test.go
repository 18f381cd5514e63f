package logstore

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLowerASCII checks lowerASCII, which looks at eight bytes at a time,
// against strings.ToLower on strings of every length up to 40 with one
// byte of every value at every position, and on random strings; and
// upperOrHigh against a byte-at-a-time check.
func TestLowerASCII(t *testing.T) {
	check := func(v string) {
		t.Helper()
		got, want := lowerASCII(v), strings.ToLower(v)
		if got != want {
			t.Fatalf("lowerASCII(%q) = %q, want %q", v, got, want)
		}
	}
	for n := range 41 {
		base := []byte(strings.Repeat("a-z.0@", 7)[:n])
		check(string(base))
		for i := range n {
			for c := range 256 {
				b := append([]byte(nil), base...)
				b[i] = byte(c)
				check(string(b))
				if i < n/8*8 {
					w := string(b[i/8*8 : i/8*8+8])
					if got, want := upperOrHigh(w), upperOrHighRef(w); got != want {
						t.Fatalf("upperOrHigh(%q) = %v, want %v", w, got, want)
					}
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := "abcxyzABCXYZ@.-_09[]`{\\x7f\\x80\\xff"
	for range 20000 {
		b := make([]byte, rng.IntN(48))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		check(string(b))
	}
}

// upperOrHighRef is upperOrHigh a byte at a time.
func upperOrHighRef(w string) bool {
	for i := range len(w) {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

func BenchmarkLowerASCII(b *testing.B) {
	vs := []string{"anna.lindqvist@contoso.example", "mx1.mail.protection.outlook.com", "192.0.2.17", "bounce-42@mailer.example.net"}
	for range b.N {
		for _, v := range vs {
			_ = lowerASCII(v)
		}
	}
}
