package prefetch

import "unsafe"

// Lines brings the cache lines of b into the caches. On amd64 it issues
// a prefetch instruction (PREFETCHT0) for each line and returns at
// once, without reading b or waiting for the lines: the caller goes on
// working while they arrive. It returns 0; elsewhere it reads a byte of
// each line and returns their sum, which callers keep (add to a field)
// so that the compiler keeps the reads.
func Lines(b []byte) byte {
	if len(b) == 0 {
		return 0
	}
	start := uintptr(unsafe.Pointer(&b[0]))
	// Every line from the one b starts in to the one it ends in.
	lines := (start+uintptr(len(b))-1)/64 - start/64 + 1
	prefetchLines(unsafe.Pointer(&b[0]), lines)
	return 0
}

// prefetchLines issues PREFETCHT0 for n addresses 64 bytes apart from p
// (prefetch_amd64.s). A prefetch never faults and loads nothing into
// registers; p+64·(n-1) is in the last line.
//
//go:noescape
func prefetchLines(p unsafe.Pointer, n uintptr)
