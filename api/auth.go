package api

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"

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
// the API without a restart. A request forwarded to the owner of a domain
// carries the caller's Authorization header (and access_token), so the
// owner applies the same scope; every instance must therefore be started
// with the same admin token. Tokens are never logged.

// AccessTokenParam is the query parameter that carries the token of a
// live-log stream request.
const AccessTokenParam = "access_token"

// caller is who a request was authenticated as.
type caller struct {
	// all is true for the admin token and in open mode.
	all bool
	// manager is the manager the token belongs to, when not all.
	manager directory.Manager
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
// has answered the request with 401.
func (s *server) authenticate(w http.ResponseWriter, r *http.Request) (*http.Request, bool) {
	d := s.b.Directory()
	if s.adminHash == nil && !d.HasAPITokens() {
		return r.WithContext(context.WithValue(r.Context(), callerKey{}, caller{all: true})), true
	}
	tok := bearerToken(r)
	var c caller
	ok := false
	if tok != "" {
		if s.adminHash != nil {
			sum := sha256.Sum256([]byte(tok))
			ok = subtle.ConstantTimeCompare(sum[:], s.adminHash) == 1
			c.all = ok
		}
		if !ok {
			c.manager, ok = d.ManagerByToken(tok)
		}
	}
	if !ok {
		challenge := `Bearer realm="mailflow"`
		msg := "this API needs a token: send Authorization: Bearer TOKEN"
		if tok != "" {
			challenge += `, error="invalid_token"`
			msg = "the API token is not valid"
		}
		w.Header().Set("WWW-Authenticate", challenge)
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": msg})
		return nil, false
	}
	return r.WithContext(context.WithValue(r.Context(), callerKey{}, c)), true
}

// copyCredentials puts the caller's credentials on a request forwarded to
// another instance, so that it applies the same scope.
func copyCredentials(out, in *http.Request) {
	if h := in.Header.Get("Authorization"); h != "" {
		out.Header.Set("Authorization", h)
	}
}
