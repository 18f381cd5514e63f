package processor

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// produceOversized writes, keyed by domain, one zstd batch of records of
// mib MiB of zeros each: a few hundred bytes on the wire that decompress
// beyond a small Config.MaxBatchBytes (the review's decompression bomb,
// scaled down).
func (h *harness) produceOversized(domain string, records, size int) {
	h.t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.DefaultProduceTopic(h.topics.Deliveries),
		kgo.ProducerBatchCompression(kgo.ZstdCompression()), kgo.ProducerBatchMaxBytes(64<<20), kgo.ProducerLinger(0),
		kgo.MaxBufferedBytes(256<<20))
	if err != nil {
		h.t.Fatal(err)
	}
	defer cl.Close()
	var recs []*kgo.Record
	for range records {
		recs = append(recs, &kgo.Record{Key: []byte(domain), Value: make([]byte, size)})
	}
	if err := cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		h.t.Fatal(err)
	}
}

// TestOversizedBatchDeadLetteredAndSkipped: a batch that decompresses
// beyond Config.MaxBatchBytes, among valid events of its partition, is
// dead-lettered once by its offsets and skipped in the same transaction;
// the events after it are evaluated (franz-go had stopped the partition
// for good: no dead letter, growing lag, the domain's status frozen); a
// restart, and a restart that lost its data dir (the restore, the
// seen-id recovery and the log store's replay read the same topic), move
// past it again without a second dead letter; so do restarts with the
// group's offsets gone, which read it below the restored state's position
// (resume.go).
func TestOversizedBatchDeadLetteredAndSkipped(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cfg := h.config(t.TempDir())
	cfg.MaxBatchBytes = 256 << 10
	r := h.start(cfg)

	const domain = "bomb.example"
	h.produce(repeatEv(22, on(domain, delivered))...)
	h.produceOversized(domain, 3, 1<<20)
	want := h.produce(on(domain, bounced), on(domain, bounced), with(on(domain, bounced), "good→bad"))
	h.produceOversized(domain, 1, 512<<10)
	want = append(want, h.produce(on(domain, delivered))...)
	h.waitProcessed("mailflow")
	if got := h.alerts(); !slices.Equal(got, want) {
		t.Fatalf("alerts %q, want %q: the events after the oversized batch were not evaluated", got, want)
	}

	checkDead := func(when string) {
		t.Helper()
		dead := h.readAll(h.topics.DeadLetter)
		if len(dead) != 2 {
			t.Fatalf("%s: %d dead letters, want one per oversized batch (2)", when, len(dead))
		}
		for _, d := range dead {
			hs := map[string]string{}
			for _, hd := range d.Headers {
				hs[hd.Key] = string(hd.Value)
			}
			from, _ := strconv.ParseInt(hs[HeaderSource][strings.LastIndexByte(hs[HeaderSource], '/')+1:], 10, 64)
			end, err := strconv.ParseInt(hs[HeaderEndOffset], 10, 64)
			if !strings.Contains(hs[HeaderError], "decompresses to more than 262144 bytes") ||
				!strings.HasPrefix(hs[HeaderSource], h.topics.Deliveries+"/") || err != nil || end <= from || len(d.Value) != 0 {
				t.Errorf("%s: dead letter headers %q, value %d bytes", when, hs, len(d.Value))
			}
		}
	}
	checkDead("live")
	w, err := r.p.Store().Window(domain)
	if err != nil || w == nil || len(w.Entries) != 25 {
		t.Fatalf("window of %s: %+v %v, want its 26 valid events' last 25", domain, w, err)
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}

	// restart runs a processor on dir until it has evaluated one more
	// event of the domain, expects it (its outcome want) last in the
	// window, and the two dead letters only.
	restart := func(phase, dir string, e ev, want string) {
		t.Helper()
		cfg2 := cfg
		cfg2.DataDir = dir
		r2 := h.start(cfg2)
		h.produce(e)
		h.waitProcessed("mailflow")
		if err := h.haltCaughtUp(r2); err != nil {
			t.Fatal(err)
		}
		w, err := r2.p.Store().Window(domain)
		if err != nil || w == nil || len(w.Entries) != 25 || w.Entries[len(w.Entries)-1].Outcome.String() != want {
			t.Fatalf("%s, in %s: window %+v %v", phase, dir, w, err)
		}
		r2.p.Close()
		checkDead(phase)
	}

	// A restart with its data dir, and one without (everything rebuilt
	// from the topics), each reading the oversized batches again.
	for _, dir := range []string{cfg.DataDir, t.TempDir()} {
		restart("after a restart", dir, on(domain, delivered), "delivered")
	}

	// The group's offsets gone (resume.go): read from the log start, the
	// batches lie below the position the restored state counts; they are
	// not dead-lettered again, and the partition does not stop at them,
	// also when the log starts with one (the valid events before it
	// deleted), so that the first fetch brings no record to skip.
	first := int64(-1)
	for _, d := range h.readAll(h.topics.DeadLetter) {
		for _, hd := range d.Headers {
			if hd.Key == HeaderSource {
				v := string(hd.Value)
				if o, err := strconv.ParseInt(v[strings.LastIndexByte(v, '/')+1:], 10, 64); err == nil && (first < 0 || o < first) {
					first = o
				}
			}
		}
	}
	if first <= 0 {
		t.Fatalf("the first oversized batch at %d: want a dead letter past the valid events", first)
	}
	h.deleteRecords(h.topics.Deliveries, PartitionFor(domain, 3), first)
	for _, dir := range []string{cfg.DataDir, t.TempDir()} {
		if _, err := kadm.NewClient(h.cl).DeleteGroup(h.ctx, h.cluster.Name("mailflow")); err != nil {
			t.Fatal(err)
		}
		restart("group offsets gone", dir, on(domain, bounced), "bounced")
	}
}
