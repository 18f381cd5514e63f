package processor

import (
	"context"
	"time"
)

// markerBatchBytes is the size of a transaction marker as Apache Kafka
// writes it into every partition a transaction touched: a v2 record batch
// (61 bytes of header) of one control record with a 4-byte key and a
// 6-byte value (EndTransactionMarker), 78 bytes in all. The broker applies
// the topic's max.message.bytes to it too.
const markerBatchBytes = 78

// tooLargeRecheck is how often, at most, a MESSAGE_TOO_LARGE answer makes
// a transaction read the topic's limit again (see explainTooLarge).
const tooLargeRecheck = time.Minute

// explainTooLarge reads topic's max.message.bytes after the broker refused
// one of the processor's batches as too large, and says what is wrong and
// what to do. New checked the limits at start, so the topic was changed
// since. Below markerBatchBytes it is worse than aborted transactions:
// Apache Kafka 4.4 cannot write the abort marker either, logs
// "IllegalStateException: Received fatal error RecordTooLargeException
// while sending txn marker" and leaves the transaction in PrepareAbort, so
// that every EndTxn, InitProducerID and produce of this instance's
// transactional id is answered CONCURRENT_TRANSACTIONS, and read_committed
// consumers of the partitions it touched stop at it, until the
// transaction coordinator is reloaded (seen for 30 minutes, with the limit
// raised again meanwhile).
func (p *Processor) explainTooLarge(topic string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	limits, err := TopicLimits(ctx, p.adm, topic)
	if err != nil {
		p.log.Warn("the broker refused a batch as too large; reading the topic's limit failed", "topic", topic, "err", err)
		return
	}
	limit, need := limits[topic].MaxMessageBytes, p.recordMax+batchOverhead
	switch {
	case limit > 0 && limit < markerBatchBytes:
		p.log.Error("the topic's max.message.bytes is smaller than a transaction marker: Kafka cannot end this instance's transaction (CONCURRENT_TRANSACTIONS until its transaction coordinator reloads, e.g. the broker restarts); raise the limit, then restart the broker that coordinates the transactional id",
			"topic", topic, "max_message_bytes", limit, "needed", need, "transactional_id", p.cfg.Group+"-"+p.cfg.InstanceID)
	case limit > 0 && limit < need:
		p.log.Error("the topic's max.message.bytes was lowered below the processor's batch size since the start: every transaction that writes to it aborts until it is raised again",
			"topic", topic, "max_message_bytes", limit, "needed", need)
	}
}
