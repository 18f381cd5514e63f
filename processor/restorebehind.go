package processor

import (
	"context"
	"fmt"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/state"
)

// A restore reads the changelog up to its last stable offset (LSO): the
// first offset of the oldest transaction still open there. Records that
// other producers committed after that offset are not readable yet
// (KIP-98: read_committed readers stop at the LSO). Usually the LSO is the
// end: a partition's previous owner ends its transaction when the
// partition is revoked. A zombie's does not end: an instance killed in the
// middle of a transaction holds it open until the broker's transaction
// timeout aborts it (transaction.timeout.ms, Config.TransactionTimeout).
// If the partition was taken over meanwhile, its new owner committed
// records beyond the zombie's, and a restore that stops at the LSO misses
// them: the next events would be evaluated on stale windows, and their
// alerts would differ from an undisturbed run's (the three-node failover
// test on real Kafka lost 29 of 6,288 alerts so).
//
// Every transaction records, in the changelog partition of each input
// partition it read, the input offset it reached (the position record,
// seeninput.go), and commits the same offset for the group. So a
// restored partition whose position is behind the group's committed
// offset while a transaction is open on it has committed records beyond
// the LSO: catchUpBehindOpenTransactions waits for that transaction to end
// and replays the rest.

// catchUpBehindOpenTransactions replays, after a restore's replay of the
// changelog partitions parts, the committed records that an open
// transaction or not yet written commit markers hid from it (see above),
// until each partition's changelog stands for the input the group has
// committed or nothing more committed is left to read. streams gets what
// the further replays learn.
func (p *Processor) catchUpBehindOpenTransactions(ctx context.Context, parts []int32, streams map[int32]streamSeen) error {
	for {
		behind, err := p.changelogBehind(ctx, parts, streams)
		if err != nil || len(behind) == 0 {
			return err
		}
		p.log.Info("restore reads further: the group committed input this instance's state does not show yet (a transaction's records become readable when its commit markers are written, or when another producer's open transaction ends: a killed instance's stays open until the broker's transaction timeout)",
			"topic", p.cfg.Topics.State, "partitions", behind)
		ends, err := p.stableEnds(ctx, behind, true)
		if err != nil {
			return err
		}
		from := map[int32]kgo.Offset{}
		pos, end, keep := map[int32]int64{}, map[int32]int64{}, map[int32]bool{}
		var total int64
		for _, part := range behind {
			cp, err := p.store.Checkpoint(part)
			if err != nil {
				return err
			}
			if e := ends[part].Offset; e > cp {
				from[part] = kgo.NewOffset().At(cp)
				pos[part], end[part] = cp, e
				// The records replayed before are in the store: later
				// ones keep the seen ids it has for their domains.
				keep[part] = true
				total += e - cp
			}
		}
		if len(from) == 0 {
			// Everything committed is replayed: a position still behind
			// is not a record this restore can read.
			p.log.Warn("restore: the changelog stands for less input than the group committed, and has no more committed records",
				"topic", p.cfg.Topics.State, "partitions", behind)
			return nil
		}
		if err := p.replay(ctx, from, pos, end, total, keep, streams); err != nil {
			return err
		}
		parts = behind
	}
}

// changelogBehind returns those of parts whose restored state stands for
// less input than the group has committed (committedOffsets: stable
// offsets) on the partition's deliveries or repartition partition. The
// input the state stands for is the last position record the restore
// replayed, or else the store's input checkpoint; with neither (a fresh
// store, or a changelog written with Config.SkipChecks, which writes no
// positions), any committed input counts as ahead only while a
// transaction is open on the changelog partition (last stable offset
// below the high watermark).
func (p *Processor) changelogBehind(ctx context.Context, parts []int32, streams map[int32]streamSeen) ([]int32, error) {
	topic := p.cfg.Topics.State
	// The committed offsets first, then the changelog's offsets: the
	// offsets wait for the last transaction's markers (committedOffsets),
	// so the changelog listed after them shows that transaction's records
	// at least below its high watermark.
	committed, err := p.committedOffsets(ctx, "fetch the group's committed offsets")
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	var stable, hwm kadm.ListedOffsets
	err = p.retryAdmin(ctx, "list the changelog's offsets", func() error {
		var err error
		if stable, err = p.adm.ListCommittedOffsets(ctx, topic); err != nil {
			return fmt.Errorf("restore: list last stable offsets of %s: %w", topic, err)
		}
		if hwm, err = p.adm.ListEndOffsets(ctx, topic); err != nil {
			return fmt.Errorf("restore: list end offsets of %s: %w", topic, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	inputs := map[byte]string{state.InputDeliveries: p.cfg.Topics.Deliveries, state.InputRepartition: p.cfg.Topics.Repartition}
	var behind []int32
	for _, part := range parts {
		l, ok1 := stable.Lookup(topic, part)
		h, ok2 := hwm.Lookup(topic, part)
		if !ok1 || !ok2 || l.Err != nil || h.Err != nil {
			continue // the next restore asks again
		}
		open := l.Offset < h.Offset
		for src, in := range inputs {
			c, ok := committed.Lookup(in, part)
			if !ok || c.Err != nil || c.At <= 0 {
				continue
			}
			at, known := streams[part].position[src]
			if !known {
				cp, has, err := p.store.InputCheckpoint(part, src)
				if err != nil {
					return nil, fmt.Errorf("restore: %w", err)
				}
				at, known = cp, has
			}
			// Without a position, committed input counts as ahead only
			// while something is hidden; with one, always: the records
			// of the transaction that committed it may have become
			// stable only after the replay listed its end.
			if (!known && open) || (known && at < c.At) {
				p.log.Debug("restore: the changelog stands for less input than the group committed", "topic", topic, "partition", part,
					"input", in, "position", at, "position_known", known, "committed", c.At, "last_stable_offset", l.Offset, "high_watermark", h.Offset)
				behind = append(behind, part)
				break
			}
		}
	}
	return behind, nil
}
