// Package api serves mailflow's HTTP API on every instance: the Mail Flow
// Status of a domain, its live log (also as a server-sent event stream), the
// list of domains by status, and the operational endpoints /healthz,
// /readyz and /metrics.
//
// Every response is JSON. Errors are {"error": "..."} with a status code
// that says whether retrying can help (503 while the instance restores
// state).
//
// Access to /api/ is scoped by bearer tokens (auth.go): the operator's
// admin token (Config.AdminToken, `--api-token` / MAILFLOW_API_TOKEN) sees
// every domain, a manager's token (api_token_sha256 in the directory) only
// the domains under the manager's reseller, customer or domain. When there
// is neither an admin token nor any manager token, the API is open: that
// is for development only. /healthz, /readyz, /metrics and the console's
// files never need a token.
//
// Instances forward requests for domains they do not own to the owner,
// signed with the cluster secret and carrying the caller's scope, never
// its token; answers are signed too, and filtered by the caller's scope
// again (cluster.go). Nothing of a caller's request goes to an instance
// before it has proven, on the same connection, that it holds the cluster
// secret (peerproof.go). A live-log stream ends with a "closed" event when its
// caller's access ends (live.go). Each token is rate-limited and every
// caller's streams are counted (limits.go); a handler's panic is a 500
// (recover.go); Server (httpserver.go) adds timeouts and a connection cap
// to net/http's server.
package api
