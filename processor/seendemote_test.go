package processor

import (
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"
)

// sameSeenTable returns a domain other than dom whose ids go in dom's
// seen-ids table (same partition, shard and group).
func sameSeenTable(t *testing.T, p *Processor, dom string) string {
	t.Helper()
	h := p.hashOf(dom)
	for i := range 100000 {
		f := fmt.Sprintf("filler%d.example", i)
		g := p.hashOf(f)
		if PartitionFor(f, p.partitions) == PartitionFor(dom, p.partitions) && p.shardOf(g) == p.shardOf(h) && seenGroup(g) == seenGroup(h) {
			return f
		}
	}
	t.Fatal("no domain shares the table")
	return ""
}

// TestDuplicateAfterDemoteWhileStoreLags is the review's case: a
// domain's ids are inline in its state value when its table is demoted;
// the next transaction spills them into a chunk; and while that
// transaction's store update is still running, a producer's retry of
// one of them arrives. The cold part may hold it, so the domain's ids
// are read back, from a store that does not have the chunk yet: the id
// must be found all the same (it was counted again before the fix).
func TestDuplicateAfterDemoteWhileStoreLags(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cfg := h.config(t.TempDir())
	cfg.Registerer = prometheus.NewRegistry()
	cfg.MaxPollRecords = 500
	cfg.CacheSize = 64
	var slow atomic.Bool
	cfg.beforeStoreCommit = func() {
		if slow.Load() {
			time.Sleep(1500 * time.Millisecond)
		}
	}
	r := h.start(cfg)
	defer r.stop()
	root := r.p.txns[0].shards[0]
	dom := "victim.example"
	filler := sameSeenTable(t, r.p, dom)
	produce := func(recs ...*kgo.Record) {
		t.Helper()
		if err := h.cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
			t.Fatal(err)
		}
		h.waitProcessed("mailflow")
	}
	var recs []*kgo.Record
	for i := range 6 { // inline: no more than SeenInlineMax
		recs = append(recs, &kgo.Record{Key: []byte(dom), Value: event(t, fmt.Sprintf("v-%d", i), dom, 250)})
	}
	produce(recs...)
	recs = nil
	for i := range 3000 { // makes the table worth demoting
		recs = append(recs, &kgo.Record{Key: []byte(filler), Value: event(t, fmt.Sprintf("f-%d", i), filler, 250)})
	}
	produce(recs...)
	// The next transaction finds the tables over the budget.
	root.seenLimit.Store(r.p.SeenTableBytes() - 1)
	slow.Store(true)
	recs = nil
	for i := range 3 { // 6 + 3 inline ids: they spill
		recs = append(recs, &kgo.Record{Key: []byte(dom), Value: event(t, fmt.Sprintf("v-new-%d", i), dom, 250)})
	}
	produce(recs...)
	produce(&kgo.Record{Key: []byte(dom), Value: event(t, "v-0", dom, 250)})
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d tables demoted, %v read-backs", root.seenDemotes.Load(), counterValue(t, r.p.m.seenReadBack))
	if root.seenDemotes.Load() == 0 {
		t.Fatal("the table was not demoted")
	}
	if n := counterValue(t, r.p.m.duplicates); n != 1 {
		t.Fatalf("%v duplicates counted, want 1", n)
	}
}

// TestSeenIdleBefore checks the clock of idle tables: noted on every
// transaction, a table that no transaction used for seenIdle is idle,
// whether or not the tables were over the budget meanwhile (the review
// found it noted only when over); one used since is not.
func TestSeenIdleBefore(t *testing.T) {
	t.Parallel()
	s := &shard{}
	t0 := time.Unix(1_800_000_000, 0)
	var idle uint64
	for sec := range 61 {
		for range 10 { // ten transactions a second
			s.seenTxn.Add(1)
			idle = s.seenIdleBefore(t0.Add(time.Duration(sec) * time.Second))
		}
	}
	// Transaction 200 ran at t0+19s, 600 at t0+59s.
	if idle <= 200 || idle > 600-10*uint64(seenIdle/time.Second)+10 {
		t.Fatalf("at t0+60s, tables last used before transaction %d are idle; want a count from 10 s before (about 500)", idle)
	}
	if len(s.seenMarks) > int(seenIdle/time.Second)+2 {
		t.Fatalf("%d marks kept, want about one a second for %v", len(s.seenMarks), seenIdle)
	}
}
