package diagnose

import (
	"bytes"
	"cmp"
	"math/bits"
	"strings"

	"github.com/mailflow/mailflow/diagnose/internal/linear"
)

// Input is one delivery attempt's response as the MTA reported it.
type Input struct {
	// Code is the SMTP reply code; 0 when unknown or the text is MTA-generated.
	// When 0 it is parsed from Response.
	Code int
	// Enhanced is the RFC 3463 status code ("5.1.1"); parsed from Response when empty.
	Enhanced string
	// Response is the full reply text (multi-line replies joined with "\n").
	Response string
	// RemoteHost is the host that answered, used to recognise the provider.
	RemoteHost string
	// Outcome is an optional hint from the MTA ("deferred", "bounced",
	// "expired", Postfix "sent"/"SOFTBOUNCE"). When set it wins over the code:
	// the MTA knows what it did with the message.
	Outcome string
}

// Result is the diagnosis of one response.
type Result struct {
	// Outcome is delivered, deferred, bounced or expired.
	Outcome string `json:"outcome"`
	// Category is one of AllCategories.
	Category string `json:"category"`
	// Advice explains the response and what to do.
	Advice Advice `json:"advice"`
	// Provider names the recognised mailbox provider or gateway, or "".
	Provider string `json:"provider"`
	// Blocklist names the blocklist found in the text of a blocklisted (or
	// spam-content) response, or "".
	Blocklist string `json:"blocklist,omitempty"`
}

// Classifier holds the compiled rule tables. Build it once with New; it is
// immutable afterwards and safe for concurrent use by many goroutines.
type Classifier struct {
	// notices finds the phrases of a code-less delivery notice
	// (deliveredNotice): the lists relayedGroups, relayedComplete,
	// relayedNot, sentNotices and sentNot, normalised as replies are.
	notices *phraseSets
	// sent finds an application's report that it sent the message, as
	// one of its templates alone (sentProtocolTemplates,
	// sentDurationTemplates).
	sent *sentTemplates
	// catalog finds a mail program's own message for a known cause,
	// whole, in a code-less reply (messageCatalog).
	catalog *messageCatalog
	// causeMasks are namedCauses' words as masks over the automaton's
	// hits, in namedCauses' order.
	causeMasks [][]wordMask
	// causeNots are namedCauses' not phrases as masks, in the same order.
	causeNots [][]wordMask
	// causeWords are namedCauses' words as namedIn looks for them, in
	// the same order, and causeIDs their pattern ids, word for word.
	causeWords [][]causeWord
	causeIDs   [][]uint16
	// causeNotWords and causeNotIDs are the same for the not phrases.
	causeNotWords [][]causeWord
	causeNotIDs   [][]uint16
	// narr finds the phrases by which the sending MTA's narrative says
	// it keeps the message (list narrDefer: localDeferHints) or gave it
	// up (narrFinal: permanentNarrative, finalHints), normalised as it is.
	narr *phraseSets
	// heldVeto finds the words by which a held rule's text says the
	// message was returned or given up, or that the name not found is
	// the recipient's (heldVetoes).
	heldVeto *phraseSets
	ac       *automaton
	rules    []compiledRule
	// ruleCauses are the rules' phrases of their category's named cause,
	// rule for rule (see ruleCause); apart from rules, which the match
	// loop reads for every candidate, as these are read only for a rule
	// that matched.
	ruleCauses []ruleCause
	// codeGates are the rules' codeGate, by rule: the classes and
	// subjects their codes can match, read before the rule itself.
	codeGates []uint64
	codeOnly  ruleSet // rules that can fire on an enhanced code alone
	// registered are the rules that state a code's registered meaning
	// (rule.registered, and every rule of specificStatusRules).
	registered ruleSet
	// settledRules are the rules marked settled: the model does not
	// overrule them although their table is judged.
	settledRules ruleSet
	// senderRules are the rules marked senderSide: the model does not
	// move their answers into a recipient's state.
	senderRules ruleSet
	// finals are the rules marked final: the MTA's own verdict that it gave
	// up, which keeps the outcome bounced under a quoted 4xx reply.
	finals ruleSet
	// helds are the rules marked held: a program's report that the server
	// it sends through could not be used (its name not found, STARTTLS
	// not offered), which it keeps the message for.
	helds    ruleSet
	ipRules  ruleSet // rules that need to know whether the reply names an IPv4 address
	ipID     uint16  // the pattern id of ipLiteral
	winRules ruleSet // rules that need to know whether the reply names a count per time window
	winID    uint16  // the pattern id of windowLiteral
	r556ID   uint16  // the pattern id of reply556Literal
	r535ID   uint16  // the pattern id of reply535Literal
	r530ID   uint16  // the pattern id of reply530Literal
	noCodeID uint16  // the pattern id of noReplyCodeLiteral
	// weakFrom is the index of the first weak rule: rules from here on
	// (weak words, the class/subject of an enhanced code) yield to the
	// syntax class of a 50x reply code.
	weakFrom int
	// judgedFrom is the index of the first rule the model may overrule
	// (strongRules): the tables before it — final verdicts, provider and
	// Exchange codes, phrases about someone other than the recipient —
	// state facts about who or what failed that a model of words does
	// not weigh (model.go).
	judgedFrom int
	// tableFrom[i] is the index of ruleTables[i]'s first rule.
	tableFrom []int
	// precise are specificStatusRules' codes and categories: the
	// registered, precise meanings of enhanced codes (agreed).
	precise []preciseCode

	// Per-pattern attributes, so that one pass over the hits finds the
	// provider, the blocklist and the advice signals (O(hits), not O(table)).
	// Everything one pattern's hit implies sits in one small record, so a
	// hit costs one cache line plus its rule list.
	pat        []patInfo
	patRules   []uint16 // pat[id].rules indexes this: the rules whose phrases use the pattern
	blocklists []blocklist

	// model, when not nil, is consulted after the rules (model.go);
	// modelClasses are its class names in score order.
	model        *linear.Model
	modelClasses []string
	// modelRules are linear.NewRuleHashes of modelClasses, by class.
	modelRules []linear.RuleHashes
}

// patInfo is what a pattern's hit implies beyond the hit itself.
type patInfo struct {
	rulesAt  uint32 // patRules[rulesAt : rulesAt+rulesN]
	rulesN   uint16
	sig      signal
	provider uint8 // 1 + index into providers of the first provider using the pattern; 0 = none
	list     uint8 // 1 + index into blocklists, likewise
	// notice has bit k set when the pattern is a phrase of the notice
	// list k (noticeGroups..noticeAccepted, deliveredNotice).
	notice uint8
}

// signal flags what a pattern says beyond its rules.
type signal uint16

const (
	sigDefer      signal = 1 << iota // code-less text the MTA retries
	sigBounce                        // code-less text the MTA gives up on
	sigLocalDefer                    // the sending MTA says it keeps the message
	sigFinal                         // the non-delivery report says delivery failed for good
	sigSPF
	sigDKIM
	sigDMARC
	sigPTR
	sigARC
	sigCert    // TLS problem on the receiver's side (certificate, MTA-STS, DANE)
	sigSender  // the reply answered MAIL FROM (senderStage)
	sigFailed  // a DSN's action says a recipient failed (dsnFailed)
	sigDelayed // a DSN's action says a recipient is delayed (dsnDelayed)
	sigExit    // a delivery command's permanent exit status (exitStatusHints)
	sigReport  // a non-delivery report's heading: returned unless the text says it retries (reportHints)
	sigOwn     // a mail program's own message about its account's server (catalogMessage.own)
)

// scanResult is what one pass over a response found.
type scanResult struct {
	hits      hitSet
	rules     ruleSet
	provider  int // index into providers, -1 = none
	blocklist int // index into blocklists, -1 = none
	signals   signal
	// notices has bit k set when a phrase of the notice list k occurs
	// (deliveredNotice): the scan finds them with the rules' phrases.
	notices uint32
}

type compiledRule struct {
	cat string
	// singles are the one-phrase clauses as bit masks over the hit words
	// they live in, so "does any of these phrases occur" costs one AND per
	// word rather than a test per phrase; clauses holds the rest.
	singles []wordMask
	clauses [][]uint16 // any clause whose ids all occur
	// groups are rule.all: every group must have one id that occurs. All of
	// them are automaton patterns, so checking one is a bit test; only the
	// first (most distinctive) group makes the rule a candidate.
	groups [][]uint16
	// groupMasks are groups as word masks, for the check itself.
	groupMasks [][]wordMask
	codes      []codePattern
	unless     []wordMask
	// script are the rule's phrases written in a script other than
	// Latin (their normalised text holds coded characters, see
	// nibbleCode): a rule that matched through one of them is settled.
	script []wordMask
	// yields are the causes a narrow rule yields to (narrowYields), and
	// yieldAny all their words, for the test of whether any is named.
	yields   []causeYield
	yieldAny []wordMask
}

// wordMask is a set of pattern ids that share one 64-bit word of a hitSet.
type wordMask struct {
	word uint16
	mask uint64
}

// masksOf groups ids by hitSet word.
func masksOf(ids []uint16) []wordMask {
	var out []wordMask
	for _, id := range ids {
		w, bit := id>>6, uint64(1)<<(id&63)
		found := false
		for i := range out {
			if out[i].word == w {
				out[i].mask |= bit
				found = true
				break
			}
		}
		if !found {
			out = append(out, wordMask{w, bit})
		}
	}
	return out
}

func anyMask(h *hitSet, ms []wordMask) bool {
	for _, m := range ms {
		if h.words[m.word]&m.mask != 0 {
			return true
		}
	}
	return false
}

// maxRules bounds the rule tables: a ruleSet is this many bits, copied
// and scanned once per response, so it grows in steps of 64 only when the
// tables need it (session 36: 519 rules; session 39: 579; session 40:
// 638, two short of the bound, so the next rule would not have built;
// session 41: 667 of 704 before the bound was raised, 670 after).
const maxRules = 768

// ruleSet is a set of rule indexes (into Classifier.rules), a bit each.
type ruleSet [maxRules / 64]uint64

// add puts rule ri in s.
func (s *ruleSet) add(ri int) { s[ri>>6] |= 1 << (ri & 63) }

// empty reports whether s holds no rule.
func (s *ruleSet) empty() bool { return *s == ruleSet{} }

// has reports whether rule ri is in s; a negative ri (no rule) is not.
func (s *ruleSet) has(ri int) bool { return ri >= 0 && s[ri>>6]&(1<<(ri&63)) != 0 }

func (s *ruleSet) intersects(o *ruleSet) bool {
	for i := range s {
		if s[i]&o[i] != 0 {
			return true
		}
	}
	return false
}

// ipLiteral stands in a rule phrase for "an IPv4 address occurs in the
// reply" ("<ip> && blocked"); it is not text and never matched as such.
const ipLiteral = "\x00ipv4\x00"

// windowLiteral stands in a rule phrase for "the reply names a count per
// time window" ("20/60s", "100 messages per 1 hour", "5 recipients per 5
// minutes"): the wording of rate limiters (Postfix anvil, postfwd, smtpf,
// Exim ratelimit), whatever they count. Like ipLiteral it is never matched
// as text; see countPerWindow.
const windowLiteral = "\x00window\x00"

