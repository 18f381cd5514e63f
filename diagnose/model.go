package diagnose

import (
	_ "embed"

	"github.com/mailflow/mailflow/diagnose/internal/linear"
)

//go:generate go run ./internal/trainmodel -out model.bin

// modelFile is the checked-in linear model (internal/linear's format),
// trained offline by internal/trainmodel on every labelled set in testdata/
// and shared/corpus with the rules' category as a feature. Regenerate it
// with "go generate ./diagnose" after changing the rules or the sets.
//
//go:embed model.bin
var modelFile []byte

// Option configures New.
type Option func(*options)

type options struct {
	rulesOnly bool
	model     *linear.Model
}

// RulesOnly makes a classifier that answers with the rules alone, without
// the embedded model: what the rules say is then traceable to one rule.
func RulesOnly() Option { return func(o *options) { o.rulesOnly = true } }

// WithModel makes the classifier consult m instead of the embedded model
// (for trainers and evaluations; m's classes must be category names).
func WithModel(m *linear.Model) Option { return func(o *options) { o.model = m } }

// lockedCategory reports whether the model may not move a response into or
// out of cat: delivered and expired are decided with the outcome (reply
// class, the MTA's own verdict), which the model does not change.
func lockedCategory(cat string) bool {
	return cat == CategoryDelivered || cat == CategoryExpired
}

// consult returns the category for a response whose rules answered
// ruleCat: the model's best category when it leads the rules' by the
// model's margin (linear.Model.Override), else ruleCat.
func (c *Classifier) consult(ruleCat string, norm []byte, code int, st status, codeMeaning bool) string {
	if lockedCategory(ruleCat) {
		return ruleCat
	}
	if codeMeaning && onlyFillers(norm) {
		// The rules answered with a code's registered meaning and the
		// words only say that something failed or was refused ("554
		// 5.5.3 Transaction failed" — RFC 5321 §4.2.2's own text for 554
		// —, "550 5.1.8 error"): they name no other cause, so the model's
		// reading of them, which moves with every retraining, does not
		// replace the code.
		return ruleCat
	}
	ri := -1
	for j, name := range c.modelClasses {
		if name == ruleCat {
			ri = j
			break
		}
	}
	var fb [3*maxModelWords + 16]uint32 // a word, its stem and a pair each, plus the codes
	f := appendTextFeatures(fb[:0], norm, code, st)
	words := len(f)
	if c.model.RuleFeatures() {
		var sd [16]byte
		if ri >= 0 {
			f = c.modelRules[ri].Append(f, codeClassOf(code), subDetailOf(sd[:0], st))
		} else {
			f = linear.AppendRuleFeatures(f, ruleCat, codeClassOf(code), subDetailOf(sd[:0], st))
		}
	}
	var sb [linear.MaxClasses]int32
	scores, known := c.model.ScoresKnown(f, codeFeatures(code, st), words, sb[:])
	if known == 0 {
		// The model judges wording. When it learnt none of the text's
		// words ("451 4.4.3 zork", "550 5.2.0 see ya") it would answer
		// with what its training says such codes usually meant, and the
		// rules' answer is the codes' registered meaning (RFC 3463
		// subject and detail, RFC 5321 reply codes): that stands.
		return ruleCat
	}
	best, ok := c.model.Override(scores, len(f), ri)
	if !ok || lockedCategory(c.modelClasses[best]) {
		return ruleCat
	}
	if codeMeaning && !c.model.WordsLead(f, codeFeatures(code, st), words, len(f), best, ri, CodeMeaningMargin) {
		// The rules answered with a code's registered, precise meaning
		// ("554 5.5.3": RFC 3463 too many recipients) and no phrase
		// said otherwise. The model may replace it with what the words
		// say ("450 4.2.1 Recipient is receiving mail at too high a
		// rate"), not with what it learnt such codes usually meant nor
		// on a filler or weak word ("error", "failed", "rejected",
		// "see ya"): the words alone must lead by CodeMeaningMargin
		// times the model's margin.
		return ruleCat
	}
	return c.modelClasses[best]
}

// fillerWords say only that a command failed or was refused, in the words
// RFC 5321 §4.2.2 gives the negative replies ("Transaction failed") and the
// ones servers put after a code with nothing to add ("error", "sorry").
var fillerWords = map[string]bool{
	"error": true, "errors": true, "failed": true, "failure": true, "fail": true, "rejected": true, "reject": true,
	"denied": true, "refused": true, "not": true, "accepted": true, "transaction": true, "sorry": true, "oops": true,
	"no": true, "message": true, "mail": true, "has": true, "been": true, "was": true, "is": true, "the": true, "your": true,
}

// onlyFillers reports whether the normalised reply holds at least one word
// and every word of it is a filler (fillerWords); numbers and codes are
// not words.
func onlyFillers(norm []byte) bool {
	words := 0
	for i := 0; i < len(norm); {
		for i < len(norm) && !isASCIILetter(norm[i]) && !(norm[i] >= '0' && norm[i] <= '9') {
			if norm[i] >= 0x80 {
				return false // a word outside ASCII is no filler of this list
			}
			i++
		}
		j, digit := i, false
		for j < len(norm) && (isASCIILetter(norm[j]) || norm[j] >= '0' && norm[j] <= '9') {
			digit = digit || norm[j] <= '9'
			j++
		}
		if j < len(norm) && norm[j] >= 0x80 {
			return false
		}
		if j > i && !digit {
			if !fillerWords[string(norm[i:j])] {
				return false
			}
			words++
		}
		i = j
	}
	return words > 0
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// CodeMeaningMargin is how many times the model's margin the words alone
// must lead by to replace a specific code's registered meaning (consult).
// At 2 the replies of the labelled sets whose words name another cause
// (3-6 logits) still override, single weak or filler words (at most 2
// logits) do not.
const CodeMeaningMargin = 2

// codeFeatures is the number of features appendTextFeatures writes
// before the words: the bias, the reply code (and its class), the
// enhanced code's three forms.
func codeFeatures(code int, st status) int {
	n := 2
	if code >= 200 && code < 600 {
		n = 3
	}
	if st.valid() {
		n += 3
	}
	return n
}

func modelCode(code, embCode int) int {
	if code == 0 {
		return embCode
	}
	return code
}
