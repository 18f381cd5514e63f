package state

import (
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/cespare/xxhash/v2"
)

// Producers deliver at least once: a transport server retries a produce
// whose answer it lost, and an operator replays a log. A domain's event
// ids counted within the dedupe horizon are therefore kept, so that a
// second copy of an event is recognised and not counted again.
//
// The ids are kept in the local store only, never in the changelog: they
// are recovered from the input topics, which are their changelog (Kafka
// Streams' source-topic changelog; see processor/seenreplay.go). A
// domain's latest ids ride at the end of its local state value
// (AppendStateRecord): up to SeenInlineMax 64-bit xxhashes of ids, each
// with the hour (of the record's arrival) it was counted, behind the part
// of the value that is the changelog record; writing them costs no
// changelog record or byte, and reading them no second Pebble get. A busy
// domain's older ids spill into local chunks, keyed 'E' domain 0x00 seq,
// where seq is the window sequence number of the chunk's first attempt
// (unique per domain; chunks a recovery writes take seqs from 2⁶³ up,
// see NextRecoveredSeq), holding the hashes and the hour of the newest;
// the state value counts its chunks, so that a domain without any is
// never searched for them. A chunk is deleted once it is older than the
// horizon, when the domain is next touched; an inline id is simply left
// out of the next state value.
//
// Releases before this one wrote the inline ids into the changelog record
// (state format 4) and the chunks to the changelog under 'e' domain 0x00
// seq. Those are still read, from the store and from the changelog, and
// such a chunk is deleted with a changelog tombstone when it expires
// (SeenChunk.Local false), so that they leave the changelog within one
// horizon of an upgrade.
//
// What is stored is read into a SeenIDs set per domain. The processor
// keeps the sets' ids in SeenTables per partition and shard, outside
// the Go heap (see seentable.go and SeenIDs.Attach); the sets then hold
// only the inline ids and their chunks' numbers, hours and counts.
//
// The chance that two of a domain's ids within one horizon share a hash
// is about n²/2⁶⁵: one in 300,000 for a domain with ten million events a
// day. In a table, a domain's id shares a key with any of the table's n
// other ids with a chance of about n/2⁶⁴ (SeenKey mixes in the domain).

// seenVersion is the first byte of a seen-ids chunk.
const seenVersion = 1

// IDHash returns the hash under which an event id is remembered.
func IDHash(id string) uint64 { return xxhash.Sum64String(id) }

// SeenChunk is one stored chunk of a domain's seen ids. A set keeps one
// per chunk for as long as the domain is cached (a busy domain has
// hundreds within a horizon), so it is kept to 24 bytes.
type SeenChunk struct {
	// Seq is the window sequence number of the chunk's first attempt.
	Seq uint64
	// Hour is when its records arrived, in hours since the Unix epoch.
	Hour uint32
	// Count is how many ids it holds (a chunk's value holds 8 bytes an
	// id, so far fewer than 2³² fit a record).
	Count uint32
	// Local says the chunk is in the local store only (key
	// AppendLocalSeenKey); false for a chunk of an older release, which
	// the changelog holds too (AppendSeenKey) and whose deletion is a
	// changelog tombstone.
	Local bool
}

// SeenInlineMax is how many ids a domain's state value carries itself;
// when more are remembered, they spill into a local chunk (see Spill).
// The inline ids are rewritten with the value on every touch of the
// domain, and a spilled id is written once: 8 keeps a cold domain's ids
// (a few a day) in its value, while a busy domain's value stays small
// and it writes one more Pebble key per 8 attempts.
const SeenInlineMax = 8

// SeenID is an id kept inline in a domain's state record: its hash and
// the hour (since the Unix epoch) it was counted.
type SeenID struct {
	Hash uint64
	Hour uint32
}

