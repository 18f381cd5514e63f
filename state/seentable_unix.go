//go:build unix

package state

import (
	"syscall"
	"unsafe"
)

// allocSlots returns at least n zeroed words in anonymous memory mapped
// for the table alone: outside the Go heap, so the garbage collector
// neither scans it nor counts it against the heap's limit (GOMEMLIMIT),
// and given back to the system by freeSlots. Should the mapping fail (an
// address-space limit), the words come from the Go heap instead.
func allocSlots(n int) (mem []byte, words []uint32) {
	page := syscall.Getpagesize()
	size := (4*n + page - 1) / page * page
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		words = make([]uint32, n)
		return nil, words
	}
	return mem, unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(mem))), size/4)
}

// freeSlots unmaps mem, which allocSlots returned.
func freeSlots(mem []byte) {
	if mem != nil {
		_ = syscall.Munmap(mem)
	}
}
