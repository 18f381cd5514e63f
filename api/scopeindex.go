package api

import (
	"slices"
	"sync"
	"sync/atomic"

	"github.com/mailflow/mailflow/directory"
)

// scopeIndex lists the domains of one directory snapshot by partition, and
// by customer and reseller within each partition, each list sorted. A
// manager's domain list reads the domains of its scope and looks up each
// one's status, instead of reading every domain of a status and dropping
// those outside the scope; the operator's unknown and all lists read the
// directory's domains of a partition.
type scopeIndex struct {
	dir        *directory.Directory
	byPart     [][]string
	byCustomer map[string][][]string
	byReseller map[string][][]string
	partOf     func(string) int32
}

func buildScopeIndex(d *directory.Directory, partitions int32, partitionOf func(string) int32) *scopeIndex {
	x := &scopeIndex{dir: d, byPart: make([][]string, partitions), byCustomer: map[string][][]string{}, byReseller: map[string][][]string{}, partOf: partitionOf}
	add := func(m map[string][][]string, key string, p int32, name string) {
		lists := m[key]
		if lists == nil {
			lists = make([][]string, partitions)
			m[key] = lists
		}
		lists[p] = append(lists[p], name)
	}
	for name, dom := range d.Domains {
		p := partitionOf(name)
		if p < 0 || p >= partitions {
			continue
		}
		x.byPart[p] = append(x.byPart[p], name)
		add(x.byCustomer, dom.Customer, p, name)
		if c, ok := d.Customers[dom.Customer]; ok {
			add(x.byReseller, c.Reseller, p, name)
		}
	}
	sortAll := func(lists [][]string) {
		for _, l := range lists {
			slices.Sort(l)
		}
	}
	sortAll(x.byPart)
	for _, l := range x.byCustomer {
		sortAll(l)
	}
	for _, l := range x.byReseller {
		sortAll(l)
	}
	return x
}

// scope returns the sorted domains of partition p that the manager m may
// see.
func (x *scopeIndex) scope(m directory.Manager, p int32) []string {
	switch m.Level {
	case directory.LevelDomain:
		if dom, ok := x.dir.Domains[m.Of]; ok && x.dir.Covers(m.Level, m.Of, m.Of, dom) && x.partOf(m.Of) == p {
			return []string{m.Of}
		}
	case directory.LevelCustomer:
		if l := x.byCustomer[m.Of]; l != nil {
			return l[p]
		}
	case directory.LevelReseller:
		if l := x.byReseller[m.Of]; l != nil {
			return l[p]
		}
	}
	return nil
}

// after returns the names of sorted that come after pos (all of them
// when pos is not set).
func after(sorted []string, pos cursorPos) []string {
	if !pos.set {
		return sorted
	}
	i, found := slices.BinarySearch(sorted, pos.domain)
	if found {
		i++
	}
	return sorted[i:]
}

// indexCache holds the index of the latest directory snapshot; it is built
// again, once, when the snapshot changes.
type indexCache struct {
	mu  sync.Mutex
	cur atomic.Pointer[scopeIndex]
}

func (c *indexCache) get(d *directory.Directory, partitions int32, partitionOf func(string) int32) *scopeIndex {
	if x := c.cur.Load(); x != nil && x.dir == d && int32(len(x.byPart)) == partitions {
		return x
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if x := c.cur.Load(); x != nil && x.dir == d && int32(len(x.byPart)) == partitions {
		return x
	}
	x := buildScopeIndex(d, partitions, partitionOf)
	c.cur.Store(x)
	return x
}
