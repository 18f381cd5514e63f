package diagnose

import (
	"math/rand/v2"
	"testing"
)

// TestAutomatonRandomSets compares the automaton (buildAutomatonMax's rows
// and exceptions, scan's two and four walks) with a search for each
// pattern alone (naiveHits) over random sets of short patterns in a
// small alphabet, whose failure links and exceptions are dense, and
// random texts of up to 300 bytes (newcomer review S41).
func TestAutomatonRandomSets(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alpha := []byte("ab c1")
	for round := 0; round < 1000; round++ {
		np := 1 + r.IntN(40)
		var pats []pattern
		for i := 0; i < np; i++ {
			l := 1 + r.IntN(7)
			b := make([]byte, l)
			for k := range b {
				b[k] = alpha[r.IntN(len(alpha))]
			}
			pats = append(pats, pattern{text: string(b), leftBound: r.IntN(4) == 0, rightBound: r.IntN(4) == 0})
		}
		a := buildAutomaton(pats)
		for k := 0; k < 20; k++ {
			l := r.IntN(300)
			text := make([]byte, l)
			for i := range text {
				if r.IntN(20) == 0 {
					text[i] = byte(r.IntN(256))
				} else {
					text[i] = alpha[r.IntN(len(alpha))]
				}
			}
			checkScan(t, a, pats, text, nil)
		}
	}
}

// TestAutomatonShippedRandom is the same comparison over the shipped
// phrases, in texts stitched from phrases, their heads and tails and
// random bytes (newcomer review S41).
func TestAutomatonShippedRandom(t *testing.T) {
	c := New(RulesOnly())
	pats := c.ac.pats
	r := rand.New(rand.NewPCG(3, 4))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for round := 0; round < n; round++ {
		var text []byte
		for len(text) < r.IntN(400)+1 {
			p := pats[r.IntN(len(pats))].text
			switch r.IntN(6) {
			case 0:
				p = p[:r.IntN(len(p)+1)]
			case 1:
				p = p[r.IntN(len(p)+1):]
			case 2:
				p = string([]byte{byte(r.IntN(256))})
			}
			text = append(text, p...)
			if r.IntN(3) == 0 {
				text = append(text, ' ')
			}
		}
		checkScan(t, c.ac, pats, text, func(p pattern) bool { return p.text == ipLiteral || p.text == windowLiteral })
	}
}

// TestAutomatonLongPhrases: phrases of 40 to 340 bytes of one letter and
// a few others, whose walks stay out of step past syncWindow, in texts of
// up to 2,000 bytes (newcomer review S41).
func TestAutomatonLongPhrases(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for round := 0; round < 400; round++ {
		var pats []pattern
		for i := 0; i < 1+r.IntN(6); i++ {
			l := 40 + r.IntN(300)
			b := make([]byte, l)
			for k := range b {
				b[k] = 'a'
				if r.IntN(30) == 0 {
					b[k] = 'b'
				}
			}
			pats = append(pats, pattern{text: string(b), leftBound: r.IntN(3) == 0, rightBound: r.IntN(3) == 0})
		}
		a := buildAutomaton(pats)
		for k := 0; k < 30; k++ {
			l := r.IntN(2000)
			text := make([]byte, l)
			for i := range text {
				text[i] = 'a'
				if r.IntN(40) == 0 {
					text[i] = 'b'
				} else if r.IntN(200) == 0 {
					text[i] = ' '
				}
			}
			if r.IntN(2) == 0 && l > 0 {
				p := pats[r.IntN(len(pats))].text
				at := r.IntN(l)
				text = append(text[:at], append([]byte(p), text[at:]...)...)
			}
			checkScan(t, a, pats, text, nil)
		}
	}
}

// checkScan fails t when a's scan of text reports another set of patterns
// than a search for each pattern alone (naiveHits), naming each pattern
// they disagree on. set, when given, picks the patterns the classifier
// reports itself rather than from the text (ipLiteral, windowLiteral),
// which the comparison leaves out.
func checkScan(t *testing.T, a *automaton, pats []pattern, text []byte, set func(pattern) bool) {
	t.Helper()
	var got hitSet
	a.scan(text, &got)
	for id, p := range pats {
		if set != nil && set(p) {
			got.words[id>>6] &^= 1 << (id & 63)
		}
	}
	want := naiveHits(pats, text)
	clear(got.used[:])
	clear(want.used[:])
	if got == want {
		return
	}
	for id, p := range pats {
		if got.has(uint16(id)) != want.has(uint16(id)) {
			t.Errorf("scan(%q): pattern %q (left bound %v, right bound %v): got %v, want %v",
				text, p.text, p.leftBound, p.rightBound, got.has(uint16(id)), want.has(uint16(id)))
		}
	}
	t.FailNow()
}
