// Package kafkabatch handles record batches a consumer refuses to
// decompress: a batch whose records would take more than the client's
// bound (kgo.MaxDecompressBatchBytes) once decompressed. Any producer of a
// topic can write one — a few hundred kilobytes of zstd that decompress to
// a gigabyte — and franz-go then stops consuming the partition until the
// consumer moves past the batch (kgo.ErrDecompressTooLarge). mailflow's
// readers of the input topics move past it: the live processor
// dead-letters the batch's offsets in the transaction that commits the
// skip, and the replays, which read what the processor already judged,
// skip it with a warning.
package kafkabatch

import (
	"errors"
	"fmt"

	"github.com/twmb/franz-go/pkg/kgo"
)

// MinMaxBytes is the least bound a client is given: a batch of the
// topics' largest records (Kafka's default max.message.bytes, 1 MiB,
// compressed) decompresses to a few MiB at JSON's usual ratios, and an
// operator who raised the topic's limit needs room for that too.
const MinMaxBytes = 16 << 20

// Oversized returns the batch err reports as decompressing beyond the
// client's bound, or false.
func Oversized(err error) (*kgo.ErrDecompressTooLarge, bool) {
	var e *kgo.ErrDecompressTooLarge
	return e, errors.As(err, &e)
}

// Collect returns the oversized batches among the errors of fs, and the
// first other error, naming its topic and partition.
func Collect(fs kgo.Fetches) (batches []*kgo.ErrDecompressTooLarge, other error) {
	fs.EachError(func(t string, p int32, err error) {
		if b, ok := Oversized(err); ok {
			batches = append(batches, b)
		} else if other == nil {
			other = fmt.Errorf("fetch %s partition %d: %w", t, p, err)
		}
	})
	return batches, other
}

// SkipOffsets returns the argument of kgo.Client.SetOffsets that moves a
// consumer past each batch (to its NextOffset, in its leader epoch).
func SkipOffsets(batches []*kgo.ErrDecompressTooLarge) map[string]map[int32]kgo.EpochOffset {
	out := map[string]map[int32]kgo.EpochOffset{}
	for _, b := range batches {
		if out[b.Topic] == nil {
			out[b.Topic] = map[int32]kgo.EpochOffset{}
		}
		if cur, ok := out[b.Topic][b.Partition]; !ok || b.NextOffset > cur.Offset {
			out[b.Topic][b.Partition] = kgo.EpochOffset{Epoch: b.Epoch, Offset: b.NextOffset}
		}
	}
	return out
}
