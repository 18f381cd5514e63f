package processor

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// silenceState is what the silence detection (silence.go) keeps in memory
// across transactions, all of it derived from the state records: per owned
// partition its stream time and resume time, and per shard and partition
// the due index of the domains that could fall silent. It is rebuilt from
// the store whenever a partition is (re)assigned or restored, as the
// status index is from the state records, so it never needs a changelog
// of its own.
//
// One value serves both transactions (see Processor.silence); only the Run
// goroutine touches the partition map, and each shard only its own index.
type silenceState struct {
	parts  map[int32]*silencePart
	shards []map[int32]*dueIndex // by shard number, then partition
	// clock is the committed platform time and history its samples,
	// oldest first, at most tickHistory (see tick.go).
	clock   int64
	history []int64
	// ticker writes the ticks; made with the first. woken lists the
	// partitions given a wake-up tick, and the assignment it was for.
	ticker *kgo.Client
	woken  map[int32]*partition
}

// silencePart is the committed stream position of one partition, and the
// assignment it was built for: a partition that was revoked and assigned
// again, or restored, gets a new *partition (or becomes confirmed), and
// its silence state is rebuilt.
type silencePart struct {
	owner *partition
	// streamTime is the largest arrival time (Unix seconds) of the
	// partition's evaluated records; resumed the arrival time of the
	// record that ended its latest quiet spell (see quietGap).
	streamTime, resumed int64
	// lastTick is the stream time of the latest tick written to the
	// partition by this instance (committed), 0 for none since it was
	// built.
	lastTick int64
}

func newSilenceState(shards int) *silenceState {
	st := &silenceState{parts: map[int32]*silencePart{}, woken: map[int32]*partition{}}
	for range shards {
		st.shards = append(st.shards, map[int32]*dueIndex{})
	}
	return st
}

// silence returns the processor's silence state. It lives on the first
// shard of the first transaction because both transactions' shards share
// it and the Processor has no field for it.
func (p *Processor) silence() *silenceState {
	root := p.txns[0].shards[0]
	if root.silRoot == nil {
		root.silRoot = newSilenceState(len(p.caches))
	}
	return root.silRoot
}

// dueIndex orders the domains of one partition and shard that could fall
// silent by when they would: a min-heap of (due, domain) with a map of
// each domain's live entry. An entry may be early — the domain has had
// attempts since, which moved its due later — but never late: when it
// comes up, the domain is checked against its state and pushed again if
// it is not silent yet. So an attempt costs the index nothing unless the
// domain had no entry.
type dueIndex struct {
	h  dueHeap
	in map[string]int64 // domain → due of its live entry
}

type dueEntry struct {
	due    int64 // Unix seconds
	domain string
}

type dueHeap []dueEntry

