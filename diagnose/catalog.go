package diagnose

import (
	"bytes"
	"fmt"
	"regexp"
)

// catalogMessage is one message of a mail program's message catalogue,
// in the languages its translators wrote it: a text the program shows
// alone, with no reply code, for one cause. The category and outcome are
// the cause's and what the program does about it (a connection it could
// not open is tried again: deferred; a password the server refused is
// not, until the user changes it: bounced, by the README's SMTP AUTH
// convention). A text may hold the program's placeholders ("%s", "%u",
// "%2$s", "%{allowed_size}"), which stand for any words (a host, a port).
type catalogMessage struct {
	key      string // the catalogue's name for it, as the source spells it
	category string
	outcome  string
	texts    []string
	// own: the message is the program's about the server of the account
	// it sends with (it could not connect, look its name up, trust its
	// certificate): the sending side acts, whoever acts for the category
	// otherwise (advise).
	own bool
	// address: its placeholders stand for the recipient's address, one
	// word holding an @ (BouncedMailManager's "%s: Internal error"), not
	// any words: "Temporary failure: Internal error", "Sender address
	// rejected: Account inactive" are other programs' (review S39E).
	address bool
	// word: its placeholders stand for one word each (Roundup's class and
	// property names, a key's fingerprint), not any words: "You are not
	// permitted to create more than 100 messages per hour" is another
	// program's rate, not Roundup's "You are not permitted to create
	// %(classname)s.".
	word bool
}

// catalogAnswer is what a catalogue says of one text.
type catalogAnswer struct {
	category, outcome string
	own               bool
}

// catalogPattern is a catalogue text with placeholders, normalised and
// split at them: parts[0] begins the text, parts[len-1] ends it, and
// each placeholder between two parts stands for 1 to maxCatalogFill
// bytes, not all spaces.
type catalogPattern struct {
	parts [][]byte
	// port marks the placeholders that stand for a host and its port
	// ("at %s:%u", two placeholders joined at a colon): their fill must
	// hold a colon and end with a digit (review S39B: "The identity of the
	// sending mail server at mail.example.org could not be verified" is a
	// gateway's sender check, not Geary's certificate warning).
	port []bool
	// address marks a pattern whose every fill must be an address
	// (catalogMessage.address).
	address bool
	// word marks a pattern whose every fill must be one word
	// (catalogMessage.word).
	word   bool
	answer catalogAnswer
}

// maxCatalogFill bounds what a catalogue text's placeholder stands for,
// normalised: a host name, an address, a port, not a report.
const maxCatalogFill = 256

// printfPlaceholder finds the placeholders of the catalogues' texts:
// C's and GLib's %s, %u, %d and their positional forms (%1$s), and Ruby
// i18n's named %{size}.
var printfPlaceholder = regexp.MustCompile(`%(?:[0-9]+\$)?[sud]|%\{[a-z_]+\}`)

// messageCatalog finds a program's message, whole, in a code-less reply:
// a known program's own words for a known cause, which the rules' phrases
// and the model read by their parts (the model learnt from few replies in
// most of the 70 languages of a phone's mail app). It is an exact lookup
// of the normalised text without the punctuation at its ends (with any
// words where the text has a placeholder), so a report that quotes such a
// message and goes on is read by the rules. It is read-only once built.
type messageCatalog struct {
	texts map[string]catalogAnswer
	// byFirst are the patterns whose first part begins with a byte, by
	// that byte, and headless those that begin with a placeholder.
	byFirst  [256][]catalogPattern
	headless []catalogPattern
	// headlessByLast are the headless patterns a text ending with a byte
	// can match, by that byte, in headless's order: those whose last part
	// ends with it, and those that end with a placeholder. Every code-less
	// reply was compared with all of headless (4% of Classify in
	// BenchmarkClassify/corpus's CPU profile), most of them failing on
	// their last byte.
	headlessByLast [256][]*catalogPattern
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
			a := catalogAnswer{m.category, m.outcome, m.own}
			for _, t := range m.texts {
				norm := normalize(nil, printfPlaceholder.ReplaceAllString(t, "%s"), false)
				if bytes.Contains(norm, []byte("%s")) {
					mc.addPattern(bytes.Split(norm, []byte("%s")), a, m.address, m.word)
					continue
				}
				k := string(sent.trim(norm))
				if old, ok := mc.texts[k]; ok && old != a {
					panic(fmt.Sprintf("diagnose: catalogue text %q of %s is also %v", t, m.key, old))
				}
				mc.texts[k] = a
			}
		}
	}
	mc.indexHeadless()
	return mc
}

