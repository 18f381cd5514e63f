package state

// Cache keeps recently used windows in memory in front of the store, so the
// processor decodes a window from Pebble only when a domain has not been
// seen for a while. It holds at most its capacity of windows whatever the
// number of domains, and, emptied, up to half as many again for reuse
// (below).
//
// It is a two-generation cache: lookups that hit the old generation promote
// the entry, and when the young generation fills, the old one is dropped
// whole. That is an approximate LRU with O(1) work and no per-entry list
// links, which matters at hundreds of thousands of lookups a second.
//
// A Cache is not safe for concurrent use; the processor's loop owns it.
//
// It also recycles the windows and seen-id sets of the generation it drops
// (NewWindow, NewSeenIDs): at a million cold domains nearly every lookup
// misses, and the windows and sets decoded for them, and dropped a
// transaction or two later, were 40% of the bytes the processor allocated
// (mailflow bench --domains 1000000 --memprofile). A dropped window may
// still be held by the transaction that took it and, while its store
// update runs, by the next one (which looks windows up in it), so a
// window is recycled only when no transaction of the last two epochs
// (Advance) had it from the cache: the caller must call Advance once per
// transaction, before it looks anything up, and take every window it
// evaluates through Get or Put. What waits for reuse is emptied when it is
// dropped (it pins no response or seen ids), and all of it is let go after
// an epoch in which none was reused (the domains now fit the cache).
type Cache struct {
	half      int
	young     map[string]cached
	old       map[string]cached
	hits, all uint64

	// epoch counts Advance calls; freeW and freeS hold the dropped
	// windows and sets that may be reused, emptied, at most
	// freeMax(half) each; reused counts those reused since the last
	// Advance, and recycled all of them (Recycled).
	epoch    uint64
	freeW    []*Window
	freeS    []*SeenIDs
	reused   int
	recycled uint64
}

type cached struct {
	partition int32
	w         *Window
	seen      *SeenIDs
}

// NewCache returns a cache of at most capacity windows (at least 2): two
// generations of capacity/2.
func NewCache(capacity int) *Cache {
	half := max(capacity/2, 1)
	return &Cache{half: half, young: make(map[string]cached, half), old: map[string]cached{}}
}

// Get returns the cached window of domain and its seen event ids.
func (c *Cache) Get(domain string) (*Window, *SeenIDs, bool) {
	c.all++
	if e, ok := c.young[domain]; ok {
		c.hits++
		e.w.used = c.epoch
		return e.w, e.seen, true
	}
	if e, ok := c.old[domain]; ok {
		c.hits++
		delete(c.old, domain)
		c.put(domain, e)
		e.w.used = c.epoch
		return e.w, e.seen, true
	}
	return nil, nil, false
}

// Put caches the window of domain, which belongs to partition p, and its
// seen event ids.
func (c *Cache) Put(p int32, domain string, w *Window, seen *SeenIDs) {
	w.used = c.epoch
	if _, ok := c.young[domain]; ok {
		c.young[domain] = cached{p, w, seen}
		return
	}
	delete(c.old, domain)
	c.put(domain, cached{p, w, seen})
}

func (c *Cache) put(domain string, e cached) {
	if len(c.young) >= c.half {
		// The dropped generation's map becomes the young one: clear
		// keeps its room, where a new map would be allocated and grown
		// every c.half puts (a cold domain is a put per lookup).
		c.recycle(c.old)
		c.old, c.young = c.young, c.old
		clear(c.young)
	}
	c.young[domain] = e
}

// Advance starts a new epoch: the caller's next transaction (see Cache).
func (c *Cache) Advance() {
	c.epoch++
	if c.reused == 0 {
		clear(c.freeW)
		clear(c.freeS)
		c.freeW, c.freeS = c.freeW[:0], c.freeS[:0]
	}
	c.reused = 0
}

// Recycled returns how many windows and seen-id sets the cache has handed
// out again (NewWindow, NewSeenIDs) since it was made.
func (c *Cache) Recycled() uint64 { return c.recycled }

// recycle keeps what a dropped generation holds for NewWindow and
// NewSeenIDs, as far as it may be reused (see Cache) and fits.
func (c *Cache) recycle(gen map[string]cached) {
	limit := freeMax(c.half)
	for _, e := range gen {
		if len(c.freeW) >= limit && len(c.freeS) >= limit {
			return
		}
		if e.w.used+2 > c.epoch {
			continue
		}
		if len(c.freeW) < limit {
			e.w.reset()
			c.freeW = append(c.freeW, e.w)
		}
		if e.seen != nil && len(c.freeS) < limit {
			e.seen.reset()
			c.freeS = append(c.freeS, e.seen)
		}
	}
}

// freeMax bounds the windows (and the sets) a cache of generations of
// half keeps for reuse: a generation. What it keeps is live heap that the
// collector would otherwise have had as headroom (an emptied window and
// set take about 600 bytes), but the reads of the transaction that
// dropped the generation take most of it at once. A quarter of a
// generation recycled a quarter of the windows read at a million cold
// domains, a whole one 60%.
func freeMax(half int) int { return max(half, 1) }

// NewWindow returns an empty window: one the cache dropped (see Cache),
// or a new one.
func (c *Cache) NewWindow() *Window {
	if w := take(c, &c.freeW); w != nil {
		return w
	}
	return &Window{}
}

// NewSeenIDs returns an empty set of seen ids, attached to no table: one
// the cache dropped (see Cache), or a new one.
func (c *Cache) NewSeenIDs() *SeenIDs {
	if s := take(c, &c.freeS); s != nil {
		return s
	}
	return &SeenIDs{}
}

// take removes and returns the last of the recycled objects in *free, or
// nil when there is none.
func take[T any](c *Cache, free *[]*T) *T {
	n := len(*free)
	if n == 0 {
		return nil
	}
	v := (*free)[n-1]
	(*free)[n-1] = nil
	*free = (*free)[:n-1]
	c.reused++
	c.recycled++
	return v
}

// Delete forgets domain; the next Get misses and the caller reloads it from
// the store. The processor deletes what an aborted transaction touched.
func (c *Cache) Delete(domain string) {
	delete(c.young, domain)
	delete(c.old, domain)
}

// DropPartition forgets every window of partition p, as when p is revoked:
// another instance may change its state before it comes back.
func (c *Cache) DropPartition(p int32) {
	for _, m := range [...]map[string]cached{c.young, c.old} {
		for d, e := range m {
			if e.partition == p {
				delete(m, d)
			}
		}
	}
}

// Clear forgets every window.
func (c *Cache) Clear() {
	clear(c.young)
	clear(c.old)
}

// Len returns how many windows are cached.
func (c *Cache) Len() int { return len(c.young) + len(c.old) }

// TakeCounts returns the hits and lookups since the previous call, for
// counters (a ratio since start hides what happens now).
func (c *Cache) TakeCounts() (hits, lookups uint64) {
	hits, lookups = c.hits, c.all
	c.hits, c.all = 0, 0
	return hits, lookups
}
