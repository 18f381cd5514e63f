package state

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestSeenIDsAgainstMap drives sets of several sizes through the calls the
// processor makes (Contains, Add, Remember, Spill, Expire) and a reload
// from their chunks and inline ids, comparing every answer with a map
// that holds the same ids. The sizes cross seenIndexMin, where a set
// starts to keep a hash index, and fall back below it on expiry.
func TestSeenIDsAgainstMap(t *testing.T) {
	for _, tc := range []struct {
		name      string
		perHour   int // ids counted per hour
		hours     int
		horizon   uint32
		dupEvery  int // every dupEvery-th id repeats an earlier one
		perTxn    int
		reloadAt  int // hour at which the set is rebuilt from its records
		wantIndex bool
	}{
		{"cold domain", 1, 30, 24, 3, 1, 10, false},
		{"below the index", 2, 12, 24, 5, 2, 7, false},
		{"crosses the index", 4, 30, 24, 7, 3, 15, true},
		{"busy domain", 400, 6, 3, 4, 50, 4, true},
		{"short horizon", 12, 12, 1, 2, 4, 6, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(tc.perHour)))
			s := &SeenIDs{}
			ref := map[uint64]uint32{} // hash → hour counted (kept while in the horizon)
			var all []uint64
			var seq uint64
			// records mirror what the processor stores: the chunks by
			// seq and the state record's inline ids.
			chunks := map[uint64][]uint64{}
			chunkHour := map[uint64]uint32{}
			indexed := false
			for hour := uint32(1000); hour < 1000+uint32(tc.hours); hour++ {
				if hour-1000 == uint32(tc.reloadAt) {
					r := &SeenIDs{}
					for _, id := range s.Inline() {
						r.inline = append(r.inline, id)
						r.Add(id.Hash)
					}
					for _, c := range s.chunks {
						r.AddLocalChunk(c.Seq, chunkHour[c.Seq], chunks[c.Seq])
					}
					s = r
				}
				for n := 0; n < tc.perHour; {
					var ids []uint64
					for range tc.perTxn {
						var h uint64
						if len(all) > 0 && rng.IntN(tc.dupEvery) == 0 {
							h = all[rng.IntN(len(all))]
						} else {
							h = rng.Uint64()
							all = append(all, h)
						}
						_, want := ref[h]
						if got := s.Contains(h); got != want {
							t.Fatalf("hour %d: Contains(%x) = %v, want %v", hour, h, got, want)
						}
						if !want {
							s.Add(h)
							ref[h] = hour
							ids = append(ids, h)
						}
						n++
					}
					if hour >= 1000+tc.horizon {
						for _, dead := range s.Expire(hour-tc.horizon, nil) {
							delete(chunks, dead.Seq)
						}
						for h, at := range ref {
							if at < hour-tc.horizon && !s.Contains(h) {
								delete(ref, h)
							}
						}
						for _, h := range ids {
							s.Add(h)
						}
					}
					if s.Remember(hour, ids) {
						seq++
						at, hashes := s.Spill(seq)
						chunks[seq] = append([]uint64(nil), hashes...)
						chunkHour[seq] = at
					}
					indexed = indexed || s.index != nil
				}
				// Every id counted within the horizon is still seen.
				for h, at := range ref {
					if at >= hour-min(hour, tc.horizon) && !s.Contains(h) {
						t.Fatalf("hour %d: id of hour %d forgotten", hour, at)
					}
				}
			}
			if indexed != tc.wantIndex {
				t.Errorf("indexed = %v, want %v (%d ids held at the end)", indexed, tc.wantIndex, s.Len())
			}
			if s.Len() > len(ref)+tc.perTxn {
				t.Errorf("holds %d ids for %d distinct", s.Len(), len(ref))
			}
		})
	}
}

// BenchmarkSeenIDsContains measures a miss (every new event id is one) in
// sets of several sizes.
func BenchmarkSeenIDsContains(b *testing.B) {
	for _, n := range []int{8, 64, 200, 256, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s := &SeenIDs{}
			var ids []uint64
			for i := range n {
				h := IDHash(fmt.Sprint("id-", i))
				s.Add(h)
				ids = append(ids, h)
				if len(ids) == 8 {
					s.Remember(1000, ids)
					s.Spill(uint64(i))
					ids = ids[:0]
				}
			}
			s.Remember(1000, ids)
			b.ResetTimer()
			for i := range b.N {
				if s.Contains(uint64(i) | 1<<63) {
					b.Fatal("found")
				}
			}
		})
	}
}

// TestIDTable checks the flat table against a map, with hashes that
// share their low bits (long probe runs), the hash 0, repeats and growth.
func TestIDTable(t *testing.T) {
	for _, tc := range []struct {
		name string
		gen  func(i int) uint64
		n    int
	}{
		{"uniform", func(i int) uint64 { return IDHash(fmt.Sprint(i)) }, 5000},
		{"same low bits", func(i int) uint64 { return uint64(i+1) << 40 }, 300},
		{"zero and small", func(i int) uint64 { return uint64(i % 50) }, 200},
		{"ones", func(i int) uint64 { return ^uint64(i) }, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab := newIDTable(1)
			ref := map[uint64]bool{}
			for i := range tc.n {
				h := tc.gen(i)
				if got := tab.contains(h); got != ref[h] {
					t.Fatalf("contains(%x) before insert %d = %v, want %v", h, i, got, ref[h])
				}
				tab.insert(h)
				ref[h] = true
				if !tab.contains(h) {
					t.Fatalf("contains(%x) after insert = false", h)
				}
			}
			for i := range 2 * tc.n {
				h := tc.gen(i) ^ 0x5a5a
				if got := tab.contains(h); got != ref[h] {
					t.Fatalf("contains(%x) = %v, want %v", h, got, ref[h])
				}
			}
			if tab.n*8 > len(tab.slots)*7 {
				t.Errorf("%d ids in %d slots: more than 7/8 full", tab.n, len(tab.slots))
			}
		})
	}
}
