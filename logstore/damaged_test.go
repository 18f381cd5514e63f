package logstore

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mailflow/mailflow/internal/quarantine"
)

// TestDamagedLogSetAside checks that a log store whose tables were
// damaged on disk opens empty, with no checkpoint (so the processor
// rebuilds it from the deliveries topic, as for a lost directory), and
// keeps the damaged files aside, rather than failing or panicking at every
// start; and that a read meeting damage fails and marks the store.
func TestDamagedLogSetAside(t *testing.T) {
	start := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	clock := &testClock{start.Add(30 * time.Hour)}
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, table string)
	}{
		{"truncated", func(t *testing.T, table string) {
			if err := os.Truncate(table, 200); err != nil {
				t.Fatal(err)
			}
		}},
		{"flipped bytes", func(t *testing.T, table string) {
			b, err := os.ReadFile(table)
			if err != nil {
				t.Fatal(err)
			}
			for i := len(b) / 3; i < len(b)/3+300; i++ {
				b[i] ^= 0xff
			}
			if err := os.WriteFile(table, b, 0o600); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(dir, partitionOf, WithClock(clock.now), WithLogger(slog.New(slog.DiscardHandler)))
			if err != nil {
				t.Fatal(err)
			}
			appendAll(t, s, genAttempts(rand.New(rand.NewPCG(5, 6)), 20000, start, 30*time.Hour), 5000)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			tables, _ := filepath.Glob(filepath.Join(dir, "*.sst"))
			for _, f := range tables {
				if fi, err := os.Stat(f); err == nil && fi.Size() > 100<<10 {
					tc.damage(t, f)
				}
			}

			s, err = Open(dir, partitionOf, WithClock(clock.now), WithLogger(slog.New(slog.DiscardHandler)))
			if err != nil {
				t.Fatalf("open: %v", err)
			}
			if aside, _ := filepath.Glob(filepath.Join(dir, "damaged-*")); len(aside) == 0 {
				// Opened over the damage: a scan meets it, fails and
				// marks the store; the next open sets it aside.
				failed := false
				for _, d := range testDomains {
					if err := s.Each(context.Background(), d, Filter{}, func(*Attempt) error { return nil }); err != nil {
						failed = true
					}
				}
				if !failed || !quarantine.Marked(dir) {
					t.Fatalf("scans failed %v, marked %v: want the damage met and marked", failed, quarantine.Marked(dir))
				}
				s.Close()
				if s, err = Open(dir, partitionOf, WithClock(clock.now), WithLogger(slog.New(slog.DiscardHandler))); err != nil {
					t.Fatalf("open after the damage was marked: %v", err)
				}
			}
			defer s.Close()
			for _, d := range testDomains {
				page, err := s.Query(context.Background(), d, Filter{Limit: 10})
				if err != nil || len(page.Attempts) != 0 {
					t.Fatalf("%s after the damage: %d attempts, %v; want an empty log", d, len(page.Attempts), err)
				}
			}
			if aside, _ := filepath.Glob(filepath.Join(dir, "damaged-*", "*.sst")); len(aside) == 0 {
				t.Fatal("the damaged tables were not kept aside")
			}
		})
	}
}
