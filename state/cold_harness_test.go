//go:build unix

package state

import (
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// TestColdStoreHarness runs the store's part of the processor at many cold
// domains: transactions of 10,000 events over MAILFLOW_COLD_DOMAINS
// domains (default 1,000,000; two events a domain), each reading the
// state of its domains in key order (StatesAttached) and writing one
// state record a domain. It reports the CPU time per event; it runs only
// when MAILFLOW_COLD_HARNESS is set (a minute or so).
func TestColdStoreHarness(t *testing.T) {
	if os.Getenv("MAILFLOW_COLD_HARNESS") == "" {
		t.Skip("set MAILFLOW_COLD_HARNESS=1 to run")
	}
	domains := 1_000_000
	if v, err := strconv.Atoi(os.Getenv("MAILFLOW_COLD_DOMAINS")); err == nil && v > 0 {
		domains = v
	}
	events, perTxn := 2*domains, 10_000
	s, err := Open(t.TempDir(), slog.New(slog.DiscardHandler), WithCacheSize(44<<20), WithMemTableSize(10<<20))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(42, 1))
	names := make([]string, 0, perTxn)
	var val []byte
	found := 0
	start, cpu0 := time.Now(), cpuTime()
	for done := 0; done < events; done += perTxn {
		names = names[:0]
		for range perTxn {
			names = append(names, fmt.Sprintf("d%07d.example", rng.IntN(domains)))
		}
		slices.Sort(names)
		names = slices.Compact(names)
		wins := make([]*Window, len(names))
		err := s.StatesAttached(names, nil, func(i int, w *Window, _ *SeenIDs, err error) {
			if err != nil {
				t.Fatal(err)
			}
			if w != nil {
				found++
			} else {
				w = &Window{}
			}
			wins[i] = w
		})
		if err != nil {
			t.Fatal(err)
		}
		b := s.NewBatchWithSize(len(names) * 200)
		for i, d := range names {
			w := wins[i]
			w.Seq++
			w.Status = schemas.StatusGood
			w.LastResponse = "250 2.0.0 OK queued as " + d
			var n int
			val, n = AppendStateRecord(val[:0], w, nil)
			if err := b.Put(WindowKey(d), val[:n]); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	cpu := cpuTime() - cpu0
	t.Logf("%d events over %d domains: %d states found; %.2f µs CPU per event (%.1f s wall)",
		events, domains, found, cpu.Seconds()*1e6/float64(events), time.Since(start).Seconds())
}

// cpuTime is the CPU time the process used so far (user + system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
