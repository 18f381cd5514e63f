package logstore

import (
	"cmp"
	"net/url"
	"slices"
	"strings"

	"github.com/mailflow/mailflow/durations"
)

// MessageIDForms returns the forms a message id may be stored under, the
// one given first: a Message-ID header's value is "<left@right>" (RFC 5322
// §3.6.4), and people paste it with or without the angle brackets, while
// transport servers publish whichever form their log has, so that one
// message may be stored under both (one domain's attempts under one, another
// domain's under the other). Lookups of a message gather every form
// (MergeTimelines), as the console's search does.
func MessageIDForms(id string) []string {
	bare := id
	if len(id) >= 2 && strings.HasPrefix(id, "<") && strings.HasSuffix(id, ">") {
		bare = id[1 : len(id)-1]
	}
	forms := []string{id}
	for _, f := range []string{"<" + bare + ">", bare} {
		if f != id && f != "<>" && f != "" {
			forms = append(forms, f)
		}
	}
	return forms
}

// EscapeMessageID escapes a message id as one path segment of the API's
// URLs (/api/v1/messages/{message_id}), with "." and ".." written %2E:
// url.PathEscape leaves them as they are, and a path holding them is read
// as the current or the parent directory, so the request would reach
// another endpoint (a ServeMux answers it with a redirect; review S23A-5,
// S23B-6).
func EscapeMessageID(id string) string {
	switch id {
	case ".":
		return "%2E"
	case "..":
		return "%2E%2E"
	}
	return url.PathEscape(id)
}

// MergeTimelines merges the parts of one message found under its id's
// forms (MessageIDForms) and on several instances into one timeline per
// domain, by domain name. An attempt found twice counts once: the same
// source position, or the same event id at another position (a
// producer's second copy). Each timeline is in arrival order (then source
// position, as Timeline), with SincePreviousSeconds recomputed over the
// merged attempts, and holds at most MaxTimeline attempts, the newest, as
// Store.Timeline does (Truncated when any part was, or the merge cut it).
// Its MessageID is the form its earliest attempt is stored under, so that
// the answer does not depend on the form asked for; a domain without
// attempts keeps its first part's. A domain whose parts hold no attempts
// is kept.
func MergeTimelines(parts []Timeline) []Timeline {
	type posKey struct {
		src  string
		part int32
		off  int64
	}
	type merged struct {
		tl     Timeline
		pos    map[posKey]bool
		events map[string]bool
	}
	byDomain := map[string]*merged{}
	for _, p := range parts {
		m := byDomain[p.Domain]
		if m == nil {
			m = &merged{tl: Timeline{Domain: p.Domain, MessageID: p.MessageID, Attempts: []TimelineAttempt{}},
				pos: map[posKey]bool{}, events: map[string]bool{}}
			byDomain[p.Domain] = m
		}
		m.tl.Truncated = m.tl.Truncated || p.Truncated
		for _, a := range p.Attempts {
			k := posKey{a.Source, a.Partition, a.Offset}
			if m.pos[k] || a.EventID != "" && m.events[a.EventID] {
				continue
			}
			m.pos[k] = true
			if a.EventID != "" {
				m.events[a.EventID] = true
			}
			m.tl.Attempts = append(m.tl.Attempts, a)
		}
	}
	out := make([]Timeline, 0, len(byDomain))
	for _, m := range byDomain {
		tl := m.tl
		slices.SortStableFunc(tl.Attempts, func(x, y TimelineAttempt) int {
			return cmp.Or(x.Arrival.Compare(y.Arrival), cmp.Compare(x.Source, y.Source),
				cmp.Compare(x.Partition, y.Partition), cmp.Compare(x.Offset, y.Offset))
		})
		if n := len(tl.Attempts); n > MaxTimeline {
			tl.Attempts, tl.Truncated = tl.Attempts[n-MaxTimeline:], true
		}
		for i := range tl.Attempts {
			tl.Attempts[i].SincePreviousSeconds = 0
			if i > 0 {
				tl.Attempts[i].SincePreviousSeconds = durations.Seconds(tl.Attempts[i].Arrival.Sub(tl.Attempts[i-1].Arrival))
			}
		}
		if len(tl.Attempts) > 0 && tl.Attempts[0].MessageID != "" {
			tl.MessageID = tl.Attempts[0].MessageID
		}
		out = append(out, tl)
	}
	slices.SortFunc(out, func(x, y Timeline) int { return strings.Compare(x.Domain, y.Domain) })
	return out
}

// isMessageIDForm reports whether stored is one of the forms of id
// (MessageIDForms), without allocating: id itself, id without its angle
// brackets, or id's bare form within them.
func isMessageIDForm(stored, id string) bool {
	if stored == id {
		return true
	}
	if stored == "" || stored == "<>" {
		return false // no form of another id (MessageIDForms)
	}
	bare := id
	if len(id) >= 2 && id[0] == '<' && id[len(id)-1] == '>' {
		bare = id[1 : len(id)-1]
	}
	if bare == "" {
		return false
	}
	return stored == bare || len(stored) == len(bare)+2 && stored[0] == '<' && stored[len(stored)-1] == '>' && stored[1:len(stored)-1] == bare
}
