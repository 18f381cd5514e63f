package diagnose

import "testing"

// corpusInputs are the shared corpus's responses as the processor sees
// them: one response per delivery event, with the reply code an MTA event
// carries. evalInputs are the held-out set's, which include long bounce
// narratives (a few KiB) that live MTA events rarely carry.
func corpusInputs(b *testing.B) []Input {
	var inputs []Input
	for _, tc := range loadCorpus(b) {
		in := Input{Response: tc.Response}
		if tc.Code != nil {
			in.Code = *tc.Code
		}
		inputs = append(inputs, in)
	}
	return inputs
}

func evalInputs(b *testing.B) []Input {
	var inputs []Input
	for _, tc := range loadLabelled(b, "eval.jsonl") {
		in := Input{Response: tc.Response}
		if tc.Code != nil {
			in.Code = *tc.Code
		}
		inputs = append(inputs, in)
	}
	return inputs
}

func benchInputs(b *testing.B) []Input { return append(corpusInputs(b), evalInputs(b)...) }

// BenchmarkClassify classifies the corpus and evaluation responses
// round-robin. Besides ns/op (wall time) it reports cpu-ns/op, the CPU time
// the process spent per response, which is what a loaded machine does not
// distort. Issue 14 bounds the cost at 2 µs per response.
func BenchmarkClassify(b *testing.B) {
	b.Run("corpus", func(b *testing.B) { benchClassify(b, corpusInputs(b)) })
	b.Run("eval", func(b *testing.B) { benchClassify(b, evalInputs(b)) })
}

func benchClassify(b *testing.B, inputs []Input) {
	c := New()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		c.Classify(inputs[i%len(inputs)])
	}
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "responses/s")
}

// BenchmarkEvent is the processor's path: category only, no advice.
func BenchmarkEvent(b *testing.B) {
	inputs := benchInputs(b)
	c := New()
	b.ReportAllocs()
	b.ResetTimer()
	var sr scanResult
	for i := 0; i < b.N; i++ {
		sr = scanResult{}
		c.classify(inputs[i%len(inputs)], &sr)
	}
}

// BenchmarkClassifyParallel shows throughput when all cores share one Classifier.
func BenchmarkClassifyParallel(b *testing.B) {
	inputs := benchInputs(b)
	c := New()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			c.Classify(inputs[i%len(inputs)])
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "responses/s")
}
