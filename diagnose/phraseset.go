package diagnose

import (
	"math/bits"
	"unsafe"
)

// phraseSets tells which of a few lists of phrases occur in a text, as
// substrings, in one pass of an automaton (matcher.go) rather than one
// substring search per phrase. The classifier has two: the narrative's
// verdict lists (Classifier.narr, 75 phrases) and the code-less delivery
// notices' (Classifier.notices, 166), whose per-phrase searches were 15%
// of Classify in BenchmarkClassify/corpus's CPU profile. It is read-only
// once built and safe for concurrent use.
type phraseSets struct {
	ac *automaton
	// set maps a pattern id to the index of the list it came from.
	set []uint8
}

// maxPhraseSets bounds the lists of one phraseSets: find's bitmask.
const maxPhraseSets = 32

// newPhraseSets builds the matcher of lists, each a list of phrases as
// the texts will hold them (normalised alike); list k is bit k of find's
// mask. It panics for more than maxPhraseSets lists, for an empty phrase
// (which every text would hold) and, in buildAutomaton, for more than
// maxPatterns phrases: the lists are the package's own tables, fixed at
// build time, and New runs once.
func newPhraseSets(lists ...[][]byte) *phraseSets {
	pats, set := listPatterns(lists, false)
	return &phraseSets{ac: buildAutomaton(pats), set: set}
}

// listPatterns flattens lists of phrases into an automaton's patterns and
// the list each pattern comes from (pattern id -> list index), lower-
// casing ASCII with fold. It panics for more than maxPhraseSets lists and
// for an empty phrase, as newPhraseSets says.
func listPatterns[T string | []byte](lists [][]T, fold bool) ([]pattern, []uint8) {
	if len(lists) > maxPhraseSets {
		panic("diagnose: too many phrase lists")
	}
	var pats []pattern
	var set []uint8
	for k, l := range lists {
		for _, ph := range l {
			if len(ph) == 0 {
				panic("diagnose: an empty phrase")
			}
			text := string(ph)
			if fold {
				b := []byte(text)
				for i := range b {
					b[i] = lowerASCII(b[i])
				}
				text = string(b)
			}
			pats = append(pats, pattern{text: text})
			set = append(set, uint8(k))
		}
	}
	return pats, set
}

// listMask returns a mask with bit set[id] set for each pattern id in
// hits.
func listMask(hits *hitSet, set []uint8) uint32 {
	var m uint32
	for w := range (len(set) + 63) / 64 {
		for rest := hits.words[w]; rest != 0; rest &= rest - 1 {
			m |= 1 << set[w*64+bits.TrailingZeros64(rest)]
		}
	}
	return m
}

// find returns a mask with bit k set when a phrase of list k occurs in
// text.
func (p *phraseSets) find(text []byte) uint32 {
	if len(text) == 0 {
		// No phrase is empty. The common case for the narrative (a reply
		// that begins with its code has none), and it spares clearing a
		// hitSet.
		return 0
	}
	var hits hitSet
	p.ac.scan(text, &hits)
	return listMask(&hits, p.set)
}

// The lists of Classifier.narr.
const (
	narrDefer = iota
	narrFinal
)

// foldSets tells which of a few lists of ASCII phrases occur in a text,
// ignoring ASCII case, as hasAnyFold does for one list: one pass of an
// automaton over the text's first 2 KiB, instead of two vectorised byte
// searches and a comparison per candidate for every phrase of every list.
// Advice on a policy refusal asked hasAnyFold for the tenant block words
// and the five lists of senderDomainMissing (51 phrases) one after the
// other, 6% of Classify in BenchmarkClassify/corpus's CPU profile.
// It is read-only once built and safe for concurrent use.
type foldSets struct {
	ac  *automaton
	set []uint8 // pattern id -> the index of its list
}

// newFoldSets builds the matcher of lists of phrases (any case). The
// automaton's alphabet is the phrases' bytes lower-cased; each upper-case
// ASCII letter is then given its lower-case letter's class, so that the
// text is read as lower-cased without being copied.
func newFoldSets(lists ...[]string) *foldSets {
	pats, set := listPatterns(lists, true)
	f := &foldSets{set: set}
	f.ac = buildAutomaton(pats)
	for b := 'A'; b <= 'Z'; b++ {
		f.ac.class[b] = f.ac.class[b+'a'-'A']
	}
	return f
}

// find returns a mask with bit k set when a phrase of list k occurs in
// text's first 2 KiB (ASCII case folded), the part hasAnyFold reads.
func (f *foldSets) find(text string) uint32 {
	if len(text) > 2048 {
		text = text[:2048]
	}
	if text == "" {
		return 0
	}
	var hits hitSet
	// The automaton only reads the text.
	f.ac.scan(unsafe.Slice(unsafe.StringData(text), len(text)), &hits)
	return listMask(&hits, f.set)
}
