package state

import (
	"bytes"
	"log/slog"
	"testing"
)

// putWindow writes a window of seq for domain into b.
func putWindow(t *testing.T, b *Batch, domain string, seq uint64) {
	t.Helper()
	if err := b.Put(WindowKey(domain), AppendWindow(nil, &Window{Seq: seq})); err != nil {
		t.Fatal(err)
	}
}

// TestSizedBatchReusesCommittedOne: a sized batch takes the buffer of the
// last one committed (Pebble's pool loses it to the collector), and what
// that one held is not applied again; a batch closed without a commit is
// not kept.
func TestSizedBatchReusesCommittedOne(t *testing.T) {
	s := openTestStore(t)
	const size = 256 << 10
	b1 := s.NewBatchWithSize(size)
	first := b1.b
	putWindow(t, b1, "a.example", 1)
	if err := b1.Commit(); err != nil {
		t.Fatal(err)
	}
	// a.example moves on in a batch of another kind.
	b2 := s.NewBatch()
	putWindow(t, b2, "a.example", 2)
	if err := b2.Commit(); err != nil {
		t.Fatal(err)
	}
	b3 := s.NewBatchWithSize(size)
	if b3.b != first {
		t.Error("the sized batch did not reuse the one committed before")
	}
	if n := b3.Len(); n != 0 {
		t.Fatalf("reused batch holds %d writes before any", n)
	}
	putWindow(t, b3, "b.example", 3)
	if err := b3.Commit(); err != nil {
		t.Fatal(err)
	}
	for domain, seq := range map[string]uint64{"a.example": 2, "b.example": 3} {
		w, err := s.Window(domain)
		if err != nil || w == nil || w.Seq != seq {
			t.Errorf("%s: %+v %v, want seq %d", domain, w, err, seq)
		}
	}
	b4 := s.NewBatchWithSize(size)
	putWindow(t, b4, "c.example", 4)
	b4.Close()
	if s.spare.Load() != nil {
		t.Error("a batch closed without a commit was kept for reuse")
	}
	if b5 := s.NewBatchWithSize(size); b5.Len() != 0 {
		t.Errorf("batch after a closed one holds %d writes", b5.Len())
	} else {
		b5.Close()
	}
	if w, err := s.Window("c.example"); err != nil || w != nil {
		t.Errorf("c.example: %+v %v, want no window (its batch was closed)", w, err)
	}
}

// TestSizedBatchHasTheRoomAskedFor: a kept buffer smaller than the size
// asked for is not used (the batch would regrow by doubling, copying as it
// goes), and a new one has room to spare.
func TestSizedBatchHasTheRoomAskedFor(t *testing.T) {
	s := openTestStore(t)
	for _, tc := range []struct{ first, then int }{
		{64 << 10, 2 << 20},
		{256 << 10, 300 << 10},
		{2 << 20, 1 << 20},
	} {
		b1 := s.NewBatchWithSize(tc.first)
		putWindow(t, b1, "a.example", 1)
		if err := b1.Commit(); err != nil {
			t.Fatal(err)
		}
		b2 := s.NewBatchWithSize(tc.then)
		if got := cap(b2.b.Repr()); got < tc.then {
			t.Errorf("after %d: NewBatchWithSize(%d) has room for %d bytes", tc.first, tc.then, got)
		}
		b2.Close()
	}
}

// TestSizedBatchAfterALargeOne: a batch too large for a memtable is
// applied as a flushable batch, which takes the batch's buffer; the next
// sized batch has the room asked for and commits only its own writes, and
// the large batch's writes read back.
func TestSizedBatchAfterALargeOne(t *testing.T) {
	s, err := Open(t.TempDir(), slog.New(slog.DiscardHandler), WithMemTableSize(4<<20))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	big := s.NewBatchWithSize(3 << 20)
	val := bytes.Repeat([]byte{'v'}, 64<<10)
	for i := range 48 { // 3 MiB: above the large-batch threshold of a 4 MiB memtable
		if err := big.Put([]byte{'z', byte(i)}, val); err != nil {
			t.Fatal(err)
		}
	}
	if err := big.Commit(); err != nil {
		t.Fatal(err)
	}
	if spare := s.spare.Load(); spare != nil {
		t.Errorf("a batch whose buffer Pebble took was kept for reuse (room for %d bytes)", cap(spare.Repr()))
	}
	next := s.NewBatchWithSize(1 << 20)
	if next.Len() != 0 {
		t.Fatalf("batch after the large one holds %d writes", next.Len())
	}
	if got := cap(next.b.Repr()); got < 1<<20 {
		t.Errorf("batch after the large one has room for %d bytes, asked for %d", got, 1<<20)
	}
	putWindow(t, next, "a.example", 5)
	if err := next.Commit(); err != nil {
		t.Fatal(err)
	}
	if w, err := s.Window("a.example"); err != nil || w == nil || w.Seq != 5 {
		t.Fatalf("a.example: %+v %v", w, err)
	}
	for i := range 48 {
		found, err := s.get([]byte{'z', byte(i)}, func(v []byte) error {
			if !bytes.Equal(v, val) {
				t.Errorf("key %d: value of %d bytes changed", i, len(v))
			}
			return nil
		})
		if err != nil || !found {
			t.Fatalf("key %d: found %v, %v", i, found, err)
		}
	}
}
