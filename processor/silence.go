package processor

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// Silence (no mail flow), issue 15: a domain that normally receives mail
// — at least silent_baseline attempts an hour (default 5), averaged over
// the 24 hours before its last attempt — and has had no attempt for
// silent_after (default 2 hours) while the platform kept delivering gets a
// "silent" alert, and a "silent_recovered" alert with its next attempt.
//
// Stream time. Silence is judged on stream time, never on the wall clock,
// so that a replay of the same input gives the same alerts: a partition's
// stream time is the largest arrival time (the Kafka record timestamp, in
// seconds) of the records of the partition evaluated so far, deliveries
// and repartitioned alike, and a domain's last arrival is the stream time
// just after its latest attempt. Records are ordered by their position in
// the partition (the order a transaction takes them in); a domain is silent
// from the first record of its partition, of another domain, that takes
// stream time to its due time — its last arrival plus silent_after — before
// its own next attempt. That record is the alert's cause (and so its id),
// whatever transaction it falls in: the alerts do not depend on how polls
// cut the stream.
//
// "While the platform is otherwise delivering." The stream time of a
// domain's partition only moves with other domains' attempts, so a silence
// is always seen by their mail arriving. A partition whose stream time
// jumps by quietGap or more at one record was quiet: the platform (or this
// share of it) was not delivering, so no domain can be blamed for its own
// quiet during that spell — every domain's silence period starts again
// at that record (the partition's resume time). A platform-wide quiet
// spell therefore raises no alert, and a domain that stays quiet after
// the others resumed is silent silent_after after they did.
//
// Exactly once. The silent flag, the last arrival and the 24 hourly counts
// are in the domain's state record, written with the alert in one
// transaction. The partition's stream time and resume time are carried by
// every state record the transaction writes (state.Window.StreamTime,
// Resumed); a restore takes the largest. The due index (silenceindex.go)
// is derived, like the status index, and rebuilt from the store after a
// restore.
//
// A partition with no traffic of its own moves with the tick records its
// owner writes to it while the instance's other partitions deliver
// (tick.go); a tick counts as a record of the partition here. A partition
// with no traffic and no ticks does not advance: its domains cannot be
// judged, which is the right answer when the platform is quiet.

// quietGap is how long a partition may go without any attempt before it
// counts as quiet (see above). Below MinSilentAfter (45 minutes), so that
// a silence period always spans at least one quiet gap's worth of traffic.
const quietGap int64 = 30 * 60

// txnStream is the stream time of each partition along a transaction's
// records, computed once per transaction (by whichever shard asks first)
// and then read by every shard.
type txnStream struct {
	valid   bool // computed for this transaction, not yet taken over (see prepareSilence)
	aborted bool // the transaction aborted: its stream position is not committed
	parts   map[int32]*partStream
	// The ticks (tick.go): the platform clock after the transaction, the
	// ticks it writes, and each ticked partition's latest tick.
	clock    platformClock
	ticks    []tickPlan
	lastTick map[int32]int64
	woken    map[int32]*partition // the partitions given a wake-up tick
}

// partStream is one partition's stream time along the transaction's
// records of it.
type partStream struct {
	built bool // the partition's silence state was built (see prepareSilence)
	// start and startRes are the stream time and resume time before the
	// transaction.
	start, startRes int64
	// pos lists the indexes into txn.in of the partition's evaluated
	// records in order; after and res the stream time and resume time
	// after each.
	pos        []int32
	after, res []int64
	// events counts the partition's events (not ticks) of the
	// transaction; anchor is the domain whose state carries the stream
	// time when ticks alone moved it (see chooseAnchors).
	events int
	anchor string
}

// end returns the partition's stream time and resume time after the
// transaction.
func (ps *partStream) end() (int64, int64) {
	if n := len(ps.after); n > 0 {
		return ps.after[n-1], ps.res[n-1]
	}
	return ps.start, ps.startRes
}

// resBefore returns the resume time before the record at position k.
func (ps *partStream) resBefore(k int) int64 {
	if k == 0 {
		return ps.startRes
	}
	return ps.res[k-1]
}

// stream returns the transaction's stream, computing it on first use.
func (s *shard) stream() *txnStream {
	root := s.t.shards[0]
	root.streamOnce.Do(root.computeStream)
	return &root.txStream
}

