package logstore

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"unsafe"

	"github.com/cockroachdb/pebble/v2/sstable"
	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/mailflow/mailflow/internal/prefetch"
)

// rec is one attempt in the append buffer; its domain and its 'd' value
// (summary and encoded attempt) are in the buffer's data.
//
// Its fields are ordered so that it takes 80 bytes with dh: has fills
// what would be padding after val. recSize decides how many attempts a
// buffer's mapping holds (newBuffer), so a field that grew it would
// change when buffers flush.
type rec struct {
	arrival int64
	pos     Pos
	hour    uint32
	dom     [2]int32
	val     [2]int32
	has     uint8
	rcpt    uint64 // recipientHash, when hasRcpt
	msg     uint64 // xxhash64 of the message id, when hasMsg
	id      uint64 // idHash, when hasID
	// dh is domainHash of the domain, taken where the attempt is
	// encoded (Encoder.Encode), while its name is in the CPU's caches:
	// a flush sorts the 'd' keys by it (sortDomainKeys), and hashing
	// there read every name again from a buffer of megabytes.
	dh uint64
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
	// ids are the event ids of recs[:indexed], for dropping a second
	// copy: the latest attempt of each. The processor's live appends
	// (AppendCounted) are deduplicated already and look up nothing, so
	// the index is brought up to date (indexIDs) only when a checking
	// Append asks: a lookup into a table of a buffer's size is a cache
	// miss, a third of an append's cost. Its slots (16 bytes each, twice
	// as many as the buffer holds attempts: 32 MiB for a 192 MiB buffer)
	// are allocated at the first such check.
	ids     idTable
	indexed int
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
	b := &buffer{data: mem[nrecs*recSize:][: 0 : size*3/4], recs: recs[:0], free: free}
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
	b.ids.clear()
	b.indexed = 0
	b.cat = catalog{}
}

func (b *buffer) domain(r *rec) []byte { return b.data[r.dom[0]:r.dom[1]] }
func (b *buffer) value(r *rec) []byte  { return b.data[r.val[0]:r.val[1]] }

// indexIDs adds the event ids of the attempts appended since the last
// call to b.ids; a later attempt of an id replaces the earlier one.
func (b *buffer) indexIDs() {
	if b.ids.slots == nil && b.indexed < len(b.recs) {
		// Made at the first check: a buffer that only the live path
		// fills never needs it.
		b.ids = newIDTable(cap(b.mappedRecs))
	}
	for i := b.indexed; i < len(b.recs); i++ {
		if r := &b.recs[i]; r.has&hasID != 0 {
			b.ids.put(r.id, int32(i))
		}
	}
	b.indexed = len(b.recs)
}

// id returns the buffer's latest attempt with event id hash h (a nil
// buffer has none).
func (b *buffer) id(h uint64) (pendingID, bool) {
	if b == nil {
		return pendingID{}, false
	}
	b.indexIDs()
	i, ok := b.ids.get(h)
	if !ok {
		return pendingID{}, false
	}
	r := &b.recs[i]
	return pendingID{r.arrival, r.pos, i}, true
}

// tableWriter writes the tables of one flush: the segments from the
// buffer (writeSegment), then the catalog (writeCatalog). Its slices and
// maps are scratch space kept from flush to flush.
type tableWriter struct {
	dir  string
	opts sstable.WriterOptions
	key  []byte
	val  []byte
	keys []rkey
	tmp  []rkey
	sk   []domainKey
	// unsorted holds sortDomainKeys' keys before they are sorted.
	unsorted []domainKey
	// order is writeBuffer's: the buffer's attempts by hour.
	order []int32
	ids   []idEntry
	seen  hashSet
	// wbuf buffers the writes of the table being written (fileWritable).
	wbuf []byte
	// exact makes flushes compare domain names, not only their hashes,
	// and hash replaces domainHash: tests of the path a hash collision
	// takes.
	exact bool
	hash  func([]byte) uint64
	parts map[int32]int
	paths []string
	// touched sums the bytes prefetch.Lines read, so that the compiler
	// keeps the loads where it reads them; its value means nothing.
	touched byte
}

// touchBatch is how many attempts a flush reads ahead at a time
// (touchNext).
const touchBatch = 16

// touchSpan is what of an attempt touchData reads.
type touchSpan uint8

const (
	touchRec    touchSpan = iota // its rec (posting lists without domains)
	touchDomain                  // and its domain (message posting lists)
	touchValue                   // and its 'd' value ('d' keys)
)

