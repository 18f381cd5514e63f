package processor

import (
	"slices"
	"testing"

	"github.com/twmb/franz-go/pkg/kgo"
)

func TestMemoryBudget(t *testing.T) {
	t.Parallel()
	for _, total := range []int64{MinMemoryLimit, 200<<20 + 12345, 256 << 20, DefaultMemoryLimit, 1 << 30, 16 << 30} {
		b, err := NewMemoryBudget(total)
		if err != nil {
			t.Fatal(err)
		}
		// Never more than the budget: the reserve, the Go heap and the
		// stores as Pebble holds them at most.
		parts := memoryReserve + b.GoHeap + b.offHeap()
		if parts > total {
			t.Errorf("%d MiB: parts add up to %d MiB", total>>20, parts>>20)
		}
		// The slack left for Pebble's other allocations is the only
		// part not given out.
		if slack := total - parts; slack < (total-memoryReserve)/1000*sharePebbleSlack {
			t.Errorf("%d MiB: %d MiB of slack", total>>20, slack>>20)
		}
		// Every part has a floor that works at the smallest budget.
		for _, f := range []struct {
			name       string
			got, floor int64
		}{
			// 44 MiB at the smallest budget (the seen ids are off it).
			{"Go heap", b.GoHeap, 43 << 20},
			{"seen tables", b.SeenTable, 8 << 20},
			{"state cache", b.StateCache, 8 << 20},
			{"state memtable", b.StateMemTable, 2 << 20},
			{"log cache", b.LogCache, 4 << 20},
			{"log memtable", b.LogMemTable, 1 << 20},
			{"windows", int64(b.WindowCache), 5000},
			{"fetch", int64(b.FetchMaxBytes), minFetchBytes},
			{"producer buffer", b.ProduceBufferBytes, 2 * MaxMessageBytes},
		} {
			if f.got < f.floor {
				t.Errorf("%d MiB: %s %d below its floor %d", total>>20, f.name, f.got, f.floor)
			}
		}
		if int64(b.FetchMaxBytes) > maxFetchBytes {
			t.Errorf("%d MiB: fetch %d above %d", total>>20, b.FetchMaxBytes, maxFetchBytes)
		}
		// What the fetch keeps live, and the window cache, fit in the Go
		// heap with room for the collector.
		if live := int64(b.FetchMaxBytes)*fetchHeapFactor + int64(b.WindowCache)*windowCacheEntryBytes; live > b.GoHeap*3/4 && b.FetchMaxBytes > minFetchBytes {
			t.Errorf("%d MiB: fetch and windows %d MiB of a %d MiB Go heap", total>>20, live>>20, b.GoHeap>>20)
		}
	}
	if _, err := NewMemoryBudget(MinMemoryLimit - 1); err == nil {
		t.Error("a budget below the minimum was accepted")
	}
}

// TestMemoryBudgetGrows checks that no part shrinks as the budget grows.
func TestMemoryBudgetGrows(t *testing.T) {
	t.Parallel()
	prev, _ := NewMemoryBudget(MinMemoryLimit)
	for total := int64(MinMemoryLimit + 1<<20); total <= 4<<30; total += 7 << 20 {
		b, _ := NewMemoryBudget(total)
		if b.GoHeap < prev.GoHeap || b.StateCache < prev.StateCache || b.StateMemTable < prev.StateMemTable || b.LogCache < prev.LogCache ||
			b.LogMemTable < prev.LogMemTable || b.WindowCache < prev.WindowCache || b.FetchMaxBytes < prev.FetchMaxBytes {
			t.Fatalf("%d MiB: %+v after %+v", total>>20, b, prev)
		}
		prev = b
	}
}

// TestMemoryBudgetKafkaOptions checks that the options a client is built
// with carry the budget's bounds.
func TestMemoryBudgetKafkaOptions(t *testing.T) {
	t.Parallel()
	b, err := NewMemoryBudget(256 << 20)
	if err != nil {
		t.Fatal(err)
	}
	cl, err := kgo.NewClient(append(b.KafkaOptions(), kgo.SeedBrokers("127.0.0.1:1"))...)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	for name, want := range map[string]any{
		"FetchMaxBytes":          b.FetchMaxBytes,
		"FetchMaxPartitionBytes": b.FetchMaxBytes,
		"MaxBufferedBytes":       b.ProduceBufferBytes,
	} {
		if got := cl.OptValue(name); got != want {
			t.Errorf("%s = %v (%T), want %v", name, got, got, want)
		}
	}
}

// TestMemoryBudgetTable checks the table in MemoryBudget's doc comment,
// in tenths of a MiB (fetch in KiB), so that the doc says what the code does.
func TestMemoryBudgetTable(t *testing.T) {
	t.Parallel()
	tenths := func(n int64) int64 { return (n*10 + 1<<19) >> 20 }
	for _, row := range []struct {
		total                                                               int64
		goHeap, seenTable, stateCache, stateMemTable, logCache, logMemTable int64
		windows                                                             int
		fetchKiB                                                            int32
	}{
		{256, 1080, 238, 281, 65, 108, 43, 13823, 575},
		{384, 1720, 378, 447, 103, 172, 69, 22015, 917},
		{1024, 4920, 1082, 1279, 295, 492, 197, 62975, 2623},
	} {
		b, err := NewMemoryBudget(row.total << 20)
		if err != nil {
			t.Fatal(err)
		}
		got := []int64{tenths(b.GoHeap), tenths(b.SeenTable), tenths(b.StateCache), tenths(b.StateMemTable), tenths(b.LogCache), tenths(b.LogMemTable), int64(b.WindowCache), int64(b.FetchMaxBytes >> 10)}
		want := []int64{row.goHeap, row.seenTable, row.stateCache, row.stateMemTable, row.logCache, row.logMemTable, int64(row.windows), int64(row.fetchKiB)}
		if !slices.Equal(got, want) {
			t.Errorf("%d MiB: %v, the doc says %v", row.total, got, want)
		}
	}
}
