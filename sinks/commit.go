package sinks

import (
	"sync"

	"github.com/twmb/franz-go/pkg/kgo"
)

// offsets tracks, per partition, the alerts read and not yet done, and
// yields the offsets that may be committed: the offset after the longest
// run of done alerts from the start. Alerts finish out of order (one
// target is slow, another fast), so an alert that is done waits for the
// ones before it; nothing after an unfinished alert is ever committed.
type offsets struct {
	mu    sync.Mutex
	parts map[topicPartition]*partOffsets
	// hold keeps a partition's offsets uncommitted until its mark reaches
	// the offset given (see holdUntil).
	hold map[topicPartition]int64
}

type topicPartition struct {
	topic     string
	partition int32
}

type partOffsets struct {
	tp      topicPartition
	pending []*alertTracker // offset order
	mark    kgo.EpochOffset // next offset to commit; Offset < 0 when none
	dirty   bool            // mark changed since the last commit
	revoked bool
}

// alertTracker counts the notifications of one alert still in progress.
type alertTracker struct {
	part      *partOffsets
	offset    int64
	epoch     int32
	remaining int
	done      bool
	release   func() // called once when the alert is done
}

func newOffsets() *offsets {
	return &offsets{parts: map[topicPartition]*partOffsets{}, hold: map[topicPartition]int64{}}
}

// holdUntil commits nothing of tp until all of it below until is done: a
// catch-up region (catchup.go) is committed whole or not at all, so that
// a member that takes it over after a restart or a rebalance finds the
// group with nothing committed and folds the same history, instead of
// reading the rest of it as news.
func (o *offsets) holdUntil(tp topicPartition, until int64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.hold[tp] = until
}

// heldLocked reports whether p's mark may not be committed yet, ending
// the hold once it may; the caller holds mu.
func (o *offsets) heldLocked(p *partOffsets) bool {
	until, ok := o.hold[p.tp]
	if !ok {
		return false
	}
	if p.mark.Offset >= until {
		delete(o.hold, p.tp)
		return false
	}
	return true
}

// track registers an alert with n notifications to do. Records of a
// partition must be tracked in offset order.
func (o *offsets) track(r *kgo.Record, n int, release func()) *alertTracker {
	o.mu.Lock()
	defer o.mu.Unlock()
	tp := topicPartition{r.Topic, r.Partition}
	p := o.parts[tp]
	if p == nil {
		p = &partOffsets{tp: tp, mark: kgo.EpochOffset{Offset: -1}}
		o.parts[tp] = p
	}
	t := &alertTracker{part: p, offset: r.Offset, epoch: r.LeaderEpoch, remaining: n, release: release}
	p.pending = append(p.pending, t)
	if n == 0 {
		o.doneLocked(t)
	}
	return t
}

// finish records that one notification of the alert is done (delivered,
// dead-lettered or found already delivered).
func (o *offsets) finish(t *alertTracker) {
	o.mu.Lock()
	defer o.mu.Unlock()
	t.remaining--
	if t.remaining == 0 {
		o.doneLocked(t)
	}
}

func (o *offsets) doneLocked(t *alertTracker) {
	if t.done {
		return
	}
	t.done = true
	if t.release != nil {
		t.release()
	}
	p := t.part
	if p.revoked {
		return
	}
	i := 0
	for i < len(p.pending) && p.pending[i].done {
		i++
	}
	if i == 0 {
		return
	}
	last := p.pending[i-1]
	p.mark = kgo.EpochOffset{Epoch: last.epoch, Offset: last.offset + 1}
	p.dirty = true
	p.pending = p.pending[i:]
}

// marks returns the offsets to commit that changed since the last call.
func (o *offsets) marks() map[string]map[int32]kgo.EpochOffset {
	o.mu.Lock()
	defer o.mu.Unlock()
	out := map[string]map[int32]kgo.EpochOffset{}
	for tp, p := range o.parts {
		if !p.dirty || o.heldLocked(p) {
			continue
		}
		p.dirty = false
		if out[tp.topic] == nil {
			out[tp.topic] = map[int32]kgo.EpochOffset{}
		}
		out[tp.topic][tp.partition] = p.mark
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// redirty marks partitions whose commit failed for another try.
func (o *offsets) redirty(m map[string]map[int32]kgo.EpochOffset) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for topic, ps := range m {
		for partition, eo := range ps {
			if p := o.parts[topicPartition{topic, partition}]; p != nil && p.mark == eo {
				p.dirty = true
			}
		}
	}
}

// drop forgets revoked or lost partitions and returns their last marks
// (for a final commit when revoked). Their alerts still in progress finish
// but no longer move a mark: the partition's new owner redelivers them.
func (o *offsets) drop(gone map[string][]int32) map[string]map[int32]kgo.EpochOffset {
	o.mu.Lock()
	defer o.mu.Unlock()
	out := map[string]map[int32]kgo.EpochOffset{}
	for topic, parts := range gone {
		for _, partition := range parts {
			tp := topicPartition{topic, partition}
			p := o.parts[tp]
			if p == nil {
				delete(o.hold, tp)
				continue
			}
			p.revoked = true
			delete(o.parts, tp)
			held := o.heldLocked(p)
			delete(o.hold, tp)
			if p.mark.Offset >= 0 && !held {
				if out[topic] == nil {
					out[topic] = map[int32]kgo.EpochOffset{}
				}
				out[topic][partition] = p.mark
			}
		}
	}
	return out
}