// A flush writes the attempts in key order, not in the order they are
// in the buffer, which holds megabytes: nearly every attempt's bytes are
// a cache miss, and the copies into the table waited for them one at a
// time (they were a third of a flush's CPU time in mailflow bench). So
// the attempts are brought into the caches ahead of use (touchNext), in
// batches, and the copies then find the bytes there. Where the
// processor has a prefetch instruction (prefetch.Lines) the flush does not
// wait for them at all; elsewhere the loads of a batch do not wait for
// each other, so the processor waits for its misses at once. (Loads of
// one attempt ahead at each step waited as long as the copy had: a step
// is too long for the processor to overlap it with the next.) It
// changes nothing else.

// touchRec brings attempt i's rec into the caches and returns what
// prefetch.Value read (which the caller keeps in w.touched).
func (b *buffer) touchRec(i int32) byte {
	return prefetch.Value(&b.recs[i])
}

// touchData brings what span says of attempt i's bytes into the caches
// (nothing for touchRec) and returns what prefetch.Lines read. It reads the
// rec, which touchNext brought in a batch earlier.
func (b *buffer) touchData(i int32, span touchSpan) byte {
	if span == touchRec {
		return 0
	}
	r := &b.recs[i]
	end := r.dom[1]
	if span == touchValue {
		end = r.val[1]
	}
	return prefetch.Lines(b.data[r.dom[0]:end])
}

// touchNext brings into the caches, when position j begins a batch of
// touchBatch attempts out of n written in order, the recs of the batch
// two ahead and the bytes (span) of the batch after j's, whose recs the
// batch before brought (at position 0, the first three batches' recs
// and the first two's bytes); at(a) is the attempt at position a.
// Other positions read nothing.
func (w *tableWriter) touchNext(b *buffer, j, n int, span touchSpan, at func(a int) int32) {
	if j%touchBatch != 0 {
		return
	}
	recLo, dataLo := j+2*touchBatch, j+touchBatch
	if j == 0 {
		recLo, dataLo = 0, 0
	}
	for a := recLo; a < min(j+3*touchBatch, n); a++ {
		w.touched += b.touchRec(at(a))
	}
	for a := dataLo; a < min(j+2*touchBatch, n); a++ {
		w.touched += b.touchData(at(a), span)
	}
}

// create starts a table in the flush's directory.
func (w *tableWriter) create(name string) (*sstable.Writer, error) {
	path := filepath.Join(w.dir, name)
	f, err := vfs.Default.Create(path, vfs.WriteCategoryUnspecified)
	if err != nil {
		return nil, err
	}
	w.paths = append(w.paths, path)
	if w.wbuf == nil {
		w.wbuf = make([]byte, 0, writeBufferSize)
	}
	w.wbuf = w.wbuf[:0]
	return sstable.NewWriter(&fileWritable{f: f, buf: &w.wbuf}, w.opts), nil
}

// sorted radix-sorts keys by major (stably: the buffer's order within
// equal majors), with w.tmp as scratch; the result is valid until the
// next call.
func (w *tableWriter) sorted(keys []rkey) []rkey {
	if cap(w.tmp) < len(keys) {
		w.tmp = make([]rkey, len(keys))
	}
	return radixSort(keys, w.tmp)
}

// maxPerPartition is the most keys of one partition among keys whose
// majors begin with the partition (32 bits).
func (w *tableWriter) maxPerPartition(keys []rkey) int {
	if w.parts == nil {
		w.parts = map[int32]int{}
	}
	clear(w.parts)
	most := 0
	for _, k := range keys {
		n := w.parts[int32(k.major>>32)] + 1
		w.parts[int32(k.major>>32)] = n
		most = max(most, n)
	}
	return most
}

// domainKey is a 'd' key being sorted: partition, domain hash, arrival
// and position (source in the top bit, then the offset) as integers, and
// the buffered attempt it is of.
type domainKey struct {
	dh   uint64
	arr  int64
	pos  uint64
	part uint32
	i    int32
}

