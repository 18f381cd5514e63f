package logstore

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// BenchmarkRadixSortDomainKeys sorts keys shaped as a flush's 'd' keys
// (sortDomainKeys): a partition in the high word, a hash's top bits below.
func BenchmarkRadixSortDomainKeys(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{2000, 20000} {
		keys := make([]rkey, n)
		for i := range keys {
			keys[i] = rkey{uint64(r.IntN(6))<<32 | r.Uint64()>>32, int32(i)}
		}
		in := make([]rkey, n)
		tmp := make([]rkey, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				copy(in, keys)
				radixSort(in, tmp)
			}
		})
	}
}
