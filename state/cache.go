package state

import "iter"

// Cache keeps recently used windows in memory in front of the store, so the
// processor decodes a window from Pebble only when a domain has not been
// seen for a while. It holds at most its capacity of windows whatever the
// number of domains.
//
// It is a two-generation cache: lookups that hit the old generation promote
// the entry, and when the young generation fills, the old one is dropped
// whole. That is an approximate LRU with O(1) work and no per-entry list
// links, which matters at hundreds of thousands of lookups a second.
//
// A Cache is not safe for concurrent use; the processor's loop owns it.
type Cache struct {
	half      int
	young     map[string]cached
	old       map[string]cached
	hits, all uint64
}

// cached is an entry of either generation. domain is the map key the
// entry was put with: promotion and update re-insert under it, never under
// the caller's lookup string, because a Go map that is assigned an existing
// string key takes the new string as its key (strings that are equal may
// differ in memory), and the processor looks domains up with names that
// alias a fetched batch, which franz-go recycles after the transaction. A
// key that later read as the recycled bytes would hide the domain's window
// from every lookup, or hand it to another domain.
type cached struct {
	domain    string
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

// Get returns the cached window of domain and its seen event ids. The
// cache keeps no reference to domain: it may alias memory that is reused
// after the call.
func (c *Cache) Get(domain string) (*Window, *SeenIDs, bool) {
	c.all++
	if e, ok := c.young[domain]; ok {
		c.hits++
		return e.w, e.seen, true
	}
	if e, ok := c.old[domain]; ok {
		c.hits++
		delete(c.old, domain)
		c.put(e)
		return e.w, e.seen, true
	}
	return nil, nil, false
}

// Put caches the window of domain, which belongs to partition p, and its
// seen event ids. The cache keeps domain as the entry's key until the
// entry is dropped, so domain must not alias memory that changes (a fetched
// record's bytes): callers pass a copy. When domain is cached already, the
// entry keeps its key and the copy is not retained.
func (c *Cache) Put(p int32, domain string, w *Window, seen *SeenIDs) {
	if e, ok := c.young[domain]; ok {
		c.young[e.domain] = cached{e.domain, p, w, seen}
		return
	}
	if e, ok := c.old[domain]; ok {
		delete(c.old, domain)
		c.put(cached{e.domain, p, w, seen})
		return
	}
	c.put(cached{domain, p, w, seen})
}

func (c *Cache) put(e cached) {
	if len(c.young) >= c.half {
		// The dropped generation's map becomes the young one: clear
		// keeps its room, where a new map would be allocated and grown
		// every c.half puts (a cold domain is a put per lookup).
		c.old, c.young = c.young, c.old
		clear(c.young)
	}
	c.young[e.domain] = e
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

// Domains yields the cached domains, in no order. It neither promotes nor
// counts a lookup; the cache must not change while it runs.
func (c *Cache) Domains() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, m := range [...]map[string]cached{c.young, c.old} {
			for d := range m {
				if !yield(d) {
					return
				}
			}
		}
	}
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
