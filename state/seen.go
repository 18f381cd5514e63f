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
type SeenIDs struct {
	// ids holds every id once there are more than seenFewMax, few until
	// then.
	ids    map[uint64]struct{}
	few    []uint64
	chunks []SeenChunk
	// hashes of every chunk, in chunk order, for expiry.
	hashes [][]uint64
	// inline are the ids the state record carries, oldest first.
	inline []SeenID
	// declared is the chunk count a decoded state record gave (see
	// DecodeState), for the reader that loads the chunks.
	declared int
}

// DeclaredChunks returns how many chunk records the state record this set
// was decoded from said the domain has; the reader loads them.
func (s *SeenIDs) DeclaredChunks() int { return s.declared }

// seenFewMax is how many ids a set holds in a slice before it switches to
// a map: most domains have a few ids, and a map costs a few hundred bytes
// and an allocation per domain held in memory.
const seenFewMax = 16

// Contains reports whether the id of hash h was counted.
func (s *SeenIDs) Contains(h uint64) bool {
	if s.ids == nil {
		return slices.Contains(s.few, h)
	}
	_, ok := s.ids[h]
	return ok
}

// Add remembers h; Remember (or AddChunk) must follow for the ids of a
// transaction to be stored.
func (s *SeenIDs) Add(h uint64) {
	if s.ids == nil {
		if slices.Contains(s.few, h) {
			return
		}
		if len(s.few) < seenFewMax {
			s.few = append(s.few, h)
			return
		}
		s.ids = make(map[uint64]struct{}, 4*seenFewMax)
		for _, x := range s.few {
			s.ids[x] = struct{}{}
		}
		s.few = nil
	}
	s.ids[h] = struct{}{}
}

// forget removes h.
func (s *SeenIDs) forget(h uint64) {
	if s.ids != nil {
		delete(s.ids, h)
		return
	}
	if i := slices.Index(s.few, h); i >= 0 {
		s.few[i] = s.few[len(s.few)-1]
		s.few = s.few[:len(s.few)-1]
	}
}

// Len returns how many ids are remembered.
func (s *SeenIDs) Len() int {
	if s.ids == nil {
		return len(s.few)
	}
	return len(s.ids)
}

// AddChunk records that a chunk of hashes was written at seq and hour.
func (s *SeenIDs) AddChunk(seq uint64, hour uint32, hashes []uint64) {
	s.chunks = append(s.chunks, SeenChunk{Seq: seq, Hour: hour, Count: len(hashes)})
	s.hashes = append(s.hashes, hashes)
}

// Remember adds the ids a transaction counted at hour to the inline part
// (Add must have been called for each). It reports whether the inline part
// now holds more than SeenInlineMax ids, in which case the caller Spills
// them into a chunk record.
func (s *SeenIDs) Remember(hour uint32, hashes []uint64) bool {
	for _, h := range hashes {
		s.inline = append(s.inline, SeenID{Hash: h, Hour: hour})
	}
	return len(s.inline) > SeenInlineMax
}

// Spill moves the inline ids into a chunk at seq and returns the chunk's
// hour (its newest id's: a chunk expires with its last id) and hashes, for
// the caller to write under AppendSeenKey(domain, seq). The returned
// slice is the caller's.
func (s *SeenIDs) Spill(seq uint64) (hour uint32, hashes []uint64) {
	hashes = make([]uint64, len(s.inline))
	for i, id := range s.inline {
		hashes[i] = id.Hash
		hour = max(hour, id.Hour)
	}
	s.inline = s.inline[:0]
	s.AddChunk(seq, hour, hashes)
	return hour, hashes
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
	kept := s.inline[:0]
	for _, id := range s.inline {
		if id.Hour >= minHour {
			kept = append(kept, id)
			continue
		}
		s.forget(id.Hash)
	}
	s.inline = kept
	n := 0
	for i, c := range s.chunks {
		if c.Hour >= minHour {
			s.chunks[n], s.hashes[n] = c, s.hashes[i]
			n++
			continue
		}
		dst = append(dst, c.Seq)
		for _, h := range s.hashes[i] {
			s.forget(h)
		}
	}
	clear(s.chunks[n:])
	clear(s.hashes[n:])
	s.chunks, s.hashes = s.chunks[:n], s.hashes[:n]
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
