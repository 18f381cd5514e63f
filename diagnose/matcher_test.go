package diagnose

import (
	"bytes"
	"testing"
)

// naiveHits is what scan must report: every pattern that occurs in text
// where its word boundaries hold, found one pattern at a time.
func naiveHits(pats []pattern, text []byte) hitSet {
	var h hitSet
	for id, p := range pats {
		if p.text == ipLiteral || p.text == windowLiteral {
			continue
		}
		for off := 0; ; off++ {
			i := bytes.Index(text[off:], []byte(p.text))
			if i < 0 {
				break
			}
			off += i
			end := off + len(p.text)
			if (!p.leftBound || off == 0 || !isAlnum(text[off-1])) && (!p.rightBound || end == len(text) || !isAlnum(text[end])) {
				h.set(uint16(id))
				break
			}
		}
	}
	return h
}

// TestAutomatonScan checks the automaton (its compressed rows and the two
// walks scan splits a text into) against a search for each pattern alone,
// over every response the package has, normalised as classify reads it,
// and over cuts of each, so that the middle falls on every kind of byte.
func TestAutomatonScan(t *testing.T) {
	c := New(RulesOnly())
	pats := c.ac.pats
	tests := []string{
		"",
		"a",
		"mailbox full",
		"550 5.1.1 user unknown; mailbox unavailable mailbox unavailable",
		"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx mailbox full",
		"the recipient's mailbox is full and cannot accept messages right now, please try again later",
	}
	var texts [][]byte
	for _, s := range tests {
		texts = append(texts, normalize(nil, s, true))
	}
	for _, set := range goldenSets(t) {
		for _, in := range set {
			inner, _ := unwrap(in.response)
			texts = append(texts, normalize(nil, inner, true))
		}
	}
	checked := 0
	for _, text := range texts {
		for _, cut := range []int{len(text), len(text) * 2 / 3, len(text)/2 + 1, 40, 33, 32, 31} {
			if cut > len(text) {
				continue
			}
			part := text[:cut]
			var got hitSet
			c.ac.scan(part, &got)
			got.used = 0
			want := naiveHits(pats, part)
			want.used = 0
			if got != want {
				for id := range pats {
					if got.has(uint16(id)) != want.has(uint16(id)) {
						t.Errorf("scan(%q): pattern %q: hit %v, want %v", part, pats[id].text, got.has(uint16(id)), want.has(uint16(id)))
					}
				}
				t.FailNow()
			}
			checked++
		}
	}
	if checked < 1000 {
		t.Fatalf("checked only %d texts", checked)
	}
}
