// Package linear holds the multinomial linear model that the diagnose
// package consults next to its rules: hashed sparse features (words, word
// pairs, reply and enhanced codes, the rules' own category), one weight per
// feature and class quantised to int8, and the compact binary file those
// weights are checked in as.
//
// The model is a multinomial logistic regression (softmax over the classes)
// trained with AdaGrad; see Train. Scoring adds, for every feature of a
// response, that feature's row of weights to a per-class sum, so its cost
// is linear in the number of features and independent of the number of
// features the model knows.
package linear

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// MaxClasses bounds the number of classes a model file may declare.
const MaxClasses = 64

// maxRows bounds the number of feature rows a model file may declare, so
// that a corrupt header cannot make Decode allocate without bound.
const maxRows = 1 << 20

// magic starts every model file; the byte after it is the format version.
const magic = "MFLM"

const version = 1

// flagRuleFeatures marks a model that reads the rules' category.
const flagRuleFeatures = 1

// Model is a trained linear classifier. It is immutable after Decode or
// Train and safe for concurrent use.
type Model struct {
	classes []string
	// scale converts the int8 weights back to logits per unit of feature
	// value: logit_k = scale · Σ_f w[f][k] / √n for n features.
	scale float32
	// margin is how many logits the model's best class must lead the
	// rules' category by before a combination takes the model's answer
	// over the rules' (see Override). It is chosen offline by
	// cross-validation and carried in the file.
	margin float32
	// ruleFeatures says whether the model was trained with the rules'
	// category among its features (AppendRuleFeatures); a caller must
	// give them exactly when it is set, or the feature count that scales
	// the scores differs from training's.
	ruleFeatures bool
	hashes       []uint32 // feature hashes, ascending (the file's order)
	rows         []int8   // len(hashes) × len(classes)
	// slots is an open-addressing table over hashes, each entry holding
	// the hash and the index+1 of its row in packed (0 = empty) so that a
	// lookup touches one entry and then the row. Its size is a power of
	// two at least 1.5 times len(hashes): small enough to stay in cache,
	// sparse enough for short probes.
	slots []slot
	shift uint
	// packed holds the distinct rows again for scoring: each row as lanes
	// words of 8 weights, a weight w stored as the byte w+128 (padding
	// bytes 128), so that Scores adds a feature's row with a few 64-bit
	// additions of four 16-bit lanes each instead of one addition per
	// class. Features with equal weights share a row: fewer than half the
	// rows of a trained model differ, and the tables the classifier reads
	// per reply are what bounds its cost (they compete for the cache with
	// the rules' automaton).
	packed []uint64
	lanes  int
}

type slot struct{ hash, row uint32 }

// maxLanes is the number of 8-weight words of a row of MaxClasses classes.
const maxLanes = MaxClasses / 8

// Classes returns the model's class names in score order.
func (m *Model) Classes() []string { return append([]string(nil), m.classes...) }

// Margin returns the override margin in logits (see Model.margin).
func (m *Model) Margin() float32 { return m.margin }

// RuleFeatures reports whether the model reads the rules' category
// (linear.AppendRuleFeatures) besides the text's features.
func (m *Model) RuleFeatures() bool { return m.ruleFeatures }

// WithRuleFeatures returns a copy of m marked as reading (or not) the
// rules' category.
func (m *Model) WithRuleFeatures(on bool) *Model {
	c := *m
	c.ruleFeatures = on
	return &c
}

// Rows returns the number of feature rows the model holds.
func (m *Model) Rows() int { return len(m.hashes) }

// WithMargin returns a copy of m whose override margin is margin logits.
func (m *Model) WithMargin(margin float32) *Model {
	c := *m
	c.margin = margin
	return &c
}

