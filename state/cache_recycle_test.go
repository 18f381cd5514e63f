package state

import (
	"math/rand/v2"
	"reflect"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// usedWindow is a window with every field set, as a domain's is after a
// few attempts, for checking that a recycled window comes back empty.
func usedWindow(seq uint64) *Window {
	w := &Window{Seq: seq, Status: schemas.StatusBad, Since: time.Unix(100, 0), LastAt: time.Unix(200, 0),
		LastResponse: "550 5.1.1 no such user", LastCode: 550, LastDelayMillis: 7, LastFailureHost: "mx.example",
		LastFailureIP: "192.0.2.1", LastFailureCategory: schemas.CategoryUserUnknown, Delayed: true, Silent: true,
		LastArrival: 300, StreamTime: 400, Resumed: 350}
	w.Hourly[3] = 9
	for range 3 {
		w.Entries = append(w.Entries, Entry{Outcome: schemas.OutcomeBounced, Category: schemas.CategoryUserUnknown, DelayMillis: 5})
	}
	return w
}

// TestCacheRecyclesAfterTwoEpochs: the windows and sets of a dropped
// generation come back from NewWindow and NewSeenIDs, empty, only once
// neither the transaction that last took them from the cache nor the one
// after it (which looks windows up in its predecessor while that one's
// store update runs) can hold them; one taken again meanwhile is not
// recycled.
func TestCacheRecyclesAfterTwoEpochs(t *testing.T) {
	for _, tc := range []struct {
		name     string
		advances int  // epochs between the puts and the turn that drops them
		reput    bool // "a" is put again (from the previous transaction) before the turn
		want     int  // windows recycled
	}{
		{name: "same epoch", advances: 0, want: 0},
		{name: "next epoch", advances: 1, want: 0},
		{name: "two epochs on", advances: 2, want: 2},
		{name: "many epochs on", advances: 5, want: 2},
		{name: "taken again", advances: 2, reput: true, want: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := NewCache(4) // generations of 2
			c.Advance()
			a, b := usedWindow(1), usedWindow(2)
			c.Put(0, "a", a, &SeenIDs{declared: 3})
			c.Put(0, "b", b, &SeenIDs{declared: 4})
			c.Put(0, "c", usedWindow(3), &SeenIDs{}) // turn: a and b old
			for range tc.advances {
				c.Advance()
			}
			if tc.reput {
				// The pending transaction's window of a, put back.
				c.Put(0, "a", a, &SeenIDs{})
			}
			c.Put(0, "d", usedWindow(4), &SeenIDs{})
			c.Put(0, "e", usedWindow(5), &SeenIDs{}) // turn: a and b (or b) dropped
			if got := len(c.freeW); got != tc.want {
				t.Fatalf("%d windows kept for reuse, want %d", got, tc.want)
			}
			if got := len(c.freeS); got != tc.want {
				t.Fatalf("%d sets kept for reuse, want %d", got, tc.want)
			}
			for range tc.want {
				w := c.NewWindow()
				if w != a && w != b {
					t.Fatalf("NewWindow gave %p, not a dropped window", w)
				}
				if tc.reput && w == a {
					t.Fatal("NewWindow recycled a window put back in the cache")
				}
				if !reflect.DeepEqual(*w, Window{Entries: w.Entries[:0]}) {
					t.Errorf("recycled window not empty: %+v", *w)
				}
				if cap(w.Entries) < 3 {
					t.Errorf("recycled window lost its entries' array (cap %d)", cap(w.Entries))
				}
				if s := c.NewSeenIDs(); s.declared != 0 || s.Len() != 0 || s.Attached() {
					t.Errorf("recycled set not empty: %+v", s)
				}
			}
			if w := c.NewWindow(); w == a || w == b {
				t.Error("NewWindow gave a window twice")
			}
		})
	}
}

// TestRecycledSeenIDsDropsLargeArrays: a busy domain's set, recycled for
// a cold one, does not carry its large arrays along.
func TestRecycledSeenIDsDropsLargeArrays(t *testing.T) {
	s := &SeenIDs{pending: make([]uint64, 5, 1000), spilled: make([]uint64, 3, 8), chunks: make([]SeenChunk, 2, 4096)}
	s.inlineRoom(2)
	s.inline = append(s.inline, SeenID{Hash: 1, Hour: 2})
	s.reset()
	if s.pending != nil || s.chunks != nil {
		t.Errorf("kept large arrays: pending cap %d, chunks cap %d", cap(s.pending), cap(s.chunks))
	}
	if cap(s.spilled) != 8 || len(s.spilled) != 0 {
		t.Errorf("spilled: len %d cap %d, want an empty small array kept", len(s.spilled), cap(s.spilled))
	}
	if s.inline != nil || s.Len() != 0 {
		t.Errorf("inline ids survived: %v", s.inline)
	}
}