// SeenIDs is a domain's set of event ids counted within the horizon, as
// the processor holds it next to the domain's window.
//
// A set on its own holds each id once, as its 64-bit hash: in the inline
// part, in the spilled chunks (one slice for all of them, in chunk
// order), or pending (added in the transaction in progress). A set of up
// to seenIndexMin ids is searched by scanning those slices, which costs 8
// bytes per id and no allocation per id; a set with more also gets a hash
// index. A set attached to a SeenTable (Attach; the processor's sets are)
// keeps its ids there instead, and only what its records need itself:
// the inline ids and the chunks' sequence numbers, hours and counts.
type SeenIDs struct {
	// pending are ids Added since the last Remember or Spill.
	pending []uint64
	// inline are the ids the state record carries, oldest first.
	inline []SeenID
	// chunks are the spilled chunks, oldest first; spilled holds their
	// hashes, chunk after chunk (chunk i's are the Count after those of
	// chunks 0..i-1).
	chunks  []SeenChunk
	spilled []uint64
	// index holds every id of the set once it has more than seenIndexMin.
	index *idTable
	// missed is the last hash Contains did not find, so that the Add that
	// follows it does not search again.
	missed    uint64
	hasMissed bool
	// declared is the chunk count a decoded state record gave (see
	// DecodeState), for the reader that loads the chunks.
	declared int
	// tab holds the ids of an attached set, under SeenKey(dom, id);
	// spilled is then only scratch for Spill. minHour is the oldest hour
	// an id counts from (see Expire); hour the latest hour the set knows,
	// which Add gives an id.
	tab           *SeenTable
	dom           uint64
	minHour, hour uint32
	// warm is the table's Demote count when every id of the set was
	// last known to be in the table's slots (Attach, Store.WarmSeen):
	// while it is the table's, the cold part need not be searched.
	// inlineWarm is the count when its inline ids were (see Spill).
	warm, inlineWarm uint32
	// low is an hour no inline id or chunk is older than (0: not
	// known), so that Expire, which the processor calls on every touch
	// of a domain, need not read a busy domain's hundreds of chunks to
	// see that none has expired. Whatever adds an id or a chunk lowers
	// it (a set decoded or built with low 0 has it computed by
	// holdsBefore).
	low uint32
	// room is where inline starts (see inlineRoom): the set and its
	// inline ids in one allocation, not two, for every domain the
	// processor reads from the store.
	room [SeenInlineMax + 1]SeenID
}

// inlineRoom makes room for n more inline ids: in s.room while they fit
// there (a busy domain's inline part fills to SeenInlineMax+1 and is
// spilled, again and again), else on the heap.
func (s *SeenIDs) inlineRoom(n int) {
	switch {
	case len(s.inline)+n <= cap(s.inline):
	case s.inline == nil && n <= len(s.room):
		s.inline = s.room[:0]
	default:
		s.inline = slices.Grow(s.inline, n)
	}
}

// Attach moves the set's ids into tab as those of the domain of hash
// domain (see SeenKey), each with its hour (a chunk's id with the
// chunk's), and drops the set's own copies: from then on the set is
// searched in tab, and its Adds and Counts go there. A set attached
// already is left as it is. Ids tab holds for the domain already stay
// (with the later of the two hours): the caller keeps in tab only ids
// that were counted.
func (s *SeenIDs) Attach(tab *SeenTable, domain uint64) {
	if s.tab != nil {
		return
	}
	from := 0
	for _, c := range s.chunks {
		for _, h := range s.spilled[from : from+int(c.Count)] {
			tab.Put(SeenKey(domain, h), c.Hour)
		}
		from += int(c.Count)
		s.hour = max(s.hour, c.Hour)
	}
	for _, id := range s.inline {
		tab.Put(SeenKey(domain, id.Hash), id.Hour)
		s.hour = max(s.hour, id.Hour)
	}
	for _, h := range s.pending {
		tab.Put(SeenKey(domain, h), s.hour)
	}
	s.tab, s.dom, s.warm, s.inlineWarm = tab, domain, tab.demotes, tab.demotes
	s.spilled, s.index, s.pending = nil, nil, nil
	s.hasMissed = false
}

