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
package api
