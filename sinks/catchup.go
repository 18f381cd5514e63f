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

// A sink group that has committed nothing for a partition reads it from
// the topic's start: a new deployment, another --sink-group, or a group
// whose offsets Kafka expired (offsets.retention.minutes, 7 days by
// default). It used to notify every alert the topic still held, days of
// past Bad and recovered mails at once, and every incident of the
// compacted incidents topic (left by the eighteenth session; its first
// fix, a maximum age, never told of a domain still Bad).
//
// Now, as Alertmanager does on its first start with an empty notification
// log, the member folds what happened long before it into the current
// state and tells only what is on now. When it is assigned such a
// partition it reads it up to the last stable offset (the catch-up
// region) and notes the last alert of each domain and kind (status,
// delay, silence) and the last record of each incident. Reading the
// region in order (dispatch), it keeps its status, episode and reminder
// bookkeeping of every alert, and notifies:
//
//   - the last alert of a domain and kind if it reports a problem (Bad,
//     delayed, silent), through the normal path (silences, flap control,
//     incident grouping, Alertmanager); the mail says when it began;
//   - the last alert if it is a recovery, only to the targets the store
//     says were told of the Bad (a group whose offsets expired, on the
//     same store): nobody else heard of the episode;
//   - an incident's last record if the incident is still open;
//   - every record stamped less than catchUpNews before the assignment,
//     as news: alerts written while the group formed (a deployment that
//     starts the processor and the sink together, a topic created after
//     the group joined) are not history;
//   - every alert below the offset up to which this member's store has
//     read the partition (its reminder mark; the incidents topic has
//     none), as news too: a member that
//     crashed before its group's first commit has notifications of them
//     to finish, and the store drops what it delivered already;
//   - nothing else: an episode that began and ended before the group is
//     history, which the console shows.
//
// If the region cannot be read (the broker is down past the rebuild's
// tries), the member notifies everything it reads, as before: a flood
// is better than a Bad domain nobody hears of.

// catchUpNews is how recent a record of a catch-up region must be (by its
// Kafka timestamp, before the assignment) to be notified as news.
const catchUpNews = 15 * time.Minute

// The classes of alerts of which a catch-up keeps the last of each
// domain; an incident's records are one class of their own.
const (
	classStatus uint8 = iota
	classDelay
	classSilence
	classIncident
)

// catchUpKey names what a catch-up keeps the last record of: a domain's
// alerts of one class, or an incident (name is then its id).
type catchUpKey struct {
	name  string
	class uint8
}

// catchUp is a partition's catch-up region: the offsets from from to end
// (exclusive), the offset of the last record of each key there, and the
// time from which a record is news.
type catchUp struct {
	from, end int64
	last      map[catchUpKey]int64
	newsAfter time.Time
	// notified and folded count the region's records, for the log line
	// at its end.
	notified, folded int
}

// alertClass returns the class of an alert.
func alertClass(a *schemas.StatusChange) uint8 {
	switch a.Kind {
	case schemas.KindDelayed, schemas.KindDelayRecovered:
		return classDelay
	case schemas.KindSilent, schemas.KindSilentRecovered:
		return classSilence
	}
	return classStatus
}

// reportsProblem reports whether a says a problem began: a domain turned
// Bad, its mail is delayed, or it fell silent.
func reportsProblem(a *schemas.StatusChange) bool {
	switch a.Kind {
	case schemas.KindStatus:
		return a.To == schemas.StatusBad
	case schemas.KindDelayed, schemas.KindSilent:
		return true
	}
	return false
}

