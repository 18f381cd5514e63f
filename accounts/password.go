package accounts

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alexedwards/argon2id"
	"github.com/trustelem/zxcvbn"
	"golang.org/x/text/unicode/norm"
)

// Params are the argon2id cost parameters of new password hashes.
type Params = argon2id.Params

// DefaultParams follow RFC 9106 §4's second recommended option for
// memory-constrained systems (t=3, m=64 MiB, p=4), with a 16-byte salt and
// a 32-byte key. A hash keeps its own parameters, so raising them later
// leaves existing passwords valid.
func DefaultParams() Params {
	return Params{Memory: 64 * 1024, Iterations: 3, Parallelism: 4, SaltLength: 16, KeyLength: 32}
}

// MinPasswordLength and MaxPasswordLength bound a password in characters
// (NIST SP 800-63B §5.1.1.2: at least 8, allow at least 64).
const (
	MinPasswordLength = 10
	MaxPasswordLength = 256
)

// PasswordContext is what a manager's password must not be made of
// (NIST SP 800-63B §5.1.1.2: "context-specific words, such as the name of
// the service, the username, and derivatives thereof"): the manager's id,
// e-mail address and its domain, and what the manager looks after (Of).
// The service's name (ServiceName) is always checked. An empty field is
// not checked.
type PasswordContext struct {
	ManagerID string
	Email     string
	// Of is the domain name or the customer or reseller id the manager
	// looks after (directory.Manager.Of).
	Of string
}

// ServiceName is the name of the service, which no password may hold.
const ServiceName = "mailflow"

// words returns the context words a password may not hold, each with
// how the refusal names it: the service's name, the manager id, the
// e-mail address, its local part, its domain and that domain's first
// label, Of and, for a domain, its first label.
//
// A part word (the service's name, a domain's first label: a company's
// name) is common in good passphrases ("ops and contoso apart"), so it
// refuses a password only when what is left without it is shorter than
// MinPasswordLength ("Contoso2024!", "mailflow-console"); the others
// refuse any password that holds them.
func (pc PasswordContext) words() []contextWord {
	ws := []contextWord{{ServiceName, "the name of the service", true}, {pc.Email, "your e-mail address", false}, {pc.ManagerID, "your manager id", false}}
	if local, domain, ok := strings.Cut(pc.Email, "@"); ok {
		label, _, _ := strings.Cut(domain, ".")
		ws = append(ws, contextWord{local, "the name of your e-mail address", false},
			contextWord{domain, "your e-mail address's domain", false}, contextWord{label, "your e-mail address's domain", true})
	}
	if pc.Of != "" {
		label, _, _ := strings.Cut(pc.Of, ".")
		ws = append(ws, contextWord{pc.Of, "the name of what you look after", false}, contextWord{label, "the name of what you look after", true})
	}
	return ws
}

type contextWord struct {
	word, what string
	part       bool // refused only when the rest is short (see words)
}

// holds reports whether folded, a folded password, is made of w.
func (w contextWord) holds(folded string) bool {
	if utf8.RuneCountInString(w.word) < minContextWord {
		return false
	}
	word := strings.ToLower(norm.NFKC.String(w.word))
	if !strings.Contains(folded, word) {
		return false
	}
	return !w.part || utf8.RuneCountInString(strings.ReplaceAll(folded, word, "")) < MinPasswordLength
}

// ErrPasswordRefused is wrapped by every error of CheckPassword (and so of
// SetPassword and UseLink refusing a password), so that callers can tell a
// refused password, the user's to fix, from a failure.
var ErrPasswordRefused = errors.New("password refused")

// passwordError is a refusal of CheckPassword: its text is the sentence
// for the user, and it matches ErrPasswordRefused.
type passwordError string

func (e passwordError) Error() string        { return string(e) }
func (e passwordError) Is(target error) bool { return target == ErrPasswordRefused }

// minContextWord is the shortest id or e-mail local part a password may
// not contain: shorter ones ("m1", "ops") are parts of many good passwords.
const minContextWord = 4

