package processor

import (
	"fmt"
	"testing"
)

// TestNothingKeepsRecycledBatches: once a transaction value is reused, no
// pooled dirty domain and no decoded event beyond the poll still points
// into a fetched batch. A name or event left there keeps its whole
// decompressed batch alive after franz-go recycled it; at a million
// domains a few hundred of them held a quarter of the default Go heap
// (see shard.begin). Polls of shrinking size leave pooled values and
// decoded events unused.
func TestNothingKeepsRecycledBatches(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cfg := h.config(t.TempDir())
	r := h.start(cfg)
	// Each round touches fewer domains than the one before, so that
	// pooled values of the earlier, larger rounds stay unused.
	for round, n := range []int{300, 200, 100, 50, 20, 5} {
		var evs []ev
		for i := range n {
			evs = append(evs, ev{domain: fmt.Sprintf("r%d-d%d.example", round, i), code: 250})
		}
		h.produce(evs...)
		h.waitProcessed("mailflow")
	}
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	pooled, stale := 0, 0
	for _, tx := range r.p.txns {
		for _, s := range tx.shards {
			for _, d := range s.pool {
				pooled++
				if d.domain != "" || d.sameHash != nil || d.w != nil || d.seen != nil {
					t.Errorf("a pooled dirty domain keeps %q (same hash %v, window %v, seen %v)", d.domain, d.sameHash != nil, d.w != nil, d.seen != nil)
				}
			}
			for _, name := range s.names[:cap(s.names)] {
				if name != "" {
					stale++
				}
			}
		}
		for _, dec := range tx.decoded[len(tx.decoded):cap(tx.decoded)] {
			if dec.ev.Domain != "" || dec.ev.Response != "" {
				stale++
			}
		}
	}
	if pooled == 0 {
		t.Fatal("no pooled dirty domain: the test exercised nothing")
	}
	if stale > 0 {
		t.Errorf("%d scratch names or decoded events beyond their use still alias fetched batches", stale)
	}
}
