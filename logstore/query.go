package logstore

import (
	"bytes"
	"cmp"
	"context"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"
	"github.com/cockroachdb/pebble/v2"

	"github.com/mailflow/mailflow/schemas"
)

// Query limits.
const (
	// DefaultLimit is a page's size when Filter.Limit is 0.
	DefaultLimit = 100
	// MaxLimit is the largest page.
	MaxLimit = 1000
	// DefaultMaxScan is how many candidate attempts one Query examines at
	// most when Filter.MaxScan is 0. A filter the indexes cannot serve
	// (text in the response, or a rare value in a common index) scans the
	// domain's attempts newest first; when the budget runs out the page
	// ends early with a cursor to go on from, so that one request stays
	// fast whatever the domain's size.
	DefaultMaxScan = 100_000
	// DefaultMaxRead is how many attempts one Query reads at most when
	// Filter.MaxScan is 0. The domain's keys carry a summary that rules
	// out most attempts for outcome, category, sender and remote filters
	// without reading them; a text search reads every candidate (a point
	// lookup each), so its pages end sooner, with a cursor.
	DefaultMaxRead = 20_000
	// MaxTimeline is the most attempts Timeline returns.
	MaxTimeline = 10_000
)

// Filter selects a domain's attempts. Every field set must match; string
// fields other than Text are exact matches, case-insensitive except
// MessageID, which matches the id in any of its forms (MessageIDForms:
// with or without angle brackets), as the timeline and the message
// lookups do.
type Filter struct {
	// Since (inclusive) and Until (exclusive) bound the arrival time; zero
	// leaves that side open.
	Since, Until time.Time
	Recipient    string
	Sender       string
	MessageID    string
	// Remote matches the remote host or the remote IP.
	Remote   string
	Outcome  schemas.Outcome  // OutcomeUnknown: any
	Category schemas.Category // CategoryUnclassified: any
	// Text is a case-insensitive substring of the SMTP response.
	Text string
	// Limit is the most attempts returned (DefaultLimit when 0, at most
	// MaxLimit).
	Limit int
	// MaxScan bounds the candidates examined (DefaultMaxScan when 0).
	MaxScan int
	// Cursor continues a previous page (Page.Next).
	Cursor string
}

// Page is one page of a query's answer.
type Page struct {
	// Attempts are newest first (by arrival).
	Attempts []Attempt
	// Next is the cursor of the next page; "" when there is none.
	Next string
	// Scanned counts the candidates examined.
	Scanned int
	// Index names what served the query: "time" (the domain's attempts
	// in arrival order) or the indexed field.
	Index string
}

// ErrBadCursor is returned for a cursor this store did not give out.
var ErrBadCursor = errors.New("logstore: bad cursor")

const cursorVersion = 1

