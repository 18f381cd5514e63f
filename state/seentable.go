package state

import (
	"math/bits"
	"sync"
	"sync/atomic"

	"github.com/mailflow/mailflow/internal/prefetch"
)

// SeenTable holds the event ids counted by many domains — in the
// processor, those of one partition's domains on one shard — at 12 bytes
// a slot in memory the garbage collector neither scans nor counts
// (anonymous mmap where the platform has it, see seentable_unix.go). At
// 10,000 busy domains the per-domain sets of hashes (SeenIDs with its
// slices and index, about 5 KiB each) were 70 MB of a Go heap limited by
// the memory budget, and the collector ran so much more often that it was
// 2.2 s of the 2.5 s the duplicate check cost per 2,000,000 events.
//
// A slot holds a key (SeenKey of the domain and the id, 64 bits) and the
// hour (since the Unix epoch) its record arrived. An id counted more than
// the dedupe horizon before a domain's latest records no longer counts
// (the caller says which hours are too old, see Count), and Sweep frees
// the slots of ids older than a horizon before the partition's stream
// time: what a replay of the input topics rebuilds after a restore (see
// processor/seenreplay.go), so the table never holds more than a restore
// would.
//
// The table is open addressing with linear probing, at most 4/5 full:
// one cache line holds five slots, so a miss (every new event id is one)
// mostly reads one or two lines. A slot is chosen by the high half of
// key × size (Lemire's fast range), so the table can grow by half rather
// than double. Deletion shifts the following slots back (Knuth's
// algorithm R), so there are no tombstones.
//
// A SeenTable is not safe for concurrent use. Its memory is not freed by
// the garbage collector: Close frees it.
type SeenTable struct {
	// slots are 3 words each: the key's low and high halves and hour+1
	// (0: the slot is empty).
	slots []uint32
	mem   []byte // what slots is a view of (see allocSlots)
	size  int    // len(slots)/3
	n     int
	// maxHour is the latest hour counted; oldest an hour no older than
	// any held (exact after a Sweep), so Sweep can see it has nothing to
	// free without reading the table.
	maxHour, oldest uint32
	// swept is the latest hour Sweep was asked to free ids before: an id
	// of this hour or later that was put in the table is there still
	// (Spill relies on it).
	swept uint32
	// bytes, when not nil, is kept at the memory the tables that share it
	// hold (see Bytes).
	bytes *atomic.Int64
	// regrowScratch, when not nil, lets the table grow in place (regrow);
	// its owner shares it (ShareScratch).
	regrowScratch *SeenScratch
	// scratch is where SeenIDs.Spill lists an attached set's spilled
	// ids for its caller.
	scratch []uint64
	// inline is where SeenIDs.Remember lists the inline ids of an
	// attached set that outgrow its room until Spill.
	inline []SeenID
	// cold holds the ids Demote moved out of the slots (seencold.go);
	// demotes counts the Demotes, so that a set can tell whether its
	// ids were all in the slots when it last looked (SeenIDs.warm).
	cold    seenCold
	demotes uint32
}

// seenTableMinSlots is the size of a new table: 4 KiB.
const seenTableMinSlots = 341

// SeenTableSlotBytes is what one slot takes. With the table between 8/15
// (just grown) and 4/5 full, a remembered id costs 15 to 23 bytes.
const SeenTableSlotBytes = 12

// NewSeenTable returns an empty table. When bytes is not nil, the table
// adds the bytes it holds to it (and subtracts them when it frees them),
// so that one counter can report many tables' memory to another
// goroutine.
func NewSeenTable(bytes *atomic.Int64) *SeenTable {
	return &SeenTable{bytes: bytes, oldest: ^uint32(0)}
}

// ShareScratch lets the table grow in place, in the memory it has
// reserved, copying its slots aside into s, which the caller owns and may
// share among its tables; without one a table grows into new memory, as
// on systems without mmap. s must outlive the table's use of it.
func (t *SeenTable) ShareScratch(s *SeenScratch) { t.regrowScratch = s }

// SeenKey returns the table key of event id hash id (IDHash) counted for
// the domain of hash domain (any 64-bit hash of its name). The domain's
// hash is mixed before it is combined, so that two domains that swap
// their names for ids do not share keys.
func SeenKey(domain, id uint64) uint64 {
	return id ^ bits.RotateLeft64(domain*0x9e3779b97f4a7c15, 29)
}

