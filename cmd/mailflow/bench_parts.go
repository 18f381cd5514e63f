package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/google/pprof/profile"
)

// A benchPart is one part of the processor's work that mailflow bench
// --parts reports the CPU of: the samples of a CPU profile are given to
// the part of the innermost frame of their stack that names one, so that
// the collector's work belongs to the collector whoever allocated, and a
// Pebble compaction to Pebble whichever store it compacts.
type benchPart struct {
	name string
	// prefixes are function-name prefixes (package path and receiver,
	// as pprof names functions) that put a frame in the part.
	prefixes []string
}

// benchParts returns the parts, in the order they are printed. A frame
// that matches none of them passes the sample to its caller, so that the
// broker connections' reads and writes count for the franz-go frames that
// called them, and a state or Pebble function for the processor's frame
// that called it; a stack none of whose frames matches is "other" (the
// runtime's scheduler, the API, metrics). For one frame the parts are
// tried in this order.
func benchParts() []benchPart {
	return []benchPart{
		{"garbage collector", []string{
			"runtime.gcBgMarkWorker", "runtime.gcAssistAlloc", "runtime.gcDrain", "runtime.bgsweep",
			"runtime.bgscavenge", "runtime.gcStart", "runtime.markroot", "runtime.wbBufFlush", "runtime.gcWriteBarrier",
			"runtime.(*mheap).scavenge", "runtime.sweepone", "runtime.(*sweepLocked).sweep", "runtime.deductSweepCredit",
		}},
		{"Pebble flush and compaction", []string{
			"github.com/cockroachdb/pebble/v2.(*DB).compact", "github.com/cockroachdb/pebble/v2.(*DB).flush",
			"github.com/cockroachdb/pebble/v2.(*DB).runCompaction", "github.com/cockroachdb/pebble/v2.(*tableCompaction)",
			"github.com/cockroachdb/pebble/v2.(*DB).runIngestFlush",
		}},
		{"diagnosis", []string{"github.com/mailflow/mailflow/diagnose."}},
		{"log store", []string{"github.com/mailflow/mailflow/logstore.", "github.com/mailflow/mailflow/processor.(*txn).appendLogs"}},
		{"state reads (cold domains)", []string{
			"github.com/mailflow/mailflow/processor.(*shard).loadMissing", "github.com/mailflow/mailflow/state.(*Store).States",
			"github.com/mailflow/mailflow/state.DecodeState", "github.com/mailflow/mailflow/state.decodeState",
		}},
		{"decode", []string{"github.com/mailflow/mailflow/processor.(*shard).decode", "github.com/mailflow/mailflow/schemas."}},
		{"store update (Pebble batch)", []string{
			"github.com/mailflow/mailflow/processor.(*txn).apply", "github.com/mailflow/mailflow/processor.(*txn).prepare",
		}},
		{"evaluate", []string{"github.com/mailflow/mailflow/processor.(*shard).", "github.com/mailflow/mailflow/processor.(*txn).run"}},
		{"fetch", []string{
			"github.com/twmb/franz-go/pkg/kgo.(*source)", "github.com/twmb/franz-go/pkg/kgo.ProcessFetchPartition",
			"github.com/twmb/franz-go/pkg/kgo.(*ProcessFetchPartitionOpts)", "github.com/twmb/franz-go/pkg/kgo.(*Client).PollRecords",
			"github.com/twmb/franz-go/pkg/kgo.(*GroupTransactSession).PollRecords", "github.com/twmb/franz-go/pkg/kgo.(*decompressor)",
		}},
		{"changelog and alerts (produce, end transaction)", []string{
			"github.com/twmb/franz-go/pkg/kgo.(*sink)", "github.com/twmb/franz-go/pkg/kgo.(*recBuf)", "github.com/twmb/franz-go/pkg/kgo.(*recBatch)",
			"github.com/twmb/franz-go/pkg/kgo.(*produceRequest)", "github.com/twmb/franz-go/pkg/kgo.(*Client).Produce",
			"github.com/twmb/franz-go/pkg/kgo.(*GroupTransactSession)", "github.com/twmb/franz-go/pkg/kgo.(*Client).EndTransaction",
			"github.com/twmb/franz-go/pkg/kgo.(*Client).Flush",
		}},
	}
}

// otherPart is where a sample none of whose frames names a part goes.
const otherPart = "other"

// partOf returns the part of a stack, its function names innermost first.
func partOf(parts []benchPart, stack []string) string {
	for _, fn := range stack {
		for _, p := range parts {
			for _, pre := range p.prefixes {
				if strings.HasPrefix(fn, pre) {
					return p.name
				}
			}
		}
	}
	return otherPart
}

// cpuByPart reads a CPU profile (runtime/pprof's format) and returns the
// CPU seconds of each part (see benchParts) and in all.
func cpuByPart(r io.Reader) (map[string]float64, float64, error) {
	p, err := profile.Parse(r)
	if err != nil {
		return nil, 0, fmt.Errorf("read CPU profile: %w", err)
	}
	idx := -1
	for i, st := range p.SampleType {
		if st.Type == "cpu" && st.Unit == "nanoseconds" {
			idx = i
		}
	}
	if idx < 0 {
		return nil, 0, fmt.Errorf("read CPU profile: no cpu/nanoseconds sample type (is it a CPU profile?)")
	}
	byName := benchParts()
	parts := map[string]float64{}
	var total float64
	var stack []string
	for _, s := range p.Sample {
		stack = stack[:0]
		for _, loc := range s.Location {
			// A location's lines are its inlined calls, innermost first.
			for _, l := range loc.Line {
				if l.Function != nil {
					stack = append(stack, l.Function.Name)
				}
			}
		}
		sec := float64(s.Value[idx]) / 1e9
		parts[partOf(byName, stack)] += sec
		total += sec
	}
	return parts, total, nil
}

// printParts prints the CPU µs per event of each part of the processor
// phases whose CPU profiles are files (one column each, named by heads),
// events each.
func printParts(out io.Writer, heads, files []string, events []int) error {
	cols := make([]map[string]float64, len(files))
	totals := make([]float64, len(files))
	for i, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("--parts: %w", err)
		}
		cols[i], totals[i], err = cpuByPart(f)
		_ = f.Close()
		if err != nil {
			return fmt.Errorf("--parts: %s: %w", name, err)
		}
	}
	return printPartsFrom(out, heads, cols, totals, events)
}

// printPartsFrom prints the table of printParts from the CPU seconds of
// each column's parts and in all.
func printPartsFrom(out io.Writer, heads []string, cols []map[string]float64, totals []float64, events []int) error {
	fmt.Fprintf(out, "\nCPU µs per event by part (CPU profile of the last round's processor, whole process)\n%-48s", "part")
	for _, h := range heads {
		fmt.Fprintf(out, " %22s", h)
	}
	fmt.Fprintln(out)
	all := benchParts()
	names := make([]string, 0, len(all)+1)
	for _, p := range all {
		names = append(names, p.name)
	}
	names = append(names, otherPart)
	row := func(name string, v func(i int) float64) {
		fmt.Fprintf(out, "%-48s", name)
		for i := range cols {
			us := v(i) / float64(max(events[i], 1)) * 1e6
			fmt.Fprintf(out, " %10.2f (%5.1f%%)    ", us, 100*v(i)/max(totals[i], 1e-9))
		}
		fmt.Fprintln(out)
	}
	for _, n := range names {
		row(n, func(i int) float64 { return cols[i][n] })
	}
	row("all (profiled)", func(i int) float64 { return totals[i] })
	return nil
}
