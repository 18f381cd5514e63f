package state

// idTable is a set of id hashes in one flat open-addressing table (linear
// probing, at most 7/8 full: a busy domain's set is most of the memory
// the duplicate check holds, and at 10,000 busy domains the Go heap's
// limit made the garbage collector the check's largest cost; 3/4 left a
// 200-id set in 512 slots). The processor asks a busy domain's set
// whether each new event id was seen: with the domains' sets spread over
// the heap, every ask is a cache miss, and a Go map takes three or four
// dependent loads (map, directory, table, group) where this takes one.
// The profile of the benchmark at 10,000 domains showed the map's lookups
// at 200 ns per event. Ids are xxhashes, uniform already, so a hash's low
// bits pick its slot. There is no delete: a set that forgets ids builds a
// new table (SeenIDs.Expire, once an hour at most).
type idTable struct {
	slots []uint64 // 0 is an empty slot; the hash 0 is hasZero
	n     int
	// hasZero records the hash 0, which cannot be stored in a slot.
	hasZero bool
}

// newIDTable returns a table with room for n ids before it grows.
func newIDTable(n int) *idTable {
	size := 16
	for size*7/8 < n {
		size *= 2
	}
	return &idTable{slots: make([]uint64, size)}
}

func (t *idTable) contains(h uint64) bool {
	if h == 0 {
		return t.hasZero
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch t.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// insert adds h, growing the table when it would be more than 3/4 full.
func (t *idTable) insert(h uint64) {
	if h == 0 {
		t.hasZero = true
		return
	}
	if (t.n+1)*8 > len(t.slots)*7 {
		old := t.slots
		t.slots, t.n = make([]uint64, 2*len(old)), 0
		for _, x := range old {
			if x != 0 {
				t.put(x)
			}
		}
	}
	t.put(h)
}

func (t *idTable) put(h uint64) {
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch t.slots[i] {
		case h:
			return
		case 0:
			t.slots[i] = h
			t.n++
			return
		}
	}
}
