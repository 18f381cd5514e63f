// Command trainmodel trains the linear model that diagnose consults next to
// its rules, writes it in internal/linear's file format, and measures it by
// leave-one-source-out validation.
//
// Run from the diagnose directory ("go generate ./diagnose" does):
//
//	go run ./internal/trainmodel -out model.bin           # train on every set, write the model
//	go run ./internal/trainmodel -loso -out ""            # also print the validation tables
//
// The examples are every labelled set in testdata/ (sets.go lists them)
// plus shared/corpus/smtp_responses.jsonl. Each example's features are what
// diagnose.Classifier.Features reads, with the rules' category as a
// feature. For the cases of the fresh batches that were scored blind
// (testdata/rules_blind.jsonl) that category is the one the rules of that
// time gave, before anything was learnt from the batch, so the model learns
// how far the rules can be trusted on replies they were not written from;
// elsewhere it is the current rules' answer.
//
// Validation holds out each source (the "source" field, reduced to a host,
// a repository or a description: sourceGroup) — one at a time, or whole
// sources dealt into -folds folds — trains on the rest and classifies the
// held-out cases, so no source is ever both learnt from and measured. It
// prints per-category and overall accuracy for the rules alone, the model
// alone (no rule features), and the combinations (variants: the model
// reading the rules' category, learnt from every case or from the blind
// answers only, or a text model overruling the rules), swept over the
// override margin; the checked-in model is stacked-blind at margin 1
// (testdata/README.md says why).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/diagnose/internal/linear"
	sharedcorpus "github.com/mailflow/mailflow/internal/corpus"
)

func main() {
	out := flag.String("out", "model.bin", "write the trained model here (\"\" = do not write)")
	loso := flag.Bool("loso", false, "run leave-one-source-out validation and print its tables")
	margin := flag.Float64("margin", -1, "override margin in logits (-1 = the one validation picks, or the default without -loso)")
	vname := flag.String("variant", "", "stacked, stacked-blind or gate (\"\" = the one validation picks, or stacked-blind)")
	dir := flag.String("dir", ".", "the diagnose package directory")
	corpus := flag.String("corpus", "", "shared/corpus/smtp_responses.jsonl (default: MAILFLOW_CORPUS_DIR, else ../shared/corpus beside the repository, else its copy in internal/corpus)")
	workers := flag.Int("workers", 2, "validation folds trained at once")
	opts := linear.DefaultTrainOptions()
	flag.IntVar(&opts.Epochs, "epochs", opts.Epochs, "training passes")
	flag.Float64Var(&opts.Rate, "rate", opts.Rate, "AdaGrad learning rate")
	flag.Float64Var(&opts.L2, "l2", opts.L2, "weight decay")
	flag.IntVar(&opts.MinCount, "mincount", opts.MinCount, "drop features seen in fewer examples")
	flag.Float64Var(&opts.Balance, "balance", opts.Balance, "class weight exponent")
	only := flag.String("only", "", "validate only this variant (faster)")
	judged := flag.Int("judged", 0, "experiment: the model overrules only rule tables from this index on (and no-match fallbacks); diagnose itself leaves it every table from judgedTable on")
	scoreFile := flag.String("score", "", "after training, measure this labelled file (one no model or rule was trained on)")
	missFile := flag.String("misses", "", "with -loso: write the blind-scored cases the combination misses here (tab-separated: id, want, rules blind, combination, rules current, reply)")
	folds := flag.Int("folds", 0, "0: hold out one source at a time; k > 0: split the sources into k folds (each source still wholly held out)")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(context.Background(), log, os.Stdout, config{out: *out, loso: *loso, margin: *margin, dir: *dir, corpus: *corpus, workers: *workers, folds: *folds, variant: *vname, opts: opts, only: *only, score: *scoreFile, judged: *judged, misses: *missFile}); err != nil {
		log.Error("trainmodel failed", "err", err)
		os.Exit(1)
	}
}

type config struct {
	out, dir, corpus string
	variant, only    string
	score            string
	misses           string
	opts             linear.TrainOptions
	judged           int
	loso             bool
	margin           float64
	workers, folds   int
}

// defaultMargin and defaultVariant are used when no validation picks them.
const (
	defaultMargin  = 1.0
	defaultVariant = "stacked-blind"
)

// margins are the override margins validation compares, in logits.
var margins = []float64{0, 0.5, 1, 1.5, 2, 3, 4, 6}

// variants are the ways of combining rules and model that validation
// compares:
//
//   - stacked: the model reads the rules' category as features; it learns
//     their weight from every case (the blind answer where recorded, the
//     current rules' elsewhere — which the rules were written from, so it
//     learns to trust them more than fresh replies warrant);
//   - stacked-blind: the same features, but the rules' category is given
//     only for the cases whose blind answer is recorded, so its weight is
//     learnt from answers the rules gave to replies they had not seen;
//   - gate: a model of the text alone, overriding the rules when its best
//     category leads theirs by the margin.
var variants = []variant{{"stacked", 1, true}, {"stacked-blind", 2, true}, {"gate", 0, false}}

