package accounts

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// A credential (a password, a set-password link, an API token) is the
// holder's, not the manager id's: a manager id deleted from the directory
// and made again for someone else, or given another person's address,
// must not let the old holder's password, sessions or tokens in (review
// finding: a pruned manager's cookie, token and password worked again
// for the re-created manager of another address). Each credential records
// its holder when it is made — the SHA-256 of the manager's e-mail
// address, lower-cased, as the console signs people in by address — and
// counts only while the manager still has that address.

// HolderFunc returns the e-mail address a manager has now, and false when
// the manager is not in the directory (any more).
type HolderFunc func(manager string) (email string, ok bool)

// WithHolder binds every credential to its holder's address (see above);
// without it (tests of the store alone) credentials are bound to the
// manager id only.
func WithHolder(f HolderFunc) Option { return func(s *Store) { s.holder = f } }

// holderOf is the holder a credential made now for manager records ("":
// not bound, without WithHolder).
func (s *Store) holderOf(manager string) string {
	if s.holder == nil {
		return ""
	}
	email, _ := s.holder(manager)
	return holderHash(email)
}

func holderHash(email string) string {
	if email == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(strings.ToLower(email)))
	return hex.EncodeToString(sum[:])
}

// held reports whether a credential of manager recorded for holder still
// counts: the manager is in the directory with the same address. A
// credential of a release that did not record its holder counts.
func (s *Store) held(manager, holder string) bool {
	if s.holder == nil || holder == "" {
		return true
	}
	email, ok := s.holder(manager)
	return ok && holderHash(email) == holder
}
