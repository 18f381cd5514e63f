package diagnose

import "github.com/mailflow/mailflow/schemas"

// Event returns the category of a delivery attempt, as the processor
// records it in the window and the live log. A delivered attempt needs no
// text analysis: most attempts are deliveries, and skipping them keeps
// diagnosis off the processor's hot path.
func (c *Classifier) Event(e *schemas.DeliveryEvent) schemas.Category {
	if e.Outcome == schemas.OutcomeDelivered {
		return schemas.CategoryDelivered
	}
	// The category is all the processor keeps: skip the provider and the
	// advice, which Classify adds for people, and the sending MTA's
	// narrative, which decides only the outcome.
	var sr scanResult
	r, _, _ := c.classifyFor(Input{
		Code: e.SMTPCode, Enhanced: e.EnhancedCode, Response: e.Response,
		RemoteHost: e.RemoteHost, Outcome: e.Outcome.String(),
	}, &sr, nil, true)
	cat, _ := schemas.ParseCategory(r.Category)
	return cat
}

// CategoryAdvice renders the general advice for a category on one line:
// what it means, then what to check. It is empty for an unknown category.
func CategoryAdvice(cat schemas.Category) string {
	if int(cat) < len(categoryAdvice) {
		return categoryAdvice[cat]
	}
	return renderCategoryAdvice(cat)
}

// categoryAdvice is CategoryAdvice of every category, rendered once: the
// processor asks for it for each category of every alert.
var categoryAdvice = func() (t [schemas.NumCategories]string) {
	for c := range t {
		t[c] = renderCategoryAdvice(schemas.Category(c))
	}
	return t
}()

// renderCategoryAdvice is CategoryAdvice, rendered.
func renderCategoryAdvice(cat schemas.Category) string {
	if cat == schemas.CategoryUnclassified {
		return ""
	}
	a := AdviceFor(cat.String())
	if a.Summary == "" {
		return ""
	}
	return a.Summary + " " + a.Check
}
