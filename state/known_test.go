package state

import (
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// waitKnown waits for the scan of the store's known domains to end.
func waitKnown(t *testing.T, s *Store) {
	t.Helper()
	select {
	case <-s.known.stop.done:
	case <-time.After(10 * time.Second):
		t.Fatal("the scan of the known domains did not end")
	}
	if !s.known.ready.Load() {
		t.Fatal("the known domains are not ready after the scan")
	}
}

// TestKnownDomainsSet checks the set itself: every domain added is held
// through growth, and an absent one is held only as a rare fingerprint
// collision.
func TestKnownDomainsSet(t *testing.T) {
	k := newKnownDomains(knownDomainsLimit)
	defer k.close()
	k.ready.Store(true)
	if k.mayHave("a.example") {
		t.Fatal("an empty set holds a.example")
	}
	const n = 200_000
	for i := range n {
		k.add(fmt.Appendf(nil, "d%d.example", i))
		k.add(fmt.Appendf(nil, "d%d.example", i/2)) // again: held once
	}
	if k.n > n {
		t.Fatalf("%d fingerprints for %d domains", k.n, n)
	}
	for i := range n {
		if !k.mayHave(fmt.Sprintf("d%d.example", i)) {
			t.Fatalf("d%d.example was added and is not held", i)
		}
	}
	false_ := 0
	for i := range n {
		if k.mayHave(fmt.Sprintf("other%d.example", i)) {
			false_++
		}
	}
	if false_ > n/1000 {
		t.Fatalf("%d of %d absent domains held (fingerprint collisions should be about n/2^31 a lookup)", false_, n)
	}
	if k.bytes.Load() > 12*n {
		t.Fatalf("%d bytes for %d domains", k.bytes.Load(), n)
	}
	// Not ready: every domain may be there.
	k.ready.Store(false)
	if !k.mayHave("other.example") {
		t.Fatal("a set not ready ruled a domain out")
	}
}

// TestKnownDomainsStore checks that StatesAttached finds every state
// record whatever wrote it (a batch, a Loader's batch or table, a store
// reopened and scanned) and answers empty for the others, as Pebble does.
func TestKnownDomainsStore(t *testing.T) {
	now := time.UnixMilli(1_790_000_000_000)
	dir := t.TempDir()
	s, err := Open(dir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	waitKnown(t, s)
	want := map[string]uint64{}
	b := s.NewBatch()
	for i := range 300 {
		d := fmt.Sprintf("batch%03d.example", i)
		w := &Window{Status: schemas.StatusGood, Seq: uint64(i + 1)}
		v, n := AppendStateRecord(nil, w, nil)
		must(t, b.PutRecord(0, WindowKey(d), v[:n]))
		want[d] = w.Seq
	}
	must(t, b.Commit())
	for _, ingest := range []bool{false, true} {
		var run []changelogRecord
		for i := range 300 {
			d := fmt.Sprintf("load%v%03d.example", ingest, i)
			w := &Window{Status: schemas.StatusBad, Seq: uint64(1000 + i)}
			v, n := AppendStateRecord(nil, w, nil)
			run = append(run, changelogRecord{1, WindowKey(d), v[:n]})
			want[d] = w.Seq
		}
		applyLoader(t, s, [][]changelogRecord{run}, now, ingest)
	}
	check := func(s *Store, what string) {
		t.Helper()
		var names []string
		for d := range want {
			names = append(names, d)
		}
		rng := rand.New(rand.NewPCG(1, 2))
		for i := range 500 {
			names = append(names, fmt.Sprintf("absent%03d.example", i))
		}
		rng.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
		// StatesAttached reads in key order, as the processor asks.
		slices.Sort(names)
		found := 0
		err := s.StatesAttached(names, nil, func(i int, w *Window, seen *SeenIDs, err error) {
			if err != nil {
				t.Fatalf("%s: %s: %v", what, names[i], err)
			}
			seq, ok := want[names[i]]
			switch {
			case ok && (w == nil || w.Seq != seq):
				t.Errorf("%s: %s: window %+v, want seq %d", what, names[i], w, seq)
			case !ok && w != nil:
				t.Errorf("%s: %s has a window %+v", what, names[i], w)
			case seen == nil:
				t.Errorf("%s: %s: no seen ids", what, names[i])
			}
			if w != nil {
				found++
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if found != len(want) {
			t.Errorf("%s: %d windows found, want %d", what, found, len(want))
		}
	}
	check(s, "written")
	must(t, s.Close())
	if s, err = Open(dir, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Before the scan ends and after.
	check(s, "reopened")
	waitKnown(t, s)
	check(s, "reopened and scanned")
	if s.KnownDomainsBytes() <= 0 {
		t.Error("the scanned set holds no memory")
	}
}

// TestKnownDomainsLimit checks that a set that outgrows its limit gives
// up, and that every domain may then be in the store.
func TestKnownDomainsLimit(t *testing.T) {
	k := newKnownDomains(64 << 10)
	defer k.close()
	k.ready.Store(true)
	for i := range 100_000 {
		k.add(fmt.Appendf(nil, "d%d.example", i))
		if k.bytes.Load() > 64<<10 {
			t.Fatalf("%d bytes after %d domains, over the limit", k.bytes.Load(), i+1)
		}
	}
	if !k.off || k.ready.Load() || k.bytes.Load() != 0 {
		t.Fatalf("off %v, ready %v, %d bytes after 100,000 domains in 64 KiB", k.off, k.ready.Load(), k.bytes.Load())
	}
	if !k.mayHave("d5.example") || !k.mayHave("other.example") {
		t.Fatal("a set given up ruled a domain out")
	}
	// A store opened with a limit too small for any table asks Pebble.
	s, err := Open(t.TempDir(), slog.New(slog.DiscardHandler), WithKnownDomainsLimit(0))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !s.known.off || !s.known.mayHave("a.example") {
		t.Fatal("a store without a set ruled a domain out")
	}
}