func (m *Model) index() {
	size := 2
	for size < len(m.hashes)+len(m.hashes)/2 {
		size <<= 1
	}
	k := len(m.classes)
	m.lanes = (k + 7) / 8
	m.packed = m.packed[:0]
	distinct := map[string]uint32{} // a row's weights -> its index in packed
	key := make([]byte, k)
	m.slots = make([]slot, size)
	m.shift = uint(32 - bitsLen(size-1))
	for i, h := range m.hashes {
		w := m.rows[i*k : (i+1)*k]
		for j, v := range w {
			key[j] = byte(v)
		}
		p, ok := distinct[string(key)]
		if !ok {
			p = uint32(len(m.packed) / m.lanes)
			distinct[string(key)] = p
			for t := range m.lanes {
				var x uint64
				for b := range 8 {
					v := uint64(128)
					if j := t*8 + b; j < k {
						v = uint64(uint8(int(w[j]) + 128))
					}
					x |= v << (8 * b)
				}
				m.packed = append(m.packed, x)
			}
		}
		s := m.slot(h)
		for m.slots[s].row != 0 {
			s = (s + 1) & uint32(len(m.slots)-1)
		}
		m.slots[s] = slot{hash: h, row: p + 1}
	}
	m.packed = slices.Clip(m.packed)
}

func bitsLen(x int) int {
	n := 0
	for x > 0 {
		n++
		x >>= 1
	}
	return n
}

func (m *Model) slot(h uint32) uint32 {
	if m.shift >= 32 {
		return 0
	}
	return (h * 0x9E3779B1) >> m.shift
}

// row returns the weights of feature h, or nil when the model does not know it.
// Scores reads the packed copy instead; TestScoresExact checks it against
// sums of these rows.
func (m *Model) row(h uint32) []int8 {
	i, ok := slices.BinarySearch(m.hashes, h)
	if !ok {
		return nil
	}
	k := len(m.classes)
	return m.rows[i*k : (i+1)*k : (i+1)*k]
}

// Scores writes into dst (len ≥ number of classes) the raw integer score of
// every class for the given features (duplicates count twice) and returns
// dst[:classes]. Multiply by Scale(len(feats)) for logits.
//
// The sums are exact: every row is added as bytes w+128 into 16-bit lanes
// (even and odd classes apart), which cannot overflow within 256 rows
// (256·255 < 2^16); the lanes are then flushed into dst less 128 per row.
func (m *Model) Scores(feats []uint32, dst []int32) []int32 {
	scores, _ := m.ScoresKnown(feats, 0, 0, dst)
	return scores
}

// ScoresKnown is Scores, and also counts how many of feats[from:to] have
// a row in the model (features it saw in training).
func (m *Model) ScoresKnown(feats []uint32, from, to int, dst []int32) ([]int32, int) {
	k := len(m.classes)
	dst = dst[:k]
	clear(dst)
	if len(m.slots) == 0 {
		return dst, 0
	}
	if m.lanes == 3 {
		return m.scores3(feats, from, to, dst)
	}
	var even, odd [maxLanes]uint64
	lanes, packed, slots := m.lanes, m.packed, m.slots
	mask := uint32(len(slots) - 1)
	n, known := 0, 0
	for i, f := range feats {
		s := m.slot(f)
		for slots[s].row != 0 && slots[s].hash != f {
			s = (s + 1) & mask
		}
		r := int(slots[s].row)
		if r == 0 {
			continue
		}
		if i >= from && i < to {
			known++
		}
		for t, x := range packed[(r-1)*lanes : r*lanes] {
			even[t] += x & 0x00FF00FF00FF00FF
			odd[t] += x >> 8 & 0x00FF00FF00FF00FF
		}
		if n++; n == 256 {
			flushLanes(dst, &even, &odd, n)
			n = 0
		}
	}
	if n > 0 {
		flushLanes(dst, &even, &odd, n)
	}
	return dst, known
}

