package main

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/google/pprof/profile"
)

const (
	kgoPkg   = "github.com/twmb/franz-go/pkg/kgo."
	pebPkg   = "github.com/cockroachdb/pebble/v2."
	procPkg  = "github.com/mailflow/mailflow/processor."
	statePkg = "github.com/mailflow/mailflow/state."
)

// TestPartOf: a sample belongs to the part of the innermost frame that
// names one; library and runtime frames pass it to their callers.
func TestPartOf(t *testing.T) {
	parts := benchParts()
	for _, tc := range []struct {
		name  string
		stack []string // innermost first
		want  string
	}{
		{"a GC assist under decode is the collector's", []string{"runtime.gcAssistAlloc1", "runtime.gcAssistAlloc", "runtime.mallocgc", procPkg + "(*shard).decode", procPkg + "(*txn).run.func2"}, "garbage collector"},
		{"a write barrier flush is the collector's", []string{"runtime.wbBufFlush1", "runtime.wbBufFlush", "runtime.gcWriteBarrier2", procPkg + "(*shard).add"}, "garbage collector"},
		{"a write barrier alone is the collector's", []string{"runtime.gcWriteBarrier2", procPkg + "(*shard).add"}, "garbage collector"},
		{"the transaction loop itself is other", []string{procPkg + "(*txn).finish", procPkg + "(*Processor).process", procPkg + "(*Processor).loop"}, otherPart},
		{"an allocation without assist is its caller's", []string{"runtime.mallocgc", "runtime.makeslice", procPkg + "(*shard).decode"}, "decode"},
		{"JSON decoding is decode", []string{"github.com/segmentio/encoding/json.decoder.decodeStruct", "github.com/mailflow/mailflow/schemas.(*EventDecoder).Decode", procPkg + "(*shard).decode"}, "decode"},
		{"classification inside decode is diagnosis", []string{"github.com/mailflow/mailflow/diagnose.(*Classifier).Classify", procPkg + "(*shard).decode"}, "diagnosis"},
		{"a Pebble read of a cold domain", []string{pebPkg + "(*levelIter).SeekPrefixGE", pebPkg + "(*Iterator).SeekPrefixGE", statePkg + "(*Store).States", procPkg + "(*shard).loadMissing", procPkg + "(*shard).run"}, "state reads (cold domains)"},
		{"decoding a stored state is a state read", []string{statePkg + "readWindowFields", statePkg + "decodeState", statePkg + "DecodeState", statePkg + "(*Store).States"}, "state reads (cold domains)"},
		{"a window update is evaluate", []string{statePkg + "(*Window).AddCounting", procPkg + "(*shard).add", procPkg + "(*shard).run"}, "evaluate"},
		{"snappy under a compaction is Pebble's", []string{"github.com/golang/snappy.encodeBlock", "github.com/cockroachdb/pebble/v2/sstable.(*RawRowWriter).Add", pebPkg + "(*DB).compact1", pebPkg + "(*DB).compact"}, "Pebble flush and compaction"},
		{"snappy under the log store's writer is the log store's", []string{"github.com/golang/snappy.encodeBlock", "github.com/cockroachdb/pebble/v2/sstable.(*RawRowWriter).Add", "github.com/mailflow/mailflow/logstore.(*tableWriter).writeSegment"}, "log store"},
		{"appending attempts is the log store's", []string{"runtime.memmove", procPkg + "(*txn).appendLogs"}, "log store"},
		{"the batch commit is the store update", []string{pebPkg + "(*memTable).apply", pebPkg + "(*DB).Apply", procPkg + "(*txn).apply"}, "store update (Pebble batch)"},
		{"a fetch's syscall is the fetch's", []string{"internal/runtime/syscall/linux.Syscall6", "net.(*conn).Read", kgoPkg + "(*brokerCxn).readResponse", kgoPkg + "(*source).fetch"}, "fetch"},
		{"a produce's syscall is the changelog's", []string{"internal/runtime/syscall/linux.Syscall6", "net.(*conn).Write", kgoPkg + "(*brokerCxn).writeRequest", kgoPkg + "(*sink).produce"}, "changelog and alerts (produce, end transaction)"},
		{"producing from a shard is the changelog's", []string{kgoPkg + "(*Client).Produce", procPkg + "(*shard).produceState", procPkg + "(*shard).run"}, "changelog and alerts (produce, end transaction)"},
		{"the scheduler is other", []string{"runtime.findRunnable", "runtime.schedule"}, otherPart},
		{"an empty stack is other", nil, otherPart},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := partOf(parts, tc.stack); got != tc.want {
				t.Errorf("part %q, want %q", got, tc.want)
			}
		})
	}
}

