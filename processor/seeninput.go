package processor

import (
	"context"
	"encoding/binary"

	"github.com/twmb/franz-go/pkg/kgo"

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
// ticks, invalid or forwarded, which count no id) has it written by the
// shard that produces its position record (shard.inputRecs).
func (s *shard) attachInputCheckpoints(ctx context.Context) {
	p := s.t.p
	if p.cfg.SkipChecks {
		return
	}
	// Every shard decoded a part of the poll (txn.run): the ends are
	// the largest any of them saw. Their decoding is over, so their maps
	// are only read now.
	clear(s.inputAll)
	for _, sh := range s.t.shards {
		for k, next := range sh.inputEnds {
			if next > s.inputAll[k] {
				s.inputAll[k] = next
			}
		}
	}
	for k, next := range s.inputAll {
		if int(k.part)%len(s.t.shards) == s.no {
			s.scratch = state.AppendPositionKey(s.scratch[:0], k.part, k.src)
			key := s.arena.bytes(s.scratch)
			value := s.arena.bytes(binary.BigEndian.AppendUint64(s.scratch[:0], uint64(next)))
			p.sess.Produce(ctx, s.newRecord(k.part, key, value), s.t.promiseFn)
		}
		attached := false
		for _, d := range s.order {
			if d.partition != k.part {
				continue
			}
			s.scratch = state.AppendInputKey(s.scratch[:0], k.part, k.src)
			key := s.arena.bytes(s.scratch)
			value := s.arena.bytes(binary.BigEndian.AppendUint64(s.scratch[:0], uint64(next)))
			d.seenRecs = append(d.seenRecs, s.store(key, value))
			attached = true
			break
		}
		if !attached && int(k.part)%len(s.t.shards) == s.no {
			// No domain of the partition counted an event (its records
			// were ticks, dead letters or forwarded): the checkpoint goes
			// in on its own. Left older, it stood behind the group's
			// committed offset after a restart, whose restore then
			// warned that the changelog was missing input (review
			// S26A-8) and read further for nothing.
			s.scratch = state.AppendInputKey(s.scratch[:0], k.part, k.src)
			key := s.arena.bytes(s.scratch)
			value := s.arena.bytes(binary.BigEndian.AppendUint64(s.scratch[:0], uint64(next)))
			s.inputRecs = append(s.inputRecs, s.store(key, value))
		}
	}
}

// noteInputEnds notes in s.inputEnds the offset after the last record of
// each input partition among recs, a run of the poll's records (which
// come partition after partition). It reads only what decoding reads
// anyway, while the record is in cache: walking the whole poll again
// per shard cost the benchmark 4% of its CPU in cache misses.
func (s *shard) noteInputEnds(recs []*kgo.Record) {
	p := s.t.p
	if p.cfg.SkipChecks || len(recs) == 0 {
		return
	}
	var (
		topic string
		part  int32 = -1
		next  int64
	)
	note := func() {
		if src, ok := p.inputSource(topic); ok {
			k := inputPart{src, part}
			if next > s.inputEnds[k] {
				s.inputEnds[k] = next
			}
		}
	}
	for _, r := range recs {
		if r.Partition != part || r.Topic != topic {
			if part >= 0 {
				note()
			}
			topic, part, next = r.Topic, r.Partition, 0
		}
		next = max(next, r.Offset+1)
	}
	note()
}
