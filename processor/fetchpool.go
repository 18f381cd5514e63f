package processor

import (
	"bytes"
	"math/bits"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/klauspost/compress/s2"
	"github.com/twmb/franz-go/pkg/kgo"
)

// maxPooledBytes bounds the decompression buffers the pool keeps: franz-go
// zeroes a buffer's whole capacity when it comes back, so an oversized one
// costs on every use.
const maxPooledBytes = 8 << 20

// fetchPoolClasses is the number of size classes of a fetchPool's free
// lists: class c holds what has room for 2^c to 2^(c+1)-1 bytes or
// records, up to maxPooledBytes.
const fetchPoolClasses = 24

// fetchPoolFactor is how many times the fetch size (Config.FetchMaxBytes)
// the processor's fetchPool keeps at most. The pool's free buffers are Go
// heap, within the share the memory budget gives the fetches (half of the
// Go heap, see fetchHeapFactor): at 16 the pool keeps at most a twelfth
// of the Go heap where the fetch is 1 MiB or more (a Go heap of 192 MiB
// or more); below, the pool's 1 MiB floor makes it up to a seventh (16
// MiB of the 108 MiB Go heap of a 256 MiB budget). Measured with mailflow bench at 10,000 domains and the
// default budget (one round each, 10,000,000 events):
//
//	factor  allocated per event  collections  collector µs/event  CPU µs/event
//	     8            694 bytes          306                0.62          8.66
//	    16            364 bytes          228                0.40          7.48
//	    24            372 bytes          577                1.10          8.57
//
// (The row of 8 is of the release before; the decoded slice's headroom,
// txn.run, saved about 46 bytes an event beside the pool.) At 8 most
// buffers were turned away and allocated again (the events
// decompress to about 15 times a fetch, three fetches live at once); at
// 24 the buffers it kept raised the live heap by 14 MiB, close enough to
// the Go heap's limit that the collector ran twice as often.
const fetchPoolFactor = 16

// restorePoolFactor is fetchPoolFactor for the restore's client: a restore
// copies the records of a poll at once and recycles them before the next,
// so one fetch is live at a time, of restoreFetchFactor times the
// processor's size.
const restorePoolFactor = 8

// recordBytes is what one kgo.Record takes in a record slice.
const recordBytes = int64(unsafe.Sizeof(kgo.Record{}))

// fetchPool lends franz-go the buffers it decompresses fetched batches
// into and the slices it decodes their records into (see kgo.WithPools),
// and takes them back once the processor recycles the records of a
// transaction it is done with (txn.recycle). The processor decompresses
// hundreds of megabytes a second; allocating those afresh kept the garbage
// collector busy for a tenth of the processor's time.
//
// The pool keeps free lists by size class, up to a bound, not sync.Pools:
// a sync.Pool is emptied by every second garbage collection, and at the
// default memory budget, where the collector runs a few times a second,
// each refill allocated the buffers again (and more often the more the
// heap held, so that anything that added to the live heap, the duplicate
// check's sets say, cost twice: in collections and in refills). A buffer
// is taken from its size's class (from the batch's decoded length for
// snappy, which says it, else four times the compressed size), so that a
// small batch does not take, and franz-go then zero, a large buffer.
//
// A fetchPool is safe for concurrent use, as franz-go requires.
type fetchPool struct {
	max int64 // the most bytes the free lists hold
	// poison overwrites every buffer franz-go gives back before it is
	// kept, and counts them in poisoned: a test's way to make a string
	// that still aliases a recycled batch read as garbage
	// (TestWindowsOutliveRecycledBatches). Off outside tests.
	poison   bool
	poisoned atomic.Int64

	mu      sync.Mutex
	held    int64 // bytes in the free lists (a record slice's at recordBytes a record)
	bytes   [fetchPoolClasses][][]byte
	records [fetchPoolClasses][][]kgo.Record
}