// cpuProfile builds a CPU profile of the given stacks (innermost first,
// the first frame of each the only one inlined into the second) and their
// CPU nanoseconds, in runtime/pprof's format.
func cpuProfile(t *testing.T, samples map[string]int64) []byte {
	t.Helper()
	p := &profile.Profile{
		SampleType: []*profile.ValueType{{Type: "samples", Unit: "count"}, {Type: "cpu", Unit: "nanoseconds"}},
		PeriodType: &profile.ValueType{Type: "cpu", Unit: "nanoseconds"},
		Period:     10_000_000,
	}
	funcs := map[string]*profile.Function{}
	fn := func(name string) *profile.Function {
		if f, ok := funcs[name]; ok {
			return f
		}
		f := &profile.Function{ID: uint64(len(funcs) + 1), Name: name, SystemName: name}
		funcs[name] = f
		p.Function = append(p.Function, f)
		return f
	}
	for stack, ns := range samples {
		frames := strings.Split(stack, ";")
		var locs []*profile.Location
		// The innermost two frames share a location: an inlined call.
		loc := &profile.Location{ID: uint64(len(p.Location) + 1), Line: []profile.Line{{Function: fn(frames[0])}}}
		if len(frames) > 1 {
			loc.Line = append(loc.Line, profile.Line{Function: fn(frames[1])})
			frames = frames[2:]
		} else {
			frames = nil
		}
		p.Location = append(p.Location, loc)
		locs = append(locs, loc)
		for _, f := range frames {
			l := &profile.Location{ID: uint64(len(p.Location) + 1), Line: []profile.Line{{Function: fn(f)}}}
			p.Location = append(p.Location, l)
			locs = append(locs, l)
		}
		p.Sample = append(p.Sample, &profile.Sample{Location: locs, Value: []int64{ns / p.Period, ns}})
	}
	var buf bytes.Buffer
	if err := p.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestCPUByPart reads a profile in runtime/pprof's format, with inlined
// frames, and sums its CPU by part; what is not a CPU profile is refused.
func TestCPUByPart(t *testing.T) {
	data := cpuProfile(t, map[string]int64{
		"github.com/segmentio/encoding/json.Parse;github.com/mailflow/mailflow/schemas.(*EventDecoder).Decode;" + procPkg + "(*shard).decode": 300_000_000,
		// The state read's frame is the inlined one.
		pebPkg + "(*Iterator).SeekPrefixGE;" + statePkg + "(*Store).States;" + procPkg + "(*shard).loadMissing": 200_000_000,
		"runtime.gcBgMarkWorker": 100_000_000,
		"runtime.findRunnable":   50_000_000,
	})
	parts, total, err := cpuByPart(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"decode": 0.3, "state reads (cold domains)": 0.2, "garbage collector": 0.1, otherPart: 0.05}
	for name, sec := range want {
		if math.Abs(parts[name]-sec) > 1e-9 {
			t.Errorf("%s: %.3f s, want %.3f", name, parts[name], sec)
		}
	}
	if len(parts) != len(want) {
		t.Errorf("parts %v, want only %v", parts, want)
	}
	if math.Abs(total-0.65) > 1e-9 {
		t.Errorf("total %.3f s, want 0.65", total)
	}
	var out bytes.Buffer
	if err := printPartsFrom(&out, []string{"processor"}, []map[string]float64{parts}, []float64{total}, []int{1_000_000}); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"decode", "0.30 ( 46.2%)", "all (profiled)", "0.65 (100.0%)"} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("table lacks %q:\n%s", line, out.String())
		}
	}

	heap := &profile.Profile{SampleType: []*profile.ValueType{{Type: "alloc_space", Unit: "bytes"}}}
	var buf bytes.Buffer
	if err := heap.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if _, _, err := cpuByPart(&buf); err == nil || !strings.Contains(err.Error(), "CPU profile") {
		t.Errorf("a heap profile read as a CPU profile: %v", err)
	}
	if _, _, err := cpuByPart(strings.NewReader("not a profile")); err == nil {
		t.Error("garbage read as a CPU profile")
	}
}
