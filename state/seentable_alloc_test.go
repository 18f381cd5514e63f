//go:build unix

package state

import (
	"testing"
	"unsafe"
)

// TestAllocSlots checks the table's mappings: zeroed, writable to the
// end, and for a table of a huge page or more, starting on a huge-page
// boundary (see allocSlots).
func TestAllocSlots(t *testing.T) {
	for _, n := range []int{1, 1023, 1024, hugePage/4 - 1, hugePage / 4, 3 * hugePage / 8, 5 * hugePage / 4} {
		mem, words := allocSlots(n)
		if mem == nil {
			t.Fatalf("allocSlots(%d) did not map", n)
		}
		if len(words) < n {
			t.Fatalf("allocSlots(%d): %d words", n, len(words))
		}
		addr := uintptr(unsafe.Pointer(unsafe.SliceData(words)))
		if 4*len(words) >= hugePage && addr%hugePage != 0 {
			t.Errorf("allocSlots(%d): %d words at %#x, not on a huge-page boundary", n, len(words), addr)
		}
		for i := range words {
			if words[i] != 0 {
				t.Fatalf("allocSlots(%d): word %d is %d", n, i, words[i])
			}
			words[i] = uint32(i)
		}
		freeSlots(mem)
	}
}
