package logstore

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"unsafe"

	"github.com/cespare/xxhash/v2"
	"github.com/cockroachdb/pebble/v2/objstorage/objstorageprovider"
	"github.com/cockroachdb/pebble/v2/sstable"
	"github.com/cockroachdb/pebble/v2/vfs"
)

// rec is one attempt in the append buffer; its domain and its 'd' value
// (summary and encoded attempt) are in the buffer's data.
type rec struct {
	arrival int64
	pos     Pos
	hour    uint32
	dom     [2]int32
	val     [2]int32
	rcpt    uint64 // recipientHash, when hasRcpt
	msg     uint64 // xxhash64 of the message id, when hasMsg
	id      uint64 // idHash, when hasID
	has     uint8
}

const (
	hasRcpt = 1 << iota
	hasMsg
	hasID
)

// recSize is what a rec takes in memory.
const recSize = int(unsafe.Sizeof(rec{}))

// buffer holds the attempts appended since the last flush, in memory:
// queries read them there, and a flush writes them as segments. Its data
// only grows (a new buffer replaces it at each flush), so slices of it
// stay valid after the lock that found them is released.
type buffer struct {
	data []byte
	recs []rec
	// ids are the event ids of the buffer's attempts, for dropping a
	// second copy.
	ids map[uint64]pendingID
	// flush is the flush number given to the buffer when it was frozen,
	// and cat the catalog written with it (the checkpoints as
	// of the freeze).
	flush uint64
	cat   catalog
	// free releases data's and recs' memory (outside the Go heap);
	// mapped and mappedRecs are that memory, which reset returns to.
	free       func()
	mapped     []byte
	mappedRecs []rec
}

func newBuffer(size int) *buffer {
	// One mapping: the records first (8-byte aligned), then the bytes;
	// about what an attempt takes of each. An append past either grows
	// it on the heap (a transaction larger than the buffer).
	nrecs := max(size/4/recSize, 16)
	mem, free := allocOffHeap(nrecs*recSize + size*3/4)
	recs := unsafe.Slice((*rec)(unsafe.Pointer(&mem[0])), nrecs)
	b := &buffer{data: mem[nrecs*recSize:][: 0 : size*3/4], recs: recs[:0], ids: make(map[uint64]pendingID, nrecs), free: free}
	b.mapped, b.mappedRecs = b.data, b.recs
	return b
}

// full reports whether b holds all it should before it is written. The
// limits are the mapping's: an append that spilled onto the heap grew
// the slices' capacities.
func (b *buffer) full() bool {
	return len(b.data) >= cap(b.mapped)*15/16 || len(b.recs) >= cap(b.mappedRecs)*15/16
}

// fits reports whether n more attempts of the size of those held fit in
// b's mapping (true for an empty buffer: a batch larger than a buffer
// spills onto the heap).
func (b *buffer) fits(n int) bool {
	if len(b.recs) == 0 {
		return true
	}
	per := len(b.data)/len(b.recs) + 1
	return len(b.data)+n*per <= cap(b.mapped) && len(b.recs)+n <= cap(b.mappedRecs)
}

// reset empties b for reuse: a buffer is allocated once and filled again
// and again, rather than making the garbage collector free megabytes at
// every flush.
func (b *buffer) reset() {
	b.data, b.recs = b.mapped[:0], b.mappedRecs[:0]
	clear(b.ids)
	b.cat = catalog{}
}

func (b *buffer) domain(r *rec) []byte { return b.data[r.dom[0]:r.dom[1]] }
func (b *buffer) value(r *rec) []byte  { return b.data[r.val[0]:r.val[1]] }

// add encodes a into the buffer.
func (b *buffer) add(a *Attempt, arrival int64, hour uint32, idh uint64) {
	e := &a.Event
	r := rec{arrival: arrival, pos: a.Pos, hour: hour}
	r.dom[0] = int32(len(b.data))
	b.data = append(b.data, e.Domain...)
	r.dom[1] = int32(len(b.data))
	r.val[0] = r.dom[1]
	sum := summaryOf(a)
	b.data = append(b.data, sum[:]...)
	b.data = appendAttempt(b.data, a)
	r.val[1] = int32(len(b.data))
	if e.Recipient != "" {
		r.rcpt, r.has = recipientHash(e.Domain, e.Recipient), r.has|hasRcpt
	}
	if e.MessageID != "" {
		r.msg, r.has = xxhash.Sum64String(e.MessageID), r.has|hasMsg
	}
	if e.ID != "" {
		r.id, r.has = idh, r.has|hasID
		b.ids[idh] = pendingID{arrival, a.Pos}
	}
	b.recs = append(b.recs, r)
}