// scores3 is ScoresKnown for a model of three lanes (17 to 24 classes,
// the shipped model's 18), with the six lane sums in variables: the loop
// over arrays of maxLanes sums kept them, the loop's index and the
// tables' bounds in memory, each feature a dozen loads and stores to the
// stack on top of its two table reads. The slot is probed as slot does,
// with the shift masked so that the compiler emits it without a test.
func (m *Model) scores3(feats []uint32, from, to int, dst []int32) ([]int32, int) {
	const low = 0x00FF00FF00FF00FF
	slots, packed := m.slots, m.packed
	mask := uint32(len(slots) - 1)
	shift := m.shift & 31 // below 32: len(slots) >= 2
	var e0, e1, e2, o0, o1, o2 uint64
	n, known := 0, 0
	for i, f := range feats {
		s := (f * 0x9E3779B1) >> shift & mask
		sl := slots[s]
		for sl.row != 0 && sl.hash != f {
			s = (s + 1) & mask
			sl = slots[s]
		}
		if sl.row == 0 {
			continue
		}
		if i >= from && i < to {
			known++
		}
		r := int(sl.row-1) * 3
		row := packed[r : r+3 : r+3]
		e0 += row[0] & low
		o0 += row[0] >> 8 & low
		e1 += row[1] & low
		o1 += row[1] >> 8 & low
		e2 += row[2] & low
		o2 += row[2] >> 8 & low
		if n++; n == 256 {
			even, odd := [maxLanes]uint64{e0, e1, e2}, [maxLanes]uint64{o0, o1, o2}
			flushLanes(dst, &even, &odd, n)
			e0, e1, e2, o0, o1, o2, n = 0, 0, 0, 0, 0, 0, 0
		}
	}
	if n > 0 {
		even, odd := [maxLanes]uint64{e0, e1, e2}, [maxLanes]uint64{o0, o1, o2}
		flushLanes(dst, &even, &odd, n)
	}
	return dst, known
}

// flushLanes adds the lane sums of n rows to dst and clears them.
func flushLanes(dst []int32, even, odd *[maxLanes]uint64, n int) {
	for j := range dst {
		t, b := j>>3, j&7
		lane := even[t]
		if b&1 != 0 {
			lane = odd[t]
		}
		dst[j] += int32(lane>>(16*(b>>1))&0xFFFF) - int32(128*n)
	}
	*even, *odd = [maxLanes]uint64{}, [maxLanes]uint64{}
}

// WordsLead reports whether the features feats[from:to] (a text's words)
// alone score class best above class rule by times the model's margin, in
// the logits of all n features: the override's lead is then the words',
// not the bias's and the codes' learnt priors.
func (m *Model) WordsLead(feats []uint32, from, to, n, best, rule int, times float32) bool {
	if rule < 0 {
		return true
	}
	if from >= to {
		return false
	}
	var sb [MaxClasses]int32
	s := m.Scores(feats[from:to], sb[:len(m.classes)])
	return float32(s[best]-s[rule])*m.Scale(n) >= times*m.margin
}

// Scale returns the factor that turns the raw scores of n features into logits.
func (m *Model) Scale(n int) float32 {
	if n == 0 {
		return 0
	}
	return m.scale / float32(math.Sqrt(float64(n)))
}

// Best returns the class index with the highest score (the lowest index
// among equals), or -1 for no classes.
func Best(scores []int32) int {
	best := -1
	for j, s := range scores {
		if best < 0 || s > scores[best] {
			best = j
		}
	}
	return best
}

// Override reports whether the model's best class should replace the rules'
// class ruleIdx (-1 = the rules' class is not one of the model's): it must
// lead it by at least the model's margin in logits.
func (m *Model) Override(scores []int32, n, ruleIdx int) (int, bool) {
	best := Best(scores)
	if best < 0 || best == ruleIdx {
		return best, false
	}
	if ruleIdx < 0 {
		return best, true
	}
	lead := float32(scores[best]-scores[ruleIdx]) * m.Scale(n)
	return best, lead >= m.margin
}

// Encode writes the model in its file format (little-endian):
//
//	"MFLM" version:u8 flags:u8 classes:u8 {len:u8 name}×classes
//	scale:f32 margin:f32 rows:uvarint {hashDelta:uvarint weights:i8×classes}×rows
//
// flags bit 0 is RuleFeatures; the other bits must be zero.
//
// Hashes are strictly ascending; the first delta is the first hash itself.
func (m *Model) Encode() []byte {
	b := []byte(magic)
	var flags byte
	if m.ruleFeatures {
		flags |= flagRuleFeatures
	}
	b = append(b, version, flags, byte(len(m.classes)))
	for _, c := range m.classes {
		b = append(b, byte(len(c)))
		b = append(b, c...)
	}
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.scale))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.margin))
	b = binary.AppendUvarint(b, uint64(len(m.hashes)))
	prev := uint32(0)
	k := len(m.classes)
	for i, h := range m.hashes {
		b = binary.AppendUvarint(b, uint64(h-prev))
		prev = h
		for _, w := range m.rows[i*k : (i+1)*k] {
			b = append(b, byte(w))
		}
	}
	return b
}

