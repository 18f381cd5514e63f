//go:build !linux || !cgo

package main

// limitMallocArenas does nothing without cgo on Linux: Pebble then keeps
// its caches in the Go heap (see malloc_cgo.go).
func limitMallocArenas(func(string) string) {}
