package diagnose

import "fmt"

// catalogMessage is one message of a mail program's message catalogue,
// in the languages its translators wrote it: a text the program shows
// alone, with no reply code, for one cause. The category and outcome are
// the cause's and what the program does about it (a connection it could
// not open is tried again: deferred; a password the server refused is
// not, until the user changes it: bounced, by the README's SMTP AUTH
// convention).
type catalogMessage struct {
	key      string // the catalogue's name for it, as the source spells it
	category string
	outcome  string
	texts    []string
}

// catalogAnswer is what a catalogue says of one text.
type catalogAnswer struct {
	category, outcome string
}

// messageCatalog finds a program's message, whole, in a code-less reply:
// a known program's own words for a known cause, which the rules' phrases
// and the model read by their parts (the model learnt from few replies in
// most of the 70 languages of a phone's mail app). It is an exact lookup
// of the normalised text without the punctuation at its ends, so a report
// that quotes such a message and goes on is read by the rules. It is
// read-only once built.
type messageCatalog struct {
	texts map[string]catalogAnswer
	// sent trims a text's ends as the sent notices' are.
	sent *sentTemplates
}

// newMessageCatalog normalises the catalogues' texts as replies are. It
// panics on a text two messages share with different answers: the
// catalogues are compile-time table data.
func newMessageCatalog(sent *sentTemplates, catalogues ...[]catalogMessage) *messageCatalog {
	mc := &messageCatalog{texts: map[string]catalogAnswer{}, sent: sent}
	for _, cat := range catalogues {
		for _, m := range cat {
			a := catalogAnswer{m.category, m.outcome}
			for _, t := range m.texts {
				k := string(sent.trim(normalize(nil, t, false)))
				if old, ok := mc.texts[k]; ok && old != a {
					panic(fmt.Sprintf("diagnose: catalogue text %q of %s is also %v", t, m.key, old))
				}
				mc.texts[k] = a
			}
		}
	}
	return mc
}

// find returns the answer for norm, a normalised code-less reply, when
// it is one of the catalogues' texts alone.
func (mc *messageCatalog) find(norm []byte) (catalogAnswer, bool) {
	a, ok := mc.texts[string(mc.sent.trim(norm))]
	return a, ok
}