// sortDomainKeys returns the 'd' keys of the buffered attempts idx in key
// order: a radix sort by partition and the domain hash's leading bits,
// then each run of equal bits sorted by the whole key (the buffer is in
// append order, nearly arrival order, so most runs are sorted already).
// Unless exact, two domains with one hash are taken for one (the caller
// checks); the result is valid until the next call.
func (w *tableWriter) sortDomainKeys(b *buffer, idx []int32, exact bool) []domainKey {
	recs := b.recs
	// Each attempt's key, in idx's order (the buffer's: the recs are
	// read in a row, not in key order, where each would be a cache
	// miss); the radix keys' index is into it until sorted. A test's
	// hash (w.hash) is taken here, the domain's own (rec.dh) was taken
	// when it was encoded.
	unsorted := slices.Grow(w.unsorted[:0], len(idx)) // sized once, not grown step by step
	keys := w.keys[:0]
	for j, i := range idx {
		r := &recs[i]
		h := r.dh
		if w.hash != nil {
			h = w.hash(b.domain(r))
		}
		unsorted = append(unsorted, domainKey{h, r.arrival, uint64(r.pos.Source)<<63 | uint64(r.pos.Offset), uint32(r.pos.Partition), i})
		keys = append(keys, rkey{uint64(uint32(r.pos.Partition))<<32 | h>>32, int32(j)})
	}
	w.unsorted = unsorted
	sorted := w.sorted(keys)
	w.keys = keys[:0]
	sk := slices.Grow(w.sk[:0], len(sorted))
	for _, k := range sorted {
		sk = append(sk, unsorted[k.i])
	}
	w.sk = sk
	compare := func(x, y *domainKey) int {
		if c := cmp.Compare(x.dh, y.dh); c != 0 || !exact {
			return cmp.Or(c, cmp.Compare(x.arr, y.arr), cmp.Compare(x.pos, y.pos))
		}
		return cmp.Or(bytes.Compare(b.domain(&recs[x.i]), b.domain(&recs[y.i])), cmp.Compare(x.arr, y.arr), cmp.Compare(x.pos, y.pos))
	}
	for lo := 0; lo < len(sk); {
		hi := lo + 1
		for hi < len(sk) && sk[hi].part == sk[lo].part && sk[hi].dh>>32 == sk[lo].dh>>32 {
			hi++
		}
		run := sk[lo:hi]
		for j := 1; j < len(run); j++ {
			if compare(&run[j-1], &run[j]) > 0 {
				slices.SortStableFunc(run, func(x, y domainKey) int { return compare(&x, &y) })
				break
			}
		}
		lo = hi
	}
	return sk
}

// writePostings writes keys (sorted by major, the bucket's key after
// kind) as posting lists under prefix kind: one key per major, whose
// value lists entry(i) of each of its keys.
//
// keys index b's attempts, which it reads ahead (touchNext).
func (w *tableWriter) writePostings(tw *sstable.Writer, prefix []byte, kind byte, withDomain bool, b *buffer, keys []rkey, entry func(i int32, e *posting)) error {
	var e posting
	span := touchRec
	if withDomain {
		span = touchDomain
	}
	for lo := 0; lo < len(keys); {
		w.val = append(w.val[:0], postingVersion)
		hi := lo
		for ; hi < len(keys) && keys[hi].major == keys[lo].major; hi++ {
			w.touchNext(b, hi, len(keys), span, func(a int) int32 { return keys[a].i })
			entry(keys[hi].i, &e)
			w.val = appendPosting(w.val, &e, withDomain)
		}
		w.key = append(append(w.key[:0], prefix...), kind)
		if kind == kindMessage {
			w.key = binary.BigEndian.AppendUint32(w.key, uint32(keys[lo].major))
		} else {
			w.key = binary.BigEndian.AppendUint64(w.key, keys[lo].major)
		}
		if err := tw.Set(w.key, w.val); err != nil {
			return err
		}
		lo = hi
	}
	return nil
}

