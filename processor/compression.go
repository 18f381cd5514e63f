package processor

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/pierrec/lz4/v4"
	"github.com/twmb/franz-go/pkg/kgo"
)

// CompressionDefault is the codec the processor writes with when
// Config.Compression is empty. In `mailflow bench --compression C` on this
// project's loaded two-core machines, none, snappy and lz4 cost the
// processor about the same CPU per event (within the noise; zstd and gzip
// cost more); lz4 is the one of them every client a downstream consumer is
// likely to use reads: librdkafka and the Java client natively, KafkaJS
// with the kafkajs-lz4 plug-in.
const CompressionDefault = "lz4"

// ParseCompression returns the codec named name: none, gzip, snappy, lz4
// or zstd (Kafka's compression.type values; zstd is KIP-110).
func ParseCompression(name string) (kgo.CompressionCodec, error) {
	switch name {
	case "none":
		return kgo.NoCompression(), nil
	case "gzip":
		return kgo.GzipCompression(), nil
	case "snappy":
		return kgo.SnappyCompression(), nil
	case "lz4":
		return kgo.Lz4Compression(), nil
	case "zstd":
		return kgo.ZstdCompression(), nil
	}
	return kgo.CompressionCodec{}, fmt.Errorf("compression %q is not one of none, gzip, snappy, lz4, zstd", name)
}

// newCompressor returns the compressor of the batches the processor
// writes with codec name (see ParseCompression): franz-go's, except for
// lz4 (lz4Compressor).
func newCompressor(name string) (kgo.Compressor, error) {
	codec, err := ParseCompression(name)
	if err != nil {
		return nil, err
	}
	if name == "lz4" {
		return &lz4Compressor{}, nil
	}
	return kgo.DefaultCompressor(codec)
}

// lz4FreeWriters bounds the writers an lz4Compressor keeps: franz-go
// compresses a batch at a time per broker connection.
const lz4FreeWriters = 16

// lz4Compressor writes LZ4 frames of 64 KiB blocks, the block size of
// Kafka's Java producer (KafkaLZ4BlockOutputStream), which every reader
// of Kafka's lz4 batches takes, and keeps its writers in a bounded free
// list. franz-go's own lz4 compressor keeps the library's default of 4 MiB
// blocks: every batch, however small, took two 4 MiB buffers from
// sync.Pools that each garbage collection empties, and at the default
// memory budget, where the collector runs a few times a second, those
// refills were the largest allocation of the processor (140 bytes per
// event in mailflow bench, and more the more often it collects). A
// 64 KiB block is also LZ4's window, so the batches compress as well.
//
// An lz4Compressor is safe for concurrent use, as franz-go requires.
type lz4Compressor struct {
	mu   sync.Mutex
	free []*lz4.Writer
}

var _ kgo.Compressor = (*lz4Compressor)(nil)

// Compress implements kgo.Compressor. On a failure it returns
// kgo.CodecError, and franz-go sends the batch uncompressed.
func (c *lz4Compressor) Compress(dst *bytes.Buffer, src []byte, _ ...kgo.CompressFlag) ([]byte, kgo.CompressionCodecType) {
	w := c.get()
	defer c.put(w)
	w.Reset(dst)
	if _, err := w.Write(src); err != nil {
		return nil, kgo.CodecError
	}
	if err := w.Close(); err != nil {
		return nil, kgo.CodecError
	}
	return dst.Bytes(), kgo.CodecLz4
}

func (c *lz4Compressor) get() *lz4.Writer {
	c.mu.Lock()
	if n := len(c.free); n > 0 {
		w := c.free[n-1]
		c.free = c.free[:n-1]
		c.mu.Unlock()
		return w
	}
	c.mu.Unlock()
	w := lz4.NewWriter(nil)
	// The fastest level, as franz-go's kgo.Lz4Compression; the options
	// are constants the library accepts.
	_ = w.Apply(lz4.BlockSizeOption(lz4.Block64Kb), lz4.CompressionLevelOption(lz4.Fast))
	return w
}

func (c *lz4Compressor) put(w *lz4.Writer) {
	w.Reset(nil) // holds nothing of the batch
	c.mu.Lock()
	if len(c.free) < lz4FreeWriters {
		c.free = append(c.free, w)
	}
	c.mu.Unlock()
}
