package logstore

import (
	"math/rand/v2"
	"testing"
)

// TestIDTable checks the table against a map: inserts, replacements,
// hashes that share slots, growth past the first size, and clear.
func TestIDTable(t *testing.T) {
	for _, tc := range []struct {
		name    string
		size, n int
		// hash makes the i-th hash; the same i again replaces.
		hash func(r *rand.Rand, i int) uint64
	}{
		{"random", 1000, 1000, func(r *rand.Rand, i int) uint64 { return r.Uint64() }},
		{"grows", 10, 5000, func(r *rand.Rand, i int) uint64 { return r.Uint64() }},
		{"same low bits", 100, 300, func(r *rand.Rand, i int) uint64 { return uint64(i) << 40 }},
		{"zero hash", 16, 3, func(r *rand.Rand, i int) uint64 { return uint64(i) }},
		{"replaced", 100, 400, func(r *rand.Rand, i int) uint64 { return uint64(i % 50) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, 2))
			tab := newIDTable(tc.size)
			want := map[uint64]int32{}
			for i := range tc.n {
				h := tc.hash(r, i)
				tab.put(h, int32(i))
				want[h] = int32(i)
			}
			if tab.n != len(want) {
				t.Fatalf("%d ids in the table, want %d", tab.n, len(want))
			}
			for h, rec := range want {
				if got, ok := tab.get(h); !ok || got != rec {
					t.Fatalf("get(%#x) = %d, %v; want %d", h, got, ok, rec)
				}
			}
			for range 1000 {
				h := r.Uint64()
				if _, in := want[h]; in {
					continue
				}
				if got, ok := tab.get(h); ok {
					t.Fatalf("get(%#x) = %d of a hash never put", h, got)
				}
			}
			tab.clear()
			for h := range want {
				if _, ok := tab.get(h); ok {
					t.Fatalf("get(%#x) found after clear", h)
				}
			}
		})
	}
}

// TestIDTableUnsized: the zero table (a buffer's before its first check)
// finds nothing and grows at the first put.
func TestIDTableUnsized(t *testing.T) {
	var tab idTable
	if _, ok := tab.get(7); ok {
		t.Fatal("the zero table found a hash")
	}
	tab.clear()
	tab.put(7, 3)
	if got, ok := tab.get(7); !ok || got != 3 {
		t.Fatalf("get(7) = %d, %v after put(7, 3)", got, ok)
	}
}
