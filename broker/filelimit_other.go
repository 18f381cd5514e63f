//go:build !unix

package broker

// fileLimit returns 0: no file descriptor limit is known here, and the
// bound of connections is maxConnections alone.
func fileLimit() int64 { return 0 }