// computeStream walks the transaction's records in order and notes each
// partition's stream time after every evaluated record (valid and not
// forwarded: what a domain of the partition counts, duplicates included).
func (s *shard) computeStream() {
	st := &s.txStream
	sil := s.t.p.silence()
	for _, ps := range st.parts {
		ps.pos, ps.after, ps.res = ps.pos[:0], ps.after[:0], ps.res[:0]
		ps.built, ps.events, ps.anchor = false, 0, ""
	}
	if st.parts == nil {
		st.parts, st.lastTick, st.woken = map[int32]*partStream{}, map[int32]int64{}, map[int32]*partition{}
	}
	if s.t.p.cfg.SkipDetections {
		// No stream: no silence detection, no ticks.
		clear(st.parts)
		st.ticks, st.clock.samples = st.ticks[:0], st.clock.samples[:0]
		clear(st.lastTick)
		st.valid, st.aborted = true, false
		return
	}
	clock := sil.startClock()
	clock.samples = st.clock.samples[:0]
	// An attempt's arrival is its record's timestamp, which the producer
	// sets (CreateTime). One transport server whose clock runs ahead would
	// drag its partition's stream time along: its neighbours' silence
	// periods would end early (a silence missed for as long as the clock
	// is ahead) or be invented (steps each shorter than quietGap). An
	// attempt moves stream time at most to the wall clock (arrivalOf cut
	// its arrival back already), a tick at most tickAhead past it.
	ahead := s.t.latest.Add(tickAhead).Unix()
	var cur *partStream
	curPart := int32(-1)
	for i := range s.t.decoded {
		dec := &s.t.decoded[i]
		if dec.err != nil || dec.forward {
			continue
		}
		if dec.part != curPart || cur == nil {
			curPart = dec.part
			cur = st.parts[curPart]
			if cur == nil {
				cur = &partStream{}
				st.parts[curPart] = cur
			}
			if !cur.built && len(cur.pos) == 0 {
				cur.start, cur.startRes = 0, 0
				if sp := sil.parts[curPart]; sp != nil {
					cur.built, cur.start, cur.startRes = true, sp.streamTime, sp.resumed
				}
			}
		}
		t, r := cur.end()
		ts := dec.arrival
		if dec.tick {
			if ts = tickArrival(t, ts); ts == 0 {
				continue // a tick never starts a stream
			}
			// Anyone who may write to the deliveries topic can write a
			// tick: like an attempt, it moves stream time only to the
			// wall clock plus tickAhead (never back). Seven forged ticks
			// 25 minutes apart invented a silence, and left the stream
			// hours ahead of the clock (review finding).
			ts = min(ts, max(t, ahead))
		} else {
			cur.events++
			clock.see(ts) // no later than the wall clock (arrivalOf)
		}
		if t == 0 || ts-t >= quietGap {
			// The partition's first record, or the first after a quiet
			// spell: silence periods start again here.
			r = ts
		}
		t = max(t, ts)
		dec.spos = int32(len(cur.pos))
		cur.pos = append(cur.pos, int32(i))
		cur.after = append(cur.after, t)
		cur.res = append(cur.res, r)
	}
	for part, ps := range st.parts {
		if len(ps.pos) == 0 && !ps.built {
			delete(st.parts, part)
		}
	}
	s.chooseAnchors(st)
	s.planTicks(st, &clock)
	st.clock = clock
	st.valid, st.aborted = true, false
}

// silenceWatched reports whether domain w could fall silent: the
// detection is on for it, it is not silent already, and it normally
// receives mail (its baseline).
func silenceWatched(w *state.Window, res *directory.Resolved) bool {
	return !w.Silent && w.LastArrival > 0 && res.SilenceLimit() > 0 && w.AttemptsPerHour() >= float64(res.SilenceBaseline())
}

// silenceDue is when a domain whose last attempt arrived at last is silent,
// on a partition that resumed at resumed (Unix seconds).
func silenceDue(last, resumed int64, res *directory.Resolved) int64 {
	return max(last, resumed) + int64(res.SilenceLimit()/time.Second)
}

// silenceUntil checks whether d falls silent at one of the positions
// [d.silFrom, to) of its partition's stream ps, before its attempt at to
// (or the end of the transaction), and announces it.
func (s *shard) silenceUntil(ctx context.Context, d *dirtyDomain, ps *partStream, to int) {
	from := d.silFrom
	if from >= to || !silenceWatched(d.w, &d.res) {
		return
	}
	res := ps.resBefore(from)
	due := silenceDue(d.w.LastArrival, res, &d.res)
	if ps.after[to-1] < due {
		return // the common case: nothing near
	}
	for {
		k := from + sort.Search(to-from, func(i int) bool { return ps.after[from+i] >= due })
		if k == to {
			return
		}
		if r := ps.res[k]; r > res {
			// The partition resumed after a quiet spell at or before k:
			// the silence period starts again there.
			res, from = r, k
			due = silenceDue(d.w.LastArrival, res, &d.res)
			continue
		}
		d.w.Silent = true
		cause := &s.t.decoded[ps.pos[k]].ev
		s.silenceAlert(ctx, d, schemas.KindSilent, cause.ID, time.Unix(due, 0).UTC(), d.w.LastArrival)
		return
	}
}

