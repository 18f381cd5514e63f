package state

import (
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

func TestStore(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	b := s.NewBatch()
	w := &Window{Seq: 30, Status: schemas.StatusBad, LastResponse: "550 no"}
	must(t, b.Put(WindowKey("a.example"), AppendWindow(nil, w)))
	// A live-log chunk as an older release kept it: dropped at the next
	// open (the log store serves the live log now).
	must(t, b.Put([]byte("la.example\x00\x03"), []byte{3, 1, 2}))
	for _, d := range []string{"c.example", "a.example", "b.example"} {
		must(t, b.Put(AppendIndexKey(nil, 3, schemas.StatusBad, d), []byte{}))
	}
	must(t, b.Put(AppendIndexKey(nil, 4, schemas.StatusBad, "z.example"), []byte{}))
	must(t, b.SetCheckpoint(3, 1234, time.Now()))
	must(t, b.Commit())

	must(t, s.Close())
	if s, err = Open(dir, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	got, err := s.Window("a.example")
	if err != nil || got == nil || got.Seq != 30 || got.Status != schemas.StatusBad {
		t.Fatalf("window after reopen: %+v, %v", got, err)
	}
	if w, err := s.Window("nobody.example"); w != nil || err != nil {
		t.Fatalf("absent window: %+v, %v", w, err)
	}
	if found, err := s.get([]byte("la.example\x00\x03"), func([]byte) error { return nil }); found || err != nil {
		t.Fatalf("an older release's live-log chunk after reopen: found %v, %v", found, err)
	}
	if off, _ := s.Checkpoint(3); off != 1234 {
		t.Fatalf("checkpoint %d", off)
	}
	if off, _ := s.Checkpoint(9); off != 0 {
		t.Fatalf("unknown partition checkpoint %d", off)
	}
	page, _ := s.Domains(3, schemas.StatusBad, "", 2)
	next, _ := s.Domains(3, schemas.StatusBad, page[len(page)-1], 2)
	if fmt.Sprint(page, next) != "[a.example b.example] [c.example]" {
		t.Fatalf("pages %v %v", page, next)
	}
	if n, _ := s.CountByStatus(3, schemas.StatusBad); n != 3 {
		t.Fatalf("count %d", n)
	}

	b = s.NewBatch()
	must(t, b.Put(AppendIndexKey(nil, 3, schemas.StatusBad, "a.example"), nil))
	must(t, b.Commit())
	if n, _ := s.CountByStatus(3, schemas.StatusBad); n != 2 {
		t.Fatalf("count after tombstone %d", n)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