// minKeyboardRun is the length from which a run of adjacent keys of one
// keyboard row (or of the alphabet, or of digits) makes a password
// predictable, when the rest of it would be too short alone.
const minKeyboardRun = 8

// CheckPassword says why a new password is refused, or nil (NIST SP
// 800-63B §5.1.1.2): shorter than MinPasswordLength or longer than
// MaxPasswordLength characters; not UTF-8; made only of spaces, control
// or format characters; in any letter case, on the list of common
// passwords (commonpasswords.go); holding the manager's id or e-mail
// address, or the address's local part (of at least 4 characters each,
// in any letter case); holding a control or invisible formatting
// character anywhere; using fewer than minDistinct different characters;
// one substring repeated ("abcabcabca"); or a run
// of at least 8 adjacent keys of a keyboard row (QWERTY, QWERTZ, AZERTY),
// of the alphabet or of digits with fewer than MinPasswordLength other
// characters ("qwertyuiopas"). The checks read the password in NFKC form
// (UAX #15), so that full-width or compatibility letters do not slip
// past them, and without the characters that show nothing (ignorable);
// the hash is of the password as typed, as it always was (normalising it
// would lock out passwords stored before). Last, a password zxcvbn finds
// guessable in fewer than minGuesses is refused (guessable). Every error
// wraps ErrPasswordRefused and never quotes the password.
func CheckPassword(pw string, pc PasswordContext) error { return checkPassword(pw, pc, true) }

// checkPassword is CheckPassword, without zxcvbn's estimate unless
// estimate: the cheap checks, which a request with no valid link may
// cost the instance (UseLink), and the estimate, which costs up to a few
// milliseconds of CPU (review S25B-1).
func checkPassword(pw string, pc PasswordContext, estimate bool) error {
	n := utf8.RuneCountInString(pw)
	switch {
	case !utf8.ValidString(pw):
		return passwordError("the password is not valid UTF-8")
	case n < MinPasswordLength:
		return passwordError(fmt.Sprintf("the password is too short: use at least %d characters (a few words make a good one)", MinPasswordLength))
	case n > MaxPasswordLength:
		return passwordError(fmt.Sprintf("the password is too long: use at most %d characters", MaxPasswordLength))
	case !strings.ContainsFunc(pw, func(r rune) bool { return !unicode.IsSpace(r) && !unicode.IsControl(r) && !ignorable(r) }):
		return passwordError("the password is only spaces, control or invisible formatting characters: use letters, digits or punctuation (a few words make a good one)")
	case strings.ContainsFunc(pw, untypable):
		// A NUL, a BEL or a zero-width space cannot be typed the same way
		// on another keyboard or into a password manager, and hides a
		// weak password from the checks below ("\u200bzzzz…", review
		// S24A-12).
		return passwordError("the password holds a control or invisible formatting character (such as a zero-width space): use letters, digits, spaces or punctuation only")
	case common.has(pw):
		return passwordError("the password is one of the 20,000 most common passwords, which attackers try first: choose another (a few unrelated words make a good one)")
	}
	// The formatting characters keyboards do type (ZWNJ in Persian, ZWJ in
	// emoji, the direction marks) are left out of what the checks read,
	// so that one cannot hide a repeated or common password.
	folded := strings.Map(func(r rune) rune {
		if ignorable(r) {
			return -1
		}
		return r
	}, strings.ToLower(norm.NFKC.String(pw)))
	if common.has(folded) {
		return passwordError("the password is one of the 20,000 most common passwords, which attackers try first: choose another (a few unrelated words make a good one)")
	}
	for _, w := range pc.words() {
		if w.holds(folded) {
			return passwordError("the password holds " + w.what + ", which is the first thing an attacker who knows it tries: choose another (a few unrelated words make a good one)")
		}
	}
	if repeated(folded) {
		return passwordError("the password is one short sequence repeated, which attackers try early: choose another (a few unrelated words make a good one)")
	}
	if distinct(folded) < minDistinct {
		return passwordError(fmt.Sprintf("the password uses fewer than %d different characters (such as aaaaaaaaaaab), which attackers try early: choose another (a few unrelated words make a good one)", minDistinct))
	}
	if keyboardPattern(folded) {
		return passwordError("the password is mostly a run of neighbouring keys (such as qwertyuiop) or of letters or digits in order, which attackers try early: choose another (a few unrelated words make a good one)")
	}
	if estimate && guessable(pw, pc) {
		return passwordError("the password is easy to guess: it is made of common words, names, dates or years, or letters swapped for look-alike digits and symbols (such as P@ssw0rd2024), which attackers try early: choose another (a few unrelated words make a good one)")
	}
	return nil
}