type variant struct {
	name string
	// mode is what examples() gives as the rules' category: 0 none, 1
	// trainRule, 2 the blind answer only.
	mode int
	// ruleFeatures says whether the model reads the rules' category.
	ruleFeatures bool
}

func variantByName(name string) (variant, bool) {
	for _, v := range variants {
		if v.name == name {
			return v, true
		}
	}
	return variant{}, false
}

func run(ctx context.Context, log *slog.Logger, w io.Writer, cfg config) error {
	corpus := cfg.corpus
	if corpus == "" {
		corpus = filepath.Join(sharedcorpus.Dir(), "smtp_responses.jsonl")
	}
	data, err := load(cfg.dir, corpus)
	if err != nil {
		return err
	}
	log.Info("loaded examples", "n", len(data.samples), "sources", len(data.groups), "blind_rule_answers", data.blindN)
	m, vname := cfg.margin, cfg.variant
	if cfg.loso {
		vs := variants
		if cfg.only != "" {
			v, ok := variantByName(cfg.only)
			if !ok {
				return fmt.Errorf("unknown variant %q", cfg.only)
			}
			vs = []variant{v}
		}
		// The kinds phrasings were written after batches O–V were read, to
		// restate their misses; trained on, they would tell the model
		// what the held-out O–V cases say. Validation leaves them out.
		var mw io.Writer
		if cfg.misses != "" {
			f, err := os.Create(cfg.misses)
			if err != nil {
				return err
			}
			defer f.Close()
			mw = f
		}
		pickedV, pickedM, err := validate(ctx, log, w, mw, data.without(kindsSet), vs, cfg.opts, cfg.workers, cfg.folds, cfg.judged, cfg.variant, cfg.margin)
		if err != nil {
			return err
		}
		if m < 0 {
			m = pickedM
		}
		if vname == "" {
			vname = pickedV
		}
	}
	if m < 0 {
		m = defaultMargin
	}
	if vname == "" {
		vname = defaultVariant
	}
	v, ok := variantByName(vname)
	if !ok {
		return fmt.Errorf("unknown variant %q", vname)
	}
	model := linear.Train(classes, data.examples(nil, v.mode), cfg.opts).
		WithMargin(float32(m)).WithRuleFeatures(v.ruleFeatures)
	log.Info("trained", "rows", model.Rows(), "margin", m, "variant", v.name)
	if cfg.score != "" {
		if err := score(w, cfg.score, data, model, cfg.opts); err != nil {
			return err
		}
	}
	if cfg.out == "" {
		return nil
	}
	b := model.Encode()
	path := cfg.out
	if !filepath.IsAbs(path) {
		path = filepath.Join(cfg.dir, path) // relative to the package, as go generate runs it
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	log.Info("wrote model", "file", path, "bytes", len(b))
	return nil
}

// classes are the model's classes: the categories in diagnose's order.
var classes = diagnose.AllCategories()

func classIndex(cat string) int {
	for i, c := range classes {
		if c == cat {
			return i
		}
	}
	return -1
}

// sample is one labelled response with what the model reads of it.
type sample struct {
	l     diagnose.Labelled
	set   string
	group string
	f     diagnose.Features
	// blindRule is the rules' category before the case was read (from
	// rules_blind.jsonl), or "" when not recorded.
	blindRule string
	class     int
}

// trainRule is the rules' category the model learns from: the blind one
// where it is known.
func (s *sample) trainRule() string {
	if s.blindRule != "" {
		return s.blindRule
	}
	return s.f.Rule
}

func (s *sample) features(rule string) []uint32 {
	f := append([]uint32(nil), s.f.Text...)
	if rule == "" {
		return f
	}
	return linear.AppendRuleFeatures(f, rule, []byte(s.f.CodeClass), []byte(s.f.SubDetail))
}

type dataset struct {
	samples []*sample
	groups  []string
	blindN  int
}

// without returns the dataset less the samples of one set.
func (d *dataset) without(set string) *dataset {
	out := &dataset{blindN: d.blindN}
	groups := map[string]bool{}
	for _, s := range d.samples {
		if s.set != set {
			out.samples = append(out.samples, s)
			groups[s.group] = true
		}
	}
	for _, g := range d.groups {
		if groups[g] {
			out.groups = append(out.groups, g)
		}
	}
	return out
}

// examples returns the training examples of every sample not in the
// held-out groups (nil: none held out); mode says what the rules' category
// is (see variant.mode).
func (d *dataset) examples(heldOut map[string]bool, mode int) []linear.Example {
	var ex []linear.Example
	for _, s := range d.samples {
		if heldOut[s.group] {
			continue
		}
		rule := ""
		switch mode {
		case 1:
			rule = s.trainRule()
		case 2:
			rule = s.blindRule
		}
		ex = append(ex, linear.Example{Features: s.features(rule), Class: s.class})
	}
	return ex
}

// prediction is what validation found for one held-out sample.
type prediction struct {
	s     *sample
	model string // the text model alone
	// comb[v][i] is variant v's answer at margins[i] with the current
	// rules' category; combBlind the same with the blind one (blind
	// samples only).
	comb, combBlind [][]string
}

func validate(ctx context.Context, log *slog.Logger, w, misses io.Writer, d *dataset, variants []variant, opts linear.TrainOptions, workers, folds, judged int, want string, wantMargin float64) (string, float64, error) {
	preds := make([]prediction, 0, len(d.samples))
	var mu sync.Mutex
	// Each fold holds out whole sources: one source per fold, or the
	// sources dealt round-robin (in sorted order) into folds.
	var batches [][]string
	if folds <= 0 || folds >= len(d.groups) {
		for _, g := range d.groups {
			batches = append(batches, []string{g})
		}
	} else {
		batches = make([][]string, folds)
		for i, g := range d.groups {
			batches[i%folds] = append(batches[i%folds], g)
		}
	}
	jobs := make(chan []string)
	done := 0
	var wg sync.WaitGroup
	for range max(1, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range jobs {
				held := map[string]bool{}
				for _, g := range b {
					held[g] = true
				}
				models := make([]*linear.Model, len(variants))
				for i, v := range variants {
					if i > 0 && v.mode == variants[0].mode {
						models[i] = models[0]
						continue
					}
					models[i] = linear.Train(classes, d.examples(held, v.mode), opts).WithRuleFeatures(v.ruleFeatures)
				}
				var local []prediction
				for _, s := range d.samples {
					if !held[s.group] {
						continue
					}
					p := prediction{s: s}
					for i, v := range variants {
						if !v.ruleFeatures {
							p.model = predict(models[i], s.features(""))
						}
						p.comb = append(p.comb, combine(models[i], s, s.f.Rule, judged))
						if s.blindRule != "" {
							p.combBlind = append(p.combBlind, combine(models[i], s, s.blindRule, judged))
						}
					}
					local = append(local, p)
				}
				mu.Lock()
				preds = append(preds, local...)
				done++
				if done%25 == 0 || done == len(batches) {
					log.Info("validation", "folds_done", done, "of", len(batches))
				}
				mu.Unlock()
			}
		}()
	}
	for _, b := range batches {
		if ctx.Err() != nil {
			break
		}
		jobs <- b
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return "", 0, err
	}
	sort.Slice(preds, func(i, j int) bool { return preds[i].s.l.ID < preds[j].s.l.ID })
	v, m := report(w, misses, d, preds, variants, len(batches), want, wantMargin)
	return v, m, nil
}

