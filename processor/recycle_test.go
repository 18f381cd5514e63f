package processor

import (
	"fmt"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// TestRecycledWindowsKeepEachDomainsOwn: with a cache far smaller than the
// domains (so that every transaction drops generations whose windows and
// seen-id sets are recycled for the next reads, state.Cache) and many
// small transactions, each domain's stored window is exactly its own
// attempts: its count, its last response, its entries in order, and the
// one transition its failures cause. A window recycled while a
// transaction, or the next one reading the previous one's windows, still
// held it would mix two domains.
func TestRecycledWindowsKeepEachDomainsOwn(t *testing.T) {
	h := newHarnessWithin(t, 4*time.Minute)
	cfg := h.config(t.TempDir())
	cfg.CacheSize = 6 // generations of one window a shard (2×GOMAXPROCS shards)
	r := h.start(cfg)
	defer r.stop()

	const domains, rounds = 40, 5
	name := func(i int) string { return fmt.Sprintf("r%02d.example", i) }
	var script []ev
	codes := map[string][]int{}
	for round := range rounds {
		// A different order each round, so that a domain meets other
		// domains' recycled windows.
		for k := range domains {
			i := (k*7 + round*11) % domains
			d := name(i)
			code := 250
			// Domains with i%4 == 0 fail from their third attempt on:
			// three failures make them Bad (good→bad at the fifth).
			if i%4 == 0 && round >= 2 {
				code = 550
			}
			e := ev{domain: d, code: code}
			if i%4 == 0 && round == 4 {
				e.alert = "good→bad"
			}
			script = append(script, e)
			codes[d] = append(codes[d], code)
		}
	}
	want := h.produce(script...)
	if err := h.haltCaughtUp(r); err != nil {
		t.Fatal(err)
	}
	store := r.p.Store()
	for i := range domains {
		d := name(i)
		w, err := store.Window(d)
		if err != nil || w == nil {
			t.Fatalf("%s: window %v (%v)", d, w, err)
		}
		if w.Seq != rounds || len(w.Entries) != rounds {
			t.Errorf("%s: %d attempts, %d entries, want %d of each", d, w.Seq, len(w.Entries), rounds)
			continue
		}
		for k, e := range w.Entries {
			delivered := codes[d][k] == 250
			if (e.Outcome == schemas.OutcomeDelivered) != delivered {
				t.Errorf("%s: entry %d is %v, want delivered=%v", d, k, e.Outcome, delivered)
			}
		}
		last := codes[d][rounds-1]
		if w.LastCode != last || len(w.LastResponse) < 4 || w.LastResponse[:4] != fmt.Sprintf("%d ", last) {
			t.Errorf("%s: last code %d, response %q, want %d", d, w.LastCode, w.LastResponse, last)
		}
		if wantBad := i%4 == 0; (w.Status == schemas.StatusBad) != wantBad {
			t.Errorf("%s: status %v, want Bad=%v", d, w.Status, wantBad)
		}
		if i%4 != 0 && w.LastFailureHost != "" {
			t.Errorf("%s: never failed, yet its last failure host is %q", d, w.LastFailureHost)
		}
	}
	if got := h.alerts(); !slices.Equal(got, want) {
		t.Errorf("alerts:\n%v\nwant:\n%v", got, want)
	}
	if recycled(r.p) == 0 {
		t.Error("no window was recycled: the test proves nothing")
	}
}

// recycled returns how many windows and sets p's caches handed out again.
func recycled(p *Processor) uint64 {
	var n uint64
	for _, c := range p.caches {
		n += c.Recycled()
	}
	return n
}

// TestRecycleWithParallelShards: recycling with the shards on goroutines
// of their own (polls of at least shardParallelMin records), so that each
// shard's reads decode into its recycled windows while the other shards
// do, and while the previous transaction's store update runs (whose Pebble
// batch the next transaction's reuses). Run with the race detector.
func TestRecycleWithParallelShards(t *testing.T) {
	h := newHarnessWithin(t, 4*time.Minute)
	cfg := h.config(t.TempDir())
	// Transactions of about 1,100 records, and per shard a cache that
	// keeps a window for two or three of them but not every domain:
	// windows outlive two epochs in the cache before they are dropped.
	shards := 2 * max(runtime.GOMAXPROCS(0), 1)
	cfg.CacheSize = shards * 1200
	cfg.MaxPollRecords = 1100
	var largest atomic.Int64
	cfg.Observe = func(s TxnStats) {
		for n := int64(s.Records); ; {
			cur := largest.Load()
			if n <= cur || largest.CompareAndSwap(cur, n) {
				break
			}
		}
	}
	r := h.start(cfg)
	defer r.stop()

	domains, rounds := shards*1500, 3
	name := func(i int) string { return fmt.Sprintf("p%05d.example", i) }
	var script []ev
	for round := range rounds {
		for k := range domains {
			i := (k*7 + round*13) % domains
			code := 250
			if i%5 == 0 {
				code = 451 // a deferral: its entries differ from the others'
			}
			script = append(script, ev{domain: name(i), code: code})
		}
	}
	h.produce(script...)
	if err := h.haltCaughtUp(r); err != nil {
		t.Fatal(err)
	}
	if largest.Load() < shardParallelMin {
		t.Errorf("no poll reached %d records: the shards never ran in parallel", shardParallelMin)
	}
	if recycled(r.p) == 0 {
		t.Error("no window was recycled: the test proves nothing")
	}
	store := r.p.Store()
	for i := range domains {
		w, err := store.Window(name(i))
		if err != nil || w == nil {
			t.Fatalf("%s: window %v (%v)", name(i), w, err)
		}
		if w.Seq != uint64(rounds) || len(w.Entries) != rounds {
			t.Errorf("%s: %d attempts, %d entries, want %d", name(i), w.Seq, len(w.Entries), rounds)
		}
		want := 250
		if i%5 == 0 {
			want = 451
		}
		if w.LastCode != want {
			t.Errorf("%s: last code %d, want %d", name(i), w.LastCode, want)
		}
	}
}
