package diagnose

import "testing"

// BenchmarkClassify classifies the corpus responses round-robin, the way
// the processor sees them: one response per delivery event.
func BenchmarkClassify(b *testing.B) {
	cases := loadCorpus(b)
	inputs := make([]Input, len(cases))
	for i, tc := range cases {
		inputs[i] = Input{Response: tc.Response}
		if tc.Code != nil {
			inputs[i].Code = *tc.Code
		}
	}
	c := New()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Classify(inputs[i%len(inputs)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "responses/s")
}

// BenchmarkClassifyParallel shows throughput when all cores share one Classifier.
func BenchmarkClassifyParallel(b *testing.B) {
	cases := loadCorpus(b)
	c := New()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			c.Classify(Input{Response: cases[i%len(cases)].Response})
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "responses/s")
}
