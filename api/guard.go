package api

import (
	"context"
	"net/http"
)

// Guard holds the limits every caller of an instance's HTTP API is held
// to, whichever handler serves the path: the request rate of each token
// (limits.go) and the wrong tokens of each client address
// (authfailures.go). The read API (Handler) and the console's API
// (package consoleapi) share one, so that a path of either counts against
// the same buckets (review finding F6: the console's paths bypassed both).
type Guard struct {
	limits   *limiter
	failures *authFailures
}

// NewGuard returns a guard with the limits l (the zero value: the
// defaults).
func NewGuard(l Limits) *Guard {
	return &Guard{limits: newLimiter(l), failures: newAuthFailures()}
}

// The keys a caller's requests are counted under: the operator's token,
// and a manager's (whichever way the manager came: a directory token, a
// console-made token or a console session).
const OperatorKey = "admin"

// ManagerKey is the key of manager id's requests.
func ManagerKey(id string) string { return "manager:" + id }

// Blocked reports whether the client address of r has presented too many
// wrong tokens; when it has, it has answered r with 429 and Retry-After.
// Call it before looking at a token, so that a guess cannot be confirmed.
func (g *Guard) Blocked(w http.ResponseWriter, r *http.Request) bool {
	if wait, blocked := g.failures.blocked(remoteHost(r)); blocked {
		refuseGuessing(w, wait)
		return true
	}
	return false
}

// Failed counts a wrong token presented by r's client address.
func (g *Guard) Failed(r *http.Request) { g.failures.failed(remoteHost(r)) }

// Allow takes one request from key's bucket; when it is empty it has
// answered 429 with Retry-After and reports false.
func (g *Guard) Allow(w http.ResponseWriter, key string) bool { return g.limits.allow(w, key) }

// chargeKey carries, in the context of an in-process request made with
// Config.InternalToken, whose bucket the request is taken from.
type chargeKey struct{}

// ChargeTo returns ctx for an in-process request with Config.InternalToken
// made on behalf of the caller whose rate key is key (OperatorKey,
// ManagerKey): the request counts against that caller's rate limit, not
// against the operator's (review finding F3: the console's status reads for
// one manager emptied the operator's bucket). Without it such a request is
// counted under a key of its own.
func ChargeTo(ctx context.Context, key string) context.Context {
	return context.WithValue(ctx, chargeKey{}, key)
}

// internalKey is the key of internal requests that name no caller.
const internalKey = "internal"

func chargedTo(ctx context.Context) string {
	if k, _ := ctx.Value(chargeKey{}).(string); k != "" {
		return k
	}
	return internalKey
}
