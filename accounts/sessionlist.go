package accounts

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/alexedwards/scs/v2"
)

// The keys the console puts in a session at sign-in (package consoleapi),
// read back here to list a manager's sessions.
const (
	// SessionKeyManager holds the manager's id (string).
	SessionKeyManager = "manager"
	// SessionKeySignedIn holds when the manager signed in (unix seconds,
	// int64).
	SessionKeySignedIn = "signed_in_at"
	// SessionKeyRemote holds the client's address at sign-in (string).
	SessionKeyRemote = "remote"
	// SessionKeyAgent holds the browser's User-Agent at sign-in (string,
	// at most 200 bytes).
	SessionKeyAgent = "agent"
	// SessionKeyPasswordSetAt holds when the password signed in with was
	// set (unix nanoseconds, int64): a new password ends older sessions.
	SessionKeyPasswordSetAt = "pw_set_at"
)

// SessionIDLength is the length of the id that names a session in
// listings: "s" and 24 hex digits, the first 96 bits of its key on the
// topic (the SHA-256 of its token, which cannot be turned back into the
// token), unique among any number of live sessions. The id is hex rather
// than the key's own base64url because a base64url id starts with '-' one
// time in 64, and a command line takes such an argument for a flag
// ("mailflow account sessions revoke --manager m1 -kHZa…").
const SessionIDLength = 25

// sessionID names the session stored under key (base64url, as scs's
// HashTokenInStore writes it). A key that is not base64url (a record
// written by hand onto the topic) is named by a hash of its text, so
// every listed session still has an id of the same shape.
func sessionID(key string) string {
	sum, err := base64.RawURLEncoding.DecodeString(key)
	if err != nil || len(sum) < 12 {
		h := sha256.Sum256([]byte(key))
		sum = h[:]
	}
	return "s" + hex.EncodeToString(sum[:12])
}

// SessionIDOfToken returns the id ListSessions gives the session whose
// scs token is token (the session cookie's value, what
// scs.SessionManager.Token returns): the store keeps a session under
// base64url(SHA-256(token)) (scs's HashTokenInStore, which
// NewSessionManager sets), and sessionID names that key. It is how a
// request tells its own session in a listing. "" for the empty token (no
// session).
func SessionIDOfToken(token string) string {
	if token == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(token))
	return sessionID(base64.RawURLEncoding.EncodeToString(sum[:]))
}

// ErrNoSession is wrapped by the error of RevokeSessions and
// RevokeOtherSessions when an id names no live session of the manager:
// one that ended, that never was, or another manager's (the three are
// not told apart, so that a manager learns nothing of another's).
var ErrNoSession = errors.New("no live session")

// SessionInfo is one live console session, as an operator lists it.
type SessionInfo struct {
	// ID names the session for RevokeSessions (SessionIDLength characters).
	ID      string `json:"id"`
	Manager string `json:"manager"`
	// SignedIn is when the manager signed in; nil for a session of a
	// release that did not record it.
	SignedIn *time.Time `json:"signed_in,omitempty"`
	// Expires is the end of the session's absolute lifetime.
	Expires time.Time `json:"expires"`
	// Remote and Agent are the client's address and User-Agent at
	// sign-in, when recorded.
	Remote string `json:"remote,omitempty"`
	Agent  string `json:"agent,omitempty"`

	pwSetAt int64 // SessionKeyPasswordSetAt
}

// counts reports whether a session would still let its manager in, as
// the console's authentication decides: signed in with the password the
// manager has now, and that password held by the address the manager has
// now (holder.go). A session ended by a new password, or of a manager
// deleted or given another address, is not listed as live (review
// finding: such sessions were listed until first used). s.mu is held.
func (s *Store) counts(info SessionInfo) bool {
	pw, ok := s.passwords[info.Manager]
	return ok && info.pwSetAt == pw.SetAt.UnixNano() && s.held(info.Manager, pw.Holder)
}

