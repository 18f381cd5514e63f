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

// SetPassword stores a new password hash for the manager m.ManagerID,
// which ends every session the manager signed in before. The password
// must pass CheckPassword with m (the manager's id and e-mail address).
// The manager's outstanding set-password links are spent with it.
func (s *Store) SetPassword(ctx context.Context, m PasswordContext, pw string) error {
	if err := CheckPassword(pw, m); err != nil {
		return err
	}
	manager := m.ManagerID
	h, err := s.hash(ctx, pw)
	if err != nil {
		return err
	}
	pk, pv, err := encode(kindPassword, manager, PasswordRecord{Manager: manager, Hash: h, SetAt: s.now().UTC(), Holder: s.holderOf(manager)})
	if err != nil {
		return err
	}
	return s.write(ctx, append([][2][]byte{{pk, pv}}, s.linkTombstones(manager, "")...)...)
}

// hash computes a password's argon2id hash in one of the hash slots.
func (s *Store) hash(ctx context.Context, pw string) (string, error) {
	var h string
	var err error
	if serr := s.withHashSlot(ctx, func() { h, err = HashPassword(pw, s.params) }); serr != nil {
		return "", serr
	}
	return h, err
}

// linkTombstones returns the records that spend every outstanding link of
// the manager but keep (the id of one to leave alone, or "").
func (s *Store) linkTombstones(manager, keep string) [][2][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	var recs [][2][]byte
	for id, l := range s.links {
		if l.Manager == manager && id != keep {
			k, _, _ := encode(kindLink, id, nil)
			recs = append(recs, [2][]byte{k, nil})
			recs = append(recs, s.claimTombstonesLocked(id)...)
		}
	}
	return recs
}

// CheckLogin verifies a manager's password. manager is "" when no manager
// has the address: the hash is still computed. It returns when the
// password was set, so that sessions older than that can be refused;
// ErrBusy when no hash slot came free in time (see hashing.go).
func (s *Store) CheckLogin(ctx context.Context, manager, pw string) (time.Time, error) {
	s.mu.Lock()
	rec, ok := s.passwords[manager]
	s.mu.Unlock()
	ok = ok && s.held(manager, rec.Holder)
	hash := rec.Hash
	if !ok || manager == "" {
		// An unknown address costs the same time as a wrong password.
		hash = s.dummyHash()
	}
	var match bool
	var err error
	if serr := s.withHashSlot(ctx, func() { match, err = VerifyPassword(pw, hash) }); serr != nil {
		return time.Time{}, serr
	}
	if err != nil || !match || !ok || manager == "" {
		return time.Time{}, ErrBadCredentials
	}
	return rec.SetAt, nil
}

// PasswordSetAt returns when the manager's password was last set; false
// when the manager has none.
func (s *Store) PasswordSetAt(manager string) (time.Time, bool) {
	s.mu.Lock()
	rec, ok := s.passwords[manager]
	s.mu.Unlock()
	if !ok || !s.held(manager, rec.Holder) {
		return time.Time{}, false
	}
	return rec.SetAt, true
}

// LinkLifetime is how long a set-password link stays valid.
const LinkLifetime = 72 * time.Hour

// NewLink makes a one-time set-password link token for the manager, valid
// for LinkLifetime. Only its SHA-256 is stored; the returned token is to be
// put in a URL (…/static/account.html#set=TOKEN) and handed to the manager.
// The manager's older links are spent: only the newest works, as with
// password-reset links (OWASP Forgot Password Cheat Sheet).
func (s *Store) NewLink(ctx context.Context, manager, by string) (string, error) {
	tok, err := randomToken()
	if err != nil {
		return "", err
	}
	id := hashHex(tok)
	lk, lv, err := encode(kindLink, id, LinkRecord{Manager: manager, Expires: s.now().Add(LinkLifetime).UTC(), By: by, Holder: s.holderOf(manager)})
	if err != nil {
		return "", err
	}
	// The tombstones first: the new link is never written without them.
	if err := s.write(ctx, append(s.linkTombstones(manager, id), [2][]byte{lk, lv})...); err != nil {
		return "", err
	}
	return tok, nil
}

// UseLink sets the manager's password through a one-time link and
// consumes the link. The link is consumed only when the password is
// accepted, so a refused password can be retried with the same link;
// while one use of a link is under way on this instance, another is
// refused (ErrBadLink), and of uses on several instances at once, the
// one whose claim reached the topic first sets the password (claim.go).
// contextOf returns what the password of the link's manager must not hold
// besides the manager id (CheckPassword: the e-mail address, what the
// manager looks after; nil when unknown); a password that CheckPassword's
// cheap checks refuse without it is refused before the link is looked
// at, and zxcvbn's estimate, which costs milliseconds, runs only for a
// link that is valid (review S25B-1: requests with made-up tokens, none
// throttled before the work, took both cores).
func (s *Store) UseLink(ctx context.Context, token, pw string, contextOf func(manager string) PasswordContext) (string, error) {
	if err := checkPassword(pw, PasswordContext{}, false); err != nil {
		return "", err
	}
	id := hashHex(token)
	// The link is claimed before the slow part (the hash, the write):
	// six requests at once with one link were each told their password
	// was set, and only one was (review finding). A claim that fails is
	// given back, so a password refused can be tried again.
	s.mu.Lock()
	rec, ok := s.links[id]
	if ok && s.using[id] {
		ok = false
	}
	if ok {
		s.using[id] = true
	}
	s.mu.Unlock()
	if !ok {
		return "", ErrBadLink
	}
	defer func() {
		s.mu.Lock()
		delete(s.using, id)
		s.mu.Unlock()
	}()
	if !s.now().Before(rec.Expires) || !s.held(rec.Manager, rec.Holder) {
		return "", ErrBadLink
	}
	// A link made before the password was last set is spent, even if its
	// tombstone has not been read yet.
	if set, ok := s.PasswordSetAt(rec.Manager); ok && !set.Before(rec.Expires.Add(-LinkLifetime)) {
		return "", ErrBadLink
	}
	var pc PasswordContext
	if contextOf != nil {
		pc = contextOf(rec.Manager)
	}
	pc.ManagerID = rec.Manager
	if err := CheckPassword(pw, pc); err != nil {
		return "", err
	}
	// Across instances, the first claim on the topic wins (claim.go).
	nonce, won, err := s.claimLink(ctx, id, rec.Manager)
	if err != nil {
		return "", err
	}
	if !won {
		return "", ErrBadLink
	}
	h, err := s.hash(ctx, pw)
	if err == nil && !s.holdsClaim(id, nonce) {
		return "", ErrBadLink // a later claim took the link (claim.go)
	}
	if err == nil {
		var pk, pv []byte
		if pk, pv, err = encode(kindPassword, rec.Manager, PasswordRecord{Manager: rec.Manager, Hash: h, SetAt: s.now().UTC(), Holder: s.holderOf(rec.Manager)}); err == nil {
			// The password first: should the tombstones of the links
			// fail, they are still spent (made before the password was
			// set), and the password is set.
			err = s.write(ctx, append([][2][]byte{{pk, pv}}, s.linkTombstones(rec.Manager, "")...)...)
		}
	}
	if err != nil {
		s.releaseClaim(ctx, id)
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