// reply556Literal stands in a rule phrase for "the reply code is 556" (RFC
// 7504 §3: "Domain does not accept mail"), which rules cannot read from the
// text because the code may come from the MTA's fields. Like ipLiteral it
// is never matched as text.
const reply556Literal = "\x00reply556\x00"

// reply535Literal stands in a rule phrase for "the reply code is 535" (RFC
// 4954 §6: "Authentication credentials invalid", the only meaning any RFC
// registers for it), set by classify like reply556Literal.
const reply535Literal = "\x00reply535\x00"

// reply530Literal stands in a rule phrase for "the reply code is 530" (RFC
// 4954 §6: "Authentication required"; RFC 3207 uses it for "Must issue a
// STARTTLS command first"), set by classify like reply556Literal.
const reply530Literal = "\x00reply530\x00"

// noReplyCodeLiteral stands in a rule phrase for "no reply code at all":
// neither given nor leading the text nor quoted inside it, and no
// enhanced status code either (given, leading the text or qmail's). Such a text is
// the sending MTA's or client's own report (a returned-mail template, a
// log line), so a host name it says it cannot resolve is the one it was
// sending to, not the client's own name a receiver checked (probe BP
// bp-008, Openfind's "Hostname cannot be resolved"). Set by classify like
// reply556Literal.
const noReplyCodeLiteral = "\x00nocode\x00"

// New compiles the rule tables into a Classifier and loads the embedded
// model (model.go), which the classifier consults after the rules unless
// RulesOnly is given. It costs about 50–80 ms and 47 MB of garbage on a
// two-core machine (BenchmarkNew); build one per process and share it.
// The embedded model is checked by the package's tests; were it
// unreadable, the classifier would answer with the rules alone.
func New(opts ...Option) *Classifier {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	b := &builder{index: map[pattern]uint16{}}
	c := &Classifier{}
	switch {
	case o.rulesOnly:
	case o.model != nil:
		c.model = o.model
	case len(modelFile) > 0:
		if m, err := linear.Decode(modelFile); err == nil {
			c.model = m
		}
	}
	if c.model != nil {
		c.modelClasses = c.model.Classes()
		for _, name := range c.modelClasses {
			c.modelRules = append(c.modelRules, linear.NewRuleHashes(name))
		}
	}
	// The named causes' phrases before the rules': their ids must be in
	// the tables sized from the rules' patterns below (patSignals).
	if len(namedCauses) > 32 {
		panic("diagnose: more named causes than bits in a uint32 (match's named, deniedSpans' read)")
	}
	for _, nc := range namedCauses {
		ids, notIDs := b.ids(nc.words), b.ids(nc.not)
		c.causeMasks = append(c.causeMasks, masksOf(ids))
		c.causeNots = append(c.causeNots, masksOf(notIDs))
		c.causeWords = append(c.causeWords, causeWordsOf(nc.words))
		c.causeIDs = append(c.causeIDs, ids)
		c.causeNotWords = append(c.causeNotWords, causeWordsOf(nc.not))
		c.causeNotIDs = append(c.causeNotIDs, notIDs)
	}
	for ti, table := range ruleTables {
		if ti == 1 {
			table = providerCodeRules()
		}
		if ti == weakTable {
			c.weakFrom = len(c.rules)
		}
		if ti == judgedTable {
			c.judgedFrom = len(c.rules)
		}
		c.tableFrom = append(c.tableFrom, len(c.rules))
		for _, r := range table {
			if r.registered || ti == specificTable {
				ri := len(c.rules)
				c.registered.add(ri)
			}
			if r.final {
				ri := len(c.rules)
				c.finals.add(ri)
			}
			if r.settled {
				ri := len(c.rules)
				c.settledRules.add(ri)
			}
			if r.held {
				ri := len(c.rules)
				c.helds.add(ri)
			}
			if r.senderSide {
				ri := len(c.rules)
				c.senderRules.add(ri)
			}
			cr := b.rule(r)
			rc := ruleCause{cause: -1}
			if k := causeIndex(r.cat); k >= 0 {
				rc = b.causePhrases(r, k)
			}
			c.ruleCauses = append(c.ruleCauses, rc)
			if ti == narrowTable {
				for k, words := range narrowYields(r) {
					if len(words) > 0 {
						ids := b.ids(words)
						cr.yields = append(cr.yields, causeYield{k, masksOf(ids), causeWordsOf(words)})
						cr.yieldAny = append(cr.yieldAny, masksOf(ids)...)
					}
				}
			}
			c.rules = append(c.rules, cr)
			c.codeGates = append(c.codeGates, codeGate(c.rules[len(c.rules)-1].codes))
		}
	}
	if len(c.rules) > maxRules {
		panic("diagnose: too many rules")
	}
	for _, r := range specificStatusRules {
		switch r.cat {
		case CategoryUserUnknown, CategoryMailboxFull, CategoryMailboxDisabled, CategoryMessageTooLarge,
			CategoryTLSRequired, CategoryAuthenticationFailed:
		default:
			// Codes providers use loosely for what their words say
			// better: X.1.2 for a malformed address ("553 5.1.2 … Invalid
			// host name"), X.4.x for a server shutting down.
			continue
		}
		for _, p := range r.codes {
			c.precise = append(c.precise, preciseCode{parseCodePattern(p), r.cat})
		}
	}
	type attr struct {
		specs []string
		sig   signal
	}
	var sigSpecs = []attr{
		{deferHints, sigDefer},
		{bounceHints, sigBounce},
		{localDeferHints, sigLocalDefer},
		{finalHints, sigFinal},
		{exitStatusHints, sigExit},
		{reportHints, sigReport},
		{[]string{"|spf|", "sender policy framework"}, sigSPF},
		{[]string{"|dkim|", "domainkeys"}, sigDKIM},
		{[]string{"|dmarc|", "5322.from", "aligned with", "alignment"}, sigDMARC},
		{[]string{"|ptr|", "reverse dns", "reverse-dns", "|rdns|", "reverse hostname", "cannot find your hostname",
			"reverse mapping", "reverse lookup", "reverse look", "reverse name", "ip name lookup failed", "does not resolve to", "|ib108|", "rtr:rd", "|cxdns|"}, sigPTR},
		{[]string{"|arc|", "arc validation", "arc-seal"}, sigARC},
		{[]string{"certificate", "mta-sts", "|dane|", "tlsa", "dnssec"}, sigCert},
		{senderStage, sigSender},
		{dsnFailed, sigFailed},
		{dsnDelayed, sigDelayed},
	}
	provIDs := make([][]uint16, len(providers))
	for i, p := range providers {
		provIDs[i] = b.ids(p.needles)
	}
	blIDs := make([][]uint16, len(blocklists))
	for i, l := range blocklists {
		blIDs[i] = b.ids(l.needles)
	}
	sigIDs := make([][]uint16, len(sigSpecs))
	for i, a := range sigSpecs {
		sigIDs[i] = b.ids(a.specs)
	}
	// The notices' phrases are patterns of the rules' automaton too, which
	// scans the same normalised text, so that a code-less reply is not
	// scanned a second time for them (deliveredNotice). b.id normalises
	// them as the notices' own matcher does.
	var notices [][][]byte // in the order of noticeGroups..noticeAccepted
	patNotice := map[uint16]uint8{}
	for k, l := range [][]string{relayedGroups, relayedComplete, relayedNot, sentNotices, sentNot, acceptedNotices} {
		var n [][]byte
		for _, p := range l {
			n = append(n, normalize(nil, p, false))
			patNotice[b.id(p)] |= 1 << k
		}
		notices = append(notices, n)
	}
	if len(providers) > 254 || len(blocklists) > 254 {
		panic("diagnose: too many providers or blocklists")
	}
	patProvider := make([]uint8, len(b.pats))
	patBlocklist := make([]uint8, len(b.pats))
	patSignals := make([]signal, len(b.pats))
	for i := len(providers) - 1; i >= 0; i-- { // lowest index wins
		for _, id := range provIDs[i] {
			patProvider[id] = uint8(i + 1)
		}
	}
	for i := len(blocklists) - 1; i >= 0; i-- {
		for _, id := range blIDs[i] {
			patBlocklist[id] = uint8(i + 1)
		}
	}
	for i, a := range sigSpecs {
		for _, id := range sigIDs[i] {
			patSignals[id] |= a.sig
		}
	}
	c.blocklists = blocklists

	c.ipID = b.id(ipLiteral)
	c.winID = b.id(windowLiteral)
	c.r556ID = b.id(reply556Literal)
	c.r535ID = b.id(reply535Literal)
	c.r530ID = b.id(reply530Literal)
	c.noCodeID = b.id(noReplyCodeLiteral)
	c.ac = buildAutomaton(b.pats)
	c.notices = newPhraseSets(notices...)
	c.sent = newSentTemplates()
	c.catalog = newMessageCatalog(c.sent, aospEmailMessages, gearyMessages, snappyMailMessages, schleuderMessages, auroraMailMessages, bouncedMailManagerMessages, groupmaxMessages, mailmanMessages, yamMessages, simpleMailMessages, roundupMessages, mailPoetMessages, gaiaEmailMessages, keilaMessages, tineMessages, zitadelMessages, espoCRMMessages, metabaseMessages, invoiceNinjaMessages, gitSendEmailMessages, jenkinsMessages, phpListMessages, opieMessages, twakeMailMessages, lttrsMessages, mailyMessages, imailMessages, phpMailerMessages, phpMailerOlderMessages, joomlaMessages, duplicatiMessages, delugeMessages, qBittorrentMessages, trueNASMessages)
	c.catalog.markCauses(func(text []byte) uint32 {
		var h hitSet
		c.ac.scan(text, &h)
		return c.causesIn(&h)
	})
	var keeps, gaveUp [][]byte
	for _, p := range localDeferHints {
		keeps = append(keeps, normalize(nil, p, false))
	}
	for _, l := range [][]string{permanentNarrative, finalHints} {
		for _, p := range l {
			gaveUp = append(gaveUp, normalize(nil, p, false))
		}
	}
	c.narr = newPhraseSets(keeps, gaveUp) // narrDefer, narrFinal
	var vetoes [][]byte
	for _, p := range heldVetoes {
		vetoes = append(vetoes, normalize(nil, p, false))
	}
	c.heldVeto = newPhraseSets(vetoes)
	ruleOf := make([][]uint16, len(b.pats))
	for ri, r := range c.rules {
		seen := map[uint16]bool{}
		for _, m := range r.singles {
			for rest := m.mask; rest != 0; rest &= rest - 1 {
				id := m.word<<6 | uint16(bits.TrailingZeros64(rest))
				if !seen[id] {
					seen[id] = true
					ruleOf[id] = append(ruleOf[id], uint16(ri))
				}
			}
		}
		for _, cl := range r.clauses {
			for _, id := range cl {
				if !seen[id] {
					seen[id] = true
					ruleOf[id] = append(ruleOf[id], uint16(ri))
				}
			}
		}
		if len(r.groups) > 0 {
			// A group rule is a candidate when its first (most
			// distinctive) group has a hit.
			for _, id := range r.groups[0] {
				if !seen[id] {
					seen[id] = true
					ruleOf[id] = append(ruleOf[id], uint16(ri))
				}
			}
		}
		if len(r.singles) == 0 && len(r.clauses) == 0 && len(r.groups) == 0 && len(r.codes) > 0 {
			c.codeOnly.add(ri)
		}
		// A pseudo phrase in a veto ("not when a count per window is
		// named") or in a later group needs its test run as much as one
		// that triggers.
		for _, m := range r.unless {
			for rest := m.mask; rest != 0; rest &= rest - 1 {
				seen[m.word<<6|uint16(bits.TrailingZeros64(rest))] = true
			}
		}
		for _, g := range r.groups {
			for _, id := range g {
				seen[id] = true
			}
		}
		if seen[c.ipID] {
			c.ipRules.add(ri)
		}
		if seen[c.winID] {
			c.winRules.add(ri)
		}
	}
	c.pat = make([]patInfo, len(b.pats))
	for id := range b.pats {
		c.pat[id] = patInfo{rulesAt: uint32(len(c.patRules)), rulesN: uint16(len(ruleOf[id])),
			sig: patSignals[id], provider: patProvider[id], list: patBlocklist[id], notice: patNotice[uint16(id)]}
		c.patRules = append(c.patRules, ruleOf[id]...)
	}
	return c
}

