package consoleapi

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mailflow/mailflow/accounts"
	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/audit"
	"github.com/mailflow/mailflow/directory"
)

// The session's keys.
const (
	sessManager = accounts.SessionKeyManager
	// sessPwSetAt is when the password signed in with was set (unix
	// nanoseconds, from its record): a session lives only as long as that
	// password, whatever the clocks of the instances say.
	sessPwSetAt = accounts.SessionKeyPasswordSetAt
)

// caller is who a request comes from.
type caller struct {
	// operator is set for the admin token: anything may be changed.
	operator bool
	manager  directory.Manager
	// via is "session", "token" or "admin", as audited.
	via string
	// tokenID is the id of the console-made API token the request came
	// with ("" for a session, the operator, or a directory file's token).
	tokenID string
	remote  string
}

// actor names the caller in the audit.
func (c caller) actor() string {
	if c.operator {
		return directory.OperatorID
	}
	return c.manager.ID
}

func (c caller) entry(action, key string) audit.Entry {
	return audit.Entry{At: time.Now().UTC(), Actor: c.actor(), ActorEmail: c.manager.Email, Via: c.via, Remote: c.remote, Action: action, Key: key}
}

type authedFunc func(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error

// authed authenticates the request, checks the CSRF token of a session's
// unsafe request, and runs f with the caller and one directory snapshot.
func (h *Handler) authed(f authedFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead && h.cfg.CatchUp != nil {
			ctx, cancel := context.WithTimeout(r.Context(), catchUpWait)
			err := h.cfg.CatchUp(ctx)
			cancel()
			if err != nil {
				h.cfg.Log.Warn("console: the directory did not catch up with the config topic before a write", "method", r.Method, "path", r.URL.Path, "err", err)
				w.Header().Set("Retry-After", "2")
				writeError(w, errf(http.StatusServiceUnavailable, "this instance is catching up with the directory: try again in a moment"))
				return
			}
		}
		d := h.cfg.Directory()
		// The read API's limits hold here too (review finding F6): a
		// client address with too many wrong tokens is refused before
		// its token is looked at, a wrong token counts against it, and
		// the caller's request is taken from the same bucket as its
		// read API requests (the operator's, or the manager's whichever
		// way it came: token or session).
		if r.Header.Get("Authorization") != "" && h.cfg.Guard.Blocked(w, r) {
			return
		}
		c, err := h.authenticate(r, d)
		if errors.Is(err, errBadToken) {
			h.cfg.Guard.Failed(r)
		}
		if err == nil && !h.cfg.Guard.Allow(w, c.rateKey()) {
			return
		}
		if err == nil && c.via == "session" && r.Method != http.MethodGet && r.Method != http.MethodHead && !accounts.CheckCSRFToken(r, h.sm) {
			err = errf(http.StatusForbidden, "the CSRF token is missing or wrong: reload the page and try again")
		}
		if err == nil {
			err = f(w, r, c, d)
		}
		if err != nil {
			var ae *apiError
			if !errors.As(err, &ae) {
				h.cfg.Log.Error("console API", "method", r.Method, "path", r.URL.Path, "err", err)
			}
			if ae != nil && ae.code == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", `Bearer realm="mailflow"`)
			}
			writeError(w, err)
		}
	}
}

// catchUpWait bounds how long a write waits for the directory to catch
// up with the config topic (Config.CatchUp).
const catchUpWait = 3 * time.Second

var errSignIn = &apiError{http.StatusUnauthorized, "sign in first (or send Authorization: Bearer TOKEN)"}

// errBadToken is a bearer token that is nobody's: a guess, counted
// against the client address (api.Guard).
var errBadToken = &apiError{http.StatusUnauthorized, "the API token is not valid"}

// rateKey is the bucket of the caller's requests (api.Guard), the same as
// the read API's for the same caller.
func (c caller) rateKey() string {
	if c.operator {
		return api.OperatorKey
	}
	return api.ManagerKey(c.manager.ID)
}

