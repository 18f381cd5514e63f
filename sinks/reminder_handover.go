package sinks

import (
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/keypartition"
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
// of the member that read it (silence.go), which releases it, after the
// partition moved, by what the group committed of the partition
// (silence_moved.go), and, when it stopped meanwhile, only once it reads
// the partition again (review S25C-4). Handing the holds over with the
// partition (tried in a9f95f3) lost notifications in six sequences
// (review S25C-1..6).

// rebuildReminders brings the status records and reminder states of the
// domains of partitions parts up to date with their committed alerts ca.
func (s *Sink) rebuildReminders(parts []int32, ca *committedAlerts) error {
	dir := s.table.Current()
	now := time.Now()
	domains, reminding := 0, 0
	for _, p := range parts {
		for d, a := range ca.topic[p].status {
			domains++
			if err := s.store.setCurrent(d, a.To, a.ID, p, -1); err != nil {
				return err
			}
			// Where the alert was read, so that a silence's release tells
			// a recovery read here from a Bad it holds (recoveredSince;
			// review S25B-2).
			if pos := ca.topic[p].pos[d]; pos > 0 {
				if err := s.store.setCurrentPos(d, p, pos); err != nil {
					return err
				}
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
	// Records of domains the topic no longer mentions hold only if the
	// topic still has every alert since this member's mark, as
	// mergeFiring's firing records do (review S2); a domain with no
	// partition recorded (an older release's) gets the one its key
	// hashes to, as the processor's producer partitions alerts (S3).
	legacy, err := s.store.hasNoRemindMarks()
	if err != nil {
		return err
	}
	whole := map[int32]bool{}
	for _, p := range parts {
		mark, err := s.store.remindMark(p)
		if err != nil {
			return err
		}
		// No mark at all is a store of the release before the marks,
		// which kept its states: so does the first rebuild after the
		// upgrade (RV2-3b). A partition retention emptied starts past
		// the transaction marker after the member's last alert: if the
		// group committed exactly the mark, nobody read an alert after
		// it (RV2-3).
		c, committed := ca.comm[p]
		whole[p] = mark < 0 && legacy || mark >= 0 && (ca.start[p] <= mark || committed && c == mark)
	}
	assigned := map[int32]bool{}
	for _, p := range parts {
		assigned[p] = true
	}
	var stale []string
	if err := s.store.repeats(func(d, _ string, _ repeatState) {
		p, ok, err := s.store.alertsPartition(d)
		if err == nil && !ok && ca.parts > 0 {
			p, ok = keypartition.Of(d, ca.parts), true
			if err := s.store.setAlertsPartition(d, p); err != nil {
				s.log.Error("sink: recording the alerts partition of a domain", "domain", d, "err", err)
			}
		}
		if ok && assigned[p] && !whole[p] {
			if _, mentioned := ca.topic[p].status[d]; !mentioned {
				stale = append(stale, d)
			}
		}
	}); err != nil {
		return err
	}
	for _, d := range stale {
		if err := s.store.dropRepeats(d); err != nil {
			return err
		}
	}
	for _, p := range parts {
		if c, ok := ca.comm[p]; ok || ca.start[p] > 0 {
			if err := s.store.setRemindMark(p, max(c, ca.start[p])); err != nil {
				return err
			}
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
		switch {
		case !ok || have.Alert.ID != a.ID:
			if err := s.store.setRepeat(a.Domain, key, repeatState{Alert: a, Episode: a.ID, Sent: sent, Repeats: repeats}); err != nil {
				return n, err
			}
		case have.Sent.Before(sent):
			// This member reminded of this episode before, and another
			// may have since: the later of the two schedules, so that
			// no number goes out twice (review S4).
			have.Sent, have.Repeats = sent, max(have.Repeats, repeats)
			if err := s.store.setRepeat(a.Domain, key, have); err != nil {
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