// builder assigns ids to distinct patterns while compiling the tables.
type builder struct {
	index map[pattern]uint16
	pats  []pattern
}

func (b *builder) id(spec string) uint16 {
	p := pattern{}
	if spec == ipLiteral || spec == windowLiteral || spec == reply556Literal || spec == reply535Literal || spec == reply530Literal || spec == noReplyCodeLiteral {
		// Not searched for: normalised text never holds a NUL byte. The
		// classifier sets this pattern's hit itself (see classify).
		p.text = spec
		if id, ok := b.index[p]; ok {
			return id
		}
		id := uint16(len(b.pats))
		b.index[p] = id
		b.pats = append(b.pats, p)
		return id
	}
	if strings.HasPrefix(spec, "|") {
		p.leftBound = true
		spec = spec[1:]
	}
	if strings.HasSuffix(spec, "|") {
		p.rightBound = true
		spec = spec[:len(spec)-1]
	}
	p.text = string(normalize(nil, spec, false))
	if p.text == "" {
		panic("diagnose: empty phrase")
	}
	if id, ok := b.index[p]; ok {
		return id
	}
	id := uint16(len(b.pats))
	b.index[p] = id
	b.pats = append(b.pats, p)
	return id
}

// ids returns the pattern ids of a group of rule.all or of rule.unless,
// whose phrases are single patterns: only rule.any splits a phrase on
// " && ". It panics on a conjunction there, which would otherwise be
// matched as literal text and never fire (review S36B: "(smtp) サーバー
// && が見つかりません" in a group); like the code patterns, rules are
// compile-time table data.
func (b *builder) ids(specs []string) []uint16 {
	out := make([]uint16, 0, len(specs))
	for _, s := range specs {
		if strings.Contains(s, " && ") {
			panic("diagnose: a conjunction in a rule's all or unless group: " + s)
		}
		out = append(out, b.id(s))
	}
	return out
}

func (b *builder) rule(r rule) compiledRule {
	cr := compiledRule{cat: r.cat}
	var singles []uint16
	for _, phrase := range r.any {
		var cl []uint16
		for _, part := range strings.Split(phrase, " && ") {
			cl = append(cl, b.id(part))
		}
		if len(cl) == 1 {
			singles = append(singles, cl[0])
			continue
		}
		cr.clauses = append(cr.clauses, cl)
	}
	cr.singles = masksOf(singles)
	for _, p := range r.codes {
		cr.codes = append(cr.codes, parseCodePattern(p))
	}
	for _, g := range r.all {
		ids := b.ids(g)
		cr.groups = append(cr.groups, ids)
		cr.groupMasks = append(cr.groupMasks, masksOf(ids))
	}
	cr.unless = masksOf(b.ids(r.unless))
	var script []uint16
	add := func(id uint16) {
		if strings.IndexByte(b.pats[id].text, 0xC0) >= 0 {
			script = append(script, id)
		}
	}
	for _, id := range singles {
		add(id)
	}
	for _, cl := range cr.clauses {
		for _, id := range cl {
			add(id)
		}
	}
	for _, g := range cr.groups {
		for _, id := range g {
			add(id)
		}
	}
	cr.script = masksOf(script)
	return cr
}

// Classify diagnoses one response. It never panics and caps its work at the
// first 4 KiB of the response. It allocates only for responses longer than
// 512 bytes (the normalised copy) and for advice composed from the text
// (named blocklist, failed authentication mechanisms).
func (c *Classifier) Classify(in Input) Result {
	var sr scanResult
	res, code, text := c.classify(in, &sr, nil)
	res.Provider = providerFromHost(in.RemoteHost)
	if res.Provider == "" && sr.provider >= 0 {
		res.Provider = providers[sr.provider].name
	}
	var bl *blocklist
	if (res.Category == CategoryBlocklisted || res.Category == CategorySpamContent) && sr.blocklist >= 0 {
		bl = &c.blocklists[sr.blocklist]
		res.Blocklist = bl.name
	}
	res.Advice = advise(res, code, text, bl, sr.signals)
	return res
}

// classify finds the outcome and category of a response, leaving in sr what
// the scan found for the provider, blocklist and advice. It also returns
// the reply code (or, for a code-less report, the reply it quotes) and the
// text it read.
//
// With feat non-nil, the model is not consulted: what it would read is
// written to *feat instead, with the rules' category.
func (c *Classifier) classify(in Input, sr *scanResult, feat *Features) (res Result, code int, text string) {
	return c.classifyFor(in, sr, feat, false)
}