// authenticate finds the caller: a bearer token when the request has an
// Authorization header (a wrong token is refused, not passed to the
// session), else the session cookie.
func (h *Handler) authenticate(r *http.Request, d *directory.Directory) (caller, error) {
	c := caller{remote: remoteAddr(r)}
	if auth := r.Header.Get("Authorization"); auth != "" {
		scheme, tok, _ := strings.Cut(auth, " ")
		tok = strings.TrimSpace(tok)
		if !strings.EqualFold(scheme, "Bearer") || tok == "" {
			return c, errf(http.StatusUnauthorized, "send Authorization: Bearer TOKEN")
		}
		if h.cfg.AdminToken != "" {
			a, b := sha256.Sum256([]byte(tok)), sha256.Sum256([]byte(h.cfg.AdminToken))
			if subtle.ConstantTimeCompare(a[:], b[:]) == 1 {
				c.operator, c.via = true, "admin"
				return c, nil
			}
		}
		if t, ok := h.cfg.Accounts.TokenOf(tok); ok {
			if m, ok := d.Managers[t.Manager]; ok {
				c.manager, c.via, c.tokenID = m, "token", t.ID
				return c, nil
			}
		}
		if m, ok := d.ManagerByToken(tok); ok {
			c.manager, c.via = m, "token"
			return c, nil
		}
		return c, errBadToken
	}
	id := h.sm.GetString(r.Context(), sessManager)
	if id == "" {
		return c, errSignIn
	}
	m, ok := d.Managers[id]
	// A manager removed from the directory, or whose password was set
	// again after this sign-in, is signed out.
	setAt, hasPw := h.cfg.Accounts.PasswordSetAt(id)
	if !ok || !hasPw || setAt.UnixNano() != h.sm.GetInt64(r.Context(), sessPwSetAt) {
		_ = h.sm.Destroy(r.Context())
		return c, errSignIn
	}
	c.manager, c.via = m, "session"
	return c, nil
}

// managerView is a manager as the console shows it.
type managerView struct {
	ID         string          `json:"id"`
	Name       string          `json:"name,omitempty"`
	Email      string          `json:"email,omitempty"`
	Level      directory.Level `json:"level"`
	Of         string          `json:"of"`
	OfName     string          `json:"of_name,omitempty"`
	WebhookURL string          `json:"webhook_url,omitempty"`
}

func viewOf(d *directory.Directory, m directory.Manager) managerView {
	return managerView{ID: m.ID, Name: m.Name, Email: m.Email, Level: m.Level, Of: m.Of, OfName: nameOf(d, m.Level, m.Of), WebhookURL: m.WebhookURL}
}

type sessionView struct {
	Operator  bool         `json:"operator,omitempty"`
	Manager   *managerView `json:"manager,omitempty"`
	CSRFToken string       `json:"csrf_token,omitempty"`
	Via       string       `json:"via"`
}

