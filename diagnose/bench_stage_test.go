package diagnose

import (
	"runtime"
	"testing"
	"time"

	"github.com/mailflow/mailflow/diagnose/internal/linear"
)

// BenchmarkStage times the classifier's stages separately over the shared
// corpus and the first round's set, to show where a response's cost goes:
// unwrap alone, unwrap+normalise, the automaton's scan, the model's
// feature hashing and its scoring.
func BenchmarkStage(b *testing.B) {
	inputs := benchInputs(b)
	c := New()
	norms := make([][]byte, len(inputs))
	feats := make([][]uint32, len(inputs))
	for i, in := range inputs {
		inner, _ := unwrap(in.Response)
		norms[i] = normalize(nil, inner, true)
		feats[i] = appendTextFeatures(nil, norms[i], in.Code, status{})
	}
	b.Run("unwrap", func(b *testing.B) {
		benchCPU(b, inputs, func(i int) { unwrap(inputs[i].Response) })
	})
	b.Run("normalize", func(b *testing.B) {
		var buf [maxScan * 2]byte
		benchCPU(b, inputs, func(i int) {
			inner, _ := unwrap(inputs[i].Response)
			normalize(buf[:0], inner, true)
		})
	})
	b.Run("scan", func(b *testing.B) {
		benchCPU(b, inputs, func(i int) {
			var sr scanResult
			c.scan(norms[i], &sr)
		})
	})
	b.Run("features", func(b *testing.B) {
		var fb [3*maxModelWords + 16]uint32
		benchCPU(b, inputs, func(i int) { appendTextFeatures(fb[:0], norms[i], 550, status{}) })
	})
	b.Run("scores", func(b *testing.B) {
		var sb [linear.MaxClasses]int32
		benchCPU(b, inputs, func(i int) { c.model.Scores(feats[i], sb[:]) })
	})
}

// benchCPU runs f(i) over the inputs' indexes round-robin and reports, like
// benchClassify, its thread CPU time per call against baselineScan's.
func benchCPU(b *testing.B, inputs []Input, f func(i int)) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	var cost, base time.Duration
	sink := 0
	for done := 0; done < b.N; {
		n := min(256, b.N-done)
		t0 := threadCPU()
		for k := range n {
			f((done + k) % len(inputs))
		}
		t1 := threadCPU()
		b.StopTimer()
		for k := range n {
			sink += baselineScan(inputs[(done+k)%len(inputs)].Response)
		}
		t2 := threadCPU()
		b.StartTimer()
		cost += t1 - t0
		base += t2 - t1
		done += n
	}
	if cost > 0 && base > 0 {
		b.ReportMetric(float64(cost.Nanoseconds())/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(base.Nanoseconds())/float64(b.N), "baseline-cpu-ns/op")
		b.ReportMetric(float64(cost)/float64(base), "x-baseline")
	}
	if sink < 0 {
		b.Fatal("unreachable")
	}
}
