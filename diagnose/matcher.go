package diagnose

import (
	"slices"
	"strings"
)

// maxPatterns bounds the phrase table so that the per-call match set is a
// fixed-size array on the stack rather than a heap allocation. At 4,096 the
// shipped tables had reached 4,079 patterns, at 8,192 (session 41) 8,128;
// 12,288 gives the room of a set of 1.5 KiB (zeroed once per
// classification). Pattern ids are uint16, so the bound may grow to
// 65,536. It, not the automaton's states (maxStates), is the first limit:
// the shipped tables have about 11.8 states a pattern, so 12,288 of them
// would take about 145,000 states.
const maxPatterns = 192 * 64

// hitSet records which patterns occurred in a text. used has bit w%64 of
// used[w/64] set when words[w] is not zero, so that folding the hits visits
// only those words.
type hitSet struct {
	words [maxPatterns / 64]uint64
	used  [maxPatterns / 64 / 64]uint64
}

func (h *hitSet) set(id uint16) {
	h.words[id>>6] |= 1 << (id & 63)
	h.used[id>>12] |= 1 << ((id >> 6) & 63)
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
// It is a full DFA stored compactly: a state's transitions are those of a
// row shared with other states (its own, or a shallower state's it agrees
// with on all but a few classes) plus up to maxExceptions classes where it
// differs. A step then reads the state's node, one row entry, and picks
// the exception without a branch (step): the scan is a chain of two table
// reads per byte with no mispredicted branches, where a trie with failure
// links branches on every byte on whether the state is shallow, whether
// the byte follows the phrase and how far to fall back. Most states are
// deep in a single phrase and differ from the state their failure link
// names in the one byte that continues the phrase, so few states need a
// row of their own: for the shipped rules, 76,043 states (the limit is
// maxStates, 1,048,576) in 82 byte classes need 3,344 rows, 1,097 KB of
// 32-bit rows and 1,521 KB of 20-byte nodes (16 bytes before the nodes
// held where their outputs are), about 2.7 MB in all with the 14,132
// outputs of the 9,193 states that have any. (With 16-bit state numbers,
// full at 65,536 states, the same tables took 1.32 MB: 475 KB of rows and
// 786 KB of 12-byte nodes. The trie with failure links the DFA replaced
// took about 425 KB at 29,122 states; the branch-free scan more than paid
// for the difference.)
type automaton struct {
	class  [256]uint8
	nclass int
	nodes  []dfaNode
	rows   []uint32 // rows of nclass transitions: the next state
	// outStart is the first state that reports patterns: states are
	// numbered so that those with outputs come last, and the scan tests
	// s >= outStart (a compare, no table read) to know that it must look.
	// The outputs of state s are outs[nodes[s].out : nodes[s].out+nodes[s].outN].
	outStart int
	// outs are the patterns each state reports, each with what report
	// needs to check its word boundaries (outputOf), so that reporting a
	// state reads its node, which the next step reads anyway, and its
	// outputs, and nothing else. (Output offsets in an array of their own
	// and the boundaries in one by pattern made three reads from three
	// tables, most of them cache misses, for every state reported.)
	outs []uint32
	pats []pattern
}

// dfaNode is one state: its transitions are rows[row+class], except on
// classes c1 and c2 (noClass when unused), which go to t1 and t2. Its
// outputs are outs[out : out+outN].
type dfaNode struct {
	row    uint32
	t1, t2 uint32
	out    uint32
	c1, c2 uint8
	outN   uint16
}

// outputOf is a pattern's entry in automaton.outs: its id in the low 16
// bits, leftBound at bit 16, rightBound at bit 17 and its length above.
func outputOf(id uint16, p pattern) uint32 {
	if len(p.text) >= maxPatternLen {
		panic("diagnose: pattern too long")
	}
	e := uint32(id) | uint32(len(p.text))<<18
	if p.leftBound {
		e |= 1 << 16
	}
	if p.rightBound {
		e |= 1 << 17
	}
	return e
}

// maxPatternLen bounds a pattern's length: the 14 bits outputOf keeps.
const maxPatternLen = 1 << 14

// maxExceptions is how many classes a state may differ from its row in
// before it gets a row of its own (two: dfaNode's c1 and c2).
const maxExceptions = 2

// noClass is a class no byte has (buildAutomaton allows at most 255).
const noClass = 255

// shallowDepth bounds the states numbered breadth-first (buildAutomaton).
const shallowDepth = 3

// maxStates is how many states the automaton may have. State numbers are
// uint32 (rows, exceptions, the scan's sync window), so the numbering
// itself would allow far more; whether a state reports patterns is told by
// its number's place (automaton.outStart), not by a flag bit. The bound is
// the build's: a table that runs away is refused (its states are counted
// before any is made) instead of exhausting memory. (The build no longer
// holds a dense table of 8 bytes per state and byte class, 690 MB at 1<<20
// states of 82 classes, but the rows of a runaway table would still grow
// with it.) 1<<20 is 16 times the shipped tables and
// more than 65,536 patterns (all that uint16 ids allow) take at today's
// 11.5 states each. uint16 state numbers had limited it to 65,536, which
// the shipped tables reached at 65,534; before that the top bit flagged
// outputs and the limit was 32,768.
const maxStates = 1 << 20

func buildAutomaton(pats []pattern) *automaton { return buildAutomatonMax(pats, maxStates) }

// buildAutomatonMax is buildAutomaton refusing more than limit states
// (maxStates, or less for tests).
func buildAutomatonMax(pats []pattern, limit int) *automaton {
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
	// The trie is built from the patterns sorted by their texts in byte
	// classes, and the DFA from the trie without a dense table: a state's
	// transitions are those of a row (its own, or the one its failure
	// link uses) but for a few classes, and the classes where they can
	// differ from that of its failure link are those of its children and
	// the failure link's exceptions, a handful, so deciding whether it
	// shares the row reads those and no more. The dense states × classes
	// table this replaced (32 MB for the shipped rules) grew a row at a
	// time and was read over five times: the build took a quarter of a
	// second and made 230 MB of garbage at the start of every process
	// (mailflow bench's processor paid 0.3 µs an event for it at a
	// million events).
	//
	// The trie's states are made in the keys' sorted order, not in the
	// patterns' as they were; the automaton does not depend on it: states
	// are numbered below by their place in the trie, and a state's
	// patterns stay in id order.
	total := 0
	for _, p := range pats {
		total += len(p.text)
	}
	keyBytes := make([]byte, 0, total)
	for _, p := range pats {
		for i := 0; i < len(p.text); i++ {
			keyBytes = append(keyBytes, a.class[p.text[i]])
		}
	}
	all := string(keyBytes)
	keys := make([]string, len(pats)) // the patterns' texts in classes
	for i, off := 0, 0; i < len(pats); i++ {
		keys[i] = all[off : off+len(pats[i].text)]
		off += len(pats[i].text)
	}
	ids := make([]int32, len(pats))
	for i := range ids {
		ids[i] = int32(i)
	}
	slices.SortStableFunc(ids, func(x, y int32) int { return strings.Compare(keys[x], keys[y]) })
	// Each key adds a state for each of its classes past the prefix it
	// shares with the key before it; a trie past the limit is refused
	// before it is built.
	states, prev := 1, ""
	for _, id := range ids {
		states += len(keys[id]) - commonPrefix(keys[id], prev)
		prev = keys[id]
	}
	if states > limit {
		panic("diagnose: automaton too large")
	}
	parent := make([]int32, states)
	class := make([]uint8, states) // of the edge into the state
	own := make([][]uint16, states)
	path := make([]int32, 1, 64) // the states along the key before
	made := int32(1)
	prev = ""
	for _, id := range ids {
		k := keys[id]
		path = path[:commonPrefix(k, prev)+1]
		for d := len(path) - 1; d < len(k); d++ {
			parent[made], class[made] = path[d], k[d]
			path = append(path, made)
			made++
		}
		own[path[len(k)]] = append(own[path[len(k)]], uint16(id))
		prev = k
	}
	if len(own[0]) > 0 {
		panic("diagnose: empty pattern")
	}
	// A state's children in class order (the order they were made in):
	// kids[first[s]:first[s+1]].
	first := make([]int32, states+1)
	for t := 1; t < states; t++ {
		first[parent[t]+1]++
	}
	for s := 0; s < states; s++ {
		first[s+1] += first[s]
	}
	kids := make([]int32, states-1)
	fill := slices.Clone(first[:states])
	for t := 1; t < states; t++ {
		kids[fill[parent[t]]] = int32(t)
		fill[parent[t]]++
	}
	children := func(s int32) []int32 { return kids[first[s]:first[s+1]] }
	// Breadth-first order and depths.
	depth := make([]int, states)
	order := make([]int32, 1, states)
	for i := 0; i < len(order); i++ {
		s := order[i]
		for _, t := range children(s) {
			depth[t] = depth[s] + 1
			order = append(order, t)
		}
	}
	// States are numbered breadth-first to shallowDepth, then depth-first
	// along the trie, so that following a phrase reads consecutive nodes
	// instead of one node per trie level, each in another part of nodes.
	shallow := 0
	for i, old := range order {
		if depth[old] <= shallowDepth {
			shallow = i + 1
		}
	}
	deepOrder := order[:shallow:shallow]
	stack := make([]int32, 0, 64)
	for _, s := range order[:shallow] {
		if depth[s] != shallowDepth {
			continue
		}
		ks := children(s)
		for i := len(ks) - 1; i >= 0; i-- {
			stack = append(stack, ks[i])
		}
		for len(stack) > 0 {
			t := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			deepOrder = append(deepOrder, t)
			ks := children(t)
			for i := len(ks) - 1; i >= 0; i-- {
				stack = append(stack, ks[i])
			}
		}
	}
	if len(deepOrder) != states {
		panic("diagnose: automaton numbering lost states")
	}
	// Breadth-first pass: failure links, merged outputs, and each
	// state's transitions as a row and its exceptions. base is the state
	// whose row a state uses (itself when it has one), rowOf a row
	// owner's row, and rowData the rows, of nc next states each. A state
	// shares the row its failure link uses when they differ on at most
	// maxExceptions classes. Rows are numbered breadth-first, so that a
	// state's failure link has its row settled when the state asks.
	fail := make([]int32, states)
	outs := make([][]uint16, states)
	base := make([]int32, states)
	rowOf := make([]int32, states)
	type exception struct {
		c uint8
		t int32
	}
	exc := make([][maxExceptions]exception, states)
	excN := make([]uint8, states)
	rowData := make([]int32, nc, 64*nc) // the root's row first
	for _, t := range children(0) {
		rowData[class[t]] = t
	}
	rowStates := []int32{0}
	// next is the DFA's transition from a state settled already.
	next := func(s int32, c uint8) int32 {
		for _, e := range exc[s][:excN[s]] {
			if e.c == c {
				return e.t
			}
		}
		return rowData[int(rowOf[base[s]])*nc+int(c)]
	}
	var cands []uint8
	var diff [maxExceptions + 1]exception
	for _, s := range order[1:] {
		f := fail[s]
		outs[s] = append(append([]uint16(nil), own[s]...), outs[f]...)
		// The transition of s on class c: its child's, else its
		// failure link's.
		step := func(c uint8) int32 {
			for _, t := range children(s) {
				if class[t] == c {
					return t
				}
			}
			return next(f, c)
		}
		b := base[f]
		row := rowData[int(rowOf[b])*nc : int(rowOf[b]+1)*nc]
		cands = cands[:0]
		for _, t := range children(s) {
			cands = append(cands, class[t])
		}
		for _, e := range exc[f][:excN[f]] {
			cands = append(cands, e.c)
		}
		slices.Sort(cands)
		cands = slices.Compact(cands)
		n := 0
		for _, c := range cands {
			if t := step(c); t != row[c] {
				diff[n] = exception{c, t}
				if n++; n > maxExceptions {
					break
				}
			}
		}
		if n <= maxExceptions {
			base[s] = b
			excN[s] = uint8(n)
			copy(exc[s][:], diff[:n])
		} else {
			base[s] = s
			rowOf[s] = int32(len(rowStates))
			rowStates = append(rowStates, s)
			at := len(rowData)
			rowData = append(rowData, row...)
			for _, e := range exc[f][:excN[f]] {
				rowData[at+int(e.c)] = e.t
			}
			for _, t := range children(s) {
				rowData[at+int(class[t])] = t
			}
		}
		for _, t := range children(s) {
			fail[t] = next(f, class[t])
		}
	}
	// Then the states that report patterns are moved to the end, each
	// part keeping that order, so that a number at or above outStart
	// says "look at the outputs". The root reports nothing and stays 0.
	numbered := make([]int32, 0, states)
	for _, old := range deepOrder {
		if len(outs[old]) == 0 {
			numbered = append(numbered, old)
		}
	}
	a.outStart = len(numbered)
	for _, old := range deepOrder {
		if len(outs[old]) > 0 {
			numbered = append(numbered, old)
		}
	}
	renum := make([]uint32, states)
	for newID, old := range numbered {
		renum[old] = uint32(newID)
	}
	a.rows = make([]uint32, len(rowData))
	for i, t := range rowData {
		a.rows[i] = renum[t]
	}
	a.nodes = make([]dfaNode, states)
	for newID, old := range numbered {
		nd := dfaNode{row: uint32(rowOf[base[old]]) * uint32(nc), c1: noClass, c2: noClass, out: uint32(len(a.outs))}
		if len(outs[old]) > 0xFFFF {
			panic("diagnose: too many patterns end in one state")
		}
		nd.outN = uint16(len(outs[old]))
		for _, id := range outs[old] {
			a.outs = append(a.outs, outputOf(id, pats[id]))
		}
		if excN[old] > 0 {
			nd.c1, nd.t1 = exc[old][0].c, renum[exc[old][0].t]
		}
		if excN[old] > 1 {
			nd.c2, nd.t2 = exc[old][1].c, renum[exc[old][1].t]
		}
		a.nodes[newID] = nd
	}
	return a
}

// commonPrefix returns the length of the longest prefix a and b share.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// scan records every pattern occurring in text (respecting word boundaries).
//
// An automaton's step waits for the step before it (the next state is read
// from a table the last state indexes), so one pass over a text is bound by
// the latency of a cache read per byte, not by work. Texts of twoWayMin
// bytes and more are therefore scanned as several parts at once (two, or
// four from fourWayMin bytes): a walk starts at the root at the beginning
// of each part, and the interleaved chains overlap in the processor. A
// later part's walk has states that are suffixes of the true ones, so
// every pattern it reports occurs; it may miss one that began in the part
// before, which is why each walk but the last then runs on into the next
// part until its state equals the one that part's walk had at the same
// byte. From there both walks are the same, and together they report what
// one walk would.
//
// The walks do not branch on whether a state reports patterns: the states
// that do are noted in a small buffer, unconditionally and advancing its
// length by the comparison's outcome, and reported after a block of
// steps. A branch per state, as unpredictable as the text, would be
// mispredicted about once a word, and every misprediction discards the
// reads that the other walks had in flight.
func (a *automaton) scan(text []byte, hits *hitSet) {
	switch {
	case len(text) >= fourWayMin:
		a.scan4(text, hits)
	case len(text) >= twoWayMin:
		a.scan2(text, hits)
	default:
		a.scanFrom(text, 0, 0, len(text), hits)
	}
}

// twoWayMin and fourWayMin are the shortest texts scan splits into two
// and four walks, and syncWindow how far into a part a walk that ran on
// into it compares its states with the part's own walk.
const (
	twoWayMin  = 32
	fourWayMin = 64
	syncWindow = 64
)

// pendLen is the length of the buffer of states to report, and
// blockSteps how many steps of each of four walks fill it at most.
const (
	pendLen    = 64
	blockSteps = pendLen / 4
)

// pending is a state to report: its number above the byte's index.
type pending = uint64

// isOut is 1 when state s reports patterns (s >= out), else 0, computed
// without a branch.
func isOut(s, out int) int { return int(uint(out-1-s) >> 63) }

// same is 1 when state s is the state other, else 0, without a branch.
func same(s int, other uint32) int {
	x := uint32(s) ^ other
	return int((x|-x)>>31) ^ 1
}

// scan2 is scan in two parts.
func (a *automaton) scan2(text []byte, hits *hitSet) {
	n := len(text) / 2
	var later [1][syncWindow]uint32 // the second walk's first states
	var pend [pendLen]pending
	s0, s1 := 0, 0
	class := &a.class
	out := a.outStart
	for i0 := 0; i0 < n; i0 += 2 * blockSteps {
		np := 0
		for i := i0; i < min(i0+2*blockSteps, n); i++ {
			j := n + i
			s0, s1 = int(a.step(s0, class[text[i]])), int(a.step(s1, class[text[j]]))
			pend[np%pendLen] = pending(s0)<<32 | pending(i)
			np += isOut(s0, out)
			pend[np%pendLen] = pending(s1)<<32 | pending(j)
			np += isOut(s1, out)
			if i < syncWindow {
				later[0][i] = uint32(s1)
			}
		}
		a.reportPending(text, pend[:np], hits)
	}
	if len(text) > 2*n { // odd length: the second part's last byte
		j := len(text) - 1
		s1 = a.stepReport(text, j, s1, hits)
		if j-n < syncWindow {
			later[0][j-n] = uint32(s1)
		}
	}
	a.catchUp(text, n, 2, s0, n, later[:], hits)
}

// scan4 is scan in four parts.
func (a *automaton) scan4(text []byte, hits *hitSet) {
	n := len(text) / 4
	var later [3][syncWindow]uint32 // the later walks' first states
	var pend [pendLen]pending
	s0, s1, s2, s3 := 0, 0, 0, 0
	class := &a.class
	out := a.outStart
	for i0 := 0; i0 < n; i0 += blockSteps {
		np := 0
		for i := i0; i < min(i0+blockSteps, n); i++ {
			s0 = int(a.step(s0, class[text[i]]))
			s1 = int(a.step(s1, class[text[n+i]]))
			s2 = int(a.step(s2, class[text[2*n+i]]))
			s3 = int(a.step(s3, class[text[3*n+i]]))
			pend[np%pendLen] = pending(s0)<<32 | pending(i)
			np += isOut(s0, out)
			pend[np%pendLen] = pending(s1)<<32 | pending(n+i)
			np += isOut(s1, out)
			pend[np%pendLen] = pending(s2)<<32 | pending(2*n+i)
			np += isOut(s2, out)
			pend[np%pendLen] = pending(s3)<<32 | pending(3*n+i)
			np += isOut(s3, out)
			if i < syncWindow {
				later[0][i], later[1][i], later[2][i] = uint32(s1), uint32(s2), uint32(s3)
			}
		}
		a.reportPending(text, pend[:np], hits)
	}
	for j := 4 * n; j < len(text); j++ { // the last part's last bytes
		s3 = a.stepReport(text, j, s3, hits)
		if j-3*n < syncWindow {
			later[2][j-3*n] = uint32(s3)
		}
	}
	// The first three walks run on into the next part together, each
	// until it meets that part's walk (a bit of done); one that meets it
	// walks on with it, reporting what that walk reports, until all have.
	done, t := 0, 0
	for lim := min(n, syncWindow); t < lim && done != 7; {
		np := 0
		for end := min(t+blockSteps, lim); t < end && done != 7; t++ {
			s0 = int(a.step(s0, class[text[n+t]]))
			s1 = int(a.step(s1, class[text[2*n+t]]))
			s2 = int(a.step(s2, class[text[3*n+t]]))
			pend[np%pendLen] = pending(s0)<<32 | pending(n+t)
			np += isOut(s0, out)
			pend[np%pendLen] = pending(s1)<<32 | pending(2*n+t)
			np += isOut(s1, out)
			pend[np%pendLen] = pending(s2)<<32 | pending(3*n+t)
			np += isOut(s2, out)
			done |= same(s0, later[0][t]) | same(s1, later[1][t])<<1 | same(s2, later[2][t])<<2
		}
		a.reportPending(text, pend[:np], hits)
	}
	for w, s := range [3]int{s0, s1, s2} {
		if done&(1<<w) == 0 {
			a.catchUp(text, n, 4, s, (w+1)*n+t, later[:], hits)
		}
	}
}

// catchUp walks on from state s at text[j], in a text split into parts
// parts of n bytes (the last: to the end) whose walks' first states later
// holds (later[k-1] part k's), until its state equals the one the walk of
// the part it is in had at the same byte, or the text ends. Past the
// first syncWindow bytes of a part it compares again from the next part's
// start.
func (a *automaton) catchUp(text []byte, n, parts, s, j int, later [][syncWindow]uint32, hits *hitSet) {
	for ; j < len(text); j++ {
		s = a.stepReport(text, j, s, hits)
		k := min(j/n, parts-1)
		if i := j - k*n; i < syncWindow && uint32(s) == later[k-1][i] {
			return
		}
	}
}

// reportPending reports the states of pend.
func (a *automaton) reportPending(text []byte, pend []pending, hits *hitSet) {
	for _, p := range pend {
		a.report(text, int(uint32(p)), int(p>>32), hits)
	}
}

// scanFrom walks text[from:to] from state s, recording the patterns that
// end there.
func (a *automaton) scanFrom(text []byte, s, from, to int, hits *hitSet) {
	class := &a.class
	out := a.outStart
	for i := from; i < to; i++ {
		s = int(a.step(s, class[text[i]]))
		if s >= out {
			a.report(text, i, s, hits)
		}
	}
}

// stepReport moves from state s over text[i], records the patterns that
// end at i and returns the new state.
func (a *automaton) stepReport(text []byte, i, s int, hits *hitSet) int {
	s = int(a.step(s, a.class[text[i]]))
	if s >= a.outStart {
		a.report(text, i, s, hits)
	}
	return s
}

// step returns the transition of state s on byte class c.
// The exceptions are picked with masks, not branches: m1 is all ones when
// c is c1, else zero (c^c1 is below 256, so only 0 turns negative when 1
// is taken away). The compiler would not turn "if c == nd.c1 { v = nd.t1 }"
// into a conditional move, since v is the next load's address, and the
// branch it keeps instead is as unpredictable as the text. c1
// and c2 never both equal c: they differ when used, and noClass is no
// byte's class.
func (a *automaton) step(s int, c uint8) uint32 {
	nd := &a.nodes[s]
	v := a.rows[nd.row+uint32(c)]
	m1 := uint32(int32(uint32(c^nd.c1)-1) >> 31)
	m2 := uint32(int32(uint32(c^nd.c2)-1) >> 31)
	v ^= (v ^ nd.t2) & m2
	v ^= (v ^ nd.t1) & m1
	return v
}

// report records the patterns of state s (s >= outStart) that end at
// text[i], where their word boundaries hold. It does not branch on the
// boundaries, which are as unpredictable as the text: a pattern whose
// boundary fails sets no bit (its mask is zero).
func (a *automaton) report(text []byte, i, s int, hits *hitSet) {
	nd := &a.nodes[s]
	rightOK := uint32(1) // no alphanumeric byte follows text[i]
	if i+1 < len(text) {
		rightOK = notWord(text[i+1])
	}
	for _, e := range a.outs[nd.out : nd.out+uint32(nd.outN)] {
		leftOK := uint32(1)
		if st := i + 1 - int(e>>18); st > 0 {
			leftOK = notWord(text[st-1])
		}
		// ok is 1 unless a demanded boundary fails.
		ok := (leftOK | ^e>>16) & (rightOK | ^e>>17) & 1
		id := uint16(e)
		hits.words[id>>6] |= uint64(ok) << (id & 63)
		hits.used[id>>12] |= uint64(ok) << ((id >> 6) & 63)
	}
}

// notWord is 1 when b cannot continue a word (isAlnum is false), else 0:
// wordClass (features.go) classes the same bytes as words, and a look-up
// needs no branch.
func notWord(b byte) uint32 {
	if wordClass[b] == 0 {
		return 1
	}
	return 0
}