// uvarintLen is the length of v's shortest uvarint encoding: Decode
// accepts only that, so that one model has one file.
func uvarintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

// ErrFormat is wrapped by every error Decode returns.
var ErrFormat = errors.New("linear: malformed model file")

// Decode reads a model written by Encode. It rejects, with the offset and
// what was wrong, a wrong magic or version, unknown flags, zero or more than MaxClasses
// classes, empty or repeated class names, a non-finite or negative scale
// or margin, more than 2^20 rows, hashes that are not strictly ascending
// or overflow 32 bits, numbers not in their shortest varint form,
// truncation and trailing bytes. It never panics and
// allocates at most in proportion to len(b).
func Decode(b []byte) (*Model, error) {
	fail := func(off int, format string, a ...any) (*Model, error) {
		return nil, fmt.Errorf("%w: offset %d: %s", ErrFormat, off, fmt.Sprintf(format, a...))
	}
	if len(b) < len(magic)+3 || string(b[:len(magic)]) != magic {
		return fail(0, "no %q header", magic)
	}
	if b[4] != version {
		return fail(4, "version %d, want %d", b[4], version)
	}
	if b[5]&^flagRuleFeatures != 0 {
		return fail(5, "unknown flags %#x", b[5])
	}
	k := int(b[6])
	if k == 0 || k > MaxClasses {
		return fail(6, "%d classes (1..%d)", k, MaxClasses)
	}
	off := 7
	m := &Model{classes: make([]string, 0, k), ruleFeatures: b[5]&flagRuleFeatures != 0}
	seen := map[string]bool{}
	for range k {
		if off >= len(b) {
			return fail(off, "truncated class names")
		}
		n := int(b[off])
		off++
		if n == 0 || off+n > len(b) {
			return fail(off-1, "class name of %d bytes", n)
		}
		name := string(b[off : off+n])
		if seen[name] {
			return fail(off, "class %q twice", name)
		}
		seen[name] = true
		m.classes = append(m.classes, name)
		off += n
	}
	if off+8 > len(b) {
		return fail(off, "truncated scale")
	}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(b[off:]))
	m.margin = math.Float32frombits(binary.LittleEndian.Uint32(b[off+4:]))
	for _, v := range []float32{m.scale, m.margin} {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) || v < 0 {
			return fail(off, "scale or margin %v", v)
		}
	}
	off += 8
	rows, n := binary.Uvarint(b[off:])
	if n <= 0 || n != uvarintLen(rows) {
		return fail(off, "bad row count")
	}
	off += n
	if rows > maxRows || rows*uint64(k+1) > uint64(len(b)-off) {
		return fail(off, "%d rows of %d classes do not fit in %d bytes", rows, k, len(b)-off)
	}
	m.hashes = make([]uint32, 0, rows)
	m.rows = make([]int8, 0, int(rows)*k)
	var prev uint64
	for i := range rows {
		d, n := binary.Uvarint(b[off:])
		if n <= 0 || n != uvarintLen(d) {
			return fail(off, "row %d: bad hash delta", i)
		}
		if i > 0 && d == 0 {
			return fail(off, "row %d: hash not ascending", i)
		}
		h := prev + d
		if h > math.MaxUint32 {
			return fail(off, "row %d: hash beyond 32 bits", i)
		}
		off += n
		if off+k > len(b) {
			return fail(off, "row %d: truncated weights", i)
		}
		m.hashes = append(m.hashes, uint32(h))
		for _, w := range b[off : off+k] {
			m.rows = append(m.rows, int8(w))
		}
		off += k
		prev = h
	}
	if off != len(b) {
		return fail(off, "%d trailing bytes", len(b)-off)
	}
	m.index()
	return m, nil
}