// ignorable reports whether r shows nothing: a format character (Cf),
// a variation selector, another default-ignorable code point (Unicode's
// Other_Default_Ignorable_Code_Point: the Hangul fillers, the combining
// grapheme joiner, Khmer's inherent vowels) or the blank braille pattern.
// The checks read the password without them, so that one cannot hide a
// common or guessable password ("P@ss\u3164w0rd2024!", review S25B-3);
// the emoji that use them (a heart's U+FE0F) are still typed.
func ignorable(r rune) bool {
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r) ||
		unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) || r == 0x2800
}

// minGuesses is the fewest guesses zxcvbn must estimate an attacker
// needs for a password: its score 3, "safely unguessable: moderate
// protection from offline slow-hash scenario" (Wheeler, "zxcvbn: Low-Budget
// Password Strength Estimation", USENIX Security 2016), which the hashes'
// argon2id cost (DefaultParams) backs.
const minGuesses = 1e8

// guessLimit and leetLimit bound what zxcvbn reads of a password: the
// longest start of at most guessLimit characters that holds at most
// leetLimit of the characters zxcvbn reads as look-alike substitutions
// (leetChars). Its matching grows with the length, and much faster with
// those characters: on a shared 2-core machine a password made of them
// took 2 ms at 24 characters, 37 ms at 40 and 190 ms at 64 (review
// S25B-1), while 64 characters with 8 of them take about 10 ms and a
// passphrase of 64 about 5 ms. A fixed cut at 32 characters let weak
// passwords through whose cut word read as random letters
// ("passwordpasswordpasswordgovernment", review S25C-7).
const (
	guessLimit = 64
	leetLimit  = 8
)

// leetChars are the characters of zxcvbn's l33t table (trustelem/zxcvbn
// matching/l33t.go): 4 @ 8 ( { [ < 3 6 9 1 ! | 7 0 $ 5 + % 2.
const leetChars = "4@8({[<369 1!|70$5+%2"

// guessable reports whether zxcvbn (github.com/trustelem/zxcvbn, a port
// of Dropbox's estimator) finds pw guessable in fewer than minGuesses:
// dictionary words and names in any letter case, with look-alike
// substitutions ("p4ssw0rd"), reversed or repeated, dates and years,
// keyboard patterns and sequences, and the context words of pc. The
// checks above catch the commonest of these with clearer reasons; this
// one catches their combinations ("Welcome@2026", review S24B-4).
func guessable(pw string, pc PasswordContext) bool {
	s := strings.Map(func(r rune) rune {
		if ignorable(r) {
			return -1
		}
		return r
	}, norm.NFKC.String(pw))
	n, leet := 0, 0
	for i, r := range s {
		isLeet := r != ' ' && strings.ContainsRune(leetChars, r)
		if n == guessLimit || isLeet && leet == leetLimit {
			s = s[:i]
			break
		}
		n++
		if isLeet {
			leet++
		}
	}
	var inputs []string
	for _, w := range pc.words() {
		if w.word != "" {
			inputs = append(inputs, strings.ToLower(norm.NFKC.String(w.word)))
		}
	}
	return zxcvbn.PasswordStrength(s, inputs).Guesses < minGuesses
}

