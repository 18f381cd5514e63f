package linear

import (
	"math/rand/v2"
	"testing"
)

// TestIncrementalHashes checks that the byte-at-a-time and split forms
// give the hashes Hash and Pair give, which the model file was trained on.
func TestIncrementalHashes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 1000 {
		s := make([]byte, rng.IntN(40))
		for i := range s {
			s[i] = byte(rng.Uint32())
		}
		kind := byte(rng.Uint32())
		h := Start(kind)
		for _, c := range s {
			h = Step(h, c)
		}
		if want := Hash(kind, s); h != want {
			t.Fatalf("Step over %q = %#x, Hash = %#x", s, h, want)
		}
		a, b := rng.Uint32(), rng.Uint32()
		if got, want := PairWith(PairPrefix(a), b), Pair(a, b); got != want {
			t.Fatalf("PairWith(PairPrefix(%#x), %#x) = %#x, Pair = %#x", a, b, got, want)
		}
	}
}

// TestRuleHashes checks AppendRuleFeatures, which RuleHashes computes,
// against the hashes it is defined as and the model file was trained on.
func TestRuleHashes(t *testing.T) {
	for _, cat := range []string{"", "user_unknown", "policy_rejected", "rate_limited"} {
		for _, cc := range []string{"0", "4", "5"} {
			for _, sd := range []string{"", "1.1", "7.26", "10.10"} {
				got := AppendRuleFeatures(nil, cat, []byte(cc), []byte(sd))
				want := []uint32{HashString(KindRule, cat), With(KindRuleClass, cat, []byte(cc)), With(KindRuleDetail, cat, []byte(sd))}
				if len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
					t.Fatalf("AppendRuleFeatures(%q, %q, %q) = %#x, want %#x", cat, cc, sd, got, want)
				}
			}
		}
	}
}
