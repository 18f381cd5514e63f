//go:build !unix

package logstore

// allocOffHeap returns n bytes from the Go heap where anonymous mappings
// are not available (see offheap_unix.go).
func allocOffHeap(n int) ([]byte, func()) { return make([]byte, n), func() {} }
