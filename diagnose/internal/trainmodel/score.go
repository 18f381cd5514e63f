package main

import (
	"fmt"
	"io"

	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/diagnose/internal/linear"
)

// score measures a labelled file that no model or rule was trained on:
// the rules alone, a model of the text alone (trained on every example),
// and the classifier as shipped (diagnose.New with the model, the runtime
// path itself), per category, plus the outcome of rules and classifier.
func score(w io.Writer, path string, data *dataset, model *linear.Model, opts linear.TrainOptions) error {
	cases, err := readSet(path)
	if err != nil {
		return err
	}
	rules := diagnose.New(diagnose.RulesOnly())
	shipped := diagnose.New(diagnose.WithModel(model))
	alone := model
	if model.RuleFeatures() {
		alone = linear.Train(classes, data.examples(nil, 0), opts)
	}
	preds := make([]prediction, 0, len(cases))
	var outRules, outShipped int
	answers := map[string][2]string{}
	for _, l := range cases {
		in := inputOf(l)
		s := &sample{l: l, f: rules.Features(in), class: classIndex(l.Category)}
		r, c := rules.Classify(in), shipped.Classify(in)
		if r.Outcome == l.Outcome {
			outRules++
		}
		if c.Outcome == l.Outcome {
			outShipped++
		}
		answers[l.ID] = [2]string{c.Category, r.Category}
		preds = append(preds, prediction{s: s, model: predict(alone, s.features(""))})
	}
	table(w, fmt.Sprintf("%s, scored once (%d cases)", path, len(cases)), preds, []column{
		{"rules alone", func(p *prediction) string { return answers[p.s.l.ID][1] }},
		{"model alone", func(p *prediction) string { return p.model }},
		{"rules+model (shipped)", func(p *prediction) string { return answers[p.s.l.ID][0] }},
	})
	fmt.Fprintf(w, "outcome: rules %d/%d, rules+model %d/%d\n", outRules, len(cases), outShipped, len(cases))
	return nil
}
