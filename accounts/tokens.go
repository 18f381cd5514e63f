package accounts

import (
	"context"
	"crypto/subtle"
	"fmt"
	"slices"
	"strings"
	"time"
)

// TokenPrefix starts every API token a manager makes in the console, so
// that a leaked one is recognisable (secret scanners) and told apart from
// the operator's token.
const TokenPrefix = "mft_"

// MaxTokensPerManager bounds how many API tokens one manager may hold.
const MaxTokensPerManager = 20

// NewToken makes an API token for the manager and returns it with its
// record. The token is shown once: only its SHA-256 is kept. The name,
// trimmed of surrounding spaces, must pass CheckTokenName and differ from
// the names of the manager's live tokens (in any letter case and NFKC
// form, see sameTokenName).
func (s *Store) NewToken(ctx context.Context, manager, name string) (string, TokenRecord, error) {
	name = strings.TrimSpace(name)
	if err := CheckTokenName(name); err != nil {
		return "", TokenRecord{}, err
	}
	live := s.Tokens(manager)
	if len(live) >= MaxTokensPerManager {
		return "", TokenRecord{}, fmt.Errorf("you have %d API tokens, the most there can be: revoke one you no longer use first", MaxTokensPerManager)
	}
	for _, t := range live {
		if sameTokenName(t.Name, name) {
			// Two tokens of one name cannot be told apart when one is to
			// be revoked.
			return "", TokenRecord{}, fmt.Errorf("you already have an API token of this name (created %s, ending …%s): give the new one a name of its own", t.Created.Format(time.DateOnly), t.Hint)
		}
	}
	secret, err := randomToken()
	if err != nil {
		return "", TokenRecord{}, err
	}
	tok := TokenPrefix + secret
	idRaw, err := randomToken()
	if err != nil {
		return "", TokenRecord{}, err
	}
	rec := TokenRecord{ID: "t" + idRaw[:15], Manager: manager, Name: name, SHA256: hashHex(tok),
		Created: s.now().UTC().Truncate(time.Second), Hint: tok[len(tok)-4:], Holder: s.holderOf(manager)}
	if err := s.put(ctx, kindToken, rec.ID, rec); err != nil {
		return "", TokenRecord{}, err
	}
	return tok, rec, nil
}

// Tokens returns the manager's API tokens, oldest first.
func (s *Store) Tokens(manager string) []TokenRecord {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []TokenRecord
	for _, t := range s.tokens {
		if t.Manager == manager && s.held(manager, t.Holder) {
			out = append(out, t)
		}
	}
	slices.SortFunc(out, func(a, b TokenRecord) int {
		if c := a.Created.Compare(b.Created); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// RevokeToken deletes one of the manager's tokens; false when the manager
// has no token of that id (another manager's token is not found either).
func (s *Store) RevokeToken(ctx context.Context, manager, id string) (bool, error) {
	s.mu.Lock()
	t, ok := s.tokens[id]
	s.mu.Unlock()
	if !ok || t.Manager != manager {
		return false, nil
	}
	return true, s.put(ctx, kindToken, id, nil)
}

// ManagerByToken returns the id of the manager an API token belongs to.
// Every token's hash is compared, in constant time each.
func (s *Store) ManagerByToken(token string) (string, bool) {
	t, ok := s.TokenOf(token)
	return t.Manager, ok
}

// TokenOf returns the record of an API token (its id, manager and name,
// never the token): who is calling, and with which of their tokens.
// Every token's hash is compared, in constant time each.
func (s *Store) TokenOf(token string) (TokenRecord, bool) {
	if !strings.HasPrefix(token, TokenPrefix) {
		return TokenRecord{}, false
	}
	want := []byte(hashHex(token))
	s.mu.Lock()
	defer s.mu.Unlock()
	var found TokenRecord
	ok := false
	for _, t := range s.tokens {
		if subtle.ConstantTimeCompare([]byte(t.SHA256), want) == 1 {
			found, ok = t, true
		}
	}
	return found, ok && s.held(found.Manager, found.Holder)
}
