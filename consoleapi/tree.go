package consoleapi

import (
	"cmp"
	"context"
	"errors"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// Rollup counts the domains under a level by status.
type Rollup struct {
	Bad     int `json:"bad"`
	Good    int `json:"good"`
	Unknown int `json:"unknown"`
	Total   int `json:"total"`
}

func (r *Rollup) add(st schemas.Status) {
	r.Total++
	switch st {
	case schemas.StatusBad:
		r.Bad++
	case schemas.StatusGood:
		r.Good++
	default:
		r.Unknown++
	}
}

// Node is one row of the tree.
type Node struct {
	Level directory.Level `json:"level"`
	ID    string          `json:"id"`
	Name  string          `json:"name,omitempty"`
	// Rollup is set for resellers and customers, Status for domains.
	Rollup *Rollup         `json:"rollup,omitempty"`
	Status *schemas.Status `json:"status,omitempty"`
}

// TreePage is a level of the tree and one page of its children, worst
// first: most Bad domains (a Bad domain) first, then most Unknown, then by
// id.
type TreePage struct {
	// Node is nil at the operator's root (all resellers).
	Node *Node `json:"node,omitempty"`
	// Path leads from the caller's own level down to Node.
	Path     []Node `json:"path"`
	Children []Node `json:"children"`
	// StatusError says why the statuses could not be read; the counts
	// then show every domain as Unknown.
	StatusError string `json:"status_error,omitempty"`
	Total       int    `json:"total"`
	Offset      int    `json:"offset"`
	NextOffset  int    `json:"next_offset,omitempty"`
}

const (
	defaultTreeLimit = 50
	maxTreeLimit     = 500
)

// treeIndex lists each reseller's customers and each customer's domains,
// sorted, for one directory snapshot.
type treeIndex struct {
	d         *directory.Directory
	customers map[string][]string
	domains   map[string][]string
	resellers []string
}

// indexCache keeps the index of the latest snapshot: the directory changes
// rarely and a reseller of 10,000 domains is paged many times.
type indexCache struct {
	mu  sync.Mutex
	cur *treeIndex
}

func (c *indexCache) get(d *directory.Directory) *treeIndex {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cur != nil && c.cur.d == d {
		return c.cur
	}
	x := &treeIndex{d: d, customers: map[string][]string{}, domains: map[string][]string{}}
	for id, cu := range d.Customers {
		x.customers[cu.Reseller] = append(x.customers[cu.Reseller], id)
	}
	for name, dom := range d.Domains {
		x.domains[dom.Customer] = append(x.domains[dom.Customer], name)
	}
	for id := range d.Resellers {
		x.resellers = append(x.resellers, id)
	}
	for _, l := range x.customers {
		slices.Sort(l)
	}
	for _, l := range x.domains {
		slices.Sort(l)
	}
	slices.Sort(x.resellers)
	c.cur = x
	return x
}

// domainsOf returns the domains under a reseller or customer.
func (x *treeIndex) domainsOf(level directory.Level, id string) []string {
	switch level {
	case directory.LevelCustomer:
		return x.domains[id]
	case directory.LevelReseller:
		var out []string
		for _, c := range x.customers[id] {
			out = append(out, x.domains[c]...)
		}
		return out
	}
	return []string{id}
}

// statuses reads the statuses of names for caller c: each read the source
// makes of the read API counts against c's rate limit (api.ChargeTo), not
// the operator's (review finding F3).
func (h *Handler) statuses(ctx context.Context, c caller, names []string) (map[string]schemas.Status, error) {
	if h.cfg.Statuses == nil || len(names) == 0 {
		return map[string]schemas.Status{}, nil
	}
	return h.cfg.Statuses.Statuses(api.ChargeTo(ctx, c.rateKey()), names)
}

func (h *Handler) treeRoot(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if c.operator {
		return h.page(w, r, c, d, nil)
	}
	t := target{level: c.manager.Level, id: c.manager.Of}
	if !exists(d, t) {
		return errf(http.StatusNotFound, "your %s %q is not in the directory any more; ask your operator", t.level, clip(t.id))
	}
	return h.page(w, r, c, d, &t)
}

func (h *Handler) tree(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	t, err := pathTarget(r, c, d)
	if err != nil {
		return err
	}
	return h.page(w, r, c, d, &t)
}

// page answers a level (nil: all resellers) with a page of its children.
func (h *Handler) page(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory, t *target) error {
	q := r.URL.Query()
	offset, err := intParam(q.Get("offset"), 0, 0, 1<<30)
	if err != nil {
		return errf(http.StatusBadRequest, "offset: want a whole number from 0")
	}
	limit, err := intParam(q.Get("limit"), defaultTreeLimit, 1, maxTreeLimit)
	if err != nil {
		return errf(http.StatusBadRequest, "limit: want a whole number from 1 to %d", maxTreeLimit)
	}
	search := strings.ToLower(strings.TrimSpace(q.Get("q")))
	x := h.index.get(d)

	var childLevel directory.Level
	var ids []string
	switch {
	case t == nil:
		childLevel, ids = directory.LevelReseller, x.resellers
	case t.level == directory.LevelReseller:
		childLevel, ids = directory.LevelCustomer, x.customers[t.id]
	case t.level == directory.LevelCustomer:
		childLevel, ids = directory.LevelDomain, x.domains[t.id]
	}
	if search != "" {
		var kept []string
		for _, id := range ids {
			if strings.Contains(strings.ToLower(id), search) || strings.Contains(strings.ToLower(nameOf(d, childLevel, id)), search) {
				kept = append(kept, id)
			}
		}
		ids = kept
	}
	// One status lookup for every domain the page's rollups need.
	var names []string
	if t != nil {
		names = x.domainsOf(t.level, t.id)
	} else {
		names = make([]string, 0, len(d.Domains))
		for n := range d.Domains {
			names = append(names, n)
		}
	}
	// The tree stays usable when statuses cannot be read: the directory is
	// all this instance needs for it.
	statusErr := ""
	sts, err := h.statuses(r.Context(), c, names)
	var limited *RateLimitedError
	if errors.As(err, &limited) {
		// The caller's own rate limit, spent on these reads: theirs to
		// wait for, not a fault of the statuses.
		w.Header().Set("Retry-After", limited.RetryAfter)
		return errf(http.StatusTooManyRequests, "too many requests for this token: this page reads the status of %d domains, and your rate limit has no room for them now; try again in %s s", len(names), limited.RetryAfter)
	}
	if err != nil {
		h.cfg.Log.Warn("console tree: reading statuses", "err", err)
		statusErr = "the domains' statuses cannot be read right now; they show as unknown. Reload in a moment."
		sts = map[string]schemas.Status{}
	}
	children := make([]Node, 0, len(ids))
	for _, id := range ids {
		children = append(children, nodeOf(d, x, sts, childLevel, id))
	}
	slices.SortFunc(children, worstFirst)
	p := TreePage{Total: len(children), Offset: offset, Path: h.path(d, c, t, x, sts), StatusError: statusErr}
	if offset < len(children) {
		end := min(offset+limit, len(children))
		p.Children = children[offset:end]
		if end < len(children) {
			p.NextOffset = end
		}
	}
	if p.Children == nil {
		p.Children = []Node{}
	}
	if t != nil {
		n := nodeOf(d, x, sts, t.level, t.id)
		p.Node = &n
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

// path returns the nodes from the caller's own level down to t.
func (h *Handler) path(d *directory.Directory, c caller, t *target, x *treeIndex, sts map[string]schemas.Status) []Node {
	if t == nil {
		return []Node{}
	}
	var chainT []target
	switch t.level {
	case directory.LevelDomain:
		cu := d.Domains[t.id].Customer
		chainT = []target{{directory.LevelReseller, d.Customers[cu].Reseller}, {directory.LevelCustomer, cu}, *t}
	case directory.LevelCustomer:
		chainT = []target{{directory.LevelReseller, d.Customers[t.id].Reseller}, *t}
	default:
		chainT = []target{*t}
	}
	out := []Node{}
	for _, ct := range chainT {
		if exists(d, ct) && c.reaches(d, ct) {
			out = append(out, Node{Level: ct.level, ID: ct.id, Name: nameOf(d, ct.level, ct.id)})
		}
	}
	return out
}

func nodeOf(d *directory.Directory, x *treeIndex, sts map[string]schemas.Status, level directory.Level, id string) Node {
	n := Node{Level: level, ID: id, Name: nameOf(d, level, id)}
	if level == directory.LevelDomain {
		st, ok := sts[id]
		if !ok {
			st = schemas.StatusUnknown
		}
		n.Status = &st
		return n
	}
	var r Rollup
	for _, dom := range x.domainsOf(level, id) {
		st, ok := sts[dom]
		if !ok {
			st = schemas.StatusUnknown
		}
		r.add(st)
	}
	n.Rollup = &r
	return n
}

// worstFirst orders rows: more Bad first, then more Unknown, then by id.
func worstFirst(a, b Node) int {
	ra, rb := rollupOf(a), rollupOf(b)
	if c := cmp.Compare(rb.Bad, ra.Bad); c != 0 {
		return c
	}
	if c := cmp.Compare(rb.Unknown, ra.Unknown); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

func rollupOf(n Node) Rollup {
	if n.Rollup != nil {
		return *n.Rollup
	}
	var r Rollup
	if n.Status != nil {
		r.add(*n.Status)
	}
	return r
}

func intParam(s string, def, lo, hi int) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, strconv.ErrRange
	}
	return n, nil
}
