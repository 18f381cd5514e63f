package api

import (
	"context"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

const (
	defaultPageSize = 50
	maxPageSize     = 1000

	// forwardTimeout bounds a request for one partition's page to its
	// owner.
	forwardTimeout = 10 * time.Second
	// maxForwardedBody bounds the size of such a page (1000 statuses).
	maxForwardedBody = 64 << 20
	// scopeScanMax is the most domains of one partition a manager's list
	// looks up one by one (its scope's, from the index by customer and
	// reseller); a larger scope reads the status index instead and keeps
	// the domains in scope, which costs the same as the operator's list.
	scopeScanMax = 256
)

// DomainPage is one page of the domain list.
type DomainPage struct {
	Domains []Status `json:"domains"`
	// NextCursor, when set, fetches the next page (?cursor=...): it is
	// set whenever more domains may follow, and a page without it is the
	// last.
	NextCursor string `json:"next_cursor,omitempty"`
}

// statusFilter is the ?status of a domain list.
type statusFilter struct {
	name string
	st   schemas.Status
	all  bool
}

// match says whether a domain with status st is listed.
func (f statusFilter) match(st schemas.Status) bool { return f.all || st == f.st }

// parseStatusFilter reads ?status: good, bad (the default when absent),
// unknown (domains in the directory without an attempt yet) or all, in
// any letter case.
func parseStatusFilter(v string) (statusFilter, error) {
	name := strings.ToLower(v)
	switch name {
	case "":
		return statusFilter{name: "bad", st: schemas.StatusBad}, nil
	case "all":
		return statusFilter{name: name, all: true}, nil
	}
	st, ok := schemas.ParseStatus(name)
	if !ok {
		return statusFilter{}, fmt.Errorf("status: %q is not good, bad, unknown or all", clip(v))
	}
	return statusFilter{name: name, st: st}, nil
}

// cursorPos is a position in the list: after domain of partition part;
// set is false at the start.
type cursorPos struct {
	part   int32
	domain string
	set    bool
}

// listQuery is a parsed domain-list request.
type listQuery struct {
	filter statusFilter
	limit  int
	// first and end bound the partitions listed: all of them, or the one
	// named by ?partition.
	first, end int32
	from       cursorPos
}

// parseListQuery reads the query of a domain list over partitions
// partitions. Every error names the parameter and says what it accepts.
func parseListQuery(q url.Values, partitions int32) (listQuery, error) {
	var lq listQuery
	var err error
	if lq.filter, err = parseStatusFilter(q.Get("status")); err != nil {
		return lq, err
	}
	lq.limit = defaultPageSize
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxPageSize {
			return lq, fmt.Errorf("limit: %q is not a number from 1 to %d", clip(v), maxPageSize)
		}
		lq.limit = n
	}
	lq.first, lq.end = 0, partitions
	if v := q.Get("partition"); v != "" {
		n, err := strconv.ParseInt(v, 10, 32)
		if err != nil || n < 0 || int32(n) >= partitions {
			return lq, fmt.Errorf("partition: %q is not a partition from 0 to %d", clip(v), partitions-1)
		}
		lq.first, lq.end = int32(n), int32(n)+1
	}
	if v := q.Get("cursor"); v != "" {
		if lq.from, err = decodeCursor(v); err != nil {
			return lq, fmt.Errorf("cursor: %w", err)
		}
	}
	return lq, nil
}

