package api

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mailflow/mailflow/directory"
)

// Access to /api/ is scoped (the console's files, /healthz, /readyz and
// /metrics stay open):
//
//   - Open mode: when Config.AdminToken is empty and no manager in the
//     directory has an API token (api_token_sha256), every /api/ request is
//     answered without a token. This is for development (`mailflow dev`)
//     only; set --api-token (or give a manager a token) in production.
//   - Otherwise every /api/ request needs "Authorization: Bearer TOKEN", or,
//     for the live-log stream only (a browser's EventSource cannot set
//     headers), "?access_token=TOKEN". A missing or unknown token is
//     answered 401 with WWW-Authenticate: Bearer.
//   - The admin token (Config.AdminToken) sees everything.
//   - A manager's token sees only the domains under the reseller, customer
//     or domain the manager belongs to: the domain endpoints answer 404 for
//     any other domain (as for a domain that does not exist), and the
//     domain list holds only the domains in scope.
//
// The mode follows the directory: giving the first manager a token closes
// the API without a restart, and an open live-log stream ends when its
// caller's access does (see live.go). A request forwarded to the owner of
// a domain carries the caller's scope in a signed envelope, never the
// caller's token (cluster.go). Tokens are never logged.

// AccessTokenParam is the query parameter that carries the token of a
// live-log stream request.
const AccessTokenParam = "access_token"

// caller is who a request was authenticated as.
type caller struct {
	// all is true for the admin token, in open mode, and for a forwarded
	// request with the scope "all".
	all bool
	// open is set in open mode (no token needed when the request came).
	open bool
	// manager is the manager the token belongs to, when not all.
	manager directory.Manager
	// tokenHash is the hex SHA-256 of a manager's token, so that a stream
	// can notice the token being replaced or removed.
	tokenHash string
	// peer is set for a request another instance forwarded; nonce is its
	// envelope's, which the answer's signature names.
	peer  bool
	nonce string
	// session is set for a caller found by Config.Session (the console's
	// session cookie or a console-made token); recheck says whether it is
	// still valid, for streams that outlive the request.
	session bool
	recheck func() bool
	// key names the caller for rate and stream limits: "admin",
	// "manager:ID", or "ip:ADDR" in open mode; empty for a peer.
	key string
}

type callerKey struct{}

// callerOf returns who the request was authenticated as. A request that
// did not pass authenticate (never the case for /api/) sees nothing.
func callerOf(r *http.Request) caller {
	c, _ := r.Context().Value(callerKey{}).(caller)
	return c
}

// sees reports whether the caller may see domain.
func (c caller) sees(d *directory.Directory, domain string) bool {
	return c.all || d.ManagerCovers(c.manager, domain)
}

// errOutOfScope answers a domain outside the caller's scope exactly like
// one that does not exist, so that a manager cannot probe for domains.
var errOutOfScope = &apiError{http.StatusNotFound, "no such domain in your scope"}

// bearerToken returns the request's bearer token: the Authorization
// header's, or for the live-log stream the access_token parameter's.
func bearerToken(r *http.Request) string {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, tok, ok := strings.Cut(h, " ")
		if ok && strings.EqualFold(scheme, "Bearer") {
			return strings.TrimSpace(tok)
		}
		return ""
	}
	if isStreamPath(r.URL.Path) {
		return r.URL.Query().Get(AccessTokenParam)
	}
	return ""
}

func isStreamPath(path string) bool {
	return strings.HasPrefix(path, "/api/v1/domains/") && strings.HasSuffix(path, "/live/stream")
}

