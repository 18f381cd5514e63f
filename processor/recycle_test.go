package processor

import (
	"fmt"
	"slices"
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
	cfg.CacheSize = 6 // two shards at most: generations of one or two windows
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
}
