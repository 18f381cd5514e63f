package state

import (
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"
)

// TestCloseGivesUpAFlushThatCannotEnd: with its directory removed under
// it, the store's flush fails and Pebble retries it without end; Close
// returns an error within its bound instead of waiting for ever (review
// S26A-5), and a store whose flush ends closes as before.
func TestCloseGivesUpAFlushThatCannotEnd(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	for _, removed := range []bool{false, true} {
		dir := t.TempDir()
		s, err := Open(dir, log, WithMemTableSize(4<<20), WithCloseFlushTimeout(2*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		b := s.NewBatch()
		must(t, b.Put(WindowKey("example.org"), AppendWindow(nil, &Window{})))
		must(t, b.Commit())
		if removed {
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
		}
		start := time.Now()
		err = s.Close()
		took := time.Since(start)
		switch {
		case !removed && err != nil:
			t.Errorf("Close of an intact store: %v", err)
		case removed && (err == nil || !strings.Contains(err.Error(), "did not flush within 2s")):
			t.Errorf("Close with the directory removed: %v, want the flush given up", err)
		case took > 20*time.Second:
			t.Errorf("Close took %s", took)
		}
	}
}
