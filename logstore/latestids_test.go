package logstore

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestLatestIDs checks latestIDs against its definition: of the attempts
// of a bucket with one event id hash, only the latest is kept, and every
// other attempt is, in append order.
func TestLatestIDs(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 9))
	for round := range 200 {
		n := r.IntN(600)
		b := &buffer{}
		var keys []rkey
		pool := make([]uint64, 1+r.IntN(n+1))
		for i := range pool {
			pool[i] = r.Uint64()
		}
		for i := range n {
			id := r.Uint64()
			if r.IntN(4) == 0 {
				id = pool[r.IntN(len(pool))] // a copy, maybe
			}
			b.recs = append(b.recs, rec{id: id, has: hasID})
			keys = append(keys, rkey{major: uint64(r.IntN(1 + n/40)), i: int32(i)})
		}
		w := &tableWriter{}
		keys = slices.Clone(w.sorted(keys))
		// The reference: per bucket, an attempt is kept unless a later
		// one of the bucket has its hash.
		var want []rkey
		for j, k := range keys {
			later := false
			for _, l := range keys[j+1:] {
				if l.major == k.major && b.recs[l.i].id == b.recs[k.i].id {
					later = true
				}
			}
			if !later {
				want = append(want, k)
			}
		}
		got := w.latestIDs(b, slices.Clone(keys))
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: %d keys: kept %v, want %v", round, n, got, want)
		}
	}
}

// latestIDsSorted is latestIDs as it was, sorting each bucket's hashes:
// the reference BenchmarkLatestIDs compares with.
func latestIDsSorted(w *tableWriter, b *buffer, keys []rkey) []rkey {
	kept := keys[:0]
	for lo := 0; lo < len(keys); {
		major := keys[lo].major
		hi := lo + 1
		for hi < len(keys) && keys[hi].major == major {
			hi++
		}
		run := w.ids[:0]
		for _, k := range keys[lo:hi] {
			run = append(run, idEntry{b.recs[k.i].id, k.i})
		}
		w.ids = run
		slices.SortFunc(run, func(x, y idEntry) int { return cmp.Or(cmp.Compare(x.h, y.h), cmp.Compare(x.i, y.i)) })
		for j, e := range run {
			if j+1 < len(run) && run[j+1].h == e.h {
				continue
			}
			kept = append(kept, rkey{major, e.i})
		}
		lo = hi
	}
	return kept
}

// BenchmarkLatestIDs: a flush's event ids (30,000, in buckets of about
// 48 as postingBits makes them, over 6 partitions), by the set (latestIDs)
// and by sorting each bucket (latestIDsSorted).
func BenchmarkLatestIDs(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	const n = 30_000
	buf := &buffer{}
	var keys []rkey
	bits := postingBits(n / 6)
	for i := range n {
		id := r.Uint64()
		buf.recs = append(buf.recs, rec{id: id, has: hasID})
		keys = append(keys, rkey{uint64(r.IntN(6))<<32 | uint64(bucketOf(id, bits)), int32(i)})
	}
	w := &tableWriter{}
	keys = slices.Clone(w.sorted(keys))
	scratch := make([]rkey, len(keys))
	for _, c := range []struct {
		name string
		fn   func(*tableWriter, *buffer, []rkey) []rkey
	}{{"set", (*tableWriter).latestIDs}, {"sort", latestIDsSorted}} {
		b.Run(c.name, func(b *testing.B) {
			for range b.N {
				copy(scratch, keys)
				c.fn(w, buf, scratch)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/id")
		})
	}
}
