package processor

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"sort"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// Tick records (issue 15): stream time for a partition with no traffic.
//
// The silence detection judges on stream time (silence.go), and a
// partition's stream time moves only with its own records; a partition
// whose domains all stopped receiving mail — one busy domain alone on its
// partition, say — would never move again, and its domains could never be
// judged silent. So the instance that owns such a partition writes tick
// records to it: deliveries-topic records marked by the header
// schemas.HeaderTick whose value (schemas.Tick) carries a stream time.
// The processor takes a tick like an event for the partition's stream
// (it moves stream time, and may be what makes a domain silent: the
// alert's cause is then the tick's id) and like nothing else: it is never
// dead-lettered, repartitioned, counted as an attempt, deduplicated or
// kept in the log store. Because ticks are records of the topic, a replay
// of the topic gives the same alerts: what decides when they are written
// (below) matters only once, live.
//
// The rule: an instance's platform time is the largest record timestamp of
// the events (not ticks) it processed on any of its partitions, and it
// keeps a short history of it, one sample each time it has moved on by
// tickStep (5 minutes of stream time). With every transaction, each owned
// partition whose stream time lags the platform time by tickStep or more
// gets a tick at each sample taken since its stream time (or its latest
// tick), written while the transaction whose records moved the platform
// is evaluated (see below): so a partition without traffic follows the platform in 5-minute steps
// while the platform delivers, and jumps when the platform jumped. A jump
// of quietGap (30 minutes) or more is how a platform-wide quiet shows
// (silence.go), so a quiet platform stays quiet for the idle partition too
// and raises nothing there either. Why the instance's own partitions: they
// are the part of the platform whose progress it knows without asking
// anyone, exactly once (they are its input). An instance that owns a
// single partition therefore writes no ticks (nothing tells it the
// platform is delivering); with the default of 6 partitions and up to 3
// instances every instance owns at least two.
//
// A tick goes to the end of its partition. An instance that falls behind
// (a broker outage, a restart) writes the ticks of the time it missed
// after whatever attempts reached the partition meanwhile; if those
// include a silent domain's next attempt, that silence is not seen. It is
// missed, never invented.
//
// A partition assigned to the instance is evaluated (and its silence
// state built) only once its first records since the assignment arrived
// (Processor.confirm): an idle partition would wait for ever, so each
// owned partition that is not confirmed gets one wake-up tick, at
// stream time 1970-01-01T00:00:01Z, which moves nothing; once it has
// come back, the partition is built and ticked like the others.
//
// Ticks are written while the transaction whose records moved the
// platform time is evaluated, but not in it: by an idempotent producer of
// their own, and acknowledged before the transaction commits. A
// transactional write would leave a commit marker at the end of every
// idle partition, past the offset any consumer commits, and every check
// of "has the group caught up with the topic" (lag, tests, tools) would
// wait forever. A tick needs no transaction: it states that the platform
// reached a stream time, which stays true if the transaction aborts (its
// records are processed again and reach it again), and a duplicate tick
// moves nothing. What the instance remembers of its ticks (the history,
// each partition's latest tick) is taken over only when the transaction
// commits. A partition that gets only ticks in a transaction has one of
// its domains' state written (its anchor), so that its stream time, which
// every state record carries, survives a restore.
//
// Forged or stray ticks. A tick is taken only from the deliveries topic,
// on the partition it names, with a valid value; anything else with the
// header is dead-lettered (reason label malformed_tick). A valid tick can
// never move stream time backwards (stream time is a maximum), never
// starts a partition's stream (a tick on a partition without stream time
// is ignored), and moves it by at most tickMaxStep (1 hour) — which is a
// quiet spell (≥ quietGap), so a single tick, however far ahead it claims
// to be, restarts silence periods rather than ending them: it can delay a
// silence alert, never raise one. A writer of the deliveries topic can
// forge events with any timestamp anyway; the topic's ACLs are the guard
// (see the README).

const (
	// tickStep is how far (seconds of stream time) the platform time must
	// move before it is sampled, and how far a partition must lag it to
	// get a tick: the resolution of the silence detection on an idle
	// partition. A silence alert's time is its due time whatever the
	// resolution, so this only bounds how late it comes.
	tickStep int64 = 5 * 60
	// tickMaxStep bounds how far one tick moves a partition's stream time
	// (seconds). It is at least quietGap, so that a writer can show a
	// platform-wide quiet of any length (see splitJump), and short enough
	// that a forged tick from the far future harms little.
	tickMaxStep int64 = 60 * 60
	// tickHistory bounds the platform time samples kept: a week at one
	// sample per tickStep, the longest silent_after.
	tickHistory = 7 * 24 * 12
	// tickBurst bounds the ticks written to one partition in one
	// transaction; a partition that lags further catches up with the
	// next transactions.
	tickBurst = 512
	// tickAhead bounds how far past the wall clock a tick may claim to
	// be: a producer with a clock far ahead must not drag the idle
	// partitions with it.
	tickAhead = 5 * time.Minute
)

