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