// MaxHour returns the latest hour an id was counted at, 0 for none.
func (t *SeenTable) MaxHour() uint32 { return t.maxHour }

// Len returns how many ids the table holds, in its slots and its cold
// part.
func (t *SeenTable) Len() int { return t.n + t.cold.n }

// ColdLen returns how many ids the table's cold part holds (see Demote).
func (t *SeenTable) ColdLen() int { return t.cold.n }

// Bytes returns the memory the table holds.
func (t *SeenTable) Bytes() int64 { return 4*int64(len(t.slots)) + t.cold.bytes() }

// Close frees the table's memory; the table is empty afterwards and may
// be used again.
func (t *SeenTable) Close() {
	t.setSlots(0)
	t.cold.free(t.count)
	t.n, t.maxHour, t.oldest = 0, 0, ^uint32(0)
	t.demotes++
}

// Demote moves the ids the table's slots hold into its cold part, which
// takes 8 bytes an id instead of 15 to 23 (see seencold.go), and frees
// the slots. From then on a set attached to the table (SeenIDs.Check)
// answers SeenUnsure for an id the cold part may hold, until its ids
// are read back from the store (Store.WarmSeen). Ids older than the
// latest Sweep's hour are dropped on the way. It costs a sort of the
// ids moved and a pass over those the cold part holds.
func (t *SeenTable) Demote() {
	t.demotes++
	if t.n == 0 {
		return
	}
	add := make([]uint64, 0, t.n)
	for i := range t.size {
		if sh := t.slots[3*i+2]; sh != 0 {
			add = append(add, coldEntry(t.key(i), sh-1))
		}
	}
	t.setSlots(0)
	t.n, t.oldest = 0, ^uint32(0)
	sortEntries(add)
	t.cold.rebuild(add, t.swept, t.count)
}

// DemoteSaves returns about how much memory a Demote would free: what the
// slots hold less what their ids would add to the cold part (whole pages
// are allocated, so demoting a small table may cost more than it frees:
// the answer is then negative).
func (t *SeenTable) DemoteSaves() int64 {
	return 4*int64(len(t.slots)) - (coldEntryBytes*int64(t.n+t.cold.n) + int64(t.n+t.cold.n)/2 + 2*4096 - t.cold.bytes())
}

// count adds delta to the bytes counter the table shares, if any.
func (t *SeenTable) count(delta int64) {
	if t.bytes != nil {
		t.bytes.Add(delta)
	}
}

// check is SeenIDs.Check on the table: SeenDuplicate for a key held in
// the slots with an hour of at least minHour; otherwise, when cold is
// true and the cold part may hold it, SeenUnsure (and nothing added);
// else SeenNew, with key added at hour.
func (t *SeenTable) check(key uint64, hour, minHour uint32, cold bool) SeenAnswer {
	i, ok := t.find(key)
	if ok && t.slots[3*i+2]-1 >= minHour {
		return SeenDuplicate
	}
	if cold && t.cold.mayHold(key, minHour) {
		return SeenUnsure
	}
	if ok {
		t.slots[3*i+2] = storedHour(hour)
		t.noteHour(hour)
		return SeenNew
	}
	t.insertAt(i, key, hour)
	return SeenNew
}

// Contains reports whether key is held in the table's slots with an hour
// of at least minHour (the cold part is not searched: see Demote).
func (t *SeenTable) Contains(key uint64, minHour uint32) bool {
	i, ok := t.find(key)
	return ok && t.slots[3*i+2]-1 >= minHour
}

// Count adds key counted at hour unless it is held in the table's slots
// with an hour of at least minHour, and reports whether it added it:
// false means the id was counted already, within the horizon. A key held
// with an older hour is taken as new, and its hour becomes hour. The
// cold part is not searched (see SeenIDs.Check, which does).
func (t *SeenTable) Count(key uint64, hour, minHour uint32) bool {
	return t.check(key, hour, minHour, false) == SeenNew
}

// Put adds key counted at hour, or moves a held key's hour to hour if
// that is later: how a domain's stored ids join the table.
func (t *SeenTable) Put(key uint64, hour uint32) {
	i, ok := t.find(key)
	if !ok {
		t.insertAt(i, key, hour)
		return
	}
	if sh := storedHour(hour); sh > t.slots[3*i+2] {
		t.slots[3*i+2] = sh
		t.noteHour(hour)
	}
}

