package main

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestBenchHelpHidesPhaseFlags: the flags the benchmark passes to its own
// phase processes are not in --help (review finding), while the flags a
// person runs are; a phase's process still accepts them.
func TestBenchHelpHidesPhaseFlags(t *testing.T) {
	for _, tc := range []struct {
		cmd        string
		hidden     []string
		shown      []string
		phaseCheck []string
	}{
		{"bench", []string{"-phase", "-topic-prefix", "-deliveries", "-data-dir", "-member", "-instance-id", "internal"}, []string{"-detections", "-checks", "-memory-limit", "-brokers"},
			[]string{"bench", "--phase", "nonsense"}},
		{"bench restore", []string{"-phase", "-data-dir", "-brokers", "internal"}, []string{"-domains", "-partitions"},
			[]string{"bench", "restore", "--phase", "x", "--data-dir", "/nonexistent"}},
		{"bench logs", []string{"-phase", "-topic-prefix", "-data-dir", "-brokers", "internal"}, []string{"-events", "-queries", "-memory-limit"},
			[]string{"bench", "logs", "--phase", "x"}},
		{"bench scale", []string{"-phase", "-topic-prefix", "-data-dir", "-member", "internal"}, []string{"-events", "-domains-list", "-partitions-list", "-instances", "-memory-limit"},
			[]string{"bench", "--phase", "processor", "--member", "--instance-id", "x"}},
	} {
		t.Run(tc.cmd, func(t *testing.T) {
			r := runMailflow(t, nil, "", append(strings.Fields(tc.cmd), "--help")...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			for _, h := range tc.hidden {
				if strings.Contains(r.stdout, h) {
					t.Errorf("help lists %q:\n%s", h, r.stdout)
				}
			}
			for _, s := range tc.shown {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("help lacks %q:\n%s", s, r.stdout)
				}
			}
			// Defined for a phase: an unknown phase is refused as such,
			// not as an unknown flag.
			if r := runMailflow(t, nil, "", tc.phaseCheck...); strings.Contains(r.stderr, "flag provided but not defined") {
				t.Errorf("%v: the phase flags are not defined for a phase: %s", tc.phaseCheck, r.stderr)
			}
		})
	}
}

