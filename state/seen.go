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
// Most recipient domains see a few attempts a day, so a domain's latest
// ids travel inside its state record (AppendState): up to SeenInlineMax
// 64-bit xxhashes of ids, each with the hour (of the record's arrival) it
// was counted. Writing a domain's state then costs one changelog record,
// and reading it one Pebble get. A busy domain's older ids spill into
// chunk records, keyed 'e' domain 0x00 seq, where seq is the window
// sequence number of the chunk's first attempt (unique per domain),
// holding the hashes and the hour of the newest; the state record counts
// its chunks, so that a domain without any is never searched for them. A
// chunk is deleted (a changelog tombstone) once it is older than the
// horizon, when the domain is next touched; an inline id is simply left
// out of the next state record. The chance that two of a domain's ids
// within one horizon share a hash is about n²/2⁶⁵: one in 300,000 for a
// domain with ten million events a day.

// seenVersion is the first byte of a seen-ids chunk.
const seenVersion = 1

// IDHash returns the hash under which an event id is remembered.
func IDHash(id string) uint64 { return xxhash.Sum64String(id) }

// SeenChunk is one stored chunk of a domain's seen ids.
type SeenChunk struct {
	// Seq is the window sequence number of the chunk's first attempt.
	Seq uint64
	// Hour is when its records arrived, in hours since the Unix epoch.
	Hour uint32
	// Count is how many ids it holds.
	Count int
}

// SeenInlineMax is how many ids a domain's state record carries itself;
// when more are remembered, they spill into a chunk record (see Spill).
// The inline ids are rewritten with the record on every touch of the
// domain, and a spilled id is written once: 8 keeps a cold domain's ids
// (a few a day) in its record, while a busy domain's record stays small
// and it writes one more record per 8 attempts. (32 cost the bench at
// 10,000 domains a fifth of its CPU in changelog bytes.)
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
// Each id is held once, as its 64-bit hash: in the inline part, in the
// spilled chunks (one slice for all of them, in chunk order), or pending
// (added in the transaction in progress). A set of up to seenIndexMin ids
// is searched by scanning those slices, which costs 8 bytes per id and no
// allocation per id; a set with more also gets a hash index.
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
}

// DeclaredChunks returns how many chunk records the state record this set
// was decoded from said the domain has; the reader loads them.
func (s *SeenIDs) DeclaredChunks() int { return s.declared }

// seenIndexMin is how many ids a set holds before it is indexed by an
// idTable: a miss (every new event id is one) scans them all, and
// scanning 32 costs about as much as one lookup in the table
// (BenchmarkSeenIDsContains).
const seenIndexMin = 32

// Contains reports whether the id of hash h was counted.
func (s *SeenIDs) Contains(h uint64) bool {
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
func (s *SeenIDs) Len() int { return len(s.pending) + len(s.inline) + len(s.spilled) }

// AddChunk records that a chunk of hashes was written at seq and hour.
// The hashes are copied.
func (s *SeenIDs) AddChunk(seq uint64, hour uint32, hashes []uint64) {
	s.chunks = append(s.chunks, SeenChunk{Seq: seq, Hour: hour, Count: len(hashes)})
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
func (s *SeenIDs) Remember(hour uint32, hashes []uint64) bool {
	for _, h := range hashes {
		s.inline = append(s.inline, SeenID{Hash: h, Hour: hour})
	}
	// Every pending id is among hashes: it is held inline now.
	s.pending = s.pending[:0]
	return len(s.inline) > SeenInlineMax
}

// Spill moves the inline ids into a chunk at seq and returns the chunk's
// hour (its newest id's: a chunk expires with its last id) and hashes, for
// the caller to write under AppendSeenKey(domain, seq). The returned
// slice is the set's, valid until its next change.
func (s *SeenIDs) Spill(seq uint64) (hour uint32, hashes []uint64) {
	from := len(s.spilled)
	for _, id := range s.inline {
		s.spilled = append(s.spilled, id.Hash)
		hour = max(hour, id.Hour)
	}
	s.chunks = append(s.chunks, SeenChunk{Seq: seq, Hour: hour, Count: len(s.inline)})
	s.inline = s.inline[:0]
	return hour, s.spilled[from:]
}

// Inline returns the ids the state record carries, oldest first; the
// slice is the set's.
func (s *SeenIDs) Inline() []SeenID { return s.inline }

// ChunkCount returns how many chunk records hold the set's spilled ids.
func (s *SeenIDs) ChunkCount() int { return len(s.chunks) }

// Expire forgets the inline ids counted and the chunks written before hour
// minHour, and appends the chunks' sequence numbers to dst, for the caller
// to delete their keys.
func (s *SeenIDs) Expire(minHour uint32, dst []uint64) []uint64 {
	before := s.Len()
	kept := s.inline[:0]
	for _, id := range s.inline {
		if id.Hour >= minHour {
			kept = append(kept, id)
		}
	}
	clear(s.inline[len(kept):])
	s.inline = kept
	n, from, to := 0, 0, 0
	for _, c := range s.chunks {
		if c.Hour >= minHour {
			s.chunks[n] = c
			n++
			to += copy(s.spilled[to:], s.spilled[from:from+c.Count])
		} else {
			dst = append(dst, c.Seq)
		}
		from += c.Count
	}
	s.chunks, s.spilled = s.chunks[:n], s.spilled[:to]
	if s.Len() != before {
		s.hasMissed = false
		s.index = nil
		s.reindex()
	}
	return dst
}

// AppendSeenKey appends the key of a domain's seen-ids chunk seq to dst.
func AppendSeenKey(dst []byte, domain string, seq uint64) []byte {
	dst = append(dst, prefixSeen)
	dst = append(dst, domain...)
	dst = append(dst, 0)
	return binary.BigEndian.AppendUint64(dst, seq)
}

func seenPrefix(domain string) []byte {
	return append(append([]byte{prefixSeen}, domain...), 0)
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