// Delete removes key, if held.
func (t *SeenTable) Delete(key uint64) {
	i, ok := t.find(key)
	if !ok {
		return
	}
	// Shift back every following slot of the run whose home is not
	// between the hole and itself (cyclically), so that a later find,
	// which stops at the first empty slot, still reaches it.
	for j := i; ; {
		j = t.next(j)
		if t.slots[3*j+2] == 0 {
			break
		}
		home := t.home(t.key(j))
		if (j > i && (home <= i || home > j)) || (j < i && home <= i && home > j) {
			copy(t.slots[3*i:3*i+3], t.slots[3*j:3*j+3])
			i = j
		}
	}
	t.slots[3*i], t.slots[3*i+1], t.slots[3*i+2] = 0, 0, 0
	t.n--
}

// Sweep frees the ids counted before minHour, rebuilding the table at the
// size its remaining ids need (freeing it when none remain), and its
// cold part likewise. It costs a pass over the table, and nothing when
// no id is that old.
func (t *SeenTable) Sweep(minHour uint32) {
	t.swept = max(t.swept, minHour)
	t.cold.sweep(minHour, t.count)
	if t.oldest >= minHour || t.n == 0 {
		return
	}
	old, oldMem, oldSize := t.slots, t.mem, t.size
	kept, oldest := 0, ^uint32(0)
	for i := range oldSize {
		if sh := old[3*i+2]; sh != 0 && sh-1 >= minHour {
			kept++
			oldest = min(oldest, sh-1)
		}
	}
	t.mem, t.slots, t.size, t.n = nil, nil, 0, 0
	t.oldest = oldest
	if kept > 0 {
		t.setSlotsKeep(sizeFor(kept))
		for i := range oldSize {
			if sh := old[3*i+2]; sh != 0 && sh-1 >= minHour {
				k := uint64(old[3*i]) | uint64(old[3*i+1])<<32
				j, _ := t.find(k)
				t.store(j, k, sh)
			}
		}
	}
	t.release(oldMem, old)
}

// Reserve gives an empty table room for n ids, so that filling it does
// not grow it step by step (a step moves every id held, mostly a cache
// miss each: reading a dropped table's domains back into a new one grew
// it twenty-odd times). It does nothing to a table that has slots.
func (t *SeenTable) Reserve(n int) {
	if t.size != 0 || n <= 0 {
		return
	}
	t.setSlotsKeep(sizeFor(n))
}

// sizeFor returns the slots a table of n ids starts with: a third
// more than 4/5 full needs.
func sizeFor(n int) int { return max(seenTableMinSlots, n*5/4+n/3+1) }

func storedHour(hour uint32) uint32 { return min(hour, ^uint32(0)-1) + 1 }

func (t *SeenTable) noteHour(hour uint32) {
	t.maxHour = max(t.maxHour, hour)
	t.oldest = min(t.oldest, hour)
}

// touch brings key's home slot into the caches (see SeenIDs.Touch).
func (t *SeenTable) touch(key uint64) uint32 {
	if t.size == 0 {
		return 0
	}
	i := 3 * t.home(key)
	return uint32(prefetch.Value((*[3]uint32)(t.slots[i : i+3])))
}

func (t *SeenTable) key(i int) uint64 { return uint64(t.slots[3*i]) | uint64(t.slots[3*i+1])<<32 }

func (t *SeenTable) home(key uint64) int {
	hi, _ := bits.Mul64(key, uint64(t.size))
	return int(hi)
}

func (t *SeenTable) next(i int) int {
	if i++; i == t.size {
		return 0
	}
	return i
}

// find returns the slot of key and true, or the empty slot where it
// would go and false. The table always has an empty slot (it is at most
// 4/5 full), except when it has no slots at all: find then returns -1.
func (t *SeenTable) find(key uint64) (int, bool) {
	if t.size == 0 {
		return -1, false
	}
	lo, hi := uint32(key), uint32(key>>32)
	for i := t.home(key); ; i = t.next(i) {
		s := t.slots[3*i : 3*i+3 : 3*i+3]
		if s[2] == 0 {
			return i, false
		}
		if s[0] == lo && s[1] == hi {
			return i, true
		}
	}
}

// insertAt puts key, which is not held, at i (find's empty slot), growing
// the table first when it would be more than 4/5 full.
func (t *SeenTable) insertAt(i int, key uint64, hour uint32) {
	if t.size == 0 || (t.n+1)*5 > t.size*4 {
		t.grow()
		i, _ = t.find(key)
	}
	t.store(i, key, storedHour(hour))
	t.noteHour(hour)
}

