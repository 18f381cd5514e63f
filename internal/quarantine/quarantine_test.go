package quarantine

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
)

// TestDamagedStoreSetAside damages a real Pebble store on disk in several
// ways and checks that nothing panics, that a read of the damage fails as
// corruption and marks the store, and that the next Open sets Pebble's
// files aside (keeping them) and opens an empty store, leaving the files
// that are not Pebble's where they were.
func TestDamagedStoreSetAside(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, table string)
		// atOpen: Pebble refuses the files when opening; else the
		// damage is met by a read.
		atOpen bool
	}{
		{"flipped bytes in a data block", func(t *testing.T, table string) {
			b, err := os.ReadFile(table)
			if err != nil {
				t.Fatal(err)
			}
			for i := 3000; i < 3400; i++ {
				b[i] ^= 0xff
			}
			must(t, os.WriteFile(table, b, 0o600))
		}, false},
		{"a single flipped bit", func(t *testing.T, table string) {
			b, err := os.ReadFile(table)
			if err != nil {
				t.Fatal(err)
			}
			b[5000] ^= 0x10
			must(t, os.WriteFile(table, b, 0o600))
		}, false},
		{"truncated table", func(t *testing.T, table string) {
			must(t, os.Truncate(table, 5000))
		}, true},
		{"deleted table", func(t *testing.T, table string) {
			must(t, os.Remove(table))
		}, true},
		{"garbled manifest", func(t *testing.T, table string) {
			ms, _ := filepath.Glob(filepath.Join(filepath.Dir(table), "MANIFEST-*"))
			for _, m := range ms {
				b, err := os.ReadFile(m)
				if err != nil {
					t.Fatal(err)
				}
				for i := 10; i < len(b) && i < 60; i++ {
					b[i] ^= 0x5a
				}
				must(t, os.WriteFile(m, b, 0o600))
			}
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			log := slog.New(slog.DiscardHandler)
			open := func() (*pebble.DB, error) {
				return Open(dir, "test store", &pebble.Options{EventListener: Listener(dir, "test store", log), Logger: fatalLogger{t}}, log, time.Date(2026, 12, 1, 22, 0, 0, 0, time.UTC))
			}
			db, err := open()
			if err != nil {
				t.Fatal(err)
			}
			b := db.NewBatch()
			for i := range 20000 {
				must(t, b.Set([]byte(fmt.Sprintf("k%06d", i)), []byte(strings.Repeat("v", 40)), nil))
			}
			must(t, b.Commit(pebble.NoSync))
			must(t, db.Flush())
			must(t, db.Close())
			must(t, os.WriteFile(filepath.Join(dir, "instance-id"), []byte("a1\n"), 0o600))
			tables, _ := filepath.Glob(filepath.Join(dir, "*.sst"))
			if len(tables) != 1 {
				t.Fatalf("%d tables", len(tables))
			}
			tc.damage(t, tables[0])

			if !tc.atOpen {
				db, err := open()
				if err != nil {
					t.Fatalf("open before the damage is read: %v", err)
				}
				bad := 0
				for i := 0; i < 20000; i += 50 {
					_, closer, err := db.Get([]byte(fmt.Sprintf("k%06d", i)))
					if err == nil {
						closer.Close()
						continue
					}
					if !pebble.IsCorruptionError(err) {
						t.Fatalf("read: %v, want a corruption error", err)
					}
					bad++
				}
				if bad == 0 || !Marked(dir) {
					t.Fatalf("%d reads failed, marked %v: want the damage met and marked", bad, Marked(dir))
				}
				_ = db.Close()
			}
			db, err = open()
			if err != nil {
				t.Fatalf("open after the damage: %v", err)
			}
			defer db.Close()
			if _, _, err := db.Get([]byte("k000100")); !errors.Is(err, pebble.ErrNotFound) {
				t.Fatalf("the store reopened with %v, want it empty", err)
			}
			if Marked(dir) {
				t.Fatal("the marker is still there")
			}
			aside, _ := filepath.Glob(filepath.Join(dir, "damaged-20261201T220000Z-*", "MANIFEST-*"))
			if len(aside) == 0 {
				t.Fatalf("the damaged store was not kept aside: %v", aside)
			}
			if b, err := os.ReadFile(filepath.Join(dir, "instance-id")); err != nil || string(b) != "a1\n" {
				t.Fatalf("a file that is not Pebble's was moved: %q %v", b, err)
			}
		})
	}
}

// fatalLogger fails the test where Pebble would have stopped the process.
type fatalLogger struct{ t *testing.T }

func (l fatalLogger) Infof(string, ...any)  {}
func (l fatalLogger) Errorf(string, ...any) {}
func (l fatalLogger) Fatalf(format string, args ...any) {
	l.t.Errorf("pebble Fatalf: "+format, args...)
	panic("fatal")
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestSetAsideLeavesAnOpenStore: a store another process (here another
// Pebble instance) has open is never moved, even when it is marked; the
// caller is told to stop the other first. Two set-asides in one second
// keep both copies.
func TestSetAsideLeavesAnOpenStore(t *testing.T) {
	dir := t.TempDir()
	log := slog.New(slog.DiscardHandler)
	now := time.Date(2026, 12, 1, 22, 0, 0, 0, time.UTC)
	db, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	must(t, db.Set([]byte("k"), []byte("v"), pebble.Sync))
	must(t, os.WriteFile(filepath.Join(dir, Marker), []byte("x\n"), 0o600))
	if _, err := Open(dir, "test store", &pebble.Options{}, log, now); err == nil || !strings.Contains(err.Error(), "another process has it open") {
		t.Fatalf("Open of a marked store another holds: %v, want refused", err)
	}
	if v, closer, err := db.Get([]byte("k")); err != nil || string(v) != "v" {
		t.Fatalf("the open store lost its data: %q %v", v, err)
	} else {
		closer.Close()
	}
	must(t, db.Close())
	for range 2 {
		must(t, os.WriteFile(filepath.Join(dir, Marker), []byte("x\n"), 0o600))
		db, err := Open(dir, "test store", &pebble.Options{}, log, now)
		if err != nil {
			t.Fatal(err)
		}
		must(t, db.Set([]byte("k"), []byte("v"), pebble.Sync))
		must(t, db.Close())
	}
	if asides, _ := filepath.Glob(filepath.Join(dir, "damaged-20261201T220000Z-*", "MANIFEST-*")); len(asides) < 2 {
		t.Fatalf("two set-asides in one second kept %d copies, want 2", len(asides))
	}
}
