package schemas

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var fixedTime = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

// domainCases are names as producers, MTAs, YAML files and URLs spell
// them, with the canonical form each must have; want "" means refused.
var domainCases = []struct {
	name, in, want string
}{
	// ASCII.
	{"canonical", "example.org", "example.org"},
	{"upper-case ASCII", "Example.ORG", "example.org"},
	{"root dot", "example.org.", "example.org"},
	{"single label", "localhost", "localhost"},
	{"digits in labels", "0.example", "0.example"},
	{"hyphen inside", "a-b.example", "a-b.example"},
	{"63-byte label", strings.Repeat("x", 63) + ".example", strings.Repeat("x", 63) + ".example"},
	{"253 bytes", strings.Repeat(strings.Repeat("x", 62)+".", 4) + "x", strings.Repeat(strings.Repeat("x", 62)+".", 4) + "x"},
	{"empty", "", ""},
	{"only a dot", ".", ""},
	{"two root dots", "example.org..", ""},
	{"empty label", "a..b", ""},
	{"leading dot", ".example", ""},
	{"leading hyphen", "-a.example", ""},
	{"trailing hyphen", "a-.example", ""},
	{"64-byte label", strings.Repeat("x", 64) + ".example", ""},
	{"254 bytes", strings.Repeat(strings.Repeat("x", 62)+".", 4) + "xx", ""},
	{"overlong input", strings.Repeat("a", 5000), ""},
	{"space", "a b.example", ""},
	{"underscore (not LDH)", "mx_1.example", ""},
	{"at sign", "bob@example.org", ""},
	{"slash", "a/b.example", ""},
	{"NUL", "a\x00.example", ""},
	{"all-digit TLD", "192.0.2.1", ""},
	{"all-digit single label", "0", ""},
	{"reserved -- label", "ab--cd.example", ""},
	{"R-LDH label with triple hyphen", "r3---sn-apo3.example", ""},

	// Punycode: validated, never passed through unread.
	{"A-label", "xn--bcher-kva.example", "xn--bcher-kva.example"},
	{"upper-case A-label", "XN--BCHER-KVA.Example", "xn--bcher-kva.example"},
	{"A-label of ASCII", "xn--abc-.example", ""},
	{"invalid punycode", "xn--zz-.example", ""},
	{"undecodable punycode", "xn--99999999999.example", ""},
	{"A-label of upper-case", "xn--Bcher-kva.example", "xn--bcher-kva.example"},
	{"A-label of a disallowed rune", "xn--1ug.example", ""}, // ZWJ alone
	{"mixed punycode and Unicode", "xn--bcher-kva.bücher.example", "xn--bcher-kva.xn--bcher-kva.example"},

	// Unicode.
	{"U-label", "bücher.example", "xn--bcher-kva.example"},
	{"upper-case Unicode", "BÜCHER.EXAMPLE", "xn--bcher-kva.example"},
	{"fullwidth letters", "ｂüｃｈｅｒ.example", "xn--bcher-kva.example"},
	{"decomposed umlaut (NFC)", "bu\u0308cher.example", "xn--bcher-kva.example"},
	{"sharp s is not ss (non-transitional)", "faß.example", "xn--fa-hia.example"},
	{"ideographic full stop inside", "bücher\u3002example", "xn--bcher-kva.example"},
	{"fullwidth full stop inside", "d1\uff0eexample", "d1.example"},
	{"halfwidth ideographic full stop inside", "d1\uff61example", "d1.example"},
	{"ideographic full stop as root dot", "d1.example\u3002", "d1.example"},
	{"fullwidth full stop as root dot", "d1.example\uff0e", "d1.example"},
	{"halfwidth ideographic stop as root dot", "d1.example\uff61", "d1.example"},
	{"ideographic full stop and root dot", "d1.example\u3002.", ""},
	{"root dot after a Unicode name", "bücher.example.", "xn--bcher-kva.example"},
	{"0 and ideographic full stop", "0\u3002", ""},
	{"soft hyphen alone", "\u00ad", ""},
	{"soft hyphen inside is ignored", "ex\u00adample.org", "example.org"},
	{"soft hyphen label", "\u00ad.example", ""},
	{"combining grapheme joiner alone", "\u034f", ""},
	{"zero-width joiner alone", "\u200d", ""},
	{"zero-width joiner between Latin", "a\u200db.example", ""},
	{"zero-width non-joiner between Latin", "a\u200cb.example", ""},
	{"zero-width space is ignored (UTS #46 maps it to nothing)", "a\u200bb.example", "ab.example"},
	{"combining mark first", "\u0301a.example", ""},
	{"empty label with Unicode", "a..é", ""},
	{"dot then invalid UTF-8", ".\x89", ""},
	{"invalid UTF-8", "caf\xe9.example", ""},
	{"bidi: Hebrew label", "\u05d0\u05d1.example", "xn--4dbc.example"},
	{"bidi: Hebrew then digit-first label", "\u05d0.1a.example", ""},
	{"bidi: RTL label ending in LTR", "\u05d0a.example", ""},
	{"Arabic", "مثال.example", "xn--mgbh0fb.example"},
	{"symbol valid under UTS #46 (NV8), as browsers resolve it", "\u2764.example", "xn--qei.example"},
	{"U-label over 63 bytes as an A-label", strings.Repeat("ü", 60) + ".example", ""},
	{"Unicode label under 63 bytes", strings.Repeat("ü", 10) + ".example", "xn--tdaaaaaaaaaa.example"},
	{"Unicode space", "a\u3000b.example", ""},
	{"Unicode slash", "a\uff0fb.example", ""},
	{"right-to-left override", "a\u202eb.example", ""},
}

