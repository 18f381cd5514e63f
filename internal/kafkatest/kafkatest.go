// Package kafkatest holds what mailflow's integration tests need to read
// the result of a run from Kafka: a topic read whole (read_committed or
// not) up to its end, and whether a consumer group has caught up with a
// topic. The processor, e2e, failover and api tests share it.
package kafkatest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// ReadTopic reads topic from its start to its end as it is now: with
// committed set, to the last stable offset with read_committed isolation
// (what a downstream consumer sees), else to the high watermark with
// read_uncommitted. Transaction markers are not returned. It fails when the
// end is not reached within stall.
//
// With committed set, it first waits (up to stall) for the last stable
// offset to reach the high watermark: a transaction's EndTxn returns once
// the coordinator has logged the commit, and the markers reach the data
// partitions afterwards (KIP-98), possibly after the group's committed
// offsets did — a test that saw the offsets would otherwise read a topic
// whose last transaction is still pending. A transaction left open (a
// producer killed mid-transaction) keeps the two apart until the broker's
// transaction timeout; then the read ends at the last stable offset.
func ReadTopic(ctx context.Context, brokers []string, topic string, committed bool, stall time.Duration) ([]*kgo.Record, error) {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...))
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	iso := kgo.ReadUncommitted()
	ends, err := adm.ListEndOffsets(ctx, topic)
	if err != nil {
		return nil, fmt.Errorf("end offsets of %s: %w", topic, err)
	}
	if committed {
		iso = kgo.ReadCommitted()
		if ends, err = stableEnds(ctx, adm, topic, ends, stall); err != nil {
			return nil, err
		}
	}
	want := map[int32]int64{}
	ends.Each(func(o kadm.ListedOffset) {
		if o.Offset > 0 {
			want[o.Partition] = o.Offset
		}
	})
	rd, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics(topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(iso),
		// The markers are the last offsets of a transactional topic; seeing
		// them is how the reader knows it reached the end.
		kgo.KeepControlRecords())
	if err != nil {
		return nil, err
	}
	defer rd.Close()
	pos := map[int32]int64{}
	var out []*kgo.Record
	for {
		done := true
		for p, end := range want {
			if pos[p] < end {
				done = false
			}
		}
		if done {
			return out, nil
		}
		pctx, cancel := context.WithTimeout(ctx, stall)
		fs := rd.PollFetches(pctx)
		cancel()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if errors.Is(pctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("reading %s: stuck at %v, want %v", topic, pos, want)
		}
		fs.EachRecord(func(r *kgo.Record) {
			pos[r.Partition] = r.Offset + 1
			if !r.Attrs.IsControl() {
				out = append(out, r)
			}
		})
	}
}

// stableEnds returns topic's last stable offsets once they equal the high
// watermarks in hw, or those it finds when stall has passed.
func stableEnds(ctx context.Context, adm *kadm.Client, topic string, hw kadm.ListedOffsets, stall time.Duration) (kadm.ListedOffsets, error) {
	deadline := time.Now().Add(stall)
	for {
		lso, err := adm.ListCommittedOffsets(ctx, topic)
		if err != nil {
			return nil, fmt.Errorf("last stable offsets of %s: %w", topic, err)
		}
		stable := true
		hw.Each(func(o kadm.ListedOffset) {
			if l, ok := lso.Lookup(o.Topic, o.Partition); !ok || l.Offset < o.Offset {
				stable = false
			}
		})
		if stable || time.Now().After(deadline) {
			return lso, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// CaughtUp reports whether group's committed offsets have reached the end
// of topic.
func CaughtUp(ctx context.Context, adm *kadm.Client, group, topic string) (bool, error) {
	ends, err := adm.ListEndOffsets(ctx, topic)
	if err != nil {
		return false, err
	}
	committed, err := adm.FetchOffsets(ctx, group)
	if err != nil {
		return false, err
	}
	caughtUp := true
	ends.Each(func(o kadm.ListedOffset) {
		c, ok := committed.Lookup(o.Topic, o.Partition)
		if o.Offset > 0 && (!ok || c.At < o.Offset) {
			caughtUp = false
		}
	})
	return caughtUp, nil
}