// TestStatesAttachedDecodesIntoRecycled: a state read through a cache
// decodes into the windows the cache recycles, and what it decodes is the
// stored window, not a mix with what the recycled one held.
func TestStatesAttachedDecodesIntoRecycled(t *testing.T) {
	s := openTestStore(t)
	want := &Window{Seq: 2, Status: schemas.StatusGood, LastAt: time.Unix(500, 0).UTC(), LastResponse: "250 ok", LastCode: 250,
		Entries: []Entry{{Outcome: schemas.OutcomeDelivered, DelayMillis: 3}, {Outcome: schemas.OutcomeDelivered, DelayMillis: 4}}}
	b := s.NewBatch()
	if err := b.Put(WindowKey("a.example"), AppendWindow(nil, want)); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	c := NewCache(2) // generations of 1
	c.Advance()
	old := usedWindow(9)
	c.Put(0, "x.example", old, &SeenIDs{declared: 5, pending: []uint64{1, 2}})
	c.Advance()
	c.Advance()
	c.Put(0, "y.example", &Window{}, &SeenIDs{}) // turn: x old
	c.Put(0, "z.example", &Window{}, &SeenIDs{}) // turn: x dropped, recycled
	var got *Window
	err := s.StatesAttached([]string{"a.example"}, c, nil, func(_ int, w *Window, seen *SeenIDs, err error) {
		if err != nil {
			t.Fatal(err)
		}
		got = w
		if seen.Len() != 0 {
			t.Errorf("seen ids of the recycled set leaked: %d", seen.Len())
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if got != old {
		t.Fatal("the read did not decode into the recycled window")
	}
	got.Since, want.Since = time.Time{}, time.Time{}
	if !reflect.DeepEqual(got.Entries, want.Entries) || got.Seq != want.Seq || got.LastResponse != want.LastResponse ||
		got.LastFailureHost != "" || got.Delayed || got.Hourly != [24]uint16{} || got.Status != want.Status {
		t.Errorf("decoded %+v, want %+v", *got, *want)
	}
}

// TestCacheGetKeepsWindowFromRecycling: a window the caller took with Get
// in this epoch (from the young or the old generation), not only one it
// Put, is not recycled when its generation is dropped.
func TestCacheGetKeepsWindowFromRecycling(t *testing.T) {
	for _, gen := range []string{"young", "old"} {
		t.Run(gen, func(t *testing.T) {
			c := NewCache(4) // generations of 2
			c.Advance()
			a := &Window{}
			c.Put(0, "a", a, &SeenIDs{})
			c.Put(0, "b", &Window{}, &SeenIDs{})
			c.Advance()
			c.Advance()
			if gen == "old" {
				c.Put(0, "c", &Window{}, &SeenIDs{}) // turn: a and b old
			}
			if w, _, ok := c.Get("a"); !ok || w != a {
				t.Fatal("a not cached")
			}
			for i := range 6 { // a dropped without another touch
				c.Put(0, string(rune('d'+i)), &Window{}, &SeenIDs{})
			}
			if len(c.freeW) == 0 {
				t.Fatal("nothing recycled: the test proves nothing")
			}
			for range len(c.freeW) {
				if c.NewWindow() == a {
					t.Fatal("a window taken with Get in this epoch was recycled")
				}
			}
		})
	}
}

// TestCacheRecycledSetIsDetached: a recycled set that was attached to a
// seen-ids table comes back detached and empty, so that the next domain's
// ids are not searched and counted under the first domain's key.
func TestCacheRecycledSetIsDetached(t *testing.T) {
	var held atomic.Int64
	tab := NewSeenTable(&held)
	defer tab.Close()
	c := NewCache(2) // generations of 1
	c.Advance()
	seen := &SeenIDs{}
	seen.Attach(tab, 42)
	seen.Add(7)
	c.Put(0, "x.example", &Window{}, seen)
	c.Advance()
	c.Advance()
	c.Put(0, "a.example", &Window{}, &SeenIDs{}) // turn: x old
	c.Put(0, "b.example", &Window{}, &SeenIDs{}) // turn: x dropped
	s := c.NewSeenIDs()
	if s != seen {
		t.Fatal("the set was not recycled")
	}
	if s.Attached() || s.Table() != nil || s.Len() != 0 || s.Contains(7) {
		t.Errorf("recycled set still attached or holding ids: attached %v, len %d", s.Attached(), s.Len())
	}
}

// TestCacheRecycledWindowDropsLargeEntries: a large window's entries'
// array (a domain configured with the directory's largest window) is not
// passed on to the cold domain the window is recycled for.
func TestCacheRecycledWindowDropsLargeEntries(t *testing.T) {
	c := NewCache(2) // generations of 1
	c.Advance()
	busy := &Window{Entries: make([]Entry, MaxEntries)}
	c.Put(0, "busy.example", busy, &SeenIDs{})
	c.Advance()
	c.Advance()
	c.Put(0, "a.example", &Window{}, &SeenIDs{})
	c.Put(0, "b.example", &Window{}, &SeenIDs{}) // turn: busy dropped
	w := c.NewWindow()
	if w != busy {
		t.Fatal("the busy window was not recycled")
	}
	if cap(w.Entries) > recycledSliceMax {
		t.Errorf("recycled window keeps an entries' array of %d", cap(w.Entries))
	}
}

// TestCacheLetsGoOfUnusedRecycling: what waits for reuse is let go after
// an epoch in which none of it was reused (the domains fit the cache
// again), rather than kept for good.
func TestCacheLetsGoOfUnusedRecycling(t *testing.T) {
	c := NewCache(4)
	c.Advance()
	for i := range 4 {
		c.Put(0, string(rune('a'+i)), &Window{}, &SeenIDs{})
	}
	c.Advance()
	c.Advance()
	for i := range 4 { // two turns: a..d dropped
		c.Put(0, string(rune('e'+i)), &Window{}, &SeenIDs{})
	}
	if len(c.freeW) == 0 {
		t.Fatal("nothing recycled: the test proves nothing")
	}
	c.NewWindow()
	c.Advance() // one was reused in the epoch: the rest stays
	if len(c.freeW) == 0 {
		t.Fatal("recycling let go of after an epoch that reused some")
	}
	c.Advance() // none reused
	if len(c.freeW) != 0 || len(c.freeS) != 0 {
		t.Errorf("after an epoch without reuse the cache still keeps %d windows and %d sets", len(c.freeW), len(c.freeS))
	}
}

// TestCacheTwoTransactionsNeverShareRecycled plays the processor's
// pattern: one Advance per transaction; a transaction takes a domain's
// window from the cache, else from the previous transaction (whose
// windows the cache may have dropped), else NewWindow. No window that the
// current or the previous transaction holds may come out of NewWindow,
// and every window a domain gets back is its own.
func TestCacheTwoTransactionsNeverShareRecycled(t *testing.T) {
	c := NewCache(8) // generations of 4, 30 domains: constant turnover
	r := rand.New(rand.NewPCG(3, 4))
	var prev, cur map[string]*Window
	recycled := 0
	for txn := range 5000 {
		c.Advance()
		prev, cur = cur, map[string]*Window{}
		for range 6 {
			d := "d" + strconv.Itoa(r.IntN(30))
			if _, ok := cur[d]; ok {
				continue
			}
			w, _, ok := c.Get(d)
			if !ok {
				if pw, in := prev[d]; in {
					w = pw
					c.Put(0, d, w, &SeenIDs{})
				} else {
					before := len(c.freeW)
					w = c.NewWindow()
					if len(c.freeW) < before {
						recycled++
					}
					for other, hw := range cur {
						if hw == w {
							t.Fatalf("txn %d: %s got the window %s holds in this transaction", txn, d, other)
						}
					}
					for other, hw := range prev {
						if hw == w {
							t.Fatalf("txn %d: %s got the window %s holds in the previous transaction", txn, d, other)
						}
					}
					w.LastResponse = d
					c.Put(0, d, w, &SeenIDs{})
				}
			}
			if w.LastResponse != d {
				t.Fatalf("txn %d: %s got the window of %q", txn, d, w.LastResponse)
			}
			cur[d] = w
		}
	}
	if recycled == 0 {
		t.Fatal("nothing was recycled: the test proves nothing")
	}
	if c.Recycled() == 0 {
		t.Error("Recycled counts nothing")
	}
}

// TestCacheRecyclingTurnAllocatesNothing: once a cache of cold domains
// recycles, a turn of new domains read into recycled windows allocates
// nothing.
func TestCacheRecyclingTurnAllocatesNothing(t *testing.T) {
	const capacity = 2048
	c := NewCache(capacity)
	names := domainNames(4 * capacity)
	next := 0
	turn := func() { // a transaction that reads a generation's worth of cold domains
		c.Advance()
		for range capacity / 2 {
			c.Put(0, names[next%len(names)], c.NewWindow(), c.NewSeenIDs())
			next++
		}
	}
	for range 8 {
		turn()
	}
	if allocs := testing.AllocsPerRun(10, turn); allocs > 0 {
		t.Errorf("a turn of %d cold domains allocated %.1f times", capacity/2, allocs)
	}
}