// sessionOf reads a session record's scs data (encoding/gob, scs's
// GobCodec). The data comes from the topic: what does not decode, or
// holds no manager (not signed in), is reported as not ok, never a panic.
func sessionOf(key string, rec SessionRecord) (SessionInfo, bool) {
	_, values, err := scs.GobCodec{}.Decode(rec.Data)
	if err != nil {
		return SessionInfo{}, false
	}
	m, _ := values[SessionKeyManager].(string)
	if m == "" {
		return SessionInfo{}, false
	}
	info := SessionInfo{ID: sessionID(key), Manager: m, Expires: rec.Expiry.UTC()}
	if at, ok := values[SessionKeySignedIn].(int64); ok && at > 0 {
		t := time.Unix(at, 0).UTC()
		info.SignedIn = &t
	}
	info.pwSetAt, _ = values[SessionKeyPasswordSetAt].(int64)
	info.Remote, _ = values[SessionKeyRemote].(string)
	info.Agent, _ = values[SessionKeyAgent].(string)
	return info, true
}

// ListSessions returns the live sessions of the manager (every manager's
// when manager is ""), by manager and then oldest sign-in first.
func (s *Store) ListSessions(manager string) []SessionInfo {
	s.mu.Lock()
	now := s.now()
	var out []SessionInfo
	for key, rec := range s.sessions {
		if !now.Before(rec.Expiry) {
			continue
		}
		info, ok := sessionOf(key, rec)
		if !ok || (manager != "" && info.Manager != manager) || !s.counts(info) {
			continue
		}
		out = append(out, info)
	}
	s.mu.Unlock()
	slices.SortFunc(out, func(a, b SessionInfo) int {
		return compareListed(a.Manager, a.Expires, a.ID, b.Manager, b.Expires, b.ID)
	})
	return out
}

// RevokeSessions ends the manager's sessions named by ids (as
// ListSessions names them; every session of the manager when ids is
// empty) on every instance: each gets a tombstone on the accounts topic,
// which every instance applies as it reads it, as a sign-out does. It
// returns the sessions ended. An id that names no live session of the
// manager is an error, and then nothing is revoked.
func (s *Store) RevokeSessions(ctx context.Context, manager string, ids []string) ([]SessionInfo, error) {
	if manager == "" {
		return nil, fmt.Errorf("revoke sessions: no manager given")
	}
	byID, infos := s.liveSessions(manager)
	var keys []string
	if len(ids) == 0 {
		for k := range infos {
			keys = append(keys, k)
		}
	}
	for _, id := range ids {
		k, ok := byID[id]
		if !ok {
			return nil, fmt.Errorf("manager %q has %w %q (mailflow account sessions list --manager %s lists them)", manager, ErrNoSession, id, manager)
		}
		keys = append(keys, k)
	}
	return s.revokeSessionKeys(ctx, manager, keys, infos)
}

// RevokeOtherSessions ends every live session of the manager but the one
// named keepID (as ListSessions names it: the session a manager asks
// from, SessionIDOfToken), on every instance, as RevokeSessions does;
// "sign out everywhere else" of an account page. It returns the sessions
// ended, none when keepID is the manager's only one. A keepID that names
// no live session of the manager is an error wrapping ErrNoSession, and
// then nothing is revoked: the caller would be signed out too.
func (s *Store) RevokeOtherSessions(ctx context.Context, manager, keepID string) ([]SessionInfo, error) {
	if manager == "" {
		return nil, fmt.Errorf("revoke sessions: no manager given")
	}
	byID, infos := s.liveSessions(manager)
	keep, ok := byID[keepID]
	if !ok {
		return nil, fmt.Errorf("manager %q has %w %q to keep", manager, ErrNoSession, keepID)
	}
	var keys []string
	for k := range infos {
		if k != keep {
			keys = append(keys, k)
		}
	}
	return s.revokeSessionKeys(ctx, manager, keys, infos)
}

// liveSessions returns the manager's live sessions: the store's key of
// each listed id, and each key's listing.
func (s *Store) liveSessions(manager string) (byID map[string]string, infos map[string]SessionInfo) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	byID = map[string]string{}
	infos = map[string]SessionInfo{}
	for key, rec := range s.sessions {
		if !now.Before(rec.Expiry) {
			continue
		}
		if info, ok := sessionOf(key, rec); ok && info.Manager == manager && s.counts(info) {
			byID[info.ID] = key
			infos[key] = info
		}
	}
	return byID, infos
}

