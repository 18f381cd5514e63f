package sinks

import (
	"context"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// The member of the sink group that reads a partition of the alerts topic
// is the one that re-posts its domains' firing alerts to Alertmanager.
// Each sink kept the firing records of every Bad alert it had read, in its
// own store: when a partition moved to another member, the new one had
// none and did not re-post them (Alertmanager resolved those alerts after
// their endsAt, the domains still Bad), and the old one, still running,
// re-posted them for ever, also after the new one had posted their
// recoveries (left by the fourteenth session). Now a member rebuilds a
// partition's firing records from the topic when it is assigned the
// partition (onAssigned), reading it up to the group's committed offset,
// and drops them when the partition is revoked or lost; at start it drops
// them all, as a member starts with no partition.
//
// The rebuild reads every alert the topic still holds for the partition:
// a domain whose Bad alert is older than the topic's retention (7 days
// by default) and that has not recovered is not re-posted by the new
// member.

// handoverRetry bounds the wait between two tries of a rebuild that
// failed (a broker down): the partitions' alerts are not read until it
// succeeds, so that no recovery is read without its firing alert.
const handoverRetry = 30 * time.Second

// onAssigned rebuilds the firing records of the alerts partitions the
// group assigned to this member. It runs before the member fetches them.
func (s *Sink) onAssigned(ctx context.Context, _ *kgo.Client, assigned map[string][]int32) {
	parts := assigned[s.topics.alerts]
	if len(parts) == 0 || !s.am.enabled() {
		return
	}
	for wait := time.Second; ; wait = min(2*wait, handoverRetry) {
		err := s.rebuildFiring(ctx, parts)
		if err == nil || ctx.Err() != nil {
			return
		}
		s.log.Error("sink: reading the firing alerts of assigned partitions failed; retrying before reading their alerts",
			"topic", s.topics.alerts, "partitions", parts, "retry_in", wait, "err", err)
		if sleep(ctx, wait) != nil {
			return
		}
	}
}

// dropFiringOf drops the firing records of the alerts partitions revoked
// from or lost by this member: their new member re-posts them.
func (s *Sink) dropFiringOf(gone map[string][]int32) {
	parts := gone[s.topics.alerts]
	if len(parts) == 0 || !s.am.enabled() {
		return
	}
	unlock := s.am.lockAll()
	defer unlock()
	for _, p := range parts {
		if err := s.store.replaceFiring(p, nil, time.Now()); err != nil {
			s.log.Error("sink: forgetting the firing alerts of a partition another member reads now", "topic", s.topics.alerts, "partition", p, "err", err)
		}
	}
}

// rebuildFiring sets the firing records of partitions parts from the
// alerts the topic holds before the group's committed offsets: the last
// Bad alert of each domain not followed by its recovery, as
// routeAlertmanager would have recorded them.
func (s *Sink) rebuildFiring(ctx context.Context, parts []int32) error {
	started := time.Now()
	committed, err := kadm.NewClient(s.cl).FetchOffsets(ctx, s.cfg.Group)
	if err == nil {
		err = committed.Error()
	}
	if err != nil {
		return fmt.Errorf("committed offsets of group %s: %w", s.cfg.Group, err)
	}
	end := map[int32]int64{}
	from := map[int32]kgo.Offset{}
	firing := map[int32]map[string]amAlert{}
	for _, p := range parts {
		firing[p] = map[string]amAlert{}
		if o, ok := committed.Lookup(s.topics.alerts, p); ok && o.At > 0 {
			end[p] = o.At
			from[p] = kgo.NewOffset().AtStart()
		}
	}
	read := 0
	if len(from) > 0 {
		cl, err := kgo.NewClient(append(append([]kgo.Opt{}, s.cfg.Kafka...),
			kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{s.topics.alerts: from}),
			kgo.FetchIsolationLevel(kgo.ReadCommitted()),
			// Transaction markers can be the last offsets before the
			// committed one; seeing them is how the reading knows it
			// got there.
			kgo.KeepControlRecords(),
		)...)
		if err != nil {
			return fmt.Errorf("read %s: %w", s.topics.alerts, err)
		}
		defer cl.Close()
		pos := map[int32]int64{}
		for done := false; !done; {
			fs := cl.PollFetches(ctx)
			if ctx.Err() != nil {
				return ctx.Err()
			}
			var ferr error
			fs.EachError(func(t string, p int32, err error) { ferr = fmt.Errorf("read %s partition %d: %w", t, p, err) })
			if ferr != nil {
				return ferr
			}
			fs.EachRecord(func(r *kgo.Record) {
				pos[r.Partition] = r.Offset + 1
				if r.Offset >= end[r.Partition] || r.Attrs.IsControl() {
					return
				}
				read++
				a, err := schemas.DecodeStatusChange(r.Value)
				if err != nil {
					return // dead-lettered when it was read
				}
				switch tr, _ := directory.TransitionOf(a.From, a.To); tr {
				case directory.TransitionBad:
					firing[r.Partition][a.Domain] = s.am.firing(a)
				case directory.TransitionRecovered:
					delete(firing[r.Partition], a.Domain)
				}
			})
			done = true
			for p, e := range end {
				done = done && pos[p] >= e
			}
		}
	}
	unlock := s.am.lockAll()
	defer unlock()
	now, total := time.Now(), 0
	for _, p := range parts {
		if err := s.store.replaceFiring(p, firing[p], now); err != nil {
			return err
		}
		total += len(firing[p])
	}
	s.log.Info("sink: took over the Alertmanager alerts of assigned partitions", "topic", s.topics.alerts, "partitions", parts,
		"alerts_read", read, "firing", total, "took", time.Since(started).Round(time.Millisecond))
	return nil
}