// classifyFor is classify; with categoryOnly, the outcome it returns is
// not the response's, because it skips what only the outcome needs (the
// sending MTA's narrative: Event keeps the category alone).
func (c *Classifier) classifyFor(in Input, sr *scanResult, feat *Features, categoryOnly bool) (res Result, code int, text string) {
	text = in.Response
	// cut: the text's end is the scan's cut, not the writer's (a trailing
	// code there is no report's last word; newcomer review S39 N6).
	cut := len(text) > maxScan
	if cut {
		text = text[:maxScan]
	}
	// A Postfix log record pasted whole: its reason is the reply, and
	// its status what Postfix did, as an event's outcome says it (a 5XX
	// greeting Postfix deferred). A record whose status a reply code
	// given apart contradicts is no record of that attempt, and is read
	// as text.
	if !replyFirst(text) {
		if inner, status, ok := postfixLogLine(text); ok && inner != "" && !codeDisagrees(in.Code, status) {
			text = inner
			if in.Outcome == "" {
				in.Outcome = status
			}
		}
	}
	// The local MTA's wrappers ("delivery temporarily suspended: ", "host
	// mx[ip] said: ", Exim's "SMTP error from remote mail server after …")
	// describe the sender's side; rules read only what is inside them.
	inner, wrapOutcome := unwrap(text)
	code = in.Code
	if code < 200 || code > 599 {
		code = 0
	}
	pcode, penh := ParseReply(text)
	codeFromWrap := false
	if pcode == 0 && len(inner) != len(text) {
		if c, e, n := replyPrefix(inner); n > 0 {
			pcode, penh, codeFromWrap = c, e, true
		}
	}
	// A reply that begins with its code has no narrative before it for
	// the model to skip (modelText); a multi-line one repeats its code.
	leadingCode := pcode != 0
	// A server library's wrapper after the code ("554 5.0.0 Error:
	// transaction failed, blame it on the weather: 451 Failed to deliver
	// …", libraryWrapped): the client got the outer code, which decides
	// the outcome; the reply the server's backend meant, when it wrote
	// one, names the cause where no phrase does.
	wrappedCode := 0
	if pcode != 0 && len(inner) != len(text) {
		if c, _, n := replyPrefix(inner); n > 0 {
			wrappedCode = c
		}
	}
	if code == 0 {
		code = pcode
	} else {
		codeFromWrap = false
	}
	// The enhanced code given apart, else the reply's own. A malformed one
	// given apart ("9.9.9.9.9") is no code, so the reply's still counts
	// (review S36C-N8); each is parsed once, this being every event's path.
	enh := strings.TrimSpace(in.Enhanced)
	st, w := parseStatus(enh)
	if w == 0 || w != len(enh) || !st.valid() {
		st, enh = status{}, ""
	}
	if enh == "" && pcode == code {
		enh = penh
		if st, w = parseStatus(enh); w == 0 || w != len(enh) {
			st = status{}
		}
	}
	// Codes quoted by qmail "(#5.1.1)", leading a code-less text or quoted
	// inside an MTA's narrative are weaker hints, used only when the reply
	// itself carries no enhanced code.
	hintStatus := st
	if !hintStatus.valid() {
		hintStatus = qmailStatus(text)
	}
	if !hintStatus.valid() && code == 0 {
		hintStatus = leadingStatus(inner)
	}
	embCode := 0
	if code == 0 {
		var est status
		embCode, est = embeddedReply(inner)
		if !hintStatus.valid() {
			hintStatus = est
		}
	}
	// An enhanced code a code-less report names as one ("error code:
	// 5.2.2"), when no reply is quoted: like a trailing code below, the
	// last error's, weaker than the report's own word that it retries
	// ("Temporary failure, retrying later (status code: 5.0.0)", review
	// S40B).
	named := false
	if !hintStatus.valid() && code == 0 && embCode == 0 {
		hintStatus = exceptionStatus(inner)
		// The client's own word that it sends again, after the reply its
		// exception quotes ("…: mailbox full. Retrying in 10 minutes
		// (attempt 2 of 5)"), outranks the quoted class as it does a named
		// code's; the server's "try again later" does not (review S42
		// s42r-20).
		named = hintStatus.valid() && hasAnyFold(inner, clientRetryWords)
	}
	if !hintStatus.valid() && code == 0 && embCode == 0 {
		hintStatus = namedStatus(inner)
		named = hintStatus.valid()
	}
	// A bare code a client's report ends with (trailingReply), when no
	// reply is quoted: weaker than the client's own word that it retries
	// the message. A text cut at maxScan has no end to read.
	trailing := false
	if code == 0 && embCode == 0 && !cut {
		embCode = trailingReply(inner)
		trailing = embCode != 0
	}

	// Typical replies are a few hundred bytes: normalise them into a stack
	// buffer so the common case does not allocate.
	var stack [512]byte
	norm := normalize(stack[:0], inner, true)
	// Read before its underscores become spaces: whether the reason is
	// written as qmail writes it decides the outcome below.
	qmail := readQmailEntry(norm)
	if bytes.IndexByte(norm, '_') >= 0 && (bytes.IndexByte(norm, ' ') < 0 || qmail.status != "") {
		// qmail-send's log writes a reason with its spaces as underscores
		// ("CNAME_lookup_failed_temporarily._(#4.4.3)", "delivery 245:
		// failure: Unable_to_run_qmail-remote./"); read it as words.
		for i, b := range norm {
			if b == '_' {
				norm[i] = ' '
			}
		}
	}
	c.scan(norm, sr)
	if named && hintStatus.subject == 4 && hintStatus.detail == 7 && sr.signals&sigDefer != 0 {
		// A delay notice's named X.4.7 ("Delivery has been delayed. …
		// Status: 4.4.7", Exchange's delay DSNs; review S40B) is its delay,
		// no expiry and no cause.
		hintStatus, named = status{}, false
	}
	if !hintStatus.valid() && sr.signals&(sigFailed|sigDelayed) != 0 {
		hintStatus = actionStatus(inner)
	}
	if sr.rules.intersects(&c.ipRules) && firstIP(inner) != "" {
		// Only when a rule could use it: an IPv4 address in the reply
		// itself (the wrappers' MX address is gone with them) is the
		// client's, named by a reputation block.
		sr.hits.set(c.ipID)
	}
	if sr.rules.intersects(&c.winRules) && countPerWindow(norm) {
		sr.hits.set(c.winID)
	}
	if code == 556 || code == 0 && embCode == 556 {
		c.hit(sr, c.r556ID)
	}
	if code == 535 || code == 0 && embCode == 535 {
		c.hit(sr, c.r535ID)
	}
	if code == 530 || code == 0 && embCode == 530 {
		c.hit(sr, c.r530ID)
	}
	if code == 0 && embCode == 0 && !hintStatus.valid() {
		// An enhanced code, given or in the text ("5.7.1 Hostname cannot
		// be resolved"), is a receiver's (review S35-A4).
		c.hit(sr, c.noCodeID)
	}

	hint := normalizeOutcome(in.Outcome)
	switch {
	case hint == OutcomeExpired:
		res.Outcome, res.Category = OutcomeExpired, CategoryExpired
	case hint == OutcomeDelivered ||
		hint == "" && code >= 200 && code < 300 ||
		hint == "" && code == 0 && embCode < 300 && (hasAnyPrefix(norm, deliveredPrefixes) || c.deliveredNotice(norm, sr.notices, sr.rules.empty())) &&
			noticeWhole(in.Response, hintStatus),
		// An RFC 3463 class 2 status with no reply code is a success
		// whatever words a log record puts around it (Kerio's "Result:
		// delivered, Status: 2.0.0", probe BJ bj-002).
		hint == "" && code == 0 && embCode == 0 && st.valid() && st.class == 2 && hasAnyFold(text, deliveryWords):
		res.Outcome, res.Category = OutcomeDelivered, CategoryDelivered
	default:
		var ri int
		var denied uint32
		res.Category, ri, denied = c.match(sr, hintStatus, norm)
		table := -1
		for ti, from := range c.tableFrom {
			if ri >= from {
				table = ti
			}
		}
		settled := ri >= 0 && (ri < c.judgedFrom || c.settledRules.has(ri) ||
			anyMask(&sr.hits, c.rules[ri].script) && mostlyOtherScript(norm) ||
			ri < c.tableFrom[specificTable] && !c.registered.has(ri) && c.agreed(hintStatus, res.Category))
		if code == 0 && embCode == 0 && len(inner) == len(trimLeftSpace(text)) {
			if a, ok := c.catalog.findFramed(norm); ok && !c.fillNamesCause(&sr.hits, a, norm) {
				// A program's own message for a known cause, alone: its
				// words are the program's, whatever the model weighs them
				// as, and what the program does about it is the outcome.
				res.Category, settled, table = a.category, true, catalogTable
				if hint == "" {
					hint = a.outcome
				}
				if a.own {
					sr.signals |= sigOwn
				}
			}
		}
		// A rule that matched a phrase written in Cyrillic, Greek or a
		// Chinese or Japanese script, in a reply written mostly in that
		// script, is settled: the model reads each such character as a
		// word of its own and learnt from few replies in those scripts
		// (140 of the 6,300 labelled lines hold any), so it overruled "550
		// 账户已冻结" (account frozen) and "550 このアカウントは停止されて
		// います" (account suspended) with policy_rejected (kind "an
		// account frozen or stopped, in Chinese and Japanese",
		// TestKindBatchAR). Earlier sessions marked such rules settled one
		// at a time (rules_localized.go). A rule that read the English
		// reply such a report quotes is not settled: a short preface
		// ("Ошибка доставки: ") makes a reply "mostly" Cyrillic, and the
		// rules' weak answers would then stand where the model corrects
		// them (review S23B-1); the model reads such a report from the
		// reply's code on instead (modelText).
		// codeMeaning: the answer is a code's registered, precise
		// meaning (specificStatusRules: "554 5.5.3" too many recipients;
		// RFC 7505's "556 5.1.10"), no phrase having said otherwise. The
		// generic class.subject meanings and the bare reply codes are
		// not: what a 421 4.7.0 usually means is better learnt from
		// replies (rate limits, greylisting) than read off "security or
		// policy".
		codeMeaning := c.registered.has(ri)
		if res.Category != "" && ri >= c.weakFrom && syntaxReply(code) && (!st.valid() || st.subject == 0 || st.subject == 5) {
			// RFC 5321 §4.2.1: x0z replies are syntax; 500-504 and 555
			// say the command or its parameters were not understood. A
			// weak word ("Refused. Unknown authentication method") does
			// not outweigh that; an enhanced code with another subject
			// ("501 5.7.1 Permission denied": security or policy) does.
			res.Category = CategorySyntaxError
			codeMeaning = false
		}
		// RFC 5321 §4.2.2's 450: "Requested mail action not taken:
		// mailbox unavailable (e.g., mailbox busy or temporarily blocked
		// for policy reasons)". A transient reply whose only word for the
		// mailbox is the generic one says nothing of an address that does
		// not exist: unless the model reads more in its other words
		// ("please try again in 5 minutes": greylisting), it is the
		// receiver's temporary state, as the bare 4xx code reads (probe
		// AW aw-057).
		transientMailbox := res.Category == CategoryUserUnknown && ri >= c.weakFrom && code >= 400 && code < 500 && !st.valid()
		if res.Category == "" {
			res.Category = CategoryOther
			if wrappedCode != 0 {
				res.Category = replyCodeCategory(wrappedCode)
			} else if code != 0 {
				res.Category = replyCodeCategory(code)
			} else if embCode != 0 {
				res.Category = replyCodeCategory(embCode)
			}
			if syntaxReply(code) && (!st.valid() || st.subject == 0 || st.subject == 5) {
				// RFC 5321 §4.2.1: 500–504 and 555 say the command or its
				// parameters were not understood, or came out of order.
				// Words no rule reads do not outweigh that: the model read
				// "sender" and "recipient" in "503 Must have sender and
				// recipient first." (blindai-0004) as a policy after a
				// retraining, as the weak words above are outweighed.
				settled = true
			}
		}
		if res.Category == CategoryDelivered {
			res.Category = CategoryOther // a 2xx the MTA nevertheless failed
		}
		if (isRecipientState(res.Category) || res.Category == CategorySpamContent || res.Category == CategoryOther) &&
			(sr.signals&sigSender != 0 || aboutSender(text[:len(text)-len(inner)])) {
			// The reply answered MAIL FROM: whatever it says about a
			// mailbox or a domain, it is the sender's that was refused,
			// and no content had been sent yet to judge as spam.
			res.Category = CategoryPolicyRejected
			settled, table = true, senderStageTable
		}
		if res.Category == CategorySpamContent && aboutGreeting(text[:len(text)-len(inner)]) {
			// The server refused the client at its greeting: no message
			// had been sent to judge, so a spam word there is the client's
			// reputation ("refused to talk to me: 554 … block for spam").
			res.Category = CategoryBlocklisted
			settled, table = true, greetingStageTable
		}
		if res.Category == CategoryOther && (code >= 500 || code == 0 && embCode >= 500) && aboutGreeting(text[:len(text)-len(inner)]) {
			// A 5xx greeting that names no reason ("refused to talk to
			// me: 554 mx.example.se"): RFC 5321 §3.1's "554 No SMTP
			// service here", the server refusing the session to this
			// client by its rules (probe_av av-067). A listing or a spam
			// word named there is the client's reputation (above).
			res.Category = CategoryPolicyRejected
			settled, table = true, greetingStageTable
		}
		if res.Category != CategoryExpired && aboutExpiry(text[:len(text)-len(inner)]) {
			// The sending MTA's narrative says it gave the message up as
			// expired and quotes the last reply it got ("Message expired
			// for domain example.com. Remote host said: 454 4.7.1 …
			// Relay access denied", blindas-0008): the verdict is the
			// expiry, returned to the sender, whatever that reply was.
			res.Category = CategoryExpired
			if hint == "" { // an outcome the MTA reported stands
				hint = OutcomeBounced
			}
			embCode, code = code, 0
			settled, table = true, -1
		}
		if res.Category == CategoryMailboxFull && indexFoldASCII(text, endOfDataStage) >= 0 &&
			!(hintStatus.valid() && hintStatus.subject == 2) && !hasAnyFold(inner, mailboxQuotaWords) {
			// A restriction at the end of DATA is a policy service's,
			// which knows the sender's counts, not a mailbox's storage:
			// its quota is the sender's ("End-of-data rejected: max quota
			// exceeded", go-policyd, probe CG cg-008).
			// Not when an X.2.x status or the words name the recipient's
			// mailbox: Dovecot's quota-status, run as an end-of-data
			// restriction where the message's size is known, answers
			// "552 5.2.2 Mailbox is full" (review S39D).
			res.Category = CategoryRateLimited
			settled, table = true, restrictionStageTable
		}
		if res.Category == CategorySpamContent && aboutRestriction(text) {
			// Postfix's smtpd restrictions (access maps, DNSBL checks,
			// policy services) judge the client, its HELO name and the
			// envelope, never the message: a spam word or a score in their
			// reply is the client's standing ("Recipient address rejected:
			// postfwd score too high"); any other content reading of their
			// words ("rejected for policy reasons") is the rule's refusal.
			res.Category = restrictionCategory(text)
			settled, table = true, restrictionStageTable
		}
		if hint == "" && wrapOutcome != "" && res.Category != CategoryExpired && (code == 0 || codeFromWrap || statedOutcome(text)) {
			hint = wrapOutcome
		}
		if hint == "" && code == 0 && qmail.status == "deferral" && qmail.written {
			// qmail-send's own word: it retries. "Giving_up_on_<ip>"
			// after the reply gives up that host, not the message. Only
			// for the log's shape: a text that merely starts with
			// "Deferral:" before a 5xx is not qmail's (review S30A-4).
			hint = OutcomeDeferred
		}
		if hint == "" && res.Category != CategoryExpired && (code >= 500 || code == 0 && embCode >= 500) &&
			indexFoldASCII(text[:len(text)-len(inner)], "refused to talk to me: ") >= 0 {
			// Postfix skips a server that greets with 5xx and defers the
			// message unless another MX takes it (smtp_skip_5xx_greeting,
			// default yes: "treat it as 4XX"; smtp_proto.c).
			hint = OutcomeDeferred
		}
		if res.Category == CategoryExpired && code >= 400 && code < 500 && c.finals.has(ri) {
			// A sender's final verdict ("I'm not going to try again; this
			// message has been in the queue too long") quotes the last
			// transient reply: the message is returned, not retried. Any
			// other expiry reading of a 4xx reply (a time-limit word, an
			// x.4.7 code) leaves the reply's class to decide: deferred.
			embCode, code = code, 0
		}
		if codeFromWrap && res.Category == CategoryExpired {
			// A narrative that gave up quotes the last reply: the verdict,
			// not the quoted code's class, is the outcome.
			embCode, code = code, 0
		}
		if hint == "" && res.Category != CategoryExpired && !categoryOnly {
			// The sending MTA's own narrative, its addresses blanked (a
			// quoted local part is the sender's to choose, review
			// S22D-6), says what it did with the message, whatever reply
			// code it quotes, which is the remote's:
			//   - gave it up: qmail-send's bounce template, which Haraka
			//     copies ("This is a permanent error; I've given up"), an
			//     NDR's verdict ("Delivery has failed to these
			//     recipients"), also around a 4xx it quotes (probe AX
			//     ax-032, review S22D-5);
			//   - keeps it: a delay warning ("It will be retried until it
			//     is 2 day(s) old") quoting the last 5xx (probe AW
			//     aw-006). The same words inside the remote's reply are
			//     the remote's (review S22C-4).
			// A retry it announces outranks a verdict word beside it
			// (Gmail's "Message not delivered … Gmail will retry for 46
			// more hours"); a DSN's failed action outranks both.
			// The narrative is normalised as the rules' text is (accents
			// folded: "n'a pas pu être remis"), once, and searched for the
			// normalised phrases.
			var nb [512]byte
			if sr.signals&sigFailed != 0 {
				hint = OutcomeBounced
			} else if found := c.narr.find(blankAddresses(normalize(nb[:0], clipNarrative(narrative(text, inner)), false))); found&(1<<narrDefer) != 0 {
				hint = OutcomeDeferred
			} else if found&(1<<narrFinal) != 0 {
				hint = OutcomeBounced
			}
		}
		if hint == "" && code == 0 && embCode == 0 && ri >= 0 && c.helds.has(ri) && res.Category == c.rules[ri].cat &&
			sr.signals&(sigFailed|sigFinal|sigBounce) == 0 && c.heldVeto.find(norm) == 0 {
			// A program that could not use the server it sends through
			// (its name not found, STARTTLS not offered) keeps the
			// message unsent, as after a refused connection (rule.held);
			// a verdict of its own ("giving up") stands. The server is
			// the program's own: the advice says so, not the recipient
			// domain's DNS or the recipient's provider.
			hint = OutcomeDeferred
			sr.signals |= sigOwn
		}
		res.Outcome = outcome(hint, code, embCode, trailing || named, res.Category, hintStatus, sr.signals)
		if feat != nil {
			feat.Settled, feat.Table, feat.CodeMeaning = settled, table, codeMeaning
		}
		if c.model != nil && feat == nil && !settled {
			// The outcome stays the rules': it follows the reply code and
			// what the MTA said it did, which the model does not read.
			cat := c.consult(res.Category, modelText(norm, leadingCode), modelCode(cmp.Or(wrappedCode, code), embCode), hintStatus, codeMeaning)
			if cat != res.Category && causeNamed(denied, cat) {
				// The rules stepped aside for a cause the text names only
				// to deny it; the model, which reads the cause's words and
				// not their denial, does not bring it back ("This message
				// is not a virus but violates our policy", review S46).
				cat = res.Category
			}
			if cat == CategorySpamContent && aboutRestriction(text) {
				// A Postfix restriction's reply judges the client and the
				// envelope, never the content (above): not the model's
				// spam either ("End-of-data rejected: missing infos",
				// probe CG cg-010).
				cat = restrictionCategory(text)
			}
			// A sender-side rule's answer stays out of the recipient's
			// states, unless the enhanced code is the recipient's mailbox
			// or address (X.2.x; X.1.1, X.1.2, X.1.6, X.1.10: "552 5.2.2
			// Mailbox full; message returned to envelope sender", review
			// S23C-3).
			if !(isRecipientState(cat) && c.senderRules.has(ri) && !recipientStatus(hintStatus)) && cat != res.Category {
				res.Category = cat
				// The outcome read from the rules' category falls back on
				// that category's convention when nothing else says (no
				// code, no DSN action, no retry or verdict word): a text
				// the rules left as other took other's, bounced, although
				// the model reads a condition MTAs retry ("vdeliver:
				// Error writing the output file.", "*** Host did not
				// advertise STARTTLS", batch CA). Everything else outcome
				// reads is the same, so asking again changes only that.
				res.Outcome = outcome(hint, code, embCode, trailing || named, cat, hintStatus, sr.signals)
			}
		}
		if transientMailbox && res.Category == CategoryUserUnknown {
			res.Category = replyCodeCategory(code)
		}
	}
	if feat != nil {
		var buf [16]byte
		mcode := modelCode(code, embCode)
		feat.Rule = res.Category
		feat.Text = appendTextFeatures(nil, modelText(norm, leadingCode), mcode, hintStatus)
		feat.WordsFrom = codeFeatures(mcode, hintStatus)
		feat.CodeClass = string(codeClassOf(mcode))
		feat.SubDetail = string(subDetailOf(buf[:0], hintStatus))
	}
	if code == 0 && !trailing && embCode >= 400 {
		// The failure a code-less report quotes ("The remote server said:
		// 550 5.3.0 …") is the receiver's: advise names it, not the local
		// delivery chain (newcomer review S40). A success it quotes (YAM's
		// bad response "250 OK" to a command that wanted 354) is no
		// receiver's failure.
		code = embCode
	}
	return res, code, text
}

