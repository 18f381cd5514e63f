package sinks

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// A sink group that has committed nothing for a partition reads it from
// the topic's start: a new deployment, another --sink-group, a group
// whose offsets Kafka expired (offsets.retention.minutes, 7 days without
// a member by default), or one away longer than the topic keeps alerts
// (its committed offset below the topic's start). It used to notify
// every alert the topic still held, days of past Bad and recovered mails
// at once, and every incident of the compacted incidents topic (left by
// the eighteenth session; its first fix, a maximum age, never told of a
// domain still Bad).
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
//     says were told of the problem (a group whose offsets expired, on
//     the same store): nobody else heard of the episode;
//   - an incident's last record if the incident is still open, whatever
//     its event (the incidents topic is compacted: often the last update
//     is all that is left), told as its opening;
//   - every record stamped less than catchUpNews before the assignment
//     (or not stamped), as news: alerts written while the group formed
//     (a deployment that starts the processor and the sink together, a
//     topic created after the group joined) are not history; but a
//     recovery there of a problem folded as history goes only to those
//     told of it, and news of an incident folded as history is told as
//     the region's last record would be;
//   - the recovery of a problem the region told, to every target (its
//     delivery may not be recorded yet);
//   - nothing else: an episode that began and ended before the group is
//     history, which the console shows. Alerts the region folds are still
//     held by a silence that holds earlier ones of their target, so that
//     the silence's end does not release a stale Bad.
//
// The region is committed whole or not at all (offsets.holdUntil): a
// member that takes the partition over after a restart or a rebalance
// finds nothing committed and folds the same history, rather than read
// the rest of it as news. A notification of the region that cannot be
// delivered (an SMTP server down) keeps the whole region uncommitted
// meanwhile; what was delivered is not sent twice (the store records
// it).
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
	end       int64
	last      map[catchUpKey]int64
	newsAfter time.Time
	// folded are the keys whose latest problem alert (or incident
	// record) the region folded: a recovery of them goes only to the
	// targets told of the problem. told are the keys whose problem alert
	// the region notified: their recovery goes to every target, whether
	// or not the notification was delivered yet. Only dispatch (the poll
	// goroutine) reads and writes them.
	folded, told map[catchUpKey]bool
	// notified and skipped count the region's records, for the log line
	// at its end.
	notified, skipped int
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
	found := map[topicPartition]*catchUp{}
	for _, topic := range topics {
		if len(assigned[topic]) == 0 {
			continue
		}
		starts, err := adm.ListStartOffsets(ctx, topic)
		if err == nil {
			err = starts.Error()
		}
		if err != nil {
			return fmt.Errorf("start offsets of %s: %w", topic, err)
		}
		var fresh []int32
		for _, p := range assigned[topic] {
			st, _ := starts.Lookup(topic, p)
			// A committed offset the topic's retention has passed is
			// no better than none: the group was away longer than the
			// topic keeps alerts, and what is left is unread history.
			if o, ok := committed.Lookup(topic, p); !ok || o.At <= 0 || o.At < st.Offset {
				fresh = append(fresh, p)
			}
		}
		if len(fresh) == 0 {
			continue
		}
		if err := s.readCatchUp(ctx, adm, topic, fresh, starts, found); err != nil {
			return err
		}
	}
	// All or nothing: the error path notifies every alert as news.
	s.catchUpMu.Lock()
	defer s.catchUpMu.Unlock()
	for tp, c := range found {
		s.catchUps[tp] = c
		s.offsets.holdUntil(tp, c.end)
	}
	return nil
}

