package logstore

import (
	"context"
	"testing"
	"time"
)

// BenchmarkAppendFlush measures the CPU time per attempt of the
// processor's live path into the store: AppendCounted in batches, and the
// background flushes of the buffer as segments, with the buffer of the
// default memory budget (the 6 MiB memtable share, a buffer of 9 MiB) and
// 10,000 domains arriving within the hour, as mailflow bench logs loads
// them. The CPU time is the process's (user + system), which on a shared
// machine says more than the wall time:
//
//	go test ./logstore -run '^$' -bench AppendFlush -benchtime 5x -count 3
func BenchmarkAppendFlush(b *testing.B) {
	const n, domains = 300_000, 10_000
	g := newBenchGen(7, domains, n, time.Now().Add(-30*time.Minute), 20*time.Minute)
	all := make([]Attempt, n)
	for i := range all {
		all[i] = g.next(0.15)
	}
	ctx := context.Background()
	var cpu, appendCPU time.Duration
	b.ResetTimer()
	for range b.N {
		s, err := Open(b.TempDir(), benchPartitionOf, WithTuning(6<<20, 32, false))
		if err != nil {
			b.Fatal(err)
		}
		cpu0 := cpuTime()
		for done := 0; done < n; {
			batch := all[done:min(done+5000, n)]
			a0 := cpuTime()
			if _, err := s.AppendCounted(ctx, batch); err != nil {
				b.Fatal(err)
			}
			appendCPU += cpuTime() - a0
			done += len(batch)
		}
		if err := s.Flush(); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - cpu0
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(n*b.N), "cpu-ns/attempt")
	b.ReportMetric(float64(appendCPU.Nanoseconds())/float64(n*b.N), "append-cpu-ns/attempt")
}
