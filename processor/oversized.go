package processor

import (
	"context"
	"fmt"
	"strconv"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/internal/kafkabatch"
)

// Headers of the dead letter of an oversized batch (skipOversized).
const (
	// HeaderEndOffset is the offset after the last record of a batch
	// dead-lettered whole: the batch's records are the offsets from the
	// one HeaderSource names up to this one, excluded.
	HeaderEndOffset = "mailflow-end-offset"
)

// oversizedLabel is the dead-letter metric's reason for a batch that
// decompresses beyond Config.MaxBatchBytes.
const oversizedLabel = "oversized_batch"

// skipOversized dead-letters each batch the poll refused to decompress
// and moves the session past it, in this transaction: its commit carries
// the skip and the dead letter together, and an abort rewinds the session
// to before the batch, which the next poll refuses again. The dead letter
// has no value (the records were never read: a producer's zstd batch of a
// few hundred kilobytes can decompress to a gigabyte); its headers name
// the reason, the batch's first offset (HeaderSource) and the offset after
// it (HeaderEndOffset), where the records stay readable to a consumer
// with a larger bound.
func (t *txn) skipOversized(ctx context.Context, batches []*kgo.ErrDecompressTooLarge) {
	if len(batches) == 0 {
		return
	}
	p := t.p
	for _, b := range batches {
		reason := fmt.Sprintf("a record batch (offsets %d to %d) decompresses to more than %d bytes, the bound of one batch (from --memory-limit); its records were not read",
			b.Offset, b.NextOffset-1, p.cfg.MaxBatchBytes)
		p.sess.Produce(ctx, &kgo.Record{
			Topic: p.cfg.Topics.DeadLetter,
			Headers: []kgo.RecordHeader{
				{Key: HeaderError, Value: []byte(reason)},
				{Key: HeaderSource, Value: []byte(b.Topic + "/" + strconv.Itoa(int(b.Partition)) + "/" + strconv.FormatInt(b.Offset, 10))},
				{Key: HeaderEndOffset, Value: []byte(strconv.FormatInt(b.NextOffset, 10))},
			},
		}, t.promiseFn)
		t.oversized++
		p.log.Warn("dead-lettered a record batch that decompresses beyond the bound, and skipped it",
			"topic", b.Topic, "partition", b.Partition, "offsets", fmt.Sprintf("%d-%d", b.Offset, b.NextOffset-1),
			"bound_bytes", p.cfg.MaxBatchBytes, "dead_letter_topic", p.cfg.Topics.DeadLetter)
	}
	p.sess.Client().SetOffsets(kafkabatch.SkipOffsets(batches))
}