func clip(s string) string {
	const n = 64
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// domains lists the domains with a status (bad when ?status is absent) of
// every partition, in partition and then name order, a page at a time,
// each matching domain exactly once across the pages whatever their size.
// Partitions this instance owns are read from the local store; the page of
// a partition owned by another instance is fetched from it with a signed
// forwarded request restricted to that partition (?partition=N), and only
// for as many partitions as the page needs, and what it returns is
// filtered by the caller's scope again. When a partition has no owner that
// can answer (a rebalance is in progress, or its state is being restored),
// the request fails with 503 rather than returning an incomplete page.
func (s *server) domains(w http.ResponseWriter, r *http.Request) {
	q, err := parseListQuery(r.URL.Query(), s.b.Partitions())
	if err != nil {
		s.fail(w, r, &apiError{http.StatusBadRequest, err.Error()})
		return
	}
	page, err := s.listDomains(r, q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *server) listDomains(r *http.Request, q listQuery) (DomainPage, error) {
	page := DomainPage{Domains: []Status{}}
	start, from := q.first, q.from
	switch {
	case !from.set:
	case from.part < q.first:
		from = cursorPos{}
	default:
		start = from.part
	}
	// last is where the page ends: the next page starts after it.
	var last cursorPos
	for p := start; p < q.end; p++ {
		pos := cursorPos{}
		if from.set && from.part == p {
			pos = from
		}
		room := q.limit - len(page.Domains)
		if room == 0 {
			// The page is full: it gets a cursor only if some partition
			// still to come has a domain to list.
			got, more, _, err := s.partitionPage(r, p, q.filter, pos, 1)
			if err != nil {
				return page, err
			}
			if len(got) > 0 || more {
				page.NextCursor = encodeCursor(last)
				break
			}
			continue
		}
		got, more, reached, err := s.partitionPage(r, p, q.filter, pos, room)
		if err != nil {
			return page, err
		}
		page.Domains = append(page.Domains, got...)
		if reached.set {
			last = reached
		}
		if more {
			page.NextCursor = encodeCursor(last)
			break
		}
	}
	return page, nil
}

// encodeCursor names the position after pos.
func encodeCursor(pos cursorPos) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.Itoa(int(pos.part)) + "/" + pos.domain))
}

// decodeCursor reads what encodeCursor wrote. Every cursor the API hands
// out decodes, including one after a domain with an empty name; a string
// that only decodes to one (base64 with CR or LF inside, or unused bits
// set in its last character) is refused, so a cursor has one spelling.
func decodeCursor(c string) (cursorPos, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || base64.RawURLEncoding.EncodeToString(b) != c {
		return cursorPos{}, fmt.Errorf("not a cursor of this API")
	}
	ps, domain, ok := strings.Cut(string(b), "/")
	p, err := strconv.ParseInt(ps, 10, 32)
	if !ok || err != nil || p < 0 || strconv.Itoa(int(p)) != ps {
		return cursorPos{}, fmt.Errorf("not a cursor of this API")
	}
	return cursorPos{part: int32(p), domain: domain, set: true}, nil
}

// partitionPage lists up to n domains of partition p after pos that the
// filter and the caller's scope let through. more says that more may
// follow; reached is the last position read (for a cursor). It reads the
// local store when this instance owns p and asks the owner otherwise.
func (s *server) partitionPage(r *http.Request, p int32, f statusFilter, pos cursorPos, n int) (items []Status, more bool, reached cursorPos, err error) {
	o, err := s.b.OwnerOf(r.Context(), p)
	if err != nil {
		s.cfg.Log.Warn("cannot find the owner of a partition", "partition", p, "err", err)
		return nil, false, pos, unavailable(fmt.Sprintf("cannot find the instance that owns partition %d right now", p))
	}
	switch {
	case o.Local && o.Restoring:
		return nil, false, pos, unavailable(fmt.Sprintf("partition %d is being restored on this instance", p))
	case o.Local:
	case callerOf(r).peer:
		return nil, false, pos, unavailable(fmt.Sprintf("partition %d is moving between instances (rebalance in progress)", p))
	case o.Addr == "":
		return nil, false, pos, unavailable(fmt.Sprintf("partition %d has no owner right now (rebalance in progress)", p))
	case s.cluster == nil:
		if s.noSecretLogged.every(time.Minute) {
			s.cfg.Log.Error("a domain list needs another instance, but no cluster secret is set: set the same --cluster-secret (MAILFLOW_CLUSTER_SECRET) on every instance", "partition", p, "owner", o.Addr)
		}
		return nil, false, pos, unavailable(fmt.Sprintf("partition %d is served by another instance, and this one cannot forward requests: the instances have no cluster secret (--cluster-secret)", p))
	default:
		return s.remotePartition(r, o.Addr, p, f, pos, n)
	}
	ents, more, err := s.localEntries(r, p, f, pos, n)
	if err != nil {
		return nil, false, pos, err
	}
	out := make([]Status, 0, len(ents))
	for _, e := range ents {
		if !e.loaded {
			if e.win, err = s.b.Store().Window(e.name); err != nil {
				return nil, false, pos, err
			}
		}
		out = append(out, s.statusOf(e.name, e.win))
		reached = cursorPos{part: p, domain: e.name, set: true}
	}
	if !reached.set {
		reached = pos
	}
	return out, more, reached, nil
}