// writeSegment writes the buffered attempts idx (all of one hour) as
// segment seg's table under prefix: their 'd' keys in key order, then
// the posting lists of their message ids and recipients, whose bucket
// bits it sets in seg. The 'd' keys are sorted by a radix sort of their
// partition and domain hash, then by the rest of the key where the
// buffer's order is not already the keys'; the postings by bucket only
// (radix). No domain name is compared unless two share a hash. The same
// attempt twice (a
// replay within the buffer) has one 'd' key (and two postings, which
// queries return once).
func (w *tableWriter) writeSegment(name string, prefix []byte, b *buffer, idx []int32, seg *segment) (err error) {
	recs := b.recs
	tw, err := w.create(name)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil && tw != nil {
			tw.Close()
		}
	}()
	// The 'd' keys, sorted by the domain hash without reading the names;
	// two domains of a partition with one hash (odds of about n²/2^64 a
	// segment) are found while writing, and the segment starts again
	// with the names compared.
	exact := w.exact
	for {
		sk := w.sortDomainKeys(b, idx, exact)
		var prev []byte
		collision := false
		for j := range sk {
			w.touchNext(b, j, len(sk), touchValue, func(a int) int32 { return sk[a].i })
			k := &sk[j]
			r := &recs[k.i]
			d := b.domain(r)
			if j > 0 && k.part == sk[j-1].part && k.dh == sk[j-1].dh {
				if !exact && !bytes.Equal(d, prev) {
					collision = true
					break
				}
				if k.arr == sk[j-1].arr && k.pos == sk[j-1].pos {
					continue // the same attempt again
				}
			}
			prev = d
			w.key = domainSuffixHashed(append(w.key[:0], prefix...), r.pos.Partition, k.dh, d)
			w.key = appendPos(w.key, r.arrival, r.pos)
			if err := tw.Set(w.key, b.value(r)); err != nil {
				return err
			}
		}
		if !collision {
			break
		}
		// The table so far is dropped.
		tw.Close()
		path := w.paths[len(w.paths)-1]
		w.paths = w.paths[:len(w.paths)-1]
		os.Remove(path)
		if tw, err = w.create(name); err != nil {
			return err
		}
		exact = true
	}
	// The message ids' posting lists ('m' < 'r'), by bucket.
	keys := w.keys[:0]
	for _, i := range idx {
		if recs[i].has&hasMsg != 0 {
			keys = append(keys, rkey{i: i})
		}
	}
	seg.mbits = postingBits(len(keys))
	for j := range keys {
		keys[j].major = uint64(bucketOf(recs[keys[j].i].msg, seg.mbits))
	}
	err = w.writePostings(tw, prefix, kindMessage, true, b, w.sorted(keys), func(i int32, e *posting) {
		r := &recs[i]
		*e = posting{hash: r.msg, domain: b.domain(r), arrival: r.arrival, src: r.pos.Source, off: r.pos.Offset}
	})
	if err != nil {
		return err
	}
	// The recipients' posting lists, by partition and bucket.
	keys = keys[:0]
	for _, i := range idx {
		if recs[i].has&hasRcpt != 0 {
			keys = append(keys, rkey{uint64(uint32(recs[i].pos.Partition)) << 32, i})
		}
	}
	seg.rbits = postingBits(w.maxPerPartition(keys))
	for j := range keys {
		keys[j].major |= uint64(bucketOf(recs[keys[j].i].rcpt, seg.rbits))
	}
	err = w.writePostings(tw, prefix, kindRecipient, false, b, w.sorted(keys), func(i int32, e *posting) {
		r := &recs[i]
		*e = posting{hash: r.rcpt, arrival: r.arrival, src: r.pos.Source, off: r.pos.Offset}
	})
	w.keys = keys[:0]
	if err != nil {
		return err
	}
	return tw.Close()
}

// writeCatalog writes the catalog table of flush b, whose record is cat
// (segments and checkpoints): the record, the filter of the flush's
// event ids and their posting lists. It sets the event ids' range and
// bucket bits in cat and returns the filter (nil when no attempt has an
// id).
func (w *tableWriter) writeCatalog(b *buffer, cat *catalog) (idFilter, error) {
	keys := w.keys[:0]
	for i := range b.recs {
		r := &b.recs[i]
		if r.has&hasID == 0 {
			continue
		}
		if cat.idMin > cat.idMax {
			cat.idMin, cat.idMax = r.arrival, r.arrival
		}
		cat.idMin, cat.idMax = min(cat.idMin, r.arrival), max(cat.idMax, r.arrival)
		keys = append(keys, rkey{uint64(uint32(r.pos.Partition)) << 32, int32(i)})
	}
	var filter idFilter
	if len(keys) > 0 {
		filter = newIDFilter(len(keys))
		for _, k := range keys {
			filter.add(b.recs[k.i].id)
		}
	}
	cat.idBits = postingBits(w.maxPerPartition(keys))
	for j := range keys {
		keys[j].major |= uint64(bucketOf(b.recs[keys[j].i].id, cat.idBits))
	}
	tw, err := w.create(strconv.FormatUint(b.flush, 10) + ".sst")
	if err != nil {
		return nil, err
	}
	prefix := binary.BigEndian.AppendUint64([]byte{prefixCatalog}, b.flush)
	err = tw.Set(append(slices.Clip(prefix), catalogInfo), appendCatalog(nil, cat))
	if err == nil && filter != nil {
		err = tw.Set(append(slices.Clip(prefix), catalogFilter), filter.bytes())
	}
	if err == nil {
		err = w.writePostings(tw, prefix, catalogID, false, b, w.latestIDs(b, w.sorted(keys)), func(i int32, e *posting) {
			r := &b.recs[i]
			*e = posting{hash: r.id, arrival: r.arrival, src: r.pos.Source, off: r.pos.Offset}
		})
	}
	w.keys = keys[:0]
	if err != nil {
		tw.Close()
		return nil, err
	}
	return filter, tw.Close()
}

