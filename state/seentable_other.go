//go:build !unix

package state

// hugePage is the reservation a table grows in place within on unix
// (seentable_unix.go); here no table is mapped, so none is one.
const hugePage = 2 << 20

// allocSlots returns n zeroed words from the Go heap, where the platform
// has no anonymous mmap: pointer-free, so the collector does not scan
// them, though it counts them.
func allocSlots(n int) (mem []byte, words []uint32) { return nil, make([]uint32, n) }

// freeSlots leaves the words to the garbage collector.
func freeSlots([]byte) {}

// growSlots does not apply to words on the Go heap: the table grows into
// new ones.
func growSlots([]byte, []uint32, int) ([]uint32, bool) { return nil, false }
