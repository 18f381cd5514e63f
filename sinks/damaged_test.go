package sinks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/mailflow/mailflow/internal/quarantine"
)

// TestDamagedSinkStoreSetAside: a sink store whose table was damaged on
// disk (truncated, or bytes flipped) is set aside and opened empty, like
// the processor's stores, rather than failing every start (left since the
// fifteenth session: the README told operators to move it by hand); the
// damage shows in mailflow_store_damaged / mailflow_store_set_aside_dirs.
func TestDamagedSinkStoreSetAside(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, table string)
	}{
		{"truncated", func(t *testing.T, table string) {
			if err := os.Truncate(table, 100); err != nil {
				t.Fatal(err)
			}
		}},
		{"flipped bytes", func(t *testing.T, table string) {
			b, err := os.ReadFile(table)
			if err != nil {
				t.Fatal(err)
			}
			for i := len(b) / 4; i < len(b)/4+200 && i < len(b); i++ {
				b[i] ^= 0xff
			}
			if err := os.WriteFile(table, b, 0o600); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			log := testLogger(t)
			st, err := openStore(dir, log)
			if err != nil {
				t.Fatal(err)
			}
			ids := make([]string, 2000)
			for i := range ids {
				ids[i] = strings.Repeat("x", 40) + string(rune('a'+i%26)) + time.Duration(i).String()
			}
			if err := st.finish("hook:https://h.example.net/", "a.example", ids, outcomeDelivered, time.Now()); err != nil {
				t.Fatal(err)
			}
			if err := st.db.Flush(); err != nil {
				t.Fatal(err)
			}
			if err := st.close(); err != nil {
				t.Fatal(err)
			}
			tables, _ := filepath.Glob(filepath.Join(dir, "*.sst"))
			if len(tables) == 0 {
				t.Fatal("no table to damage")
			}
			for _, f := range tables {
				tc.damage(t, f)
			}
			// The WAL would replay the records into a new table: the
			// damage must be met in the table, as after a flush long ago.
			logs, _ := filepath.Glob(filepath.Join(dir, "*.log"))
			for _, f := range logs {
				if err := os.Remove(f); err != nil {
					t.Fatal(err)
				}
			}
			st, err = openStore(dir, log)
			if err != nil {
				t.Fatalf("a damaged sink store does not open: %v", err)
			}
			// A table Pebble cannot open is set aside at once; damage in
			// a block is met by the read of it, which fails and marks
			// the store, and the next start sets it aside.
			failed := 0
			for _, id := range ids {
				if _, _, err := st.done(id, "hook:https://h.example.net/"); err != nil {
					failed++
				}
			}
			if failed > 0 {
				if !quarantine.Marked(dir) {
					t.Fatalf("%d reads failed and the store is not marked damaged", failed)
				}
				if err := st.close(); err != nil {
					t.Fatal(err)
				}
				if st, err = openStore(dir, log); err != nil {
					t.Fatalf("a store marked damaged does not open: %v", err)
				}
			}
			for _, id := range ids {
				if _, ok, err := st.done(id, "hook:https://h.example.net/"); err != nil || ok {
					t.Fatalf("after the set-aside: done %v, %v; want an empty store", ok, err)
				}
			}
			if err := st.db.Set([]byte("d\x00probe"), []byte{byte(outcomeDelivered)}, pebble.Sync); err != nil {
				t.Errorf("the store opened empty does not write: %v", err)
			}
			if err := st.close(); err != nil {
				t.Fatal(err)
			}
			aside, _ := filepath.Glob(filepath.Join(dir, "damaged-*"))
			if len(aside) != 1 {
				t.Fatalf("%d directories set aside, want 1", len(aside))
			}
			reg := prometheus.NewRegistry()
			reg.MustRegister(quarantine.Collector(map[string]string{"sink": dir}))
			mfs, err := reg.Gather()
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]float64{}
			for _, mf := range mfs {
				for _, m := range mf.GetMetric() {
					got[mf.GetName()] = m.GetGauge().GetValue()
				}
			}
			if got["mailflow_store_set_aside_dirs"] != 1 || got["mailflow_store_damaged"] != 0 {
				t.Errorf("metrics %v, want one set-aside directory and no marker", got)
			}
		})
	}
}