// authenticate finds who the request comes from. When it reports false it
// has answered the request (401; 429 for a client address that presented
// too many wrong tokens, authfailures.go; or 403 for a forwarded request
// that does not pass the cluster's signature check).
func (s *server) authenticate(w http.ResponseWriter, r *http.Request) (*http.Request, bool) {
	d := s.b.Directory()
	if isSigned(r) {
		return s.authenticatePeer(w, r, d)
	}
	open := !s.cfg.NeverOpen && s.adminHash == nil && !d.HasAPITokens() && (s.cfg.Credentials == nil || !s.cfg.Credentials())
	s.noteOpen(open)
	if open {
		if !s.openHostAllowed(r.Host) {
			refuseOpenHost(w, r.Host)
			return nil, false
		}
		if s.cfg.RefuseForwarded && forwarded(r) {
			writeJSON(w, http.StatusForbidden, map[string]string{"error": "this API is open (no API token is set, and no manager has a credential), so it answers no request a proxy forwarded: set an API token (MAILFLOW_API_TOKEN), or pass --open-api on a network you trust"})
			return nil, false
		}
		c := caller{all: true, open: true, key: "ip:" + remoteHost(r)}
		return r.WithContext(context.WithValue(r.Context(), callerKey{}, c)), true
	}
	tok := bearerToken(r)
	var c caller
	ok := false
	if tok != "" && s.internalHash != nil {
		// The in-process token (the console's status reads) first: its
		// requests come with a made-up loopback address, which must not
		// be refused for the wrong tokens of real clients there, and
		// they count against the caller they are made for, never the
		// operator's bucket (review finding F3). It is random and never
		// leaves the process, so looking at it first confirms no guess.
		sum := sha256.Sum256([]byte(tok))
		if subtle.ConstantTimeCompare(sum[:], s.internalHash) == 1 {
			c = caller{all: true, key: chargedTo(r.Context())}
			return r.WithContext(context.WithValue(r.Context(), callerKey{}, c)), true
		}
	}
	if tok != "" {
		if wait, blocked := s.authFailures.blocked(remoteHost(r)); blocked {
			refuseGuessing(w, wait)
			return nil, false
		}
		if s.adminHash != nil {
			sum := sha256.Sum256([]byte(tok))
			ok = subtle.ConstantTimeCompare(sum[:], s.adminHash) == 1
			c.all, c.key = ok, OperatorKey
		}
		if !ok {
			c.manager, ok = d.ManagerByToken(tok)
			c.tokenHash, c.key = directory.HashToken(tok), ManagerKey(c.manager.ID)
		}
	}
	if !ok && s.cfg.Session != nil {
		// The console's session cookie, or a token made in the console.
		if m, op, found := s.cfg.Session(r); found {
			ok = true
			c = caller{all: op, manager: m, session: true, key: ManagerKey(m.ID),
				recheck: func() bool { _, _, still := s.cfg.Session(r); return still }}
			if op {
				c.key = OperatorKey
			}
		}
	}
	if !ok {
		challenge := `Bearer realm="mailflow"`
		msg := "this API needs a token: send Authorization: Bearer TOKEN"
		if tok != "" {
			challenge += `, error="invalid_token"`
			msg = "the API token is not valid"
			s.authFailures.failed(remoteHost(r))
		}
		w.Header().Set("WWW-Authenticate", challenge)
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": msg})
		return nil, false
	}
	return r.WithContext(context.WithValue(r.Context(), callerKey{}, c)), true
}

// authenticatePeer accepts a request forwarded by another instance when
// its envelope is signed with the cluster secret, and takes the caller's
// scope from it.
func (s *server) authenticatePeer(w http.ResponseWriter, r *http.Request, d *directory.Directory) (*http.Request, bool) {
	e, err := s.cluster.verify(r, s.cfg.Self)
	c := caller{peer: true, nonce: e.nonce}
	switch {
	case err != nil:
	case e.scope == scopeAll:
		c.all = true
	case strings.HasPrefix(e.scope, scopeManager):
		id := strings.TrimPrefix(e.scope, scopeManager)
		// A manager this instance does not know (yet) sees nothing.
		if m, ok := d.Managers[id]; ok {
			c.manager = m
		} else {
			c.manager = directory.Manager{ID: id}
		}
	default:
		err = errMalformed
	}
	if err != nil {
		s.refusePeer(w, r, err)
		return nil, false
	}
	return r.WithContext(context.WithValue(r.Context(), callerKey{}, c)), true
}

// refusePeer answers a forwarded request that failed the cluster's
// signature check (review finding F5: anyone could send the header, and
// every such request wrote its whole value to the log). A refusal counts
// as a wrong token of the client address (authfailures.go): once it has
// none left, its forwarded requests are answered 429 and its tokens too.
// The warning names at most refusedLogEvery's first refusal, with how many
// followed unlogged, and clips what the client wrote.
func (s *server) refusePeer(w http.ResponseWriter, r *http.Request, err error) {
	host := remoteHost(r)
	if wait, blocked := s.authFailures.blocked(host); blocked {
		s.peerRefusals.Add(1)
		refuseGuessing(w, wait)
		return
	}
	if !errors.Is(err, errBeforeStart) {
		// A peer's request signed just before this process started (a
		// peer whose clock is behind, as the process restarted) is no
		// guess at the secret.
		s.authFailures.failed(host)
	}
	if s.peerRefusedLogged.every(refusedLogEvery) {
		s.cfg.Log.Warn("refused a forwarded request: it is not signed with this cluster's secret", "from", clipLogged(r.Header.Get(HeaderForwarded)),
			"remote", r.RemoteAddr, "path", clipLogged(r.URL.Path), "err", err, "refused_unlogged_before", s.peerRefusals.Swap(0))
	} else {
		s.peerRefusals.Add(1)
	}
	writeJSON(w, http.StatusForbidden, map[string]string{"error": "forwarded request refused: it is not signed with this cluster's secret"})
}

// refusedLogEvery is how often at most a refused forwarded request is
// logged.
const refusedLogEvery = 10 * time.Second

