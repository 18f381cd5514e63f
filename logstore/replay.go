package logstore

import (
	"context"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/internal/kafkabatch"
)

// ReplaySpec says what Replay re-reads.
type ReplaySpec struct {
	// Client configures the Kafka client: brokers, TLS, SASL, logger.
	// Replay adds the consume options.
	Client []kgo.Opt
	// Topics names the topic of each source (the deliveries topic and the
	// repartition topic).
	Topics map[Source]string
	// Partitions are the partitions to bring up to date.
	Partitions []int32
	// End is, per source and partition, the offset to reach (exclusive):
	// the processor's committed position, so that the log reflects
	// exactly what the state does. A partition missing here is read to
	// its end as of the first fetch.
	End map[Source]map[int32]int64
	// Decode turns a record into the attempt the processor counted for it,
	// or reports false for a record the processor did not count (invalid
	// and dead-lettered, forwarded to the repartition topic, a duplicate
	// it dropped). Replay sets Attempt.Pos from the record and, when
	// Decode leaves it zero, Attempt.Arrival from the record's timestamp:
	// the live path must use the same timestamp, so that both write the
	// same key. An error stops the replay.
	Decode func(src Source, r *kgo.Record) (a Attempt, ok bool, err error)
	// Batch is how many attempts go in one Append (default 20,000).
	Batch int
	// Progress, when set, is called after each Append with the records
	// read so far.
	Progress func(records int64)
}

// ReplayStats counts a replay's work.
type ReplayStats struct {
	Records  int64
	Appended AppendStats
	Elapsed  time.Duration
}