// preciseCode is one enhanced code of specificStatusRules that names the
// recipient's mailbox, the message's size or a TLS or authentication
// demand, and the category of its registered meaning.
type preciseCode struct {
	code codePattern
	cat  string
}

// agreed reports whether st's registered, precise meaning (RFC 3463, RFC
// 5248, RFC 7372: specificStatusRules) is cat, which a specific phrase of
// the reply found. A reply whose own words and enhanced code say the same
// thing ("550 5.2.2 <a@example.jp>... Mailbox Full") is settled: the
// model must not move it for the words a provider's report puts around
// it, such as a template's "check the recipients' addresses" (probe BA:
// Mail.ru's Russian and a Spanish hoster's reports read as user_unknown).
func (c *Classifier) agreed(st status, cat string) bool {
	if !st.valid() || cat == CategoryOther || cat == "" {
		return false
	}
	for _, p := range c.precise {
		if p.code.match(st) {
			return p.cat == cat
		}
	}
	return false
}

// deliveryWords are what a log record says beside a class 2 status when
// it reports a delivery ("Result: delivered, Status: 2.0.0", review
// S27A-6: the status alone beside "user unknown" is no delivery).
var deliveryWords = []string{"delivered", "result: sent", "status=sent", "accepted", "queued"}

// expiryWords say that the sending MTA gave a message up because its time
// in the queue ran out (RFC 3463 X.4.7, delivery time expired), as MTAs'
// narratives put it before the last reply they quote.
var expiryWords = []string{"message expired", "expired for domain", "message has expired", "delivery time expired",
	"too long in the queue", "in the queue too long", "too long in queue", "retry timeout exceeded", "lifetime exceeded"}

// aboutExpiry reports whether narrative, the sending MTA's words around
// the reply it quotes, gives the message up as expired.
func aboutExpiry(narrative string) bool { return narrative != "" && hasAnyFold(narrative, expiryWords) }

// mostlyOtherScript reports whether the normalised reply norm is written
// mostly in a script other than Latin: it holds at least two coded
// characters (nibbleCode), and more than twice as many as it holds Latin
// words of two letters or more outside addresses and host names (a token
// with '@' or '.' in it).
func mostlyOtherScript(norm []byte) bool {
	if bytes.Count(norm, []byte{0xC0}) < 2 {
		return false // the common case, counted with one vectorised pass
	}
	coded, words := 0, 0
	for i, j := token(norm, 0); i < len(norm); i, j = token(norm, j) {
		tok := norm[i:j]
		if bytes.IndexByte(tok, '@') < 0 && bytes.IndexByte(tok, '.') < 0 {
			run := 0
			for _, b := range tok {
				if isASCIILetter(b) {
					run++
					continue
				}
				if run >= 2 {
					words++
				}
				run = 0
			}
			if run >= 2 {
				words++
			}
		}
		coded += bytes.Count(tok, []byte{0xC0})
	}
	return coded >= 2 && coded > 2*words
}

// token returns the bounds of the first token of norm (its words are
// separated by single spaces, but a text may begin with one) at or after
// i; i == len(norm) when none is left.
func token(norm []byte, i int) (int, int) {
	for i < len(norm) && norm[i] == ' ' {
		i++
	}
	j := i
	for j < len(norm) && norm[j] != ' ' {
		j++
	}
	return i, j
}

// qmailEntry is what readQmailEntry found of a qmail-send log entry.
type qmailEntry struct {
	// status is "failure", "deferral" or "success", or "" when the text
	// is no such entry.
	status string
	// written reports whether the reason after the status is written as
	// qmail writes it: spaces as underscores and lines joined by '/', so
	// no space and at least one underscore.
	written bool
}

// readQmailEntry reads a qmail-send log entry ("delivery N: failure: …",
// "deferral: …") from norm, before its underscores are read as spaces.
// The entry is read whole, or from its status on as bounce-help pages
// quote it ("failure: 192.0.2.48_does_not_like_recipient./Remote_host_
// said:_…", probe BO bo-021, where a localised qmail's "Zdalny_host_
// odpowiedzial:" stood between the wrapper and the reply and the reason
// went unread).
func readQmailEntry(norm []byte) qmailEntry {
	rest := norm
	if bytes.HasPrefix(rest, []byte("delivery ")) {
		i := bytes.Index(rest, []byte(": "))
		if i < 0 {
			return qmailEntry{}
		}
		rest = rest[i+2:]
	}
	for _, status := range [...]string{"failure", "deferral", "success"} {
		if len(rest) > len(status)+1 && string(rest[:len(status)]) == status && rest[len(status)] == ':' && rest[len(status)+1] == ' ' {
			reason := bytes.TrimRight(rest[len(status)+2:], " ")
			written := len(reason) > 0 && bytes.IndexByte(reason, '_') >= 0 && !bytes.ContainsAny(reason, " \n")
			return qmailEntry{status: status, written: written}
		}
	}
	return qmailEntry{}
}

// isRecipientState reports whether cat describes the recipient's address,
// mailbox or domain.
func isRecipientState(cat string) bool {
	switch cat {
	case CategoryUserUnknown, CategoryMailboxFull, CategoryMailboxDisabled, CategoryDomainNotFound:
		return true
	}
	return false
}

// senderStage are the markers MTAs use, in their own fixed spelling, to say
// a reply answered MAIL FROM (Postfix smtp_proto.c "(in reply to MAIL FROM
// command)", Exim "after MAIL FROM:", qmail-remote "but sender was
// rejected", DragonFly/dma "did not like our MAIL FROM").
var senderStage = []string{
	"in reply to MAIL FROM command", "after MAIL FROM", "but sender was rejected", "did not like our MAIL FROM",
	"MAIL FROM: 5", "MAIL FROM: 4", // a client library's "SMTP error, MAIL FROM: 550 …"
}

// greetingStage are the markers MTAs write before a reply that came in place
// of the server's greeting, before any command: Postfix smtp_proto.c "host
// … refused to talk to me:", Exim "SMTP error from remote mail server after
// initial connection:", qmail-remote "Connected to … but greeting failed."
// They are in the wrapper the unwrapper takes off (unwrap.go).
var greetingStage = []string{"refused to talk to me", "after initial connection", "but greeting failed"}

