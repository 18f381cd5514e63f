package logstore

import "math/bits"

// idTable maps the event id hashes (idHash) of a buffer's attempts to the
// attempt: its index in the buffer's recs, which hold its arrival and
// position. It replaces a Go map, whose lookup and insert cost about 0.3
// µs an attempt at a buffer's size (a cache miss into the control word,
// another into the slot of 40 bytes): open addressing with linear probing
// over slots of 16 bytes, at most half full, finds a hash in the slot it
// lands on or the next, one cache miss. The hashes are xxhash64, so
// their low bits index the slots as they are.
type idTable struct {
	slots []idSlot
	n     int
}

// idSlot is one slot: rec is the attempt's index plus one (0: empty).
type idSlot struct {
	h   uint64
	rec int32
}

// newIDTable returns a table for about n ids before it grows.
func newIDTable(n int) idTable {
	return idTable{slots: make([]idSlot, 1<<bits.Len(uint(max(2*n, 16)-1)))}
}

// get returns the attempt of hash h.
func (t *idTable) get(h uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.rec == 0 {
			return 0, false
		}
		if s.h == h {
			return s.rec - 1, true
		}
	}
}

// put makes rec the attempt of hash h.
func (t *idTable) put(h uint64, rec int32) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.rec == 0 {
			*s = idSlot{h, rec + 1}
			t.n++
			return
		}
		if s.h == h {
			s.rec = rec + 1
			return
		}
	}
}

// grow doubles the slots (a buffer that spilled past its mapping, or a
// table never sized).
func (t *idTable) grow() {
	old := t.slots
	t.slots, t.n = make([]idSlot, max(2*len(old), 16)), 0
	for _, s := range old {
		if s.rec != 0 {
			t.put(s.h, s.rec-1)
		}
	}
}

// clear empties the table, keeping its slots.
func (t *idTable) clear() {
	clear(t.slots)
	t.n = 0
}

// reset empties the table for about n ids, reusing its slots unless they
// are too few or many times too many (clearing them costs too).
func (t *idTable) reset(n int) {
	if size := 2 * n; len(t.slots) < size || len(t.slots) > 8*size {
		*t = newIDTable(n)
		return
	}
	t.clear()
}
