package sinks

import (
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// Reminders ("still Bad", control.go) follow the alerts partition, as the
// Alertmanager alerts do (alertmanager_handover.go). A sink's reminder
// states and its record of each domain's status are in its own store, of
// the alerts it read: when a partition moved to another member of the sink
// group, the old member, still running, went on reminding of the
// partition's Bad domains after their recoveries (which the new member
// read), and the new member, which had read none of their Bad alerts,
// reminded of none (left by the seventeenth session, second review S2).
//
// Now the store records the alerts partition each domain's latest alert
// was read from, and a member reminds only of the domains of the
// partitions it is assigned (queueRepeats). When it is assigned a
// partition, it brings its status records and reminder states up to date
// with the partition's alerts up to the group's committed offset
// (rebuildReminders): a domain whose last status change there is its
// recovery is reminded of no more; a domain whose last one is Bad gets a
// reminder state for each target its Bad alert goes to, on the schedule
// the Bad alert's time gives (one reminder per interval since then), or
// keeps the one the member has for that alert. A domain the topic no
// longer mentions (Bad for longer than its retention) keeps what the
// member has.
//
// Limits: a reminder queued by the old member just before the partition
// left it may still go out, and the new member may send the same
// reminder number again; a notification a silence held is in the store
// of the member that read it (silence.go).

// rebuildReminders brings the status records and reminder states of the
// domains of partitions parts up to date with their committed alerts ca.
func (s *Sink) rebuildReminders(parts []int32, ca *committedAlerts) error {
	dir := s.table.Current()
	now := time.Now()
	domains, reminding := 0, 0
	for _, p := range parts {
		for d, a := range ca.topic[p].status {
			domains++
			if err := s.store.setCurrent(d, a.To, a.ID, p); err != nil {
				return err
			}
			if a.To != schemas.StatusBad {
				if err := s.store.dropRepeats(d); err != nil {
					return err
				}
				continue
			}
			// The thread a recovery read here continues is the Bad
			// alert's (episodeOf).
			if err := s.store.setEpisode(d, a.ID); err != nil {
				return err
			}
			n, err := s.scheduleReminders(a, dir, now)
			if err != nil {
				return err
			}
			reminding += n
		}
	}
	s.log.Info("sink: took over the reminders of assigned partitions", "topic", s.topics.alerts, "partitions", parts,
		"domains", domains, "reminder_states", reminding)
	return nil
}

// scheduleReminders gives each target that Bad alert a goes to a
// reminder state on the alert's schedule (reminderSchedule), unless it has
// one for this alert already, and returns how many targets have one.
func (s *Sink) scheduleReminders(a schemas.StatusChange, dir *directory.Directory, now time.Time) (int, error) {
	sent, repeats := reminderSchedule(a.At, now, s.repeatInterval(a.Domain))
	n := 0
	for _, tg := range dir.Subscribers(a) {
		key := tg.Key()
		have, ok, err := s.store.repeatOf(a.Domain, key)
		if err != nil {
			return n, err
		}
		if !ok || have.Alert.ID != a.ID {
			if err := s.store.setRepeat(a.Domain, key, repeatState{Alert: a, Episode: a.ID, Sent: sent, Repeats: repeats}); err != nil {
				return n, err
			}
		}
		n++
	}
	return n, nil
}

// reminderSchedule returns when the last reminder of a domain Bad since
// badAt was due by now, and its number, for reminders every interval: the
// next one is due an interval after it. With no interval (reminders off)
// it is the Bad alert itself.
func reminderSchedule(badAt, now time.Time, interval time.Duration) (time.Time, int) {
	if interval <= 0 || !now.After(badAt) {
		return badAt, 0
	}
	n := int(now.Sub(badAt) / interval)
	return badAt.Add(time.Duration(n) * interval), n
}

// dropRemindersOf drops the reminder states of the domains whose latest
// alert this member read from one of partitions parts, when it could not
// read what the topic says of them now: another member may have read a
// recovery since.
func (s *Sink) dropRemindersOf(parts []int32) {
	of := map[int32]bool{}
	for _, p := range parts {
		of[p] = true
	}
	var domains []string
	err := s.store.repeats(func(domain, _ string, _ repeatState) {
		if p, ok, err := s.store.alertsPartition(domain); err == nil && ok && of[p] {
			domains = append(domains, domain)
		}
	})
	for _, d := range domains {
		if err == nil {
			err = s.store.dropRepeats(d)
		}
	}
	if err != nil {
		s.log.Error("sink: forgetting the reminders of partitions whose alerts could not be read", "topic", s.topics.alerts, "partitions", parts, "err", err)
	}
}