// tickDeadLetterLabel is the dead-letter metric label of a refused tick.
const tickDeadLetterLabel = "malformed_tick"

// tickPlan is a tick to write: the partition and the stream time.
type tickPlan struct {
	part int32
	at   int64
}

// wakeUpAt is the stream time of a wake-up tick: the first second a tick
// can carry, which moves no stream.
const wakeUpAt int64 = 1

// decodeTick decodes r into o and reports true when r carries the tick
// header; it returns false, leaving o alone, for any other record. A tick
// that is not valid where it is gets o.err, and is dead-lettered.
func (s *shard) decodeTick(r *kgo.Record, o *decoded) bool {
	if !hasTickHeader(r) {
		return false
	}
	p := s.t.p
	*o = decoded{part: r.Partition, tick: true, hash: uint64(r.Partition)}
	var err error
	tk, derr := schemas.DecodeTick(r.Value)
	switch {
	case r.Topic != p.cfg.Topics.Deliveries:
		err = fmt.Errorf("a tick record on %s: ticks belong on %s only", r.Topic, p.cfg.Topics.Deliveries)
	case derr != nil:
		err = fmt.Errorf("a record with the %s header that is not a valid tick: %w", schemas.HeaderTick, derr)
	case tk.Partition != r.Partition:
		err = fmt.Errorf("a tick for partition %d on partition %d", tk.Partition, r.Partition)
	}
	if err != nil {
		o.err, o.reason = err, tickDeadLetterLabel
		return true
	}
	o.arrival = tk.StreamTime.Unix()
	o.ev.ID = tk.ID()
	return true
}

func hasTickHeader(r *kgo.Record) bool {
	for i := range r.Headers {
		if r.Headers[i].Key == schemas.HeaderTick {
			return true
		}
	}
	return false
}

// tickArrival is the stream time a tick of arrival at moves a partition
// whose stream time is t to: none (t) when it has no stream yet, never
// back, and at most tickMaxStep on.
func tickArrival(t, at int64) int64 {
	if t == 0 {
		return 0
	}
	return min(max(t, at), t+tickMaxStep)
}

// platformClock follows the instance's platform time along a
// transaction's events (see computeStream).
type platformClock struct {
	now, sampled int64
	samples      []int64 // taken in this transaction
}

// see notes an event's arrival time.
func (c *platformClock) see(ts int64) {
	if ts <= c.now {
		return
	}
	c.now = ts
	if ts >= c.sampled+tickStep {
		c.sampled = ts
		c.samples = append(c.samples, ts)
	}
}

// writesTicks reports whether the processor writes ticks.
func (p *Processor) writesTicks() bool { return !p.cfg.SkipDetections && !p.cfg.NoTicks }

// startClock returns the platform clock at the start of a transaction:
// the committed platform time, or the largest stream time of the owned
// partitions when that is later (a partition assigned since).
func (st *silenceState) startClock() platformClock {
	c := platformClock{now: st.clock}
	for _, sp := range st.parts {
		c.now = max(c.now, sp.streamTime)
	}
	c.sampled = c.now
	if n := len(st.history); n > 0 {
		c.sampled = max(c.sampled, st.history[n-1])
	}
	return c
}

// planTicks lists in st.ticks the ticks the transaction writes (see the
// rule above), with the partitions' latest tick after it in st.lastTick.
// It runs at the end of computeStream, when the transaction's stream and
// clock are known.
func (s *shard) planTicks(st *txnStream, clock *platformClock) {
	sil := s.t.p.silence()
	st.ticks = st.ticks[:0]
	clear(st.lastTick)
	clear(st.woken)
	p := s.t.p
	if !p.writesTicks() {
		return
	}
	for part, own := range p.owned {
		switch {
		case own.confirmed:
			// Awake; unconfirmed again later (a commit of unknown
			// outcome, see Processor.unconfirmAll), it needs a new one.
			delete(sil.woken, part)
		case sil.woken[part] != own:
			st.ticks = append(st.ticks, tickPlan{part: part, at: wakeUpAt})
			st.woken[part] = own
		}
	}
	limit := p.cfg.wallClock().Add(tickAhead).Unix()
	// samples yields the samples from the first at from on, oldest first.
	samples := func(from int64) iter.Seq[int64] {
		return func(yield func(int64) bool) {
			h := sil.history[sort.Search(len(sil.history), func(i int) bool { return sil.history[i] >= from }):]
			for _, x := range h {
				if !yield(x) {
					return
				}
			}
			for _, x := range clock.samples {
				if x >= from && !yield(x) {
					return
				}
			}
		}
	}
	parts := make([]int32, 0, len(sil.parts))
	for part := range sil.parts {
		parts = append(parts, part)
	}
	slices.Sort(parts)
	for _, part := range parts {
		sp := sil.parts[part]
		end := sp.streamTime
		if ps := st.parts[part]; ps != nil && ps.built {
			if ps.events > 0 {
				continue // it has traffic: its own attempts move it
			}
			end, _ = ps.end()
		}
		if end == 0 {
			continue // no stream yet: nothing to judge there
		}
		prev := max(end, sp.lastTick)
		if clock.now < prev+tickStep {
			continue
		}
		n := 0
		for at := range samples(prev + tickStep) {
			if at < prev+tickStep {
				continue
			}
			if at > limit || n >= tickBurst {
				break
			}
			for _, x := range splitJump(prev, at) {
				st.ticks = append(st.ticks, tickPlan{part: part, at: x})
				n++
			}
			prev = at
		}
		if n > 0 {
			st.lastTick[part] = prev
		}
	}
}