func predict(m *linear.Model, f []uint32) string {
	var sb [linear.MaxClasses]int32
	return classes[linear.Best(m.Scores(f, sb[:]))]
}

// combine returns, per margin, the category the classifier would answer
// with model m when the rules answered rule (diagnose's consult).
func combine(m *linear.Model, s *sample, rule string, judged int) []string {
	f := s.features("")
	if m.RuleFeatures() {
		f = s.features(rule)
	}
	var sb [linear.MaxClasses]int32
	scores, known := m.ScoresKnown(f, s.f.WordsFrom, len(s.f.Text), sb[:])
	out := make([]string, len(margins))
	for i, mg := range margins {
		out[i] = rule
		if locked(rule) || s.f.Settled || s.f.Table >= 0 && s.f.Table < judged || known == 0 {
			// known == 0: as diagnose does, the rules' (the codes')
			// answer stands for a text none of whose words the model
			// learnt.
			// As diagnose does: the model does not overrule a settled
			// answer. For a blind answer, whether it was settled is
			// judged by the current rules (the tables that settle
			// changed little), an approximation.
			continue
		}
		best, ok := m.WithMargin(float32(mg)).Override(scores, len(f), classIndex(rule))
		if ok && s.f.CodeMeaning && !m.WithMargin(float32(mg)).WordsLead(f, s.f.WordsFrom, len(s.f.Text), len(f), best, classIndex(rule), diagnose.CodeMeaningMargin) {
			ok = false // as diagnose does: a code's meaning yields to the words only
		}
		if ok && !locked(classes[best]) {
			out[i] = classes[best]
		}
	}
	return out
}

func locked(cat string) bool {
	return cat == diagnose.CategoryDelivered || cat == diagnose.CategoryExpired
}
