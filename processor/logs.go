package processor

import (
	"cmp"
	"context"
	"errors"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
)

// LogSink keeps every attempt the processor counts in a log store (package
// logstore; DESIGN.md "Logs and timeline", issue 12). Create it with
// NewLogSink and set it as Config.Logs; whoever opened the store closes
// it, after the processor's Close.
//
// The store is a view of the deliveries and repartition topics, which act
// as its changelog. After each committed transaction the attempts it
// counted (valid, on their domain's partition, not a duplicate) are
// appended together with the offsets the transaction consumed to, in one
// atomic batch (txn.appendLogs). Before a partition's records are
// processed, after an assignment and whenever the processor catches a
// partition up (see Processor.confirm), the log is replayed from its
// checkpoint to the group's committed offsets (Processor.replayLogs).
// That one rule covers every way the log can fall behind the state:
//
//   - a crash between the commit and the append, or the loss of the
//     store's buffer of attempts not yet written as a segment: the
//     checkpoint on disk is the one written with the last segments, and
//     the replay re-reads from it;
//   - a lost log directory: no checkpoint, the replay starts at the start
//     of the topics (whose retention must cover the log's);
//   - a partition that moved to another instance and back: the replay
//     reads what the other instance processed meanwhile;
//   - a failed append: the partition is marked behind and its
//     checkpoint stays where it was; the next transaction of that
//     partition replays from the checkpoint to its own end instead of
//     appending, so nothing is lost (see txn.appendLogs).
//
// Appends are idempotent (attempts are keyed by their source position),
// so a replay over what the log holds keeps each attempt once.
type LogSink struct {
	store *logstore.Store
	// behind lists the (source, partition) pairs whose log missed an
	// append; owned by whoever appends (the store goroutine, or the
	// processing goroutine after waitApplied).
	behind  map[logstore.Mark]bool
	buf     []logstore.Encoded
	marks   map[logstore.Mark]int64
	markBuf []logstore.Mark
	// expired limits the warnings about attempts too old for the log: a
	// replay of old records meets them on every transaction.
	expired warnLimiter
}

// NewLogSink returns a sink that appends to store.
func NewLogSink(store *logstore.Store) *LogSink {
	return &LogSink{store: store, behind: map[logstore.Mark]bool{}, marks: map[logstore.Mark]int64{}}
}

// Store returns the sink's log store.
func (l *LogSink) Store() *logstore.Store { return l.store }

// logSource returns the log's source of a record's topic.
func (p *Processor) logSource(topic string) (logstore.Source, bool) {
	switch topic {
	case p.cfg.Topics.Deliveries:
		return logstore.SourceDeliveries, true
	case p.cfg.Topics.Repartition:
		return logstore.SourceRepartition, true
	}
	return 0, false
}

