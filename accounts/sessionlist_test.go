package accounts

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"testing"
	"time"
)

// TestSessionIDNeverLooksLikeAFlag: a listed session id is typed on a
// command line ("account sessions revoke --manager m1 ID"), so it must
// never start with '-' whatever the key, and must keep naming one key.
func TestSessionIDNeverLooksLikeAFlag(t *testing.T) {
	shape := regexp.MustCompile(`^s[0-9a-f]{24}$`)
	keys := []string{
		"-kHZahxdY9CzP12o-kHZahxdY9CzP12o-kHZahxdY9C", // base64url with a leading '-'
		"_leadingUnderscore_base64url_key_of_43chars",
		"short",
		"",
		"not base64url at all!",
	}
	for i := range 2000 {
		sum := sha256.Sum256([]byte(strconv.Itoa(i)))
		keys = append(keys, base64.RawURLEncoding.EncodeToString(sum[:]))
	}
	seen := map[string]string{}
	for _, k := range keys {
		id := sessionID(k)
		if !shape.MatchString(id) || len(id) != SessionIDLength {
			t.Fatalf("sessionID(%q) = %q, want s and 24 hex digits", k, id)
		}
		if other, dup := seen[id]; dup {
			t.Fatalf("sessionID(%q) = sessionID(%q) = %q", k, other, id)
		}
		seen[id] = k
	}
}

// signedIn starts a session of the manager through scs as the console
// does (NewSessionManager: the token hashed in the store; the manager's
// password set first when it has none, and its time recorded) and
// returns its token, the cookie's value.
func signedIn(t *testing.T, ctx context.Context, s *Store, manager string) string {
	t.Helper()
	setAt, ok := s.PasswordSetAt(manager)
	if !ok {
		if err := s.SetPassword(ctx, PasswordContext{ManagerID: manager}, "a password of "+manager); err != nil {
			t.Fatal(err)
		}
		if setAt, ok = s.PasswordSetAt(manager); !ok {
			t.Fatal("no password after SetPassword")
		}
	}
	sm := s.NewSessionManager(false)
	c, err := sm.Load(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	sm.Put(c, SessionKeyManager, manager)
	sm.Put(c, SessionKeyPasswordSetAt, setAt.UnixNano())
	tok, _, err := sm.Commit(c)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// TestSessionIDOfToken: the id a request computes from its own cookie is
// the id its session is listed under, and no other session's.
func TestSessionIDOfToken(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s := open(t, ctx, cluster(t))
	a, b := signedIn(t, ctx, s, "m1"), signedIn(t, ctx, s, "m1")
	listed := map[string]bool{}
	for _, in := range s.ListSessions("m1") {
		listed[in.ID] = true
	}
	if len(listed) != 2 || !listed[SessionIDOfToken(a)] || !listed[SessionIDOfToken(b)] || SessionIDOfToken(a) == SessionIDOfToken(b) {
		t.Fatalf("listed %v; the tokens' ids %s and %s", listed, SessionIDOfToken(a), SessionIDOfToken(b))
	}
	if SessionIDOfToken("") != "" {
		t.Fatal("the empty token (no session) has an id")
	}
}

// TestRevokeOtherSessions: "sign out everywhere else" ends the manager's
// other sessions, keeps the one named and another manager's; with no
// other session it ends nothing (never every session); a keep id that is
// not the manager's live session revokes nothing.
func TestRevokeOtherSessions(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s := open(t, ctx, cluster(t))
	keep := signedIn(t, ctx, s, "m1")
	o1, o2 := signedIn(t, ctx, s, "m1"), signedIn(t, ctx, s, "m1")
	theirs := signedIn(t, ctx, s, "m2")
	ids := func(m string) []string {
		var out []string
		for _, in := range s.ListSessions(m) {
			out = append(out, in.ID)
		}
		slices.Sort(out)
		return out
	}

	for _, bad := range []string{"", SessionIDOfToken(theirs), "s000000000000000000000000"} {
		if got, err := s.RevokeOtherSessions(ctx, "m1", bad); !errors.Is(err, ErrNoSession) || got != nil {
			t.Fatalf("keep %q: %v, %v; want ErrNoSession", bad, got, err)
		}
		if n := len(ids("m1")); n != 3 {
			t.Fatalf("keep %q: %d sessions of m1 left, want 3", bad, n)
		}
	}
	if _, err := s.RevokeSessions(ctx, "m1", []string{SessionIDOfToken(theirs)}); !errors.Is(err, ErrNoSession) {
		t.Fatalf("m1 revoking m2's session: %v, want ErrNoSession", err)
	}

	ended, err := s.RevokeOtherSessions(ctx, "m1", SessionIDOfToken(keep))
	if err != nil {
		t.Fatal(err)
	}
	got := []string{ended[0].ID, ended[1].ID}
	slices.Sort(got)
	want := []string{SessionIDOfToken(o1), SessionIDOfToken(o2)}
	slices.Sort(want)
	if len(ended) != 2 || !slices.Equal(got, want) {
		t.Fatalf("ended %+v, want %v", ended, want)
	}
	if l := ids("m1"); !slices.Equal(l, []string{SessionIDOfToken(keep)}) {
		t.Fatalf("m1's sessions left: %v", l)
	}
	if l := ids("m2"); !slices.Equal(l, []string{SessionIDOfToken(theirs)}) {
		t.Fatalf("m2's sessions: %v", l)
	}
	// The ended sessions are gone for scs too: their cookies find nothing.
	for _, tok := range []string{o1, o2} {
		sum := sha256.Sum256([]byte(tok))
		if _, found, _ := s.Sessions().FindCtx(ctx, base64.RawURLEncoding.EncodeToString(sum[:])); found {
			t.Fatal("an ended session is still found")
		}
	}

	// Alone: nothing more to end, and the kept session stays.
	if ended, err := s.RevokeOtherSessions(ctx, "m1", SessionIDOfToken(keep)); err != nil || len(ended) != 0 {
		t.Fatalf("with no other session: %v, %v", ended, err)
	}
	if l := ids("m1"); len(l) != 1 {
		t.Fatalf("the only session was ended: %v", l)
	}
}
