package logstore

import (
	"encoding/binary"
	"fmt"
	"math/bits"
)

// Posting lists: the recipient and message id index of a segment, and
// the event ids of a flush's catalog, are not one key per attempt but
// one key per bucket of hashes, whose value lists every attempt in the
// bucket (the hash and the attempt's position). A flush writes about
// one index key per postingTarget attempts instead of one per attempt
// and index (writing a key through Pebble's table writer costs more than
// the bytes of the entry), and a lookup reads one small value per
// segment: a Get of the bucket's key and a scan of a few dozen entries,
// where a key per attempt needed an iterator a segment.
//
// A value is postingVersion, then entries: hash(8) [domain length
// (uvarint) domain, in message lists] arrival(8) source(1) offset(8),
// integers big-endian. The entries of a bucket are in no particular
// order; a query sorts the few that match.

// postingVersion is the first byte of a posting list.
const postingVersion = 1

// postingTarget is about how many entries a flush puts in one bucket: it
// picks the bucket bits so that its largest list (of one partition, for
// recipients and ids) has at most twice as many on average.
const postingTarget = 48

// maxBucketBits bounds the bits of a bucket (a bucket is 4 bytes of key).
const maxBucketBits = 32

// bucketOf is the bucket of hash h when hashes split into 2^bits
// buckets: its leading bits.
func bucketOf(h uint64, bits uint8) uint32 {
	if bits == 0 {
		return 0
	}
	return uint32(h >> (64 - bits))
}

// postingBits returns the bits of the buckets for a list of n entries.
func postingBits(n int) uint8 {
	if n <= postingTarget {
		return 0
	}
	return uint8(min(bits.Len(uint(n/postingTarget)), maxBucketBits))
}

// posting is one entry of a posting list; domain is set in message
// lists only.
type posting struct {
	hash    uint64
	domain  []byte
	arrival int64
	src     Source
	off     int64
}

// appendPosting appends e to a posting list; withDomain for a message
// list. The list begins with postingVersion, which the caller writes.
func appendPosting(dst []byte, e *posting, withDomain bool) []byte {
	dst = binary.BigEndian.AppendUint64(dst, e.hash)
	if withDomain {
		dst = binary.AppendUvarint(dst, uint64(len(e.domain)))
		dst = append(dst, e.domain...)
	}
	return appendPos(dst, e.arrival, Pos{Source: e.src, Offset: e.off})
}

// postingReader reads the entries of a posting list as stored; errors
// wrap ErrCorrupt.
type postingReader struct {
	b          []byte
	withDomain bool
	err        error
}

// newPostingReader starts reading list v (withDomain for a message
// list).
func newPostingReader(v []byte, withDomain bool) postingReader {
	r := postingReader{b: v, withDomain: withDomain}
	if len(v) == 0 || v[0] != postingVersion {
		r.err = fmt.Errorf("%w: posting list of %d bytes, version byte %v", ErrCorrupt, len(v), v[:min(len(v), 1)])
		r.b = nil
		return r
	}
	r.b = v[1:]
	return r
}

// next reads the next entry into e (e.domain aliases the list); false
// at the end or at damage (then r.err says what).
func (r *postingReader) next(e *posting) bool {
	if r.err != nil || len(r.b) == 0 {
		return false
	}
	b := r.b
	if len(b) < 8 {
		return r.fail("hash")
	}
	e.hash = binary.BigEndian.Uint64(b)
	b = b[8:]
	e.domain = nil
	if r.withDomain {
		n, k := binary.Uvarint(b)
		// An overlong length (0x85 0x00 for 5) is refused: a list is
		// written one way only, so what reads must be what was written.
		if k <= 0 || k != uvarintLen(n) || n == 0 || n > maxField || uint64(len(b)-k) < n {
			return r.fail("domain")
		}
		e.domain = b[k : k+int(n)]
		b = b[k+int(n):]
	}
	if len(b) < posLen {
		return r.fail("position")
	}
	e.arrival = int64(binary.BigEndian.Uint64(b))
	e.src = Source(b[8])
	e.off = int64(binary.BigEndian.Uint64(b[9:]))
	if e.arrival < 0 || e.off < 0 || e.src > SourceRepartition {
		return r.fail("position")
	}
	r.b = b[posLen:]
	return true
}

// uvarintLen is the length of the shortest uvarint encoding of v.
func uvarintLen(v uint64) int {
	return (bits.Len64(v|1) + 6) / 7
}

func (r *postingReader) fail(what string) bool {
	r.err = fmt.Errorf("%w: truncated or bad %s in a posting list", ErrCorrupt, what)
	r.b = nil
	return false
}