// appendLogs appends the attempts a committed transaction counted to the
// log store, with the offsets it consumed to. It runs after the state
// update, on the store goroutine, and never fails the processor: a failed
// append is logged and the partitions it covered are replayed instead
// (see LogSink).
func (t *txn) appendLogs() error {
	l := t.p.cfg.Logs
	if l == nil {
		return nil
	}
	p := t.p
	clear(l.marks)
	l.buf = l.buf[:0]
	// The records of a partition are in a row (a fetch's): the maps are
	// read and written once a run of them, not once a record.
	type run struct {
		k          logstore.Mark
		end        int64
		ok, behind bool
		topic      string
	}
	var cur run
	var encErr error
	endRun := func() {
		if cur.ok && cur.end > l.marks[cur.k] {
			l.marks[cur.k] = cur.end
		}
	}
	for i, r := range t.in {
		if !cur.ok || r.Partition != cur.k.Partition || r.Topic != cur.topic {
			endRun()
			src, ok := p.logSource(r.Topic)
			cur = run{k: logstore.Mark{Source: src, Partition: r.Partition}, ok: ok, topic: r.Topic}
			if !ok {
				continue
			}
			cur.behind = l.behind[cur.k]
		}
		cur.end = max(cur.end, r.Offset+1)
		dec := &t.decoded[i]
		if dec.err != nil || dec.forward || dec.dup || dec.tick || cur.behind {
			continue
		}
		if dec.logErr != nil {
			encErr = cmp.Or(encErr, dec.logErr)
			continue
		}
		l.buf = append(l.buf, dec.log) // encoded by shard.decode
	}
	endRun()
	l.markBuf = l.markBuf[:0]
	var late []logstore.Mark
	for k, off := range l.marks {
		if l.behind[k] {
			late = append(late, logstore.Mark{Source: k.Source, Partition: k.Partition, Offset: off})
			continue
		}
		l.markBuf = append(l.markBuf, logstore.Mark{Source: k.Source, Partition: k.Partition, Offset: off})
	}
	// An attempt that could not be encoded fails the append as a whole,
	// as AppendCounted would: the partitions are replayed instead.
	st, err := logstore.AppendStats{}, encErr
	if err == nil {
		st, err = l.store.AppendEncoded(context.Background(), l.buf, l.markBuf...)
	}
	clear(l.buf)
	if st.Expired > 0 {
		// Counted, but older than the log keeps: say so rather than let
		// the log miss them in silence (a review found none said).
		p.m.logExpired.Add(float64(st.Expired))
		p.log.Log(context.Background(), l.expired.level(), "attempts counted but not kept in the log store: their arrival (the record's timestamp) is older than the log retention (mailflow_log_expired_attempts_total counts them all)", "attempts", st.Expired)
	}
	if err != nil {
		p.log.Error("appending to the log store failed; the partitions will be replayed from the deliveries topics", "attempts", len(l.buf), "err", err)
		late = append(late, l.markBuf...)
		for _, m := range l.markBuf {
			l.behind[logstore.Mark{Source: m.Source, Partition: m.Partition}] = true
		}
	}
	if len(late) > 0 {
		// Fill the gap now, from the checkpoint to this transaction's
		// end; a partition that still fails stays behind.
		ends := map[logstore.Source]map[int32]int64{}
		var parts []int32
		for _, m := range late {
			if ends[m.Source] == nil {
				ends[m.Source] = map[int32]int64{}
			}
			ends[m.Source][m.Partition] = m.Offset
			parts = append(parts, m.Partition)
		}
		p.replayLogsTo(context.Background(), parts, ends)
	}
	return nil
}

// replayLogs brings the log of parts up to the group's committed offsets
// (what the state reflects) before their records are processed; see
// LogSink. Only a cancelled ctx is an error: a log that cannot be
// replayed now is logged and replayed again with the partition's next
// transaction.
func (p *Processor) replayLogs(ctx context.Context, parts []int32) error {
	if p.cfg.Logs == nil || len(parts) == 0 {
		return nil
	}
	// Stable offsets: the last transaction's events are in the log only
	// if the replay reaches its offsets (committedOffsets).
	committed, err := p.committedOffsets(ctx, "fetch the group's committed offsets")
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		p.log.Error("replaying the log store: the group's committed offsets cannot be read; the log catches up with the partitions' next transactions", "err", err)
		for _, part := range parts {
			p.cfg.Logs.behind[logstore.Mark{Source: logstore.SourceDeliveries, Partition: part}] = true
			p.cfg.Logs.behind[logstore.Mark{Source: logstore.SourceRepartition, Partition: part}] = true
		}
		return nil
	}
	ends := map[logstore.Source]map[int32]int64{}
	for _, topic := range []string{p.cfg.Topics.Deliveries, p.cfg.Topics.Repartition} {
		src, _ := p.logSource(topic)
		ends[src] = map[int32]int64{}
		for _, part := range parts {
			// No committed offset: the group reads the partition from
			// its start, so there is nothing before to replay.
			var end int64
			if o, ok := committed.Lookup(topic, part); ok && o.At >= 0 {
				end = o.At
			}
			ends[src][part] = end
		}
	}
	p.replayLogsTo(ctx, parts, ends)
	return ctx.Err()
}

