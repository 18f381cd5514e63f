package processor

import (
	"context"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
)

// lagInterval is how often consumer lag is recomputed.
const lagInterval = 5 * time.Second

// trackLag publishes mailflow_consumer_lag for every owned partition of the
// deliveries and repartition topics until ctx is done: the topic's last
// stable offset (what a read_committed consumer can reach) minus the
// group's committed offset. It runs on a timer rather than when records
// arrive, so a stalled processor shows a growing lag instead of the last
// value it saw, and every owned partition has a value from assignment on.
func (p *Processor) trackLag(ctx context.Context) {
	t := time.NewTicker(lagInterval)
	defer t.Stop()
	for {
		p.updateLag(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-p.lagWake:
			// Partitions were assigned: give them a value now.
		}
	}
}

func (p *Processor) updateLag(ctx context.Context) {
	owned := p.Ownership().Partitions
	if len(owned) == 0 {
		return
	}
	topics := []string{p.cfg.Topics.Deliveries, p.cfg.Topics.Repartition}
	ctx, cancel := context.WithTimeout(ctx, lagInterval)
	defer cancel()
	ends, err := p.adm.ListCommittedOffsets(ctx, topics...)
	if err != nil {
		p.log.Debug("consumer lag: list end offsets", "err", err)
		return
	}
	committed, err := p.adm.FetchOffsets(ctx, p.cfg.Group)
	if err != nil {
		p.log.Debug("consumer lag: fetch committed offsets", "group", p.cfg.Group, "err", err)
		return
	}
	for _, topic := range topics {
		for _, part := range owned {
			end, ok := ends.Lookup(topic, part)
			if !ok || end.Err != nil {
				continue
			}
			var at int64
			if c, ok := committed.Lookup(topic, part); ok && c.Err == nil && c.At >= 0 {
				at = c.At
			} else if start, ok := p.startOffset(ctx, topic, part); ok {
				at = start
			}
			p.m.lag.WithLabelValues(topic, partitionLabel(part)).Set(float64(max(end.Offset-at, 0)))
		}
	}
}

// startOffset returns the log start offset of a partition, where a group
// with no committed offset begins (ConsumeResetOffset AtStart).
func (p *Processor) startOffset(ctx context.Context, topic string, part int32) (int64, bool) {
	starts, err := p.adm.ListStartOffsets(ctx, topic)
	if err != nil {
		return 0, false
	}
	var o kadm.ListedOffset
	o, ok := starts.Lookup(topic, part)
	return o.Offset, ok && o.Err == nil
}

// forgetPartitionMetrics removes the series of a partition the instance
// no longer owns, so that they do not linger with stale values.
func (p *Processor) forgetPartitionMetrics(part int32) {
	l := partitionLabel(part)
	p.m.lag.DeleteLabelValues(p.cfg.Topics.Deliveries, l)
	p.m.lag.DeleteLabelValues(p.cfg.Topics.Repartition, l)
	p.m.lastEvent.DeleteLabelValues(l)
	p.m.restoring.DeleteLabelValues(l)
}