// entry is a listed domain and, when loaded, its window (nil: none).
type entry struct {
	name   string
	win    *state.Window
	loaded bool
}

// localEntries lists up to n domains of the local partition p after pos
// that the filter and the caller's scope let through, and says whether
// more follow.
func (s *server) localEntries(r *http.Request, p int32, f statusFilter, pos cursorPos, n int) ([]entry, bool, error) {
	c := callerOf(r)
	var ents []entry
	var err error
	switch {
	case c.all && f.all:
		ents, err = s.mergeAll(p, pos, n+1)
	case c.all && f.st == schemas.StatusUnknown:
		ents, err = s.lookUp(r.Context(), after(s.scopeIndex().byPart[p], pos), f, n+1)
	case c.all:
		var names []string
		names, err = s.storeAfter(p, f.st, pos, n+1)
		for _, name := range names {
			ents = append(ents, entry{name: name})
		}
	default:
		scope := after(s.scopeIndex().scope(c.manager, p), pos)
		if f.all || f.st == schemas.StatusUnknown || len(scope) <= s.cfg.scanMax {
			ents, err = s.lookUp(r.Context(), scope, f, n+1)
		} else {
			ents, err = s.indexInScope(r, p, f.st, pos, n+1)
		}
	}
	if err != nil {
		return nil, false, err
	}
	more := len(ents) > n
	if more {
		ents = ents[:n]
	}
	return ents, more, nil
}

func (s *server) scopeIndex() *scopeIndex {
	return s.index.get(s.b.Directory(), s.b.Partitions(), s.b.PartitionOf)
}

// storeAfter lists up to limit domains of partition p with status st from
// the store's status index, after pos.
func (s *server) storeAfter(p int32, st schemas.Status, pos cursorPos, limit int) ([]string, error) {
	names, err := s.b.Store().Domains(p, st, pos.domain, limit+1)
	if err != nil {
		return nil, err
	}
	// The store reads an empty "after" as the start; a cursor after the
	// empty name must not list it again.
	if pos.set && pos.domain == "" && len(names) > 0 && names[0] == "" {
		names = names[1:]
	}
	if len(names) > limit {
		names = names[:limit]
	}
	return names, nil
}

// lookUp reads the window of each of names in turn and keeps up to limit
// that the filter lets through (no window: unknown).
func (s *server) lookUp(ctx context.Context, names []string, f statusFilter, limit int) ([]entry, error) {
	var out []entry
	for i, name := range names {
		if i%256 == 255 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		win, err := s.b.Store().Window(name)
		if err != nil {
			return nil, err
		}
		st := schemas.StatusUnknown
		if win != nil {
			st = win.Status
		}
		if f.match(st) {
			out = append(out, entry{name: name, win: win, loaded: true})
			if len(out) == limit {
				break
			}
		}
	}
	return out, nil
}

// mergeAll lists up to limit domains of partition p after pos whatever
// their status: those of the good and the bad index and the directory's
// domains without an attempt, merged in name order. The first limit of
// the union are among the first limit of each.
func (s *server) mergeAll(p int32, pos cursorPos, limit int) ([]entry, error) {
	good, err := s.storeAfter(p, schemas.StatusGood, pos, limit)
	if err != nil {
		return nil, err
	}
	bad, err := s.storeAfter(p, schemas.StatusBad, pos, limit)
	if err != nil {
		return nil, err
	}
	dir := after(s.scopeIndex().byPart[p], pos)
	dir = dir[:min(len(dir), limit)]
	var out []entry
	for len(out) < limit && (len(good) > 0 || len(bad) > 0 || len(dir) > 0) {
		next := ""
		first := true
		for _, l := range [][]string{good, bad, dir} {
			if len(l) > 0 && (first || l[0] < next) {
				next, first = l[0], false
			}
		}
		for _, l := range []*[]string{&good, &bad, &dir} {
			if len(*l) > 0 && (*l)[0] == next {
				*l = (*l)[1:]
			}
		}
		out = append(out, entry{name: next})
	}
	return out, nil
}