// untypable reports whether r is a character no keyboard types into a
// password: a control character, a zero-width space, word joiner or
// byte-order mark, or a bidirectional embedding, override or isolate
// (U+202A–U+202E, U+2066–U+2069: CVE-2021-42574's "Trojan Source"). The
// other format characters are typed: ZWNJ (U+200C) is standard Persian
// spelling (Shift+Space), ZWJ (U+200D) joins emoji, and the direction
// marks (U+200E, U+200F, U+061C) come from Hebrew and Arabic keyboards
// (review S24B-3).
func untypable(r rune) bool {
	switch {
	case unicode.IsControl(r):
		return true
	case r == 0x200B, r == 0x2060, r == 0xFEFF, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// minDistinct is the fewest different characters a password may use:
// one character repeated with a few others ("aaaaaaaaaaaaaaab",
// "zz-zzzzzzzzzzz") passes the length and the repetition checks, yet is
// what NIST SP 800-63B §5.1.1.2 calls repetitive (review S24A-12). Four
// is below what any passphrase of MinPasswordLength characters uses.
const minDistinct = 5

// distinct returns how many different runes s holds.
func distinct(s string) int {
	seen := make(map[rune]struct{}, 16)
	for _, r := range s {
		seen[r] = struct{}{}
	}
	return len(seen)
}

// repeated reports whether s is one substring written at least twice
// over, the last time perhaps in part ("abcabcabca", "xyxyxyxyxy").
func repeated(s string) bool {
	r := []rune(s)
	for period := 1; period <= len(r)/2; period++ {
		same := true
		for i := period; i < len(r) && same; i++ {
			same = r[i] == r[i-period]
		}
		if same {
			return true
		}
	}
	return false
}

// keyboardRows are the rows of the common keyboard layouts (US QWERTY,
// German QWERTZ, French AZERTY), the alphabet and the digits, in lower
// case: a run along one, either way, is what people type for a password
// that only has to pass a length rule.
var keyboardRows = [...]string{
	"`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
	"qwertzuiopü+", "asdfghjklöä#", "<yxcvbnm,.-",
	"azertyuiop^$", "qsdfghjklmù*", "<wxcvbn,;:!",
	"abcdefghijklmnopqrstuvwxyz", "0123456789",
}

// keyboardPattern reports whether s holds a run of at least
// minKeyboardRun neighbouring characters of one of keyboardRows (forward
// or backward), and what is left beside the runs of at least 4 such
// characters is shorter than MinPasswordLength: the password is mostly
// keys in a row ("qwertyuiopas", "1qaz" aside).
func keyboardPattern(s string) bool {
	r := []rune(s)
	covered := make([]bool, len(r))
	longest := 0
	for _, row := range keyboardRows {
		rr := []rune(row)
		pos := make(map[rune]int, len(rr))
		for i, c := range rr {
			pos[c] = i
		}
		for _, dir := range []int{1, -1} {
			for i := 0; i < len(r); {
				j := i + 1
				for j < len(r) {
					a, okA := pos[r[j-1]]
					b, okB := pos[r[j]]
					if !okA || !okB || b-a != dir {
						break
					}
					j++
				}
				if j-i >= 4 {
					for k := i; k < j; k++ {
						covered[k] = true
					}
				}
				longest = max(longest, j-i)
				i = j
			}
		}
	}
	rest := 0
	for _, c := range covered {
		if !c {
			rest++
		}
	}
	return longest >= minKeyboardRun && rest < MinPasswordLength
}

// HashPassword returns the argon2id hash of pw in the PHC string format
// ("$argon2id$v=19$m=65536,t=3,p=4$salt$key").
func HashPassword(pw string, p Params) (string, error) {
	h, err := argon2id.CreateHash(pw, &p)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return h, nil
}

// VerifyPassword reports whether pw matches the PHC-format hash. The
// comparison takes constant time. A malformed hash is an error.
func VerifyPassword(pw, hash string) (bool, error) {
	ok, err := argon2id.ComparePasswordAndHash(pw, hash)
	if err != nil {
		return false, fmt.Errorf("verify password: %w", err)
	}
	return ok, nil
}