// entry is one key of a table being written: its part after the segment
// prefix in an arena, and its value in the buffer's data. p0 and p1 are
// its first 16 bytes (big-endian, so that their order is the keys'),
// which decide most comparisons without reading the arena.
type entry struct {
	p0, p1 uint64
	k, end int32
	v0, v1 int32
}

// tableWriter writes the tables of one flush: the segments from the
// buffer (writeSegment), the catalog from entries put in its arena.
type tableWriter struct {
	dir     string
	opts    sstable.WriterOptions
	arena   []byte
	ents    []entry
	key     []byte
	keys    []rkey
	tmp     []rkey
	domains map[string]uint32
	names   []string
	rank    []uint32
	paths   []string
}

func (w *tableWriter) put(suffix []byte, v0, v1 int32) {
	k := int32(len(w.arena))
	w.arena = append(w.arena, suffix...)
	var pre [16]byte
	copy(pre[:], suffix)
	w.ents = append(w.ents, entry{binary.BigEndian.Uint64(pre[:]), binary.BigEndian.Uint64(pre[8:]), k, int32(len(w.arena)), v0, v1})
}

// write sorts the entries and writes them under prefix to a new table
// file; vals holds their values. Equal keys (the same attempt twice) are
// written once.
func (w *tableWriter) write(name string, prefix, vals []byte) error {
	a := w.arena
	slices.SortFunc(w.ents, func(x, y entry) int {
		if x.p0 != y.p0 {
			return cmp.Compare(x.p0, y.p0)
		}
		if x.p1 != y.p1 {
			return cmp.Compare(x.p1, y.p1)
		}
		kx, ky := a[x.k:x.end], a[y.k:y.end]
		return bytes.Compare(kx[min(16, len(kx)):], ky[min(16, len(ky)):])
	})
	path := filepath.Join(w.dir, name)
	f, err := vfs.Default.Create(path, vfs.WriteCategoryUnspecified)
	if err != nil {
		return err
	}
	w.paths = append(w.paths, path)
	tw := sstable.NewWriter(objstorageprovider.NewFileWritable(f), w.opts)
	var prev []byte
	for i, e := range w.ents {
		k := a[e.k:e.end]
		if i > 0 && bytes.Equal(k, prev) {
			continue
		}
		prev = k
		w.key = append(append(w.key[:0], prefix...), k...)
		if err := tw.Set(w.key, vals[e.v0:e.v1]); err != nil {
			tw.Close()
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	w.arena, w.ents = w.arena[:0], w.ents[:0]
	return nil
}

// sortKey is a key of a segment as integers, so that sorting compares
// no bytes: the domain is its rank among the segment's domains.
type sortKey struct{ a, b, c, d uint64 }

func (x *sortKey) compare(y *sortKey) int {
	return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b), cmp.Compare(x.c, y.c), cmp.Compare(x.d, y.d))
}

