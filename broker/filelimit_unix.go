//go:build unix

package broker

import "syscall"

// fileLimit returns the process's soft limit of open file descriptors
// (RLIMIT_NOFILE; Go raises it to the hard limit at start), or 0 when it
// cannot be read or is unlimited (RLIM_INFINITY is above any bound here).
func fileLimit() int64 {
	var r syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &r); err != nil || r.Cur > 1<<40 {
		return 0
	}
	return int64(r.Cur)
}
