package processor

import (
	"testing"

	"github.com/klauspost/compress/s2"
	"github.com/twmb/franz-go/pkg/kgo"
)

// TestFetchPoolClasses checks that a buffer or record slice comes back
// from the size class that fits the request, that a small request does not
// take a large buffer, and that the free lists keep no more than their
// bound.
func TestFetchPoolClasses(t *testing.T) {
	t.Parallel()
	snappy := func(n int) []byte { return s2.EncodeSnappy(nil, make([]byte, n)) }
	tests := []struct {
		name    string
		put     []int // capacities put back, in order
		get     []byte
		codec   kgo.CompressionCodecType
		wantCap int // 0: a new buffer of at least wantMin
		wantMin int
	}{
		{"empty pool, snappy's decoded length", nil, snappy(3000), kgo.CodecSnappy, 0, 3000},
		{"reuse the class that fits", []int{4096}, snappy(3000), kgo.CodecSnappy, 4096, 3000},
		{"a buffer one class up", []int{8192}, snappy(3000), kgo.CodecSnappy, 8192, 3000},
		{"not a buffer far too large", []int{1 << 20}, snappy(3000), kgo.CodecSnappy, 0, 3000},
		{"not a buffer too small", []int{2048}, snappy(3000), kgo.CodecSnappy, 0, 3000},
		{"other codecs: four times the compressed size", []int{1 << 12}, make([]byte, 1000), kgo.CodecLz4, 1 << 12, 4000},
		{"the last one put first", []int{4096, 5000}, snappy(3000), kgo.CodecSnappy, 5000, 3000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newFetchPool(1<<20, fetchPoolFactor)
			for _, n := range tt.put {
				p.PutDecompressBytes(make([]byte, 7, n))
			}
			b := p.GetDecompressBytes(tt.get, tt.codec)
			if len(b) != 0 {
				t.Errorf("len %d, want 0", len(b))
			}
			if tt.wantCap != 0 && cap(b) != tt.wantCap {
				t.Errorf("cap %d, want the pooled %d", cap(b), tt.wantCap)
			}
			if cap(b) < tt.wantMin {
				t.Errorf("cap %d, want at least %d", cap(b), tt.wantMin)
			}
		})
	}

	t.Run("records", func(t *testing.T) {
		p := newFetchPool(1<<20, fetchPoolFactor)
		p.PutRecords(make([]kgo.Record, 3, 64))
		if r := p.GetRecords(100); cap(r) < 100 {
			t.Errorf("GetRecords(100): cap %d", cap(r))
		}
		if r := p.GetRecords(40); cap(r) != 64 || len(r) != 0 {
			t.Errorf("GetRecords(40): len %d cap %d, want the pooled 0/64", len(r), cap(r))
		}
	})

	t.Run("bounded", func(t *testing.T) {
		p := newFetchPool(1<<20, fetchPoolFactor) // keeps at most fetchPoolFactor MiB
		for range 100 {
			p.PutDecompressBytes(make([]byte, 0, 1<<20))
			p.PutRecords(make([]kgo.Record, 0, 4096))
		}
		if p.held > p.max {
			t.Errorf("holds %d bytes, bound %d", p.held, p.max)
		}
		if n := len(p.bytes[20]); n == 0 || n > fetchPoolFactor {
			t.Errorf("keeps %d buffers of 1 MiB, want 1 to %d", n, fetchPoolFactor)
		}
	})
}
