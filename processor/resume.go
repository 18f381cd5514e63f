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
// So each restore notes, per input partition, the position the state
// stands for — the largest of the changelog's position record and the
// store's input checkpoint (see seeninput.go) — when the group's
// committed offset is behind it or missing. Records below that position
// are then dropped from every poll before they are evaluated (recycled,
// never counted), and the partition is moved to the position
// (Client.SetOffsets), so that the input between is not even fetched.
// A warning names the offsets skipped, from the first one the poll
// brought up to the position, and mailflow_input_records_skipped_total
// {topic} counts them: offsets, like the retention check's, so
// transaction markers among them too. A
// transaction's commit then records the position as the group's offset.
// The note is made at the first restore of an ownership and lasts while
// the instance owns the partition: an aborted transaction (or one whose
// commit was uncertain) rewinds the session to where consuming started,
// below the position, and the records come again.
//
// A position past the partition's end offset is not the topic's: the
// topic was deleted and created again under its name. Nothing is noted
// then, the seen ids are not recovered up to it (recoverSeen), and a
// warning says so; a poll's high watermark is checked again. (A topic
// created again that has since grown past the old position cannot be
// told apart by offsets; Kafka's topic ids, KIP-516, could.)

// noteResume records in p.owned what the restored state of parts counts of
// each input topic, beyond the group's committed offsets (see above);
// streams and in are what the restore learned. It runs once per
// ownership, at the first restore after the assignment: the restores that
// follow (confirm, unconfirmAll) find the store's input checkpoint already
// set to what recoverSeen made of it, which says what the store holds ids
// of, not what the state counted, and a note they dropped would let a
// rewind count the skipped input again. Only an error of the store fails
// it.
func (p *Processor) noteResume(parts []int32, streams map[int32]streamSeen, in inputOffsets) error {
	for _, part := range parts {
		own, ok := p.owned[part]
		if !ok || own.noted {
			continue
		}
		own.noted = true
		for _, src := range []byte{state.InputDeliveries, state.InputRepartition} {
			topic := p.inputTopic(src)
			// The changelog's position when the replay met one: it is
			// newer than the store's checkpoint, which the replay
			// started from (as changelogBehind and recoverSeen read it).
			at, ok := streams[part].position[src]
			if !ok {
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
			if at <= 0 || at <= committed {
				continue
			}
			if past, end := in.pastEnd(topic, part, at); past {
				p.log.Warn("the restored state counts input past the end of the partition: the topic was deleted and created again under its name; its records are evaluated from the group's offset",
					"topic", topic, "partition", part, "state_position", at, "high_watermark", end)
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
// oversized without the batches that end at or below such a position:
// they were dead-lettered when the state counted past them.
func (p *Processor) skipCounted(fs kgo.Fetches, oversized []*kgo.ErrDecompressTooLarge) []*kgo.ErrDecompressTooLarge {
	oversized = slices.DeleteFunc(oversized, func(b *kgo.ErrDecompressTooLarge) bool {
		own, ok := p.owned[b.Partition]
		if !ok || own.resume == nil {
			return false
		}
		at, ok := own.resume[b.Topic]
		return ok && b.NextOffset <= at
	})
	var seek map[string]map[int32]kgo.EpochOffset
	for i := range fs {
		for j := range fs[i].Topics {
			ft := &fs[i].Topics[j]
			for k := range ft.Partitions {
				fp := &ft.Partitions[k]
				own, ok := p.owned[fp.Partition]
				if !ok || own.resume == nil || len(fp.Records) == 0 {
					continue
				}
				at, ok := own.resume[ft.Topic]
				if !ok || fp.Records[0].Offset >= at {
					continue
				}
				if fp.HighWatermark < at {
					p.log.Warn("the restored state counts input past the end of the partition: the topic was deleted and created again under its name; its records are evaluated from the group's offset",
						"topic", ft.Topic, "partition", fp.Partition, "state_position", at, "high_watermark", fp.HighWatermark)
					delete(own.resume, ft.Topic)
					continue
				}
				n := sort.Search(len(fp.Records), func(i int) bool { return fp.Records[i].Offset >= at })
				from := fp.Records[0].Offset
				p.log.Warn("skipped input records the restored state already counts; the group's committed offset was missing or behind (offsets.retention.minutes shorter than an outage, or the offsets reset)",
					"topic", ft.Topic, "partition", fp.Partition, "group", p.cfg.Group,
					"from_offset", from, "state_position", at, "offsets", at-from)
				p.m.skipped.WithLabelValues(ft.Topic).Add(float64(at - from))
				for _, r := range fp.Records[:n] {
					r.Recycle()
				}
				fp.Records = fp.Records[n:]
				if len(fp.Records) == 0 {
					if seek == nil {
						seek = map[string]map[int32]kgo.EpochOffset{}
					}
					if seek[ft.Topic] == nil {
						seek[ft.Topic] = map[int32]kgo.EpochOffset{}
					}
					// Epoch -1: the position is not a fetched record's,
					// whose leader epoch would be checked (KIP-320).
					seek[ft.Topic][fp.Partition] = kgo.EpochOffset{Epoch: -1, Offset: at}
				}
			}
		}
	}
	if seek != nil {
		p.sess.Client().SetOffsets(seek)
	}
	return oversized
}
