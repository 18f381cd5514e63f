package state

import (
	"math/rand/v2"
	"slices"
	"sync/atomic"
	"syscall"
	"testing"
)

// mmapped says whether allocSlots maps its tables (see seentable_unix.go).
var mmapped = func() bool { mem, _ := allocSlots(1); freeSlots(mem); return mem != nil }()

// TestSeenTableRegrow checks that a table grown in place (regrow, in the
// reservation allocSlots maps) ends up slot for slot as the same table
// grown into new words, from its first size to past a huge page (from
// where it grows into new, aligned mappings again), that the shared
// memory counter follows, and that where there is mmap every growth
// below a huge page is in place.
func TestSeenTableRegrow(t *testing.T) {
	var mem atomic.Int64
	var scratch SeenScratch
	tab := NewSeenTable(&mem)
	tab.ShareScratch(&scratch)
	defer tab.Close()
	rng := rand.New(rand.NewPCG(3, 4))
	page := syscall.Getpagesize()
	remaps, grows := 0, 0
	for tab.size == 0 || 4*3*tab.size < 2*hugePage {
		// Fill to the brim: the next new key grows the table.
		for tab.size == 0 || (tab.n+1)*5 <= tab.size*4 {
			tab.Put(rng.Uint64(), uint32(1+rng.IntN(1000)))
		}
		oldSlots, oldSize, n := slices.Clone(tab.slots), tab.size, tab.n
		want := max(seenTableMinSlots, oldSize+oldSize/2)
		// The reference: the ids put into a new mapping in slot order.
		ref := NewSeenTable(nil)
		ref.setSlotsKeep(want)
		for i := range oldSize {
			if sh := oldSlots[3*i+2]; sh != 0 {
				k := uint64(oldSlots[3*i]) | uint64(oldSlots[3*i+1])<<32
				j, _ := ref.find(k)
				ref.store(j, k, sh)
			}
		}
		small := (4*3*want+page-1)/page*page < hugePage && 4*3*oldSize < hugePage
		if tab.regrow(want) {
			remaps++
		} else {
			if mmapped && small {
				t.Fatalf("growth from %d to %d slots was not in place", oldSize, want)
			}
			tab.grow()
		}
		grows++
		if tab.size != ref.size || tab.n != n || !slices.Equal(tab.slots, ref.slots) {
			t.Fatalf("growth from %d slots: %d slots and %d ids, want %d and %d, or the slots differ", oldSize, tab.size, tab.n, ref.size, n)
		}
		ref.Close()
		if got := mem.Load(); got != tab.Bytes() {
			t.Fatalf("growth to %d slots: counter %d bytes, table %d", tab.size, got, tab.Bytes())
		}
	}
	if mmapped && remaps < grows/2 {
		t.Fatalf("%d of %d growths in place", remaps, grows)
	}
	// The table grew past a huge page, where nothing grows in place: the
	// shared scratch must not have copied it (newcomer review S38 N7).
	if n := scratch.capBytes(); n > hugePage*3/2 {
		t.Errorf("the scratch holds %d bytes, more than the huge page a table grown in place can fill", n)
	}
	t.Logf("%d growths, %d in place", grows, remaps)
}

// TestGrowSlots checks growSlots on its own: the words held keep their
// values, the new ones are zero and writable, up to the reservation, and
// what it does not apply to is left alone.
func TestGrowSlots(t *testing.T) {
	mem, words := allocSlots(1000)
	defer freeSlots(mem)
	if !mmapped {
		if _, ok := growSlots(mem, words, 5000); ok {
			t.Fatal("growSlots applied to Go heap words")
		}
		return
	}
	for i := range words {
		words[i] = uint32(i + 1)
	}
	held := len(words)
	for _, n := range []int{5000, 60000, hugePage/4 - 1} {
		grown, ok := growSlots(mem, words, n)
		if !ok || len(grown) < n {
			t.Fatalf("growSlots to %d words: %d words, %v", n, len(grown), ok)
		}
		for i, w := range grown {
			if want := uint32(0); i < held {
				if w != uint32(i+1) {
					t.Fatalf("word %d is %d after growing to %d, want %d", i, w, n, i+1)
				}
			} else if w != want {
				t.Fatalf("new word %d is %d, want 0", i, w)
			}
		}
		for i := held; i < len(grown); i++ {
			grown[i] = uint32(i + 1)
		}
		words, held = grown, len(grown)
	}
	if _, ok := growSlots(mem, words, hugePage/4+1); ok {
		t.Fatal("growSlots grew past its reservation")
	}
	if _, ok := growSlots(mem, words, 10); ok {
		t.Fatal("growSlots shrank the words")
	}
	if _, ok := growSlots(nil, make([]uint32, 10), 5000); ok {
		t.Fatal("growSlots applied to Go heap words")
	}
}