// splitJump returns the ticks that move a stream from prev to at: at
// alone when that is within tickMaxStep, else equal steps of at least
// quietGap and at most tickMaxStep (a quiet spell stays one at every
// step, so the partition's resume time ends at at, as after one jump).
func splitJump(prev, at int64) []int64 {
	gap := at - prev
	if gap <= tickMaxStep {
		return []int64{at}
	}
	n := (gap + tickMaxStep - 1) / tickMaxStep
	out := make([]int64, 0, n)
	for k := int64(1); k <= n; k++ {
		out = append(out, prev+gap*k/n)
	}
	return out
}

// tickTimeout bounds writing one transaction's ticks.
const tickTimeout = 5 * time.Second

// produceTicks writes the transaction's ticks (shard 0, see
// carryStreamForced) and waits for them. A tick that cannot be written is
// not remembered as written, so the next transaction tries again; it does
// not fail the transaction.
func (s *shard) produceTicks(ctx context.Context) {
	st := s.stream()
	if len(st.ticks) == 0 {
		return
	}
	p := s.t.p
	sil := p.silence()
	fail := func(err error) {
		clear(st.lastTick)
		clear(st.woken)
		p.log.Warn("writing tick records failed; trying again with the next transaction", "ticks", len(st.ticks), "err", err)
	}
	if sil.ticker == nil {
		cl, err := kgo.NewClient(append([]kgo.Opt{kgo.SeedBrokers(p.cfg.Brokers...), kgo.WithLogger(KafkaLogger(p.log)),
			kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerLinger(0)}, p.cfg.KafkaOptions...)...)
		if err != nil {
			fail(fmt.Errorf("tick producer: %w", err))
			return
		}
		sil.ticker = cl
	}
	now := time.Now()
	recs := make([]*kgo.Record, 0, len(st.ticks))
	for _, tp := range st.ticks {
		v, err := schemas.MarshalTick(&schemas.Tick{Partition: tp.part, StreamTime: time.Unix(tp.at, 0), Instance: p.cfg.InstanceID})
		if err != nil {
			fail(err)
			return
		}
		recs = append(recs, &kgo.Record{Topic: p.cfg.Topics.Deliveries, Partition: tp.part, Value: v, Timestamp: now,
			Headers: []kgo.RecordHeader{{Key: schemas.HeaderTick, Value: []byte(schemas.TickHeaderValue)}}})
	}
	tctx, cancel := context.WithTimeout(ctx, tickTimeout)
	defer cancel()
	if err := sil.ticker.ProduceSync(tctx, recs...).FirstErr(); err != nil {
		fail(err)
		return
	}
	for part, own := range st.woken {
		sil.woken[part] = own
	}
	p.log.Debug("ticks written", "ticks", len(recs), "first_partition", st.ticks[0].part, "last_stream_time", st.ticks[len(st.ticks)-1].at)
}

// closeTicks closes the tick producer, if one was made.
func (p *Processor) closeTicks() {
	if p.txns[0] == nil {
		return
	}
	if sil := p.silence(); sil.ticker != nil {
		sil.ticker.Close()
		sil.ticker = nil
	}
}

// chooseAnchors picks, for each partition whose stream time the
// transaction moved with ticks alone, a domain whose state is written
// with the transaction (see carryStreamForced), so that a restore finds
// the partition's stream time. Any domain of the partition does; the
// first in the store's status index is the cheapest to find.
func (s *shard) chooseAnchors(st *txnStream) {
	p := s.t.p
	for part, ps := range st.parts {
		ps.anchor = ""
		if !ps.built || ps.events > 0 {
			continue
		}
		if t, r := ps.end(); t == ps.start && r == ps.startRes {
			continue
		}
		for _, status := range []schemas.Status{schemas.StatusGood, schemas.StatusBad} {
			names, err := p.store.Domains(part, status, "", 1)
			if err != nil {
				p.log.Debug("silence detection: no anchor for a partition moved by ticks; its stream time is written with its next state record", "partition", part, "err", err)
				break
			}
			if len(names) > 0 {
				ps.anchor = names[0]
				break
			}
		}
	}
}
