package state

import (
	"reflect"
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
	c := NewCache(4)
	old := usedWindow(9)
	c.freeW = append(c.freeW, old)
	c.freeS = append(c.freeS, &SeenIDs{declared: 5, pending: []uint64{1, 2}})
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
