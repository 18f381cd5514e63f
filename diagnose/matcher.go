package diagnose

// maxPatterns bounds the phrase table so that the per-call match set is a
// fixed-size array on the stack rather than a heap allocation.
const maxPatterns = 64 * 64

// hitSet records which patterns occurred in a text. used has bit w set when
// words[w] is not zero, so that folding the hits visits only those words.
type hitSet struct {
	words [maxPatterns / 64]uint64
	used  uint64
}

func (h *hitSet) set(id uint16) {
	h.words[id>>6] |= 1 << (id & 63)
	h.used |= 1 << (id >> 6)
}

func (h *hitSet) has(id uint16) bool { return h.words[id>>6]&(1<<(id&63)) != 0 }

// pattern is one literal searched for in normalised text. Word-boundary
// flags stop short tokens ("pbl", "spf", "ib104") from matching inside other
// words ("pblic", "openspf", "lib1045").
type pattern struct {
	text       string
	leftBound  bool
	rightBound bool
}

// automaton is an Aho-Corasick matcher over a compressed byte alphabet: one
// pass over the text reports every pattern, however many rules exist. It is
// read-only after construction and so safe for concurrent use.
//
// Shallow states (trie depth <= denseDepth), which almost every byte of a
// text passes through, have full DFA rows; deeper states keep only their trie
// edges plus a failure link. That keeps the structure around 200 KB instead
// of ~1.5 MB for a full DFA, so it stays in cache: memory, not arithmetic,
// is what bounds the scan.
type automaton struct {
	class  [256]uint8
	nclass int
	dense  int      // states [0, dense) have rows in next
	next   []uint16 // state*nclass + class -> state | outputFlag
	// Sparse part: deep[s-dense] for states >= dense. Most deep states have
	// a single trie edge, stored inline so one step reads one 8-byte node;
	// others list their edges in edgeClass/edgeTo[idx:idx+n].
	deep      []deepNode
	edgeClass []uint8
	edgeTo    []uint16 // state | outputFlag
	outIdx    []uint32 // outputs of state s are outs[outIdx[s]:outIdx[s+1]]
	outs      []uint16
	pats      []pattern
	// bound holds each pattern's word-boundary demands and length in a
	// compact form, so reporting a match does not touch pats:
	// length<<2 | rightBound<<1 | leftBound.
	bound []uint32
}

// deepNode is the sparse representation of a state below denseDepth.
type deepNode struct {
	fail uint16 // failure link (a state id, no flag)
	to   uint16 // single edge target | outputFlag, when n == 1
	cls  uint8  // single edge class, when n == 1
	n    uint8  // number of trie edges
	idx  uint16 // first edge in edgeClass/edgeTo, when n > 1
}

// denseDepth bounds the states given full DFA rows.
const denseDepth = 3

// outputFlag marks transitions into states that report patterns, so the
// scan loop touches the output table only when something matched.
const outputFlag = 1 << 15

