package postfix

import (
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRevS22CCopyTruncateWhileDiscarding: an over-long line whose length
// is exactly what was read (nothing of it pending) when the file is
// copy-truncated: the tailer keeps discarding after seeking to 0 and drops
// the first line of the new content in silence.
func TestRevS22CCopyTruncateWhileDiscarding(t *testing.T) {
	path := filepath.Join(t.TempDir(), "maillog")
	const maxLine = 4096
	if err := os.WriteFile(path, []byte(strings.Repeat("x", maxLine+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	tl := newTailer(path, true, maxLine, 10*time.Millisecond, slog.New(slog.DiscardHandler))
	if err := tl.open(nil); err != nil {
		t.Fatal(err)
	}
	defer tl.close()
	if _, _, tooLong, err := tl.next(); err != nil || !tooLong {
		t.Fatalf("first: tooLong %v err %v", tooLong, err)
	}
	if _, _, _, err := tl.next(); !errors.Is(err, errNoData) {
		t.Fatalf("second: %v", err)
	}
	// copytruncate, then a new line
	if err := os.Truncate(path, 0); err != nil {
		t.Fatal(err)
	}
	appendFile(t, path, "first line after truncation\nsecond\n")
	var got []string
	for range 5 {
		text, _, _, err := tl.next()
		if errors.Is(err, errNoData) || errors.Is(err, io.EOF) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(text))
	}
	if len(got) == 0 || got[0] != "first line after truncation" {
		t.Errorf("lines after the truncation: %q, want the first one too", got)
	}
}