// aboutGreeting reports whether the wrapper text says the reply was the
// server's greeting.
func aboutGreeting(text string) bool {
	if len(text) > 2048 {
		text = text[:2048]
	}
	for _, m := range greetingStage {
		if indexFoldASCII(text, m) >= 0 {
			return true
		}
	}
	return false
}

// restrictionStage are the fixed words Postfix's smtpd puts before the text
// of a reject from its access restrictions, DNSBL checks and policy
// services (smtpd_check.c: "<%s>: Client host rejected: %s", "Helo command
// rejected", "Sender address rejected", "Recipient address rejected").
// Those restrictions run at CONNECT, HELO, MAIL FROM, RCPT TO and the end
// of DATA (endOfDataStage) and see the client, its HELO name, the envelope
// and the message's size; the message is judged later by
// header and body checks, content filters and milters, in their own words
// ("5.7.1 Message content rejected"). postfwd's documented rules '554 5.7.1
// <a@b>: Recipient address rejected: postfwd3 score too high' and '… your
// request caused our spam detection policy to reject this message' are RBL
// scores (blindaq-0055, 0057).
var restrictionStage = []string{"recipient address rejected:", "client host rejected:", "helo command rejected:", "sender address rejected:", endOfDataStage}

// endOfDataStage marks Postfix's smtpd_end_of_data_restrictions reply
// ("<END-OF-MESSAGE>: End-of-data rejected: …"): a policy service asked
// at the end of DATA, which sees the envelope and the message's size,
// not its content (go-policyd, probe CG cg-008..010).
const endOfDataStage = "end-of-data rejected:"

// mailboxQuotaWords name the recipient's mailbox in a quota refusal.
var mailboxQuotaWords = []string{"mailbox", "inbox"}

// restrictionCategory is what a Postfix restriction's reply that reads as
// spam is instead (aboutRestriction): the client's standing when it names
// a score or a spam word (reputationWords), else the restriction's
// policy.
func restrictionCategory(text string) string {
	if hasAnyFold(text, reputationWords) {
		return CategoryBlocklisted
	}
	return CategoryPolicyRejected
}

// reputationWords say, in a restriction's reply, that the client's standing
// was scored or judged spammy.
var reputationWords = []string{"spam", "score", "junk", "bulk", "unsolicited", "reputation"}

// hasAnyFold reports whether text holds one of words (ASCII case folded).
func hasAnyFold(text string, words []string) bool {
	if len(text) > 2048 {
		text = text[:2048]
	}
	for _, w := range words {
		if indexFoldASCII(text, w) >= 0 {
			return true
		}
	}
	return false
}

// tenantBlockWords name Microsoft 365's Tenant Allow/Block List blocking
// a recipient for the sender's own organisation (5.7.703 and the NDR's
// words; rules.go reads the same as policy_rejected).
// senderDomainMissing reports whether a policy refusal is about the
// sender's domain missing from DNS (senderDomainSummary): the sender, its
// domain or RFC 3463's X.1.8 "bad sender's system address" named with
// words for a domain or record that is not found. A sender address
// verification (a callout to the sender's own server, Postfix's
// "undeliverable address"), the sender's mailbox and a directory (GAL)
// are about the address, not the domain's records (newcomer review N4 of
// session 37: a loose "dns" or "does not exist" anywhere matched them).
func senderDomainMissing(text string) bool { return senderDomainIn(policyWords.find(text)) }

// senderDomainIn is senderDomainMissing from what policyWords found.
func senderDomainIn(m uint32) bool {
	has := func(list int) bool { return m&(1<<list) != 0 }
	if has(policyAboutAddress) {
		return false
	}
	if has(policySenderDomain) {
		return true
	}
	return (has(policySenderSubject) || has(policySenderCode)) && has(policySenderDNS)
}

// policyWords finds, in one pass over a policy refusal's text, the lists
// advise and senderDomainMissing read (ASCII case folded, in the first 2
// KiB, as hasAnyFold reads one list).
var policyWords = newFoldSets(
	tenantBlockWords,
	[]string{"verif", "callout", "undeliverable address", "mailbox", "the gal", "global address list", "not owned by"},
	[]string{"domain of sender address", "sender domain not found", "sender domain does not exist",
		"sender domain must exist", "sender's domain does not exist", "unresolvable sender domain", "sender domain unresolvable",
		"bad sender's system address", "sender address rejected: domain not found"},
	senderDomainSubject,
	[]string{"4.1.8", "5.1.8"},
	senderDomainDNS,
)

// The lists of policyWords.
const (
	policyTenantBlock   = iota // tenantBlockWords
	policyAboutAddress         // the address or a directory, not the domain's records
	policySenderDomain         // the sender's domain named missing outright
	policySenderSubject        // senderDomainSubject
	policySenderCode           // RFC 3463's X.1.8
	policySenderDNS            // senderDomainDNS
)

var (
	senderDomainSubject = []string{"sender", "mail from", "mailfrom", "envelope from", "return-path", "return mx"}
	// senderDomainDNS are a domain or its records not found: phrases,
	// since a bare "dns" is inside names ("dnsadmin") and a bare "does not
	// exist" is said of users and mailboxes.
	senderDomainDNS = []string{"domain not found", "domain does not exist", "domain must exist", "no mx", "mx record", "a record",
		"does not resolve", "not resolvable", "unresolvable", "mail exchanger", "dns error", "dns lookup", "dns record",
		"in dns", "dns timeout", "dns failure", "temporary dns", "dns temporary", "mx does not exist", "mx not found",
		"cannot resolve", "can't resolve", "could not resolve", "unable to resolve"}
)

var tenantBlockWords = []string{"5.7.703", "tenant recipient block", "tenant allow/block", "tenant allow block", "liste de blocage du locataire",
	"sperrliste des mandanten", "mandantenempf"}

// aboutRestriction reports whether text is a reply of one of Postfix's
// smtpd restrictions (restrictionStage).
func aboutRestriction(text string) bool {
	if len(text) > 2048 {
		text = text[:2048]
	}
	for _, m := range restrictionStage {
		if indexFoldASCII(text, m) >= 0 {
			return true
		}
	}
	return false
}

