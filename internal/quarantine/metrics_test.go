package quarantine

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/prometheus/client_golang/prometheus"
)

// TestCollector reads the metrics of a store through its life: sound,
// marked damaged by a read (the marker Listener writes), set aside at the
// next open (one directory kept), set aside again, and gone (reported no
// more); a store whose directory does not exist reports nothing.
func TestCollector(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "state")
	reg := prometheus.NewPedanticRegistry()
	reg.MustRegister(Collector(map[string]string{"state": dir, "log": filepath.Join(root, "logs")}))
	log := slog.New(slog.DiscardHandler)
	open := func() {
		t.Helper()
		db, err := Open(dir, "state store", &pebble.Options{}, log, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
	read := func() map[string]string {
		t.Helper()
		mfs, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, mf := range mfs {
			for _, m := range mf.GetMetric() {
				got[fmt.Sprintf("%s{store=%s}", mf.GetName(), m.GetLabel()[0].GetValue())] = fmt.Sprint(m.GetGauge().GetValue())
			}
		}
		return got
	}
	want := func(when string, damaged, aside int) {
		t.Helper()
		got := read()
		exp := map[string]string{
			"mailflow_store_damaged{store=state}":        fmt.Sprint(damaged),
			"mailflow_store_set_aside_dirs{store=state}": fmt.Sprint(aside),
		}
		if fmt.Sprint(got) != fmt.Sprint(exp) {
			t.Fatalf("%s: %v, want %v", when, got, exp)
		}
	}
	mark := func() {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, Marker), []byte("damaged\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	open()
	want("sound", 0, 0)
	mark()
	want("marked", 1, 0)
	open() // sets it aside
	want("set aside", 0, 1)
	mark()
	open()
	want("set aside twice", 0, 2)
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if got := read(); len(got) != 0 {
		t.Fatalf("gone: %v, want nothing", got)
	}
}
