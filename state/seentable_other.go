//go:build !unix

package state

// allocSlots returns n zeroed words from the Go heap, where the platform
// has no anonymous mmap: pointer-free, so the collector does not scan
// them, though it counts them.
func allocSlots(n int) (mem []byte, words []uint32) { return nil, make([]uint32, n) }

// freeSlots leaves the words to the garbage collector.
func freeSlots([]byte) {}