func TestBenchDetectionsFlag(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"bench", "--detections", "maybe"}, `--detections: "maybe" is not on, off or compare`},
		{[]string{"bench", "--checks", "compare", "--detections", "compare"}, "compare one of"},
		{[]string{"bench", "--logs", "compare", "--detections", "compare"}, "compare one of"},
		{[]string{"bench", "--logs", "none"}, `--logs: "none" is not on, off or compare`},
		{[]string{"bench", "--fetch-max-bytes", "100"}, "--fetch-max-bytes must be from 1024"},
		{[]string{"bench", "--memory-limit", "64MiB"}, "--memory-limit"},
		{[]string{"bench", "logs", "--fetch-max-bytes", "100"}, "--fetch-max-bytes must be from 1024"},
		{[]string{"bench", "logs", "--fetch-max-bytes", "2147483647"}, "--fetch-max-bytes must be from 1024"},
		{[]string{"bench", "logs", "--log-memtable", "1KiB"}, "--log-memtable must be 0"},
		{[]string{"bench", "logs", "--log-memtable", "100GiB"}, "--log-memtable must be 0"},
		{[]string{"bench", "scale", "--domains-list", "10000,lots"}, `--domains-list: "lots" is not a positive number`},
		{[]string{"bench", "scale", "--partitions-list", "6,0"}, `--partitions-list: "0" is not a positive number`},
		{[]string{"bench", "scale", "--events", "-1"}, "--events"},
		{[]string{"bench", "scale", "--memory-limit", "64MiB"}, "--memory-limit"},
	} {
		r := runMailflow(t, nil, "", tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
}

func TestBenchVariants(t *testing.T) {
	v := func(c, d, l string, without bool) benchVariant { return benchVariant{c, d, l, without} }
	for _, tc := range []struct {
		round int
		asked benchVariant
		want  []benchVariant
	}{
		{1, v("on", "on", "on", false), []benchVariant{v("on", "on", "on", false)}},
		{2, v("off", "on", "off", false), []benchVariant{v("off", "on", "off", false)}},
		{1, v("compare", "on", "on", false), []benchVariant{v("on", "on", "on", false), v("off", "on", "on", true)}},
		{2, v("compare", "off", "on", false), []benchVariant{v("off", "off", "on", true), v("on", "off", "on", false)}},
		{1, v("on", "compare", "on", false), []benchVariant{v("on", "on", "on", false), v("on", "off", "on", true)}},
		{4, v("off", "compare", "on", false), []benchVariant{v("off", "off", "on", true), v("off", "on", "on", false)}},
		{3, v("on", "on", "compare", false), []benchVariant{v("on", "on", "on", false), v("on", "on", "off", true)}},
	} {
		if got := benchVariants(tc.round, tc.asked); !slices.Equal(got, tc.want) {
			t.Errorf("round %d, %+v: %v, want %v", tc.round, tc.asked, got, tc.want)
		}
	}
}

func TestBenchPhaseArgs(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{nil, false},
		{[]string{"--events", "10"}, false},
		{[]string{"--events", "10", "--phase", "bare"}, true},
		{[]string{"-phase=processor"}, true},
		{[]string{"--", "--phase", "bare"}, false},
		{[]string{"--topic-prefix", "phase"}, false},
	} {
		if got := benchPhaseArgs(tc.args); got != tc.want {
			t.Errorf("benchPhaseArgs(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

// TestSampleMemory checks the split the benchmark prints of a phase's peak
// resident size: a large heap object counts in the Go heap and the Go
// runtime's memory, not outside Go.
func TestSampleMemory(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc/self/status")
	}
	runtime.GC()
	before := sampleMemory(time.Millisecond)()
	if before == nil || before.RSS <= 0 || before.Go <= 0 || before.File <= 0 || before.Anon+before.File > before.RSS+1<<20 {
		t.Fatalf("no sample: %+v", before)
	}
	const n = 64 << 20
	heap := make([]byte, n)
	stop := sampleMemory(time.Millisecond)
	for i := 0; i < n; i += 4096 {
		heap[i] = 1
	}
	time.Sleep(20 * time.Millisecond)
	peak := stop()
	runtime.KeepAlive(heap)
	// Earlier tests' garbage may be collected meanwhile: the object is
	// checked against the peak, not as growth.
	if peak.Heap < n || peak.Go < peak.Heap {
		t.Errorf("a 64 MiB heap object at the peak: %+v", peak)
	}
	if grew := peak.outsideGo() - before.outsideGo(); grew > n/4 {
		t.Errorf("outside Go grew by %d MiB for a Go allocation: before %+v, peak %+v", grew>>20, before, peak)
	}
}

// TestBenchRemovesRoundDirs: a round's data directories go once its
// figures are taken; the other rounds' (round 10's beside round 1's)
// stay.
func TestBenchRemovesRoundDirs(t *testing.T) {
	for _, name := range []string{"plain", "a[b", "[ab]", `a\b`, "a*b"} {
		t.Run(name, func(t *testing.T) { testRemovesRoundDirs(t, filepath.Join(t.TempDir(), name)) })
	}
}

// testRemovesRoundDirs runs TestBenchRemovesRoundDirs in tmp, whose name
// may hold a glob's metacharacters (TMPDIR's; newcomer review S42).
func testRemovesRoundDirs(t *testing.T, tmp string) {
	for _, d := range []string{"state-1-0", "state-1-1", "state-2-0", "state-10-0"} {
		if err := os.MkdirAll(filepath.Join(tmp, d, "sub"), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	if err := removeRoundDirs(tmp, 1); err != nil {
		t.Fatal(err)
	}
	for d, want := range map[string]bool{"state-1-0": false, "state-1-1": false, "state-2-0": true, "state-10-0": true} {
		_, err := os.Stat(filepath.Join(tmp, d))
		if got := err == nil; got != want {
			t.Errorf("%s exists: %v, want %v", d, got, want)
		}
	}
}