func encodeCursor(arrival int64, p Pos) string {
	b := appendPos([]byte{cursorVersion}, arrival, p)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor accepts only what encodeCursor writes. Go's base64
// decoder skips CR and LF and ignores the unused bits of the last
// character, so several strings decode to one cursor; refusing all but
// the canonical one keeps a cursor a single name for a position (a
// cache or a log keyed by it sees one value).
func decodeCursor(s string) (arrival int64, src Source, off int64, err error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(b) != 1+posLen || b[0] != cursorVersion || base64.RawURLEncoding.EncodeToString(b) != s {
		return 0, 0, 0, fmt.Errorf("%w: %q", ErrBadCursor, s)
	}
	arrival = int64(binary.BigEndian.Uint64(b[1:]))
	src, off = Source(b[9]), int64(binary.BigEndian.Uint64(b[10:]))
	if arrival < 0 || off < 0 || src > SourceRepartition {
		return 0, 0, 0, fmt.Errorf("%w: %q", ErrBadCursor, s)
	}
	return arrival, src, off, nil
}

// plan is how a query walks the store: an index and the value looked up.
type plan struct {
	name  string
	kind  byte // kindDomain: the domain's attempts in arrival order
	value string
}

// choosePlan picks the access path: a message id names a handful of
// attempts, a recipient some; every other filter (sender, remote server,
// outcome, category, text) is checked while walking the domain's
// attempts in arrival order, the first four on the summary its keys hold
// (without reading the attempt), all of them within the scan budget.
func choosePlan(f *Filter) plan {
	switch {
	case f.MessageID != "":
		return plan{"message_id", kindMessage, f.MessageID}
	case f.Recipient != "":
		return plan{"recipient", kindRecipient, f.Recipient}
	}
	return plan{name: "time", kind: kindDomain}
}

// Matches reports whether a passes every condition of f (the reference
// the indexes are checked against).
func (f *Filter) Matches(a *Attempt) bool {
	e := &a.Event
	switch {
	case !f.Since.IsZero() && a.Arrival.Before(f.Since),
		!f.Until.IsZero() && !a.Arrival.Before(f.Until),
		f.Recipient != "" && canonicalAddress(e.Recipient) != canonicalAddress(f.Recipient),
		f.Sender != "" && canonicalAddress(e.Sender) != canonicalAddress(f.Sender),
		f.MessageID != "" && !isMessageIDForm(e.MessageID, f.MessageID),
		f.Remote != "" && !strings.EqualFold(e.RemoteHost, f.Remote) && !strings.EqualFold(e.RemoteIP, f.Remote),
		f.Outcome != schemas.OutcomeUnknown && e.Outcome != f.Outcome,
		f.Category != schemas.CategoryUnclassified && a.Category != f.Category,
		f.Text != "" && !containsFold(e.Response, f.Text):
		return false
	}
	return true
}

// containsFold reports whether s contains sub, ignoring case (Unicode
// simple folding via ToLower).
func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// Query returns the attempts of domain that match f, newest first, one page
// at a time. It merges, newest first, the chosen index's entries (or the
// domain's attempts) of every segment whose arrivals overlap the range
// and of the buffer, opening a segment when the walk reaches its newest
// arrival, and checks every condition on the attempt itself. Errors:
// ErrBadCursor for a cursor not given out by Query; store errors wrapped.
func (s *Store) Query(ctx context.Context, domain string, f Filter) (Page, error) {
	s.checkOpen()
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	budget, readBudget := f.MaxScan, f.MaxScan
	if budget <= 0 {
		budget, readBudget = DefaultMaxScan, DefaultMaxRead
	}
	reads := 0
	text := strings.ToLower(f.Text)
	p := choosePlan(&f)
	page := Page{Index: p.name}
	if !f.Since.IsZero() && !f.Until.IsZero() && !f.Since.Before(f.Until) {
		return page, nil
	}
	// Nothing before the retention is kept, whether or not Expire has
	// deleted it yet.
	if kept := s.keptFrom(); f.Since.IsZero() || f.Since.Before(kept) {
		f.Since = kept
	}
	if !f.Until.IsZero() && !f.Since.Before(f.Until) {
		return page, nil
	}
	// upper is the exclusive end of the walk as (arrival, source,
	// offset): the cursor's position, or the first nanosecond after
	// Until.
	up := mergeKey{arr: math.MaxInt64, src: 0xff}
	if !f.Until.IsZero() {
		up = mergeKey{arr: f.Until.UnixNano()}
	}
	if f.Cursor != "" {
		arr, src, off, err := decodeCursor(f.Cursor)
		if err != nil {
			return page, err
		}
		if c := (mergeKey{arr, src, off}); c.less(up) {
			up = c
		}
	}
	lowArr := f.Since.UnixNano()
	part := s.partitionOf(domain)
	var sfx []byte
	var rh uint64
	var mhs []uint64 // the hashes of the message id's forms
	switch p.kind {
	case kindMessage:
		for _, form := range MessageIDForms(p.value) {
			mhs = append(mhs, xxhash.Sum64String(form))
		}
	case kindRecipient:
		rh = recipientHash(domain, p.value)
	default:
		sfx = domainSuffix(nil, part, domain)
	}
	dsfx := domainSuffix(nil, part, domain)
	// The segments that may hold attempts in the range, and the
	// buffer's candidates.
	s.mu.RLock()
	var pending []segment
	for _, seg := range s.segments {
		if seg.maxArr >= lowArr && seg.minArr <= up.arr {
			pending = append(pending, seg)
		}
	}
	var cands []bufCand
	for _, b := range []*buffer{s.active, s.frozen} {
		if b == nil {
			continue
		}
		for i := range b.recs {
			r := &b.recs[i]
			switch {
			case r.arrival < lowArr || !(mergeKey{r.arrival, r.pos.Source, r.pos.Offset}).less(up),
				r.pos.Partition != part,
				p.kind == kindRecipient && (r.has&hasRcpt == 0 || r.rcpt != rh),
				p.kind == kindMessage && (r.has&hasMsg == 0 || !slices.Contains(mhs, r.msg)),
				string(b.domain(r)) != domain:
				continue
			}
			// A copy: the buffer is reused once written.
			cands = append(cands, bufCand{mergeKey{r.arrival, r.pos.Source, r.pos.Offset}, slices.Clone(b.value(r))})
		}
	}
	s.mu.RUnlock()
	slices.SortFunc(cands, func(x, y bufCand) int { return y.key.compare(x.key) })
	slices.SortFunc(pending, func(x, y segment) int { return cmp.Compare(y.maxArr, x.maxArr) })

	var h mergeHeap
	defer func() { h.close() }()
	if len(cands) > 0 {
		h.push(&mergeSrc{key: cands[0].key, buf: cands})
	}
	var lower, upper, dkey []byte
	var e posting
	// openPostings pushes the attempts of seg that the posting lists of
	// the recipient or of the message id's forms name, within the range.
	wants := mhs
	if p.kind == kindRecipient {
		wants = []uint64{rh}
	}
	var keys [][]byte
	openPostings := func(seg segment) error {
		// The forms' hashes may share a bucket: each key is read once.
		keys = keys[:0]
		for _, want := range wants {
			key := segmentPrefix(nil, seg.hour, seg.flush)
			if p.kind == kindMessage {
				key = messageSuffix(key, want, seg.mbits)
			} else {
				key = recipientSuffix(key, part, want, seg.rbits)
			}
			if !slices.ContainsFunc(keys, func(k []byte) bool { return bytes.Equal(k, key) }) {
				keys = append(keys, key)
			}
		}
		var refs []mergeKey
		for _, key := range keys {
			v, closer, err := s.db.Get(key)
			if errors.Is(err, pebble.ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			r := newPostingReader(v, p.kind == kindMessage)
			for r.next(&e) {
				k := mergeKey{e.arrival, e.src, e.off}
				if !slices.Contains(wants, e.hash) || e.arrival < lowArr || !k.less(up) || p.kind == kindMessage && string(e.domain) != domain {
					continue
				}
				refs = append(refs, k)
			}
			err = r.err
			closer.Close()
			if err != nil {
				return fmt.Errorf("segment of hour %d, flush %d: %w", seg.hour, seg.flush, err)
			}
		}
		if len(refs) > 0 {
			slices.SortFunc(refs, func(x, y mergeKey) int { return y.compare(x) })
			h.push(&mergeSrc{key: refs[0], refs: refs, seg: seg})
		}
		return nil
	}
	openSeg := func(seg segment) error {
		if p.kind != kindDomain {
			return openPostings(seg)
		}
		lower = append(segmentPrefix(lower[:0], seg.hour, seg.flush), sfx...)
		plen := len(lower)
		upper = append(upper[:0], lower...)
		if up.arr == math.MaxInt64 {
			upper = prefixEnd(upper)
		} else {
			upper = appendPos(upper, up.arr, Pos{Source: up.src, Offset: up.off})
		}
		lower = binary.BigEndian.AppendUint64(lower, uint64(lowArr))
		it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: slices.Clone(lower), UpperBound: slices.Clone(upper)})
		if err != nil {
			return err
		}
		src := &mergeSrc{it: it, seg: seg, plen: plen}
		if ok, err := src.load(it.Last()); err != nil || !ok {
			it.Close()
			return err
		}
		h.push(src)
		return nil
	}
	sf := newSummaryFilter(&f)
	var lowered []byte
	var a Attempt
	var last mergeKey
	seen := false
	for n := 0; ; n++ {
		for len(pending) > 0 && (len(h) == 0 || pending[0].maxArr >= h[0].key.arr) {
			if err := openSeg(pending[0]); err != nil {
				return page, fmt.Errorf("query logs of %s: %w", domain, err)
			}
			pending = pending[1:]
		}
		if len(h) == 0 {
			return page, nil
		}
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return page, err
			}
		}
		c := h[0]
		k := c.key
		pos := Pos{Source: k.src, Partition: part, Offset: k.off}
		if seen && k == last {
			// The same attempt in two places (appended twice): once.
			if err := h.advance(); err != nil {
				return page, fmt.Errorf("query logs of %s: %w", domain, err)
			}
			continue
		}
		seen, last = true, k
		if page.Scanned >= budget || reads >= readBudget {
			// Out of budget: the next page starts at this candidate.
			page.Next = cursorBefore(k.arr, pos)
			return page, nil
		}
		page.Scanned++
		var v []byte
		var closer io.Closer
		switch {
		case c.buf != nil:
			v = c.buf[0].val
		case c.it != nil:
			var err error
			if v, err = c.it.ValueAndErr(); err != nil {
				return page, fmt.Errorf("query logs of %s: %w", domain, err)
			}
		default:
			// The domain key of the same segment holds the attempt.
			reads++
			dkey = appendPos(append(segmentPrefix(dkey[:0], c.seg.hour, c.seg.flush), dsfx...), k.arr, pos)
			var err error
			v, closer, err = s.db.Get(dkey)
			if errors.Is(err, pebble.ErrNotFound) {
				// Its partition was dropped (message keys stay), or it
				// expired.
				if err := h.advance(); err != nil {
					return page, fmt.Errorf("query logs of %s: %w", domain, err)
				}
				continue
			}
			if err != nil {
				return page, fmt.Errorf("read attempt key %x: %w", dkey, err)
			}
		}
		match := sf.mayMatch(v)
		if match && p.kind == kindDomain {
			reads++
		}
		if match && text != "" && len(v) >= len(summary{}) && !mayContainText(v[len(summary{}):], text, &lowered) {
			match = false
		}
		if match {
			if len(v) < len(summary{}) {
				if closer != nil {
					closer.Close()
				}
				return page, fmt.Errorf("%w: attempt of %s of %d bytes", ErrCorrupt, domain, len(v))
			}
			err := decodeAttempt(v[len(summary{}):], domain, time.Unix(0, k.arr).UTC(), pos, &a)
			if err != nil {
				if closer != nil {
					closer.Close()
				}
				return page, fmt.Errorf("attempt of %s at %v: %w", domain, pos, err)
			}
			match = f.Matches(&a)
		}
		if closer != nil {
			closer.Close()
		}
		if match {
			if len(page.Attempts) == limit {
				page.Next = cursorBefore(k.arr, pos)
				return page, nil
			}
			page.Attempts = append(page.Attempts, a)
		}
		if err := h.advance(); err != nil {
			return page, fmt.Errorf("query logs of %s: %w", domain, err)
		}
	}
}