// readCatchUp reads the catch-up regions of topic's partitions parts,
// whose start offsets are in starts, into found.
func (s *Sink) readCatchUp(ctx context.Context, adm *kadm.Client, topic string, parts []int32, starts kadm.ListedOffsets, found map[topicPartition]*catchUp) error {
	started := time.Now()
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
		e, ok := ends.Lookup(topic, p)
		if !ok || e.Offset <= st.Offset {
			continue // empty: everything it will read is news
		}
		regions[p] = &catchUp{last: map[catchUpKey]int64{}, folded: map[catchUpKey]bool{}, told: map[catchUpKey]bool{}, newsAfter: newsAfter}
		from[p] = kgo.NewOffset().AtStart()
		end[p] = e.Offset
	}
	read, err := s.readTopic(ctx, topic, from, end, func(r *kgo.Record) {
		c := regions[r.Partition]
		// The region ends after its last record: the offsets after it
		// (transaction markers) are never a tracked alert's.
		c.end = r.Offset + 1
		if k, ok := s.catchUpKeyOf(r); ok {
			c.last[k] = r.Offset
		}
	})
	if err != nil {
		return err
	}
	for p, c := range regions {
		if c.end > 0 {
			found[topicPartition{topic, p}] = c
		}
	}
	if read > 0 {
		s.log.Info("sink: the group has read nothing of these partitions: their alerts of more than 15 minutes ago are folded into the current state, and only what is still on is notified",
			"topic", topic, "partitions", parts, "alerts", read, "took", time.Since(started).Round(time.Millisecond))
	}
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
	history := schemas.InTimeRange(r.Timestamp) && r.Timestamp.Before(c.newsAfter)
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
		c.skipped++
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
		"notified", c.notified, "skipped", c.skipped)
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
// notified to (see above; history says it is not news), and whether it
// goes to Alertmanager (the region's last of its domain and class).
func (s *Sink) catchUpTargets(c *catchUp, history bool, off int64, a *schemas.StatusChange, targets []directory.Target) ([]directory.Target, bool) {
	k := catchUpKey{a.Domain, alertClass(a)}
	if history && !c.isLast(k, off) {
		if reportsProblem(a) {
			c.folded[k] = true
		}
		return nil, false
	}
	if reportsProblem(a) {
		delete(c.folded, k)
		c.told[k] = true
		return targets, true
	}
	if c.told[k] || !history && !c.folded[k] {
		// The recovery of a problem this region told (its delivery
		// may not be recorded yet: a Bad stamped in the future), or
		// news after news.
		delete(c.told, k)
		return targets, true
	}
	delete(c.folded, k)
	return s.toldOf(a, targets), true
}

// toldOf returns the targets the store says were told of the problem a
// recovers from: their last notification of its domain and class was
// of the problem.
func (s *Sink) toldOf(a *schemas.StatusChange, targets []directory.Target) []directory.Target {
	var out []directory.Target
	for _, tg := range targets {
		kind, err := s.store.lastKind(tg.Key(), classKey(a))
		if err != nil {
			s.log.Error("sink: reading last notification kind", "target", tg.Key(), "domain", a.Domain, "err", err)
			out = append(out, tg) // better twice than never
			continue
		}
		if kind == kindBad || kind == kindFlapped {
			out = append(out, tg)
		}
	}
	return out
}

// classKey is the store's name for what the kinds of notifications of
// a's domain and class are recorded under: the domain for status changes
// (flap control reads it), the domain and class for detection alerts.
func classKey(a *schemas.StatusChange) string {
	switch alertClass(a) {
	case classDelay:
		return a.Domain + "\x00delay"
	case classSilence:
		return a.Domain + "\x00silence"
	}
	return a.Domain
}

// holdFolded passes an alert of a region to the silences that hold
// earlier notifications of the targets (of all) it is not notified to
// (kept are those it is), so that a silence's end releases the domain's
// latest state, not a stale one.
func (s *Sink) holdFolded(dir *directory.Directory, a schemas.StatusChange, made time.Time, part int32, next int64, all, kept []directory.Target) {
	var held []directory.Target
	for _, tg := range all {
		if slices.ContainsFunc(kept, func(k directory.Target) bool { return k.Key() == tg.Key() }) {
			continue
		}
		if _, ok, err := s.store.held(tg.Key(), a.Domain); err == nil && ok {
			held = append(held, tg)
		}
	}
	if len(held) > 0 {
		// What no silence holds any more is folded all the same.
		_ = s.holdSilenced(dir, a, made, part, next, held)
	}
}
