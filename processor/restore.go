package processor

import (
	"context"
	"fmt"
	"maps"
	"math"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/internal/kafkabatch"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// restoreFetchFactor is how many times Config.FetchMaxBytes a restore
// fetches at once, across its partitions (each at most
// Config.FetchMaxBytes): a running processor holds three fetches and the
// events decoded from them, a restore one fetch of changelog records
// that it copies into a pointer-free run at once.
const restoreFetchFactor = 4

// restorePollRecords bounds the records of one poll of a restore, so
// that a run outgrows the Loader's limit by little: franz-go hands over
// everything it has buffered, and well compressed changelog batches
// brought a whole 40 MB changelog in one poll.
const restorePollRecords = 1024

// restore brings the store's state of parts up to the end of their
// changelog (the last stable offset: only committed transactions), starting
// at each partition's checkpoint, then their seen event ids up to the
// group's committed offsets from the input topics (recoverSeen), and
// recounts their domains by status.
func (p *Processor) restore(ctx context.Context, parts []int32) error {
	topic := p.cfg.Topics.State
	ends, err := p.stableEnds(ctx, parts, p.settle)
	if err != nil {
		return err
	}
	p.settle = false
	var starts kadm.ListedOffsets
	err = p.retryAdmin(ctx, "list the changelog's start offsets", func() error {
		var err error
		if starts, err = p.adm.ListStartOffsets(ctx, topic); err != nil {
			return fmt.Errorf("restore: list start offsets of %s: %w", topic, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	from := map[int32]kgo.Offset{}
	pos := map[int32]int64{}
	end := map[int32]int64{}
	// keep lists the partitions whose store had state before: their
	// domains' seen ids in the store are kept under the changelog's
	// records (see state.Store.WithLocalSeen).
	keep := map[int32]bool{}
	rebuilt := map[int32]bool{}
	var total int64
	for _, part := range parts {
		p.m.restoring.WithLabelValues(partitionLabel(part)).Set(1)
		cp, err := p.store.Checkpoint(part)
		if err != nil {
			return err
		}
		e := ends[part]
		st, ok := starts.Lookup(topic, part)
		if !ok || st.Err != nil {
			return fmt.Errorf("restore: start offset of %s partition %d: %v", topic, part, st.Err)
		}
		if why := p.mustRebuild(part, cp, st.Offset, e.Offset); why != "" {
			n, err := p.store.DropPartition(part, func(d string) int32 { return PartitionFor(d, p.partitions) })
			if err != nil {
				return fmt.Errorf("restore: %w", err)
			}
			p.m.rebuilt.Inc()
			p.log.Warn("rebuilding a partition's state from the start of the changelog", "topic", topic, "partition", part,
				"reason", why, "checkpoint", cp, "changelog_start", st.Offset, "changelog_end", e.Offset, "keys_dropped", n)
			cp = 0
			rebuilt[part] = true
		}
		keep[part] = cp > 0
		cp = max(cp, st.Offset)
		if e.Offset > cp {
			from[part] = kgo.NewOffset().At(cp)
			pos[part], end[part] = cp, e.Offset
			total += e.Offset - cp
		}
	}
	defer func() {
		for _, part := range parts {
			if _, ok := p.owned[part]; ok {
				p.m.restoring.WithLabelValues(partitionLabel(part)).Set(0)
			}
		}
	}()
	streams := map[int32]streamSeen{}
	if len(from) > 0 {
		if err := p.replay(ctx, from, pos, end, total, keep, streams); err != nil {
			return err
		}
	}
	if err := p.catchUpBehindOpenTransactions(ctx, parts, streams); err != nil {
		return err
	}
	in, err := p.fetchInputOffsets(ctx, parts)
	if err != nil {
		return err
	}
	// Before recoverSeen, which sets the input checkpoints to what the
	// group committed: these read what the store stood for.
	if err := p.noteResume(parts, streams, in); err != nil {
		return err
	}
	if err := p.reportRetentionLoss(parts, streams, in); err != nil {
		return err
	}
	if err := p.recoverSeen(ctx, parts, streams, in); err != nil {
		return err
	}
	for _, part := range parts {
		if c := p.counts[part]; c != nil && !streams[part].replayed && !rebuilt[part] {
			// Nothing applied (a commit of unknown outcome that was
			// aborted, or a partition whose store was up to date): the
			// counts the instance kept still hold, and recounting would
			// read the partition's whole status index.
			continue
		}
		var c [3]int
		for _, st := range []schemas.Status{schemas.StatusGood, schemas.StatusBad} {
			if c[st], err = p.store.CountByStatus(part, st); err != nil {
				return err
			}
		}
		p.counts[part] = &c
	}
	return nil
}

// stableEnds returns the offsets up to which the changelog partitions parts
// can be replayed: their last stable offsets (read_committed readers stop
// there). A store's checkpoint may lie beyond a partition's last stable
// offset while another producer's transaction that began before it is
// still open — that of an instance killed a moment ago, open until the
// broker's transaction timeout aborts it. Replaying to such an end would
// miss this instance's own committed records, so stableEnds waits until
// the last stable offset passes the checkpoint, reporting the wait. A
// checkpoint beyond the high watermark is returned as it is: the changelog
// was deleted or recreated (see mustRebuild).
//
// With settle (after a transaction whose commit was not confirmed),
// stableEnds also waits until each partition's last stable offset reaches
// the high watermark it first listed. Kafka writes a transaction's commit
// markers to its partitions after the coordinator has decided (KIP-98):
// until then the records of a transaction that did commit lie beyond the
// last stable offset, a replay to it would miss them, and the events the
// processor then evaluates again would count on a state without them (on
// real Kafka, a broker killed during EndTxn showed lost and duplicated
// transitions this way; kfake writes markers at once). The wait is bounded
// by the transaction timeout, after which the coordinator ends any
// transaction still open, and by the coordinator's recovery.
func (p *Processor) stableEnds(ctx context.Context, parts []int32, settle bool) (map[int32]kadm.ListedOffset, error) {
	topic := p.cfg.Topics.State
	start, lastReport := time.Now(), time.Now()
	var target map[int32]int64 // with settle: the high watermarks first listed
	for {
		var stable, hwm kadm.ListedOffsets
		err := p.retryAdmin(ctx, "list the changelog's offsets", func() error {
			var err error
			if stable, err = p.adm.ListCommittedOffsets(ctx, topic); err != nil {
				return fmt.Errorf("restore: list last stable offsets of %s: %w", topic, err)
			}
			if hwm, err = p.adm.ListEndOffsets(ctx, topic); err != nil {
				return fmt.Errorf("restore: list end offsets of %s: %w", topic, err)
			}
			for _, part := range parts {
				if e, ok := stable.Lookup(topic, part); !ok || e.Err != nil {
					return fmt.Errorf("restore: last stable offset of %s partition %d: %v", topic, part, e.Err)
				}
				if h, ok := hwm.Lookup(topic, part); !ok || h.Err != nil {
					return fmt.Errorf("restore: end offset of %s partition %d: %v", topic, part, h.Err)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if settle && target == nil {
			target = map[int32]int64{}
			for _, part := range parts {
				h, _ := hwm.Lookup(topic, part)
				target[part] = h.Offset
			}
		}
		out := map[int32]kadm.ListedOffset{}
		var waiting, settling []int32
		for _, part := range parts {
			e, _ := stable.Lookup(topic, part)
			h, _ := hwm.Lookup(topic, part)
			cp, err := p.store.Checkpoint(part)
			if err != nil {
				return nil, err
			}
			switch {
			case cp > e.Offset && cp <= h.Offset:
				waiting = append(waiting, part)
			case settle && e.Offset < target[part]:
				settling = append(settling, part)
			}
			out[part] = e
		}
		if len(waiting) == 0 && len(settling) == 0 {
			return out, nil
		}
		if time.Since(lastReport) >= 5*time.Second || lastReport == start {
			lastReport = time.Now()
			if len(waiting) > 0 {
				p.log.Info("restore waits for an open transaction on the changelog to end (an instance that died holds it until the broker's transaction timeout)",
					"topic", topic, "partitions", waiting, "waited", time.Since(start).Round(time.Second).String())
			}
			if len(settling) > 0 {
				p.log.Info("restore waits for the outcome of this instance's last transaction, whose commit was not confirmed (its markers are not written yet)",
					"topic", topic, "partitions", settling, "waited", time.Since(start).Round(time.Second).String())
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// adminRetryFor bounds how long restore retries a request the broker did
// not answer: a broker restart, a leader election or a coordinator load
// takes seconds to a minute on Kafka; longer is an outage to report.
const adminRetryFor = 2 * time.Minute

// retryAdmin runs fn until it succeeds, ctx ends or adminRetryFor passed,
// pausing between tries (250 ms, doubling to 5 s) and logging each
// failure: restore must ride out a broker that is briefly down instead of
// stopping the instance (the failover test's broker stop ended an
// instance here).
func (p *Processor) retryAdmin(ctx context.Context, what string, fn func() error) error {
	start, pause := time.Now(), 250*time.Millisecond
	for {
		err := fn()
		if err == nil || ctx.Err() != nil || time.Since(start) > adminRetryFor {
			return err
		}
		p.log.Warn("restore: retrying", "what", what, "err", err, "retry_in", pause.String())
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pause):
		}
		pause = min(2*pause, 5*time.Second)
	}
}

// rebuildMargin is taken off the changelog's delete.retention.ms when
// deciding whether a store is too old to replay from its checkpoint: the
// broker's cleaner runs on its own clock.
const rebuildMargin = time.Hour

// mustRebuild says why partition part's state cannot be brought up to date
// by replaying the changelog from the store's checkpoint cp (the changelog
// spans start to end), or "" when it can. Compaction removes a tombstone
// delete.retention.ms after cleaning its segment; a store that missed the
// tombstone would keep the deleted key (a stale index entry, say) for
// ever. So a store whose checkpoint is behind the changelog's start, past
// its end (the topic was recreated), or was last advanced longer than
// delete.retention.ms ago with records to replay, starts from scratch.
func (p *Processor) mustRebuild(part int32, cp, start, end int64) string {
	switch {
	case cp == 0 || cp == end:
		return ""
	case cp > end:
		return "the changelog ends before the store's checkpoint: it was deleted or recreated"
	case cp < start:
		return "the changelog starts after the store's checkpoint: records were deleted"
	}
	at, err := p.store.CheckpointApplied(part)
	if err != nil || at.IsZero() {
		return "the store does not say when its checkpoint was written"
	}
	if keep := p.deleteRetention - rebuildMargin; p.deleteRetention >= 0 && time.Since(at) > keep {
		return fmt.Sprintf("the store's checkpoint is %s old, longer than the changelog keeps tombstones (delete.retention.ms %s, less %s)",
			time.Since(at).Round(time.Second), p.deleteRetention, rebuildMargin)
	}
	return ""
}

// replay reads the changelog partitions in from, up to end, into the
// store. A state record of a partition in keep is stored with the seen
// ids the store has for its domain (the changelog does not carry them);
// streams gets, per partition, what the records say of its stream time.
func (p *Processor) replay(ctx context.Context, from map[int32]kgo.Offset, pos, end map[int32]int64, total int64, keep map[int32]bool, streams map[int32]streamSeen) error {
	topic := p.cfg.Topics.State
	opts := append([]kgo.Opt{
		kgo.SeedBrokers(p.cfg.Brokers...),
		kgo.WithLogger(KafkaLogger(p.log)),
		kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: from}),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		// Transaction markers are the last offsets of a changelog
		// partition; seeing them is how the replay knows it reached the
		// end.
		kgo.KeepControlRecords(),
		// The Go heap's share that a running processor gives to the
		// fetches its transactions hold, the restore gives to the one
		// it reads ahead: the records are copied at once (see below).
		// A larger fetch only left more records for the collector to
		// scan (32 MiB fetches cost a third of the restore's CPU in
		// garbage collection).
		kgo.FetchMaxBytes(restoreFetchFactor * p.cfg.FetchMaxBytes),
		kgo.FetchMaxPartitionBytes(p.cfg.FetchMaxBytes),
		// The decompression buffers and record slices go back to the
		// pool after each poll (Record.Recycle below).
		kgo.WithPools(newFetchPool(restoreFetchFactor*p.cfg.FetchMaxBytes, restorePoolFactor)),
		kgo.MaxDecompressBatchBytes(p.cfg.MaxBatchBytes),
	}, p.cfg.KafkaOptions...)
	cl, err := kgo.NewClient(opts...)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer cl.Close()

	start := time.Now()
	lastReport := start
	var applied, domains int64
	// fetchWait and applying are the time spent waiting for the broker
	// and applying runs, which the completion log reports.
	var fetchWait, applying time.Duration
	log := p.log.With("topic", topic)
	log.Info("restoring state from the changelog", "partitions", len(from), "records", total)

	// Records are copied into a state.Loader as they arrive (the fetch
	// buffers are released at once) and applied in runs of at most the
	// room of the store's memtables: sorted by key, the last record of
	// each key kept, a large run ingested as a table, a small one
	// written as a batch. Each run also advances the partitions'
	// checkpoints, so an interrupted restore resumes where it stopped.
	//
	// When no partition keeps state of its own (a new instance, a
	// rebuild), a run is applied while the next one is read, on another
	// core: a record of a partition that keeps state must see the runs
	// before it in the store (state.Store.WithLocalSeen).
	pipeline := true
	for part := range from {
		pipeline = pipeline && !keep[part]
	}
	lds := [2]*state.Loader{p.store.NewLoader(), p.store.NewLoader()}
	ld := lds[0]
	type runResult struct {
		err  error
		took time.Duration
	}
	inflight := make(chan runResult, 1)
	var waiting bool
	wait := func() error {
		if !waiting {
			return nil
		}
		waiting = false
		a := <-inflight
		applying += a.took
		return a.err
	}
	defer func() {
		_ = wait()
		lds[0].Close()
		lds[1].Close()
	}()
	commit := func(ld *state.Loader, cps map[int32]int64, background bool) runResult {
		began, records, bytes := time.Now(), ld.Len(), ld.RunBytes()
		if err := ld.Commit(ctx, cps, time.Now()); err != nil {
			return runResult{err: fmt.Errorf("restore: %w", err)}
		}
		took := time.Since(began)
		log.Debug("restore run applied", "records", records, "bytes", bytes, "took", took.String(), "while_reading_the_next", background)
		return runResult{took: took}
	}
	// flush applies the run read so far; with last, before returning.
	flush := func(last bool) error {
		if err := wait(); err != nil {
			return err
		}
		if !pipeline || last {
			a := commit(ld, pos, false)
			applying += a.took
			return a.err
		}
		run, cps := ld, maps.Clone(pos)
		waiting = true
		go func() { inflight <- commit(run, cps, true) }()
		if ld == lds[0] {
			ld = lds[1]
		} else {
			ld = lds[0]
		}
		return nil
	}
	done := func() bool {
		for part, e := range end {
			if pos[part] < e {
				return false
			}
		}
		return true
	}
	for !done() {
		polled := time.Now()
		fs := cl.PollRecords(ctx, restorePollRecords)
		fetchWait += time.Since(polled)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		skip, ferr := kafkabatch.Collect(fs)
		if ferr != nil {
			// A broker that is down is retried by the client; an error
			// that reaches us is one the client gave up on.
			return fmt.Errorf("restore: %w", ferr)
		}
		for _, b := range skip {
			// Not the processor's: its batches are bounded by
			// ProducerBatchMaxBytes. Someone else wrote to the
			// changelog; its records are not state.
			pos[b.Partition] = max(pos[b.Partition], b.NextOffset)
			p.log.Warn("restore: skipped a record batch that decompresses beyond the bound: not one the processor wrote", "topic", b.Topic,
				"partition", b.Partition, "offsets", fmt.Sprintf("%d-%d", b.Offset, b.NextOffset-1), "bound_bytes", p.cfg.MaxBatchBytes)
		}
		if len(skip) > 0 {
			cl.SetOffsets(kafkabatch.SkipOffsets(skip))
		}
		fs.EachRecord(func(r *kgo.Record) {
			if ferr != nil {
				return
			}
			pos[r.Partition] = r.Offset + 1
			if r.Attrs.IsControl() || state.IsLegacyRecord(r.Key) {
				// A live-log chunk of an older release: the log store
				// keeps the attempts now.
				return
			}
			// A record this release did not write (a stray or hostile
			// write to the changelog, a damaged segment) would trip every
			// reader of the store: it is quarantined here, costing that
			// one record, never the partition.
			at, err := state.CheckRecordTime(r.Key, r.Value)
			if err != nil {
				p.m.quarantined.Inc()
				log.Error("quarantined a corrupt changelog record; it is not applied to the store",
					"partition", r.Partition, "offset", r.Offset, "err", err)
				return
			}
			st := streams[r.Partition]
			st.replayed, st.time = true, max(st.time, at)
			if _, src, next, ok, _ := state.ParsePosition(r.Key, r.Value); ok && next >= 0 {
				if st.position == nil {
					st.position = map[byte]int64{}
				}
				st.position[src] = next
			}
			streams[r.Partition] = st
			v := r.Value
			if keep[r.Partition] {
				// The store's seen ids of the domain are kept under the
				// record (the changelog does not carry them).
				var err error
				if v, err = p.store.WithLocalSeen(r.Key, v); err != nil {
					ferr = fmt.Errorf("%s partition %d offset %d: %w", topic, r.Partition, r.Offset, err)
					return
				}
			}
			// A state record also sets its domain's status index, which
			// the changelog does not carry (see state.Batch.PutRecord).
			if err := ld.Put(r.Partition, r.Key, v); err != nil {
				ferr = err
				return
			}
			applied++
			if len(r.Key) > 0 && r.Key[0] == 'w' {
				domains++
			}
		})
		if ferr != nil {
			return fmt.Errorf("restore: %w", ferr)
		}
		// The Loader holds copies: the fetch's buffers can go back.
		fs.EachRecord(func(r *kgo.Record) { r.Recycle() })
		p.m.restored.Add(float64(fs.NumRecords()))
		if ld.RunBytes() >= ld.RunLimit() {
			if err := flush(false); err != nil {
				return err
			}
		}
		if now := time.Now(); now.Sub(lastReport) >= 2*time.Second {
			lastReport = now
			var left int64
			for part, e := range end {
				left += max(e-pos[part], 0)
			}
			rate := float64(total-left) / now.Sub(start).Seconds()
			eta := time.Duration(math.MaxInt64)
			if rate > 0 {
				eta = time.Duration(float64(left) / rate * float64(time.Second)).Round(time.Second)
			}
			log.Info("restore progress", "records_applied", applied, "domain_updates", domains, "records_left", left, "records_per_second", int(rate), "time_left", eta.String())
		}
	}
	if err := flush(true); err != nil {
		return err
	}
	log.Info("restore complete", "records_applied", applied, "domain_updates", domains, "duration", time.Since(start).Round(time.Millisecond).String(),
		"waiting_for_fetches", fetchWait.Round(time.Millisecond).String(), "applying_runs", applying.Round(time.Millisecond).String())
	return nil
}
