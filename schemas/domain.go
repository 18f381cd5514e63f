package schemas

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// ErrInvalidDomain is wrapped by every error of CanonicalDomain, so that a
// caller can tell a bad name (a 400, a dead letter) from other failures.
var ErrInvalidDomain = errors.New("invalid domain name")

// Limits of a canonical domain, from RFC 1035 §2.3.4 (63 octets a label,
// 255 octets on the wire, which is 253 in text without the root dot).
const (
	maxLabelLen  = 63
	maxDomainLen = 253
	// maxDomainInput bounds what CanonicalDomain reads before mapping: a
	// U-label of at most 63 octets as an A-label is at most 252 octets in
	// UTF-8, and a name that long only pays for the mapping of someone's
	// padding.
	maxDomainInput = 4 * MaxHostLen
)

// domainProfile is UTS #46 processing as a resolver does it (RFC 5891 §5,
// the lookup side of IDNA2008), with every check on:
//
//   - MapForLookup: case folding, width and compatibility mapping, so that
//     "Bücher.Example", "ＢÜＣＨＥＲ.example" and "bücher。example" resolve to,
//     and are counted as, the one DNS name they are. Registration would
//     refuse those spellings instead of mapping them, but an MTA reports the
//     recipient domain as the sender wrote it.
//   - StrictDomainName (UseSTD3ASCIIRules): LDH only. A mail domain is an
//     RFC 5321 §4.1.2 Domain, whose sub-domains are letters, digits and
//     hyphens; "_" belongs to service labels (RFC 8552), never to a
//     mailbox's domain.
//   - ValidateLabels (CheckHyphens, CheckJoiners, RFC 5891 §5.4): no
//     leading or trailing hyphen, no "--" in positions 3-4 except valid
//     "xn--" A-labels, ContextJ rules for ZWJ/ZWNJ, NFC.
//   - BidiRule: RFC 5893, which Lookup has and MapForLookup alone lacks.
//   - VerifyDNSLength: no empty name or label, 63/253 octets.
//   - Transitional(false): IDNA2008 semantics, as current browsers and
//     registries use: "faß.example" is not "fass.example".
//
// A Profile is immutable once built.
var domainProfile = idna.New(
	idna.MapForLookup(),
	idna.BidiRule(),
	idna.ValidateLabels(true),
	idna.StrictDomainName(true),
	idna.VerifyDNSLength(true),
	idna.Transitional(false),
)

// CanonicalDomain returns the one form of a domain name that mailflow keys
// by: lower-case A-labels (IDNA2008 via UTS #46, see domainProfile), no
// trailing root dot, at most 253 octets, labels of 1-63 letters, digits and
// hyphens, and a top-level label that is not all digits (RFC 3696 §2).
// "Bücher.Example.", "bücher。example" and "xn--bcher-kva.example" all give
// "xn--bcher-kva.example". It is the form of DeliveryEvent.Domain, of state
// keys, of API paths and of directory domains.
//
// One trailing root dot is dropped ("example.org." is "example.org"),
// whichever of the four UTS #46 full stops it is written with, so that a
// fully qualified spelling never makes a second, shadow domain. Anything
// else that is not a host name is refused with an error wrapping
// ErrInvalidDomain that says why: an empty name or label (including one
// that only held characters UTS #46 ignores, such as U+00AD), invalid UTF-8,
// a disallowed rune, a failed Bidi or joiner rule, an invalid A-label, or an
// over-long name.
//
// CanonicalDomain is idempotent: a name it returns, given to it again,
// comes back unchanged.
func CanonicalDomain(d string) (string, error) {
	// The hot path: producers send canonical lower-case ASCII names, which
	// need no mapping and no allocation.
	switch ok, upper := ldhShape(d); {
	case ok && !upper:
		return d, nil
	case ok:
		// Upper-case ASCII maps to lower-case and nothing else changes.
		return strings.ToLower(d), nil
	}
	return canonicalize(d)
}