// startCatchUps finds the assigned partitions of the alerts and incidents
// topics for which the group has committed nothing and reads their
// catch-up regions (see above). It runs in the assignment callback,
// before the member fetches them.
func (s *Sink) startCatchUps(ctx context.Context, cl *kgo.Client, assigned map[string][]int32) error {
	topics := []string{s.topics.alerts}
	if s.incidents != nil {
		topics = append(topics, s.topics.incidents)
	}
	n := 0
	for _, t := range topics {
		n += len(assigned[t])
	}
	if n == 0 {
		return nil
	}
	adm := kadm.NewClient(cl)
	committed, err := adm.FetchOffsets(ctx, s.cfg.Group)
	if err == nil {
		err = committed.Error()
	}
	if err != nil {
		return fmt.Errorf("committed offsets of group %s: %w", s.cfg.Group, err)
	}
	for _, topic := range topics {
		var fresh []int32
		for _, p := range assigned[topic] {
			if o, ok := committed.Lookup(topic, p); !ok || o.At <= 0 {
				fresh = append(fresh, p)
			}
		}
		if len(fresh) == 0 {
			continue
		}
		if err := s.readCatchUp(ctx, adm, topic, fresh); err != nil {
			return err
		}
	}
	return nil
}

// readCatchUp reads the catch-up regions of topic's partitions parts and
// records them for dispatch.
func (s *Sink) readCatchUp(ctx context.Context, adm *kadm.Client, topic string, parts []int32) error {
	started := time.Now()
	starts, err := adm.ListStartOffsets(ctx, topic)
	if err == nil {
		err = starts.Error()
	}
	if err != nil {
		return fmt.Errorf("start offsets of %s: %w", topic, err)
	}
	// The last stable offset: what a read_committed consumer reads up to
	// now. A transaction still open ends above it and is read as news.
	ends, err := adm.ListCommittedOffsets(ctx, topic)
	if err == nil {
		err = ends.Error()
	}
	if err != nil {
		return fmt.Errorf("last stable offsets of %s: %w", topic, err)
	}
	from := map[int32]kgo.Offset{}
	end := map[int32]int64{}
	regions := map[int32]*catchUp{}
	newsAfter := time.Now().Add(-catchUpNews)
	for _, p := range parts {
		st, _ := starts.Lookup(topic, p)
		first := st.Offset
		if topic == s.topics.alerts {
			// What this member's store read of the partition before is
			// not history to it (see above).
			mark, err := s.store.remindMark(p)
			if err != nil {
				return err
			}
			first = max(first, mark)
		}
		e, ok := ends.Lookup(topic, p)
		if !ok || e.Offset <= first {
			continue // empty: everything it will read is news
		}
		regions[p] = &catchUp{from: first, end: e.Offset, last: map[catchUpKey]int64{}, newsAfter: newsAfter}
		from[p] = kgo.NewOffset().At(first)
		end[p] = e.Offset
	}
	read, err := s.readTopic(ctx, topic, from, end, func(r *kgo.Record) {
		if k, ok := s.catchUpKeyOf(r); ok {
			regions[r.Partition].last[k] = r.Offset
		}
	})
	if err != nil {
		return err
	}
	s.catchUpMu.Lock()
	for p, c := range regions {
		s.catchUps[topicPartition{topic, p}] = c
	}
	s.catchUpMu.Unlock()
	s.log.Info("sink: the group has read nothing of these partitions: their alerts before now are folded into the current state, and only what is still on is notified",
		"topic", topic, "partitions", parts, "alerts", read, "took", time.Since(started).Round(time.Millisecond))
	return nil
}

// catchUpKeyOf returns the key of a record of the alerts or incidents
// topic, false for a record that does not decode (dead-lettered or skipped
// when dispatch reads it).
func (s *Sink) catchUpKeyOf(r *kgo.Record) (catchUpKey, bool) {
	if r.Topic == s.topics.incidents {
		inc, err := schemas.DecodeIncident(r.Value)
		if err != nil {
			return catchUpKey{}, false
		}
		return catchUpKey{inc.ID, classIncident}, true
	}
	a, err := schemas.DecodeStatusChange(r.Value)
	if err != nil {
		return catchUpKey{}, false
	}
	return catchUpKey{a.Domain, alertClass(&a)}, true
}

