package diagnose

import (
	"slices"
	"testing"

	"github.com/mailflow/mailflow/diagnose/internal/linear"
)

// TestEmbeddedModel: the checked-in model decodes, names the categories in
// order, and is what New consults unless RulesOnly is given.
func TestEmbeddedModel(t *testing.T) {
	m, err := linear.Decode(modelFile)
	if err != nil {
		t.Fatalf("embedded model.bin: %v (regenerate with go generate ./diagnose)", err)
	}
	if !slices.Equal(m.Classes(), AllCategories()) {
		t.Fatalf("model classes %v, want %v", m.Classes(), AllCategories())
	}
	if New().model == nil {
		t.Fatal("New does not consult the embedded model")
	}
	if New(RulesOnly()).model != nil {
		t.Fatal("RulesOnly still consults a model")
	}
	t.Logf("model: %d feature rows, margin %.1f, rule features %v, %d bytes", m.Rows(), m.Margin(), m.RuleFeatures(), len(modelFile))
}

// TestModelKeepsOutcome: the model only ever changes a category, never the
// outcome (which follows the reply code and the MTA's verdict), and never
// moves a response into or out of delivered or expired.
func TestModelKeepsOutcome(t *testing.T) {
	rules := New(RulesOnly())
	var inputs []Input
	for _, name := range []string{"tune.jsonl", "eval.jsonl", "blind.jsonl", "blind_o.jsonl", "blind_p.jsonl", "blind_r.jsonl"} {
		for _, c := range loadLabelled(t, name) {
			in := Input{Response: c.Response}
			if c.Code != nil {
				in.Code = *c.Code
			}
			inputs = append(inputs, in)
		}
	}
	changed := 0
	for _, in := range inputs {
		a, b := rules.Classify(in), testClassifier.Classify(in)
		if a.Outcome != b.Outcome {
			t.Errorf("outcome %s → %s for %.100q", a.Outcome, b.Outcome, in.Response)
		}
		if a.Category != b.Category {
			changed++
			if lockedCategory(a.Category) || lockedCategory(b.Category) {
				t.Errorf("category %s → %s for %.100q", a.Category, b.Category, in.Response)
			}
		}
	}
	t.Logf("the model changed %d of %d categories the rules gave", changed, len(inputs))
}

// TestConsultPlumbing drives the combination with a model that answers
// syntax_error for every text it was trained on: it overrules the rules'
// phrase answers, but not a settled answer (a reply to MAIL FROM, an
// other-party phrase, a phrase its enhanced code agrees with), not delivered, not a text none of whose words it
// learnt (the codes' fallback meaning), and never the outcome.
func TestConsultPlumbing(t *testing.T) {
	classes := AllCategories()
	target := slices.Index(classes, CategorySyntaxError)
	rules := New(RulesOnly())
	cases := []struct {
		resp      string
		overruled bool
	}{
		{"550 <jo@example.org>: Recipient address rejected: User unknown in virtual mailbox table", true},
		{"452 Mailbox full", true},
		{"host mx.example.net[192.0.2.3] said: 550 5.1.1 <news@example.org>... User unknown (in reply to MAIL FROM command)", false},
		{"554 5.7.1 Your account has been suspended for sending spam", false},
		{"250 2.0.0 Ok: queued as 4F00D", false},
		// A phrase and the enhanced code's registered meaning agree: settled.
		{"550 5.1.1 <jo@example.org>: Recipient address rejected: User unknown in virtual mailbox table", false},
		{"452 4.2.2 Mailbox full", false},
		// No word of the text is known to the model: the codes' meaning stands.
		{"550 5.2.0 qwertyuiop asdfghjkl", false},
		{"451 4.4.3 qwertyuiop", false},
	}
	var ex []linear.Example
	for range 10 {
		for _, tc := range cases[:7] {
			ex = append(ex, linear.Example{Features: rules.Features(Input{Response: tc.resp}).Text, Class: target})
		}
	}
	m := linear.Train(classes, ex, linear.DefaultTrainOptions()).WithMargin(0.5)
	c := New(WithModel(m))
	for _, tc := range cases {
		r, got := rules.Classify(Input{Response: tc.resp}), c.Classify(Input{Response: tc.resp})
		if got.Outcome != r.Outcome {
			t.Errorf("%q: outcome %s, rules said %s", tc.resp, got.Outcome, r.Outcome)
		}
		if overruled := got.Category != r.Category; overruled != tc.overruled || overruled && got.Category != CategorySyntaxError {
			t.Errorf("%q: rules %s, with the model %s; overruling wanted: %v", tc.resp, r.Category, got.Category, tc.overruled)
		}
	}
}
