package accounts

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"
)

// ErrBadCredentials is the one answer to a failed sign-in, whether the
// address is unknown, has no password yet or the password is wrong, so
// that sign-in does not tell which addresses exist.
var ErrBadCredentials = errors.New("the e-mail address or the password is wrong")

// ErrBadLink is the answer to an unknown, used or expired set-password link.
var ErrBadLink = errors.New("this set-password link is not valid (used, expired or mistyped): ask your operator for a new one")

// SetPassword stores a new password hash for the manager, which ends every
// session the manager signed in before.
func (s *Store) SetPassword(ctx context.Context, manager, pw string) error {
	if err := CheckPassword(pw); err != nil {
		return err
	}
	h, err := HashPassword(pw, s.params)
	if err != nil {
		return err
	}
	return s.put(ctx, kindPassword, manager, PasswordRecord{Manager: manager, Hash: h, SetAt: s.now().UTC()})
}

// CheckLogin verifies a manager's password. manager is "" when no manager
// has the address: the hash is still computed. It returns when the
// password was set, so that sessions older than that can be refused.
func (s *Store) CheckLogin(manager, pw string) (time.Time, error) {
	s.mu.Lock()
	rec, ok := s.passwords[manager]
	s.mu.Unlock()
	hash := rec.Hash
	if !ok || manager == "" {
		// An unknown address costs the same time as a wrong password.
		hash = s.dummyHash()
	}
	match, err := VerifyPassword(pw, hash)
	if err != nil || !match || !ok || manager == "" {
		return time.Time{}, ErrBadCredentials
	}
	return rec.SetAt, nil
}

// PasswordSetAt returns when the manager's password was last set; false
// when the manager has none.
func (s *Store) PasswordSetAt(manager string) (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.passwords[manager]
	return rec.SetAt, ok
}

// LinkLifetime is how long a set-password link stays valid.
const LinkLifetime = 72 * time.Hour

// NewLink makes a one-time set-password link token for the manager, valid
// for LinkLifetime. Only its SHA-256 is stored; the returned token is to be
// put in a URL (…/static/account.html#set=TOKEN) and handed to the manager.
func (s *Store) NewLink(ctx context.Context, manager, by string) (string, error) {
	tok, err := randomToken()
	if err != nil {
		return "", err
	}
	rec := LinkRecord{Manager: manager, Expires: s.now().Add(LinkLifetime).UTC(), By: by}
	if err := s.put(ctx, kindLink, hashHex(tok), rec); err != nil {
		return "", err
	}
	return tok, nil
}

// UseLink sets the manager's password through a one-time link and
// consumes the link. The link is consumed only when the password is
// accepted, so a refused password can be retried with the same link.
func (s *Store) UseLink(ctx context.Context, token, pw string) (string, error) {
	if err := CheckPassword(pw); err != nil {
		return "", err
	}
	id := hashHex(token)
	s.mu.Lock()
	rec, ok := s.links[id]
	s.mu.Unlock()
	if !ok || !s.now().Before(rec.Expires) {
		return "", ErrBadLink
	}
	h, err := HashPassword(pw, s.params)
	if err != nil {
		return "", err
	}
	pk, pv, err := encode(kindPassword, rec.Manager, PasswordRecord{Manager: rec.Manager, Hash: h, SetAt: s.now().UTC()})
	if err != nil {
		return "", err
	}
	lk, _, _ := encode(kindLink, id, nil)
	// The password first: should the tombstone of the link fail, the link
	// is still spent by its expiry, and the password is set.
	if err := s.write(ctx, [2][]byte{pk, pv}, [2][]byte{lk, nil}); err != nil {
		return "", err
	}
	return rec.Manager, nil
}

func randomToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("random token: %w", err)
	}
	return hex.EncodeToString(b), nil
}

func hashHex(tok string) string {
	sum := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(sum[:])
}