// aboutSender reports whether text says the reply answered MAIL FROM. The
// scan finds the markers in the unwrapped reply (sigSender); this looks at
// the part a wrapper took off ("SMTP error from remote mail server after
// MAIL FROM:…"), which the scan does not see.
func aboutSender(text string) bool {
	if len(text) > 2048 {
		text = text[:2048]
	}
	for _, m := range senderStage {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}

// scan runs the automaton and folds the hits into rule candidates, the
// first provider and blocklist named, and the advice signals.
//
// The fold does not branch on what a hit implies: which patterns occur is
// as unpredictable as the text, and its branches (does the pattern name a
// provider, a lower one than so far, a blocklist, any rule) were
// mispredicted about once a hit. A pattern's provider and blocklist
// numbers less one wrap "none" (0) round to 255, above every real one,
// so the first named is a minimum; its first rule is added with a mask
// that is zero when it has none, and only the rare further rules loop.
func (c *Classifier) scan(norm []byte, sr *scanResult) {
	c.ac.scan(norm, &sr.hits)
	bestProv, bestBL := uint8(255), uint8(255)
	var sig signal
	var notices uint32
	last := uint32(len(c.patRules)) - 1
	for u, used := range sr.hits.used {
		for ; used != 0; used &= used - 1 {
			w := u*64 + bits.TrailingZeros64(used)
			for word := sr.hits.words[w]; word != 0; word &= word - 1 {
				pi := &c.pat[w*64+bits.TrailingZeros64(word)]
				if len(c.patRules) > 0 {
					r := c.patRules[min(pi.rulesAt, last)]
					has := uint64(min(pi.rulesN, 1))
					sr.rules[r>>6] |= has << (r & 63)
					for k := uint32(1); k < uint32(pi.rulesN); k++ {
						sr.rules.add(int(c.patRules[pi.rulesAt+k]))
					}
				}
				bestProv = min(bestProv, pi.provider-1)
				bestBL = min(bestBL, pi.list-1)
				sig |= pi.sig
				notices |= uint32(pi.notice)
			}
		}
	}
	sr.signals |= sig
	sr.notices |= notices
	sr.provider, sr.blocklist = -1, -1
	if bestProv != 255 {
		sr.provider = int(bestProv)
	}
	if bestBL != 255 {
		sr.blocklist = int(bestBL)
	}
}

// hit records a pseudo pattern's hit and makes its rules candidates, as
// scan does for the patterns it finds.
func (c *Classifier) hit(sr *scanResult, id uint16) {
	sr.hits.set(id)
	pi := &c.pat[id]
	for _, r := range c.patRules[pi.rulesAt : pi.rulesAt+uint32(pi.rulesN)] {
		sr.rules.add(int(r))
	}
}

// codeGate summarises a rule's code patterns for match: bit
// gateBit(class, subject) is set for every class and subject (up to
// maxGateSubject) one of them matches, gateHasCodes when there are any,
// and gateAny when one names a subject past maxGateSubject. A status
// whose bit is clear matches none of the codes, so match skips the rule
// without reading it: about half the candidates tested per reply are
// rules whose codes the reply's status does not have, and each was a read
// of the rule and one of its codes, far apart in memory.
func codeGate(codes []codePattern) uint64 {
	if len(codes) == 0 {
		return 0
	}
	g := uint64(gateHasCodes)
	for _, p := range codes {
		if p.subject < 0 || p.subject > maxGateSubject {
			g |= gateAny
			continue
		}
		for _, class := range [...]int{2, 4, 5} {
			if p.class == 0 || p.class == class {
				g |= gateBit(class, p.subject)
			}
		}
	}
	return g
}

// The flags of codeGate, above its class and subject bits.
const (
	maxGateSubject        = 15
	gateHasCodes   uint64 = 1 << 63
	gateAny        uint64 = 1 << 62
)

// gateBit is the bit of codeGate for a status of class 2, 4 or 5 and a
// subject up to maxGateSubject.
func gateBit(class, subject int) uint64 {
	return 1 << (gateClass[class]*(maxGateSubject+1) + subject)
}

// gateClass numbers the classes of gateBit.
var gateClass = [...]int{2: 0, 4: 1, 5: 2}

// gateAdmits reports whether a rule of codeGate g may match status st:
// false only when none of its codes can.
func gateAdmits(g uint64, st status) bool {
	switch {
	case g == 0 || g&gateAny != 0:
		return true
	case !st.valid():
		return false // no code matches an invalid status (codePattern.match)
	case st.class != 2 && st.class != 4 && st.class != 5 || st.subject < 0 || st.subject > maxGateSubject:
		return true
	}
	return g&gateBit(st.class, st.subject) != 0
}

// match runs the rule tables in priority order and returns the first
// matching rule's category and index, or "" and -1. A narrow rule whose
// text also names another category's cause (namedCauses) yields: after it
// only a rule of a named cause's category may answer, and if none does,
// the first narrow rule that yielded answers (causes.go). The third
// result holds the causes (a bit per namedCauses index) a rule stepped
// aside for, because the text names them only to deny them
// (deniesCause).
func (c *Classifier) match(sr *scanResult, st status, norm []byte) (string, int, uint32) {
	cand := sr.rules
	if st.valid() {
		for i := range cand {
			cand[i] |= c.codeOnly[i]
		}
	}
	// named holds the causes (a bit per namedCauses index) a narrow rule
	// yielded to: from there on only a rule of one of their categories
	// may answer.
	var named uint32
	yielder := -1       // the first narrow rule that yielded
	var den deniedSpans // the spans of causes a rule stepped aside for (deniesCause)
	for w, word := range cand {
		for word != 0 {
			b := bits.TrailingZeros64(word)
			word &= word - 1
			ri := w*64 + b
			if !gateAdmits(c.codeGates[ri], st) {
				continue
			}
			r := &c.rules[ri]
			if named != 0 && !causeNamed(named, r.cat) {
				continue
			}
			if r.matches(&sr.hits, st, norm) {
				rc := &c.ruleCauses[ri]
				if len(r.yieldAny) > 0 && anyMask(&sr.hits, r.yieldAny) && !c.namesOwn(r, rc, &sr.hits, norm) {
					if n := c.yielded(&sr.hits, r.yields, norm); n != 0 {
						named |= n
						if yielder < 0 {
							yielder = ri
						}
						continue
					}
				}
				if den.n > 0 && c.readsDenied(r, &sr.hits, norm, &den) {
					continue
				}
				if rc.cause >= 0 && c.deniesCause(r, rc, &sr.hits, norm, &den) {
					continue
				}
				return r.cat, ri, den.causes
			}
		}
	}
	if yielder >= 0 {
		// No rule reads the cause as the words around it put it (a
		// blocklist rule that leaves "listed … rate control" to the
		// rate rules, which leave a listing to the blocklist rules): the
		// narrow rule's own reading stands.
		return c.rules[yielder].cat, yielder, den.causes
	}
	return "", -1, den.causes
}

// causeNamed reports whether cat is the category of one of the causes
// in named (a bit per namedCauses index).
func causeNamed(named uint32, cat string) bool {
	for ; named != 0; named &= named - 1 {
		if namedCauses[bits.TrailingZeros32(named)].cat == cat {
			return true
		}
	}
	return false
}

// syntaxReply reports whether code is one of RFC 5321's syntax replies:
// 500 command unrecognized, 501 parameter syntax, 502 not implemented, 503
// bad sequence, 504 parameter not implemented, 555 MAIL/RCPT parameters
// not recognized.
func syntaxReply(code int) bool {
	switch code {
	case 500, 501, 502, 503, 504, 555:
		return true
	}
	return false
}

func (r *compiledRule) matches(h *hitSet, st status, norm []byte) bool {
	if len(r.codes) > 0 {
		ok := false
		for _, p := range r.codes {
			if p.match(st) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	phrases := len(r.singles) > 0 || len(r.clauses) > 0
	if phrases || len(r.groups) > 0 {
		// Any form may make the rule fire: a phrase, a conjunction, or one
		// phrase from every group.
		ok := phrases && anyMask(h, r.singles)
		for _, cl := range r.clauses {
			if ok {
				break
			}
			ok = allHit(h, cl)
		}
		if !ok && len(r.groups) > 0 {
			ok = groupsHit(h, r.groupMasks)
		}
		if !ok {
			return false
		}
	}
	return !anyMask(h, r.unless)
}

// outcome decides delivered/deferred/bounced for a non-delivered response:
// the MTA's own word first, then the reply code's class (RFC 5321 §4.2.1),
// then — for texts without a code — what MTAs do with the condition.
// trailing says the only code is the bare one a client's text ends with
// (trailingReply, in embCode) or an enhanced one it names (namedStatus, in
// st), which the client's own retry words outrank.
func outcome(hint string, code, embCode int, trailing bool, cat string, st status, sig signal) string {
	switch {
	case hint != "":
		return hint
	case code >= 400 && code < 500:
		return OutcomeDeferred
	case code >= 500:
		return OutcomeBounced
	case cat == CategoryExpired:
		// The MTA gave up: a final failure even when the text quotes a 4.x.x.
		return OutcomeBounced
	case sig&sigFailed != 0:
		// A DSN's action (RFC 3464 §2.3.3): failed for one recipient is
		// the report's bounce, whatever others were delayed.
		return OutcomeBounced
	case sig&sigDelayed != 0:
		return OutcomeDeferred
	case sig&sigFinal != 0:
		return OutcomeBounced
	case sig&sigBounce != 0 && sig&sigDefer == 0:
		return OutcomeBounced
	case trailing && sig&sigDefer != 0 && sig&sigBounce == 0:
		// "Connection timed out, retrying; last error code 550": the
		// client keeps the message, whatever code it last heard. A
		// report that also says it gave up ("… connection timed out …
		// error 5.1.1 … Giving up.") is read on (newcomer review S40).
		return OutcomeDeferred
	case embCode >= 400 && embCode < 500:
		return OutcomeDeferred
	case embCode >= 500:
		return OutcomeBounced
	case st.class == 4:
		return OutcomeDeferred
	case st.class == 5:
		return OutcomeBounced
	case sig&sigBounce != 0, sig&sigExit != 0 && sig&sigDefer == 0:
		return OutcomeBounced
	case sig&sigDefer != 0:
		return OutcomeDeferred
	case sig&sigReport != 0:
		return OutcomeBounced
	}
	switch cat {
	case CategoryConnectionFailed, CategoryGreylisted, CategoryServerError, CategoryTLSRequired:
		// MTAs retry these conditions (Postfix, Exim, qmail all defer them).
		return OutcomeDeferred
	}
	// A rate named without any reply code and without a retry word is a
	// provider's or hoster's own report of the sender's limit or
	// frequency ("sending quota exceeded", "MAX RCPT TO DAILY LIMIT",
	// Alibaba Mail's "Reject by behaviour spam …: too frequently
	// sending"), sent as a bounce: the labelled sets' code-less rate
	// replies are bounced but for one that says "try again later" (a
	// retry word, sigDefer above). A rate given as a 4xx reply is
	// deferred by its class.
	return OutcomeBounced
}

// advise specialises the category's base advice with what the text names:
// the blocklist and address, the failed authentication mechanisms, the
// provider's own help pages.
func advise(res Result, code int, text string, bl *blocklist, sig signal) Advice {
	a := baseAdvice(res.Category)
	switch res.Category {
	case CategoryBlocklisted:
		switch {
		case bl != nil:
			a.Check = blocklistCheck(bl, listedIP(text))
		case res.Provider == ProviderMicrosoft:
			a.Check = microsoftBlockCheck
		case res.Provider == ProviderGoogle:
			a.Check = googleBlockCheck
		case res.Provider == ProviderYahoo:
			a.Check = yahooBlockCheck
		case res.Provider == ProviderApple:
			a.Check = appleCheck
		case res.Provider == ProviderOrange || res.Provider == ProviderLaPoste:
			a.Check = orangeCheck
		}
	case CategoryRateLimited:
		switch res.Provider {
		case ProviderGoogle:
			a.Check = googleRateCheck
		case ProviderMicrosoft:
			a.Check = microsoftRateCheck
		case ProviderYahoo:
			a.Check = yahooRateCheck
		}
	case CategorySpamContent:
		switch {
		case bl != nil:
			a.Check = "A domain or URL in the message is listed on " + bl.name + " (" + bl.lookup + "); remove or replace it. " + a.Check
		case res.Provider == ProviderGoogle:
			a.Check = googleSpamCheck
		case res.Provider == ProviderApple:
			a.Check = appleCheck
		}
	case CategoryAuthenticationFailed:
		a.Check = authCheck(res.Provider, sig)
	case CategoryTLSRequired:
		if sig&sigCert != 0 && sig&sigOwn == 0 {
			a.WhoActs = WhoRecipientProvider
			a.Check = tlsRemoteCheck
		}
	case CategoryServerError:
		switch {
		case code == 0:
			a.WhoActs = WhoSender
			a.Check = localChain
		case res.Outcome == OutcomeBounced && code >= 500:
			// A 5xx, or a 4xx a wrapper returned as 5xx (go-smtp's "554
			// 5.0.0 Error: transaction failed: 451 …"): the client does
			// not retry it (newcomer review S39 N8).
			a.Check = serverErrorBouncedCheck
		case res.Outcome == OutcomeBounced:
			// A 4xx the sending MTA returned all the same (its outcome
			// given with the event, "status=bounced"): no 5xx to name,
			// and not retried either (newcomer review S40).
			a.Check = serverErrorGaveUpCheck
		}
	case CategoryPolicyRejected:
		m := policyWords.find(text)
		if m&(1<<policyTenantBlock) != 0 {
			// The rule is the sender's own organisation's, not the
			// receiver's (review S35-A9).
			a = Advice{tenantBlockSummary, WhoSender, tenantBlockCheck}
		} else if senderDomainIn(m) {
			a = Advice{senderDomainSummary, WhoSender, senderDomainCheck}
		}
	case CategoryDomainNotFound:
		if res.Outcome == OutcomeDeferred {
			// "Host not found, try again", SERVFAIL, a name server
			// timeout: the lookup failed for now, nobody's DNS is proven
			// wrong (RFC 1035 RCODE 2 vs 3; Postfix defers these).
			a = Advice{dnsTempSummary, WhoSender, dnsTempCheck}
		}
	}
	if sig&sigOwn != 0 {
		// The program could not use its own account's server: nobody at
		// the recipient's side is involved (newcomer review S39 N8).
		a.WhoActs, a.Check = WhoSender, ownServerCheck
		if res.Category == CategoryDomainNotFound {
			// Not the recipient domain's DNS (dnsTempSummary,
			// baseAdvice): the name in the program's own settings.
			a.Summary = ownLookupSummary
		}
		switch res.Category {
		case CategoryPolicyRejected, CategoryRateLimited, CategoryAuthenticationFailed, CategoryMailboxFull:
			// A full mailbox the program names is its own account's
			// storage (Twake Mail's "over quota", "You have run out of
			// storage space"): its plan, not its server's settings
			// (newcomer review S41 N4).
			a.Check = ownAccountCheck
		}
	}
	return a
}

// authCheck is the check of an authentication failure for the provider
// and the mechanisms the text names (renderAuthCheck), rendered once for
// every combination: composing it cost an allocation for every such reply.
func authCheck(provider string, sig signal) string {
	p := 0
	switch provider {
	case ProviderGoogle:
		p = 1
	case ProviderMicrosoft:
		p = 2
	}
	return authChecks[p][authSignalIndex(sig)]
}

// authSignals are the signals authCheck reads, in the order of the bits
// of authSignalIndex.
var authSignals = [...]signal{sigSPF, sigDKIM, sigDMARC, sigARC, sigPTR}

// authSignalIndex packs the signals of authSignals in sig into a small index.
func authSignalIndex(sig signal) int {
	m := 0
	for i, s := range authSignals {
		if sig&s != 0 {
			m |= 1 << i
		}
	}
	return m
}

// authChecks are renderAuthCheck's answers by provider (other, Google,
// Microsoft) and authSignalIndex.
var authChecks = func() (t [3][1 << len(authSignals)]string) {
	for p, provider := range [3]string{"", ProviderGoogle, ProviderMicrosoft} {
		for m := range t[p] {
			var sig signal
			for i, s := range authSignals {
				if m&(1<<i) != 0 {
					sig |= s
				}
			}
			t[p][m] = renderAuthCheck(provider, sig)
		}
	}
	return t
}()

// renderAuthCheck composes authCheck.
func renderAuthCheck(provider string, sig signal) string {
	var sb strings.Builder
	if sig&sigSPF != 0 {
		sb.WriteString(authSPF)
	}
	if sig&sigDKIM != 0 {
		sb.WriteString(authDKIM)
	}
	if sig&sigDMARC != 0 {
		sb.WriteString(authDMARC)
	}
	if sig&sigARC != 0 {
		sb.WriteString(authARC)
	}
	if sig&sigPTR != 0 {
		sb.WriteString(authPTR)
	}
	if sb.Len() == 0 {
		return baseAdvice(CategoryAuthenticationFailed).Check
	}
	switch provider {
	case ProviderGoogle:
		sb.WriteString(googleAuthCheck)
	case ProviderMicrosoft:
		sb.WriteString(microsoftAuthCheck)
	}
	return strings.TrimSpace(sb.String())
}

func blocklistCheck(bl *blocklist, ip string) string {
	if !strings.HasPrefix(bl.lookup, "http") {
		return bl.name + ": " + bl.lookup + "; fix the cause (compromised account, open relay, unwanted mail) first."
	}
	s := bl.name + ": check " + bl.lookup
	if ip != "" {
		s += " for " + ip
	}
	return s + " and request delisting after fixing the cause (compromised account, open relay, unwanted mail)."
}

// firstIP returns the first IPv4 address, or bracketed IPv6 address, in s.
func firstIP(s string) string {
	ip, _ := ipAt(s)
	return ip
}

// ipAt returns the first IPv4 address, or bracketed IPv6 address, in s
// and where it starts (after the bracket), or "" and -1.
func ipAt(s string) (string, int) {
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			if j := strings.IndexByte(s[i:], ']'); j > 2 && isIPv6(s[i+1:i+j]) {
				return s[i+1 : i+j], i + 1
			}
		}
		if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || s[i-1] == '.') {
			continue
		}
		if n := ipv4Len(s[i:]); n > 0 {
			return s[i : i+n], i
		}
	}
	return "", -1
}

