package diagnose

import (
	"bytes"
	"fmt"
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
// or four walks scan splits a text into) against a search for each pattern
// alone, over every response the package has, normalised as classify reads
// it, and over cuts of each, so that the parts' borders fall on every kind
// of byte and the texts on each side of twoWayMin and fourWayMin.
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
		for _, cut := range []int{len(text), len(text) * 2 / 3, len(text)/2 + 1, 67, 65, 64, 63, 40, 33, 32, 31} {
			if cut > len(text) {
				continue
			}
			part := text[:cut]
			var got hitSet
			c.ac.scan(part, &got)
			clear(got.used[:])
			want := naiveHits(pats, part)
			clear(want.used[:])
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

// bigPatterns returns n generated phrases of length 12 to 17 over a..z,
// digits and inner spaces, every seventh with word boundaries. They share
// little but their first bytes, so the automaton has about 13 states per
// phrase (52,120 for bigCount of them).
func bigPatterns(n int, seed uint64) []pattern {
	if n > maxPatterns {
		panic("bigPatterns: more than maxPatterns")
	}
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789 "
	x := seed
	next := func() uint64 { // xorshift64
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return x
	}
	pats := make([]pattern, n)
	for i := range pats {
		b := make([]byte, 12+next()%6)
		for k := range b {
			b[k] = letters[next()%(uint64(len(letters))-1)]
			if k > 0 && k < len(b)-1 && next()%8 == 0 {
				b[k] = ' '
			}
		}
		pats[i] = pattern{text: string(b), leftBound: i%7 == 0, rightBound: i%7 == 0}
	}
	return pats
}

// bigCount is how many bigPatterns TestAutomatonBeyond32K builds: enough
// for more than 32,768 states (52,120).
const bigCount = 4096

// bigPatterns64K returns bigPatterns(bigCount, 1) with "xyzzy" added to
// each: 5 more states per phrase, 72,600 in all, more than 65,536.
func bigPatterns64K() []pattern {
	pats := bigPatterns(bigCount, 1)
	for i := range pats {
		pats[i].text += "xyzzy"
	}
	return pats
}

// TestAutomatonBeyond32K builds an automaton with more states than the
// 32,768 that 15-bit state numbers (the top bit once flagged outputs)
// allowed and checks that phrases ending in states numbered above that
// are found, alone and inside longer texts that scan walks two ways.
func TestAutomatonBeyond32K(t *testing.T) {
	checkBigAutomaton(t, bigPatterns(bigCount, 1), 1<<15)
}

// TestAutomatonBeyond64K does the same beyond the 65,536 states that
// 16-bit state numbers allowed.
func TestAutomatonBeyond64K(t *testing.T) {
	checkBigAutomaton(t, bigPatterns64K(), 1<<16)
}

// checkBigAutomaton builds an automaton of more than above states from
// pats and checks that the phrases ending in states numbered above that
// are found, alone and inside longer texts that scan walks two ways.
func checkBigAutomaton(t *testing.T, pats []pattern, above int) {
	t.Helper()
	a := buildAutomaton(pats)
	if len(a.nodes) <= above || len(a.nodes) > maxStates {
		t.Fatalf("%d states, want between %d and %d", len(a.nodes), above+1, maxStates)
	}
	// The state each phrase ends in.
	end := func(p string) int {
		s := 0
		for i := 0; i < len(p); i++ {
			s = int(a.step(s, a.class[p[i]]))
		}
		return s
	}
	high := 0
	for id, p := range pats {
		s := end(p.text)
		if s < above {
			continue
		}
		high++
		if s < a.outStart {
			t.Fatalf("phrase %q ends in state %d, below outStart %d", p.text, s, a.outStart)
		}
		var got hitSet
		a.scan([]byte(p.text), &got)
		if !got.has(uint16(id)) {
			t.Fatalf("phrase %d %q (state %d) not found alone", id, p.text, s)
		}
	}
	if high < 100 {
		t.Fatalf("only %d phrases end above state %d", high, above-1)
	}
	// Texts of several phrases, cut and joined so that boundaries hold or
	// not, against the search per phrase.
	x := uint64(7)
	for n := 0; n < 2000; n++ {
		var text []byte
		for k := 0; k < 1+n%5; k++ {
			x = x*6364136223846793005 + 1442695040888963407
			p := pats[(x>>33)%uint64(len(pats))].text
			if x&(1<<20) != 0 {
				p = p[:len(p)-1] // a phrase cut short must not match
			}
			text = append(text, p...)
			if x&(1<<21) != 0 {
				text = append(text, ' ')
			}
		}
		var got hitSet
		a.scan(text, &got)
		clear(got.used[:])
		want := naiveHits(pats, text)
		clear(want.used[:])
		if got != want {
			t.Fatalf("scan(%q) differs from the search per phrase", text)
		}
	}
}

// TestAutomatonTooLarge checks that more states than the limit are
// refused rather than numbered wrong, and that exactly the limit is not.
// It lowers the limit to the states of bigPatterns64K, 72,600: maxStates,
// 1<<20, is out of reach of maxPatterns phrases (bigPatterns(maxPatterns)
// take about 103,000 states).
func TestAutomatonTooLarge(t *testing.T) {
	pats := bigPatterns64K()
	n := len(buildAutomaton(pats).nodes)
	if n <= 1<<16 || n > maxStates {
		t.Fatalf("%d states, want between 65,537 and %d", n, maxStates)
	}
	if a := buildAutomatonMax(pats, n); len(a.nodes) != n {
		t.Fatalf("limit %d: %d states", n, len(a.nodes))
	}
	for _, limit := range []int{n - 1, 1 << 16} {
		func() {
			defer func() {
				if r := recover(); r != "diagnose: automaton too large" {
					t.Fatalf("limit %d: recovered %v, want the too-large panic", limit, r)
				}
			}()
			buildAutomatonMax(pats, limit)
		}()
	}
}

// TestMaxPatterns builds an automaton and a classifier's pattern table
// from maxPatterns short phrases, so that ids use every word of a hitSet,
// and checks that scan finds each phrase, alone and in texts, and that
// the fold over the hits (Classifier.scan) reaches the patterns beyond
// the first 4,096 ids: their signals, provider and rules.
func TestMaxPatterns(t *testing.T) {
	pats := make([]pattern, maxPatterns)
	for i := range pats {
		pats[i] = pattern{text: fmt.Sprintf("p%04x", i), leftBound: true, rightBound: true}
	}
	a := buildAutomaton(pats)
	c := &Classifier{ac: a, pat: make([]patInfo, len(pats))}
	for id := range pats {
		c.pat[id] = patInfo{rulesAt: uint32(len(c.patRules)), rulesN: 1, sig: signal(1) << (id % 11), provider: uint8(1 + id%200)}
		c.patRules = append(c.patRules, uint16(id%maxRules))
	}
	for _, id := range []int{0, 63, 64, 4095, 4096, 4097, 6000, 8128, maxPatterns - 1} {
		var sr scanResult
		c.scan([]byte("x "+pats[id].text+" y"), &sr)
		if !sr.hits.has(uint16(id)) {
			t.Fatalf("pattern %d %q not found", id, pats[id].text)
		}
		if sr.signals != signal(1)<<(id%11) || sr.provider != id%200 || !sr.rules.has(id%maxRules) {
			t.Fatalf("pattern %d: signals %b provider %d, rule %d %v: the fold missed it", id, sr.signals, sr.provider, id%maxRules, sr.rules.has(id%maxRules))
		}
	}
	x := uint64(3)
	for n := 0; n < 500; n++ {
		var text []byte
		for k := 0; k < 1+n%7; k++ {
			x = x*6364136223846793005 + 1442695040888963407
			text = append(text, pats[(x>>33)%maxPatterns].text...)
			if x&(1<<20) != 0 {
				text = append(text, ' ')
			}
		}
		var got hitSet
		a.scan(text, &got)
		if want := naiveHits(pats, text); got != want {
			t.Fatalf("scan(%q) differs from the search per phrase", text)
		}
	}
	defer func() {
		if r := recover(); r != "diagnose: too many patterns" {
			t.Fatalf("recovered %v, want the too-many panic", r)
		}
	}()
	buildAutomaton(append(pats, pattern{text: "one more"}))
}

// TestRuleGroupsRefuseConjunctions: a rule's all and unless groups take
// single patterns; a " && " there, which only rule.any splits, would be
// matched as literal text and never fire, so building it panics (review
// S36B: an unknown-server rule that never fired). rule.any still splits.
func TestRuleGroupsRefuseConjunctions(t *testing.T) {
	for _, r := range []rule{
		{cat: CategoryOther, all: [][]string{{"smtp server && not found"}}},
		{cat: CategoryOther, any: []string{"smtp server"}, unless: []string{"user && unknown"}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("rule %+v built without a panic", r)
				}
			}()
			b := &builder{index: map[pattern]uint16{}}
			b.rule(r)
		}()
	}
	b := &builder{index: map[pattern]uint16{}}
	if cr := b.rule(rule{cat: CategoryOther, any: []string{"smtp server && not found"}}); len(cr.clauses) != 1 || len(cr.clauses[0]) != 2 {
		t.Errorf("rule.any's conjunction: clauses %v", cr.clauses)
	}
}
