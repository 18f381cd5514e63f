package state

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// sameWindow reports whether two windows hold the same state: all their
// fields but the counts AddCounting keeps (windowCounts), which are a
// cache of what their entries say, not state.
func sameWindow(a, b *Window) bool {
	if a == nil || b == nil {
		return a == b
	}
	x, y := *a, *b
	x.counts, y.counts = windowCounts{}, windowCounts{}
	return reflect.DeepEqual(x, y)
}

// recount counts w's entries afresh, as windowCounts counts them (above
// for limit).
func recount(w *Window, limit uint32) (failures, recipient, samples, above int) {
	for _, e := range w.Entries {
		if e.Outcome != schemas.OutcomeDelivered {
			failures++
			if RecipientCategory(e.Category) {
				recipient++
			}
		}
		if delaySample(&e) {
			samples++
			if e.DelayMillis > limit {
				above++
			}
		}
	}
	return
}

// delayAboveSorted is DelayAbove by its definition: the median of the
// sorted delay samples against the limit.
func delayAboveSorted(w *Window, limit uint32) bool {
	n := 0
	for _, e := range w.Entries {
		if delaySample(&e) {
			n++
		}
	}
	return n >= MinDelaySamples && w.CurrentDelayMillis() > float64(limit)
}

// TestWindowCountsAgainstRecount drives windows through random attempts
// under changing windows, budgets and rules, and random restores (a
// decoded or cloned window, entries set or appended by hand), and checks
// after every step that the status AddCounting gives and what DelayAbove
// answers are those of a count of the whole window, and that the counts
// the window keeps are a recount's.
func TestWindowCountsAgainstRecount(t *testing.T) {
	outcomes := []schemas.Outcome{schemas.OutcomeDelivered, schemas.OutcomeDelivered, schemas.OutcomeBounced, schemas.OutcomeDeferred, schemas.OutcomeExpired}
	cats := []schemas.Category{schemas.CategoryDelivered, schemas.CategoryUserUnknown, schemas.CategoryMailboxFull, schemas.CategoryMailboxDisabled, schemas.CategoryPolicyRejected, schemas.CategoryOther}
	limits := []uint32{0, 500, 1000, 1500, 60000}
	for seed := range uint64(40) {
		rng := rand.New(rand.NewPCG(seed, 11))
		w := &Window{}
		at := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
		n := 1 + rng.IntN(30)
		for step := range 600 {
			switch rng.IntN(40) {
			case 0: // the window in force changes (a smaller one drops attempts at once)
				n = 1 + rng.IntN(30)
			case 1: // restored from its state record
				got, err := DecodeWindow(AppendWindow(nil, w))
				if err != nil {
					t.Fatal(err)
				}
				w = got
			case 2:
				w = w.Clone()
			case 3: // entries set by hand: a new array of the same length
				w.Entries = slices.Clone(w.Entries)
				if len(w.Entries) > 0 {
					w.Entries[0].Outcome = outcomes[rng.IntN(len(outcomes))]
				}
			case 4: // appended to by hand
				w.Entries = append(w.Entries, Entry{Outcome: schemas.OutcomeBounced, Category: schemas.CategoryUserUnknown, DelayMillis: 700})
				w.Seq++
			case 5:
				w.Entries = nil
			}
			e := Entry{Outcome: outcomes[rng.IntN(len(outcomes))], Category: cats[rng.IntN(len(cats))], DelayMillis: uint32(rng.IntN(4)) * 500}
			exclude := rng.IntN(2) == 0
			b := rng.IntN(n + 1)
			from := w.Status
			at = at.Add(time.Second)
			c := w.AddCounting(e, n, b, exclude, at, 250, "ok")
			want := schemas.StatusGood
			if w.CountedFailures(exclude) > b {
				want = schemas.StatusBad
			}
			if c.From != from || c.To != want || w.Status != want {
				t.Fatalf("seed %d step %d: change %v→%v, status %v; a recount says %v→%v", seed, step, c.From, c.To, w.Status, from, want)
			}
			limit := limits[rng.IntN(len(limits))]
			if got, want := w.DelayAbove(limit), delayAboveSorted(w, limit); got != want {
				t.Fatalf("seed %d step %d: DelayAbove(%d) = %v, the median says %v (entries %v)", seed, step, limit, got, want, w.Entries)
			}
			f, r, s, a := recount(w, limit)
			k := &w.counts
			if k.n != len(w.Entries) || (k.n > 0 && k.of != &w.Entries[0]) || k.failures != f || k.recipient != r || k.samples != s ||
				!k.limited || k.limit != limit || k.above != a {
				t.Fatalf("seed %d step %d: counts %+v, a recount of %d entries gives failures %d, recipient %d, samples %d, above %d (limit %d)",
					seed, step, *k, len(w.Entries), f, r, s, a, limit)
			}
		}
	}
}

// TestTopCategoriesOrder checks TopCategories against the sort it
// replaced (sort.SliceStable by count, ties in category order) on random
// windows.
func TestTopCategoriesOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		w := &Window{}
		for range rng.IntN(30) {
			o := schemas.OutcomeBounced
			if rng.IntN(3) == 0 {
				o = schemas.OutcomeDelivered
			}
			w.Entries = append(w.Entries, Entry{Outcome: o, Category: schemas.Category(rng.IntN(schemas.NumCategories))})
		}
		var counts [schemas.NumCategories]int
		for _, e := range w.Entries {
			if e.Outcome != schemas.OutcomeDelivered {
				counts[e.Category]++
			}
		}
		var want []CategoryCount
		for c, n := range counts {
			if n > 0 {
				want = append(want, CategoryCount{Category: schemas.Category(c), Count: n})
			}
		}
		sort.SliceStable(want, func(i, j int) bool { return want[i].Count > want[j].Count })
		max := 1 + rng.IntN(6)
		if len(want) > max {
			want = want[:max]
		}
		if got := w.TopCategories(max); !reflect.DeepEqual(got, want) {
			t.Fatalf("TopCategories(%d) = %v, want %v", max, got, want)
		}
	}
}