// catchUpAssigned reads the catch-up regions of the assigned partitions
// (startCatchUps), trying as the Alertmanager take-over does; when that
// fails the partitions are read as news.
func (s *Sink) catchUpAssigned(cbctx context.Context, cl *kgo.Client, assigned map[string][]int32) {
	if err := s.tryInCallback(cbctx, func(ctx context.Context) error { return s.startCatchUps(ctx, cl, assigned) }); err != nil {
		s.log.Error("sink: could not tell which assigned partitions the group has read nothing of; every alert they hold is notified as news",
			"group", s.cfg.Group, "tries", rebuildTries, "err", err)
	}
}

// inCatchUp returns the catch-up region r is in (nil when none) and
// whether r is history there (see above) rather than news.
func (s *Sink) inCatchUp(r *kgo.Record) (*catchUp, bool) {
	s.catchUpMu.Lock()
	defer s.catchUpMu.Unlock()
	tp := topicPartition{r.Topic, r.Partition}
	c := s.catchUps[tp]
	switch {
	case c == nil:
		return nil, false
	case r.Offset >= c.end:
		// Past the region (its last records were control records or
		// compacted away).
		s.endCatchUpLocked(tp, c)
		return nil, false
	}
	// A record without a usable timestamp (-1) is news: better told.
	history := r.Offset >= c.from && schemas.InTimeRange(r.Timestamp) && r.Timestamp.Before(c.newsAfter)
	return c, history
}

// catchUpDone counts r, a record of region c, as notified or folded,
// and ends the region at its last offset.
func (s *Sink) catchUpDone(r *kgo.Record, c *catchUp, notified bool) {
	s.catchUpMu.Lock()
	defer s.catchUpMu.Unlock()
	if notified {
		c.notified++
	} else {
		c.folded++
	}
	if tp := (topicPartition{r.Topic, r.Partition}); r.Offset+1 >= c.end && s.catchUps[tp] == c {
		s.endCatchUpLocked(tp, c)
	}
}

// endCatchUpLocked forgets a partition's region; the caller holds
// catchUpMu.
func (s *Sink) endCatchUpLocked(tp topicPartition, c *catchUp) {
	delete(s.catchUps, tp)
	s.log.Info("sink: caught up with a partition the group had read nothing of", "topic", tp.topic, "partition", tp.partition,
		"notified", c.notified, "folded", c.folded)
}

// dropCatchUps forgets the regions of partitions the member no longer
// reads.
func (s *Sink) dropCatchUps(gone map[string][]int32) {
	s.catchUpMu.Lock()
	defer s.catchUpMu.Unlock()
	for topic, parts := range gone {
		for _, p := range parts {
			delete(s.catchUps, topicPartition{topic, p})
		}
	}
}

// isLast reports whether the record at off is the region's last of k.
func (c *catchUp) isLast(k catchUpKey, off int64) bool { return c.last[k] == off }

// catchUpTargets returns which of targets an alert of region c at off is
// notified to (see above), and whether it is the region's last of its
// domain and class (only the last goes to Alertmanager).
func (s *Sink) catchUpTargets(c *catchUp, off int64, a *schemas.StatusChange, targets []directory.Target) ([]directory.Target, bool) {
	if !c.isLast(catchUpKey{a.Domain, alertClass(a)}, off) {
		return nil, false
	}
	if reportsProblem(a) {
		return targets, true
	}
	if a.Kind != schemas.KindStatus {
		return nil, true
	}
	// A recovery, to those told of the Bad (a group whose offsets
	// expired, on the store that sent it).
	var told []directory.Target
	for _, tg := range targets {
		kind, err := s.store.lastKind(tg.Key(), a.Domain)
		if err != nil {
			s.log.Error("sink: reading last notification kind", "target", tg.Key(), "domain", a.Domain, "err", err)
			told = append(told, tg) // better twice than never
			continue
		}
		if kind == kindBad || kind == kindFlapped {
			told = append(told, tg)
		}
	}
	return told, true
}
