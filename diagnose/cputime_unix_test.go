//go:build unix

package diagnose

import (
	"syscall"
	"time"
)

// processCPU returns the user+system CPU time the process has used. The
// benchmarks report CPU per response besides wall time, because on a busy
// shared machine wall time mostly measures waiting for a core.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