func buildAutomaton(pats []pattern) *automaton {
	if len(pats) > maxPatterns {
		panic("diagnose: too many patterns")
	}
	a := &automaton{pats: pats}
	// Alphabet: every byte that occurs in a pattern gets a class; all other
	// bytes share class 0, which keeps the transition table small.
	a.nclass = 1
	for _, p := range pats {
		for i := 0; i < len(p.text); i++ {
			if a.class[p.text[i]] == 0 {
				a.class[p.text[i]] = uint8(a.nclass)
				a.nclass++
				if a.nclass > 255 {
					panic("diagnose: alphabet too large")
				}
			}
		}
	}
	nc := a.nclass
	goTo := make([]int32, nc) // trie; -1 = no edge
	for i := range goTo {
		goTo[i] = -1
	}
	own := [][]uint16{nil}
	states := 1
	for id, p := range pats {
		s := 0
		for i := 0; i < len(p.text); i++ {
			c := int(a.class[p.text[i]])
			if goTo[s*nc+c] < 0 {
				goTo[s*nc+c] = int32(states)
				for k := 0; k < nc; k++ {
					goTo = append(goTo, -1)
				}
				own = append(own, nil)
				states++
			}
			s = int(goTo[s*nc+c])
		}
		own[s] = append(own[s], uint16(id))
	}
	if states >= outputFlag {
		panic("diagnose: automaton too large")
	}
	// Breadth-first pass: fail links, merged outputs, full DFA transitions.
	// The visiting order is also the new state numbering, which puts the
	// shallow states first, so the dense rows are one contiguous block.
	trie := append([]int32(nil), goTo...)
	depth := make([]int, states)
	fail := make([]int32, states)
	outs := make([][]uint16, states)
	outs[0] = own[0]
	order := make([]int32, 1, states)
	for c := 0; c < nc; c++ {
		if t := goTo[c]; t > 0 {
			order = append(order, t)
			depth[t] = 1
		} else {
			goTo[c] = 0
		}
	}
	for i := 1; i < len(order); i++ {
		s := order[i]
		outs[s] = append(append([]uint16(nil), own[s]...), outs[fail[s]]...)
		for c := 0; c < nc; c++ {
			t := goTo[int(s)*nc+c]
			if t < 0 {
				goTo[int(s)*nc+c] = goTo[int(fail[s])*nc+c]
				continue
			}
			fail[t] = goTo[int(fail[s])*nc+c]
			depth[t] = depth[s] + 1
			order = append(order, t)
		}
	}
	for i, old := range order {
		if depth[old] <= denseDepth {
			a.dense = i + 1
		}
	}
	// The deep states are numbered depth-first along the trie, so that
	// following a phrase reads consecutive nodes (eight to a cache line)
	// instead of one node per trie level, each in another part of deep.
	deepOrder := order[:a.dense:a.dense]
	stack := make([]int32, 0, 64)
	for _, s := range order[:a.dense] {
		if depth[s] != denseDepth {
			continue
		}
		for c := nc - 1; c >= 0; c-- {
			if t := trie[int(s)*nc+c]; t > 0 {
				stack = append(stack, t)
			}
		}
		for len(stack) > 0 {
			t := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			deepOrder = append(deepOrder, t)
			for c := nc - 1; c >= 0; c-- {
				if u := trie[int(t)*nc+c]; u > 0 {
					stack = append(stack, u)
				}
			}
		}
	}
	if len(deepOrder) != states {
		panic("diagnose: automaton numbering lost states")
	}
	order = deepOrder
	renum := make([]uint16, states)
	for newID, old := range order {
		renum[old] = uint16(newID)
	}
	target := func(t int32) uint16 {
		v := renum[t]
		if len(outs[t]) > 0 {
			v |= outputFlag
		}
		return v
	}
	a.next = make([]uint16, a.dense*nc)
	a.outIdx = make([]uint32, states+1)
	for newID, old := range order {
		a.outIdx[newID] = uint32(len(a.outs))
		a.outs = append(a.outs, outs[old]...)
		if newID < a.dense {
			for c := 0; c < nc; c++ {
				a.next[newID*nc+c] = target(goTo[int(old)*nc+c])
			}
			continue
		}
		nd := deepNode{fail: renum[fail[old]], idx: uint16(len(a.edgeTo))}
		for c := 0; c < nc; c++ {
			if t := trie[int(old)*nc+c]; t > 0 {
				nd.n++
				nd.cls, nd.to = uint8(c), target(t)
				a.edgeClass = append(a.edgeClass, uint8(c))
				a.edgeTo = append(a.edgeTo, target(t))
			}
		}
		if len(a.edgeTo) > 65535 {
			panic("diagnose: automaton too large")
		}
		a.deep = append(a.deep, nd)
	}
	a.outIdx[states] = uint32(len(a.outs))
	a.bound = make([]uint32, len(pats))
	for i, p := range pats {
		b := uint32(len(p.text)) << 2
		if p.leftBound {
			b |= 1
		}
		if p.rightBound {
			b |= 2
		}
		a.bound[i] = b
	}
	return a
}

// scan records every pattern occurring in text (respecting word boundaries).
func (a *automaton) scan(text []byte, hits *hitSet) {
	next, class, nc, dense := a.next, &a.class, a.nclass, a.dense
	deep, edgeClass, edgeTo := a.deep, a.edgeClass, a.edgeTo
	s := 0
	for i, b := range text {
		c := class[b]
		var v uint16
	step:
		for {
			if s < dense {
				v = next[s*nc+int(c)]
				break
			}
			nd := &deep[s-dense]
			if nd.n == 1 {
				if nd.cls == c {
					v = nd.to
					break
				}
			} else {
				for k := int(nd.idx); k < int(nd.idx)+int(nd.n); k++ {
					if edgeClass[k] == c {
						v = edgeTo[k]
						break step
					}
				}
			}
			s = int(nd.fail)
		}
		s = int(v &^ outputFlag)
		if v&outputFlag == 0 {
			continue
		}
		for _, id := range a.outs[a.outIdx[s]:a.outIdx[s+1]] {
			if b := a.bound[id]; b&3 != 0 {
				if b&1 != 0 {
					if st := i + 1 - int(b>>2); st > 0 && isAlnum(text[st-1]) {
						continue
					}
				}
				if b&2 != 0 && i+1 < len(text) && isAlnum(text[i+1]) {
					continue
				}
			}
			hits.set(id)
		}
	}
}
