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
//
// A table smaller than a huge page is mapped at the start of a huge page's
// worth of address space, the rest of it inaccessible (PROT_NONE: it takes
// no memory, nor counts against an overcommit limit), so that growSlots
// can grow it in place up to that size.
func allocSlots(n int) (mem []byte, words []uint32) {
	page := syscall.Getpagesize()
	size := (4*n + page - 1) / page * page
	if size < hugePage {
		if mem, words, ok := reserveSlots(size); ok {
			return mem, words
		}
	}
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

// reserveSlots maps a huge page's worth of address space of which the
// first size bytes are accessible and faulted in (see allocSlots).
func reserveSlots(size int) (mem []byte, words []uint32, ok bool) {
	mem, err := syscall.Mmap(-1, 0, hugePage, syscall.PROT_NONE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, nil, false
	}
	if err := syscall.Mprotect(mem[:size], syscall.PROT_READ|syscall.PROT_WRITE); err != nil {
		_ = syscall.Munmap(mem)
		return nil, nil, false
	}
	populate(mem[:size])
	return mem, unsafe.Slice((*uint32)(unsafe.Pointer(&mem[0])), size/4), true
}

// growSlots grows words, allocSlots's words of mem, in place to at least n
// words, and returns them: the words held keep their values, the new ones
// are zero. It applies to a table that allocSlots mapped in a reservation
// (one smaller than a huge page) and that still fits it; else it reports
// false and changes nothing.
//
// Growing step by step into new mappings faulted in three times a table's
// final size, a page at a time, and unmapped twice it (each unmap also
// flushes the other cores' TLBs, each flush a VM exit on a virtual
// machine): most of what SeenTable.grow cost, about 0.15 µs per event of
// mailflow bench's 6. mremap, which moves the pages instead, cost about
// as much as the unmap. In a reservation a table's pages are faulted in
// once, and nothing is unmapped until the table is freed.
func growSlots(mem []byte, words []uint32, n int) ([]uint32, bool) {
	page := syscall.Getpagesize()
	size := (4*n + page - 1) / page * page
	have := 4 * len(words)
	if len(mem) != hugePage || len(words) == 0 || unsafe.Pointer(&mem[0]) != unsafe.Pointer(&words[0]) ||
		size > len(mem) || size <= have {
		return nil, false
	}
	if err := syscall.Mprotect(mem[have:size], syscall.PROT_READ|syscall.PROT_WRITE); err != nil {
		return nil, false
	}
	populate(mem[have:size])
	return unsafe.Slice((*uint32)(unsafe.Pointer(&mem[0])), size/4), true
}
