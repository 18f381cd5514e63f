package linear

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestScoresExact checks the packed scoring against a plain sum of the int8
// rows, for class counts around the 8-weight words, extreme weights, unknown
// and repeated features, and more than 256 known features (the lanes'
// flush).
func TestScoresExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name           string
		classes, rows  int
		feats          int
		extremes       bool
		unknownPercent int
	}{
		{"one class", 1, 50, 40, false, 20},
		{"seven", 7, 300, 100, false, 30},
		{"eight", 8, 300, 100, true, 0},
		{"seventeen", 17, 300, 100, true, 10},
		{"eighteen", 18, 2000, 259, false, 10},
		{"twenty-four", 24, 300, 300, true, 10},
		{"eighteen extremes, 700 features", 18, 500, 700, true, 0},
		{"max classes", MaxClasses, 400, 300, true, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := &Model{scale: 1}
			for j := range tc.classes {
				m.classes = append(m.classes, string(rune('a'+j%26))+string(rune('a'+j/26)))
			}
			seen := map[uint32]bool{}
			for len(m.hashes) < tc.rows {
				if h := rng.Uint32(); !seen[h] {
					seen[h] = true
					m.hashes = append(m.hashes, h)
				}
			}
			slices.Sort(m.hashes)
			for range tc.rows * tc.classes {
				w := int8(rng.IntN(256) - 128)
				if tc.extremes {
					w = []int8{-128, 127}[rng.IntN(2)]
				}
				m.rows = append(m.rows, w)
			}
			m.index()
			feats := make([]uint32, tc.feats)
			for i := range feats {
				feats[i] = m.hashes[rng.IntN(len(m.hashes))]
				if rng.IntN(100) < tc.unknownPercent {
					feats[i] = rng.Uint32()
				}
			}
			want := make([]int32, tc.classes)
			for _, f := range feats {
				for j, w := range m.row(f) {
					want[j] += int32(w)
				}
			}
			var sb [MaxClasses]int32
			if got := m.Scores(feats, sb[:]); !slices.Equal(got, want) {
				t.Fatalf("Scores = %v, want %v", got, want)
			}
			// The known features of a range, as consult asks.
			from := rng.IntN(len(feats))
			to := from + rng.IntN(len(feats)-from+1)
			wantKnown := 0
			for _, f := range feats[from:to] {
				if m.row(f) != nil {
					wantKnown++
				}
			}
			if got, known := m.ScoresKnown(feats, from, to, sb[:]); !slices.Equal(got, want) || known != wantKnown {
				t.Fatalf("ScoresKnown(%d, %d) = %v, %d, want %v, %d", from, to, got, known, want, wantKnown)
			}
		})
	}
}
