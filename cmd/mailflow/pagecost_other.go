//go:build !linux

package main

import "errors"

// pageCacheWriteCost is measured on Linux only (RUSAGE_THREAD).
func pageCacheWriteCost(string) (float64, error) {
	return 0, errors.New("page cache write cost: measured on Linux only")
}
