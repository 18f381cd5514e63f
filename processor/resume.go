package processor

import (
	"fmt"
	"slices"
	"sort"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/state"
)

// Input the state already counts. A group resumes each input partition at
// its committed offset, and where it has none at the log start
// (ConsumeResetOffset AtStart). The broker drops a group's committed
// offsets after offsets.retention.minutes without a member (7 days by
// default, KIP-211), so every instance down for longer — or an operator
// who set the group's offsets back — has the group read the input again
// from the log start, though the restored state already counts those
// events. Within the dedupe horizon the seen ids drop them as duplicates;
// older ones would be counted a second time: their attempts appended to
// the windows again, after newer ones, and transitions and notifications
// sent for mail that flowed days ago.
//
// So the first restore of each ownership notes, per input partition, the
// position the state stands for — the changelog's position record when
// the replay met one, else the store's input checkpoint (see
// seeninput.go) — when the group's committed offset is behind it or
// missing; a later restore may raise it from a position its replay met,
// never lower it. Records below that position are then dropped from
// every poll before they are evaluated (recycled, never counted), and the
// partition is moved to the position (Client.SetOffsets), so that the
// input between is not even fetched; so is a partition whose poll brought
// a batch too large to decompress below it (dead-lettered when the state
// counted past it), which franz-go stops at until the partition is moved.
// A warning names the offsets skipped, from the first one the poll
// brought up to the position, and mailflow_input_records_skipped_total
// {topic} counts them: offsets, like the retention check's, so
// transaction markers among them too. A transaction's commit then
// records the position as the group's offset. The note lasts while the
// instance owns the partition: an aborted transaction (or one whose
// commit was uncertain) rewinds the session to where consuming started,
// below the position, and the records come again.
//
// A position past the partition's end offset (ListOffsets, from the
// leader) is not of the records the topic holds now: the topic was
// deleted and created again under its name, or truncated below it (an
// unclean leader election). Nothing is noted then, the seen ids are not
// recovered up to it (recoverSeen), and a warning says so. (A topic
// created again that has since grown past the old position cannot be
// told apart by offsets; Kafka's topic ids, KIP-516, could.)

// noteResume records in p.owned what the restored state of parts counts of
// each input topic, beyond the group's committed offsets (see above);
// streams and in are what the restore learned. The first restore of an
// ownership decides; the restores that follow (confirm, unconfirmAll)
// only raise a note from a position their changelog replay met: the
// store's input checkpoint is by then what recoverSeen made of it, which
// says what the store holds ids of, not what the state counted, and a
// note they dropped would let a rewind count the skipped input again.
// Only an error of the store fails it.
func (p *Processor) noteResume(parts []int32, streams map[int32]streamSeen, in inputOffsets) error {
	for _, part := range parts {
		own, ok := p.owned[part]
		if !ok {
			continue
		}
		first := !own.noted
		own.noted = true
		for _, src := range []byte{state.InputDeliveries, state.InputRepartition} {
			topic := p.inputTopic(src)
			// The changelog's position when the replay met one: it is
			// newer than the store's checkpoint, which the replay
			// started from (as changelogBehind and recoverSeen read it).
			at, ok := streams[part].position[src]
			switch {
			case !ok && !first:
				continue
			case !ok:
				cp, has, err := p.store.InputCheckpoint(part, src)
				if err != nil {
					return fmt.Errorf("input position of %s partition %d: %w", topic, part, err)
				}
				if !has {
					continue
				}
				at = cp
			}
			committed := int64(-1)
			if c, ok := in.committed.Lookup(topic, part); ok && c.Err == nil {
				committed = c.At
			}
			if at <= 0 || at <= committed || at <= own.resume[topic] {
				continue
			}
			if past, end := in.pastEnd(topic, part, at); past {
				p.log.Warn("the restored state counts input past the end of the partition: the topic was deleted and created again under its name, or truncated (an unclean leader election); its records are evaluated from the group's offset",
					"topic", topic, "partition", part, "state_position", at, "end_offset", end)
				continue
			}
			if own.resume == nil {
				own.resume = map[string]int64{}
			}
			own.resume[topic] = at
			p.log.Info("the group's committed offset is behind the input the restored state counts: its records up to the state's position are skipped",
				"topic", topic, "partition", part, "group", p.cfg.Group, "committed_offset", committed, "state_position", at)
		}
	}
	return nil
}

// inputTopic returns the input topic of source src (state.InputDeliveries
// or state.InputRepartition).
func (p *Processor) inputTopic(src byte) string {
	if src == state.InputRepartition {
		return p.cfg.Topics.Repartition
	}
	return p.cfg.Topics.Deliveries
}

// skipCounted drops from fs the records below the position each owned
// partition's state counts (noteResume), recycling them, and moves a
// partition none of whose records remained to that position. It returns
// oversized without the batches that end at or below such a position
// (dead-lettered when the state counted past them), whose partitions it
// moves past them too.
func (p *Processor) skipCounted(fs kgo.Fetches, oversized []*kgo.ErrDecompressTooLarge) []*kgo.ErrDecompressTooLarge {
	var seek map[string]map[int32]kgo.EpochOffset
	moveTo := func(topic string, part int32, at int64) {
		if seek == nil {
			seek = map[string]map[int32]kgo.EpochOffset{}
		}
		if seek[topic] == nil {
			seek[topic] = map[int32]kgo.EpochOffset{}
		}
		// Epoch -1: the position is not a fetched record's, whose
		// leader epoch would be checked (KIP-320).
		seek[topic][part] = kgo.EpochOffset{Epoch: -1, Offset: at}
	}
	skipped := func(topic string, part int32, from, at int64) {
		p.log.Warn("skipped input records the restored state already counts; the group's committed offset was missing or behind (offsets.retention.minutes shorter than an outage, or the offsets reset)",
			"topic", topic, "partition", part, "group", p.cfg.Group,
			"from_offset", from, "state_position", at, "offsets", at-from)
		p.m.skipped.WithLabelValues(topic).Add(float64(at - from))
	}
	noted := func(topic string, part int32) (int64, bool) {
		own, ok := p.owned[part]
		if !ok || own.resume == nil {
			return 0, false
		}
		at, ok := own.resume[topic]
		return at, ok
	}
	// franz-go returns no records of a partition whose poll brought an
	// oversized batch, and stops there until the partition is moved.
	oversized = slices.DeleteFunc(oversized, func(b *kgo.ErrDecompressTooLarge) bool {
		at, ok := noted(b.Topic, b.Partition)
		if !ok || b.NextOffset > at {
			return false
		}
		skipped(b.Topic, b.Partition, b.Offset, at)
		moveTo(b.Topic, b.Partition, at)
		return true
	})
	for i := range fs {
		for j := range fs[i].Topics {
			ft := &fs[i].Topics[j]
			for k := range ft.Partitions {
				fp := &ft.Partitions[k]
				if len(fp.Records) == 0 {
					continue
				}
				at, ok := noted(ft.Topic, fp.Partition)
				if !ok || fp.Records[0].Offset >= at {
					continue
				}
				n := sort.Search(len(fp.Records), func(i int) bool { return fp.Records[i].Offset >= at })
				skipped(ft.Topic, fp.Partition, fp.Records[0].Offset, at)
				for _, r := range fp.Records[:n] {
					r.Recycle()
				}
				fp.Records = fp.Records[n:]
				if len(fp.Records) == 0 {
					moveTo(ft.Topic, fp.Partition, at)
				}
			}
		}
	}
	if seek != nil {
		p.sess.Client().SetOffsets(seek)
	}
	return oversized
}