// keptFrom is the first hour of arrivals the retention keeps.
func (s *Store) keptFrom() time.Time {
	return time.Unix(int64(hourOf(s.now().Add(-s.retention)))*3600, 0).UTC()
}

// mayContainText reports whether the response in encoded attempt v may
// contain text (lower-cased), without decoding the attempt: false only
// for an ASCII response that does not contain it whatever the case, which
// is what Filter.Matches would say. buf is scratch space.
func mayContainText(v []byte, text string, buf *[]byte) bool {
	resp, ok := rawResponse(v)
	if !ok {
		return true // let the decoder say what is wrong
	}
	b := (*buf)[:0]
	for _, c := range resp {
		if c >= 0x80 {
			return true // Unicode case folding: the full check decides
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	*buf = b
	return bytes.Contains(b, []byte(text))
}

// cursorBefore is the cursor of a page that starts with the attempt at
// (arrival, pos) itself: the exclusive bound just after it.
func cursorBefore(arrival int64, pos Pos) string {
	next := pos
	if next.Offset < 1<<62 {
		next.Offset++
	} else {
		next.Source++
		next.Offset = 0
	}
	return encodeCursor(arrival, next)
}

// Each calls fn for every attempt of domain that matches f, newest first,
// walking the pages (f.Limit and f.MaxScan bound each page, not the
// total). It stops at fn's first error and returns it.
func (s *Store) Each(ctx context.Context, domain string, f Filter, fn func(*Attempt) error) error {
	f.Limit = MaxLimit
	for {
		page, err := s.Query(ctx, domain, f)
		if err != nil {
			return err
		}
		for i := range page.Attempts {
			if err := fn(&page.Attempts[i]); err != nil {
				return err
			}
		}
		if page.Next == "" {
			return nil
		}
		f.Cursor = page.Next
	}
}

// TimelineEntry is one attempt of a message's timeline.
type TimelineEntry struct {
	Attempt
	// Delay is the attempt's CompletedAt − QueuedAt (0 when either is
	// unknown).
	Delay time.Duration
	// SincePrevious is the time from the previous attempt's arrival to
	// this one's (0 for the first).
	SincePrevious time.Duration
}

// Timeline returns every kept attempt of message messageID to domain, in
// arrival order (at most MaxTimeline; truncated says more were kept),
// stored under any form of the id (MessageIDForms, as Filter.MessageID).
func (s *Store) Timeline(ctx context.Context, domain, messageID string) (entries []TimelineEntry, truncated bool, err error) {
	if messageID == "" {
		return nil, false, nil
	}
	var all []Attempt
	err = s.Each(ctx, domain, Filter{MessageID: messageID}, func(a *Attempt) error {
		if len(all) == MaxTimeline {
			truncated = true
			return errStop
		}
		all = append(all, *a)
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, false, err
	}
	entries = make([]TimelineEntry, len(all))
	for i := range all {
		a := all[len(all)-1-i]
		te := TimelineEntry{Attempt: a, Delay: a.Event.DeliveryDelay()}
		if i > 0 {
			te.SincePrevious = a.Arrival.Sub(entries[i-1].Arrival)
		}
		entries[i] = te
	}
	return entries, truncated, nil
}

var errStop = errors.New("stop")

// DomainTimeline is one domain's part of a message.
type DomainTimeline struct {
	Domain    string
	Entries   []TimelineEntry
	Truncated bool
}

// Message returns the timelines of message messageID in every domain this
// store holds attempts of it for, by domain name. The processor serves
// only the domains of partitions it owns: owns filters the domains (nil
// keeps all).
func (s *Store) Message(ctx context.Context, messageID string, owns func(domain string) bool) ([]DomainTimeline, error) {
	s.checkOpen()
	if messageID == "" {
		return nil, nil
	}
	mh := xxhash.Sum64String(messageID)
	kept := s.keptFrom().UnixNano()
	domains := map[string]bool{}
	s.mu.RLock()
	segs := s.segments
	for _, b := range []*buffer{s.active, s.frozen} {
		if b == nil {
			continue
		}
		for i := range b.recs {
			if r := &b.recs[i]; r.has&hasMsg != 0 && r.msg == mh && r.arrival >= kept {
				domains[string(b.domain(r))] = true
			}
		}
	}
	s.mu.RUnlock()
	var key []byte
	var e posting
	for _, seg := range segs {
		if seg.maxArr < kept {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		key = messageSuffix(segmentPrefix(key[:0], seg.hour, seg.flush), mh, seg.mbits)
		v, closer, err := s.db.Get(key)
		if errors.Is(err, pebble.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("find the domains of message %q: %w", messageID, err)
		}
		r := newPostingReader(v, true)
		for r.next(&e) {
			if e.hash == mh && e.arrival >= kept && !domains[string(e.domain)] {
				domains[string(e.domain)] = true
			}
		}
		closer.Close()
		if r.err != nil {
			return nil, fmt.Errorf("find the domains of message %q: %w", messageID, r.err)
		}
	}
	names := make([]string, 0, len(domains))
	for d := range domains {
		if owns == nil || owns(d) {
			names = append(names, d)
		}
	}
	slices.Sort(names)
	var out []DomainTimeline
	for _, d := range names {
		entries, trunc, err := s.Timeline(ctx, d, messageID)
		if err != nil {
			return nil, err
		}
		if len(entries) > 0 {
			out = append(out, DomainTimeline{Domain: d, Entries: entries, Truncated: trunc})
		}
	}
	return out, nil
}
