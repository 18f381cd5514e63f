package accounts

import (
	"context"
	"crypto/subtle"
	"net/http"

	"github.com/alexedwards/scs/v2"
)

// CSRF protection of the console has two layers, both required for a
// write made with the session cookie:
//
//  1. net/http.CrossOriginProtection (Go 1.25+) refuses every unsafe
//     request (POST, PUT, PATCH, DELETE) a browser marks as cross-origin,
//     by Sec-Fetch-Site or, in older browsers, Origin against Host. It is
//     the standard library's implementation of the OWASP/Fetch Metadata
//     approach and needs no state (see CSRFProtection).
//  2. A synchronizer token bound to the session (CSRFHeader), for the
//     browsers that send neither header: the console reads it from the
//     session endpoint and sends it with every write; a page on another
//     origin cannot read it.
//
// A request authenticated by an API bearer token carries no ambient
// credential and needs neither.

// CSRFHeader carries the session's CSRF token on every write.
const CSRFHeader = "X-CSRF-Token"

// csrfKey is the session key of the CSRF token.
const csrfKey = "csrf"

// CSRFProtection wraps h with net/http's CrossOriginProtection: unsafe
// cross-origin browser requests are answered 403 with a JSON error.
func CSRFProtection(h http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusForbidden)
		_, _ = w.Write([]byte(`{"error":"cross-origin request refused: use the console on this server's own address"}` + "\n"))
	}))
	return cop.Handler(h)
}

// NewCSRFToken makes a fresh CSRF token in the session (at sign-in) and
// returns it.
func NewCSRFToken(ctx context.Context, sm *scs.SessionManager) (string, error) {
	tok, err := randomToken()
	if err != nil {
		return "", err
	}
	sm.Put(ctx, csrfKey, tok)
	return tok, nil
}

// CSRFToken returns the session's CSRF token ("" when there is none).
func CSRFToken(ctx context.Context, sm *scs.SessionManager) string {
	return sm.GetString(ctx, csrfKey)
}

// CheckCSRFToken reports whether the request carries the session's CSRF
// token in CSRFHeader.
func CheckCSRFToken(r *http.Request, sm *scs.SessionManager) bool {
	want := CSRFToken(r.Context(), sm)
	got := r.Header.Get(CSRFHeader)
	return want != "" && subtle.ConstantTimeCompare([]byte(want), []byte(got)) == 1
}
