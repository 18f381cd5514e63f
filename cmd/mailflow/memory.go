package main

import (
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/mailflow/mailflow/processor"
)

// byteSize is a flag of a size in bytes, written as a number with an
// optional binary unit (KiB, MiB, GiB; K, M, G mean the same) or B.
type byteSize int64

func (b *byteSize) String() string {
	switch v := int64(*b); {
	case v != 0 && v%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", v>>30)
	case v != 0 && v%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", v>>20)
	default:
		return strconv.FormatInt(v, 10)
	}
}

func (b *byteSize) Set(s string) error {
	v, err := parseByteSize(s)
	if err != nil {
		return err
	}
	*b = byteSize(v)
	return nil
}

// parseByteSize reads "384MiB", "1GiB", "512M" or "1048576".
func parseByteSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	mult, unit := int64(1), false
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult, unit = strings.TrimSuffix(t, u.suffix), u.mult, true
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(t), 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("%q is not a size (e.g. 384MiB, 1GiB)", s)
	}
	if !unit && n > 0 && n < 1<<20 {
		// "10" meant 10 MiB or GiB, surely not 10 bytes: said here, the
		// budget's own check would report "0 MiB".
		return 0, fmt.Errorf("%q is %d bytes: give a unit (e.g. 384MiB, 1GiB)", s, n)
	}
	return n * mult, nil
}

// applyMemoryLimit sets the Go heap's soft limit from the instance's
// memory budget (processor.MemoryBudget.GoHeap), unless GOMEMLIMIT is set
// in the environment, which then wins as the Go runtime documents.
//
// It also caps the C allocator's arenas (limitMallocArenas), which hold
// Pebble's caches when cgo is on.
func applyMemoryLimit(b processor.MemoryBudget, log *slog.Logger) {
	limitMallocArenas(os.Getenv)
	if v := os.Getenv("GOMEMLIMIT"); v != "" {
		log.Info("memory budget", "limit_mib", b.Total>>20, "go_heap", "GOMEMLIMIT="+v)
		return
	}
	debug.SetMemoryLimit(b.GoHeap)
	log.Debug("memory budget", "limit_mib", b.Total>>20, "go_heap_mib", b.GoHeap>>20, "state_cache_mib", b.StateCache>>20,
		"state_memtable_mib", b.StateMemTable>>20, "log_cache_mib", b.LogCache>>20, "log_memtable_mib", b.LogMemTable>>20, "window_cache", b.WindowCache,
		"fetch_max_kib", b.FetchMaxBytes>>10, "produce_buffer_mib", b.ProduceBufferBytes>>20)
}
