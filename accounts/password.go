package accounts

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/alexedwards/argon2id"
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

// CheckPassword says why a new password is refused, or nil: shorter than
// MinPasswordLength or longer than MaxPasswordLength characters, not
// UTF-8, or, in any letter case, on the list of common passwords (NIST
// SP 800-63B §5.1.1.2; commonpasswords.go). The error never quotes the
// password.
func CheckPassword(pw string) error {
	n := utf8.RuneCountInString(pw)
	switch {
	case !utf8.ValidString(pw):
		return errors.New("the password is not valid UTF-8")
	case n < MinPasswordLength:
		return fmt.Errorf("the password is too short: use at least %d characters (a few words make a good one)", MinPasswordLength)
	case n > MaxPasswordLength:
		return fmt.Errorf("the password is too long: use at most %d characters", MaxPasswordLength)
	case common.has(pw):
		return errors.New("the password is one of the 20,000 most common passwords, which attackers try first: choose another (a few unrelated words make a good one)")
	}
	return nil
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