// idEntry is an event id hash of a bucket being checked for copies, and
// the buffered attempt it is of.
type idEntry struct {
	h uint64
	i int32
}

// latestIDs drops from keys (the event ids' keys, sorted by bucket, each
// bucket in append order) every attempt whose event id hash a later
// attempt of the buffer has too (kept again after the horizon, or the
// same attempt appended twice): the latest is the one recorded. Copies
// share a bucket, so this checks each bucket's few hashes against each
// other (w.seen, a set of a bucket's size) rather than looking every id
// up in a table of the buffer's size; the kept entries of a bucket stay
// in append order. (A sort of each bucket's hashes did the same at
// several times the cost.)
func (w *tableWriter) latestIDs(b *buffer, keys []rkey) []rkey {
	kept := keys[:0]
	for lo := 0; lo < len(keys); {
		major := keys[lo].major
		hi := lo + 1
		for hi < len(keys) && keys[hi].major == major {
			hi++
		}
		run := w.ids[:0]
		for _, k := range keys[lo:hi] {
			run = append(run, idEntry{b.recs[k.i].id, k.i})
		}
		w.ids = run
		// Latest first: an id the set holds has a later attempt.
		w.seen.reset(len(run))
		start := len(kept)
		for j := len(run) - 1; j >= 0; j-- {
			if w.seen.add(run[j].h) {
				kept = append(kept, rkey{major, run[j].i})
			}
		}
		slices.Reverse(kept[start:])
		lo = hi
	}
	return kept
}

// hashSet is a set of 64-bit hashes for a few dozen at a time: open
// addressing with linear probing, emptied in constant time (reset) by
// stamping the slots of each use.
type hashSet struct {
	slots []hashSlot
	stamp uint32
}

type hashSlot struct {
	h     uint64
	stamp uint32
}

// reset empties s for up to n hashes.
func (s *hashSet) reset(n int) {
	if size := 4 * n; len(s.slots) < size || s.stamp == ^uint32(0) {
		s.slots = make([]hashSlot, max(64, 1<<bits.Len(uint(size-1))))
		s.stamp = 0
	}
	s.stamp++
}

// add adds h and reports whether it was not in s.
func (s *hashSet) add(h uint64) bool {
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &s.slots[i]
		if sl.stamp != s.stamp {
			sl.h, sl.stamp = h, s.stamp
			return true
		}
		if sl.h == h {
			return false
		}
	}
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
	}()
	cat := b.cat
	cat.flush, cat.segments = b.flush, nil
	cat.idMin, cat.idMax = 1, 0
	// The attempts by hour, in the order they were appended. They
	// arrive in hour order nearly always (a flush most often holds one
	// hour), and then the order is the buffer's and is not sorted.
	order := slices.Grow(w.order[:0], len(b.recs))
	inOrder := true
	for i := range b.recs {
		order = append(order, int32(i))
		inOrder = inOrder && (i == 0 || b.recs[i-1].hour <= b.recs[i].hour)
	}
	w.order = order
	if !inOrder {
		slices.SortStableFunc(order, func(x, y int32) int { return cmp.Compare(b.recs[x].hour, b.recs[y].hour) })
	}
	var prefix []byte
	for lo := 0; lo < len(order); {
		hour := b.recs[order[lo]].hour
		hi := lo
		seg := segment{hour: hour, flush: b.flush, minArr: b.recs[order[lo]].arrival, maxArr: b.recs[order[lo]].arrival}
		for ; hi < len(order) && b.recs[order[hi]].hour == hour; hi++ {
			r := &b.recs[order[hi]]
			seg.count++
			seg.minArr, seg.maxArr = min(seg.minArr, r.arrival), max(seg.maxArr, r.arrival)
		}
		prefix = segmentPrefix(prefix[:0], hour, b.flush)
		if err := w.writeSegment(fmt.Sprintf("%d-%d.sst", b.flush, hour), prefix, b, order[lo:hi], &seg); err != nil {
			return nil, nil, fmt.Errorf("write segment of hour %d: %w", hour, err)
		}
		cat.segments = append(cat.segments, seg)
		lo = hi
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
	}
	filter, err := w.writeCatalog(b, &cat)
	if err != nil {
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