// clipLogged is a client's words as they go into a log line: at most 64
// bytes of valid UTF-8 (the log handler quotes what is not printable).
func clipLogged(v string) string {
	const n = 64
	if len(v) <= n {
		return strings.ToValidUTF8(v, "\ufffd")
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(v[cut]) {
		cut--
	}
	return strings.ToValidUTF8(v[:cut], "\ufffd") + fmt.Sprintf("… (%d bytes)", len(v))
}

// openHostAllowed says whether an open API (no token, mailflow dev)
// answers a request whose Host header is hostport (review finding F8): a
// page a browser loaded from a name the attacker holds can make that name
// resolve to this machine (DNS rebinding) and read the open API as if it
// were its own origin. The browser then sends the attacker's name as
// Host, so only names this machine is surely known by are answered: any IP
// address (a rebinding page cannot have one as its origin's host),
// localhost and its subdomains (RFC 6761 §6.3: they resolve to loopback),
// the name this instance advertises (Config.Self) and Config.OpenHosts.
// A request without Host (HTTP/1.0, not a browser's) is answered.
func (s *server) openHostAllowed(hostport string) bool {
	return LocalHost(hostport, append([]string{s.cfg.Self}, s.cfg.OpenHosts...))
}

// LocalHost says whether a request's Host header, hostport, names this
// machine in a way a DNS-rebinding page cannot use: an IP address,
// localhost or a subdomain of it, one of names (a port on them is
// ignored), or nothing. An open API answers only those
// (openHostAllowed); a front that serves something without a token
// (mailflow dev's catcher) can ask the same.
func LocalHost(hostport string, names []string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	switch {
	case host == "" || host == "localhost" || strings.HasSuffix(host, ".localhost"):
		return true
	case net.ParseIP(host) != nil:
		return true
	}
	for _, name := range names {
		if h, _, err := net.SplitHostPort(name); err == nil {
			name = h // a name given with a port
		}
		if name != "" && strings.EqualFold(strings.TrimSuffix(name, "."), host) {
			return true
		}
	}
	return false
}

// refuseOpenHost answers 421 (RFC 9110 §15.5.20) a request to the open API
// for a host name it does not answer, saying why and what to do.
func refuseOpenHost(w http.ResponseWriter, host string) {
	writeJSON(w, http.StatusMisdirectedRequest, map[string]string{"error": fmt.Sprintf(
		"this API is open (no API token is set), so it answers only requests addressed to an IP address, localhost or a name it was told of, and not %q: a web page could otherwise read it through DNS rebinding. Use http://localhost or the IP address, allow the name with --allowed-hosts, or set an API token (MAILFLOW_API_TOKEN)", clipLogged(host))})
}

// forwarded reports whether a reverse proxy forwarded r: it carries one
// of the headers proxies add (RFC 7239 Forwarded, X-Forwarded-For,
// X-Real-IP, RFC 9110 Via).
func forwarded(r *http.Request) bool {
	for _, h := range []string{"Forwarded", "X-Forwarded-For", "X-Real-Ip", "Via"} {
		if r.Header.Get(h) != "" {
			return true
		}
	}
	return false
}

// remoteHost is the IP address of the request's peer.
func remoteHost(r *http.Request) string {
	if h, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		return h
	}
	return r.RemoteAddr
}

// access says whether the caller still may see domain under directory d,
// and when not, why (a reason code and a sentence). A long-lived answer
// (the live-log stream) asks again whenever the directory changes, and
// on every tick for a console session or console-made token, which can
// end without the directory changing.
func (s *server) access(c caller, d *directory.Directory, domain string) (reason, msg string, ok bool) {
	switch {
	case c.open:
		if s.adminHash != nil || d.HasAPITokens() {
			return "unauthenticated", "the API now requires a token", false
		}
		return "", "", true
	case c.session && !c.recheck():
		// An operator's console session too.
		return "revoked", "the session ended or the token was revoked", false
	case c.all:
		return "", "", true
	}
	m, found := d.Managers[c.manager.ID]
	switch {
	case !found:
		return "revoked", "the manager no longer exists", false
	case !c.peer && !c.session && subtle.ConstantTimeCompare([]byte(m.APITokenSHA256), []byte(c.tokenHash)) != 1:
		return "revoked", "the API token was revoked or replaced", false
	case !d.ManagerCovers(m, domain):
		return "out_of_scope", "the domain is no longer in your scope", false
	}
	return "", "", true
}

// noteOpen logs when the API opens or closes: it closes once a manager
// has an API token or a console password, and opens again when the last
// is removed (review finding: that happened without a word), which an
// operator must hear about.
func (s *server) noteOpen(open bool) {
	var now int32
	if open {
		now = 1
	} else {
		now = 2
	}
	if was := s.openState.Swap(now); was == now || s.cfg.Log == nil {
		return
	} else if was == 0 {
		return // the first request: the start-up warning said how it is
	}
	if open {
		s.cfg.Log.Warn("the API is open again: no manager has an API token or a console password any more, and there is no operator token; everyone who reaches it sees every domain (set MAILFLOW_API_TOKEN to close it)")
	} else if s.cfg.AdminToken == "" {
		// No operator token was set at start: none works until a restart
		// sets one (review: the line named MAILFLOW_API_TOKEN as if it
		// did, and curl, status and logs then got 401).
		s.cfg.Log.Info("the API is closed now: a manager has an API token or a console password; requests need a token or a session. No operator token was set at start: restart with MAILFLOW_API_TOKEN set to keep the operator's access")
	} else {
		s.cfg.Log.Info("the API is closed now: a manager has an API token or a console password; requests need a token or a session (the operator's: MAILFLOW_API_TOKEN)")
	}
}