// indexInScope lists up to limit domains of the local partition p with
// status st after pos that the caller may see, reading the status index
// and reading on past the domains outside the scope.
func (s *server) indexInScope(r *http.Request, p int32, st schemas.Status, pos cursorPos, limit int) ([]entry, error) {
	c := callerOf(r)
	d := s.b.Directory()
	batch := max(limit, scopeBatch)
	var out []entry
	for {
		names, err := s.storeAfter(p, st, pos, batch)
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			if c.sees(d, name) {
				out = append(out, entry{name: name})
				if len(out) == limit {
					return out, nil
				}
			}
		}
		if len(names) < batch {
			return out, nil
		}
		if err := r.Context().Err(); err != nil {
			return nil, err
		}
		pos = cursorPos{part: p, domain: names[len(names)-1], set: true}
	}
}

// scopeBatch is how many domains a scoped list reads from the store at a
// time.
const scopeBatch = 256

// remotePartition asks the owner at addr for up to n domains of partition
// p after pos, keeps those the caller may see (the owner applied the same
// scope, but this instance answers for what it shows), and asks again
// while the page has room and the owner has more.
func (s *server) remotePartition(r *http.Request, addr string, p int32, f statusFilter, pos cursorPos, n int) ([]Status, bool, cursorPos, error) {
	c := callerOf(r)
	var items []Status
	for {
		got, ownerMore, err := s.remotePage(r, addr, p, f, pos, n-len(items))
		if err != nil {
			return nil, false, pos, err
		}
		d := s.b.Directory()
		for _, st := range got {
			if pos.set && st.Domain <= pos.domain {
				s.cfg.Log.Error("an instance answered a domain list out of order", "owner", addr, "partition", p, "after", pos.domain, "got", st.Domain)
				return nil, false, pos, &apiError{http.StatusBadGateway, fmt.Sprintf("the instance that owns partition %d answered a page out of order", p)}
			}
			pos = cursorPos{part: p, domain: st.Domain, set: true}
			if c.sees(d, st.Domain) && f.match(st.Status) {
				items = append(items, st)
			}
		}
		switch {
		case len(got) == 0 || !ownerMore:
			return items, false, pos, nil
		case len(items) >= n:
			return items, true, pos, nil
		}
	}
}

// remotePage fetches up to n domains of partition p after pos from its
// owner at addr.
func (s *server) remotePage(r *http.Request, addr string, p int32, f statusFilter, pos cursorPos, n int) ([]Status, bool, error) {
	q := url.Values{
		"status":    {f.name},
		"limit":     {strconv.Itoa(n)},
		"partition": {strconv.Itoa(int(p))},
	}
	if pos.set {
		q.Set("cursor", encodeCursor(pos))
	}
	what := fmt.Sprintf("the instance that owns partition %d", p)
	resp, body, err := s.askOwner(r.Context(), r, addr, "/api/v1/domains", q)
	if err != nil {
		return nil, false, s.ownerFailed(r, err, addr, what)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error string `json:"error"`
		}
		msg := clipBody(body)
		if json.Unmarshal(body, &e) == nil && e.Error != "" {
			msg = e.Error
		}
		msg = fmt.Sprintf("%s answered %d: %s", what, resp.StatusCode, msg)
		if resp.StatusCode == http.StatusServiceUnavailable {
			return nil, false, unavailable(msg)
		}
		return nil, false, &apiError{http.StatusBadGateway, msg}
	}
	var page DomainPage
	if err := json.Unmarshal(body, &page); err != nil {
		s.cfg.Log.Error("an instance answered an unreadable page", "owner", addr, "partition", p, "err", err)
		return nil, false, &apiError{http.StatusBadGateway, what + " answered with an unreadable page"}
	}
	if len(page.Domains) > n {
		return nil, false, &apiError{http.StatusBadGateway, fmt.Sprintf("%s answered %d domains, more than the %d asked for", what, len(page.Domains), n)}
	}
	return page.Domains, page.NextCursor != "", nil
}
