package processor

import (
	"sync"

	"github.com/twmb/franz-go/pkg/kgo"
)

// maxPooledBytes bounds the decompression buffers the pool keeps: franz-go
// zeroes a buffer's whole capacity when it comes back, so an oversized one
// costs on every use.
const maxPooledBytes = 8 << 20

// fetchPool lends franz-go the buffers it decompresses fetched batches
// into and the slices it decodes their records into (see kgo.WithPools),
// and takes them back once the processor recycles the records of a
// transaction it is done with (txn.recycle). The processor decompresses
// hundreds of megabytes a second; allocating those afresh kept the garbage
// collector busy for a tenth of the processor's time.
//
// A fetchPool is safe for concurrent use, as franz-go requires.
type fetchPool struct {
	bytes   sync.Pool // of []byte
	records sync.Pool // of []kgo.Record
}

var (
	_ kgo.PoolDecompressBytes = (*fetchPool)(nil)
	_ kgo.PoolRecords         = (*fetchPool)(nil)
)

// GetDecompressBytes implements kgo.PoolDecompressBytes. A buffer too small
// for the batch is grown by franz-go, which then returns the grown one.
func (p *fetchPool) GetDecompressBytes(compressed []byte, _ kgo.CompressionCodecType) []byte {
	if b, ok := p.bytes.Get().([]byte); ok {
		return b
	}
	return make([]byte, 0, 4*len(compressed))
}

// PutDecompressBytes implements kgo.PoolDecompressBytes.
func (p *fetchPool) PutDecompressBytes(b []byte) {
	if cap(b) <= maxPooledBytes {
		p.bytes.Put(b[:0]) //nolint:staticcheck // the slice header's allocation is small next to the buffer it saves
	}
}

// GetRecords implements kgo.PoolRecords.
func (p *fetchPool) GetRecords(n int) []kgo.Record {
	if r, ok := p.records.Get().([]kgo.Record); ok && cap(r) >= n {
		return r[:0]
	}
	return make([]kgo.Record, 0, n)
}

// PutRecords implements kgo.PoolRecords.
func (p *fetchPool) PutRecords(r []kgo.Record) {
	p.records.Put(r[:0]) //nolint:staticcheck // as in PutDecompressBytes
}
