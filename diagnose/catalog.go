package diagnose

import (
	"bytes"
	"encoding/binary"
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
	// filled marks a text with placeholders, and named the causes
	// (a bit per namedCauses index) its own words name: a cause a fill
	// names besides those is the reply's, not the program's
	// (Classifier.fillNamesCause).
	filled bool
	named  uint32
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
	// headed are the patterns whose first part is not empty, headless
	// those that begin with a placeholder, each in the catalogues' order:
	// the first headed pattern that matches answers, else the first
	// headless one.
	headed, headless []catalogPattern
	// The indexes below name the patterns a trimmed text can match, in
	// ascending order, by what it must begin or end with. Trying every
	// pattern that begins with the text's first byte, and every headless
	// one whose last part ends with its last (session 40's index), cost
	// 8% of Classify in BenchmarkClassify/corpus's CPU profile once the
	// catalogues held 1,100 patterns (session 41): a third of them begin
	// with one of five letters or with a coded character (0xC0), and a
	// pattern that also ends with a placeholder was searched for in every
	// code-less reply.
	//
	// headKey holds the headed patterns whose first part is at least
	// catalogKeyLen bytes long by those bytes (keyOf), headByte the others
	// by their first byte.
	headKey  map[uint64][]int32
	headByte [256][]int32
	// tailKey and tailByte index the headless patterns whose last part is
	// not empty alike, by its last catalogKeyLen bytes or its last byte.
	tailKey  map[uint64][]int32
	tailByte [256][]int32
	// floating are the headless patterns that also end with a placeholder,
	// found by a catalogGramLen-byte gram of their longest part, which the
	// text must hold (floatGrams).
	floating []floatingPattern
	grams    floatGrams
	// sent trims a text's ends as the sent notices' are.
	sent *sentTemplates
}

// catalogKeyLen is how many bytes of a part's end index it (keyOf): as
// many as one 64-bit word holds.
const catalogKeyLen = 8

// keyOf packs b, catalogKeyLen bytes, into one word.
func keyOf(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }

// floatingPattern is a headless pattern that ends with a placeholder:
// headless[index], and the index in floatGrams.grams of a gram its
// longest part holds (-1 when no part is catalogGramLen bytes long).
type floatingPattern struct {
	index int32
	gram  int32
}

// catalogGramLen is the length of gramSet's grams.
const catalogGramLen = 4

// gramSet finds which of a few grams of 4 bytes a text holds, in one
// pass over it: a Bloom filter of the grams' hashes rules out almost every
// offset with a multiplication, a shift and a bit test, where a substring
// search for each of the grams' phrases is a scan of the text each, and a
// test of each byte against the phrases' first bytes (common letters) a
// branch taken at random. It is read-only once built.
type gramSet struct {
	grams []uint32
	bloom [16]uint64 // bit gramHash(g) for every gram g
}

// floatGrams are the grams of the floating patterns (catalogGramLen).
type floatGrams = gramSet

// gramHash spreads a gram over gramSet.bloom's 1,024 bits.
func gramHash(g uint32) uint32 { return g * 0x9E3779B1 >> 22 }

// add returns the index of gram g, adding it when new.
func (fg *gramSet) add(g uint32) int32 {
	for i, x := range fg.grams {
		if x == g {
			return int32(i)
		}
	}
	fg.grams = append(fg.grams, g)
	h := gramHash(g)
	fg.bloom[h>>6] |= 1 << (h & 63)
	return int32(len(fg.grams) - 1)
}

// maybe reports whether gram g may be one of the set's: false only when
// it is not.
func (fg *gramSet) maybe(g uint32) bool {
	h := gramHash(g)
	return fg.bloom[h>>6]&(1<<(h&63)) != 0
}

// find returns a mask with bit i%64 set for every gram i that t holds
// (and perhaps others: bits are shared past 64 grams).
func (fg *gramSet) find(t []byte) uint64 {
	var m uint64
	for i := 0; i+4 <= len(t); i++ {
		g := binary.LittleEndian.Uint32(t[i:])
		if !fg.maybe(g) {
			continue
		}
		for k, x := range fg.grams {
			if x == g {
				m |= 1 << (k & 63)
			}
		}
	}
	return m
}

