package sinks

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// The member of the sink group that reads a partition of the alerts topic
// is the one that re-posts its domains' firing alerts to Alertmanager.
// Each sink used to keep, and re-post, the firing records of every Bad
// alert it had read: when a partition moved to another member, the new
// one had none and did not re-post them (Alertmanager resolved those
// alerts at their endsAt, the domains still Bad), and the old one, still
// running, re-posted them for ever, also after the new one had posted
// their recoveries (left by the fourteenth session).
//
// Now a member re-posts only the partitions it is assigned
// (assignedAlerts). When it is assigned a partition (onAssigned) it reads
// the partition's alerts up to the group's committed offset and merges
// them with the firing records it has for the partition: a domain whose
// last alert there is Bad is firing (with the record it posted before, if
// it has one, so that the labels Alertmanager knows the alert by stay the
// same), a domain whose last alert is its recovery is not, and a domain
// the topic no longer holds keeps the record the member has (a domain Bad
// for longer than the topic's retention, re-posted by the member that
// read its Bad alert, across restarts). When a partition is revoked or
// lost its records are dropped: the new member re-posts them.
//
// A partition's new member re-posts a domain whose Bad alert is older than
// the topic's retention only if it read that alert itself.

// Bounds of a rebuild, which runs in the group's assignment callback:
// while it runs the member reads no alert of any partition, so it must
// end. A try reads for at most rebuildTimeout, and a failed try is tried
// once more; then the partitions are read with the firing records the
// member has, and the error is logged.
const (
	rebuildTimeout = 20 * time.Second
	rebuildTries   = 2
)

// assignedAlerts returns the alerts partitions this member is assigned.
func (s *Sink) assignedAlerts() map[int32]bool {
	s.assignedMu.Lock()
	defer s.assignedMu.Unlock()
	return maps.Clone(s.assigned)
}

// onAssigned takes over the alerts partitions the group assigned to this
// member: it reads their alerts up to the group's committed offset and
// merges the firing records (Alertmanager) and the reminder states
// (reminder_handover.go) it has for them with what the topic holds. It
// runs before the member fetches them.
func (s *Sink) onAssigned(cbctx context.Context, cl *kgo.Client, assigned map[string][]int32) {
	s.catchUpAssigned(cbctx, cl, assigned)
	parts := assigned[s.topics.alerts]
	if len(parts) == 0 {
		return
	}
	defer func() {
		s.assignedMu.Lock()
		for _, p := range parts {
			s.assigned[p] = true
		}
		s.assignedMu.Unlock()
	}()
	if err := s.tryInCallback(cbctx, func(ctx context.Context) error { return s.takeOver(ctx, cl, parts) }); err != nil {
		// Without the topic this member cannot tell its records from
		// stale ones (another member may have read a recovery since):
		// it re-posts none of these partitions' alerts and sends none
		// of their reminders rather than re-open recovered domains,
		// until their next alerts.
		s.dropFiringOf(map[string][]int32{s.topics.alerts: parts}, true)
		s.dropRemindersOf(parts)
		what := "their domains' reminders are not sent until their next alerts"
		if s.am.enabled() {
			s.metrics.failed.WithLabelValues(string(ChannelAlertmanager)).Inc()
			what = "their domains' Alertmanager alerts are not re-posted and their reminders not sent until their next alerts (Alertmanager resolves them at their endsAt)"
		}
		s.log.Error("sink: could not read the alerts of assigned partitions; "+what,
			"topic", s.topics.alerts, "partitions", parts, "tries", rebuildTries, "err", err)
	}
}

// tryInCallback runs fn, a read of the group's assignment callback, with
// the rebuild's bounds: at most rebuildTries tries of rebuildTimeout each,
// ended early by Run's end, Close, or the callback's context. It returns
// fn's error only when every try failed while nothing was stopping.
func (s *Sink) tryInCallback(cbctx context.Context, fn func(ctx context.Context) error) error {
	var err error
	for try := 1; try <= rebuildTries; try++ {
		ctx, cancel := context.WithTimeout(s.rebuildCtx, rebuildTimeout)
		stop := context.AfterFunc(cbctx, cancel)
		err = fn(ctx)
		stop()
		cancel()
		if err == nil || s.rebuildCtx.Err() != nil || cbctx.Err() != nil {
			break
		}
	}
	if s.rebuildCtx.Err() != nil || cbctx.Err() != nil {
		return nil
	}
	return err
}

