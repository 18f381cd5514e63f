package processor

import (
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// TestRestoreInRuns restores a changelog larger than one run of the
// restore's Loader into an empty store: several runs, ingested as tables
// while the next is read, with domains whose later records (a status
// change, a tombstone) fall into a later run than their first. Every
// domain's window, the status index, the counts and the checkpoints must
// be those of the changelog's last records.
func TestRestoreInRuns(t *testing.T) {
	t.Parallel()
	// 30 MB of changelog written, restored and checked: more than newHarness's two
	// minutes under the race detector on a loaded two-core machine.
	h := newHarnessWithin(t, 5*time.Minute)
	const domains = 4000
	// Long responses make the changelog some 30 MB in few records (few
	// records keep the test quick under the race detector): three runs
	// or more at the smallest memory limit (8 MiB each).
	// Words in no order, so that the fetches' compression does not
	// bring the whole changelog in one poll.
	rng := rand.New(rand.NewPCG(1, 2))
	var words []string
	for range 800 {
		words = append(words, fmt.Sprintf("%016x", rng.Uint64()))
	}
	response := func() string { return "550 5.7.1 " + strings.Join(words[rng.IntN(400):][:400], " ") }
	type final struct {
		status   schemas.Status
		seq      uint64
		gone     bool
		response string
	}
	want := map[string]final{}
	var recs []*kgo.Record
	put := func(d string, st schemas.Status, seq uint64) {
		w := &state.Window{Status: st, Seq: seq, LastCode: 550, LastResponse: response()}
		for range min(seq, 25) {
			w.Entries = append(w.Entries, state.Entry{Outcome: schemas.OutcomeBounced, Category: schemas.CategoryPolicyRejected})
		}
		v, n := state.AppendStateRecord(nil, w, nil)
		recs = append(recs, &kgo.Record{Topic: h.topics.State, Partition: PartitionFor(d, 3), Key: state.WindowKey(d), Value: v[:n]})
		want[d] = final{status: st, seq: seq, response: w.LastResponse}
	}
	name := func(i int) string { return fmt.Sprintf("r%05d.example", i) }
	for i := range domains {
		st := schemas.StatusGood
		if i%7 == 0 {
			st = schemas.StatusBad
		}
		put(name(i), st, 3)
	}
	// Later records of the first domains, in the changelog's last run.
	for i := 0; i < domains/10; i++ {
		d := name(i)
		if i%5 == 0 {
			recs = append(recs, &kgo.Record{Topic: h.topics.State, Partition: PartitionFor(d, 3), Key: state.WindowKey(d)})
			f := want[d]
			f.gone = true
			want[d] = f
			continue
		}
		st := schemas.StatusBad
		if want[d].status == schemas.StatusBad {
			st = schemas.StatusGood
		}
		put(d, st, 4)
	}
	prod, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.MaxBufferedRecords(20000))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	if err := prod.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}

	ends, err := kadm.NewClient(h.cl).ListEndOffsets(h.ctx, h.topics.State)
	if err != nil {
		t.Fatal(err)
	}

	var logs lockedBuffer
	cfg := h.config(t.TempDir())
	cfg.MemoryLimit = MinMemoryLimit
	cfg.Log = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	r := h.start(cfg)
	defer r.stop()
	h.produce(on("other.example", delivered)) // forces a poll, hence a confirmed restore
	h.waitProcessed("mailflow")
	waitReady(t, h.ctx, r.p)
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	out := logs.String()
	runs, pipelined := strings.Count(out, `msg="restore run applied"`), strings.Count(out, "while_reading_the_next=true")
	t.Logf("%d restore runs, %d applied while the next was read", runs, pipelined)
	if runs < 3 || pipelined < 2 {
		t.Fatalf("%d restore runs, %d applied while the next was read; want at least 3 and 2\n%s", runs, pipelined, out)
	}

	st := r.p.Store()
	counts := map[int32]map[schemas.Status]int{}
	for d, f := range want {
		w, err := st.Window(d)
		switch {
		case err != nil:
			t.Fatal(err)
		case f.gone:
			if w != nil {
				t.Errorf("%s: window %+v after its tombstone", d, w)
			}
			// As Batch.PutRecord: a tombstone leaves the index as it
			// was (the processor never writes one).
		case w == nil || w.Status != f.status || w.Seq != f.seq || w.LastResponse != f.response:
			t.Fatalf("%s: window %+v, want status %s after %d attempts", d, w, f.status, f.seq)
		}
		p := PartitionFor(d, 3)
		if counts[p] == nil {
			counts[p] = map[schemas.Status]int{}
		}
		counts[p][f.status]++
	}
	// other.example, produced above, counts on its partition too.
	if w, err := st.Window("other.example"); err != nil || w == nil {
		t.Fatalf("other.example: %v, %v", w, err)
	} else {
		counts[PartitionFor("other.example", 3)][w.Status]++
	}
	for p := range int32(3) {
		for _, s := range []schemas.Status{schemas.StatusGood, schemas.StatusBad} {
			if n, err := st.CountByStatus(p, s); err != nil || n != counts[p][s] {
				t.Errorf("partition %d: %d %s domains in the index (%v), want %d", p, n, s, err, counts[p][s])
			}
		}
	}
	for p := range int32(3) {
		// The processor has committed other.example's transaction
		// since: the checkpoints are past the records restored.
		e, _ := ends.Lookup(h.topics.State, p)
		if cp, err := st.Checkpoint(p); err != nil || cp < e.Offset {
			t.Errorf("partition %d: checkpoint %d (%v), want at least the restored changelog's end %d", p, cp, err, e.Offset)
		}
	}
}