// silenceArrived counts d's attempt ev at position k of ps in its hourly
// counts, after silenceUntil looked before it, and announces the end of a
// silence.
func (s *shard) silenceArrived(ctx context.Context, d *dirtyDomain, ps *partStream, k int, ev *schemas.DeliveryEvent) {
	last := d.w.LastArrival
	d.w.CountArrival(ps.after[k])
	d.silFrom = k + 1
	if d.w.Silent {
		d.w.Silent = false
		s.silenceAlert(ctx, d, schemas.KindSilentRecovered, ev.ID, ev.CompletedAt, last)
	}
}

// silenceDone runs once d's attempts of the transaction are evaluated: it
// checks the rest of the transaction's stream, and puts d in its due index
// when it could fall silent and has no entry there.
func (s *shard) silenceDone(ctx context.Context, d *dirtyDomain, ps *partStream) {
	s.silenceUntil(ctx, d, ps, len(ps.pos))
	x := s.t.p.silence().shards[s.no][d.partition]
	if x == nil || !silenceWatched(d.w, &d.res) {
		return
	}
	if _, ok := x.in[d.domain]; ok {
		return // an entry at or before its due: checked when it comes up
	}
	_, resumed := ps.end()
	due := silenceDue(d.w.LastArrival, resumed, &d.res)
	name := strings.Clone(d.domain) // it may alias the fetch buffer
	x.push(due, name)
	s.silUndo = append(s.silUndo, silenceUndo{x: x, domain: name, due: due})
}

// silenceCandidates takes from the shard's due indexes every domain that
// is due by the end of the transaction's stream, and makes it dirty so
// that its state is read and checked (silenceDone).
func (s *shard) silenceCandidates(st *txnStream) error {
	for part, ps := range st.parts {
		x := s.t.p.silence().shards[s.no][part]
		if x == nil || !ps.built {
			continue
		}
		t, _ := ps.end()
		for {
			e, ok := x.popDue(t)
			if !ok {
				break
			}
			s.silUndo = append(s.silUndo, silenceUndo{x: x, domain: e.domain, due: e.due, popped: true})
			d, err := s.domain(part, e.domain, s.t.p.hashOf(e.domain))
			if err != nil {
				return err
			}
			d.silDue = true
		}
		if ps.anchor != "" {
			if h := s.t.p.hashOf(ps.anchor); s.t.p.shardOf(h) == s.no {
				// Its state is written to carry the stream time
				// (carryStreamForced).
				if _, err := s.domain(part, ps.anchor, h); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// carryStream sets the partition facts every state record carries (see
// state.Window.StreamTime) on d before its record is encoded.
func (s *shard) carryStream(d *dirtyDomain) {
	if ps := s.stream().parts[d.partition]; ps != nil && ps.built {
		d.w.StreamTime, d.w.Resumed = ps.end()
		s.silWrote[d.partition] = true
	}
}

// carryStreamForced writes, for each partition whose stream position the
// transaction moved but of which this shard wrote no state record (its
// attempts were all duplicates), the state of one of its domains: a
// restore must find the partition's latest stream time in some record.
//
// The first shard also produces the transaction's ticks (tick.go) here.
func (s *shard) carryStreamForced(ctx context.Context) {
	if s.no == 0 {
		s.produceTicks(ctx)
	}
	for part, ps := range s.stream().parts {
		if !ps.built || s.silWrote[part] {
			continue
		}
		if t, r := ps.end(); t == ps.start && r == ps.startRes {
			continue
		}
		for _, d := range s.order {
			if d.partition == part && d.window < 0 && d.w != nil {
				s.produceState(ctx, d, nil)
				break
			}
		}
	}
}

// silenceAlert produces a silence alert of kind for d: caused by the
// event causeID (for KindSilent, the other domain's attempt that took
// stream time past d's due time, at; for KindSilentRecovered, d's own
// attempt), last being d's last arrival before the silence.
func (s *shard) silenceAlert(ctx context.Context, d *dirtyDomain, kind, causeID string, at time.Time, last int64) {
	lastAt := time.Unix(last, 0).UTC()
	c := s.kindChange(d, kind, causeID, at)
	c.SilentAfterSeconds = d.res.SilenceLimit().Seconds()
	c.BaselinePerHour = d.w.AttemptsPerHour()
	c.LastAttemptAt = &lastAt
	s.produceKindAlert(ctx, d, &c)
	s.t.p.log.Debug("silence detection", "domain", d.domain, "kind", kind, "last_attempt_at", lastAt, "at", at, "cause_event_id", causeID)
}