// revokeSessionKeys tombstones the sessions stored under keys in one
// write and returns their listings (nothing is written for no keys).
func (s *Store) revokeSessionKeys(ctx context.Context, manager string, keys []string, infos map[string]SessionInfo) ([]SessionInfo, error) {
	slices.Sort(keys)
	keys = slices.Compact(keys)
	if len(keys) == 0 {
		return nil, nil
	}
	recs := make([][2][]byte, len(keys))
	out := make([]SessionInfo, len(keys))
	for i, k := range keys {
		recs[i] = [2][]byte{[]byte(kindSession + "/" + k), nil}
		out[i] = infos[k]
	}
	if err := s.write(ctx, recs...); err != nil {
		return nil, fmt.Errorf("revoke %d sessions of %s: %w", len(keys), manager, err)
	}
	return out, nil
}

// ListTokens returns the API tokens of the manager (every manager's when
// manager is ""), by manager and then oldest first. Only their ids,
// names, creation times and last four characters are kept.
func (s *Store) ListTokens(manager string) []TokenRecord {
	if manager != "" {
		return s.Tokens(manager)
	}
	s.mu.Lock()
	out := make([]TokenRecord, 0, len(s.tokens))
	for _, t := range s.tokens {
		out = append(out, t)
	}
	s.mu.Unlock()
	slices.SortFunc(out, func(a, b TokenRecord) int {
		return compareListed(a.Manager, a.Created, a.ID, b.Manager, b.Created, b.ID)
	})
	return out
}

// RevokeTokens deletes the manager's API tokens named by ids (a token's
// id as ListTokens gives it, or the token itself; every token of the
// manager when ids is empty) in one write: every instance
// refuses them as soon as it reads the tombstones. An id that is not one
// of the manager's tokens is an error, and then nothing is revoked.
func (s *Store) RevokeTokens(ctx context.Context, manager string, ids []string) ([]TokenRecord, error) {
	if manager == "" {
		return nil, fmt.Errorf("revoke tokens: no manager given")
	}
	mine := s.Tokens(manager)
	var out []TokenRecord
	if len(ids) == 0 {
		out = mine
	}
	for _, id := range ids {
		// The token itself names it too (someone holding a leaked token
		// often has only that); it is matched by its hash and never
		// repeated in a message.
		match := func(t TokenRecord) bool { return t.ID == id }
		if strings.HasPrefix(id, TokenPrefix) {
			sum := hashHex(id)
			match = func(t TokenRecord) bool { return t.SHA256 == sum }
		}
		i := slices.IndexFunc(mine, match)
		if i < 0 {
			what := fmt.Sprintf("%q", id)
			if strings.HasPrefix(id, TokenPrefix) {
				what = "matching the token given"
			}
			return nil, fmt.Errorf("manager %q has no API token %s (mailflow account tokens list --manager %s lists their ids)", manager, what, manager)
		}
		if !slices.ContainsFunc(out, func(t TokenRecord) bool { return t.ID == mine[i].ID }) {
			out = append(out, mine[i])
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	recs := make([][2][]byte, len(out))
	for i, t := range out {
		recs[i] = [2][]byte{[]byte(kindToken + "/" + t.ID), nil}
	}
	if err := s.write(ctx, recs...); err != nil {
		return nil, fmt.Errorf("revoke %d API tokens of %s: %w", len(out), manager, err)
	}
	return out, nil
}

// compareListed orders listed sessions and tokens: by manager, then by
// time (a session's expiry, a token's creation), then by id.
func compareListed(am string, at time.Time, aid string, bm string, bt time.Time, bid string) int {
	if c := strings.Compare(am, bm); c != 0 {
		return c
	}
	if c := at.Compare(bt); c != 0 {
		return c
	}
	return strings.Compare(aid, bid)
}