func TestCanonicalDomain(t *testing.T) {
	for _, tc := range domainCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := CanonicalDomain(tc.in)
			if tc.want == "" {
				if err == nil {
					t.Fatalf("CanonicalDomain(%q) = %q, want an error", tc.in, got)
				}
				if !errors.Is(err, ErrInvalidDomain) {
					t.Errorf("error %v does not wrap ErrInvalidDomain", err)
				}
				if got != "" {
					t.Errorf("refused, yet returned %q", got)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("CanonicalDomain(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
			checkCanonical(t, got)
		})
	}
}

// checkCanonical checks the properties every result must have: idempotent,
// accepted by the validators downstream, a DNS name in text form.
func checkCanonical(t testing.TB, d string) {
	t.Helper()
	again, err := CanonicalDomain(d)
	if err != nil || again != d {
		t.Fatalf("not idempotent: CanonicalDomain(%q) = %q, %v", d, again, err)
	}
	if why := canonicalProblem(d); why != "" {
		t.Fatalf("result %q: %s", d, why)
	}
	if !utf8.ValidString(d) || d != strings.ToLower(d) || strings.HasSuffix(d, ".") {
		t.Fatalf("result %q is not lower-case ASCII without a root dot", d)
	}
	e := DeliveryEvent{V: Version, ID: "x", Domain: d, CompletedAt: fixedTime, SMTPCode: 250}
	if err := e.Validate(); err != nil || e.Domain != d {
		t.Fatalf("a canonical domain %q fails validation: %v (%q)", d, err, e.Domain)
	}
}

// TestCanonicalFastPathAgrees checks that the fast path accepts only what
// the full IDNA processing returns unchanged.
func TestCanonicalFastPathAgrees(t *testing.T) {
	for _, tc := range domainCases {
		for _, in := range []string{tc.in, strings.ToUpper(tc.in)} {
			ok, upper := ldhShape(in)
			if !ok {
				continue
			}
			want := in
			if upper {
				want = strings.ToLower(in)
			}
			a, err := domainProfile.ToASCII(in)
			if err != nil || a != want || canonicalProblem(a) != "" {
				t.Errorf("fast path gives %q for %q, IDNA gives %q, %v", want, in, a, err)
			}
		}
	}
}

// TestValidateRefusesBadDomains checks the event path: a bad domain (given
// or derived from the recipient) is a field error naming the field.
func TestValidateRefusesBadDomains(t *testing.T) {
	for _, tc := range domainCases {
		if tc.want != "" || tc.in == "" || strings.Contains(tc.in, "@") {
			continue
		}
		e := DeliveryEvent{V: Version, ID: "x", Domain: tc.in, CompletedAt: fixedTime, SMTPCode: 250}
		if err := e.Validate(); err == nil || !strings.Contains(err.Error(), "domain: ") {
			t.Errorf("domain %q: %v", tc.in, err)
		}
		e = DeliveryEvent{V: Version, ID: "x", Recipient: "bob@" + tc.in, CompletedAt: fixedTime, SMTPCode: 250}
		if err := e.Validate(); err == nil {
			t.Errorf("recipient domain %q accepted as %q", tc.in, e.Domain)
		}
	}
}
