package state

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"testing"
)

// seenOf returns a set that counted ids at hour, inline.
func seenOf(hour uint32, ids ...string) *SeenIDs {
	s := &SeenIDs{}
	var hs []uint64
	for _, id := range ids {
		h := IDHash(id)
		s.Add(h)
		hs = append(hs, h)
	}
	s.Remember(hour, hs)
	return s
}

// TestStateRecordIsPrefix checks that a state value's changelog record is
// its prefix without the seen ids, which decodes to the same window and
// says nothing of seen ids, and that format 4 (an older release's record,
// ids included, in the changelog too) still decodes with its ids.
func TestStateRecordIsPrefix(t *testing.T) {
	for _, tc := range []struct {
		name string
		seen *SeenIDs
	}{
		{"no set", nil},
		{"empty set", &SeenIDs{}},
		{"inline ids", seenOf(490000, "a", "b", "c")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := stateWindow()
			v, n := AppendStateRecord(nil, w, tc.seen)
			if n <= 0 || n >= len(v) {
				t.Fatalf("changelog record of %d bytes in a value of %d", n, len(v))
			}
			rw, rseen, known, err := DecodeState(v[:n])
			if err != nil || !known || rseen.Len() != 0 || rseen.DeclaredChunks() != 0 {
				t.Fatalf("changelog record: known %v, %d ids, %v", known, rseen.Len(), err)
			}
			lw, lseen, known, err := DecodeState(v)
			if err != nil || !known {
				t.Fatalf("local value: known %v, %v", known, err)
			}
			if !windowsEqual(rw, lw) {
				t.Fatalf("windows differ:\n%+v\n%+v", rw, lw)
			}
			want := 0
			if tc.seen != nil {
				want = tc.seen.Len()
			}
			if lseen.Len() != want {
				t.Fatalf("local value: %d ids, want %d", lseen.Len(), want)
			}
			// The same bytes under format 4 are an older release's
			// record: still read, ids included.
			old := bytes.Clone(v)
			old[0] = stateFormat4
			_, oseen, known, err := DecodeState(old)
			if err != nil || !known || oseen.Len() != want {
				t.Fatalf("format 4: known %v, %d ids, %v", known, oseen.Len(), err)
			}
			// Format 4 without its seen part is corrupt: only format 5
			// may end there.
			if _, _, _, err := DecodeState(old[:n]); !errors.Is(err, ErrCorrupt) {
				t.Fatalf("format 4 cut before its ids: %v, want ErrCorrupt", err)
			}
		})
	}
}

func windowsEqual(a, b *Window) bool {
	return bytes.Equal(AppendWindow(nil, a), AppendWindow(nil, b))
}