// Attached reports whether the set keeps its ids in a SeenTable.
func (s *SeenIDs) Attached() bool { return s.tab != nil }

// Table returns the table an attached set keeps its ids in, nil for a
// set on its own.
func (s *SeenIDs) Table() *SeenTable { return s.tab }

// SeenAnswer is what SeenIDs.Check answers about an event id.
type SeenAnswer uint8

const (
	// SeenNew: the id was not counted within the horizon; Check counted
	// it.
	SeenNew SeenAnswer = iota
	// SeenDuplicate: the id was counted within the horizon.
	SeenDuplicate
	// SeenUnsure: the cold part of the set's table may hold the id (see
	// SeenTable.Demote); nothing was counted. The caller reads the
	// domain's ids back into the table (Store.WarmSeen) and asks again,
	// which then answers for certain.
	SeenUnsure
)

// Check counts the id of hash h at hour unless it was counted already
// (Contains), and says which it was. It is Contains and Add in one,
// which for an attached set is one search of the table's slots, and of
// its cold part when the table demoted ids since the set's were all in
// the slots. Remember must follow for the ids of a transaction to be
// stored.
func (s *SeenIDs) Check(h uint64, hour uint32) SeenAnswer {
	if s.tab == nil {
		if s.Contains(h) {
			return SeenDuplicate
		}
		s.Add(h)
		return SeenNew
	}
	a := s.tab.check(SeenKey(s.dom, h), hour, s.minHour, s.warm != s.tab.demotes)
	if a == SeenNew {
		s.hour = max(s.hour, hour)
	}
	return a
}

// Count is Check answering whether it counted the id: false for a
// duplicate, and for SeenUnsure, which only a set attached to a table
// that demoted ids answers. Such a set's callers use Check: Count (and
// Recover, which calls it) would take an id the cold part may hold for
// one held.
func (s *SeenIDs) Count(h uint64, hour uint32) bool { return s.Check(h, hour) == SeenNew }

// Touch brings into the caches the slot of the table of an attached set
// where Check of the id of hash h looks first (and the cold part's
// directory word, when Check would search it), for a caller that reads
// ahead of its Checks (so that their misses overlap, or are not waited
// for at all: see package prefetch). It returns what it read, which the
// caller keeps so that the reads are kept. A set on its own has nothing
// to touch.
func (s *SeenIDs) Touch(h uint64) uint32 {
	if s.tab == nil {
		return 0
	}
	k := SeenKey(s.dom, h)
	if s.warm != s.tab.demotes {
		return s.tab.touch(k) + s.tab.cold.touch(k)
	}
	return s.tab.touch(k)
}

// warmChunk puts the ids of a stored chunk of hour back into an attached
// set's table (Store.WarmSeen).
func (s *SeenIDs) warmChunk(hour uint32, hashes []uint64) {
	for _, h := range hashes {
		s.tab.Put(SeenKey(s.dom, h), hour)
	}
}

// warmed puts the inline ids into the table and notes that all the
// set's ids are in its slots (Store.WarmSeen has put the chunks').
func (s *SeenIDs) warmed() {
	for _, id := range s.inline {
		s.tab.Put(SeenKey(s.dom, id.Hash), id.Hour)
	}
	s.warm, s.inlineWarm = s.tab.demotes, s.tab.demotes
}

// Forget removes the ids of hashes, which Count added in a transaction
// that did not commit, from an attached set's table; the caller drops
// the set itself and reads the domain's again from the store. A set on
// its own is dropped as it is, so Forget does nothing to it.
func (s *SeenIDs) Forget(hashes []uint64) {
	if s.tab == nil {
		return
	}
	for _, h := range hashes {
		s.tab.Delete(SeenKey(s.dom, h))
	}
}

// DeclaredChunks returns how many chunk records the state record this set
// was decoded from said the domain has; the reader loads them.
func (s *SeenIDs) DeclaredChunks() int { return s.declared }

