package state

import (
	"slices"

	"github.com/mailflow/mailflow/internal/prefetch"
)

// A SeenTable whose ids outgrow the memory budget demotes them (Demote)
// into its cold part: for each id, the high 44 bits of its key and the
// hour it was counted (20 bits: hours since 1970 up to 2089), 8 bytes in
// one sorted array (plus half a byte to a byte of directory), against the 15
// to 23 bytes of a slot of the table proper. The cold part answers only
// "maybe": an id not held shares its high 44 bits with one of a table's
// n ids with a chance of about n/2⁴⁴ (one in ten million searches of a
// table of 1.7 million), so an id it holds is confirmed by reading the
// domain's ids from the store (SeenIDs.Check answers SeenUnsure;
// Store.WarmSeen reads them back into the table).
//
// Dropping a table instead (what releases before did) made every domain
// of it read all its ids back from the store on its next attempt, and
// at ten million ids a day over busy domains, more than the budget
// holds, that was again and again: mailflow bench logs at 10,000,000
// events over 10,000 domains spent about 2.5 µs per event on it.

// seenCold is the cold part of a SeenTable: the ids Demote moved out of
// its slots, sorted by key. Like the slots it lives outside the Go heap
// (allocSlots).
type seenCold struct {
	// ents are 2 words an id, its entry's high and low halves: the
	// key's high 44 bits, then the hour (coldHourMax: that or later).
	// Sorted by entry, so by key.
	ents []uint32
	mem  []byte
	// dir[b] is the index of the first id whose key's high bits (the
	// top dirBits) are b or more; it has 1<<dirBits + 1 words.
	dir     []uint32
	dirMem  []byte
	dirBits uint
	n       int
	// held is the memory the two allocations hold (whole pages).
	held int64
	// oldest and newest bound the hours held.
	oldest, newest uint32
}

// coldHourBits is how many low bits of an entry hold its hour.
const coldHourBits = 20

// coldHourMax is the hour that stands for itself or later (in 2089): an
// id of such an hour is never taken as expired (a maybe costs a read, a
// wrong "expired" would count a duplicate).
const coldHourMax = 1<<coldHourBits - 1

// coldEntryBytes is what an id takes in the cold part, without its share
// of the directory (one word per 4 to 8 ids: half a byte to a byte).
const coldEntryBytes = 8

func (c *seenCold) entry(i int) uint64 { return entryAt(c.ents, i) }

// entryAt returns entry i of ents, 2 words an entry.
func entryAt(ents []uint32, i int) uint64 { return uint64(ents[2*i])<<32 | uint64(ents[2*i+1]) }

// bytes returns the memory the cold part holds.
func (c *seenCold) bytes() int64 { return c.held }

// mayHold reports whether an id of key may be held with an hour of at
// least minHour: true for every such id, and for others with a chance
// of about n/2⁴⁴.
func (c *seenCold) mayHold(key uint64, minHour uint32) bool {
	if c.n == 0 || c.newest < minHour {
		return false
	}
	b := key >> (64 - c.dirBits)
	want := key >> coldHourBits
	for i := int(c.dir[b]); i < int(c.dir[b+1]); i++ {
		e := c.entry(i)
		if e>>coldHourBits < want {
			continue
		}
		if e>>coldHourBits > want {
			return false
		}
		if coldHour(e) >= minHour {
			return true
		}
	}
	return false
}

// touch brings the directory word of key into the caches, for a caller
// that reads ahead (see SeenTable.touch).
func (c *seenCold) touch(key uint64) uint32 {
	if c.n == 0 {
		return 0
	}
	return uint32(prefetch.Value(&c.dir[key>>(64-c.dirBits)]))
}

// coldEntry returns the entry of key counted at hour.
func coldEntry(key uint64, hour uint32) uint64 {
	return key>>coldHourBits<<coldHourBits | uint64(min(hour, coldHourMax))
}

// coldHour returns the hour of entry e (coldHourMax stands for the
// latest hour there is).
func coldHour(e uint64) uint32 {
	h := uint32(e & coldHourMax)
	if h == coldHourMax {
		return ^uint32(0)
	}
	return h
}

// rebuild makes the cold part hold the entries of add (sorted) and those
// it holds, but none of an hour before minHour; of two entries of one
// key, the later hour's. add is the caller's, left as it was.
func (c *seenCold) rebuild(add []uint64, minHour uint32, counter func(int64)) {
	if c.n == 0 && len(add) == 0 {
		return
	}
	oldEnts, oldMem, oldDirMem, oldN, oldHeld := c.ents, c.mem, c.dirMem, c.n, c.held
	mem, ents := allocSlots(2 * (oldN + len(add)))
	out := 0
	oldest, newest := ^uint32(0), uint32(0)
	i, j := 0, 0
	for i < oldN || j < len(add) {
		var e uint64
		if j == len(add) || (i < oldN && entryAt(oldEnts, i) <= add[j]) {
			e = entryAt(oldEnts, i)
			i++
		} else {
			e = add[j]
			j++
		}
		hour := coldHour(e)
		if hour < minHour {
			continue
		}
		// Entries of one key are next to each other, the later hour
		// last: it replaces the one before.
		if out > 0 && ents[2*(out-1)] == uint32(e>>32) && ents[2*(out-1)+1]>>coldHourBits == uint32(e)>>coldHourBits {
			out--
		}
		ents[2*out], ents[2*out+1] = uint32(e>>32), uint32(e)
		out++
		oldest, newest = min(oldest, hour), max(newest, hour)
	}
	freeSlots(oldMem)
	freeSlots(oldDirMem)
	counter(-oldHeld)
	if out == 0 {
		freeSlots(mem)
		*c = seenCold{}
		return
	}
	if (2*out+1023)/1024 < len(ents)/1024 {
		// Keys held twice (a domain's ids read back and demoted again),
		// expired ids and shared keys left the allocation larger than
		// the part by a page or more: keep only what it holds (review).
		smallMem, small := allocSlots(2 * out)
		copy(small, ents[:2*out])
		freeSlots(mem)
		mem, ents = smallMem, small
	}
	*c = seenCold{ents: ents, mem: mem, n: out, oldest: oldest, newest: newest, held: 4 * int64(len(ents))}
	c.buildDir()
	counter(c.held)
}

// buildDir builds the directory: about 8 ids a bucket, so that a search
// reads the directory word and a line or two of entries.
func (c *seenCold) buildDir() {
	bits := uint(1)
	for 1<<bits < c.n/8 {
		bits++
	}
	c.dirBits = bits
	c.dirMem, c.dir = allocSlots(1<<bits + 1)
	c.held += 4 * int64(len(c.dir))
	c.dir = c.dir[:1<<bits+1]
	b := 0
	for i := range c.n {
		for k := int(c.ents[2*i] >> (32 - bits)); b <= k; b++ {
			c.dir[b] = uint32(i)
		}
	}
	for ; b <= 1<<bits; b++ {
		c.dir[b] = uint32(c.n)
	}
}

// free frees the cold part; it is empty afterwards.
func (c *seenCold) free(counter func(int64)) {
	freeSlots(c.mem)
	freeSlots(c.dirMem)
	counter(-c.held)
	*c = seenCold{}
}

// sweep drops the ids of an hour before minHour, rebuilding the part
// when any is that old.
func (c *seenCold) sweep(minHour uint32, counter func(int64)) {
	if c.n == 0 || c.oldest >= minHour {
		return
	}
	c.rebuild(nil, minHour, counter)
}

// sortEntries sorts cold entries (radix would be faster; a demotion is
// once in many transactions).
func sortEntries(e []uint64) { slices.Sort(e) }
