package state

import (
	"fmt"
	"log/slog"
	"slices"
	"testing"
)

// TestStatesReadsEachDomainsChunks checks that StatesAttached, whose
// chunk iterators serve every domain in turn, gives each domain exactly
// the chunks State gives it: domains whose names extend one another (the
// 0x00 after the name keeps their keys apart), local chunks and those of
// an older release, a record of the oldest format (every id in chunks),
// a domain without chunks between two with, and domains never written.
func TestStatesReadsEachDomainsChunks(t *testing.T) {
	s, err := Open(t.TempDir(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	type dom struct {
		name         string
		local, older int  // chunks of each kind
		oldest       bool // record of windowFormat: every id in chunks
		undercount   bool // the record counts one chunk only
	}
	doms := []dom{
		{name: "a.example", local: 3},
		{name: "a.example.net", local: 1, older: 2},
		{name: "a.examplf", older: 1},
		{name: "b.example"},
		{name: "c.example", oldest: true, older: 2},
		{name: "d.example", local: 5},
		// A record that counts fewer chunks than the store holds (an
		// older release's record restored over local chunks): every
		// chunk is still read.
		{name: "e.example", local: 2, older: 1, undercount: true},
	}
	want := map[string][]uint64{}
	b := s.NewBatch()
	for _, d := range doms {
		seen := seenOf(490010, d.name+"-inline")
		want[d.name] = append(want[d.name], IDHash(d.name+"-inline"))
		chunk := func(seq int, local bool) {
			hs := []uint64{IDHash(fmt.Sprint(d.name, seq, "x")), IDHash(fmt.Sprint(d.name, seq, "y"))}
			want[d.name] = append(want[d.name], hs...)
			if local {
				seen.AddLocalChunk(uint64(seq), 490000, hs)
				must(t, b.Put(AppendLocalSeenKey(nil, d.name, uint64(seq)), AppendSeenChunk(nil, 490000, hs)))
			} else {
				seen.AddChunk(uint64(seq), 490000, hs)
				must(t, b.Put(AppendSeenKey(nil, d.name, uint64(seq)), AppendSeenChunk(nil, 490000, hs)))
			}
		}
		for i := range d.local {
			chunk(100+i, true)
		}
		for i := range d.older {
			chunk(10+i, false)
		}
		if d.undercount {
			seen.chunks = seen.chunks[:1]
		}
		v := AppendState(nil, stateWindow(), seen)
		if d.oldest {
			v = validRawWindow().encode()
			want[d.name] = want[d.name][1:] // the oldest format has no inline ids
		}
		must(t, b.Put(WindowKey(d.name), v))
	}
	must(t, b.Commit())

	names := []string{"0.example"} // never written
	for _, d := range doms {
		names = append(names, d.name)
	}
	names = append(names, "z.example")
	slices.Sort(names)
	ids := func(seen *SeenIDs) []uint64 {
		tab := NewSeenTable(nil)
		seen.Attach(tab, 1)
		var got []uint64
		for _, hs := range want {
			for _, h := range hs {
				if tab.Contains(SeenKey(1, h), 0) {
					got = append(got, h)
				}
			}
		}
		slices.Sort(got)
		if tab.Len() != len(got) {
			t.Errorf("the table holds %d ids, %d of them expected", tab.Len(), len(got))
		}
		return got
	}
	calls := 0
	err = s.States(names, func(i int, w *Window, seen *SeenIDs, err error) {
		calls++
		if err != nil {
			t.Fatalf("%s: %v", names[i], err)
		}
		exp := slices.Clone(want[names[i]])
		slices.Sort(exp)
		if got := ids(seen); !slices.Equal(got, exp) {
			t.Errorf("%s: States gave %d ids, want %d", names[i], len(got), len(exp))
		}
		_, one, err := s.State(names[i])
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(one); !slices.Equal(got, exp) {
			t.Errorf("%s: State gave %d ids, want %d", names[i], len(got), len(exp))
		}
		if seen.ChunkCount() != one.ChunkCount() || (names[i] == "e.example" && seen.ChunkCount() != 3) {
			t.Errorf("%s: States gave %d chunks, State %d", names[i], seen.ChunkCount(), one.ChunkCount())
		}
	})
	if err != nil || calls != len(names) {
		t.Fatalf("%d calls for %d domains: %v", calls, len(names), err)
	}
}

// TestStatesWithoutOlderChunks: a store this release wrote alone (no
// chunk of an older release) is read as fully, with the older prefix
// looked at once only.
func TestStatesWithoutOlderChunks(t *testing.T) {
	s, err := Open(t.TempDir(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	b := s.NewBatch()
	names := []string{"a.example", "b.example", "c.example"}
	for n, d := range names {
		seen := seenOf(490010, d+"-inline")
		for c := range n + 1 {
			hs := []uint64{IDHash(fmt.Sprint(d, c))}
			seen.AddLocalChunk(uint64(100+c), 490000, hs)
			must(t, b.Put(AppendLocalSeenKey(nil, d, uint64(100+c)), AppendSeenChunk(nil, 490000, hs)))
		}
		must(t, b.Put(WindowKey(d), AppendState(nil, stateWindow(), seen)))
	}
	must(t, b.Commit())
	err = s.States(names, func(i int, _ *Window, seen *SeenIDs, err error) {
		if err != nil || seen.ChunkCount() != i+1 || seen.Len() != i+2 {
			t.Errorf("%s: %d chunks, %d ids, %v; want %d and %d", names[i], seen.ChunkCount(), seen.Len(), err, i+1, i+2)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}
