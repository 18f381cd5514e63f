//go:build failover

// Package failover holds mailflow's fault test: a broker and several
// `mailflow run` processes as real OS processes, disturbed while events
// stream through them (SIGKILL, a replacement, SIGTERM, a broker restart),
// checked against an undisturbed reference run. It is behind the build tag
// failover: `go test -tags failover ./failover/`.
package failover