// newMessageCatalog normalises the catalogues' texts as replies are. It
// panics on a text two messages share with different answers: the
// catalogues are compile-time table data.
func newMessageCatalog(sent *sentTemplates, catalogues ...[]catalogMessage) *messageCatalog {
	mc := &messageCatalog{texts: map[string]catalogAnswer{}, sent: sent}
	for _, cat := range catalogues {
		for _, m := range cat {
			a := catalogAnswer{category: m.category, outcome: m.outcome, own: m.own}
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
	mc.index()
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
	mc.headed = append(mc.headed, p)
}

// markCauses sets each pattern's answer's filled and named, named from
// the causes its parts name (causesIn, run on the parts joined).
func (mc *messageCatalog) markCauses(causesIn func(text []byte) uint32) {
	for _, ps := range [][]catalogPattern{mc.headed, mc.headless} {
		for i := range ps {
			ps[i].answer.filled = true
			ps[i].answer.named = causesIn(bytes.Join(ps[i].parts, []byte(" ")))
		}
	}
}

// index builds the indexes of the patterns once headed and headless are
// complete.
func (mc *messageCatalog) index() {
	mc.headKey, mc.tailKey = map[uint64][]int32{}, map[uint64][]int32{}
	for i, p := range mc.headed {
		if first := p.parts[0]; len(first) >= catalogKeyLen {
			k := keyOf(first)
			mc.headKey[k] = append(mc.headKey[k], int32(i))
		} else {
			mc.headByte[first[0]] = append(mc.headByte[first[0]], int32(i))
		}
	}
	for i, p := range mc.headless {
		switch last := p.parts[len(p.parts)-1]; {
		case len(last) >= catalogKeyLen:
			k := keyOf(last[len(last)-catalogKeyLen:])
			mc.tailKey[k] = append(mc.tailKey[k], int32(i))
		case len(last) > 0:
			mc.tailByte[last[len(last)-1]] = append(mc.tailByte[last[len(last)-1]], int32(i))
		default:
			var longest []byte
			for _, part := range p.parts {
				if len(part) > len(longest) {
					longest = part
				}
			}
			fp := floatingPattern{index: int32(i), gram: -1}
			if len(longest) >= catalogGramLen {
				fp.gram = mc.grams.add(binary.LittleEndian.Uint32(longest))
			}
			mc.floating = append(mc.floating, fp)
		}
	}
}

// firstOf returns the lowest index of cands (ascending indexes into ps)
// below best (or any, when best < 0) whose pattern matches t, else best.
func firstOf(ps []catalogPattern, cands []int32, best int, t []byte) int {
	for _, i := range cands {
		if best >= 0 && int(i) >= best {
			break
		}
		if ps[i].matches(t) {
			return int(i)
		}
	}
	return best
}

// catalogFrames are the words a program's caller puts before the
// program's own message, normalised as the rules' text is: PHPMailer's
// examples, which most sites that send with it copy, print "Message could
// not be sent. Mailer Error: " and then ErrorInfo, the library's message
// ("Mailer Error: SMTP Error: Could not authenticate.", newcomer review
// S41's frames). The frame says nothing of the cause; the message after it
// is the catalogue's.
var catalogFrames = [][]byte{
	[]byte("message could not be sent. mailer error: "), []byte("message could not be sent.mailer error: "),
	[]byte("message could not be sent: mailer error: "), []byte("mailer error: "),
}

// findFramed is find of norm, or else of the message after catalogFrames
// at norm's start: a few, as a site that prints the frame around a text
// that already has it ("Mailer Error: Mailer Error: SMTP Error: …",
// newcomer review S42).
func (mc *messageCatalog) findFramed(norm []byte) (catalogAnswer, bool) {
	for range 4 {
		if a, ok := mc.find(norm); ok {
			return a, true
		}
		framed := false
		for _, f := range catalogFrames {
			if bytes.HasPrefix(norm, f) {
				norm, framed = bytes.TrimLeft(norm[len(f):], " "), true
				break
			}
		}
		if !framed || len(norm) == 0 {
			break
		}
	}
	return catalogAnswer{}, false
}

// find returns the answer for norm, a normalised code-less reply, when
// it is one of the catalogues' texts alone.
//
// Only the patterns the indexes name are tried: a headed pattern matches
// only a text that begins with its first part, so with that part's
// first catalogKeyLen bytes (or first byte, for a shorter part); a
// headless one with a last part only a text that ends with it; a floating
// one only a text that holds the gram of its longest part. The first
// pattern in the catalogues' order that matches is the one the lookup of
// every pattern in turn found.
func (mc *messageCatalog) find(norm []byte) (catalogAnswer, bool) {
	t := mc.sent.trim(norm)
	if a, ok := mc.texts[string(t)]; ok {
		return a, true
	}
	if len(t) == 0 {
		return catalogAnswer{}, false
	}
	best := -1
	if len(t) >= catalogKeyLen {
		best = firstOf(mc.headed, mc.headKey[keyOf(t)], best, t)
	}
	if best = firstOf(mc.headed, mc.headByte[t[0]], best, t); best >= 0 {
		return mc.headed[best].answer, true
	}
	if len(t) >= catalogKeyLen {
		best = firstOf(mc.headless, mc.tailKey[keyOf(t[len(t)-catalogKeyLen:])], best, t)
	}
	best = firstOf(mc.headless, mc.tailByte[t[len(t)-1]], best, t)
	if len(mc.floating) > 0 {
		found := mc.grams.find(t)
		for _, fp := range mc.floating {
			if best >= 0 && int(fp.index) >= best {
				break
			}
			if (fp.gram < 0 || found&(1<<(fp.gram&63)) != 0) && mc.headless[fp.index].matches(t) {
				best = int(fp.index)
				break
			}
		}
	}
	if best >= 0 {
		return mc.headless[best].answer, true
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
