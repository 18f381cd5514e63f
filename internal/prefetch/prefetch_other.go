//go:build !amd64

package prefetch

// Lines brings the cache lines of b into the caches by reading a byte of
// each, and returns their sum, which callers keep (add to a field) so
// that the compiler keeps the reads. The reads of a caller's batch do
// not wait for each other, so the processor waits for their misses at
// once. (amd64 issues prefetch instructions instead, which it does not
// wait for at all.)
func Lines(b []byte) byte {
	var sum byte
	for o := 0; o < len(b); o += 64 {
		sum += b[o]
	}
	if len(b) > 0 {
		sum += b[len(b)-1] // the last line, when the start is not aligned
	}
	return sum
}
