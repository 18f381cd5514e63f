//go:build unix

package state

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on the platforms that
// have them (x86-64 and arm64 Linux with 4 KiB base pages).
const hugePage = 2 << 20

// allocSlots returns at least n zeroed words in anonymous memory mapped
// for the table alone: outside the Go heap, so the garbage collector
// neither scans it nor counts it against the heap's limit (GOMEMLIMIT),
// and given back to the system by freeSlots. Should the mapping fail (an
// address-space limit), the words come from the Go heap instead.
//
// A table of a huge page or more starts on a huge-page boundary (the
// mapping is a huge page larger; the part before the boundary and after
// the table is never touched, so it takes no memory) and is advised to
// be backed by huge pages (adviseHuge): every search of the table is at
// a random place, and with 4 KiB pages nearly each one also missed the
// TLB, a page walk on top of the cache miss.
func allocSlots(n int) (mem []byte, words []uint32) {
	page := syscall.Getpagesize()
	size := (4*n + page - 1) / page * page
	extra := 0
	if size >= hugePage {
		extra = hugePage
	}
	mem, err := syscall.Mmap(-1, 0, size+extra, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		words = make([]uint32, n)
		return nil, words
	}
	off := 0
	if extra > 0 {
		addr := uintptr(unsafe.Pointer(unsafe.SliceData(mem)))
		off = int((hugePage - addr%hugePage) % hugePage)
		adviseHuge(mem[off : off+size])
	}
	populate(mem[off : off+size])
	return mem, unsafe.Slice((*uint32)(unsafe.Pointer(&mem[off])), size/4)
}

// freeSlots unmaps mem, which allocSlots returned.
func freeSlots(mem []byte) {
	if mem != nil {
		_ = syscall.Munmap(mem)
	}
}
