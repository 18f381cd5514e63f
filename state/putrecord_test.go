package state

import (
	"fmt"
	"log/slog"
	"testing"

	"github.com/mailflow/mailflow/schemas"
)

// TestPutRecordIndexesFlaggedStatus: restore derives the status index from
// each state record's status byte, whose low bits are the status and whose
// upper bits are the detection flags. A Good or Bad domain that is also
// delayed, silent or both is listed under its status.
func TestPutRecordIndexesFlaggedStatus(t *testing.T) {
	s, err := Open(t.TempDir(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	b := s.NewBatch()
	want := map[schemas.Status]int{}
	for _, st := range []schemas.Status{schemas.StatusGood, schemas.StatusBad} {
		for _, flags := range []struct{ delayed, silent bool }{{false, false}, {true, false}, {false, true}, {true, true}} {
			w := stateWindow()
			w.Status, w.Delayed, w.Silent = st, flags.delayed, flags.silent
			domain := fmt.Sprintf("%s-%v-%v.example", st, flags.delayed, flags.silent)
			if err := b.PutRecord(2, AppendWindowKey(nil, domain), AppendState(nil, w, nil)); err != nil {
				t.Fatal(err)
			}
			want[st]++
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	for st, n := range want {
		got, err := s.Domains(2, st, "", 100)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != n {
			t.Errorf("%s: %d domains indexed (%v), want %d", st, len(got), got, n)
		}
	}
}