// seenIndexMin is how many ids a set holds before it is indexed by an
// idTable: a miss (every new event id is one) scans them all, and
// scanning 32 costs about as much as one lookup in the table
// (BenchmarkSeenIDsContains).
const seenIndexMin = 32

// Contains reports whether the id of hash h was counted. For an attached
// set only the table's slots are searched (see Check).
func (s *SeenIDs) Contains(h uint64) bool {
	if s.tab != nil {
		return s.tab.Contains(SeenKey(s.dom, h), s.minHour)
	}
	var ok bool
	if s.index != nil {
		ok = s.index.contains(h)
	} else {
		ok = slices.Contains(s.pending, h) || s.inlineContains(h) || slices.Contains(s.spilled, h)
	}
	s.missed, s.hasMissed = h, !ok
	return ok
}

func (s *SeenIDs) inlineContains(h uint64) bool {
	for _, id := range s.inline {
		if id.Hash == h {
			return true
		}
	}
	return false
}

// Add remembers h; Remember (or AddChunk) must follow for the ids of a
// transaction to be stored. An id already held is not added again.
func (s *SeenIDs) Add(h uint64) {
	if s.tab != nil {
		if s.tab.Count(SeenKey(s.dom, h), s.hour, s.minHour) {
			s.pending = append(s.pending, h)
		}
		return
	}
	if !(s.hasMissed && s.missed == h) && s.Contains(h) {
		return
	}
	s.hasMissed = false
	s.pending = append(s.pending, h)
	if s.index != nil {
		s.index.insert(h)
	} else if s.Len() > seenIndexMin {
		s.reindex()
	}
}

// reindex builds the hash index of a set above seenIndexMin ids, and drops
// it below half that (the hysteresis keeps a set near the limit from
// building an index on every touch).
func (s *SeenIDs) reindex() {
	n := s.Len()
	if n <= seenIndexMin/2 {
		s.index = nil
		return
	}
	if n <= seenIndexMin && s.index == nil {
		return
	}
	s.index = newIDTable(n)
	for _, h := range s.pending {
		s.index.insert(h)
	}
	for _, id := range s.inline {
		s.index.insert(id.Hash)
	}
	for _, h := range s.spilled {
		s.index.insert(h)
	}
}

// Len returns how many ids are held (an id counted again after it expired
// can be held twice).
func (s *SeenIDs) Len() int {
	if s.tab == nil {
		return len(s.pending) + len(s.inline) + len(s.spilled)
	}
	n := len(s.pending) + len(s.inline)
	for _, c := range s.chunks {
		n += int(c.Count)
	}
	return n
}

// AddChunk records that a chunk of hashes of an older release (in the
// changelog too) was written at seq and hour. The hashes are copied.
func (s *SeenIDs) AddChunk(seq uint64, hour uint32, hashes []uint64) {
	s.addChunk(SeenChunk{Seq: seq, Hour: hour, Count: uint32(len(hashes))}, hashes)
}

// AddLocalChunk records that a local chunk of hashes (see Spill) was
// written at seq and hour. The hashes are copied.
func (s *SeenIDs) AddLocalChunk(seq uint64, hour uint32, hashes []uint64) {
	s.addChunk(SeenChunk{Seq: seq, Hour: hour, Count: uint32(len(hashes)), Local: true}, hashes)
}

func (s *SeenIDs) addChunk(c SeenChunk, hashes []uint64) {
	s.chunks = appendChunk(s.chunks, c)
	s.low = min(s.low, c.Hour)
	if s.tab != nil {
		for _, h := range hashes {
			s.tab.Put(SeenKey(s.dom, h), c.Hour)
		}
		s.hour = max(s.hour, c.Hour)
		return
	}
	s.spilled = append(s.spilled, hashes...)
	s.hasMissed = false
	if s.index != nil {
		for _, h := range hashes {
			s.index.insert(h)
		}
	} else if s.Len() > seenIndexMin {
		s.reindex()
	}
}

