package diagnose

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestPhraseSetsAgreeWithSubstringSearch: find reports a list exactly when
// one of its phrases is a substring of the text, as the per-phrase search
// it replaced did: phrases at either end, inside words, overlapping one
// another, in UTF-8, and texts with none.
func TestPhraseSetsAgreeWithSubstringSearch(t *testing.T) {
	lists := [][][]byte{
		{[]byte("will retry"), []byte("retry time not reached"), []byte("не удалось"), []byte("ab")},
		{[]byte("given up"), []byte("retry"), []byte("配信できませんでした"), []byte("bab")},
		{[]byte("x")},
	}
	p := newPhraseSets(lists...)
	want := func(text []byte) uint32 {
		var m uint32
		for k, l := range lists {
			if containsAny(text, l) {
				m |= 1 << k
			}
		}
		return m
	}
	for _, tc := range []string{
		"", "will retry", "we will retry later", "i've given up", "retry time not reached for the address",
		"письмо не удалось доставить", "このメールは配信できませんでした", "babab", "a", "will retr", "giving up",
		"will retry ... given up x",
	} {
		if got, w := p.find([]byte(tc)), want([]byte(tc)); got != w {
			t.Errorf("find(%q) = %03b, want %03b", tc, got, w)
		}
	}
	// Texts made of pieces of the phrases, so that partial and
	// overlapping matches are common.
	r := rand.New(rand.NewPCG(1, 2))
	var pieces []string
	for _, l := range lists {
		for _, ph := range l {
			for i := 0; i < len(ph); i += 3 {
				pieces = append(pieces, string(ph[i:min(i+1+r.IntN(6), len(ph))]))
			}
		}
	}
	pieces = append(pieces, " ", "q", "z")
	for n := range 5000 {
		// Every fifth text is long (up to 120 pieces, a few hundred
		// bytes): the automaton scans a text of twoWayMin bytes or more
		// in two walks from its ends and its middle.
		most := 12
		if n%5 == 0 {
			most = 120
		}
		var text []byte
		for range r.IntN(most) {
			text = append(text, pieces[r.IntN(len(pieces))]...)
		}
		if got, w := p.find(text), want(text); got != w {
			t.Fatalf("find(%q) = %03b, want %03b", text, got, w)
		}
	}
}

// containsAny is the search phraseSets replaced: whether any of subs is a
// substring of b.
func containsAny(b []byte, subs [][]byte) bool {
	for _, s := range subs {
		if bytes.Contains(b, s) {
			return true
		}
	}
	return false
}

// TestPhraseSetsFindAcrossTheMiddle: in long texts, each shipped phrase,
// normalised as the classifier holds it, is found wherever it stands:
// at either end, straddling the middle where the two walks of the scan
// meet, and just past the point where the first walk stops comparing
// states with the second (syncWindow).
func TestPhraseSetsFindAcrossTheMiddle(t *testing.T) {
	c := New()
	filler := func(n int) []byte { return bytes.Repeat([]byte("lorem ipsum "), n/12+1)[:n] }
	for _, tc := range []struct {
		in    *phraseSets
		lists [][]string
	}{
		{c.narr, [][]string{localDeferHints, append(append([]string{}, permanentNarrative...), finalHints...)}},
		{c.notices, [][]string{relayedGroups, relayedComplete, relayedNot, sentNotices, sentNot}},
	} {
		for k, l := range tc.lists {
			for _, raw := range l {
				ph := normalize(nil, raw, false)
				for _, size := range []int{64, 301, 1000} {
					for _, at := range []int{0, size/2 - len(ph)/2, size / 2, size/2 + syncWindow - 1, size - len(ph)} {
						if at < 0 || at+len(ph) > size {
							continue
						}
						text := filler(size)
						copy(text[at:], ph)
						if got := tc.in.find(text); got&(1<<k) == 0 {
							t.Fatalf("%q at %d of %d bytes: list %d not found (mask %b)", raw, at, size, k, got)
						}
					}
				}
			}
		}
	}
}

// TestClassifierNarrativeLists: the classifier's narrative and notice
// matchers hold every phrase of their lists, normalised, in its own list.
func TestClassifierNarrativeLists(t *testing.T) {
	c := New()
	for _, tc := range []struct {
		in      *phraseSets
		phrases []string
		list    int
	}{
		{c.narr, localDeferHints, narrDefer},
		{c.narr, permanentNarrative, narrFinal},
		{c.narr, finalHints, narrFinal},
		{c.notices, relayedGroups, noticeGroups},
		{c.notices, relayedComplete, noticeComplete},
		{c.notices, relayedNot, noticeRelayedNot},
		{c.notices, sentNotices, noticeSent},
		{c.notices, sentNot, noticeSentNot},
	} {
		for _, ph := range tc.phrases {
			if got := tc.in.find(normalize(nil, ph, false)); got&(1<<tc.list) == 0 {
				t.Errorf("%q not found in list %d (mask %b)", ph, tc.list, got)
			}
		}
	}
}
