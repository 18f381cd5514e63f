package sinks

import (
	"context"
	"slices"
	"time"

	"github.com/mailflow/mailflow/directory"
)

// A notification a silence held stays in the store of the member that read
// its alert, which releases it when the silence ends, deciding by its own
// record of the domain's status (releaseIfHeld, recoveredSince). When the
// domain's alerts partition has moved to another member since, that
// record misses what the other member read: a recovery in the silence, and
// the held Bad went out stale (review S25B-2). Handing the holds over with
// the partition lost notifications in other sequences (S25C-1..6), so the
// holder keeps them and, before releasing those of moved partitions,
// brings its record of their domains up to date with what the group
// committed of those partitions (readCommitted, as a member that is
// assigned a partition does). A member that stopped releases its holds
// only once it runs again (review S25C-4): no other member has them.

// refreshMovedStatus updates the status records of the held domains whose
// alerts partition another member reads now and whose silence has ended
// at now, from the partitions' committed alerts. It reads each such
// partition once per call, and only when a release is due, so a long
// silence costs nothing; when the read fails, the releases decide by the
// member's own records, as before.
func (s *Sink) refreshMovedStatus(ctx context.Context, dir *directory.Directory, domains []string, now time.Time) {
	assigned := s.assignedAlerts()
	want := map[int32]map[string]bool{}
	for _, d := range domains {
		if _, silenced := dir.SilenceOf(d, now); silenced {
			continue
		}
		part, ok, err := s.store.alertsPartition(d)
		if err != nil || !ok || assigned[part] {
			continue
		}
		if want[part] == nil {
			want[part] = map[string]bool{}
		}
		want[part][d] = true
	}
	if len(want) == 0 || s.cl == nil {
		return
	}
	parts := make([]int32, 0, len(want))
	for p := range want {
		parts = append(parts, p)
	}
	slices.Sort(parts)
	rctx, cancel := context.WithTimeout(ctx, rebuildTimeout)
	defer cancel()
	ca, err := s.readCommitted(rctx, s.cl, parts)
	if err != nil {
		s.log.Warn("sink: could not read the alerts of partitions another member reads; held notifications of their domains are released by this member's own record of their status", "topic", s.topics.alerts, "partitions", parts, "err", err)
		return
	}
	updated := 0
	for _, p := range parts {
		tf := ca.topic[p]
		for d := range want[p] {
			a, ok := tf.status[d]
			pos := tf.pos[d]
			if !ok || pos <= 0 {
				continue
			}
			if cp, next, ok, err := s.store.currentPos(d); err != nil || ok && cp == p && next >= pos {
				continue // this member's record is as new
			}
			if err := s.store.setCurrent(d, a.To, a.ID, p, -1); err != nil {
				s.log.Error("sink: recording domain status", "domain", d, "err", err)
				continue
			}
			if err := s.store.setCurrentPos(d, p, pos); err != nil {
				s.log.Error("sink: recording domain status", "domain", d, "err", err)
				continue
			}
			updated++
		}
	}
	s.log.Info("sink: read the status of held domains whose partitions another member reads", "topic", s.topics.alerts, "partitions", parts,
		"domains", len(domains), "updated", updated, "took", ca.took.Round(time.Millisecond))
}
