package linear

import (
	"math"
	"slices"
)

// Example is one labelled training case: its features (as the classifier
// computes them) and the index of its class.
type Example struct {
	Features []uint32
	Class    int
}

// TrainOptions tune Train. The zero value is not useful; start from
// DefaultTrainOptions.
type TrainOptions struct {
	// Epochs is the number of passes over the examples.
	Epochs int
	// Rate is AdaGrad's base learning rate.
	Rate float64
	// L2 is the weight decay applied to every weight an example touches.
	L2 float64
	// MinCount drops features seen in fewer examples than this: hosts,
	// queue ids and other one-off words teach nothing that generalises.
	MinCount int
	// Balance is the exponent of the class weight (N / (K·n_class))^Balance:
	// 0 weighs every example alike, 1 every class alike.
	Balance float64
	// Seed fixes the order of examples in each epoch.
	Seed uint64
}

// DefaultTrainOptions are the settings the checked-in model was trained with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 12, Rate: 0.5, L2: 1e-4, MinCount: 1, Balance: 0.5, Seed: 14}
}

// Train fits a multinomial logistic regression over classes to the
// examples and quantises it. It is deterministic: the same examples and
// options give the same model, byte for byte, on the same platform (every
// product is rounded explicitly, so no fused multiply-add can differ).
// Examples whose Class is outside classes are ignored.
func Train(classes []string, examples []Example, o TrainOptions) *Model {
	k := len(classes)
	count := map[uint32]int{}
	for _, e := range examples {
		seen := map[uint32]bool{}
		for _, f := range e.Features {
			if !seen[f] {
				seen[f] = true
				count[f]++
			}
		}
	}
	var keep []uint32
	for f, n := range count {
		if n >= o.MinCount {
			keep = append(keep, f)
		}
	}
	slices.Sort(keep)
	idx := make(map[uint32]int32, len(keep))
	for i, f := range keep {
		idx[f] = int32(i)
	}
	perClass := make([]int, k)
	var usable []int
	for i, e := range examples {
		if e.Class >= 0 && e.Class < k {
			perClass[e.Class]++
			usable = append(usable, i)
		}
	}
	classWeight := make([]float64, k)
	for j := range classWeight {
		if perClass[j] > 0 {
			classWeight[j] = math.Pow(float64(len(usable))/float64(k*perClass[j]), o.Balance)
		}
	}
	w := make([]float64, len(keep)*k)
	g2 := make([]float64, len(keep)*k)
	rng := o.Seed | 1
	next := func() uint64 { // splitmix64
		rng += 0x9E3779B97F4A7C15
		z := rng
		z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
		z = (z ^ z>>27) * 0x94D049BB133111EB
		return z ^ z>>31
	}
	order := slices.Clone(usable)
	rows := make([]int32, 0, 256)
	z := make([]float64, k)
	for range o.Epochs {
		for i := len(order) - 1; i > 0; i-- {
			j := int(next() % uint64(i+1))
			order[i], order[j] = order[j], order[i]
		}
		for _, ei := range order {
			e := examples[ei]
			if len(e.Features) == 0 {
				continue
			}
			x := 1 / math.Sqrt(float64(len(e.Features)))
			rows = rows[:0]
			for _, f := range e.Features {
				if r, ok := idx[f]; ok {
					rows = append(rows, r)
				}
			}
			clear(z)
			for _, r := range rows {
				for j, v := range w[int(r)*k : int(r+1)*k] {
					z[j] += float64(v * x)
				}
			}
			softmax(z)
			cw := classWeight[e.Class]
			for j := range z {
				y := 0.0
				if j == e.Class {
					y = 1
				}
				z[j] = float64((z[j] - y) * cw) // now the gradient per unit of feature value
			}
			for _, r := range rows {
				base := int(r) * k
				for j, gj := range z {
					p := base + j
					g := float64(gj*x) + float64(o.L2*w[p])
					g2[p] += float64(g * g)
					w[p] -= float64(o.Rate*g) / (math.Sqrt(g2[p]) + 1e-8)
				}
			}
		}
	}
	return quantise(classes, keep, w)
}

func softmax(z []float64) {
	m := math.Inf(-1)
	for _, v := range z {
		m = max(m, v)
	}
	s := 0.0
	for j, v := range z {
		z[j] = math.Exp(v - m)
		s += z[j]
	}
	for j := range z {
		z[j] /= s
	}
}

// quantise turns float weights into int8 rows with one scale, dropping
// rows that round to all zeros.
func quantise(classes []string, hashes []uint32, w []float64) *Model {
	k := len(classes)
	maxAbs := 0.0
	for _, v := range w {
		maxAbs = max(maxAbs, math.Abs(v))
	}
	m := &Model{classes: slices.Clone(classes), scale: 1}
	if maxAbs > 0 {
		m.scale = float32(maxAbs / 127)
	}
	for i, h := range hashes {
		row := make([]int8, k)
		nz := false
		for j := range k {
			q := math.Round(w[i*k+j] / float64(m.scale))
			row[j] = int8(max(-127, min(127, q)))
			nz = nz || row[j] != 0
		}
		if nz {
			m.hashes = append(m.hashes, h)
			m.rows = append(m.rows, row...)
		}
	}
	m.index()
	return m
}