// Remember adds the ids a transaction counted at hour to the inline part
// (Add must have been called for each). It reports whether the inline part
// now holds more than SeenInlineMax ids, in which case the caller Spills
// them into a chunk record.
//
// An attached set whose inline ids then outgrow its own room lists them
// in its table's scratch (the answer is true, and the Spill that must
// follow empties them): a slice of the set's own would be kept for as
// long as the domain is cached, about a heap allocation per busy domain
// that the garbage collector goes through again and again.
func (s *SeenIDs) Remember(hour uint32, hashes []uint64) bool {
	if s.tab != nil && len(s.inline)+len(hashes) > len(s.room) {
		s.inline = append(s.tab.inline[:0], s.inline...)
	} else {
		s.inlineRoom(len(hashes))
	}
	s.low = min(s.low, hour)
	for _, h := range hashes {
		s.inline = append(s.inline, SeenID{Hash: h, Hour: hour})
	}
	if s.tab != nil && len(s.inline) > len(s.room) {
		s.tab.inline = s.inline[:0]
	}
	s.hour = max(s.hour, hour)
	// Every pending id is among hashes: it is held inline now.
	s.pending = s.pending[:0]
	return len(s.inline) > SeenInlineMax
}

// Spill moves the inline ids into a local chunk at seq and returns the
// chunk's hour (its newest id's: a chunk expires with its last id) and
// hashes, for the caller to write under AppendLocalSeenKey(domain, seq).
// The returned slice is the set's (an attached set's table's), valid
// until its next change (until the next Spill of a set of the table).
func (s *SeenIDs) Spill(seq uint64) (hour uint32, hashes []uint64) {
	for _, id := range s.inline {
		hour = max(hour, id.Hour)
	}
	s.chunks = appendChunk(s.chunks, SeenChunk{Seq: seq, Hour: hour, Count: uint32(len(s.inline)), Local: true})
	if s.tab != nil {
		// The table holds the ids: they are listed for the caller in
		// the table's scratch, which its one owner reuses for every
		// set (a slice per set would be kept for as long as the
		// domain is cached). A chunk's ids are remembered until its
		// newest expires: in the table too, so that it answers as the
		// set read again from the store would.
		//
		// An id of the chunk's own hour is in the table's slots with
		// that hour or a later one already, unless a Sweep freed it (ids
		// are put with the hour they are counted at, and their hours
		// only rise) or a Demote moved it to the cold part: only the
		// older ones are looked up otherwise, which spares a busy domain
		// a probe of the table, mostly a cache miss, per id it spills.
		// After a Demote they all go back into the slots, once: the
		// chunk may reach the store after a duplicate of one of them
		// does, and Store.WarmSeen, which would then read neither the
		// chunk nor the inline id, must not be the only way to find it
		// (review). The inline ids that follow are counted into the
		// slots.
		hashes = s.tab.scratch[:0]
		demoted := s.inlineWarm != s.tab.demotes
		s.inlineWarm = s.tab.demotes
		for _, id := range s.inline {
			hashes = append(hashes, id.Hash)
			if id.Hour < hour || id.Hour < s.tab.swept || demoted {
				s.tab.Put(SeenKey(s.dom, id.Hash), hour)
			}
		}
		s.tab.scratch = hashes
		// Back to the set's own room: the ids may have been in the
		// table's scratch (Remember) or, decoded, in a slice of their
		// own, which need not be kept.
		s.inline = s.room[:0]
		return hour, hashes
	}
	from := len(s.spilled)
	s.spilled = growQuarter(s.spilled, len(s.inline))
	for _, id := range s.inline {
		s.spilled = append(s.spilled, id.Hash)
	}
	s.inline = s.inline[:0]
	return hour, s.spilled[from:]
}