// writeSegment writes the buffered attempts idx (all of one hour) as a
// segment table under prefix: their 'd', 'm' and 'r' keys in key order.
// The keys are sorted as integers (partition, the domain's rank or a
// hash, arrival, source and offset), with the domains ranked once. The
// same attempt twice (a replay within the buffer) is written once.
func (w *tableWriter) writeSegment(name string, prefix []byte, b *buffer, idx []int32) error {
	recs := b.recs
	// The domains' ranks, in byte order (the order of their keys: a
	// domain ends in NUL, which no domain holds).
	if w.domains == nil {
		w.domains = map[string]uint32{}
	}
	clear(w.domains)
	w.names = w.names[:0]
	for _, i := range idx {
		d := b.domain(&recs[i])
		if _, ok := w.domains[string(d)]; !ok {
			w.domains[string(d)] = 0
			w.names = append(w.names, string(d))
		}
	}
	slices.Sort(w.names)
	for r, d := range w.names {
		w.domains[d] = uint32(r)
	}
	if cap(w.rank) < len(recs) {
		w.rank = make([]uint32, len(recs))
	}
	rank := w.rank[:len(recs)]
	for _, i := range idx {
		rank[i] = w.domains[string(b.domain(&recs[i]))]
	}
	path := filepath.Join(w.dir, name)
	f, err := vfs.Default.Create(path, vfs.WriteCategoryUnspecified)
	if err != nil {
		return err
	}
	w.paths = append(w.paths, path)
	tw := sstable.NewWriter(objstorageprovider.NewFileWritable(f), w.opts)
	full := func(kind byte, i int32) sortKey {
		r := &recs[i]
		pos := uint64(r.pos.Source)<<63 | uint64(r.pos.Offset)
		switch kind {
		case kindDomain:
			return sortKey{uint64(uint32(r.pos.Partition)), uint64(rank[i]), uint64(r.arrival), pos}
		case kindMessage:
			return sortKey{r.msg, uint64(rank[i]), uint64(r.arrival), pos}
		}
		return sortKey{uint64(uint32(r.pos.Partition)), r.rcpt, uint64(r.arrival), pos}
	}
	for _, kind := range []byte{kindDomain, kindMessage, kindRecipient} {
		// By the leading bits of the key (radix), then each run of equal
		// leading bits by the whole key: the buffer is in append order,
		// nearly arrival order, so most runs are sorted already.
		keys := w.keys[:0]
		for _, i := range idx {
			r := &recs[i]
			switch kind {
			case kindDomain:
				keys = append(keys, rkey{uint64(uint32(r.pos.Partition))<<32 | uint64(rank[i]), i})
			case kindMessage:
				if r.has&hasMsg != 0 {
					keys = append(keys, rkey{r.msg, i})
				}
			default:
				if r.has&hasRcpt != 0 {
					keys = append(keys, rkey{uint64(uint32(r.pos.Partition))<<48 | r.rcpt>>16, i})
				}
			}
		}
		if cap(w.tmp) < len(keys) {
			w.tmp = make([]rkey, len(keys))
		}
		sorted := radixSort(keys, w.tmp)
		w.keys = keys[:0]
		for lo := 0; lo < len(sorted); {
			hi := lo + 1
			for hi < len(sorted) && sorted[hi].major == sorted[lo].major {
				hi++
			}
			if run := sorted[lo:hi]; len(run) > 1 {
				prev := full(kind, run[0].i)
				for j := 1; j < len(run); j++ {
					k := full(kind, run[j].i)
					if k.compare(&prev) < 0 {
						slices.SortFunc(run, func(x, y rkey) int {
							kx, ky := full(kind, x.i), full(kind, y.i)
							return kx.compare(&ky)
						})
						break
					}
					prev = k
				}
			}
			lo = hi
		}
		for j := range sorted {
			r := &recs[sorted[j].i]
			if j > 0 && sorted[j].major == sorted[j-1].major {
				kx, ky := full(kind, sorted[j-1].i), full(kind, sorted[j].i)
				if kx.compare(&ky) == 0 {
					continue
				}
			}
			w.key = append(w.key[:0], prefix...)
			var v []byte
			switch kind {
			case kindDomain:
				w.key = domainSuffix(w.key, r.pos.Partition, string(b.domain(r)))
				v = b.value(r)
			case kindMessage:
				w.key = messageSuffix(w.key, r.msg, string(b.domain(r)))
			default:
				w.key = recipientSuffix(w.key, r.pos.Partition, r.rcpt)
			}
			w.key = appendPos(w.key, r.arrival, r.pos)
			if err := tw.Set(w.key, v); err != nil {
				tw.Close()
				return err
			}
		}
	}
	return tw.Close()
}

