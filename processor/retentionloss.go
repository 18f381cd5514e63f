package processor

import (
	"fmt"

	"github.com/mailflow/mailflow/state"
)

// Input lost to retention. The input topics (deliveries, repartition)
// keep their records for the topic's retention.ms (7 days by the broker's
// default) or retention.bytes. Records the broker deletes before the
// group processed them — every instance down for longer, or behind by
// more — are gone: the consumer finds its offset below the log start
// (OFFSET_OUT_OF_RANGE) and resumes there (ConsumeResetOffset AtStart).
// franz-go says so at info level when it happens on the first fetch after
// an assignment, which an operator's log does not show, and a skipped
// input record must not be silent. So each restore compares, per input
// partition, the furthest offset the group is known to have processed
// with the partition's log start offset, and reports the offsets in
// between: a warning naming the partition and the offsets, and
// mailflow_records_lost_to_retention_total{topic}.
//
// What the group processed is the largest of its committed offset, the
// position the restored state stands for (the changelog's position
// record, seeninput.go) and the store's input checkpoint. The state
// outlives the group's committed offsets, which the broker drops after
// offsets.retention.minutes (7 days) without a member, as long as the
// outage itself. A partition with none of them was never processed (a new
// deployment, or one whose group never read it): it starts at the log
// start by design.
//
// The offsets reported are not all records: transaction markers and
// aborted records take offsets too. A gap of a single offset, a commit
// marker, is not reported (lostRange); a gap of two or more markers (the
// overlapping transactions of several instances forwarding to one
// repartition partition) is, which is why the alert is a warning. Exact
// would be a position past the markers: recorded when a fetch shows the
// partition caught up (last stable offset = high watermark), or read from
// control records (kgo.KeepControlRecords); not done yet. A restore runs
// on every assignment; once a range is checked, the store's input
// checkpoint is moved to the log start, so a restore on the same store
// does not report it again; another store reports it again until the
// group processes a record of the partition. A loss while the instance
// keeps the partition (it falls behind by more than the retention) is not
// seen here: franz-go logs a warning ("received OFFSET_OUT_OF_RANGE while
// consuming"), and a log that went back below the group's offset comes as
// a fetch error (kgo.ErrDataLoss), logged as such.

// reportRetentionLoss reports the input of parts deleted before it was
// processed (see above); streams is what the restore's changelog replay
// learned, in what it read of the input topics. Only an error of the store
// fails it.
func (p *Processor) reportRetentionLoss(parts []int32, streams map[int32]streamSeen, in inputOffsets) error {
	b := p.store.NewBatch()
	defer func() { b.Close() }()
	for _, src := range []byte{state.InputDeliveries, state.InputRepartition} {
		topic := p.inputTopic(src)
		for _, part := range parts {
			st, ok := in.starts.Lookup(topic, part)
			if !ok {
				continue
			}
			var processed int64
			if c, ok := in.committed.Lookup(topic, part); ok && c.Err == nil {
				processed = c.At
			}
			if at, ok := streams[part].position[src]; ok {
				processed = max(processed, at)
			}
			cp, has, err := p.store.InputCheckpoint(part, src)
			if err != nil {
				return fmt.Errorf("retention check of %s partition %d: %w", topic, part, err)
			}
			if has {
				processed = max(processed, cp)
			}
			if processed <= 0 || st.Offset <= processed {
				continue
			}
			// Checked up to the log start: the store remembers it, so
			// that a restore on it does not report the range again.
			// Not with SkipChecks, whose transactions keep no input
			// checkpoints: one left here would go stale, and the next
			// restores would take it for the store's position
			// (changelogBehind).
			if !p.cfg.SkipChecks {
				if err := b.SetInputCheckpoint(part, src, st.Offset); err != nil {
					return fmt.Errorf("retention check of %s partition %d: %w", topic, part, err)
				}
			}
			from, to := lostRange(processed, st.Offset)
			if to == from {
				continue
			}
			p.m.retentionLost.WithLabelValues(topic).Add(float64(to - from))
			p.log.Warn("input records deleted (retention.ms or retention.bytes of the topic, or DeleteRecords) before they were processed; give the input topics a retention longer than the longest time the processors may be down or behind",
				"topic", topic, "partition", part, "group", p.cfg.Group, "from_offset", from, "log_start_offset", to, "offsets", to-from)
		}
	}
	if err := b.Commit(); err != nil {
		return fmt.Errorf("retention check: %w", err)
	}
	return nil
}

// lostRange returns the input offsets [from, to) of one partition deleted
// before they were processed: from processed (the offset the group is
// known to have processed up to, exclusive) to the log start offset
// start, or from == to when nothing is lost. A processed offset of 0 or
// less says nothing was processed (a restore records 0 as the input
// checkpoint of a partition the group never read), and nothing can have
// been lost since. A gap of one offset is not a loss: a transactional
// producer (the processor on the repartition topic, and any transactional
// producer of events) leaves a commit marker after the last records of
// each transaction, and the group's offset stops at it (KIP-98: a
// read_committed consumer returns no control records, and a group commits
// the offset after the last record it processed); the whole log of an
// idle partition, deleted, ends there. A lost record of a
// non-transactional producer alone in its gap is missed so.
func lostRange(processed, start int64) (from, to int64) {
	if processed <= 0 || start-processed < 2 {
		return 0, 0
	}
	return processed, start
}
