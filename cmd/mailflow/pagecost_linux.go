package main

import (
	"fmt"
	"os"
	"runtime"
	"syscall"
	"time"
)

// pageCacheSample is how many bytes pageCacheWriteCost writes.
const pageCacheSample = 64 << 20

// pageCacheWriteCost writes pageCacheSample bytes of new data to a file in
// dir, 1 MiB a write, removes it, and returns the CPU time the writing
// thread spent per KiB (user and system, RUSAGE_THREAD). It tells a bench
// run's reader what this machine charges for the bytes the processor's
// stores write and the bare loop does not: on a virtual machine whose
// memory was never touched since it booted (Firecracker, for one), each
// new page-cache page is a page fault in the host as well, and writing
// costs about ten times what it does once the memory has been used.
func pageCacheWriteCost(dir string) (usPerKiB float64, err error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	f, err := os.CreateTemp(dir, "pagecache-*.tmp")
	if err != nil {
		return 0, fmt.Errorf("page cache sample: %w", err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	buf := make([]byte, 1<<20)
	for i := range buf {
		buf[i] = byte(i * 31)
	}
	before, err := threadCPU()
	if err != nil {
		return 0, err
	}
	for n := 0; n < pageCacheSample; n += len(buf) {
		if _, err := f.Write(buf); err != nil {
			return 0, fmt.Errorf("page cache sample: %w", err)
		}
	}
	after, err := threadCPU()
	if err != nil {
		return 0, err
	}
	return float64(after-before) / float64(time.Microsecond) / float64(pageCacheSample>>10), nil
}

// threadCPU is the calling thread's user and system CPU time.
func threadCPU() (time.Duration, error) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		return 0, fmt.Errorf("getrusage: %w", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), nil
}