var (
	_ kgo.PoolDecompressBytes = (*fetchPool)(nil)
	_ kgo.PoolRecords         = (*fetchPool)(nil)
)

// newFetchPool returns a pool for a client whose fetches bring at most
// fetchMax (compressed) bytes, that keeps at most factor fetches' bytes
// (fetchPoolFactor, restorePoolFactor).
func newFetchPool(fetchMax int32, factor int64) *fetchPool {
	return &fetchPool{max: factor * int64(max(fetchMax, 1<<20))}
}

// classUp returns the class whose every buffer has room for n: the
// smallest c with 2^c ≥ n.
func classUp(n int) int { return bits.Len(uint(max(n, 1) - 1)) }

// classDown returns the class of a buffer with room for n > 0: the
// largest c with 2^c ≤ n.
func classDown(n int) int { return bits.Len(uint(n)) - 1 }

// xerialPrefix starts snappy batches of the old xerial framing, which do
// not say their decoded length up front.
var xerialPrefix = []byte{130, 83, 78, 65, 80, 80, 89, 0}

// GetDecompressBytes implements kgo.PoolDecompressBytes. A buffer too small
// for the batch is grown by franz-go, which then returns the grown one.
func (p *fetchPool) GetDecompressBytes(compressed []byte, codec kgo.CompressionCodecType) []byte {
	need := 4 * len(compressed)
	if codec == kgo.CodecSnappy && !bytes.HasPrefix(compressed, xerialPrefix) {
		if n, err := s2.DecodedLen(compressed); err == nil {
			need = n
		}
	}
	c := classUp(need)
	if c < fetchPoolClasses {
		p.mu.Lock()
		for k := c; k < min(c+2, fetchPoolClasses); k++ {
			if l := p.bytes[k]; len(l) > 0 {
				b := l[len(l)-1]
				l[len(l)-1] = nil
				p.bytes[k] = l[:len(l)-1]
				p.held -= int64(cap(b))
				p.mu.Unlock()
				return b
			}
		}
		p.mu.Unlock()
		if need <= maxPooledBytes {
			return make([]byte, 0, 1<<c)
		}
	}
	return make([]byte, 0, need)
}

// PutDecompressBytes implements kgo.PoolDecompressBytes.
func (p *fetchPool) PutDecompressBytes(b []byte) {
	n := cap(b)
	if p.poison && n > 0 {
		clear(b[:n])
		p.poisoned.Add(1)
	}
	if n == 0 || n > maxPooledBytes {
		return
	}
	c := classDown(n)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.held+int64(n) > p.max {
		return
	}
	p.held += int64(n)
	p.bytes[c] = append(p.bytes[c], b[:0])
}

// GetRecords implements kgo.PoolRecords.
func (p *fetchPool) GetRecords(n int) []kgo.Record {
	c := classUp(n)
	if c < fetchPoolClasses {
		p.mu.Lock()
		for k := c; k < min(c+2, fetchPoolClasses); k++ {
			if l := p.records[k]; len(l) > 0 {
				r := l[len(l)-1]
				l[len(l)-1] = nil
				p.records[k] = l[:len(l)-1]
				p.held -= int64(cap(r)) * recordBytes
				p.mu.Unlock()
				return r[:0]
			}
		}
		p.mu.Unlock()
		return make([]kgo.Record, 0, 1<<c)
	}
	return make([]kgo.Record, 0, n)
}

// PutRecords implements kgo.PoolRecords. franz-go has zeroed the records
// (Record.Recycle), so a kept slice holds on to nothing else.
func (p *fetchPool) PutRecords(r []kgo.Record) {
	n := cap(r)
	if n == 0 {
		return
	}
	c := classDown(n)
	size := int64(n) * recordBytes
	if c >= fetchPoolClasses || size > maxPooledBytes {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.held+size > p.max {
		return
	}
	p.held += size
	p.records[c] = append(p.records[c], r[:0])
}
