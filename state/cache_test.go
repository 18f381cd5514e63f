package state

import (
	"strconv"
	"testing"
)

// TestCacheGenerations: a full young generation becomes the old one, an
// entry of the old generation that is read is kept, and one that is not
// is dropped at the next turn.
func TestCacheGenerations(t *testing.T) {
	c := NewCache(4) // generations of 2
	w := func(seq uint64) *Window { return &Window{Seq: seq} }
	c.Put(0, "a", w(1), nil)
	c.Put(0, "b", w(2), nil)
	c.Put(0, "c", w(3), nil) // a and b are old now
	if got, _, ok := c.Get("a"); !ok || got.Seq != 1 {
		t.Fatalf("a: %v %v, want seq 1 from the old generation", got, ok)
	}
	// Reading a moved it to the young generation beside c; b, not
	// read, is all the old generation holds.
	c.Put(0, "d", w(4), nil) // turn: a and c old, b dropped
	c.Put(0, "e", w(5), nil)
	if _, _, ok := c.Get("b"); ok {
		t.Error("b survived a turn in the old generation without a read")
	}
	c.Put(0, "f", w(6), nil) // turn: d and e old, a and c dropped
	for _, d := range []string{"a", "c"} {
		if _, _, ok := c.Get(d); ok {
			t.Errorf("%s survived a turn in the old generation without a read", d)
		}
	}
	for d, seq := range map[string]uint64{"d": 4, "e": 5, "f": 6} {
		if got, _, ok := c.Get(d); !ok || got.Seq != seq {
			t.Errorf("%s: %v %v, want seq %d", d, got, ok, seq)
		}
	}
	if c.Len() > 4 {
		t.Errorf("cache holds %d windows, capacity 4", c.Len())
	}
}

// TestCacheTurnAllocatesNothing: once warm, a cache that turns over
// (every lookup a new domain, as at a million cold domains) allocates no
// map per generation: the dropped generation's map is cleared and
// reused.
func TestCacheTurnAllocatesNothing(t *testing.T) {
	const capacity = 2048
	c := NewCache(capacity)
	names := make([]string, 4*capacity)
	for i := range names {
		names[i] = "d" + strconv.Itoa(i) + ".example"
	}
	win := &Window{}
	next := 0
	turn := func() {
		for range capacity {
			c.Put(0, names[next%len(names)], win, nil)
			next++
		}
	}
	turn()
	turn()
	turn()
	if allocs := testing.AllocsPerRun(10, turn); allocs > 0 {
		t.Errorf("a turn of %d new domains allocated %.1f times", capacity, allocs)
	}
}

// BenchmarkCacheColdPut measures a Put of a domain not cached, the
// cache's work per cold domain.
func BenchmarkCacheColdPut(b *testing.B) {
	const capacity = 22015 // the window cache at the default budget
	c := NewCache(capacity)
	names := make([]string, 1<<18)
	for i := range names {
		names[i] = "d" + strconv.Itoa(i) + ".example"
	}
	win := &Window{}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		c.Put(0, names[i%len(names)], win, nil)
	}
}