// Recover adds an id that a replay of the input topics found counted at
// hour (see processor/seenreplay.go) to the inline part, unless it is
// held already, and reports whether it was added. The inline part may
// then hold more than SeenInlineMax ids: the recovery spills it with
// NextRecoveredSeq when it grows large, and the processor's next
// Remember spills the rest.
func (s *SeenIDs) Recover(h uint64, hour uint32) bool {
	if s.tab != nil {
		if !s.Count(h, hour) {
			return false
		}
		s.inline = append(s.inline, SeenID{Hash: h, Hour: hour})
		s.low = min(s.low, hour)
		return true
	}
	if s.Contains(h) {
		return false
	}
	s.Add(h)
	// Add put h in pending: it is held inline instead.
	s.pending = s.pending[:len(s.pending)-1]
	s.inline = append(s.inline, SeenID{Hash: h, Hour: hour})
	s.low = min(s.low, hour)
	return true
}

// recoveredSeqBase is the first seq of the chunks a recovery writes: the
// processor's own chunks take window sequence numbers, far below it.
const recoveredSeqBase = 1 << 63

// NextRecoveredSeq returns a seq for a chunk a recovery spills that no
// chunk of the set has: one past the largest recovered seq held, so that
// two recoveries in a row (a crash during the first) never overwrite
// each other's chunks.
func (s *SeenIDs) NextRecoveredSeq() uint64 {
	next := uint64(recoveredSeqBase)
	for _, c := range s.chunks {
		if c.Seq >= next {
			next = c.Seq + 1
		}
	}
	return next
}

// Inline returns the ids the state record carries, oldest first; the
// slice is the set's.
func (s *SeenIDs) Inline() []SeenID { return s.inline }

// ChunkCount returns how many chunk records hold the set's spilled ids.
func (s *SeenIDs) ChunkCount() int { return len(s.chunks) }

// Expire forgets the inline ids counted and the chunks written before hour
// minHour, and appends the chunks to dst, for the caller to delete their
// keys (and, for a chunk that is not Local, produce its tombstone).
//
// An attached set's ids in the table are not removed (the table's Sweep
// frees them), but from then on the set counts only those of minHour or
// later.
func (s *SeenIDs) Expire(minHour uint32, dst []SeenChunk) []SeenChunk {
	s.minHour = max(s.minHour, minHour)
	// The processor asks on every touch of a domain, and mostly nothing
	// has expired: look before moving anything.
	if !s.holdsBefore(minHour) {
		return dst
	}
	if s.tab != nil {
		s.expireInline(minHour)
		n := 0
		for _, c := range s.chunks {
			if c.Hour >= minHour {
				s.chunks[n] = c
				n++
			} else {
				dst = append(dst, c)
			}
		}
		s.chunks = s.chunks[:n]
		return dst
	}
	before := s.Len()
	s.expireInline(minHour)
	n, from, to := 0, 0, 0
	for _, c := range s.chunks {
		if c.Hour >= minHour {
			s.chunks[n] = c
			n++
			to += copy(s.spilled[to:], s.spilled[from:from+int(c.Count)])
		} else {
			dst = append(dst, c)
		}
		from += int(c.Count)
	}
	s.chunks, s.spilled = s.chunks[:n], s.spilled[:to]
	if s.Len() != before {
		s.hasMissed = false
		s.index = nil
		s.reindex()
	}
	return dst
}

// holdsBefore reports whether an inline id or a chunk is of an hour
// before minHour. It reads them only when s.low does not tell, and then
// notes their oldest hour in s.low.
func (s *SeenIDs) holdsBefore(minHour uint32) bool {
	if minHour <= s.low {
		return false
	}
	oldest := ^uint32(0)
	for _, id := range s.inline {
		oldest = min(oldest, id.Hour)
	}
	for _, c := range s.chunks {
		oldest = min(oldest, c.Hour)
	}
	s.low = oldest
	return oldest < minHour
}

// AppendSeenKey appends the key of a domain's seen-ids chunk seq of an
// older release, which the changelog holds too, to dst.
func AppendSeenKey(dst []byte, domain string, seq uint64) []byte {
	return appendChunkKey(dst, prefixSeen, domain, seq)
}

