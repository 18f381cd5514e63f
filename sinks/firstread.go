package sinks

import (
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// A sink group with no committed offset for a partition of the alerts
// topic reads it from the topic's start (kgo.ConsumeResetOffset), so that
// a group that starts beside the processors misses nothing. A new group
// on a cluster that has run for a while (a new deployment of the sink, a
// renamed --sink-group) or one whose offsets the broker expired (Kafka's
// offsets.retention.minutes: 7 days by default) then read every alert the
// topic keeps and sent each again: days of past Bad and recovered mails,
// in a burst. Left by earlier sessions.
//
// Such a partition's alerts older than Config.FirstReadMaxAge are now
// read for what the sink keeps of them (the domain's status and Bad
// episode, its reminders on the Bad alert's schedule, Alertmanager's
// firing alerts, which the re-post loop sends) but not notified. A
// partition the group committed an offset for is read from there, and
// everything is notified, however late: a sink that was down for an
// hour still sends that hour's alerts.

// noteFresh records which of the assigned partitions parts the group has
// no committed offset for (what readCommitted found).
func (s *Sink) noteFresh(parts []int32, ca *committedAlerts) {
	s.assignedMu.Lock()
	defer s.assignedMu.Unlock()
	for _, p := range parts {
		if _, ok := ca.comm[p]; ok {
			delete(s.fresh, p)
		} else if _, ok := s.fresh[p]; !ok {
			s.fresh[p] = false
		}
	}
}

// stale reports whether r, an alert of a partition read from the topic's
// start, is older than Config.FirstReadMaxAge.
func (s *Sink) stale(r *kgo.Record, now time.Time) bool {
	if s.cfg.FirstReadMaxAge < 0 || now.Sub(r.Timestamp) <= s.cfg.FirstReadMaxAge {
		return false
	}
	s.assignedMu.Lock()
	defer s.assignedMu.Unlock()
	said, fresh := s.fresh[r.Partition]
	if !fresh {
		return false
	}
	if !said {
		s.fresh[r.Partition] = true
		s.log.Info("sink: reading a partition from the topic's start (no committed offset): alerts older than the first-read age are not notified",
			"topic", r.Topic, "partition", r.Partition, "first_read_max_age", s.cfg.FirstReadMaxAge)
	}
	return true
}

// keepStale keeps what the sink remembers of a stale alert without
// notifying anyone: the Alertmanager state (the re-post loop posts a
// firing alert) and, for a Bad domain, its reminders on the Bad alert's
// schedule.
func (s *Sink) keepStale(r *kgo.Record, alert schemas.StatusChange, dir *directory.Directory, now time.Time) {
	s.metrics.stale.Inc()
	s.log.Debug("sink: alert older than the first-read age, not notified", "domain", alert.Domain, "alert_id", alert.ID, "at", r.Timestamp)
	s.routeAlertmanager(r.Partition, r.Offset, alert)
	if tr, ok := directory.TransitionOf(alert.From, alert.To); ok && tr == directory.TransitionBad && alert.Kind == schemas.KindStatus {
		if _, err := s.scheduleReminders(alert, dir, now); err != nil {
			s.log.Error("sink: recording the reminders of an old Bad alert", "domain", alert.Domain, "err", err)
		}
	}
}
