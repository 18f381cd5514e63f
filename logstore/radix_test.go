package logstore

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRadixSort: the radix sort orders like a stable comparison sort,
// for keys that differ in any byte, share some, or are all equal.
func TestRadixSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	for _, c := range []struct {
		name string
		n    int
		gen  func() uint64
	}{
		{"empty", 0, r.Uint64},
		{"one", 1, r.Uint64},
		{"random", 5000, r.Uint64},
		{"low byte only", 3000, func() uint64 { return 0xabcd000000000000 | uint64(r.IntN(256)) }},
		{"few values", 3000, func() uint64 { return uint64(r.IntN(4)) << 40 }},
		{"all equal", 100, func() uint64 { return 7 }},
	} {
		t.Run(c.name, func(t *testing.T) {
			keys := make([]rkey, c.n)
			for i := range keys {
				keys[i] = rkey{c.gen(), int32(i)}
			}
			want := slices.Clone(keys)
			slices.SortStableFunc(want, func(x, y rkey) int { return cmp.Compare(x.major, y.major) })
			got := radixSort(keys, make([]rkey, c.n))
			if !slices.Equal(got, want) {
				t.Fatalf("radix sort differs from a stable sort")
			}
		})
	}
}