// AppendLocalSeenKey appends the key of a domain's local seen-ids chunk
// seq (see Spill), which only the local store holds, to dst.
func AppendLocalSeenKey(dst []byte, domain string, seq uint64) []byte {
	return appendChunkKey(dst, prefixLocalSeen, domain, seq)
}

// AppendChunkKey appends the key of chunk c of domain to dst: a local
// one's or an older release's.
func AppendChunkKey(dst []byte, domain string, c SeenChunk) []byte {
	if c.Local {
		return AppendLocalSeenKey(dst, domain, c.Seq)
	}
	return AppendSeenKey(dst, domain, c.Seq)
}

func appendChunkKey(dst []byte, prefix byte, domain string, seq uint64) []byte {
	dst = append(dst, prefix)
	dst = append(dst, domain...)
	dst = append(dst, 0)
	return binary.BigEndian.AppendUint64(dst, seq)
}

func seenPrefix(prefix byte, domain string) []byte {
	return append(append([]byte{prefix}, domain...), 0)
}

// AppendSeenChunk appends the encoding of a chunk written at hour holding
// hashes to dst.
func AppendSeenChunk(dst []byte, hour uint32, hashes []uint64) []byte {
	dst = append(dst, seenVersion)
	dst = binary.BigEndian.AppendUint32(dst, hour)
	for _, h := range hashes {
		dst = binary.BigEndian.AppendUint64(dst, h)
	}
	return dst
}

// DecodeSeenChunk decodes a chunk's hour and hashes, appending the hashes
// to dst. It fails, wrapping ErrCorrupt, on a value of another version or
// length.
func DecodeSeenChunk(v []byte, dst []uint64) (hour uint32, hashes []uint64, err error) {
	if len(v) < 5 || v[0] != seenVersion || (len(v)-5)%8 != 0 {
		return 0, dst, fmt.Errorf("%w: seen-ids chunk of %d bytes", ErrCorrupt, len(v))
	}
	hour = binary.BigEndian.Uint32(v[1:5])
	for b := v[5:]; len(b) > 0; b = b[8:] {
		dst = append(dst, binary.BigEndian.Uint64(b))
	}
	return hour, dst, nil
}

// parseSeenSeq returns the seq of a seen-ids key of domain.
func parseSeenSeq(key []byte, domain string) (uint64, error) {
	if len(key) != 1+len(domain)+1+8 {
		return 0, fmt.Errorf("%w: seen-ids key of %d bytes for %s", ErrCorrupt, len(key), domain)
	}
	return binary.BigEndian.Uint64(key[len(key)-8:]), nil
}

// growQuarter returns b with room for n more elements, growing it by a
// quarter at least rather than append's doubling: a busy domain's set is
// most of the memory the duplicate check holds, and doubling leaves up to
// half of it unused.
func growQuarter(b []uint64, n int) []uint64 {
	if cap(b)-len(b) >= n {
		return b
	}
	out := make([]uint64, len(b), len(b)+max(n, len(b)/4, 8))
	copy(out, b)
	return out
}

// appendChunk appends c to chunks, growing the list by a quarter rather
// than append's doubling: a busy domain's list (hundreds of chunks in a
// horizon) stays in memory for as long as the domain is cached.
func appendChunk(chunks []SeenChunk, c SeenChunk) []SeenChunk {
	if len(chunks) == cap(chunks) {
		chunks = slices.Grow(chunks, max(len(chunks)/4, 4))
	}
	return append(chunks, c)
}

// expireInline drops the inline ids counted before minHour, in place.
func (s *SeenIDs) expireInline(minHour uint32) {
	kept := s.inline[:0]
	for _, id := range s.inline {
		if id.Hour >= minHour {
			kept = append(kept, id)
		}
	}
	clear(s.inline[len(kept):])
	s.inline = kept
}
