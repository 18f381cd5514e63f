package accounts

import (
	"context"
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
)

// SessionStore is the scs.Store (and scs.CtxStore) that keeps sessions on
// the accounts topic. scs hands it the SHA-256 of the session token
// (HashTokenInStore), never the token.
type SessionStore struct{ s *Store }

// Sessions returns the store's scs session store.
func (s *Store) Sessions() SessionStore { return SessionStore{s} }

// FindCtx returns a session's data; an expired or unknown session is not
// found. A session this instance does not know yet is looked for again
// once the instance has read the accounts topic up to its end (at most
// catchUpTimeout): it may have been signed in on another instance a
// moment ago. When the topic cannot be read (the brokers are down), the
// session is not found, which asks the manager to sign in again, and a
// warning is logged; it never fails the request.
func (ss SessionStore) FindCtx(ctx context.Context, token string) ([]byte, bool, error) {
	s := ss.s
	data, found, known := s.findSession(token)
	if found || known {
		return data, found, nil
	}
	if err := s.catchUp(ctx); err != nil {
		s.log.Warn("accounts store: an unknown session cookie could not be looked up on the topic", "err", err)
		return nil, false, nil
	}
	data, found, _ = s.findSession(token)
	return data, found, nil
}

// findSession looks a session up; known reports whether the store holds
// a record of it at all (an expired one included).
func (s *Store) findSession(token string) (data []byte, found, known bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.sessions[token]
	if !ok {
		return nil, false, false
	}
	if !s.now().Before(rec.Expiry) {
		return nil, false, true
	}
	return rec.Data, true, true
}

// CommitCtx stores a session until expiry.
func (ss SessionStore) CommitCtx(ctx context.Context, token string, b []byte, expiry time.Time) error {
	return ss.s.put(ctx, kindSession, token, SessionRecord{Expiry: expiry, Data: b})
}

// DeleteCtx ends a session on every instance (a tombstone).
func (ss SessionStore) DeleteCtx(ctx context.Context, token string) error {
	return ss.s.put(ctx, kindSession, token, nil)
}

// Find implements scs.Store.
func (ss SessionStore) Find(token string) ([]byte, bool, error) {
	return ss.FindCtx(context.Background(), token)
}

// Commit implements scs.Store.
func (ss SessionStore) Commit(token string, b []byte, expiry time.Time) error {
	return ss.CommitCtx(context.Background(), token, b, expiry)
}

// Delete implements scs.Store.
func (ss SessionStore) Delete(token string) error {
	return ss.DeleteCtx(context.Background(), token)
}

// SessionCookieName is the console's session cookie. With Secure set it is
// "__Host-mailflow_session": the __Host- prefix makes browsers refuse it
// unless it is Secure, host-only and for path / (RFC 6265bis §4.1.3.2).
const SessionCookieName = "mailflow_session"

// SessionLifetime is how long a sign-in lasts, whatever the activity: the
// length of a working day, after which the manager signs in again.
const SessionLifetime = 12 * time.Hour

// NewSessionManager returns the scs session manager of the console: cookie
// HttpOnly, SameSite=Lax (a link from a notification e-mail opens the
// console signed in; writes are guarded by CSRF checks, not by SameSite),
// Secure when the console is served over TLS, token hashed in the store,
// absolute lifetime SessionLifetime.
func (s *Store) NewSessionManager(secure bool) *scs.SessionManager {
	sm := scs.New()
	sm.Store = s.Sessions()
	sm.HashTokenInStore = true
	sm.Lifetime = SessionLifetime
	sm.Cookie.Name = SessionCookieName
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	sm.Cookie.Path = "/"
	sm.Cookie.Secure = secure
	if secure {
		sm.Cookie.Name = "__Host-" + SessionCookieName
	}
	return sm
}

// Sweep deletes the sessions and set-password links that have expired, so
// that compaction can drop them. Every instance may sweep; a second
// tombstone for the same key is harmless.
func (s *Store) Sweep(ctx context.Context) error {
	now := s.now()
	var recs [][2][]byte
	s.mu.Lock()
	for id, r := range s.sessions {
		if !now.Before(r.Expiry) {
			recs = append(recs, [2][]byte{[]byte(kindSession + "/" + id), nil})
		}
	}
	for id, r := range s.links {
		if !now.Before(r.Expires) {
			recs = append(recs, [2][]byte{[]byte(kindLink + "/" + id), nil})
			recs = append(recs, s.claimTombstonesLocked(id)...)
		}
	}
	// A claim that lost to a use that had already spent its link stays
	// behind it (claim.go).
	for id := range s.claims {
		if _, ok := s.links[id]; !ok {
			recs = append(recs, s.claimTombstonesLocked(id)...)
		}
	}
	s.mu.Unlock()
	if len(recs) == 0 {
		return nil
	}
	return s.write(ctx, recs...)
}

// SessionCount returns the number of live sessions (metrics, tests).
func (s *Store) SessionCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.sessions {
		if s.now().Before(r.Expiry) {
			n++
		}
	}
	return n
}

// RunSweeper calls Sweep every interval until ctx ends, logging failures.
func (s *Store) RunSweeper(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.Sweep(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("accounts: sweeping expired sessions and links", "err", err)
			}
		}
	}
}