func ipv4Len(s string) int {
	i := 0
	for part := 0; part < 4; part++ {
		if part > 0 {
			if i >= len(s) || s[i] != '.' {
				return 0
			}
			i++
		}
		n, w := readNum(s[i:], 3)
		if w == 0 || n > 255 {
			return 0
		}
		i += w
	}
	if i < len(s) && (isDigit(s[i]) || s[i] == '.' && i+1 < len(s) && isDigit(s[i+1])) {
		return 0
	}
	return i
}

func isIPv6(s string) bool {
	colons := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ':':
			colons++
		case isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '.':
		default:
			return false
		}
	}
	return colons >= 2
}

func allHit(h *hitSet, ids []uint16) bool {
	for _, id := range ids {
		if !h.has(id) {
			return false
		}
	}
	return true
}

func groupsHit(h *hitSet, groups [][]wordMask) bool {
	for _, g := range groups {
		if !anyMask(h, g) {
			return false
		}
	}
	return true
}

func hasAnyPrefix(b []byte, prefixes []string) bool {
	for _, p := range prefixes {
		if bytes.HasPrefix(b, []byte(p)) {
			return true
		}
	}
	return false
}

// narrative is what the sending MTA itself wrote in text: the wrapper
// unwrap removed (before inner), or, when unwrap found none, the words
// before the first reply code ("Your message could not be delivered for
// more than 3 hour(s). It will be retried … said: 554 …"). A text that
// begins with its reply code is the remote's own words: no narrative; one
// that quotes none is the MTA's own throughout ("connect to …: Connection
// refused").
func narrative(text, inner string) string {
	if len(inner) < len(text) {
		return text[:len(text)-len(inner)]
	}
	for i := 0; i+3 <= len(text); i++ {
		if (i == 0 || text[i-1] == ' ' || text[i-1] == ':') && (text[i] == '4' || text[i] == '5') &&
			isDigit(text[i+1]) && isDigit(text[i+2]) && (i+3 == len(text) || text[i+3] == ' ' || text[i+3] == '-') {
			return text[:i]
		}
	}
	return text
}

// permanentNarrative are a bounce template's own words that it gave the
// message up (qmail-send's "This is a permanent error; I've given up").
var permanentNarrative = []string{"this is a permanent error", "i've given up", "i have given up"}

// modelText returns what the model reads of the normalised reply norm:
// from the first reply code it quotes ("… said: 550 5.1.1 …") when the
// words before it are written mostly in another script. Those words are a
// provider's or the sending MTA's template around the remote's reply (a
// Russian, Japanese or Chinese preface), the same for every cause it
// reports: learnt, they taught the model to answer with
// the category of the few replies seen behind one template (review
// S23B-2: Yandex's Russian preface before "554 Sorry, no SMTP service
// here" read as domain_not_found, a Chinese one before anything as
// mailbox_full). The rules read the whole text, the narrative's verdict
// included. A text quoting no code, or beginning with one (leading: its
// code is stripped from norm, and a multi-line reply repeats it), is read
// whole.
//
// Only a preface written mostly in another script is skipped (review
// S23C-1): English words before the code often are the cause ("The
// recipient's mailbox is full: 550 Requested action not taken"), and a
// size or a count ("quota 500 MB") is no reply code (S23C-2).
//
// A text quoting no code is read from its first run of English words when
// the words before them are mostly in another script (Mail.Ru's Russian
// template before "Message was not accepted -- invalid mailbox. Local
// mailbox … is unavailable: user not found", probe BG bg-009, which the
// model read as a connection failure).
func modelText(norm []byte, leading bool) []byte {
	if leading || bytes.IndexByte(norm, 0xC0) < 0 {
		return norm
	}
	for i := 1; i+3 <= len(norm); i++ {
		if (norm[i-1] == ' ' || norm[i-1] == ':' || norm[i-1] == '(') && (norm[i] == '4' || norm[i] == '5') &&
			isDigit(norm[i+1]) && isDigit(norm[i+2]) && (i+3 == len(norm) || norm[i+3] == ' ' || norm[i+3] == '-') {
			if mostlyOtherScript(norm[:i]) {
				return norm[i:]
			}
			return norm
		}
	}
	if i := latinRun(norm, 3); i > 0 && mostlyOtherScript(norm[:i]) {
		return norm[i:]
	}
	return norm
}

// latinRun returns where the first run of n words of Latin letters in norm
// starts (words of two letters or more, without '@' or a '.' inside: an
// address or a host name is no prose), or -1.
func latinRun(norm []byte, n int) int {
	start, run := -1, 0
	for i, j := token(norm, 0); i < len(norm); i, j = token(norm, j) {
		tok := bytes.TrimRight(norm[i:j], ".,:;!?")
		letters, latin := 0, len(tok) > 0
		for _, b := range tok {
			switch {
			case isASCIILetter(b):
				letters++
			case b == '-' || b == '\'':
			default:
				latin = false
			}
		}
		if latin && letters >= 2 {
			if run == 0 {
				start = i
			}
			if run++; run == n {
				return start
			}
		} else {
			run = 0
		}
	}
	return -1
}

// recipientStatus reports whether st is an RFC 3463 code about the
// recipient's mailbox (X.2.x) or address (X.1.1 bad destination mailbox,
// X.1.2 bad destination system, X.1.6 moved, X.1.10 null MX).
func recipientStatus(st status) bool {
	if !st.valid() {
		return false
	}
	return st.subject == 2 || st.subject == 1 && (st.detail == 1 || st.detail == 2 || st.detail == 6 || st.detail == 10)
}

// blankAddresses blanks, in place, the <…> paths and quoted strings of a
// normalised narrative and returns it: an address is the sender's or the
// recipient's to choose ("\"will retry\"@example.com"), not the MTA's
// words.
func blankAddresses(b []byte) []byte {
	if bytes.IndexByte(b, '<') < 0 && bytes.IndexByte(b, '"') < 0 {
		return b
	}
	var until byte
	for i, c := range b {
		switch {
		case until != 0:
			if c == until {
				until = 0
			}
			b[i] = ' '
		case c == '<':
			until, b[i] = '>', ' '
		case c == '"':
			until, b[i] = '"', ' '
		}
	}
	return b
}

// clipNarrative bounds the narrative searched, as hasAnyFold bounds its
// text: an MTA's own words come first, and a report's tail is the
// message it returns.
func clipNarrative(s string) string {
	if len(s) > 2048 {
		return s[:2048]
	}
	return s
}

// noticeWhole reports whether a code-less reply that reads as a delivery
// notice can be one: it was read whole (a failure past maxScan is not
// seen), no line of it is a bare 4xx or 5xx reply code (normalisation
// drops a code at a line's start: "Mail sent.\n550"), and no enhanced
// status given beside it says otherwise ("Mail sent." with 5.1.1).
// Newcomer review S38 N2-N4.
func noticeWhole(response string, st status) bool {
	if len(response) > maxScan || st.valid() && st.class != 2 {
		return false
	}
	for line := range strings.Lines(response) {
		line = strings.TrimSpace(line)
		if len(line) >= 3 && (line[0] == '4' || line[0] == '5') && isDigit(line[1]) && isDigit(line[2]) &&
			(len(line) == 3 || line[3] == ' ' || line[3] == '-') {
			return false
		}
	}
	return true
}

// ruleCause is what Classifier.deniesCause and, for a narrow rule,
// Classifier.namesOwn read of a rule: cause, the index in namedCauses of
// the rule's category, its own cause (-1 for none); the rule's
// one-phrase clauses that hold a word of that cause or are held by one
// (causeSingles) and the rest (otherSingles); and the same split of the
// phrases of its first group (causeFirst, otherFirst), which make a rule
// of groups a candidate, the other groups being their context ("too
// large" beside "message"); and its conjunctions that hold a word of the
// cause (causeClauses).
type ruleCause struct {
	cause                      int
	causeSingles, otherSingles []wordMask
	causeFirst, otherFirst     []wordMask
	causeClauses               []int // indexes into compiledRule.clauses
}

// causePhrases returns rule r's ruleCause for namedCauses[k].
func (b *builder) causePhrases(r rule, k int) ruleCause {
	var words []string
	for _, w := range namedCauses[k].words {
		words = append(words, phraseText(w))
	}
	split := func(phrases []string) (cause, other []wordMask) {
		var cs, os []uint16
		for _, phrase := range phrases {
			if strings.Contains(phrase, " && ") {
				continue
			}
			if overlaps(phraseText(phrase), words) {
				cs = append(cs, b.id(phrase))
			} else {
				os = append(os, b.id(phrase))
			}
		}
		return masksOf(cs), masksOf(os)
	}
	rc := ruleCause{cause: k}
	rc.causeSingles, rc.otherSingles = split(r.any)
	n := 0 // r's conjunctions, in compiledRule.clauses' order
	for _, phrase := range r.any {
		parts := strings.Split(phrase, " && ")
		if len(parts) == 1 {
			continue
		}
		for _, part := range parts {
			if overlaps(phraseText(part), words) {
				rc.causeClauses = append(rc.causeClauses, n)
				break
			}
		}
		n++
	}
	if len(r.all) > 0 {
		rc.causeFirst, rc.otherFirst = split(r.all[0])
	}
	return rc
}
