package processor

import (
	"context"
	"encoding/binary"

	"github.com/mailflow/mailflow/state"
)

// A domain's seen ids are in the local store only (see state/seen.go);
// their changelog is the input topics. Each transaction therefore
// records, per input partition it read, the offset after its last record:
// in the changelog (the input position, state.AppendPositionKey: the
// input the changelog's state stands for) and in the store update (the
// input checkpoint: the input whose ids the store holds). A restore
// replays the input between the two (seenreplay.go).

// inputPart is an input partition: a source (state.InputDeliveries or
// state.InputRepartition) and a partition number.
type inputPart struct {
	src  byte
	part int32
}

// inputSource returns the source of input topic topic.
func (p *Processor) inputSource(topic string) (byte, bool) {
	switch topic {
	case p.cfg.Topics.Deliveries:
		return state.InputDeliveries, true
	case p.cfg.Topics.Repartition:
		return state.InputRepartition, true
	}
	return 0, false
}

// attachInputCheckpoints adds to the transaction the input position and
// checkpoint of every input partition the poll read from: the offset
// after its last record. The store update then holds the ids of the
// events before it, whoever evaluated them.
//
// The position record of partition p is produced by shard p mod the
// shard count, once per transaction. txn.prepare puts a dirty domain's seenRecs into the store batch, so a
// checkpoint rides with one dirty domain of its partition; every shard
// with one writes it (the same key and value, a few per transaction). A
// partition none of whose domains the transaction touched (its records
// invalid or forwarded, which count no id) keeps its older checkpoint,
// which only makes a later replay read a little more.
func (s *shard) attachInputCheckpoints(ctx context.Context) {
	p := s.t.p
	if p.cfg.SkipChecks {
		return
	}
	clear(s.inputEnds)
	for _, r := range s.t.in {
		src, ok := p.inputSource(r.Topic)
		if !ok {
			continue
		}
		k := inputPart{src, r.Partition}
		if next := r.Offset + 1; next > s.inputEnds[k] {
			s.inputEnds[k] = next
		}
	}
	for k, next := range s.inputEnds {
		if int(k.part)%len(s.t.shards) == s.no {
			s.scratch = state.AppendPositionKey(s.scratch[:0], k.part, k.src)
			key := s.arena.bytes(s.scratch)
			value := s.arena.bytes(binary.BigEndian.AppendUint64(s.scratch[:0], uint64(next)))
			p.sess.Produce(ctx, s.newRecord(k.part, key, value), s.t.promiseFn)
		}
		for _, d := range s.order {
			if d.partition != k.part {
				continue
			}
			s.scratch = state.AppendInputKey(s.scratch[:0], k.part, k.src)
			key := s.arena.bytes(s.scratch)
			value := s.arena.bytes(binary.BigEndian.AppendUint64(s.scratch[:0], uint64(next)))
			d.seenRecs = append(d.seenRecs, s.store(k.part, key, value))
			break
		}
	}
}