// addPattern adds a text split at its placeholders. Each part is
// trimmed as a reply is (the punctuation next to a placeholder, "at
// %s:%u", is the fill's to match), and a part left empty between two
// placeholders joins them into one.
func (mc *messageCatalog) addPattern(split [][]byte, a catalogAnswer, address, word bool) {
	parts := [][]byte{mc.sent.trim(split[0])}
	port := []bool{false}
	for i, part := range split[1:] {
		raw := part
		part = mc.sent.trim(part)
		if len(part) == 0 && i < len(split)-2 {
			if bytes.IndexByte(raw, ':') >= 0 {
				port[len(port)-1] = true
			}
			continue
		}
		parts = append(parts, part)
		if len(parts) < len(split) {
			port = append(port, false)
		}
	}
	p := catalogPattern{parts: parts, port: port[:len(parts)-1], address: address, word: word, answer: a}
	if len(parts[0]) == 0 {
		mc.headless = append(mc.headless, p)
		return
	}
	mc.byFirst[parts[0][0]] = append(mc.byFirst[parts[0][0]], p)
}

// indexHeadless builds headlessByLast once headless is complete.
func (mc *messageCatalog) indexHeadless() {
	mc.headlessByLast = [256][]*catalogPattern{}
	for i := range mc.headless {
		p := &mc.headless[i]
		last := p.parts[len(p.parts)-1]
		if len(last) > 0 {
			b := last[len(last)-1]
			mc.headlessByLast[b] = append(mc.headlessByLast[b], p)
			continue
		}
		for b := range mc.headlessByLast {
			mc.headlessByLast[b] = append(mc.headlessByLast[b], p)
		}
	}
}

// find returns the answer for norm, a normalised code-less reply, when
// it is one of the catalogues' texts alone.
func (mc *messageCatalog) find(norm []byte) (catalogAnswer, bool) {
	t := mc.sent.trim(norm)
	if a, ok := mc.texts[string(t)]; ok {
		return a, true
	}
	if len(t) == 0 {
		return catalogAnswer{}, false
	}
	// By index and pointer: a pattern is too large to copy for each one
	// tried.
	ps := mc.byFirst[t[0]]
	for i := range ps {
		if ps[i].matches(t) {
			return ps[i].answer, true
		}
	}
	for _, p := range mc.headlessByLast[t[len(t)-1]] {
		if p.matches(t) {
			return p.answer, true
		}
	}
	return catalogAnswer{}, false
}

// matches reports whether t is the pattern's parts in order, each
// placeholder standing for 1 to maxCatalogFill bytes (aFill). The leftmost match
// of each middle part is taken: the catalogues' parts are sentences'
// words, which a host or a port does not repeat.
func (p *catalogPattern) matches(t []byte) bool {
	first, last := p.parts[0], p.parts[len(p.parts)-1]
	if !bytes.HasPrefix(t, first) || !bytes.HasSuffix(t, last) || len(t) < len(first)+len(last)+len(p.parts)-1 {
		return false
	}
	at, end := len(first), len(t)-len(last)
	for k, part := range p.parts[1 : len(p.parts)-1] {
		i := bytes.Index(t[at:end], part)
		if i < 0 || !aFill(t[at:at+i]) || p.port[k] && !aHostPort(t[at:at+i]) || p.address && !anAddressFill(t[at:at+i]) || p.word && !aWordFill(t[at:at+i]) {
			return false
		}
		at += i + len(part)
	}
	return aFill(t[at:end]) && (!p.port[len(p.port)-1] || aHostPort(t[at:end])) && (!p.address || anAddressFill(t[at:end])) && (!p.word || aWordFill(t[at:end]))
}

// aWordFill reports whether a fill is one word: no space inside it once
// the spaces and punctuation the trimmed parts leave to it are gone
// ("key: %s", "(\"%s\")").
func aWordFill(b []byte) bool {
	b = bytes.TrimFunc(b, func(r rune) bool { return r < 0x80 && !isAlnum(byte(r)) })
	return bytes.IndexByte(b, ' ') < 0
}

// anAddressFill reports whether a fill can stand for an e-mail address
// (anAddress), in angle brackets or not, with the colon a text puts after
// it ("%s: Mailbox full"), which the trimmed parts leave to the fill.
func anAddressFill(b []byte) bool {
	b = bytes.TrimSuffix(bytes.TrimSpace(b), []byte(":"))
	// The text's ends are trimmed before the lookup: an opening bracket
	// may be gone already.
	b = bytes.TrimSuffix(bytes.TrimPrefix(b, []byte("<")), []byte(">"))
	return anAddress(b)
}

// aHostPort reports whether a fill can stand for a host and its port: a
// colon in it and a digit at its end.
func aHostPort(b []byte) bool {
	// The brackets and quotes a translation puts around "%s:%u" ("(%s:%u)",
	// "„%s:%u“", "%s:%u(e)n") are trimmed as the parts next to them were.
	b = bytes.TrimFunc(b, func(r rune) bool { return r < 0x80 && !isAlnum(byte(r)) })
	return bytes.IndexByte(b, ':') >= 0 && len(b) > 0 && b[len(b)-1] >= '0' && b[len(b)-1] <= '9'
}

// aFill reports whether b can stand for a placeholder: 1 to
// maxCatalogFill bytes, not all spaces.
func aFill(b []byte) bool {
	return len(b) <= maxCatalogFill && len(bytes.TrimSpace(b)) > 0
}