// signInKey is the form of a sign-in address that both finds the manager
// (managerByEmail) and keys the sign-in throttle: one form for both, so
// that no spelling that signs in as a manager gets limits of its own.
// Unicode case folding (strings.EqualFold) matched "ſ" (U+017F) to "s"
// while the throttle counted the lower-cased text, which let every such
// spelling guess anew (review S24A-1).
func signInKey(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// managerByEmail finds the manager whose address has the sign-in key key
// (signInKey). Two managers with one address (a file may hold that)
// cannot sign in with it: which one would be ambiguous.
func managerByEmail(d *directory.Directory, key string) (directory.Manager, bool) {
	var found directory.Manager
	n := 0
	for _, m := range d.Managers {
		if m.Email != "" && signInKey(m.Email) == key {
			found = m
			n++
		}
	}
	return found, n == 1
}

func (h *Handler) signIn(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Email    string `json:"email"`
		Password string `json:"password"`
	}
	if err := readJSON(r, &body); err != nil {
		writeError(w, err)
		return
	}
	email := signInKey(body.Email)
	ip := remoteAddr(r)
	attempt, ok, wait := h.cfg.Throttle.Begin(email, ip)
	if !ok {
		h.m.signins.WithLabelValues("throttled").Inc()
		w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
		writeError(w, &apiError{http.StatusTooManyRequests, (&accounts.ThrottledError{Wait: wait.Round(time.Second)}).Error()})
		return
	}
	d := h.cfg.Directory()
	m, known := managerByEmail(d, email)
	id := ""
	if known {
		id = m.ID
	}
	pwSetAt, err := h.cfg.Accounts.CheckLogin(r.Context(), id, body.Password)
	if errors.Is(err, accounts.ErrBusy) {
		// Not counted as a failure: the password was not looked at.
		attempt.Succeeded()
		h.m.signins.WithLabelValues("busy").Inc()
		w.Header().Set("Retry-After", "1")
		writeError(w, &apiError{http.StatusServiceUnavailable, err.Error()})
		return
	}
	if err != nil {
		h.m.signins.WithLabelValues("bad_credentials").Inc()
		e := caller{manager: m, via: "session", remote: ip}.entry("session.signin_failed", "")
		// The address is the client's words: kept printable (a newline or
		// an escape sequence must not forge a line of the audit log).
		e.ActorEmail = printableEmail(email)
		if err := h.audit.Write(r.Context(), e); err != nil {
			h.cfg.Log.Error("console: audit of a failed sign-in", "err", err)
		}
		writeError(w, &apiError{http.StatusUnauthorized, accounts.ErrBadCredentials.Error()})
		return
	}
	attempt.Succeeded()
	// A new token at sign-in: a token planted before cannot ride along
	// (session fixation, OWASP Session Management Cheat Sheet).
	if err := h.sm.RenewToken(r.Context()); err != nil {
		writeError(w, err)
		return
	}
	h.sm.Put(r.Context(), sessManager, m.ID)
	h.sm.Put(r.Context(), sessPwSetAt, pwSetAt.UnixNano())
	// What an operator's `mailflow account sessions list` shows of it, to
	// tell a manager's own browsers from a stranger's.
	h.sm.Put(r.Context(), accounts.SessionKeySignedIn, time.Now().Unix())
	h.sm.Put(r.Context(), accounts.SessionKeyRemote, ip)
	h.sm.Put(r.Context(), accounts.SessionKeyAgent, clipAgent(r.UserAgent()))
	csrf, err := accounts.NewCSRFToken(r.Context(), h.sm)
	if err != nil {
		writeError(w, err)
		return
	}
	c := caller{manager: m, via: "session", remote: ip}
	if err := h.audit.Write(r.Context(), c.entry("session.signin", "")); err != nil {
		h.cfg.Log.Error("console: audit of a sign-in", "err", err)
	}
	h.m.signins.WithLabelValues("ok").Inc()
	h.cfg.Log.Info("console: signed in", "manager", m.ID)
	v := viewOf(d, m)
	writeJSON(w, http.StatusOK, sessionView{Manager: &v, CSRFToken: csrf, Via: "session"})
}

func (h *Handler) whoAmI(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if c.operator {
		writeJSON(w, http.StatusOK, sessionView{Operator: true, Via: c.via})
		return nil
	}
	v := viewOf(d, c.manager)
	s := sessionView{Manager: &v, Via: c.via}
	if c.via == "session" {
		s.CSRFToken = accounts.CSRFToken(r.Context(), h.sm)
	}
	writeJSON(w, http.StatusOK, s)
	return nil
}

func (h *Handler) signOut(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if c.via != "session" {
		return errf(http.StatusBadRequest, "there is no session to end: this request came with a token")
	}
	// Destroy tombstones the session on the accounts topic: every
	// instance drops it as soon as it reads the tombstone.
	if err := h.sm.Destroy(r.Context()); err != nil {
		return err
	}
	if err := h.audit.Write(r.Context(), c.entry("session.signout", "")); err != nil {
		h.cfg.Log.Error("console: audit of a sign-out", "err", err)
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "signed out"})
	return nil
}

