// Package prefetch brings memory into the processor's caches ahead of
// its use.
//
// The processor's hot loops visit megabytes in an order of their own (a
// log store flush writes its buffer in key order, the duplicate check
// looks ids up in tables of tens of megabytes), so nearly every visit
// is a cache miss. Their callers name what the next dozen steps will
// read, and the misses are then waited for together, or not at all,
// instead of one at a time.
package prefetch

import "unsafe"

// Value brings the cache lines of *p into the caches; see Lines.
func Value[T any](p *T) byte {
	return Lines(unsafe.Slice((*byte)(unsafe.Pointer(p)), unsafe.Sizeof(*p)))
}

// String brings the cache lines of s's bytes into the caches; see Lines.
func String(s string) byte {
	return Lines(unsafe.Slice(unsafe.StringData(s), len(s)))
}