// writeBuffer writes b as one segment per arrival hour and its catalog,
// and ingests them into the database in one atomic step: after a crash
// either all of the flush is there (with the checkpoints it reflects) or
// none of it. Every key begins with its segment's hour and the flush
// number, which no other table holds, so Pebble places the tables in the
// last level beside the others and never compacts them.
func (s *Store) writeBuffer(ctx context.Context, b *buffer) (*catalog, idFilter, error) {
	w := s.tables
	if w == nil {
		w = &tableWriter{dir: filepath.Join(s.dir, ingestDir), opts: s.writerOpts, keys: make([]rkey, 0, s.bufferSize()/200)}
		s.tables = w
	}
	defer func() {
		for _, p := range w.paths {
			os.Remove(p)
		}
		w.paths = w.paths[:0]
		w.arena, w.ents = w.arena[:0], w.ents[:0]
	}()
	cat := b.cat
	cat.flush, cat.segments = b.flush, nil
	cat.idMin, cat.idMax = 1, 0
	// The attempts by hour, in the order they were appended.
	order := make([]int32, len(b.recs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(x, y int32) int { return cmp.Compare(b.recs[x].hour, b.recs[y].hour) })
	var sfx, prefix []byte
	nids := 0
	for lo := 0; lo < len(order); {
		hour := b.recs[order[lo]].hour
		hi := lo
		seg := segment{hour: hour, flush: b.flush, minArr: b.recs[order[lo]].arrival, maxArr: b.recs[order[lo]].arrival}
		for ; hi < len(order) && b.recs[order[hi]].hour == hour; hi++ {
			r := &b.recs[order[hi]]
			seg.count++
			seg.minArr, seg.maxArr = min(seg.minArr, r.arrival), max(seg.maxArr, r.arrival)
			if r.has&hasID != 0 {
				nids++
			}
		}
		prefix = segmentPrefix(prefix[:0], hour, b.flush)
		if err := w.writeSegment(fmt.Sprintf("%d-%d.sst", b.flush, hour), prefix, b, order[lo:hi]); err != nil {
			return nil, nil, fmt.Errorf("write segment of hour %d: %w", hour, err)
		}
		cat.segments = append(cat.segments, seg)
		lo = hi
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
	}
	// The catalog: its record, the filter of its event ids and the ids.
	var filter idFilter
	var vals []byte
	info := appendCatalog(nil, &cat)
	vals = append(vals, info...)
	w.put([]byte{catalogInfo}, 0, int32(len(vals)))
	if nids > 0 {
		filter = newIDFilter(nids)
		for i := range b.recs {
			r := &b.recs[i]
			if r.has&hasID == 0 {
				continue
			}
			filter.add(r.id)
			if cat.idMin > cat.idMax {
				cat.idMin, cat.idMax = r.arrival, r.arrival
			}
			cat.idMin, cat.idMax = min(cat.idMin, r.arrival), max(cat.idMax, r.arrival)
			// The latest attempt of an id (one kept again after the
			// horizon) is the one recorded.
			if p := b.ids[r.id]; p.pos != r.pos {
				continue
			}
			v0 := int32(len(vals))
			vals = appendPos(vals, r.arrival, r.pos)
			w.put(idSuffix(sfx[:0], r.pos.Partition, r.id), v0, int32(len(vals)))
		}
		// The record again, now with the ids' range.
		info = appendCatalog(nil, &cat)
		v0 := int32(len(vals))
		vals = append(vals, info...)
		w.ents[0].v0, w.ents[0].v1 = v0, int32(len(vals))
		v0 = int32(len(vals))
		vals = append(vals, filter.bytes()...)
		w.put([]byte{catalogFilter}, v0, int32(len(vals)))
	}
	prefix = binary.BigEndian.AppendUint64(append(prefix[:0], prefixCatalog), b.flush)
	if err := w.write(strconv.FormatUint(b.flush, 10)+".sst", prefix, vals); err != nil {
		return nil, nil, fmt.Errorf("write catalog of flush %d: %w", b.flush, err)
	}
	if err := s.db.Ingest(ctx, w.paths); err != nil {
		return nil, nil, fmt.Errorf("ingest flush %d: %w", b.flush, err)
	}
	return &cat, filter, nil
}

// ingestDir is the subdirectory where a flush writes its tables before
// they are ingested.
const ingestDir = "ingest"