// TestWithLocalSeen checks what a restore stores for a changelog record:
// the record with the stored value's seen ids behind it, unless the
// record carries ids itself or the stored value has none to give.
func TestWithLocalSeen(t *testing.T) {
	w := stateWindow()
	newer := stateWindow()
	newer.Seq += 3
	local, _ := AppendStateRecord(nil, w, seenOf(490000, "a", "b"))
	record, n := AppendStateRecord(nil, newer, nil)
	record = record[:n]
	older := olderWindow(AppendState(nil, w, nil))
	format4 := bytes.Clone(AppendState(nil, newer, seenOf(490001, "z")))
	format4[0] = stateFormat4
	for _, tc := range []struct {
		name          string
		value, local  []byte
		want          []byte
		wantErr       bool
		wantIDs       []string
		wantKnown     bool
		wantNewWindow bool
	}{
		{name: "record over a value with ids", value: record, local: local, wantIDs: []string{"a", "b"}, wantKnown: true},
		{name: "nothing stored", value: record, local: nil, want: record},
		{name: "stored value without ids (restored)", value: record, local: record, want: record},
		{name: "stored window of format 2", value: record, local: older, want: record},
		{name: "record of format 4 keeps its own ids", value: format4, local: local, want: format4},
		{name: "corrupt stored value", value: record, local: []byte{5, 9}, wantErr: true},
		{name: "corrupt record", value: []byte{9}, local: local, wantErr: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := WithLocalSeen(tc.value, tc.local)
			if tc.wantErr {
				if !errors.Is(err, ErrCorrupt) {
					t.Fatalf("error %v, want ErrCorrupt", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.want != nil {
				if !bytes.Equal(got, tc.want) {
					t.Fatalf("got % x\nwant % x", got, tc.want)
				}
				return
			}
			gw, seen, known, err := DecodeState(got)
			if err != nil || known != tc.wantKnown {
				t.Fatalf("merged value: known %v, %v", known, err)
			}
			if gw.Seq != newer.Seq {
				t.Fatalf("merged window seq %d, want the record's %d", gw.Seq, newer.Seq)
			}
			for _, id := range tc.wantIDs {
				if !seen.Contains(IDHash(id)) {
					t.Fatalf("merged value lost id %s", id)
				}
			}
			if seen.Len() != len(tc.wantIDs) {
				t.Fatalf("merged value holds %d ids, want %d", seen.Len(), len(tc.wantIDs))
			}
		})
	}
}

// TestSeenRecover checks the calls a recovery from the input topics
// makes: ids already held are not added again, the inline part grows past
// SeenInlineMax, spills go to local chunks at seqs no chunk has, and the
// value holding many inline ids decodes to the same set (indexed).
func TestSeenRecover(t *testing.T) {
	s := seenOf(490000, "a", "b")
	s.Spill(5)
	s.AddChunk(7, 490000, []uint64{IDHash("old")}) // an older release's
	if s.Recover(IDHash("a"), 490001) || s.Recover(IDHash("old"), 490001) {
		t.Fatal("a held id was recovered again")
	}
	if got := s.NextRecoveredSeq(); got != recoveredSeqBase {
		t.Fatalf("first recovered seq %d, want %d", got, uint64(recoveredSeqBase))
	}
	var ids []uint64
	for i := range 3 * seenIndexMin {
		h := IDHash(fmt.Sprint("r", i))
		if !s.Recover(h, 490002) {
			t.Fatalf("id %d not recovered", i)
		}
		ids = append(ids, h)
	}
	if len(s.Inline()) != len(ids) || s.index == nil {
		t.Fatalf("%d inline ids, index %v; want %d and an index", len(s.Inline()), s.index != nil, len(ids))
	}
	v := AppendState(nil, stateWindow(), s)
	_, back, known, err := DecodeState(v)
	if err != nil || !known || back.Len() != len(ids) || back.index == nil || back.DeclaredChunks() != 2 {
		t.Fatalf("decoded: %d ids, index %v, %d chunks, %v", back.Len(), back.index != nil, back.DeclaredChunks(), err)
	}
	for _, h := range ids {
		if !back.Contains(h) {
			t.Fatalf("decoded set lost %x", h)
		}
	}
	seq := s.NextRecoveredSeq()
	s.Spill(seq)
	if next := s.NextRecoveredSeq(); next != seq+1 {
		t.Fatalf("next recovered seq %d after %d", next, seq)
	}
	// Expiry reports each chunk with where it is kept.
	dead := s.Expire(490003, nil)
	var local, changelog int
	for _, c := range dead {
		key := AppendChunkKey(nil, "x.example", c)
		switch {
		case c.Local && key[0] == prefixLocalSeen:
			local++
		case !c.Local && key[0] == prefixSeen && c.Seq == 7:
			changelog++
		default:
			t.Fatalf("expired chunk %+v keyed %q", c, key[0])
		}
	}
	if local != 2 || changelog != 1 || s.Len() != 0 {
		t.Fatalf("expired %d local and %d older chunks, %d ids left; want 2, 1, 0", local, changelog, s.Len())
	}
}

// TestStoreLocalSeen checks the store's side: a domain's local and older
// chunks are both loaded, a value restored without ids has none, the input checkpoints round-trip, only the changelog's
// kinds pass CheckRecord, and DropPartition removes the local keys too.
func TestStoreLocalSeen(t *testing.T) {
	s, err := Open(t.TempDir(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w := stateWindow()
	seen := seenOf(490000, "a")
	seen.AddLocalChunk(3, 490000, []uint64{IDHash("l")})
	seen.AddChunk(2, 490000, []uint64{IDHash("o")})
	record, n := AppendStateRecord(nil, w, nil)
	b := s.NewBatch()
	must(t, b.Put(WindowKey("a.example"), AppendState(nil, w, seen)))
	must(t, b.Put(AppendLocalSeenKey(nil, "a.example", 3), AppendSeenChunk(nil, 490000, []uint64{IDHash("l")})))
	must(t, b.Put(AppendSeenKey(nil, "a.example", 2), AppendSeenChunk(nil, 490000, []uint64{IDHash("o")})))
	must(t, b.Put(WindowKey("b.example"), record[:n]))
	must(t, b.Put(AppendLocalSeenKey(nil, "b.example", 9), AppendSeenChunk(nil, 490000, []uint64{IDHash("m")})))
	must(t, b.SetCheckpoint(0, 10, w.LastAt))
	must(t, b.SetInputCheckpoint(0, InputDeliveries, 42))
	must(t, b.Put(AppendPositionKey(nil, 0, InputRepartition), binary.BigEndian.AppendUint64(nil, 7)))
	must(t, b.Commit())
	// b.example's value was restored from the changelog: it has no ids
	// (the restore writes those of the input topics), and no chunk is
	// looked for.
	for domain, ids := range map[string][]string{"a.example": {"a", "l", "o"}, "b.example": nil} {
		_, got, err := s.State(domain)
		if err != nil || got.Len() != len(ids) {
			t.Fatalf("%s: %d ids (%v), want %v", domain, got.Len(), err, ids)
		}
		for _, id := range ids {
			if !got.Contains(IDHash(id)) {
				t.Fatalf("%s: id %s not loaded", domain, id)
			}
		}
	}
	if off, ok, err := s.InputCheckpoint(0, InputDeliveries); err != nil || !ok || off != 42 {
		t.Fatalf("input checkpoint %d %v %v, want 42", off, ok, err)
	}
	if _, ok, err := s.InputCheckpoint(0, InputRepartition); err != nil || ok {
		t.Fatalf("input checkpoint of a source never written: %v %v", ok, err)
	}
	for _, tc := range []struct {
		key  []byte
		pass bool
	}{
		{AppendPositionKey(nil, 0, InputDeliveries), true},
		{AppendLocalSeenKey(nil, "a.example", 3), false},
		{AppendInputKey(nil, 0, InputDeliveries), false},
		{AppendPositionKey(nil, 0, 'x'), false},
	} {
		err := CheckRecord(tc.key, binary.BigEndian.AppendUint64(nil, 5))
		if (err == nil) != tc.pass || (err != nil && !errors.Is(err, ErrCorrupt)) {
			t.Errorf("CheckRecord(%q): %v, want pass %v", tc.key, err, tc.pass)
		}
	}
	if _, err := s.DropPartition(0, func(string) int32 { return 0 }); err != nil {
		t.Fatal(err)
	}
	it, err := s.db.NewIter(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	for ok := it.First(); ok; ok = it.Next() {
		t.Errorf("key %q left after DropPartition", it.Key())
	}
}

func FuzzParsePosition(f *testing.F) {
	f.Add(AppendPositionKey(nil, 3, InputDeliveries), binary.BigEndian.AppendUint64(nil, 99))
	f.Add(AppendPositionKey(nil, 0, InputRepartition), []byte(nil))
	f.Fuzz(func(t *testing.T, key, value []byte) {
		p, src, next, ok, err := ParsePosition(key, value)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) || !ok {
				t.Fatalf("error %v (ok %v) does not wrap ErrCorrupt", err, ok)
			}
			return
		}
		if !ok {
			return
		}
		if !bytes.Equal(AppendPositionKey(nil, p, src), key) {
			t.Fatalf("key % x decoded to partition %d source %q", key, p, src)
		}
		if value != nil && !bytes.Equal(binary.BigEndian.AppendUint64(nil, uint64(next)), value) {
			t.Fatalf("value % x decoded to %d", value, next)
		}
	})
}

// TestStatesAttached checks that a set StatesAttached attaches before its
// chunks are read takes their ids into the table as they are read, with
// their hours, and never gathers them itself (no slice of spilled ids, no
// hash index on the Go heap): the table then holds what States and an
// Attach after it would have put there.
func TestStatesAttached(t *testing.T) {
	s, err := Open(t.TempDir(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w := stateWindow()
	seen := seenOf(490010, "inline")
	var want []SeenID
	want = append(want, SeenID{IDHash("inline"), 490010})
	b := s.NewBatch()
	for c := range 40 {
		var hs []uint64
		for i := range 50 {
			h := IDHash(fmt.Sprint("c", c, "-", i))
			hs = append(hs, h)
			want = append(want, SeenID{h, 490000 + uint32(c%7)})
		}
		seen.AddLocalChunk(uint64(10+c), 490000+uint32(c%7), hs)
		must(t, b.Put(AppendLocalSeenKey(nil, "a.example", uint64(10+c)), AppendSeenChunk(nil, 490000+uint32(c%7), hs)))
	}
	seen.AddChunk(2, 490003, []uint64{IDHash("older")})
	want = append(want, SeenID{IDHash("older"), 490003})
	must(t, b.Put(AppendSeenKey(nil, "a.example", 2), AppendSeenChunk(nil, 490003, []uint64{IDHash("older")})))
	must(t, b.Put(WindowKey("a.example"), AppendState(nil, w, seen)))
	must(t, b.Commit())

	dom := uint64(77)
	load := func(attached bool) *SeenTable {
		tab := NewSeenTable(nil)
		var attach func(int, *SeenIDs)
		if attached {
			attach = func(_ int, seen *SeenIDs) { seen.Attach(tab, dom) }
		}
		err := s.StatesAttached([]string{"a.example", "b.example"}, attach, func(i int, w *Window, seen *SeenIDs, err error) {
			if err != nil {
				t.Fatal(err)
			}
			if i == 1 {
				if w != nil || seen.Len() != 0 {
					t.Fatalf("b.example: window %v, %d ids", w, seen.Len())
				}
				return
			}
			if attached {
				if !seen.Attached() || seen.spilled != nil || seen.index != nil {
					t.Fatalf("attached before its chunks: attached %v, %d spilled ids, index %v", seen.Attached(), len(seen.spilled), seen.index != nil)
				}
			} else {
				seen.Attach(tab, dom)
			}
			if seen.Len() != len(want) || seen.ChunkCount() != 41 {
				t.Fatalf("attached %v: %d ids in %d chunks, want %d in 41", attached, seen.Len(), seen.ChunkCount(), len(want))
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		return tab
	}
	before, after := load(false), load(true)
	for _, tab := range []*SeenTable{before, after} {
		if tab.Len() != len(want) {
			t.Fatalf("table holds %d ids, want %d", tab.Len(), len(want))
		}
		for _, id := range want {
			if !tab.Contains(SeenKey(dom, id.Hash), id.Hour) || tab.Contains(SeenKey(dom, id.Hash), id.Hour+1) {
				t.Fatalf("id %x not held at hour %d", id.Hash, id.Hour)
			}
		}
	}
}
