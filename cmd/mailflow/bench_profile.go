package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
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

// writeAllocProfile writes the process's allocation profile (pprof's
// "allocs": sampled allocations since the start, and the live heap at the
// last collection) to path, after a collection so that the live heap is
// current.
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
}

var goStatsMetrics = []string{
	"/gc/heap/allocs:bytes", "/gc/heap/allocs:objects", "/gc/cycles/total:gc-cycles",
	"/cpu/classes/gc/total:cpu-seconds", "/cpu/classes/total:cpu-seconds", "/cpu/classes/idle:cpu-seconds",
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
	return goStats{AllocBytes: u(0), AllocObjects: u(1), GCCycles: u(2), GCCPU: f(3), GoCPU: f(4) - f(5)}
}

// since returns the counts from earlier to s.
func (s goStats) since(earlier goStats) goStats {
	return goStats{
		AllocBytes: s.AllocBytes - earlier.AllocBytes, AllocObjects: s.AllocObjects - earlier.AllocObjects,
		GCCycles: s.GCCycles - earlier.GCCycles, GCCPU: s.GCCPU - earlier.GCCPU, GoCPU: s.GoCPU - earlier.GoCPU,
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
