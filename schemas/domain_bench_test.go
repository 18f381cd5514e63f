package schemas

import "testing"

// BenchmarkCanonicalDomain measures the hot path (an already canonical
// ASCII name, as producers send it) and the slower ones.
func BenchmarkCanonicalDomain(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"canonical", "d00042.example"},
		{"uppercase", "D00042.Example"},
		{"punycode", "xn--bcher-kva.example"},
		{"unicode", "bücher.example"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := CanonicalDomain(bc.in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