func canonicalize(d string) (string, error) {
	ascii := isASCII(d)
	switch {
	case d == "":
		return "", fmt.Errorf("%w: empty", ErrInvalidDomain)
	case len(d) > maxDomainInput:
		return "", fmt.Errorf("%w %q: %d bytes, longer than %d", ErrInvalidDomain, clip(d), len(d), maxDomainInput)
	case !ascii && !utf8.ValidString(d):
		return "", fmt.Errorf("%w %q: not valid UTF-8", ErrInvalidDomain, clip(d))
	}
	in := d
	d = trimRootDot(d)
	if d == "" {
		return "", fmt.Errorf("%w %q: empty", ErrInvalidDomain, clip(in))
	}
	if ascii {
		// Upper-case ASCII maps to lower-case and nothing else changes;
		// only A-labels and reserved "--" labels need the IDNA checks.
		if l := strings.ToLower(d); isCanonicalASCII(l) {
			return l, nil
		}
	}
	a, err := domainProfile.ToASCII(d)
	if err != nil {
		return "", fmt.Errorf("%w %q: %v", ErrInvalidDomain, clip(in), err)
	}
	// Re-check what the profile gave: the result is a key and a path
	// segment, so the rules are checked here rather than trusted to
	// options of a library whose behaviour varies with its Unicode version.
	if why := canonicalProblem(a); why != "" {
		return "", fmt.Errorf("%w %q: %s", ErrInvalidDomain, clip(in), why)
	}
	return a, nil
}

// trimRootDot drops one trailing label separator: '.' or one of the three
// other full stops UTS #46 maps to it (U+3002, U+FF0E, U+FF61).
func trimRootDot(d string) string {
	if strings.HasSuffix(d, ".") {
		return d[:len(d)-1]
	}
	for _, dot := range [...]string{"\u3002", "\uff0e", "\uff61"} {
		if strings.HasSuffix(d, dot) {
			return d[:len(d)-len(dot)]
		}
	}
	return d
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isCanonicalASCII reports whether d is already canonical without IDNA
// work (see ldhShape).
func isCanonicalASCII(d string) bool {
	ok, upper := ldhShape(d)
	return ok && !upper
}

// ldhShape reports whether d is canonical once lower-cased, without IDNA
// work: LDH labels of 1-63 bytes, 253 in all, none of them an A-label or
// another reserved label with "--" in positions 3-4 (those need the IDNA
// checks), and a top-level label that is not all digits; and whether it
// has upper-case letters.
func ldhShape(d string) (ok, upper bool) {
	if len(d) == 0 || len(d) > maxDomainLen {
		return false, false
	}
	start := 0
	digits := true
	for i := 0; i <= len(d); i++ {
		if i == len(d) || d[i] == '.' {
			n := i - start
			if n == 0 || n > maxLabelLen || d[start] == '-' || d[i-1] == '-' ||
				n >= 4 && d[start+2] == '-' && d[start+3] == '-' {
				return false, false
			}
			if i == len(d) && digits {
				return false, false
			}
			start, digits = i+1, true
			continue
		}
		switch c := d[i]; {
		case c >= 'a' && c <= 'z', c == '-':
			digits = false
		case c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			digits, upper = false, true
		default:
			return false, false
		}
	}
	return true, upper
}

// canonicalProblem says what keeps a, the output of the IDNA profile, from
// being canonical; "" when nothing does.
func canonicalProblem(a string) string {
	if a == "" {
		return "empty"
	}
	if len(a) > maxDomainLen {
		return fmt.Sprintf("%d bytes, longer than %d", len(a), maxDomainLen)
	}
	start := 0
	digits := true
	for i := 0; i <= len(a); i++ {
		if i == len(a) || a[i] == '.' {
			label := a[start:i]
			switch {
			case label == "":
				return "empty label"
			case len(label) > maxLabelLen:
				return fmt.Sprintf("label of %d bytes, longer than %d", len(label), maxLabelLen)
			case label[0] == '-' || label[len(label)-1] == '-':
				return "a label starts or ends with a hyphen"
			case len(label) >= 4 && label[2] == '-' && label[3] == '-' && !strings.HasPrefix(label, "xn--"):
				return "a label has \"--\" in positions 3-4 but is not an A-label"
			case i == len(a) && digits:
				return "the top-level label is all digits"
			}
			start, digits = i+1, true
			continue
		}
		switch c := a[i]; {
		case c >= 'a' && c <= 'z', c == '-':
			digits = false
		case c >= '0' && c <= '9':
		default:
			return fmt.Sprintf("%q is not a letter, digit or hyphen", c)
		}
	}
	return ""
}
