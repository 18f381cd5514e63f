package processor

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/internal/kafkabatch"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// The seen event ids are not in the changelog: the input topics are their
// changelog, as Kafka Streams restores a source-topic table from its
// source topic. A partition's ids live in the store, with the input
// checkpoint of each input partition (the offset up to which the ids of
// its events are there, written with every transaction's store update,
// see attachInputCheckpoints). When a partition is restored, recoverSeen
// replays the deliveries and repartition topics' partition p from that
// checkpoint up to the group's committed offset — the transactions that
// committed but whose store update was lost (a crash between the commit
// and the apply, another instance's work while it owned the partition) —
// and adds the ids of the valid events of p's domains, as the processor
// counted them. A store without a checkpoint (a lost data dir, a
// partition new to the instance, or one rebuilt from the changelog) has
// no ids, and the replay starts at the first record of the dedupe
// horizon before the partition's stream time (KIP-79 offsets by
// timestamp), which is every id a later event can be a duplicate of: the
// processor forgets an id once the domain's records are a horizon
// younger (shard.expireSeen).
//
// What the processor counts is the first occurrence of an id within a
// horizon. The replay judges occurrences the same way, in offset order
// per topic, but it cannot see what lies before its first record: an id
// whose first count fell just before the replayed span, and that came
// again inside it, is taken as counted at the later hour, so it is
// remembered longer by up to the time between the two. That only
// touches an id sent again at intervals close to the horizon.

// streamSeen is what a changelog replay learned of a partition's stream.
type streamSeen struct {
	// replayed says the changelog had records of the partition after the
	// store's checkpoint.
	replayed bool
	// time is the largest stream time (Unix seconds of record
	// timestamps) its state records carried; 0 when none said.
	time int64
	// position is the latest input position record of each source (see
	// state.AppendPositionKey), when the replay met one.
	position map[byte]int64
}

// recoverBatchIDs is how many ids a recovery collects before it adds them
// to the store (with the input checkpoints reached, so that an
// interrupted recovery resumes there).
const recoverBatchIDs = 200_000

// recoverSpill is how many inline ids a recovered state value carries
// before they move into a chunk: a busy domain's day of ids must not make
// one value of megabytes, rewritten on every touch.
const recoverSpill = 512

// inputOffsets are what a restore reads of the input topics once, for
// the retention check, the skip of counted input (resume.go) and the
// recovery of seen ids: the group's stable committed offsets and the
// topics' log start and end offsets.
type inputOffsets struct {
	committed kadm.OffsetResponses
	starts    kadm.ListedOffsets
	ends      kadm.ListedOffsets
}

// pastEnd reports whether offset at of topic's partition part lies past
// the partition's end (its high watermark), and the end: a position of a
// topic deleted and created again under its name. Unknown ends say no.
func (in inputOffsets) pastEnd(topic string, part int32, at int64) (bool, int64) {
	e, ok := in.ends.Lookup(topic, part)
	if !ok || e.Err != nil {
		return false, 0
	}
	return at > e.Offset, e.Offset
}

// fetchInputOffsets reads the inputOffsets of the deliveries and
// repartition topics, retrying as the restore's other admin requests do.
// Only the offsets of parts, the partitions being restored, must be
// listed: another partition without a leader for now (a broker down, a
// topic of one replica) is another instance's to wait for, and failing
// here held up every instance's restore for it (review S7, session 34).
func (p *Processor) fetchInputOffsets(ctx context.Context, parts []int32) (inputOffsets, error) {
	var in inputOffsets
	var err error
	if in.committed, err = p.committedOffsets(ctx, "fetch the group's committed offsets"); err != nil {
		return in, fmt.Errorf("restore: %w", err)
	}
	deliveries, repartition := p.cfg.Topics.Deliveries, p.cfg.Topics.Repartition
	err = p.retryAdmin(ctx, "list the input topics' start and end offsets", func() error {
		var err error
		if in.starts, err = p.adm.ListStartOffsets(ctx, deliveries, repartition); err == nil {
			err = listedErr(in.starts, parts)
		}
		if err != nil {
			return fmt.Errorf("restore: start offsets of %s and %s: %w", deliveries, repartition, err)
		}
		if in.ends, err = p.adm.ListEndOffsets(ctx, deliveries, repartition); err == nil {
			err = listedErr(in.ends, parts)
		}
		if err != nil {
			return fmt.Errorf("restore: end offsets of %s and %s: %w", deliveries, repartition, err)
		}
		return nil
	})
	return in, err
}

