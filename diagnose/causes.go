package diagnose

import (
	"slices"
	"strings"
)

// namedCause is a category with the words that name its cause outright,
// whoever's reply they stand in.
type namedCause struct {
	cat    string
	words  []string // phrases in rule syntax ('|' for a word boundary)
	spares []string // categories of narrow rules that do not yield to it
}

// namedCauses are the causes a reply can name outright, by category: a
// block list by its name, a failed SPF, DKIM or DMARC check, a full
// mailbox, a rate, TLS demanded, an unknown user, a virus found, a relay
// refused, greylisting, a size limit. Each word is one the older tables
// read as that cause wherever it stands (issue 14: a specific cause
// before generic phrases).
//
// A narrow rule (narrowRules) reads one program's or server's own words
// for its cause. When the text names another cause outright beside them
// ("Your domain has been associated with spam … blocked using
// zen.spamhaus.org"), the narrow words are the frame and the named cause
// is the answer, so every narrow rule yields to the causes here of
// categories other than its own (narrowYields): Classifier.match goes on
// to the first rule that reads one of the causes named, and the narrow
// rule answers if none does. (Going on in the ordinary order
// would hand the text to an older broad rule the narrow rule was put
// before: "Please disclose at least one recipient: mailbox full" to the
// syntax rule's "at least one recipient".) Session 43's four reviews had written
// that judgement into the rules one at a time, about 1,500 vetoes on 126
// rules, and found 128 rules that lacked one.
//
// The words are whole words or long phrases: a bare "|rate" is in
// "generated" and "corporate", "listed" in "unlisted" and "not listed in
// the directory" (an unknown user).
var namedCauses = []namedCause{
	// A URI list ("a link in the message body is listed on an RBL") lists
	// the message's content: a narrow content rule does not yield to it.
	{cat: CategoryBlocklisted, spares: []string{CategorySpamContent}, words: []string{"|blacklist", "|blocklist", "block list",
		"black list", "spamhaus", "spamcop", "sorbs", "barracuda", "dnsbl", "|rbl", "blocked using", "uribl", "surbl"}},
	// A mechanism named is no failure of it ("Failed to expand
	// dkim_private_key", "TLS OK … 550 5.7.1 Relaying denied", Outlook's
	// "Seguro (SSL): No"; issue 14's kind 2): the words say it failed.
	{cat: CategoryAuthenticationFailed, words: []string{"spf fail", "spf check fail", "failed spf", "fails spf", "spf validation",
		"spf softfail", "spf hardfail", "dkim fail", "dkim check fail", "failed dkim", "fails dkim", "dkim validation",
		"dkim verification fail", "invalid dkim", "dmarc fail", "failed dmarc", "fails dmarc", "dmarc policy", "dmarc reject",
		"dmarc validation", "dmarc check fail", "not pass dmarc", "not pass spf", "not pass dkim"}},
	{cat: CategoryMailboxFull, words: []string{"mailbox full", "mailbox is full", "mailbox quota", "inbox is full", "inbox full",
		"mailbox has exceeded", "mailbox size limit", "over quota"}},
	{cat: CategoryRateLimited, words: []string{"|rate|", "rate limit", "rate-limit", "ratelimit", "|throttl", "per hour", "per minute",
		"per day", "too many connections", "too many messages"}},
	{cat: CategoryTLSRequired, words: []string{"must issue a starttls", "must issue starttls", "starttls required",
		"starttls is required", "requires starttls", "tls required", "tls is required", "requires tls", "require tls",
		"must use tls", "tls handshake fail", "tls negotiation fail", "ssl handshake fail",
		"certificate verify failed", "certificate verification failed"}},
	{cat: CategoryUserUnknown, words: []string{"user unknown", "unknown user", "no such user", "no such mailbox", "recipient unknown",
		"unknown recipient", "mailbox unavailable"}},
	{cat: CategorySpamContent, words: []string{"|virus", "malware", "infected", "phishing"}},
	{cat: CategoryPolicyRejected, words: []string{"relay access denied", "relaying denied", "relay not permitted",
		"not permitted to relay", "relaying not allowed", "relay not allowed", "unable to relay"}},
	{cat: CategoryGreylisted, words: []string{"greylist", "graylist", "grey-list", "gray-list"}},
	{cat: CategoryMessageTooLarge, words: []string{"message too large", "message is too large", "message too big",
		"message is too big", "message size exceeds", "maximum message size", "message size limit", "too large", "too big"}},
}

// causeYield is one named cause a narrow rule yields to: the words of
// namedCauses[cause] that the rule's own phrases do not overlap, as masks
// over the automaton's hits.
type causeYield struct {
	cause int
	words []wordMask
}

// narrowYields returns, indexed as namedCauses, the words of each cause
// narrow rule r yields to, nil for the causes it does not: its own
// category's, those that spare its category, and every one for a
// server_error rule, where the receiver's component that failed is
// named by a cause's word ("Virus filter failed", "Greylisting database
// unavailable", "Failed to expand dkim_private_key"). A word that one of
// r's own phrases holds, or that holds one of them, is left out: r would
// yield on its own words (a filter's "blacklisted keyphrase" is content,
// whatever the block lists' "blacklist" says).
func narrowYields(r rule) [][]string {
	out := make([][]string, len(namedCauses))
	if r.cat == CategoryServerError {
		return out
	}
	own := ownPhrases(r)
	for k, nc := range namedCauses {
		if nc.cat == r.cat || slices.Contains(nc.spares, r.cat) {
			continue
		}
		for _, w := range nc.words {
			if !overlaps(phraseText(w), own) {
				out[k] = append(out[k], w)
			}
		}
	}
	return out
}

// yielded returns the causes (a bit per namedCauses index) of ys named in
// h.
func yielded(h *hitSet, ys []causeYield) uint32 {
	var named uint32
	for _, y := range ys {
		if anyMask(h, y.words) {
			named |= 1 << y.cause
		}
	}
	return named
}

// ownPhrases returns the normalised texts of r's phrases: each part of
// any's conjunctions and every phrase of its groups.
func ownPhrases(r rule) []string {
	var own []string
	for _, p := range r.any {
		for _, part := range strings.Split(p, " && ") {
			own = append(own, phraseText(part))
		}
	}
	for _, g := range r.all {
		for _, p := range g {
			own = append(own, phraseText(p))
		}
	}
	return own
}

// phraseText is a phrase's text as the automaton searches for it: its
// bounds dropped, normalised as the replies are.
func phraseText(spec string) string {
	return string(normalize(nil, strings.Trim(spec, "|"), false))
}

// overlaps reports whether w is in one of texts or one of them is in w.
func overlaps(w string, texts []string) bool {
	for _, t := range texts {
		if strings.Contains(t, w) || strings.Contains(w, t) {
			return true
		}
	}
	return false
}
