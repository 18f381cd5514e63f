package processor

import (
	"fmt"
	"testing"
)

// TestWindowsOutliveRecycledBatches: a window the processor keeps across
// transactions holds no string of a fetched batch once franz-go recycled
// it. The processor decodes attempts without copying, so a window's last
// response and its last failure's host alias the batch until
// produceState detaches them (state.Window.DetachChanged); a path that
// set one without detaching it would re-encode, in a later transaction,
// whatever the recycled buffer then held. The consumer's pool here
// zeroes every buffer it is given back (Config.poisonRecycled), so such a
// string would read as NUL bytes. Each domain fails once, then is
// delivered to for several transactions while its window stays cached
// (fewer domains than the cache holds): its last failure's host must
// survive every re-encoding; then other domains' transactions recycle
// the last round's batches, and the cached windows' last responses must
// survive that, under keys that still name them. It fails when either
// arm of the detach is left out, or when the window cache keeps a name
// it was looked up by.
func TestWindowsOutliveRecycledBatches(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cfg := h.config(t.TempDir())
	cfg.poisonRecycled = true
	r := h.start(cfg)
	domains := []string{"a.example", "b.example", "c.example", "d.example", "e.example"}
	last := map[string]string{}
	for round := range 8 {
		code := 250
		if round == 0 {
			code = 550
		}
		var evs []ev
		for _, d := range domains {
			evs = append(evs, ev{domain: d, code: code})
		}
		h.produce(evs...)
		for i, d := range domains {
			// harness.produce writes "<code> response to ev-<seq>".
			last[d] = fmt.Sprintf("%d response to ev-%05d", code, h.seq-len(domains)+1+i)
		}
		h.waitProcessed("mailflow")
	}
	// Transactions of other domains recycle the last round's batches
	// while the windows above stay cached (7 domains, a cache of 8).
	for range 4 {
		h.produce(ev{domain: "f1.example", code: 250}, ev{domain: "f2.example", code: 250})
		h.waitProcessed("mailflow")
	}
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	if r.p.pool.poisoned.Load() == 0 {
		t.Fatal("the pool poisoned no recycled batch: the test exercised nothing (are the harness's batches compressed?)")
	}
	// Every key the caches hold must still name a domain of the test:
	// a window promoted or updated under the name it was looked up by,
	// which aliases a batch, would read as the recycled bytes (NULs
	// here), hidden from its domain (state.Cache owns its keys).
	known := map[string]bool{"f1.example": true, "f2.example": true}
	for _, d := range domains {
		known[d] = true
	}
	for i, c := range r.p.caches {
		for d := range c.Domains() {
			if !known[d] {
				t.Errorf("cache %d holds a window under %q", i, d)
			}
		}
	}
	cached := 0
	for _, d := range domains {
		w, err := r.p.Store().Window(d)
		if err != nil {
			t.Fatal(err)
		}
		if w.LastFailureHost != "mx."+d || w.LastResponse != last[d] {
			t.Errorf("%s stored: last failure host %q, last response %q; want %q and %q", d, w.LastFailureHost, w.LastResponse, "mx."+d, last[d])
		}
		// The window the processor would evaluate the next attempt on.
		for _, c := range r.p.caches {
			if w, _, ok := c.Get(d); ok {
				cached++
				if w.LastFailureHost != "mx."+d || w.LastResponse != last[d] {
					t.Errorf("%s cached: last failure host %q, last response %q; want %q and %q", d, w.LastFailureHost, w.LastResponse, "mx."+d, last[d])
				}
			}
		}
	}
	if cached == 0 {
		t.Fatal("no window stayed cached: the test checked the store only")
	}
}
