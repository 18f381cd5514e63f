//go:build unix

package postfix

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestRevS26APipeIsRead: a log that cannot be read at an offset (a pipe:
// journalctl -o json | mailflow ingest postfix --file /dev/stdin) is read
// to its end; the check that the bytes before the read position are
// still there (review S26A-2) does not apply to it, and does not take it
// for a truncated file.
func TestRevS26APipeIsRead(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	cfg.File = filepath.Join(dir, "fifo")
	cfg.CheckpointFile = ""
	if err := syscall.Mkfifo(cfg.File, 0o600); err != nil {
		t.Skip("no FIFO here:", err)
	}
	go func() {
		f, err := os.OpenFile(cfg.File, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		for n := 0; n < 3000; n += 100 {
			f.WriteString(lines(n, n+100))
		}
	}()
	c := &collector{}
	st, err := Run(context.Background(), cfg, c.sink)
	if err != nil {
		t.Fatal(err)
	}
	requireExactly(t, c.recipients(), 0, 3000)
	if st.Truncations != 0 {
		t.Errorf("%d truncations of a pipe", st.Truncations)
	}
}
