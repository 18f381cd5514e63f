package processor

import (
	"bytes"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/pierrec/lz4/v4"
)

// TestLz4Compressor checks that the lz4 compressor's frames read back as
// written with the lz4 library's reader (franz-go's), for batches smaller
// and larger than a block, and that a reused writer carries nothing over.
func TestLz4Compressor(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	text := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = "mailflow delivered 250 ok "[rng.IntN(26)]
		}
		return b
	}
	random := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	c := &lz4Compressor{}
	for _, tt := range []struct {
		name string
		src  []byte
	}{
		{"one byte", []byte{7}},
		{"small text", text(300)},
		{"a block exactly", text(64 << 10)},
		{"several blocks", text(300 << 10)},
		{"incompressible", random(200 << 10)},
		{"small again", text(1000)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var dst bytes.Buffer
			out, codec := c.Compress(&dst, tt.src)
			if codec != 3 { // kgo.CodecLz4
				t.Fatalf("codec %d", codec)
			}
			got, err := io.ReadAll(lz4.NewReader(bytes.NewReader(out)))
			if err != nil {
				t.Fatalf("read back: %v", err)
			}
			if !bytes.Equal(got, tt.src) {
				t.Fatalf("read back %d bytes, wrote %d (different)", len(got), len(tt.src))
			}
		})
	}
	if len(c.free) != 1 {
		t.Errorf("%d free writers after one at a time, want 1", len(c.free))
	}
}