func (t *SeenTable) store(i int, key uint64, sh uint32) {
	t.slots[3*i], t.slots[3*i+1], t.slots[3*i+2] = uint32(key), uint32(key>>32), sh
	t.n++
}

// grow moves the ids into a table half as large again (and at least of
// seenTableMinSlots).
func (t *SeenTable) grow() {
	want := max(seenTableMinSlots, t.size+t.size/2)
	if t.regrow(want) {
		return
	}
	old, oldMem, oldSize := t.slots, t.mem, t.size
	t.mem, t.slots, t.size, t.n = nil, nil, 0, 0
	t.setSlotsKeep(want)
	for i := range oldSize {
		if sh := old[3*i+2]; sh != 0 {
			k := uint64(old[3*i]) | uint64(old[3*i+1])<<32
			j, _ := t.find(k)
			t.store(j, k, sh)
		}
	}
	t.release(oldMem, old)
}

// regrow is grow in place, where growSlots can grow the table's words:
// the held slots are copied aside (the table's SeenScratch, read in
// order), cleared, and the ids put back in the same order as grow puts
// them into new words, so the table ends up the same, slot for slot. It
// reports false, changing nothing, where growSlots does not apply, where
// the table has no scratch, and while another table's regrow holds the
// scratch (the caller then grows into new words, as before).
func (t *SeenTable) regrow(n int) bool {
	// Only a table in a reservation that still fits it grows in place
	// (growSlots); deciding that before the copy keeps the scratch at most
	// a huge page and spares a larger table a useless copy (review S38 N7).
	sc := t.regrowScratch
	if sc == nil || t.size == 0 || len(t.mem) != hugePage || 12*n > len(t.mem) || !sc.mu.TryLock() {
		return false
	}
	defer sc.mu.Unlock()
	held := 3 * t.size
	if cap(sc.buf) < held {
		sc.buf = make([]uint32, held, held+held/2)
	}
	scratch := sc.buf[:held]
	copy(scratch, t.slots)
	slots, ok := growSlots(t.mem, t.slots, 3*n)
	if !ok {
		return false
	}
	if t.bytes != nil {
		t.bytes.Add(4 * int64(len(slots)-len(t.slots)))
	}
	// The words past the held slots are new, hence zero.
	clear(slots[:held])
	t.slots, t.size, t.n = slots, len(slots)/3, 0
	for i := range held / 3 {
		if sh := scratch[3*i+2]; sh != 0 {
			k := uint64(scratch[3*i]) | uint64(scratch[3*i+1])<<32
			j, _ := t.find(k)
			t.store(j, k, sh)
		}
	}
	return true
}

// SeenScratch is where a table's in-place growth copies its slots aside:
// one slice, kept, at most a huge page (the slots of a table that grows in
// place are smaller). Its owner shares it among the tables it makes
// (SeenTable.ShareScratch), so that it is made once rather than for each
// growth: a sync.Pool's was dropped at every collection, and making it
// again for each growth added about a tenth to the bytes the processor
// allocated (mailflow bench). It is safe for tables used by several
// goroutines: a growth that finds it busy grows into new words instead.
// The zero value is ready to use.
type SeenScratch struct {
	mu  sync.Mutex
	buf []uint32
}

// capBytes returns how many bytes the scratch holds.
func (s *SeenScratch) capBytes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return 4 * cap(s.buf)
}

// setSlots frees the table's memory and gives it n empty slots.
func (t *SeenTable) setSlots(n int) {
	t.release(t.mem, t.slots)
	t.mem, t.slots, t.size = nil, nil, 0
	t.setSlotsKeep(n)
}

// setSlotsKeep gives the table n empty slots without freeing what it had
// (the caller frees it with release once it has moved the ids).
func (t *SeenTable) setSlotsKeep(n int) {
	if n == 0 {
		return
	}
	t.mem, t.slots = allocSlots(3 * n)
	t.size = len(t.slots) / 3 // the allocation rounds up to whole pages
	if t.bytes != nil {
		t.bytes.Add(4 * int64(len(t.slots)))
	}
}

// release frees slots, whose memory is mem (nil when on the Go heap).
func (t *SeenTable) release(mem []byte, slots []uint32) {
	if t.bytes != nil && len(slots) > 0 {
		t.bytes.Add(-4 * int64(len(slots)))
	}
	freeSlots(mem)
}
