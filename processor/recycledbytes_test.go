package processor

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// TestNothingKeepsRecycledBytes: with the
// consumer's pool zeroing every batch franz-go recycles
// (Config.poisonRecycled), a stream that exercises every path of the
// processor that sees a decoded string — more domains than the window
// cache holds (evictions, old-generation promotions, store reads, look-ups
// in the pending transaction), failures and recoveries (status alerts,
// the last failure's host), duplicates (a domain whose window does not
// change), invalid records (dead letters), events on another partition
// than their domain's (forwarded), and domains the silence detection
// watches (its due index) — leaves no string of a recycled batch in
// anything that outlives a transaction: the caches' keys, the cached
// windows, the silence due index, the store, and the records produced.
// It stands for the kind of fault commit 60e902b mended (a window cache
// key left aliasing a batch) across every retention site the review of
// session 42 listed;
// it fails when the silence index's or loadMissing's clone, or the
// window's detach, is removed.
func TestNothingKeepsRecycledBytes(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	var domains []string
	for i := range 14 {
		domains = append(domains, fmt.Sprintf("d%02d.example", i))
	}
	// A low baseline, so that the due index holds the domains.
	var cfgEnt []any
	cfgEnt = append(cfgEnt, directory.Reseller{ID: "r1"}, directory.Customer{ID: "c1", Reseller: "r1"})
	for _, d := range domains {
		cfgEnt = append(cfgEnt, directory.Domain{Name: d, Customer: "c1", Settings: directory.Settings{SilentBaseline: 1}})
	}
	h.publishConfig(cfgEnt...)
	cfg := h.config(t.TempDir())
	cfg.poisonRecycled = true
	r := h.start(cfg)

	known := map[string]bool{}
	for _, d := range domains {
		known[d] = true
	}
	lastResp := map[string]string{}
	lastHost := map[string]string{}
	var dups []*kgo.Record
	for round := range 12 {
		var evs []ev
		for i, d := range domains {
			code := 250
			// Each domain fails in a run of rounds of its own: Bad, then
			// Good again (status alerts), its last failure kept after.
			if round >= i%5 && round < i%5+4 {
				code = 550
			}
			evs = append(evs, ev{domain: d, code: code}, ev{domain: d, code: code})
		}
		// Invalid records: dead-lettered with their bytes.
		evs = append(evs, ev{domain: "bad.example", raw: fmt.Sprintf(`{"v":1,"id":"bad-%d","domain":"Bad Domain %d"}`, round, round)})
		h.produce(evs...)
		for i, d := range domains {
			seq := h.seq - len(evs) + 1 + 2*i + 1 // the domain's second event
			code := 250
			if round >= i%5 && round < i%5+4 {
				code = 550
				lastHost[d] = "mx." + d
			}
			lastResp[d] = fmt.Sprintf("%d response to ev-%05d", code, seq)
		}
		// Duplicates of the round before, and events on the wrong
		// partition (forwarded to their domain's).
		if len(dups) > 0 {
			if err := h.cl.ProduceSync(h.ctx, dups...).FirstErr(); err != nil {
				t.Fatal(err)
			}
		}
		dups = dups[:0]
		for _, rec := range h.readAll(h.topics.Deliveries) {
			// The last domain's second event of this round.
			if strings.Contains(string(rec.Value), fmt.Sprintf(`"id":"ev-%05d"`, h.seq-1)) {
				dups = append(dups, &kgo.Record{Key: rec.Key, Value: rec.Value, Timestamp: rec.Timestamp})
			}
		}
		h.produceForwarded(fmt.Sprintf("fw%d.example", round), round)
		known[fmt.Sprintf("fw%d.example", round)] = true
		h.waitProcessed("mailflow")
	}
	// More transactions recycle the batches above while the windows stay
	// (some) cached.
	for range 4 {
		h.produce(ev{domain: "f1.example", code: 250}, ev{domain: "f2.example", code: 250})
		known["f1.example"], known["f2.example"] = true, true
		h.waitProcessed("mailflow")
	}
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	if r.p.pool.poisoned.Load() == 0 {
		t.Fatal("the pool poisoned no recycled batch")
	}
	for i, c := range r.p.caches {
		for d := range c.Domains() {
			if !known[d] {
				t.Errorf("cache %d holds a window under %q", i, d)
			}
		}
	}
	watched := 0
	sil := r.p.silence()
	for i, byPart := range sil.shards {
		for part, x := range byPart {
			for d := range x.in {
				watched++
				if !known[d] {
					t.Errorf("due index of shard %d partition %d holds %q", i, part, d)
				}
			}
			for _, e := range x.h {
				if !known[e.domain] {
					t.Errorf("due heap of shard %d partition %d holds %q", i, part, e.domain)
				}
			}
		}
	}
	if watched == 0 {
		t.Error("the due index holds no domain: the silence path was not exercised")
	}
	cached := 0
	for _, d := range domains {
		w, err := r.p.Store().Window(d)
		if err != nil || w == nil {
			t.Fatalf("%s: %v %v", d, w, err)
		}
		if w.LastResponse != lastResp[d] || w.LastFailureHost != lastHost[d] {
			t.Errorf("%s stored: %q %q, want %q %q", d, w.LastResponse, w.LastFailureHost, lastResp[d], lastHost[d])
		}
		for _, c := range r.p.caches {
			if cw, _, ok := c.Get(d); ok {
				cached++
				if cw.LastResponse != w.LastResponse || cw.LastFailureHost != w.LastFailureHost || cw.LastFailureIP != w.LastFailureIP {
					t.Errorf("%s cached: %q %q, stored %q %q", d, cw.LastResponse, cw.LastFailureHost, w.LastResponse, w.LastFailureHost)
				}
			}
		}
	}
	if cached == 0 {
		t.Error("no window stayed cached")
	}
	alerts := 0
	for _, rec := range h.readAll(h.topics.Alerts) {
		c, err := schemas.DecodeStatusChange(rec.Value)
		if err != nil {
			t.Fatalf("alert %d/%d: %v", rec.Partition, rec.Offset, err)
		}
		alerts++
		if string(rec.Key) != c.Domain || !known[c.Domain] || !strings.Contains(c.LastResponse, " response to ev-") {
			t.Errorf("alert keyed %q of %q, last response %q", rec.Key, c.Domain, c.LastResponse)
		}
	}
	if alerts == 0 {
		t.Error("no alert: the alert path was not exercised")
	}
	dead := 0
	for _, rec := range h.readAll(h.topics.DeadLetter) {
		dead++
		if !strings.HasPrefix(string(rec.Value), `{"v":1,"id":"bad-`) {
			t.Errorf("dead letter %q", rec.Value)
		}
	}
	if dead != 12 {
		t.Errorf("%d dead letters, want 12", dead)
	}
	fw := 0
	for _, rec := range h.readAll(h.topics.Repartition) {
		fw++
		if !strings.HasPrefix(string(rec.Key), "fw") || !strings.Contains(string(rec.Value), `"recipient":"u@`+string(rec.Key)+`"`) {
			t.Errorf("forwarded record keyed %q: %q", rec.Key, rec.Value)
		}
	}
	if fw != 12 {
		t.Errorf("%d forwarded records, want 12", fw)
	}
}

// produceForwarded writes one event of domain to a partition other than
// its domain's, which the processor forwards to the repartition topic.
func (h *harness) produceForwarded(domain string, n int) {
	h.t.Helper()
	h.seq++
	at := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC).Add(time.Duration(h.seq) * time.Second)
	de := schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("fw-%05d", h.seq), Recipient: "u@" + domain, CompletedAt: at, SMTPCode: 250,
		Response: fmt.Sprintf("250 forwarded %d", n), RemoteHost: "mx." + domain}
	v, err := schemas.MarshalDeliveryEvent(&de)
	if err != nil {
		h.t.Fatal(err)
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		h.t.Fatal(err)
	}
	defer cl.Close()
	rec := &kgo.Record{Topic: h.topics.Deliveries, Partition: (PartitionFor(domain, 3) + 1) % 3, Key: []byte(domain), Value: v,
		Timestamp: harnessEpoch.Add(time.Duration(h.seq) * time.Second)}
	if err := cl.ProduceSync(h.ctx, rec).FirstErr(); err != nil {
		h.t.Fatal(err)
	}
}
