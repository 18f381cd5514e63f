package logstore

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"slices"
)

// segment is one immutable table of attempts: those of one arrival hour
// written by one flush of the append buffer (see the package
// documentation).
type segment struct {
	hour  uint32
	flush uint64
	// count is the attempts the segment was written with.
	count int
	// minArr and maxArr bound the arrivals (Unix nanoseconds) of its
	// attempts: a query skips a segment outside its range, and opens the
	// segments of an hour newest first as its walk reaches them.
	minArr, maxArr int64
	// rbits and mbits are the bucket bits of its recipient and message
	// id posting lists (posting.go).
	rbits, mbits uint8
}

// catalog is what a flush records of itself next to its segments, in the
// same atomic ingestion: its segments, and the checkpoints of the log
// once they are on disk. The newest catalog's checkpoints are the
// store's at Open.
type catalog struct {
	flush    uint64
	segments []segment
	// idMin and idMax bound the arrivals of the event ids the flush
	// recorded (none when idMin > idMax).
	idMin, idMax int64
	// idBits are the bucket bits of its event id posting lists.
	idBits uint8
	// checkpoints are Mark offsets: the log reflects every record of the
	// source partition before them.
	checkpoints map[srcPart]int64
}

// srcPart names a source topic's partition.
type srcPart struct {
	src  Source
	part int32
}

// catalogVersion 2 (layout 5) added the bucket bits of posting lists.
const catalogVersion = 2

// appendCatalog encodes c: version, then uvarint counts and fields.
func appendCatalog(dst []byte, c *catalog) []byte {
	dst = append(dst, catalogVersion)
	dst = binary.AppendUvarint(dst, uint64(len(c.segments)))
	for _, s := range c.segments {
		dst = binary.AppendUvarint(dst, uint64(s.hour))
		dst = binary.AppendUvarint(dst, uint64(s.count))
		dst = binary.AppendVarint(dst, s.minArr)
		dst = binary.AppendVarint(dst, s.maxArr)
		dst = append(dst, s.rbits, s.mbits)
	}
	dst = binary.AppendVarint(dst, c.idMin)
	dst = binary.AppendVarint(dst, c.idMax)
	dst = append(dst, c.idBits)
	for _, m := range []map[srcPart]int64{c.checkpoints} {
		keys := make([]srcPart, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(a, b srcPart) int {
			if a.src != b.src {
				return int(a.src) - int(b.src)
			}
			return int(a.part - b.part)
		})
		dst = binary.AppendUvarint(dst, uint64(len(keys)))
		for _, k := range keys {
			dst = append(dst, byte(k.src))
			dst = binary.AppendUvarint(dst, uint64(uint32(k.part)))
			dst = binary.AppendUvarint(dst, uint64(m[k]))
		}
	}
	return dst
}

// decodeCatalog decodes a catalog written by appendCatalog for flush.
// Errors wrap ErrCorrupt.
func decodeCatalog(b []byte, flush uint64) (*catalog, error) {
	d := decoder{b: b}
	if v := d.byte(); v != catalogVersion {
		if d.err != nil {
			return nil, d.err
		}
		return nil, fmt.Errorf("%w: catalog version %d, this release reads %d", ErrCorrupt, v, catalogVersion)
	}
	c := &catalog{flush: flush, checkpoints: map[srcPart]int64{}}
	n := d.small(uint64(len(d.b)))
	for range n {
		s := segment{flush: flush}
		s.hour = uint32(d.small(math.MaxUint32))
		s.count = int(d.small(math.MaxInt32))
		s.minArr, s.maxArr = d.varint(), d.varint()
		s.rbits, s.mbits = d.byte(), d.byte()
		if d.err != nil {
			return nil, d.err
		}
		if s.minArr < 0 || s.maxArr < s.minArr || hourOfNano(s.minArr) != s.hour || hourOfNano(s.maxArr) != s.hour {
			return nil, fmt.Errorf("%w: catalog %d: segment of hour %d with arrivals %d to %d", ErrCorrupt, flush, s.hour, s.minArr, s.maxArr)
		}
		if s.rbits > maxBucketBits || s.mbits > maxBucketBits {
			return nil, fmt.Errorf("%w: catalog %d: segment of hour %d with buckets of %d and %d bits", ErrCorrupt, flush, s.hour, s.rbits, s.mbits)
		}
		c.segments = append(c.segments, s)
	}
	c.idMin, c.idMax = d.varint(), d.varint()
	if c.idBits = d.byte(); d.err == nil && c.idBits > maxBucketBits {
		return nil, fmt.Errorf("%w: catalog %d: event id buckets of %d bits", ErrCorrupt, flush, c.idBits)
	}
	for _, m := range []map[srcPart]int64{c.checkpoints} {
		n := d.small(uint64(len(d.b)))
		for range n {
			src := Source(d.byte())
			part := d.small(math.MaxUint32)
			off := d.small(math.MaxInt64)
			if d.err != nil {
				return nil, d.err
			}
			if src > SourceRepartition {
				return nil, fmt.Errorf("%w: catalog %d: source %d", ErrCorrupt, flush, src)
			}
			m[srcPart{src, int32(uint32(part))}] = int64(off)
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after catalog %d", ErrCorrupt, len(d.b), flush)
	}
	return c, nil
}

// idFilter is a blocked Bloom filter of event id hashes (idHash): every
// key sets 7 bits in one 512-bit block, so a test costs one cache line.
// About 10 bits a key: under 1% false positives, each of which costs a
// lookup of the id key that says no.
type idFilter []uint64

func newIDFilter(n int) idFilter {
	blocks := max((n*10+511)/512, 1)
	return make(idFilter, blocks*8)
}

func (f idFilter) probe(h uint64) (block []uint64, h2 uint64) {
	nb := uint64(len(f) / 8)
	hi, _ := bits.Mul64(h, nb)
	b := f[hi*8 : hi*8+8]
	// The other bits of the hash pick the bits of the block.
	return b, h*0x9e3779b97f4a7c15 ^ h>>29
}

func (f idFilter) add(h uint64) {
	b, h2 := f.probe(h)
	for i := range 7 {
		bit := (h2 >> (9 * i)) & 511
		b[bit/64] |= 1 << (bit % 64)
	}
}

func (f idFilter) mayContain(h uint64) bool {
	if len(f) == 0 {
		return false
	}
	b, h2 := f.probe(h)
	for i := range 7 {
		bit := (h2 >> (9 * i)) & 511
		if b[bit/64]&(1<<(bit%64)) == 0 {
			return false
		}
	}
	return true
}

func (f idFilter) bytes() []byte {
	out := make([]byte, 0, len(f)*8)
	for _, w := range f {
		out = binary.LittleEndian.AppendUint64(out, w)
	}
	return out
}

func decodeIDFilter(b []byte) (idFilter, error) {
	if len(b) == 0 || len(b)%64 != 0 {
		return nil, fmt.Errorf("%w: event id filter of %d bytes", ErrCorrupt, len(b))
	}
	f := make(idFilter, len(b)/8)
	for i := range f {
		f[i] = binary.LittleEndian.Uint64(b[i*8:])
	}
	return f, nil
}
