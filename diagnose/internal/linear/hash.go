package linear

// Feature kinds: the first byte hashed, so that the word "550" and the
// reply code 550 are different features.
const (
	KindBias       byte = 'B'
	KindWord       byte = 'w'
	KindPair       byte = 'p'
	KindStem       byte = 't' // a long word's first letters
	KindCode       byte = 'c' // reply code, "550"
	KindCodeClass  byte = 'k' // its first digit
	KindEnhanced   byte = 'e' // full enhanced code, "5.1.1"
	KindSubDetail  byte = 's' // subject.detail, "1.1"
	KindSubject    byte = 'u' // subject, "1"
	KindRule       byte = 'r' // the rules' category
	KindRuleClass  byte = 'q' // the rules' category with the code class
	KindRuleDetail byte = 'd' // the rules' category with the enhanced subject.detail
)

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// Hash returns the 32-bit FNV-1a hash of kind followed by s.
func Hash(kind byte, s []byte) uint32 {
	h := uint32(fnvOffset)
	h = (h ^ uint32(kind)) * fnvPrime
	for _, c := range s {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// HashString is Hash for a string.
func HashString(kind byte, s string) uint32 {
	h := uint32(fnvOffset)
	h = (h ^ uint32(kind)) * fnvPrime
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// Pair returns the feature of two consecutive words' hashes.
func Pair(a, b uint32) uint32 {
	h := uint32(fnvOffset)
	h = (h ^ uint32(KindPair)) * fnvPrime
	for _, x := range [2]uint32{a, b} {
		for i := 0; i < 4; i++ {
			h = (h ^ (x >> (8 * i) & 0xff)) * fnvPrime
		}
	}
	return h
}

// With returns the feature of a and a second string, for conjunctions
// such as the rules' category with the code class.
func With(kind byte, a string, b []byte) uint32 {
	h := HashString(kind, a)
	h = (h ^ '|') * fnvPrime
	for _, c := range b {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// AppendRuleFeatures appends the features that describe the rules' answer:
// its category alone, with the reply code's class ("0" for none) and with
// the enhanced code's subject.detail (empty for none). Training and the
// classifier share this (the classifier through RuleHashes, which it
// builds once per category) so the two cannot drift.
func AppendRuleFeatures(dst []uint32, ruleCategory string, codeClass, subDetail []byte) []uint32 {
	return NewRuleHashes(ruleCategory).Append(dst, codeClass, subDetail)
}

// RuleHashes is the part of AppendRuleFeatures's hashing that depends on
// the rules' category alone: its own feature, and the hash states of the
// two conjunctions (With) up to their '|'. The category's name is hashed
// three times a byte at a time otherwise, for every response the model
// reads.
type RuleHashes struct{ rule, class, detail uint32 }

// NewRuleHashes hashes ruleCategory for AppendRuleFeatures.
func NewRuleHashes(ruleCategory string) RuleHashes {
	return RuleHashes{
		rule:   HashString(KindRule, ruleCategory),
		class:  Step(HashString(KindRuleClass, ruleCategory), '|'),
		detail: Step(HashString(KindRuleDetail, ruleCategory), '|'),
	}
}

// Append is AppendRuleFeatures for r's category.
func (r RuleHashes) Append(dst []uint32, codeClass, subDetail []byte) []uint32 {
	class, detail := r.class, r.detail
	for _, c := range codeClass {
		class = Step(class, c)
	}
	for _, c := range subDetail {
		detail = Step(detail, c)
	}
	return append(dst, r.rule, class, detail)
}

// Start returns the hash state after kind, for hashing a string a byte at
// a time with Step: Step(…Step(Start(kind), s[0])…, s[n-1]) == Hash(kind, s).
func Start(kind byte) uint32 { return (fnvOffset ^ uint32(kind)) * fnvPrime }

// Step continues a hash state with one more byte.
func Step(h uint32, c byte) uint32 { return (h ^ uint32(c)) * fnvPrime }

// PairPrefix returns the hash state of a pair whose first word's hash is a,
// so that a word's pair with the next one costs four steps:
// PairWith(PairPrefix(a), b) == Pair(a, b).
func PairPrefix(a uint32) uint32 {
	h := Start(KindPair)
	for i := 0; i < 4; i++ {
		h = (h ^ (a >> (8 * i) & 0xff)) * fnvPrime
	}
	return h
}

// PairWith completes a pair's hash state from PairPrefix with the second
// word's hash.
func PairWith(prefix, b uint32) uint32 {
	h := (prefix ^ (b & 0xff)) * fnvPrime
	h = (h ^ (b >> 8 & 0xff)) * fnvPrime
	h = (h ^ (b >> 16 & 0xff)) * fnvPrime
	return (h ^ (b >> 24)) * fnvPrime
}