func (h dueHeap) Len() int { return len(h) }
func (h dueHeap) Less(i, j int) bool {
	return h[i].due < h[j].due || h[i].due == h[j].due && h[i].domain < h[j].domain
}
func (h dueHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *dueHeap) Push(x any)   { *h = append(*h, x.(dueEntry)) }
func (h *dueHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

func newDueIndex() *dueIndex { return &dueIndex{in: map[string]int64{}} }

// push adds domain (a string the index may keep) with its due.
func (x *dueIndex) push(due int64, domain string) {
	x.in[domain] = due
	heap.Push(&x.h, dueEntry{due: due, domain: domain})
}

// popDue removes and returns the live entry that is due at stream time t,
// if any, skipping entries that an undo or a later push made stale.
func (x *dueIndex) popDue(t int64) (dueEntry, bool) {
	for len(x.h) > 0 && x.h[0].due <= t {
		e := heap.Pop(&x.h).(dueEntry)
		if due, ok := x.in[e.domain]; ok && due == e.due {
			delete(x.in, e.domain)
			return e, true
		}
	}
	return dueEntry{}, false
}

// silenceUndo is one change a transaction made to a due index, undone if
// it aborts (see shard.discard).
type silenceUndo struct {
	x      *dueIndex
	domain string
	due    int64
	popped bool // the entry was taken out (else it was pushed)
}

// undo reverts a transaction's index changes, newest first.
func undoSilence(log []silenceUndo) {
	for i := len(log) - 1; i >= 0; i-- {
		u := log[i]
		if u.popped {
			u.x.push(u.due, u.domain)
		} else if due, ok := u.x.in[u.domain]; ok && due == u.due {
			delete(u.x.in, u.domain)
		}
	}
}

// prepareSilence runs when a transaction begins, on the Run goroutine:
// it takes over the stream position the previous transaction reached if
// that committed, forgets revoked partitions, and rebuilds the partitions
// assigned or restored since from the store.
func (s *shard) prepareSilence() error {
	p := s.t.p
	if p.cfg.SkipDetections {
		return nil
	}
	st := p.silence()
	prev := p.txns[0]
	if prev == s.t {
		prev = p.txns[1]
	}
	if ps := &prev.shards[0].txStream; ps.valid {
		if !ps.aborted {
			for part, x := range ps.parts {
				if sp := st.parts[part]; sp != nil && x.built {
					sp.streamTime, sp.resumed = x.end()
				}
			}
			st.clock = max(st.clock, ps.clock.now)
			st.history = append(st.history, ps.clock.samples...)
			if n := len(st.history) - tickHistory; n > 0 {
				st.history = slices.Delete(st.history, 0, n)
			}
			for part, at := range ps.lastTick {
				if sp := st.parts[part]; sp != nil {
					sp.lastTick = max(sp.lastTick, at)
				}
			}
		}
		ps.valid = false
	}
	var stale []int32
	for part, sp := range st.parts {
		// Unconfirmed: the partition is restored before its next records
		// (a new assignment, or a transaction whose outcome is unknown).
		if own, ok := p.owned[part]; !ok || own != sp.owner || !own.confirmed {
			delete(st.parts, part)
			for _, m := range st.shards {
				delete(m, part)
			}
		}
	}
	for part, own := range p.owned {
		if _, ok := st.parts[part]; !ok && own.confirmed {
			stale = append(stale, part)
		}
	}
	if len(stale) == 0 {
		return nil
	}
	// The store must hold every committed transaction: the one before
	// may still be being applied.
	if err := p.waitApplied(); err != nil {
		return err
	}
	slices.Sort(stale)
	for _, part := range stale {
		if err := st.build(p, s.t.dir, part); err != nil {
			return err
		}
	}
	return nil
}

// buildPage is how many domains build reads at a time.
const buildPage = 4096

// build rebuilds partition part's silence state from the store: its stream
// time and resume time are the largest any of its state records carries
// (every transaction that moved them wrote at least one, see
// shard.carryStream), and every domain that could fall silent goes into
// its shard's due index.
func (st *silenceState) build(p *Processor, dir *directory.Directory, part int32) error {
	var names []string
	for _, status := range []schemas.Status{schemas.StatusGood, schemas.StatusBad} {
		after := ""
		for {
			page, err := p.store.Domains(part, status, after, buildPage)
			if err != nil {
				return fmt.Errorf("silence detection: list the domains of partition %d: %w", part, err)
			}
			names = append(names, page...)
			if len(page) < buildPage {
				break
			}
			after = page[len(page)-1]
		}
	}
	slices.Sort(names)
	names = slices.Compact(names)
	sp := &silencePart{owner: p.owned[part]}
	type watched struct {
		name string
		last int64
	}
	var due []watched
	err := p.store.States(names, func(i int, w *state.Window, _ *state.SeenIDs, err error) {
		if err != nil || w == nil {
			return // a corrupt record is quarantined when the domain is next read
		}
		sp.streamTime = max(sp.streamTime, w.StreamTime, w.LastArrival)
		sp.resumed = max(sp.resumed, w.Resumed)
		res := dir.Resolve(names[i])
		if silenceWatched(w, &res) {
			due = append(due, watched{names[i], w.LastArrival})
		}
	})
	if err != nil {
		return fmt.Errorf("silence detection: read the states of partition %d: %w", part, err)
	}
	st.parts[part] = sp
	for _, m := range st.shards {
		m[part] = newDueIndex()
	}
	for _, d := range due {
		res := dir.Resolve(d.name)
		name := strings.Clone(d.name)
		st.shards[p.shardOf(p.hashOf(name))][part].push(silenceDue(d.last, sp.resumed, &res), name)
	}
	p.log.Debug("silence detection: partition rebuilt from the store", "partition", part, "domains", len(names), "watched", len(due),
		"stream_time", sp.streamTime, "resumed", sp.resumed)
	return nil
}