// listedErr returns the first error listing offsets of one of parts
// (in every topic listed), naming the topic and partition, or nil.
// Errors of other partitions do not count (fetchInputOffsets).
func listedErr(lo kadm.ListedOffsets, parts []int32) error {
	for topic, byPart := range lo {
		for _, part := range parts {
			if o, ok := byPart[part]; ok && o.Err != nil {
				return fmt.Errorf("%s partition %d: %w", topic, part, o.Err)
			}
		}
	}
	return nil
}

// recoverSeen brings the seen ids of parts up to the group's committed
// offsets of the input topics (in; see the comment above). streams says what
// the changelog replay learned of each partition's stream: a partition
// whose store had state and no input checkpoint, and whose changelog had
// nothing after the store's checkpoint, is a store of a release that kept
// the ids in the changelog, complete as it is.
func (p *Processor) recoverSeen(ctx context.Context, parts []int32, streams map[int32]streamSeen, in inputOffsets) error {
	if p.cfg.SkipChecks {
		return nil
	}
	topics := map[byte]string{state.InputDeliveries: p.cfg.Topics.Deliveries, state.InputRepartition: p.cfg.Topics.Repartition}
	committed, starts := in.committed, in.starts
	horizon := max(int64(p.cfg.DedupeHorizon/time.Hour), 1)
	b := p.store.NewBatch()
	defer func() { b.Close() }()
	from := map[inputPart]int64{}
	end := map[inputPart]int64{}
	for _, part := range parts {
		// The horizon's first offsets, when the stream time is known.
		var after kadm.ListedOffsets
		if st := streams[part]; st.time > 0 {
			ms := (st.time/3600 - horizon) * 3600 * 1000
			err := p.retryAdmin(ctx, "list the input topics' offsets by time", func() error {
				var err error
				if after, err = p.adm.ListOffsetsAfterMilli(ctx, max(ms, 0), topics[state.InputDeliveries], topics[state.InputRepartition]); err == nil {
					err = after.Error()
				}
				if err != nil {
					return fmt.Errorf("recover seen ids: offsets of %s and %s after %s: %w", topics[state.InputDeliveries], topics[state.InputRepartition],
						time.UnixMilli(ms).UTC().Format(time.RFC3339), err)
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		for src, topic := range topics {
			k := inputPart{src, part}
			// The input the changelog's state stands for: its position
			// record, or else the group's committed offset (a changelog
			// without one, of an older release, or no record after the
			// store's checkpoint), none meaning nothing was counted. The
			// position comes first: a restore by another group (a new
			// one, or one an operator reset) must not take the store for
			// one of events it has not read yet.
			var e int64
			if o, ok := committed.Lookup(topic, part); ok && o.At >= 0 {
				e = o.At
			}
			if pos, ok := streams[part].position[src]; ok {
				e = pos
			}
			if past, _ := in.pastEnd(topic, part, e); past {
				// A topic deleted and created again under its name (see
				// resume.go): what the state stood for is not of its
				// records, and a replay up to it would wait for records
				// that may never come. The group's offset, if it is of
				// the new topic, else nothing, was counted.
				e = 0
				if o, ok := committed.Lookup(topic, part); ok && o.At >= 0 {
					if past, _ := in.pastEnd(topic, part, o.At); !past {
						e = o.At
					}
				}
			}
			cp, has, err := p.store.InputCheckpoint(part, src)
			if err != nil {
				return fmt.Errorf("recover seen ids: %w", err)
			}
			if past, _ := in.pastEnd(topic, part, cp); has && past {
				has = false // of the topic's earlier incarnation
			}
			st := streams[part]
			var s int64
			switch {
			case has:
				s = cp
			case !st.replayed && p.hadState(part):
				// A store of an older release: its ids are complete.
				s = e
			}
			if a, ok := after.Lookup(topic, part); ok && a.Err == nil && a.Offset >= 0 {
				s = max(s, a.Offset)
			}
			if so, ok := starts.Lookup(topic, part); ok && so.Offset > s {
				if has || st.time > 0 {
					p.log.Warn("the input topic no longer holds every record the seen event ids are recovered from; duplicates of the missing events may be counted again (make the topic's retention cover the dedupe horizon)",
						"topic", topic, "partition", part, "from", s, "topic_start", so.Offset)
				}
				s = so.Offset
			}
			if s >= e {
				if !has || cp < e {
					if err := b.SetInputCheckpoint(part, src, e); err != nil {
						return fmt.Errorf("recover seen ids: %w", err)
					}
				}
				continue
			}
			// Where the replay starts is the checkpoint until it gets
			// further: a restore after a crash during the replay resumes
			// there, rather than take the store for one with its ids.
			if err := b.SetInputCheckpoint(part, src, s); err != nil {
				return fmt.Errorf("recover seen ids: %w", err)
			}
			from[k], end[k] = s, e
		}
	}
	if err := b.Commit(); err != nil {
		return fmt.Errorf("recover seen ids: %w", err)
	}
	if len(from) == 0 {
		return nil
	}
	return p.replayInput(ctx, topics, from, end)
}

// hadState reports whether the store has a changelog checkpoint for
// part, that is, state of an earlier run.
func (p *Processor) hadState(part int32) bool {
	cp, err := p.store.Checkpoint(part)
	return err == nil && cp > 0
}

// recoveredID is an event id a recovery found, with its arrival hour.
type recoveredID struct {
	hash uint64
	hour uint32
}

// replayInput reads the input partitions from from up to end
// (read_committed) and adds the ids of the valid events of each
// partition's domains to the store, with the input checkpoints reached.
func (p *Processor) replayInput(ctx context.Context, topics map[byte]string, from, end map[inputPart]int64) error {
	offsets := map[string]map[int32]kgo.Offset{}
	srcOf := map[string]byte{}
	var total int64
	for k, off := range from {
		topic := topics[k.src]
		srcOf[topic] = k.src
		if offsets[topic] == nil {
			offsets[topic] = map[int32]kgo.Offset{}
		}
		offsets[topic][k.part] = kgo.NewOffset().At(off)
		total += end[k] - off
	}
	cl, err := kgo.NewClient(append([]kgo.Opt{
		kgo.SeedBrokers(p.cfg.Brokers...),
		kgo.WithLogger(KafkaLogger(p.log)),
		kgo.ConsumePartitions(offsets),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		// Transaction markers can be a partition's last offsets; seeing
		// them is how the replay knows it reached the end.
		kgo.KeepControlRecords(),
		kgo.FetchMaxBytes(32 << 20),
		kgo.FetchMaxPartitionBytes(8 << 20),
		kgo.MaxDecompressBatchBytes(p.cfg.MaxBatchBytes),
	}, p.cfg.KafkaOptions...)...)
	if err != nil {
		return fmt.Errorf("recover seen ids: %w", err)
	}
	defer cl.Close()

	log := p.log.With("topics", []string{topics[state.InputDeliveries], topics[state.InputRepartition]})
	start, lastReport := time.Now(), time.Now()
	log.Info("recovering seen event ids from the input topics", "input_partitions", len(from), "records", total)
	pos := map[inputPart]int64{}
	for k, off := range from {
		pos[k] = off
	}
	b := p.store.NewBatch()
	defer func() { b.Close() }()
	var (
		dec schemas.EventDecoder
		// ids holds the recovered ids by domain; at gives a domain's
		// index in it, so that a domain's key (a copy: the decoder's
		// strings alias the record) is set once.
		ids             []domainIDs
		at              = map[string]int{}
		held            int
		read, recovered int64
	)
	flush := func() error {
		n, err := p.addRecovered(ids, b)
		if err != nil {
			return err
		}
		recovered += int64(n)
		for k, off := range pos {
			if err := b.SetInputCheckpoint(k.part, k.src, off); err != nil {
				return fmt.Errorf("recover seen ids: %w", err)
			}
		}
		if err := b.Commit(); err != nil {
			return fmt.Errorf("recover seen ids: %w", err)
		}
		b = p.store.NewBatch()
		clear(ids)
		ids = ids[:0]
		clear(at)
		held = 0
		return nil
	}
	done := func() bool {
		for k, e := range end {
			if pos[k] < e {
				return false
			}
		}
		return true
	}
	for !done() {
		fs := cl.PollFetches(ctx)
		if err := ctx.Err(); err != nil {
			return err
		}
		skip, ferr := kafkabatch.Collect(fs)
		if ferr != nil {
			return fmt.Errorf("recover seen ids: %w", ferr)
		}
		for _, b := range skip {
			// The live processor dead-lettered it: no event of it was
			// counted, so none of its ids was seen.
			k := inputPart{srcOf[b.Topic], b.Partition}
			pos[k] = max(pos[k], b.NextOffset)
			log.Warn("skipped a record batch that decompresses beyond the bound", "topic", b.Topic, "partition", b.Partition,
				"offsets", fmt.Sprintf("%d-%d", b.Offset, b.NextOffset-1), "bound_bytes", p.cfg.MaxBatchBytes)
		}
		if len(skip) > 0 {
			cl.SetOffsets(kafkabatch.SkipOffsets(skip))
		}
		latest := p.cfg.latestArrival()
		fs.EachPartition(func(fp kgo.FetchTopicPartition) {
			k := inputPart{srcOf[fp.Topic], fp.Partition}
			for _, r := range fp.Records {
				if r.Offset >= end[k] {
					// Past the end: everything before it was seen (an
					// aborted record just before the end is invisible).
					pos[k] = max(pos[k], end[k])
					break
				}
				if r.Offset < pos[k] {
					continue // handed out twice by a poll
				}
				pos[k] = r.Offset + 1
				// A record with the tick header is a tick, or refused as
				// one, never an event, whatever its value (shard.decode).
				if r.Attrs.IsControl() || hasTickHeader(r) {
					continue
				}
				read++
				// As shard.decode judges it: an invalid event, or one of
				// another partition's domain (forwarded to the
				// repartition topic, or refused there), counted nothing.
				ev, err := dec.Decode(r.Value)
				if err != nil || PartitionFor(ev.Domain, p.partitions) != r.Partition {
					continue
				}
				i, ok := at[ev.Domain]
				if !ok {
					i = len(ids)
					d := strings.Clone(ev.Domain)
					at[d] = i
					ids = append(ids, domainIDs{domain: d})
				}
				arrival, _, _ := arrivalOf(r, &ev, latest) // as shard.decode judges it
				ids[i].ids = append(ids[i].ids, recoveredID{state.IDHash(ev.ID), uint32(arrival.Unix() / 3600)})
				held++
			}
			if fp.HighWatermark >= 0 && fp.HighWatermark <= pos[k] {
				// Nothing after pos exists: the end was past the
				// partition's end (records deleted or aborted).
				end[k] = pos[k]
			}
		})
		if held >= recoverBatchIDs {
			if err := flush(); err != nil {
				return err
			}
		}
		if now := time.Now(); now.Sub(lastReport) >= 2*time.Second {
			lastReport = now
			var left int64
			for k, e := range end {
				left += max(e-pos[k], 0)
			}
			rate := float64(total-left) / now.Sub(start).Seconds()
			eta := time.Duration(math.MaxInt64)
			if rate > 0 {
				eta = time.Duration(float64(left) / rate * float64(time.Second)).Round(time.Second)
			}
			log.Info("seen-id recovery progress", "records_read", read, "records_left", left, "records_per_second", int(rate), "time_left", eta.String())
		}
	}
	if err := flush(); err != nil {
		return err
	}
	log.Info("recovered seen event ids from the input topics", "records_read", read, "ids_added", recovered,
		"duration", time.Since(start).Round(time.Millisecond).String())
	return nil
}

// domainIDs are the ids a recovery found of one domain, in arrival order.
type domainIDs struct {
	domain string
	ids    []recoveredID
}

// addRecovered adds the recovered ids of each domain, in arrival order,
// to the domains' state values in the store, through b, and returns how
// many were not held already. It sorts ids by domain. A domain without a state record (its records
// quarantined as corrupt) is left alone: its next attempt starts it
// afresh. Expired ids are not dropped here: the processor expires a
// domain's ids against its next records (shard.expireSeen).
func (p *Processor) addRecovered(ids []domainIDs, b *state.Batch) (int, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	slices.SortFunc(ids, func(a, b domainIDs) int { return strings.Compare(a.domain, b.domain) })
	names := make([]string, len(ids))
	for i := range ids {
		names[i] = ids[i].domain
	}
	added := 0
	var key, val []byte
	var werr error
	err := p.store.States(names, func(i int, w *state.Window, seen *state.SeenIDs, err error) {
		if err != nil || w == nil || werr != nil {
			return
		}
		d := names[i]
		n := 0
		for _, id := range ids[i].ids {
			if !seen.Recover(id.hash, id.hour) {
				continue
			}
			n++
			if len(seen.Inline()) >= recoverSpill {
				seq := seen.NextRecoveredSeq()
				hour, hashes := seen.Spill(seq)
				key = state.AppendLocalSeenKey(key[:0], d, seq)
				val = state.AppendSeenChunk(val[:0], hour, hashes)
				if werr = b.Put(key, val); werr != nil {
					return
				}
			}
		}
		if n == 0 {
			return
		}
		added += n
		key = state.AppendWindowKey(key[:0], d)
		val = state.AppendState(val[:0], w, seen)
		werr = b.Put(key, val)
	})
	if err == nil {
		err = werr
	}
	if err != nil {
		return 0, fmt.Errorf("recover seen ids: %w", err)
	}
	return added, nil
}