// takeOver reads the committed alerts of partitions parts and merges them
// with the member's firing records and reminder states.
func (s *Sink) takeOver(ctx context.Context, cl *kgo.Client, parts []int32) error {
	ca, err := s.readCommitted(ctx, cl, parts)
	if err != nil {
		return err
	}
	if s.am.enabled() {
		if err := s.mergeFiring(parts, ca); err != nil {
			return err
		}
	}
	// The reminders' targets are the directory's: the first assignment
	// can come before Run has waited for the table.
	if err := s.table.WaitReady(ctx); err != nil {
		return err
	}
	return s.rebuildReminders(parts, ca)
}

// dropFiringOf forgets the alerts partitions revoked from or lost by this
// member and, when drop is set, drops their firing records: their new
// member re-posts them. A member that leaves the group (Close) keeps
// them for when it is assigned the partitions again, and re-posts none
// until then.
func (s *Sink) dropFiringOf(gone map[string][]int32, drop bool) {
	parts := gone[s.topics.alerts]
	if len(parts) == 0 {
		return
	}
	s.assignedMu.Lock()
	for _, p := range parts {
		delete(s.assigned, p)
	}
	s.assignedMu.Unlock()
	if !drop || !s.am.enabled() {
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

// topicFiring is what a partition's alerts say of its domains: the last
// Bad alert of each domain not followed by its recovery, every domain
// they mention, and the last status change (Bad or recovery) of each.
type topicFiring struct {
	firing    map[string]schemas.StatusChange
	mentioned map[string]bool
	status    map[string]schemas.StatusChange
	// pos says where the alert in status was read: the offset after it
	// on the partition.
	pos map[string]int64
}

// committedAlerts is what readCommitted read of the assigned partitions:
// what their alerts say (topic), the topic's start offsets (start) and
// the group's committed ones (comm, where any).
type committedAlerts struct {
	topic       map[int32]*topicFiring
	start, comm map[int32]int64
	read        int
	took        time.Duration
	parts       int32 // the topic's partition count
}

// readCommitted reads the alerts of partitions parts that the group
// committed, from the oldest the topic still holds to the committed
// offset.
//
// cl is the group's client, which New may not have stored yet when the
// first assignment comes.
func (s *Sink) readCommitted(ctx context.Context, cl *kgo.Client, parts []int32) (*committedAlerts, error) {
	started := time.Now()
	adm := kadm.NewClient(cl)
	committed, err := adm.FetchOffsets(ctx, s.cfg.Group)
	if err == nil {
		err = committed.Error()
	}
	if err != nil {
		return nil, fmt.Errorf("committed offsets of group %s: %w", s.cfg.Group, err)
	}
	starts, err := adm.ListStartOffsets(ctx, s.topics.alerts)
	if err == nil {
		err = starts.Error()
	}
	if err != nil {
		return nil, fmt.Errorf("start offsets of %s: %w", s.topics.alerts, err)
	}
	end := map[int32]int64{}
	from := map[int32]kgo.Offset{}
	topic := map[int32]*topicFiring{}
	start := map[int32]int64{}
	comm := map[int32]int64{}
	for _, p := range parts {
		topic[p] = &topicFiring{firing: map[string]schemas.StatusChange{}, mentioned: map[string]bool{}, status: map[string]schemas.StatusChange{},
			pos: map[string]int64{}}
		if st, ok := starts.Lookup(s.topics.alerts, p); ok {
			start[p] = st.Offset
		}
		o, ok := committed.Lookup(s.topics.alerts, p)
		if !ok || o.At <= 0 {
			continue // nothing committed: the member reads it all
		}
		comm[p] = o.At
		// Retention may have deleted every alert before the committed
		// offset: then there is nothing to read, and waiting for the
		// committed offset would wait for the next alert (second
		// review, S1).
		if start[p] >= o.At {
			continue
		}
		end[p] = o.At
		from[p] = kgo.NewOffset().AtStart()
	}
	read, err := s.readAlerts(ctx, from, end, topic)
	if err != nil {
		return nil, err
	}
	n := int32(0)
	starts.Each(func(o kadm.ListedOffset) { n = max(n, o.Partition+1) })
	return &committedAlerts{topic: topic, start: start, comm: comm, read: read, took: time.Since(started), parts: n}, nil
}

// mergeFiring merges what the committed alerts of partitions parts say
// with the member's firing records (see above).
func (s *Sink) mergeFiring(parts []int32, ca *committedAlerts) error {
	topic, start, comm := ca.topic, ca.start, ca.comm
	unlock := s.am.lockAll()
	defer unlock()
	now, total, kept := time.Now(), 0, 0
	for _, p := range parts {
		own, err := s.store.firingOf(p)
		if err != nil {
			return err
		}
		mark, err := s.store.firingMark(p)
		if err != nil {
			return err
		}
		// This member's records are of the alerts before its mark. The
		// ones of domains the topic no longer mentions still hold if
		// the topic holds every alert from the mark on (all read
		// above): otherwise another member may have read a recovery
		// since that retention deleted (third review).
		// A partition retention emptied starts past the transaction
		// marker after the member's last alert: if the group committed
		// exactly its mark, nobody read an alert after it (second
		// review, RV2-4).
		c, committed := comm[p]
		whole := mark >= 0 && (start[p] <= mark || committed && c == mark)
		merged := map[string]amAlert{}
		for d, a := range own {
			if !topic[p].mentioned[d] && whole {
				merged[d] = a // its alerts are past the topic's retention
				kept++
			}
		}
		for d, a := range topic[p].firing {
			if posted, ok := own[d]; ok {
				merged[d] = posted
			} else {
				merged[d] = s.am.firing(a)
			}
		}
		if err := s.store.replaceFiring(p, merged, now); err != nil {
			return err
		}
		// The records now reflect the alerts before the committed
		// offset (or before the topic's start, if that is later).
		if c, ok := comm[p]; ok || start[p] > mark {
			if err := s.store.setFiringMark(p, max(c, start[p])); err != nil {
				return err
			}
		}
		total += len(merged)
	}
	s.log.Info("sink: took over the Alertmanager alerts of assigned partitions", "topic", s.topics.alerts, "partitions", parts,
		"alerts_read", ca.read, "firing", total, "kept_past_retention", kept, "took", ca.took.Round(time.Millisecond))
	return nil
}

// readAlerts reads partitions from the topic's start up to end (exclusive)
// into topic, and returns how many alerts it read.
func (s *Sink) readAlerts(ctx context.Context, from map[int32]kgo.Offset, end map[int32]int64, topic map[int32]*topicFiring) (int, error) {
	return s.readTopic(ctx, s.topics.alerts, from, end, func(r *kgo.Record) {
		a, err := schemas.DecodeStatusChange(r.Value)
		if err != nil {
			return // dead-lettered when it was read
		}
		tf := topic[r.Partition]
		tr, ok := directory.TransitionOf(a.From, a.To)
		switch tr {
		case directory.TransitionBad:
			tf.firing[a.Domain] = a
			tf.mentioned[a.Domain] = true
		case directory.TransitionRecovered:
			delete(tf.firing, a.Domain)
			tf.mentioned[a.Domain] = true
		}
		if ok && a.Kind == schemas.KindStatus {
			tf.status[a.Domain] = a
			tf.pos[a.Domain] = r.Offset + 1
		}
	})
}

// readTopic reads the committed records of topic's partitions from (up to
// end, exclusive) with a client of its own, calling each for every one,
// and returns how many it read.
func (s *Sink) readTopic(ctx context.Context, topic string, from map[int32]kgo.Offset, end map[int32]int64, each func(*kgo.Record)) (int, error) {
	if len(from) == 0 {
		return 0, nil
	}
	cl, err := kgo.NewClient(append(append([]kgo.Opt{}, s.cfg.Kafka...),
		kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: from}),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		// Transaction markers can be the last offsets before the
		// committed one; seeing them is how the reading knows it got
		// there.
		kgo.KeepControlRecords(),
	)...)
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", topic, err)
	}
	defer cl.Close()
	pos := map[int32]int64{}
	read := 0
	for {
		done := true
		for p, e := range end {
			done = done && pos[p] >= e
		}
		if done {
			return read, nil
		}
		fs := cl.PollFetches(ctx)
		if err := ctx.Err(); err != nil {
			missing := []int32{}
			for p, e := range end {
				if pos[p] < e {
					missing = append(missing, p)
				}
			}
			slices.Sort(missing)
			return read, fmt.Errorf("read %s partitions %v up to offsets %v: %w", topic, missing, end, err)
		}
		var ferr error
		fs.EachError(func(t string, p int32, err error) {
			if !errors.Is(err, context.Canceled) {
				ferr = fmt.Errorf("read %s partition %d: %w", t, p, err)
			}
		})
		if ferr != nil {
			return read, ferr
		}
		fs.EachRecord(func(r *kgo.Record) {
			pos[r.Partition] = r.Offset + 1
			if r.Offset >= end[r.Partition] || r.Attrs.IsControl() {
				return
			}
			read++
			each(r)
		})
	}
}