// replayLogsTo replays the log of parts to ends (exclusive offsets per
// source and partition), clearing their behind marks when it worked.
func (p *Processor) replayLogsTo(ctx context.Context, parts []int32, ends map[logstore.Source]map[int32]int64) {
	l := p.cfg.Logs
	need := parts[:0:0]
	for _, part := range parts {
		for src, byPart := range ends {
			end, ok := byPart[part]
			if !ok {
				continue
			}
			cp, has, err := l.store.Checkpoint(src, part)
			if err != nil {
				p.log.Error("reading the log store's checkpoint", "partition", part, "err", err)
				l.behind[logstore.Mark{Source: src, Partition: part}] = true
				continue
			}
			if has && cp > end {
				// Past what the group committed: the topics or the group
				// were recreated. The log starts again from the topics.
				p.log.Warn("the log store's checkpoint is past the group's committed offset (topics or group recreated?); rebuilding the partition's log",
					"source", src.String(), "partition", part, "checkpoint", cp, "committed", end)
				if err := l.store.DropPartition(ctx, part); err != nil {
					p.log.Error("dropping a partition's log", "partition", part, "err", err)
					l.behind[logstore.Mark{Source: src, Partition: part}] = true
					continue
				}
				has = false
			}
			if !has || cp < end {
				if len(need) == 0 || need[len(need)-1] != part {
					need = append(need, part)
				}
			}
		}
	}
	if len(need) == 0 {
		for _, part := range parts {
			for src := range ends {
				delete(l.behind, logstore.Mark{Source: src, Partition: part})
			}
		}
		return
	}
	topics := map[logstore.Source]string{logstore.SourceDeliveries: p.cfg.Topics.Deliveries, logstore.SourceRepartition: p.cfg.Topics.Repartition}
	for src := range topics {
		if ends[src] == nil {
			ends[src] = map[int32]int64{}
		}
		for _, part := range need {
			if _, ok := ends[src][part]; ok {
				continue
			}
			// A source this catch-up is not about: replay none of it
			// (a partition without an end would be read to its end).
			cp, _, err := l.store.Checkpoint(src, part)
			if err != nil {
				cp = 0
			}
			ends[src][part] = cp
		}
	}
	st, err := l.store.Replay(ctx, logstore.ReplaySpec{
		Client: append([]kgo.Opt{kgo.SeedBrokers(p.cfg.Brokers...), kgo.WithLogger(KafkaLogger(p.log)),
			kgo.MaxDecompressBatchBytes(p.cfg.MaxBatchBytes)}, p.cfg.KafkaOptions...),
		Topics:     topics,
		Partitions: need,
		End:        ends,
		Decode:     p.logDecode,
	})
	if err != nil {
		if !errors.Is(err, context.Canceled) {
			p.log.Error("replaying the log store from the deliveries topics failed; trying again with the partitions' next transactions", "partitions", need, "err", err)
		}
		for _, part := range need {
			for src := range ends {
				l.behind[logstore.Mark{Source: src, Partition: part}] = true
			}
		}
		return
	}
	for _, part := range parts {
		for src := range ends {
			delete(l.behind, logstore.Mark{Source: src, Partition: part})
		}
	}
	if st.Records > 0 {
		p.log.Info("log store caught up from the deliveries topics", "partitions", need, "records", st.Records,
			"written", st.Appended.Written, "duplicates", st.Appended.Duplicates, "elapsed", st.Elapsed)
	}
}

// logDecode is what the processor counted of a record, for a replay: a
// valid event read on its domain's partition (others were dead-lettered
// or forwarded), classified like the live path. Duplicates are dropped by
// the store (Append checks event ids within the dedupe horizon).
func (p *Processor) logDecode(_ logstore.Source, r *kgo.Record) (logstore.Attempt, bool, error) {
	ev, err := schemas.DecodeDeliveryEvent(r.Value)
	if err != nil {
		return logstore.Attempt{}, false, nil
	}
	if PartitionFor(ev.Domain, p.partitions) != r.Partition {
		return logstore.Attempt{}, false, nil
	}
	cat := schemas.CategoryUnclassified
	if p.cfg.Diagnose != nil {
		cat = p.cfg.Diagnose(&ev)
	}
	arrival, _, _ := arrivalOf(r, &ev, p.cfg.latestArrival())
	return logstore.Attempt{Event: ev, Category: cat, Arrival: arrival}, true, nil
}
