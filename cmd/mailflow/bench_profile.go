package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"
)

// benchProfiles names the profiles a processor phase writes: its CPU
// profile and its allocation profile, each "" for none.
type benchProfiles struct {
	cpu, mem string
}

// args returns the flags that make a processor phase write the profiles;
// the run without a compared feature writes them to FILE.without, so
// that the two runs of a compare can be set side by side (pprof -diff_base).
func (p benchProfiles) args(without bool) []string {
	suffix := ""
	if without {
		suffix = ".without"
	}
	var args []string
	if p.cpu != "" {
		args = append(args, "--cpuprofile", p.cpu+suffix)
	}
	if p.mem != "" {
		args = append(args, "--memprofile", p.mem+suffix)
	}
	return args
}

// writeAllocProfile writes the process's heap profile (pprof's "allocs":
// sampled allocations since the start, and what is live) to path, after a
// collection so that what is live is current.
func writeAllocProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("allocation profile: %w", err)
	}
	runtime.GC()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		_ = f.Close()
		return fmt.Errorf("allocation profile %s: %w", path, err)
	}
	return f.Close()
}

// goStats is what the Go runtime did over a span of a phase: what it
// allocated on the heap, how often it collected, and the CPU time the
// collector took, as runtime/metrics counts them. Allocations do not
// depend on the machine's load, so they compare runs on a busy machine
// where CPU times do not.
type goStats struct {
	AllocBytes   uint64  `json:"alloc_bytes"`
	AllocObjects uint64  `json:"alloc_objects"`
	GCCycles     uint64  `json:"gc_cycles"`
	GCCPU        float64 `json:"gc_cpu_seconds"` // /cpu/classes/gc/total: mark assists, background marking, pauses
	GoCPU        float64 `json:"go_cpu_seconds"` // /cpu/classes/total minus idle: what the runtime's own account says the process used
	// LiveHeap is the heap the last collection found live (a level, not
	// a count): with the Go heap's limit, it sets how much may be
	// allocated between collections.
	LiveHeap uint64 `json:"live_heap_bytes"`
	// Levels are the heap's levels over the span (see sampleHeap).
	Levels heapLevels `json:"levels"`
}

var goStatsMetrics = []string{
	"/gc/heap/allocs:bytes", "/gc/heap/allocs:objects", "/gc/cycles/total:gc-cycles",
	"/cpu/classes/gc/total:cpu-seconds", "/cpu/classes/total:cpu-seconds", "/cpu/classes/idle:cpu-seconds", "/gc/heap/live:bytes",
}

// readGoStats returns the runtime's counters since the process started.
func readGoStats() goStats {
	ms := make([]metrics.Sample, len(goStatsMetrics))
	for i, n := range goStatsMetrics {
		ms[i].Name = n
	}
	metrics.Read(ms)
	u := func(i int) uint64 {
		if ms[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return ms[i].Value.Uint64()
	}
	f := func(i int) float64 {
		if ms[i].Value.Kind() != metrics.KindFloat64 {
			return 0
		}
		return ms[i].Value.Float64()
	}
	return goStats{AllocBytes: u(0), AllocObjects: u(1), GCCycles: u(2), GCCPU: f(3), GoCPU: f(4) - f(5), LiveHeap: u(6)}
}

// since returns the counts from earlier to s.
func (s goStats) since(earlier goStats) goStats {
	return goStats{
		AllocBytes: s.AllocBytes - earlier.AllocBytes, AllocObjects: s.AllocObjects - earlier.AllocObjects,
		GCCycles: s.GCCycles - earlier.GCCycles, GCCPU: s.GCCPU - earlier.GCCPU, GoCPU: s.GoCPU - earlier.GoCPU,
		LiveHeap: s.LiveHeap, Levels: s.Levels,
	}
}

// gcShare returns the collector's part of the CPU time the runtime
// accounts for, 0 when it accounts for none.
func (s goStats) gcShare() float64 {
	if s.GoCPU <= 0 {
		return 0
	}
	return s.GCCPU / s.GoCPU
}

// heapLevels are the Go heap's levels averaged over a run: what the
// collector found live, the heap size it aimed at (its goal, which the
// memory limit caps), and the memory the runtime held. Collections come
// as often as the allocations fill the gap between live and goal, so the
// gap says why one run collects more often than another.
type heapLevels struct {
	Live int64 `json:"mean_live_bytes"`
	Goal int64 `json:"mean_goal_bytes"`
	Held int64 `json:"mean_held_bytes"` // /memory/classes/total minus what was released to the system
}

// sampleHeap samples the heap's levels every interval until the returned
// function is called, which returns their means.
func sampleHeap(interval time.Duration) (stop func() heapLevels) {
	ms := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/heap/goal:bytes"}, {Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	done, result := make(chan struct{}), make(chan heapLevels, 1)
	go func() {
		var sum [3]float64
		n := 0
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			metrics.Read(ms)
			sum[0] += float64(ms[0].Value.Uint64())
			sum[1] += float64(ms[1].Value.Uint64())
			sum[2] += float64(ms[2].Value.Uint64() - ms[3].Value.Uint64())
			n++
			select {
			case <-done:
				result <- heapLevels{Live: int64(sum[0] / float64(n)), Goal: int64(sum[1] / float64(n)), Held: int64(sum[2] / float64(n))}
				return
			case <-t.C:
			}
		}
	}()
	return func() heapLevels {
		close(done)
		return <-result
	}
}
