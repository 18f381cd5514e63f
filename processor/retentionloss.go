package processor

import (
	"context"
	"fmt"

	"github.com/twmb/franz-go/pkg/kadm"

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
// The offsets reported are an upper bound on the records: transaction
// markers take offsets too. A restore runs on every assignment; a
// partition whose loss was reported is reported again only for what was
// deleted since, within one process. A loss while the instance keeps the
// partition (it falls behind by more than the retention) is not seen
// here: franz-go logs it as a warning ("received OFFSET_OUT_OF_RANGE
// while consuming").

// reportRetentionLoss reports the input of parts deleted before it was
// processed (see above); streams is what the restore's changelog replay
// learned. It informs and never fails the restore: a check it cannot make
// is logged as a warning.
func (p *Processor) reportRetentionLoss(ctx context.Context, parts []int32, streams map[int32]streamSeen) error {
	inputs := []struct {
		src   byte
		topic string
	}{{state.InputDeliveries, p.cfg.Topics.Deliveries}, {state.InputRepartition, p.cfg.Topics.Repartition}}
	committed, err := p.committedOffsets(ctx, "fetch the group's committed offsets")
	if err != nil {
		return p.retentionCheckFailed(ctx, parts, err)
	}
	var starts kadm.ListedOffsets
	err = p.retryAdmin(ctx, "list the input topics' start offsets", func() error {
		var err error
		if starts, err = p.adm.ListStartOffsets(ctx, p.cfg.Topics.Deliveries, p.cfg.Topics.Repartition); err != nil {
			return fmt.Errorf("list start offsets of %s and %s: %w", p.cfg.Topics.Deliveries, p.cfg.Topics.Repartition, err)
		}
		return nil
	})
	if err != nil {
		return p.retentionCheckFailed(ctx, parts, err)
	}
	if p.lostReported == nil {
		p.lostReported = map[string]map[int32]int64{}
	}
	for _, in := range inputs {
		reported := p.lostReported[in.topic]
		if reported == nil {
			reported = map[int32]int64{}
			p.lostReported[in.topic] = reported
		}
		for _, part := range parts {
			st, ok := starts.Lookup(in.topic, part)
			if !ok || st.Err != nil {
				p.log.Warn("cannot check an input partition for records deleted before they were processed", "topic", in.topic, "partition", part, "err", st.Err)
				continue
			}
			var processed int64
			if c, ok := committed.Lookup(in.topic, part); ok && c.Err == nil {
				processed = c.At
			}
			if at, ok := streams[part].position[in.src]; ok {
				processed = max(processed, at)
			}
			cp, has, err := p.store.InputCheckpoint(part, in.src)
			if err != nil {
				return fmt.Errorf("retention check of %s partition %d: %w", in.topic, part, err)
			}
			if has {
				processed = max(processed, cp)
			}
			from, to := lostRange(processed, st.Offset, reported[part])
			if to == from {
				continue
			}
			reported[part] = to
			p.m.retentionLost.WithLabelValues(in.topic).Add(float64(to - from))
			p.log.Warn("input records deleted (retention.ms or retention.bytes of the topic, or DeleteRecords) before they were processed; give the input topics a retention longer than the longest time the processors may be down or behind",
				"topic", in.topic, "partition", part, "from_offset", from, "log_start_offset", to, "offsets", to-from)
		}
	}
	return nil
}

// retentionCheckFailed logs that the check of parts could not be made,
// and returns ctx's error if that was the cause (a shutdown), else nil.
func (p *Processor) retentionCheckFailed(ctx context.Context, parts []int32, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	p.log.Warn("cannot check the input partitions for records deleted before they were processed", "partitions", parts, "err", err)
	return nil
}

// lostRange returns the input offsets [from, to) of one partition deleted
// before they were processed: from processed (the offset the group is
// known to have processed up to, exclusive) or reported (the log start up
// to which a loss was reported before), whichever is larger, to the log
// start offset start. from == to when nothing is lost. A processed offset
// of 0 or less says nothing was processed (a restore records 0 as the
// input checkpoint of a partition the group never read), and nothing can
// have been lost since.
func lostRange(processed, start, reported int64) (from, to int64) {
	if processed <= 0 {
		return 0, 0
	}
	from = max(processed, reported)
	if start <= from {
		return 0, 0
	}
	return from, start
}
