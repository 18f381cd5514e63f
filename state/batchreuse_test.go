package state

import (
	"testing"
)

// TestSizedBatchReusesCommittedOne: a sized batch takes the buffer of the
// last one committed (Pebble's pool loses it at every collection), and
// what that one held is not applied again.
func TestSizedBatchReusesCommittedOne(t *testing.T) {
	s := openTestStore(t)
	put := func(b *Batch, domain string, seq uint64) {
		t.Helper()
		if err := b.Put(WindowKey(domain), AppendWindow(nil, &Window{Seq: seq})); err != nil {
			t.Fatal(err)
		}
	}
	b1 := s.NewBatchWithSize(1 << 10)
	first := b1.b
	put(b1, "a.example", 1)
	if err := b1.Commit(); err != nil {
		t.Fatal(err)
	}
	// a.example moves on in a batch of another kind.
	b2 := s.NewBatch()
	put(b2, "a.example", 2)
	if err := b2.Commit(); err != nil {
		t.Fatal(err)
	}
	b3 := s.NewBatchWithSize(1 << 10)
	if b3.b != first {
		t.Error("the sized batch did not reuse the one committed before")
	}
	if n := b3.Len(); n != 0 {
		t.Fatalf("reused batch holds %d writes before any", n)
	}
	put(b3, "b.example", 3)
	if err := b3.Commit(); err != nil {
		t.Fatal(err)
	}
	for domain, seq := range map[string]uint64{"a.example": 2, "b.example": 3} {
		w, err := s.Window(domain)
		if err != nil || w == nil || w.Seq != seq {
			t.Errorf("%s: %+v %v, want seq %d", domain, w, err, seq)
		}
	}
	// A batch closed without a commit is not reused: it goes back to
	// Pebble, and the next sized batch is a new one.
	b4 := s.NewBatchWithSize(1 << 10)
	put(b4, "c.example", 4)
	b4.Close()
	if b5 := s.NewBatchWithSize(1 << 10); b5.Len() != 0 {
		t.Errorf("batch after a closed one holds %d writes", b5.Len())
	} else {
		b5.Close()
	}
	if w, err := s.Window("c.example"); err != nil || w != nil {
		t.Errorf("c.example: %+v %v, want no window (its batch was closed)", w, err)
	}
}
