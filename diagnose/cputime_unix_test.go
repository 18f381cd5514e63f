//go:build unix

package diagnose

import (
	"syscall"
	"time"

	"golang.org/x/sys/unix"
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

// threadCPU returns the CPU time of the calling OS thread
// (CLOCK_THREAD_CPUTIME_ID, nanosecond resolution). Callers lock their
// goroutine to its thread, so the difference of two readings is the CPU
// their code used in between, whatever else runs on the machine.
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}
