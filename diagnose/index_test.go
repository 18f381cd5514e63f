package diagnose

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// findEvery is messageCatalog.find without its indexes: every headed
// pattern in turn, then every headless one.
func findEvery(mc *messageCatalog, norm []byte) (catalogAnswer, bool) {
	t := mc.sent.trim(norm)
	if a, ok := mc.texts[string(t)]; ok {
		return a, true
	}
	if len(t) == 0 {
		return catalogAnswer{}, false
	}
	for _, ps := range [][]catalogPattern{mc.headed, mc.headless} {
		for i := range ps {
			if ps[i].matches(t) {
				return ps[i].answer, true
			}
		}
	}
	return catalogAnswer{}, false
}

// labelledTexts are the shared corpus's responses and the labelled sets'
// unwrapped replies, normalised as the lookups see them: the real texts an
// index must answer as the plain search does.
func labelledTexts(t *testing.T) [][]byte {
	var texts [][]byte
	for _, tc := range loadCorpus(t) {
		texts = append(texts, normalize(nil, tc.Response, true))
	}
	for _, name := range []string{"blind.jsonl", "eval.jsonl", "tune.jsonl", "kinds.jsonl"} {
		for _, tc := range loadLabelled(t, name) {
			inner, _ := unwrap(tc.Response)
			texts = append(texts, normalize(nil, inner, true))
		}
	}
	return texts
}

// TestCatalogIndex checks that the catalogue's indexes change no answer:
// find agrees with a lookup of every pattern in turn on each pattern
// filled in several ways, alone and inside other words, and on every
// response of the labelled sets and the shared corpus.
func TestCatalogIndex(t *testing.T) {
	mc := New().catalog
	var texts [][]byte
	fills := [][]byte{[]byte("x"), []byte("mx.example.com:25"), []byte("bob@example.com"), []byte("two words"), []byte("")}
	for _, ps := range [][]catalogPattern{mc.headed, mc.headless} {
		for _, p := range ps {
			for _, f := range fills {
				whole := bytes.Join(p.parts, f)
				texts = append(texts, whole,
					append([]byte("note: "), whole...),
					append(bytes.Clone(whole), " and more"...),
					whole[:len(whole)/2], whole[len(whole)/2:])
			}
		}
	}
	for k, v := range texts[:len(texts):len(texts)] {
		// Two catalogue texts run together.
		texts = append(texts, append(bytes.Clone(v), texts[(k*7+3)%len(texts)]...))
	}
	texts = append(texts, labelledTexts(t)...)
	found := 0
	for _, text := range texts {
		got, gok := mc.find(text)
		want, wok := findEvery(mc, text)
		if got != want || gok != wok {
			t.Fatalf("%q: find gives %v %v, every pattern in turn %v %v", text, got, gok, want, wok)
		}
		if gok {
			found++
		}
	}
	t.Logf("%d texts, %d found", len(texts), found)
}

// TestSentTemplateIndex checks that the sent templates' index changes no
// answer: match agrees with a test of every template on each template
// filled in several ways, alone and inside other words, and on every
// response of the labelled sets and the shared corpus.
func TestSentTemplateIndex(t *testing.T) {
	p := newSentTemplates()
	every := func(norm []byte, subjects bool) bool {
		if bytes.IndexByte(norm, '?') >= 0 {
			return false
		}
		return p.matchAny(p.trim(norm), p.templates, subjects)
	}
	var texts [][]byte
	for _, tp := range p.templates {
		for _, f := range []string{"smtp", "esmtps", "1234", "bob@example.com", "Quarterly report", ""} {
			whole := append(append(append(bytes.Clone(tp.head), ' '), f...), ' ')
			whole = append(whole, tp.tail...)
			texts = append(texts, whole, append([]byte("note: "), whole...), append(bytes.Clone(whole), " and more"...))
		}
	}
	texts = append(texts, labelledTexts(t)...)
	found := 0
	for _, text := range texts {
		for _, subjects := range []bool{false, true} {
			got, want := p.match(text, subjects), every(text, subjects)
			if got != want {
				t.Fatalf("%q (subjects %v): match gives %v, every template %v", text, subjects, got, want)
			}
			if got {
				found++
			}
		}
	}
	t.Logf("%d texts, %d matches", len(texts), found)
}

// TestSkipNoDigit checks skipNoDigit's word test against a byte-by-byte
// one: every byte value at every place of a word of other bytes, and
// random texts.
func TestSkipNoDigit(t *testing.T) {
	slow := func(s []byte, i int) int {
		for ; i+8 <= len(s); i += 8 {
			for _, c := range s[i : i+8] {
				if isDigit(c) {
					return i
				}
			}
		}
		return i
	}
	rng := rand.New(rand.NewPCG(14, 41))
	check := func(s []byte) {
		for i := range min(len(s), 9) {
			if got, want := skipNoDigit(s, i), slow(s, i); got != want {
				t.Fatalf("skipNoDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
	plain := []byte("abz:/;[]\x80\xff \x00-.AZ") // no digit
	for c := range 256 {
		for at := range 8 {
			s := make([]byte, 24)
			for k := range s {
				s[k] = plain[rng.IntN(len(plain))]
			}
			s[8+at] = byte(c)
			check(s)
		}
	}
	for range 20000 {
		s := make([]byte, rng.IntN(40))
		for k := range s {
			s[k] = byte(rng.IntN(256))
			if rng.IntN(4) > 0 {
				s[k] = plain[rng.IntN(len(plain))]
			}
		}
		check(s)
	}
}
