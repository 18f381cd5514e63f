package prefetch

import "testing"

// TestLines checks that Lines accepts every length and alignment,
// including a slice that ends at the end of its array.
func TestLines(t *testing.T) {
	buf := make([]byte, 300)
	for i := range buf {
		buf[i] = 1
	}
	for lo := 0; lo < 70; lo++ {
		for hi := lo; hi <= len(buf); hi += 7 {
			Lines(buf[lo:hi])
		}
		Lines(buf[lo:])
	}
	var v struct{ a, b, c uint64 }
	Value(&v)
}
