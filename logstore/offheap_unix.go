//go:build unix

package logstore

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on the platforms that
// have them (x86-64 and arm64 Linux with 4 KiB base pages).
const hugePage = 2 << 20

// allocOffHeap returns n bytes of memory outside the Go heap (an
// anonymous mapping) and the function that releases it. The memory
// budget counts the log store's buffers outside the Go heap, as it
// counted Pebble's memtables (processor.MemoryBudget): on the heap they
// would make the collector run more often near the Go heap's limit.
// Where the mapping fails, the memory comes from the heap.
//
// Memory of a huge page or more starts on a huge-page boundary (the
// mapping is a huge page larger; what lies outside the n bytes is never
// touched, so it takes no memory) and is advised to be backed by huge
// pages: a flush reads the buffer in the order of the segment's keys,
// not the order it was filled in, and with 4 KiB pages most of those
// reads also missed the TLB (a buffer of the default budget spans 2,400
// pages).
func allocOffHeap(n int) ([]byte, func()) {
	extra := 0
	if n >= hugePage {
		extra = hugePage
	}
	mem, err := syscall.Mmap(-1, 0, n+extra, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return make([]byte, n), func() {}
	}
	off := 0
	if extra > 0 {
		addr := uintptr(unsafe.Pointer(unsafe.SliceData(mem)))
		off = int((hugePage - addr%hugePage) % hugePage)
		adviseHuge(mem[off : off+n])
	}
	return mem[off : off+n : off+n], func() { _ = syscall.Munmap(mem) }
}