// Replay brings the log of the given partitions up to spec.End by
// re-reading the source topics (read_committed) from the log's
// checkpoints — from the start of the topics where there is none (a lost
// data dir) — and appending what Decode returns together with the new
// checkpoints. Appends are idempotent, so a replay that repeats records
// the log already holds (after a crash between the processor's commit and
// its Append) keeps each attempt once.
//
// The topics are the log's changelog: their retention must cover the
// log's, or a rebuilt log misses what the topics deleted.
func (s *Store) Replay(ctx context.Context, spec ReplaySpec) (ReplayStats, error) {
	start := time.Now()
	var st ReplayStats
	batch := spec.Batch
	if batch <= 0 {
		batch = 20_000
	}
	type tp struct {
		src  Source
		part int32
	}
	srcOf := map[string]Source{}
	var topics []string
	for src, topic := range spec.Topics {
		srcOf[topic] = src
		topics = append(topics, topic)
	}
	// One client asks for the topics' bounds, another reads them.
	ac, err := kgo.NewClient(spec.Client...)
	if err != nil {
		return st, fmt.Errorf("replay logs: %w", err)
	}
	defer ac.Close()
	adm := kadm.NewClient(ac)
	starts, err := adm.ListStartOffsets(ctx, topics...)
	if err == nil {
		err = starts.Error()
	}
	if err != nil {
		return st, fmt.Errorf("replay logs: start offsets of %v: %w", topics, err)
	}
	// The last stable offsets: a read_committed replay cannot go further.
	stable, err := adm.ListCommittedOffsets(ctx, topics...)
	if err == nil {
		err = stable.Error()
	}
	if err != nil {
		return st, fmt.Errorf("replay logs: end offsets of %v: %w", topics, err)
	}
	pos := map[tp]int64{}
	end := map[tp]int64{}
	from := map[string]map[int32]kgo.Offset{}
	for src, topic := range spec.Topics {
		for _, part := range spec.Partitions {
			cp, ok, err := s.Checkpoint(src, part)
			if err != nil {
				return st, err
			}
			so, ok1 := starts.Lookup(topic, part)
			eo, ok2 := stable.Lookup(topic, part)
			if !ok1 || !ok2 {
				return st, fmt.Errorf("replay logs: %s has no partition %d", topic, part)
			}
			e := eo.Offset
			if want, bounded := spec.End[src][part]; bounded {
				e = min(e, want)
			}
			if ok && cp < so.Offset {
				s.log.Warn("the source topic no longer holds every record after the log's checkpoint, so attempts are missing from the log; make the topic's retention cover the log's",
					"topic", topic, "partition", part, "checkpoint", cp, "topic_start", so.Offset)
			}
			p := max(cp, so.Offset)
			if p >= e {
				continue
			}
			k := tp{src, part}
			pos[k], end[k] = p, e
			if from[topic] == nil {
				from[topic] = map[int32]kgo.Offset{}
			}
			from[topic][part] = kgo.NewOffset().At(p)
		}
	}
	if len(end) == 0 {
		return st, nil
	}
	cl, err := kgo.NewClient(append(append([]kgo.Opt{}, spec.Client...),
		kgo.ConsumePartitions(from),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		// Transaction markers can be a partition's last offsets; seeing
		// them is how the replay knows it reached the end.
		kgo.KeepControlRecords(),
		kgo.FetchMaxBytes(32<<20),
		kgo.FetchMaxPartitionBytes(8<<20),
	)...)
	if err != nil {
		return st, fmt.Errorf("replay logs: %w", err)
	}
	defer cl.Close()

	var pending []Attempt
	flush := func() error {
		marks := make([]Mark, 0, len(pos))
		for k, off := range pos {
			marks = append(marks, Mark{Source: k.src, Partition: k.part, Offset: off})
		}
		as, err := s.Append(ctx, pending, marks...)
		if err != nil {
			return fmt.Errorf("replay logs: %w", err)
		}
		st.Appended.Written += as.Written
		st.Appended.Duplicates += as.Duplicates
		st.Appended.Expired += as.Expired
		pending = pending[:0]
		if spec.Progress != nil {
			spec.Progress(st.Records)
		}
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
			return st, err
		}
		skip, ferr := kafkabatch.Collect(fs)
		if ferr != nil {
			return st, fmt.Errorf("replay logs: %w", ferr)
		}
		for _, b := range skip {
			// The live processor dead-lettered it: none of its records
			// is an attempt of the log.
			k := tp{srcOf[b.Topic], b.Partition}
			pos[k] = max(pos[k], b.NextOffset)
			s.log.Warn("replay logs: skipped a record batch that decompresses beyond the bound", "topic", b.Topic,
				"partition", b.Partition, "offsets", fmt.Sprintf("%d-%d", b.Offset, b.NextOffset-1))
		}
		if len(skip) > 0 {
			cl.SetOffsets(kafkabatch.SkipOffsets(skip))
		}
		fs.EachPartition(func(p kgo.FetchTopicPartition) {
			k := tp{srcOf[p.Topic], p.Partition}
			for _, r := range p.Records {
				if r.Offset >= end[k] {
					// Past the end: everything before it was seen (an
					// aborted record just before the end is invisible).
					pos[k] = max(pos[k], end[k])
					break
				}
				if r.Offset < pos[k] {
					// Already read: a poll can hand a partition's
					// records out twice (seen with kfake).
					continue
				}
				pos[k] = r.Offset + 1
				if r.Attrs.IsControl() || ferr != nil {
					continue
				}
				st.Records++
				a, ok, err := spec.Decode(k.src, r)
				if err != nil {
					ferr = fmt.Errorf("replay logs: decode %s partition %d offset %d: %w", p.Topic, p.Partition, r.Offset, err)
					continue
				}
				if !ok {
					continue
				}
				a.Pos = Pos{Source: k.src, Partition: r.Partition, Offset: r.Offset}
				if a.Arrival.IsZero() {
					a.Arrival = r.Timestamp
				}
				pending = append(pending, a)
			}
			if end[k] < 0 && p.HighWatermark >= 0 {
				// Unbounded: read to the end as of this fetch.
				end[k] = p.HighWatermark
			}
			if e := end[k]; e >= 0 && p.HighWatermark >= 0 && p.HighWatermark <= pos[k] {
				// Nothing after pos exists: the end given was past the
				// partition's end.
				end[k] = pos[k]
			}
		})
		if ferr != nil {
			return st, ferr
		}
		if len(pending) >= batch || done() {
			if err := flush(); err != nil {
				return st, err
			}
		}
	}
	if len(pending) > 0 {
		if err := flush(); err != nil {
			return st, err
		}
	}
	st.Elapsed = time.Since(start)
	s.log.Info("replayed logs from the source topics", "partitions", len(spec.Partitions), "records", st.Records,
		"written", st.Appended.Written, "duplicates", st.Appended.Duplicates, "elapsed", st.Elapsed)
	return st, nil
}
