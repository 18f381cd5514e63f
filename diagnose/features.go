package diagnose

import (
	"github.com/mailflow/mailflow/diagnose/internal/linear"
)

// maxModelWords bounds the words the model reads of one response: the
// verdict of a reply sits in its first lines, and the bound keeps a long
// bounce narrative from costing more than a normal reply.
const maxModelWords = 80

// Features is what the model reads of one response, split so that a
// trainer can substitute the rules' category (for example the answer the
// rules gave before they were tuned on a case). Text holds the hashed
// words, word pairs and codes; Rule, CodeClass ("0" when no code) and
// SubDetail (the enhanced code's "subject.detail", "" when none) are the
// inputs of linear.AppendRuleFeatures.
type Features struct {
	Rule string
	// Settled says the rules' answer is one the model does not overrule:
	// a final verdict, a provider or Exchange code, a phrase about someone
	// other than the recipient, a rule marked settled, or a reply to MAIL
	// FROM.
	Settled bool
	// Table is the index in the rule tables of the rule that answered
	// (-1: none, the reply-code fallback or other; 100: a reply to MAIL
	// FROM), for evaluations of which answers to leave to the rules.
	Table int
	// CodeMeaning says the rules answered with an enhanced code's
	// registered, precise meaning (specificStatusRules): the model
	// overrules it only when the words themselves lead (Classifier.consult).
	CodeMeaning bool
	Text        []uint32
	// WordsFrom is where the words, stems and pairs start in Text (before
	// it: the bias and the codes). The model does not overrule the rules
	// on a text none of whose words it learnt (Classifier.consult).
	WordsFrom int
	CodeClass string
	SubDetail string
}

// Features returns what the model reads of in, with the rules' category
// as this classifier's rules answer it (the model is not consulted). It is
// meant for training and evaluating models (diagnose/internal/trainmodel).
func (c *Classifier) Features(in Input) Features {
	var sr scanResult
	f := Features{CodeClass: "0", Table: -1}
	c.classify(in, &sr, &f)
	return f
}

func codeClassOf(code int) []byte {
	if code >= 200 && code < 600 {
		return []byte{byte('0' + code/100)}
	}
	return []byte{'0'}
}

func subDetailOf(dst []byte, st status) []byte {
	if !st.valid() {
		return dst
	}
	dst = appendInt(dst, st.subject)
	dst = append(dst, '.')
	return appendInt(dst, st.detail)
}

func appendInt(dst []byte, n int) []byte {
	if n >= 10 {
		dst = appendInt(dst, n/10)
	}
	return append(dst, byte('0'+n%10))
}

// stemLen is the length of the prefix a long word also counts as.
const stemLen = 5

// wordClass classifies the bytes of a normalised text for
// appendTextFeatures: wordLetter for the bytes that continue a word and are
// not digits (ASCII letters and the bytes of non-ASCII letters), wordDigit
// for ASCII digits, wordCoded for 0xC0, which starts a coded non-Latin
// character (normalize.go) and so a word of its own, and 0 for the rest.
// One look-up per byte tells a word's end and whether it is a number,
// where a chain of comparisons branched on each.
const wordClass = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x04\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"

// The classes of wordClass.
const (
	wordLetter = 1
	wordDigit  = 2
	wordCoded  = 4
)

// appendTextFeatures appends the hashed features of a normalised response
// (wrappers and reply-code prefixes removed) and its codes: a bias, every
// word that is not a bare number, every pair of consecutive such words,
// the reply code and its class, and the enhanced code whole, as
// subject.detail and as subject (RFC 3463 §3: the subject says what the
// code is about, the class only how final it is).
func appendTextFeatures(dst []uint32, norm []byte, code int, st status) []uint32 {
	dst = append(dst, linear.Hash(linear.KindBias, nil))
	var num [12]byte
	if code >= 200 && code < 600 {
		dst = append(dst, linear.Hash(linear.KindCode, appendInt(num[:0], code)),
			linear.Hash(linear.KindCodeClass, codeClassOf(code)))
	} else {
		dst = append(dst, linear.Hash(linear.KindCode, nil))
	}
	if st.valid() {
		e := appendInt(num[:0], st.class)
		e = append(e, '.')
		sd := subDetailOf(num[len(e):len(e)], st)
		e = e[:len(e)+len(sd)]
		dst = append(dst, linear.Hash(linear.KindEnhanced, e), linear.Hash(linear.KindSubDetail, sd),
			linear.Hash(linear.KindSubject, appendInt(num[len(e):len(e)], st.subject)))
	}
	// One pass per word hashes it, its stem and its pair with the word
	// before, and tells numbers from words; the three hash chains are
	// independent, so the processor overlaps them.
	word0, stem0 := linear.Start(linear.KindWord), linear.Start(linear.KindStem)
	pairPrefix, havePrev, words := uint32(0), false, 0
	for i := 0; i < len(norm) && words < maxModelWords; {
		if wordClass[norm[i]] == 0 {
			i++
			continue
		}
		start := i
		h, stem, letters := word0, stem0, uint8(0)
		if norm[i] == 0xC0 {
			// A coded non-Latin character is a word of its own.
			for end := min(i+nibbleLen, len(norm)); i < end; i++ {
				h = linear.Step(h, norm[i])
			}
			letters = wordLetter
		} else {
			for ; i < len(norm) && i-start < stemLen; i++ {
				b := norm[i]
				k := wordClass[b]
				if k&(wordLetter|wordDigit) == 0 {
					break
				}
				h, stem = linear.Step(h, b), linear.Step(stem, b)
				letters |= k
			}
			for ; i < len(norm); i++ {
				b := norm[i]
				k := wordClass[b]
				if k&(wordLetter|wordDigit) == 0 {
					break
				}
				h = linear.Step(h, b)
				letters |= k
			}
		}
		digits := letters&wordLetter == 0
		if n := i - start; digits || n > 32 {
			// Numbers (counts, ports, queue numbers) and long tokens
			// (ids, hashes) are not words; they break a pair.
			havePrev = false
			continue
		}
		dst = append(dst, h)
		if i-start > stemLen && norm[start] < 0x80 {
			// The word's first letters: "throttled", "throttling" and
			// "throttle" share them, so a wording never seen in training
			// still meets the weight its kin earned.
			dst = append(dst, stem)
		}
		if havePrev {
			dst = append(dst, linear.PairWith(pairPrefix, h))
		}
		pairPrefix, havePrev = linear.PairPrefix(h), true
		words++
	}
	return dst
}
