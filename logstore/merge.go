package logstore

import (
	"cmp"
	"fmt"

	"github.com/cockroachdb/pebble/v2"
)

// mergeKey orders a domain's attempts: arrival, then source and offset,
// the order of the position suffix that ends every index key.
type mergeKey struct {
	arr int64
	src Source
	off int64
}

func (k mergeKey) compare(o mergeKey) int {
	return cmp.Or(cmp.Compare(k.arr, o.arr), cmp.Compare(k.src, o.src), cmp.Compare(k.off, o.off))
}

func (k mergeKey) less(o mergeKey) bool { return k.compare(o) < 0 }

// bufCand is a buffered attempt a query may return: its key and 'd'
// value (summary and encoded attempt).
type bufCand struct {
	key mergeKey
	val []byte
}

// mergeSrc is one source of a query's merge: a segment's iterator over
// a domain's attempts, walking back from the newest entry in range; the
// attempts of a segment a posting list names, newest first; or the
// buffer's candidates, newest first.
type mergeSrc struct {
	key  mergeKey
	it   *pebble.Iterator
	seg  segment
	plen int // the length of the iterator's keys before the position
	refs []mergeKey
	buf  []bufCand
}

// load reads the iterator's current entry into key; false when it is
// exhausted.
func (m *mergeSrc) load(valid bool) (bool, error) {
	if !valid {
		return false, m.it.Error()
	}
	k := m.it.Key()
	if len(k) != m.plen+posLen {
		// A longer index value sharing the prefix cannot occur (values
		// end in NUL); a key of another length is damage.
		return false, fmt.Errorf("%w: log key %x", ErrCorrupt, k)
	}
	arr, pos, err := parsePos(k, 0)
	if err != nil {
		return false, err
	}
	m.key = mergeKey{arr, pos.Source, pos.Offset}
	return true, nil
}

// next moves to the source's next (older) entry; false when there is
// none.
func (m *mergeSrc) next() (bool, error) {
	switch {
	case m.it != nil:
		return m.load(m.it.Prev())
	case m.buf != nil:
		m.buf = m.buf[1:]
		if len(m.buf) == 0 {
			return false, nil
		}
		m.key = m.buf[0].key
	default:
		m.refs = m.refs[1:]
		if len(m.refs) == 0 {
			return false, nil
		}
		m.key = m.refs[0]
	}
	return true, nil
}

// mergeHeap is a max-heap of sources by their current key: its top is
// the newest attempt not yet returned.
type mergeHeap []*mergeSrc

func (h *mergeHeap) push(m *mergeSrc) {
	*h = append(*h, m)
	h.up(len(*h) - 1)
}

func (h mergeHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h[p].key.less(h[i].key) {
			return
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
}

func (h mergeHeap) down(i int) {
	for {
		l, big := 2*i+1, i
		if l < len(h) && h[big].key.less(h[l].key) {
			big = l
		}
		if r := l + 1; r < len(h) && h[big].key.less(h[r].key) {
			big = r
		}
		if big == i {
			return
		}
		h[i], h[big] = h[big], h[i]
		i = big
	}
}

// advance moves the top source on, dropping it when it is exhausted.
func (h *mergeHeap) advance() error {
	top := (*h)[0]
	ok, err := top.next()
	if err != nil {
		return err
	}
	if ok {
		h.down(0)
		return nil
	}
	if top.it != nil {
		top.it.Close()
	}
	n := len(*h) - 1
	(*h)[0] = (*h)[n]
	*h = (*h)[:n]
	if n > 0 {
		h.down(0)
	}
	return nil
}

// close closes the iterators left.
func (h mergeHeap) close() {
	for _, m := range h {
		if m.it != nil {
			m.it.Close()
		}
	}
}
