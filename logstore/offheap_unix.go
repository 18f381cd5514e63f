//go:build unix

package logstore

import "syscall"

// allocOffHeap returns n bytes of memory outside the Go heap (an
// anonymous mapping) and the function that releases it. The memory
// budget counts the log store's buffers outside the Go heap, as it
// counted Pebble's memtables (processor.MemoryBudget): on the heap they
// would make the collector run more often near the Go heap's limit.
// Where the mapping fails, the memory comes from the heap.
func allocOffHeap(n int) ([]byte, func()) {
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return make([]byte, n), func() {}
	}
	return b, func() { _ = syscall.Munmap(b) }
}
