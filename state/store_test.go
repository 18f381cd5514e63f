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
	// Thirty attempts in chunks of 7, 7, 7, 7 and 2: the first chunk
	// falls out of the live log, the second still holds attempts 13 and
	// 14 of the last 25 besides its older ones.
	cw := &Window{}
	for _, n := range []int{7, 7, 7, 7, 2} {
		start := cw.Seq + 1
		cw.Seq += uint64(n)
		key, dead := cw.AddLiveChunk(start, nil)
		var buf []byte
		var atts []LiveAttempt
		for seq := start; seq <= cw.Seq; seq++ {
			e := LiveEntry{Recipient: fmt.Sprintf("u%d@a.example", seq), CompletedAt: time.Unix(int64(seq), 0)}
			var a LiveAttempt
			buf, a = EncodeLiveAttempt(buf, "a.example", &e)
			atts = append(atts, a)
		}
		v := AppendLiveChunk(nil, start, atts)
		must(t, b.Put(AppendLiveKey(nil, "a.example", key), v))
		for _, k := range dead {
			must(t, b.Put(AppendLiveKey(nil, "a.example", k), nil))
		}
	}
	// A longer domain sharing the prefix must not leak into a.example's log.
	e := LiveEntry{Recipient: "x@a.example.org"}
	_, a := EncodeLiveAttempt(nil, "a.example.org", &e)
	must(t, b.Put(AppendLiveKey(nil, "a.example.org", 0), AppendLiveChunk(nil, 99, []LiveAttempt{a})))
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
	live, err := s.LiveLog("a.example")
	if err != nil {
		t.Fatal(err)
	}
	if len(live) != LiveLogSize || live[0].Seq != 30 || live[LiveLogSize-1].Seq != 6 {
		t.Fatalf("live log: %d entries, first seq %d, last seq %d; want 25 from 30 down to 6", len(live), live[0].Seq, live[len(live)-1].Seq)
	}
	for i, e := range live {
		if want := fmt.Sprintf("u%d@a.example", 30-i); e.Recipient != want {
			t.Fatalf("live log entry %d: %q, want %q", i, e.Recipient, want)
		}
	}
	for i, e := range live {
		if want := fmt.Sprintf("u%d@a.example", 30-i); e.Recipient != want {
			t.Fatalf("live log entry %d: %q, want %q", i, e.Recipient, want)
		}
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
