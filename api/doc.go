// Package api serves mailflow's HTTP API on every instance: the Mail Flow
// Status of a domain, its live log (also as a server-sent event stream), the
// list of domains by status, and the operational endpoints /healthz,
// /readyz and /metrics.
//
// Every response is JSON. Errors are {"error": "..."} with a status code
// that says whether retrying can help (503 while the instance restores
// state).
package api
