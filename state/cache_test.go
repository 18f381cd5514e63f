package state

import (
	"strconv"
	"strings"
	"testing"
	"unsafe"
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

// TestCacheKeepsItsKeys: the processor looks domains up, and updates
// cached ones, with names that alias a fetched batch, which franz-go
// reuses once the transaction is over. The cache must keep the key it was
// given a copy of: an entry promoted from the old generation, or updated
// in place, under the caller's string would afterwards read as whatever
// the batch then holds (zeros, another domain, a shifted name), hiding the
// window from its domain or handing it to another.
func TestCacheKeepsItsKeys(t *testing.T) {
	reused := map[string]string{
		"zeroed":         "\x00\x00\x00\x00\x00\x00\x00\x00\x00",
		"another domain": "b.example",
		"shifted name":   "\"a.examp",
	}
	ops := map[string]func(c *Cache, lookup string){
		"promoted by Get": func(c *Cache, lookup string) {
			if _, _, ok := c.Get(lookup); !ok {
				t.Fatal("a.example not cached")
			}
		},
		"updated in place by Put": func(c *Cache, lookup string) {
			c.Get(lookup)              // a.example young again
			c.Put(0, lookup, nil, nil) // the contract says a copy; keep ours anyway
			c.Put(0, lookup, &Window{Seq: 1}, nil)
		},
		"updated from the old generation by Put": func(c *Cache, lookup string) {
			c.Put(0, lookup, &Window{Seq: 1}, nil)
		},
	}
	for opName, op := range ops {
		for reuseName, bytes := range reused {
			t.Run(opName+"/"+reuseName, func(t *testing.T) {
				c := NewCache(4) // generations of 2
				c.Put(0, strings.Clone("a.example"), &Window{Seq: 1}, nil)
				c.Put(1, strings.Clone("b.example"), &Window{Seq: 2}, nil)
				c.Put(1, strings.Clone("c.example"), &Window{Seq: 3}, nil) // a and b old
				batch := []byte("a.example")
				op(c, unsafe.String(&batch[0], len(batch)))
				copy(batch, bytes) // franz-go reuses the batch
				if got, _, ok := c.Get("a.example"); !ok || got == nil || got.Seq != 1 {
					t.Errorf("a.example after its lookup's bytes were reused: %+v %v, want seq 1", got, ok)
				}
				if got, _, ok := c.Get(string(batch)); ok && got.Seq == 1 {
					t.Errorf("%q finds a.example's window", batch)
				}
			})
		}
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
