package state

import (
	"fmt"
	"log/slog"
	"testing"
)

// TestCacheKeepsBlocksBesideMemTables: a store's block cache keeps blocks
// up to the size it was given even with memtables as large as the cache,
// which Pebble charges to the same cache. Before, the memtables took it
// all and every read went to disk (1.3% hits at a million domains).
func TestCacheKeepsBlocksBesideMemTables(t *testing.T) {
	const cacheSize, memTable = 4 << 20, 4 << 20
	s, err := Open(t.TempDir(), slog.New(slog.DiscardHandler), WithCacheSize(cacheSize), WithMemTableSize(memTable))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// 24 MiB of state records: several flushes, and two full memtables
	// held at the end of the writes.
	value := make([]byte, 1000)
	const n = 24 << 10
	for i := 0; i < n; i += 1000 {
		b := s.NewBatch()
		for j := i; j < i+1000; j++ {
			if err := b.Put(WindowKey(fmt.Sprintf("d%06d.example", j)), value); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.db.Flush(); err != nil {
		t.Fatal(err)
	}
	// Read the first 3 MiB (flushed to tables) twice: the second pass
	// should be served by the cache.
	read := func() {
		for j := 0; j < 3<<10; j++ {
			found, err := s.get(WindowKey(fmt.Sprintf("d%06d.example", j)), func([]byte) error { return nil })
			if err != nil || !found {
				t.Fatalf("read d%06d.example: found %v, %v", j, found, err)
			}
		}
	}
	read()
	before := s.db.Metrics().BlockCache
	read()
	after := s.db.Metrics().BlockCache
	hits, misses := after.Hits-before.Hits, after.Misses-before.Misses
	if hits == 0 || misses > hits/10 {
		t.Errorf("second read of 3 MiB through a %d MiB cache: %d hits, %d misses (cache holds %d MiB); want nearly all hits",
			cacheSize>>20, hits, misses, after.Size>>20)
	}
}