// setPassword sets a password through a one-time link. It needs no
// session; the link's token is the credential.
func (h *Handler) setPassword(w http.ResponseWriter, r *http.Request) {
	// The link's token is a token like the API's: a client address that
	// guessed too many is refused before its guess is looked at.
	if h.cfg.Guard.Blocked(w, r) {
		return
	}
	var body struct {
		Token    string `json:"token"`
		Password string `json:"password"`
	}
	if err := readJSON(r, &body); err != nil {
		writeError(w, err)
		return
	}
	// The password must not hold the manager's e-mail address or what
	// the manager looks after (NIST SP 800-63B's context-specific
	// words); the link says which manager.
	contextOf := func(id string) accounts.PasswordContext {
		m := h.cfg.Directory().Managers[id]
		return accounts.PasswordContext{Email: m.Email, Of: m.Of}
	}
	id, err := h.cfg.Accounts.UseLink(r.Context(), body.Token, body.Password, contextOf)
	if errors.Is(err, accounts.ErrBadLink) {
		h.cfg.Guard.Failed(r)
	}
	if errors.Is(err, accounts.ErrBadLink) || errors.Is(err, accounts.ErrPasswordRefused) {
		writeError(w, &apiError{http.StatusBadRequest, err.Error()})
		return
	}
	if err != nil {
		h.cfg.Log.Error("console: set password", "err", err)
		writeError(w, err)
		return
	}
	m := h.cfg.Directory().Managers[id]
	// The lockout message sends a locked-out manager here: the new
	// password must work at once.
	h.cfg.Throttle.Reset(strings.ToLower(strings.TrimSpace(m.Email)))
	c := caller{manager: m, via: "link", remote: remoteAddr(r)}
	if err := h.audit.Write(r.Context(), c.entry("password.set", "password/"+id)); err != nil {
		h.cfg.Log.Error("console: audit of a password change", "err", err)
	}
	h.cfg.Log.Info("console: password set through a one-time link", "manager", id)
	writeJSON(w, http.StatusOK, map[string]string{"status": "password set: sign in with your e-mail address", "email": m.Email})
}

// Caller says who a request comes from by its session cookie or its API
// token, without answering it: for the read API (api.Config), so that a
// signed-in manager's console can read their domains' status and live log
// with the session, and a console-made API token (mft_…) works there too.
// operator is true for the admin token. ok is false when the request
// carries neither a valid session nor a valid token.
func (h *Handler) Caller(r *http.Request) (m directory.Manager, operator, ok bool) {
	d := h.cfg.Directory()
	if tok := r.URL.Query().Get(api.AccessTokenParam); r.Header.Get("Authorization") == "" && tok != "" && strings.HasSuffix(r.URL.Path, "/live/stream") {
		// The live-log stream is read with an EventSource, which sends no
		// headers: its token comes as ?access_token=, as the read API
		// takes a directory token there. A console-made token must work
		// the same (review finding: mft_ tokens got "not valid").
		r = r.Clone(r.Context())
		r.Header.Set("Authorization", "Bearer "+tok)
	} else if r.Header.Get("Authorization") == "" {
		ck, err := r.Cookie(h.sm.Cookie.Name)
		if err != nil || ck.Value == "" {
			return directory.Manager{}, false, false
		}
		ctx, err := h.sm.Load(r.Context(), ck.Value)
		if err != nil {
			return directory.Manager{}, false, false
		}
		r = r.WithContext(ctx)
	}
	c, err := h.authenticate(r, d)
	if err != nil {
		return directory.Manager{}, false, false
	}
	return c.manager, c.operator, true
}

// printableEmail is how a failed sign-in's address, the client's own
// words, goes into the audit log: at most 320 bytes (RFC 5321 §4.5.3.1:
// 64 + 1 + 255), every control character and bidirectional formatting
// character shown as an escape (\x1b, \u202e), invalid UTF-8 as \xff.
func printableEmail(s string) string {
	const limit = 320
	var b strings.Builder
	for i := 0; i < len(s) && b.Len() < limit; {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// clipAgent keeps at most 200 bytes of a User-Agent, cut at a character
// boundary and made valid UTF-8: it is the client's words, stored in the
// session and printed to an operator (who escapes it).
func clipAgent(ua string) string {
	ua = strings.ToValidUTF8(ua, "\uFFFD")
	if len(ua) <= 200 {
		return ua
	}
	cut := 200
	for cut > 0 && !utf8.RuneStart(ua[cut]) {
		cut--
	}
	return ua[:cut]
}
