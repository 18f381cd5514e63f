package processor

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// TestOneStateRecordPerDomain checks what a transaction writes for the
// long tail of domains, each touched once: one state record per domain
// (window and seen ids together), no status-index record (the index is
// derived from the state records) and no seen-ids chunk; and that a store
// restored from that changelog lists the same domains under the same
// statuses as the store that wrote it, across Good→Bad→Good moves.
func TestOneStateRecordPerDomain(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cfg := h.config(t.TempDir())
	cfg.MaxPollRecords = 1000
	r := h.start(cfg)
	const n = 300
	var recs []*kgo.Record
	for i := range n {
		d := fmt.Sprintf("cold%03d.example", i)
		recs = append(recs, &kgo.Record{Key: []byte(d), Value: event(t, "c-"+d, d, 250)})
	}
	// Some busier domains that turn Bad and back, and one that stays Bad.
	for i := range 5 {
		d := fmt.Sprintf("busy%d.example", i)
		for j := range 40 {
			code := 250
			if j >= 10 && j < 13 || i == 4 && j >= 10 {
				code = 550
			}
			recs = append(recs, &kgo.Record{Key: []byte(d), Value: event(t, fmt.Sprintf("b-%s-%d", d, j), d, code)})
		}
	}
	if err := h.cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	h.waitProcessed("mailflow")
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}

	byPrefix := map[byte]int{}
	stateRecs := map[string]int{}
	for _, rec := range h.readAll(h.topics.State) {
		if bytes.HasPrefix(rec.Key[1:], []byte("cold")) {
			byPrefix[rec.Key[0]]++
		}
		if rec.Key[0] == 'i' {
			byPrefix['i']++
		}
		if rec.Key[0] == 'w' {
			stateRecs[string(rec.Key[1:])]++
		}
	}
	if byPrefix['i'] != 0 {
		t.Errorf("%d status-index records in the changelog, want none (the index is derived)", byPrefix['i'])
	}
	if byPrefix['e'] != 0 {
		t.Errorf("%d seen-ids chunks for domains of one id, want none (ids travel in the state record up to %d)", byPrefix['e'], state.SeenInlineMax)
	}
	for i := range n {
		if d := fmt.Sprintf("cold%03d.example", i); stateRecs[d] != 1 {
			t.Fatalf("%s: %d state records for one attempt, want 1", d, stateRecs[d])
		}
	}

	listed := func(s *state.Store) map[schemas.Status][]string {
		out := map[schemas.Status][]string{}
		for p := range int32(3) {
			for _, st := range []schemas.Status{schemas.StatusGood, schemas.StatusBad} {
				ds, err := s.Domains(p, st, "", 1<<20)
				if err != nil {
					t.Fatal(err)
				}
				out[st] = append(out[st], ds...)
			}
		}
		for _, ds := range out {
			slices.Sort(ds)
		}
		return out
	}
	want := listed(r.p.Store())
	if len(want[schemas.StatusGood]) != n+4 || !slices.Equal(want[schemas.StatusBad], []string{"busy4.example"}) {
		t.Fatalf("index of the store that processed: %d good, bad %v; want %d good and busy4.example bad", len(want[schemas.StatusGood]), want[schemas.StatusBad], n+4)
	}
	r.p.Close()

	c := cfg
	c.DataDir = t.TempDir()
	c.Registerer = prometheus.NewRegistry()
	r = h.start(c)
	defer r.stop()
	h.waitProcessed("mailflow")
	waitFor(t, h.ctx, func() bool {
		o := r.p.Ownership()
		return o != nil && o.Joined && len(o.Partitions) == 3 && len(o.Restoring) == 0
	})
	got := listed(r.p.Store())
	for _, st := range []schemas.Status{schemas.StatusGood, schemas.StatusBad} {
		if !slices.Equal(got[st], want[st]) {
			t.Errorf("restored index of %s: %d domains, want %d", st, len(got[st]), len(want[st]))
		}
	}
}

// TestSeenIDsSpill checks a domain with more ids than its state value
// carries: the rest spill into local chunks, none of it reaches the
// changelog, and every id is still recognised after a restart and after
// a restore into a new store (recovered from the input topics).
func TestSeenIDsSpill(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cfg := h.config(t.TempDir())
	cfg.MaxPollRecords = 20
	cfg.Registerer = prometheus.NewRegistry()
	r := h.start(cfg)
	const ids = 5*state.SeenInlineMax + 7
	produce := func() {
		t.Helper()
		var recs []*kgo.Record
		for i := range ids {
			recs = append(recs, &kgo.Record{Key: []byte("spill.example"), Value: event(t, fmt.Sprintf("s%d", i), "spill.example", 250)})
		}
		if err := h.cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
			t.Fatal(err)
		}
		h.waitProcessed("mailflow")
	}
	produce()
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	_, seen, err := r.p.Store().State("spill.example")
	if err != nil {
		t.Fatal(err)
	}
	if n := seen.ChunkCount(); n == 0 || n > ids/state.SeenInlineMax {
		t.Fatalf("%d local seen-ids chunks for %d ids, want between 1 and %d", n, ids, ids/state.SeenInlineMax)
	}
	r.p.Close()
	for _, rec := range h.readAll(h.topics.State) {
		if rec.Key[0] == 'e' {
			t.Fatalf("a seen-ids chunk in the changelog at offset %d", rec.Offset)
		}
		if rec.Key[0] == 'w' {
			if _, seen, _, err := state.DecodeState(rec.Value); err != nil || seen.Len() != 0 || seen.DeclaredChunks() != 0 {
				t.Fatalf("changelog state record at offset %d: %d seen ids (%v), want none", rec.Offset, seen.Len(), err)
			}
		}
	}
	for _, dir := range []string{cfg.DataDir, t.TempDir()} {
		c := cfg
		c.DataDir = dir
		c.Registerer = prometheus.NewRegistry()
		r = h.start(c)
		produce()
		if err := r.halt(); err != nil {
			t.Fatal(err)
		}
		w, seen, err := r.p.Store().State("spill.example")
		if err != nil || w == nil {
			t.Fatal(w, err)
		}
		if w.Seq != ids {
			t.Fatalf("store %s: %d attempts counted, want the %d distinct ones", dir, w.Seq, ids)
		}
		if seen.Len() != ids {
			t.Fatalf("store %s: %d ids remembered, want %d", dir, seen.Len(), ids)
		}
		if d := counterValue(t, r.p.m.duplicates); d != ids {
			t.Fatalf("store %s: %v duplicates counted, want %d", dir, d, ids)
		}
		r.p.Close()
	}
}
