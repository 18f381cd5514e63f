package processor

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// TestSeenIDsRecoveredFromInput checks the duplicate check across every
// way a partition's store can miss what the changelog committed, now that
// the seen ids are recovered from the input topics rather than the
// changelog: a crash between the commit and the store update, a lost data
// dir, the partition moving to another instance and back, and an event
// that reached its domain through the repartition topic. In each, an
// event sent again after the restore is a duplicate, and a new one still
// counts.
func TestSeenIDsRecoveredFromInput(t *testing.T) {
	t.Parallel()
	const domain = "seen.example"
	for _, tc := range []struct {
		name string
		run  func(t *testing.T, h *seenHarness)
	}{
		{"crash between commit and store update", func(t *testing.T, h *seenHarness) {
			dir := t.TempDir()
			r := h.start(dir, nil)
			h.send(false, "a")
			h.waitSeq(r, 1)
			r.stop()
			// The next transaction commits; the store update never runs.
			crash := errors.New("injected crash after commit")
			r = h.start(dir, func(context.Context) error { return crash })
			h.send(false, "b", "c")
			if err := <-r.done; !errors.Is(err, crash) {
				t.Fatalf("run: %v, want the injected crash", err)
			}
			r.halted = true
			if w, _ := r.p.Store().Window(domain); w == nil || w.Seq != 1 {
				t.Fatalf("store updated before the crash: %+v", w)
			}
			r.p.Close()
			h.check(dir, 3, []string{"a", "b", "c"}, nil)
		}},
		{"lost data dir", func(t *testing.T, h *seenHarness) {
			r := h.start(t.TempDir(), nil)
			h.send(false, "a", "b", "a")
			h.waitSeq(r, 2)
			r.stop()
			h.check(t.TempDir(), 2, []string{"b", "a"}, nil)
		}},
		{"partition moved to another instance and back", func(t *testing.T, h *seenHarness) {
			first, second := t.TempDir(), t.TempDir()
			r := h.start(first, nil)
			h.send(false, "a", "b")
			h.waitSeq(r, 2)
			r.stop()
			// Another instance takes over and counts c and d; the first
			// gets the partition back with its store two events behind.
			r = h.start(second, nil)
			h.send(false, "c", "a", "d")
			h.waitSeq(r, 4)
			r.stop()
			h.check(first, 4, []string{"d", "c", "b", "a"}, []string{"e"})
		}},
		{"repartitioned event", func(t *testing.T, h *seenHarness) {
			dir := t.TempDir()
			r := h.start(dir, nil)
			h.send(true, "r") // on another partition: forwarded, then counted
			h.waitSeq(r, 1)
			r.stop()
			h.check(t.TempDir(), 1, []string{"r"}, nil)
			// And again, arriving on the wrong partition once more.
			h.sendWrong(t.TempDir(), "r")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newSeenHarness(t, domain)
			tc.run(t, h)
			// Nothing of the seen ids is in the changelog.
			for _, rec := range h.readAll(h.topics.State) {
				switch rec.Key[0] {
				case 'e':
					t.Fatalf("a seen-ids chunk in the changelog at offset %d", rec.Offset)
				case 'w':
					if _, seen, _, err := state.DecodeState(rec.Value); err != nil || seen.Len() > 0 || seen.DeclaredChunks() > 0 {
						t.Fatalf("state record at offset %d carries seen ids (%v)", rec.Offset, err)
					}
				}
			}
		})
	}
}

// TestSeenIDsRecoveredHorizon checks that an id sent again more than the
// dedupe horizon after it was counted counts again, and that a store
// rebuilt from the changelog and the input topics (a lost data dir)
// decides the same as the store that never stopped.
func TestSeenIDsRecoveredHorizon(t *testing.T) {
	t.Parallel()
	const domain = "horizon.example"
	h := newSeenHarness(t, domain)
	h.horizon = 2 * time.Hour
	base := time.Now().Add(-48 * time.Hour).Truncate(time.Hour)
	steps := []struct {
		id   string
		at   time.Duration
		want uint64 // attempts counted after it
	}{
		{"x", 0, 1},
		{"x", time.Hour, 1},                 // within the horizon: a duplicate
		{"y", 5 * time.Hour, 2},             // x is forgotten by now
		{"x", 5*time.Hour + time.Minute, 3}, // counted again
		{"x", 6 * time.Hour, 3},             // and remembered again
		{"y", 6*time.Hour + time.Minute, 3},
		{"x", 9 * time.Hour, 4}, // forgotten again
	}
	for i, s := range steps {
		// Each step on a store of its own, rebuilt from the changelog
		// and the input topics.
		r := h.start(t.TempDir(), nil)
		h.waitRestored(r)
		if err := h.cl.ProduceSync(h.ctx, &kgo.Record{Key: []byte(domain), Value: event(t, s.id, domain, 250), Timestamp: base.Add(s.at)}).FirstErr(); err != nil {
			t.Fatal(err)
		}
		h.waitProcessed("mailflow")
		if err := r.halt(); err != nil {
			t.Fatal(err)
		}
		w, err := r.p.Store().Window(domain)
		r.p.Close()
		if err != nil || w == nil || w.Seq != s.want {
			t.Fatalf("step %d (%s at +%s): window %+v (%v), want %d attempts", i, s.id, s.at, w, err, s.want)
		}
	}
}

// seenHarness runs processors over one domain's events.
type seenHarness struct {
	*harness
	domain  string
	horizon time.Duration
	wrong   *kgo.Client      // produces to the partition a record names
	now     func() time.Time // the processors' wall clock (Config.now), when set
}

func newSeenHarness(t *testing.T, domain string) *seenHarness {
	h := newHarness(t)
	return &seenHarness{harness: h, domain: domain, wrong: h.manualClient()}
}

// start starts a processor on dir, with afterCommit when set.
func (h *seenHarness) start(dir string, afterCommit func(context.Context) error) *running {
	h.t.Helper()
	cfg := h.config(dir)
	cfg.Registerer = prometheus.NewRegistry()
	cfg.afterCommit = afterCommit
	if h.horizon > 0 {
		cfg.DedupeHorizon = h.horizon
	}
	cfg.now = h.now
	return h.harness.start(cfg)
}

// send produces failure events of the domain with ids, keyed by the
// domain, or on another partition than the domain's when wrong.
func (h *seenHarness) send(wrong bool, ids ...string) {
	h.t.Helper()
	var recs []*kgo.Record
	for _, id := range ids {
		r := &kgo.Record{Topic: h.topics.Deliveries, Key: []byte(h.domain), Value: event(h.t, id, h.domain, 550)}
		if wrong {
			r.Partition = (PartitionFor(h.domain, 3) + 1) % 3
		} else {
			r.Partition = PartitionFor(h.domain, 3)
		}
		recs = append(recs, r)
	}
	if err := h.wrong.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		h.t.Fatal(err)
	}
}

// waitSeq waits until r's store has counted n attempts of the domain,
// failing at once when it counted more.
func (h *seenHarness) waitSeq(r *running, n uint64) {
	h.t.Helper()
	var w *state.Window
	waitFor(h.t, h.ctx, func() bool {
		var err error
		w, err = r.p.Store().Window(h.domain)
		return err == nil && w != nil && w.Seq >= n
	})
	if w.Seq != n {
		h.t.Fatalf("%d attempts counted, want %d", w.Seq, n)
	}
}

// waitRestored waits until r owns every partition and restored them.
func (h *seenHarness) waitRestored(r *running) {
	h.t.Helper()
	waitFor(h.t, h.ctx, func() bool { v := r.p.Ownership(); return v.Joined && len(v.Restoring) == 0 && len(v.Partitions) == 3 })
}

// check starts a processor on dir, sends the ids again (duplicates, the
// domain must stay at counted attempts) and then fresh ones (each
// counted), and stops it.
func (h *seenHarness) check(dir string, counted uint64, again, fresh []string) {
	h.t.Helper()
	r := h.start(dir, nil)
	defer r.stop()
	h.waitRestored(r)
	h.send(false, again...)
	h.send(false, fresh...)
	h.waitProcessed("mailflow")
	want := counted + uint64(len(fresh))
	h.waitSeq(r, want)
	// Give a wrongly counted duplicate the time to show.
	time.Sleep(100 * time.Millisecond)
	w, err := r.p.Store().Window(h.domain)
	if err != nil || w == nil || w.Seq != want {
		h.t.Fatalf("window %+v (%v): want %d attempts", w, err, want)
	}
	if d := counterValue(h.t, r.p.m.duplicates); d != float64(len(again)) {
		h.t.Fatalf("%v duplicates counted, want %d", d, len(again))
	}
}

// sendWrong starts a processor on dir and sends the ids, which must be
// duplicates, on another partition than the domain's.
func (h *seenHarness) sendWrong(dir string, ids ...string) {
	h.t.Helper()
	r := h.start(dir, nil)
	defer r.stop()
	h.waitRestored(r)
	h.send(true, ids...)
	waitFor(h.t, h.ctx, func() bool { return counterValue(h.t, r.p.m.duplicates) == float64(len(ids)) })
	w, err := r.p.Store().Window(h.domain)
	if err != nil || w == nil || w.Seq != 1 {
		h.t.Fatalf("window %+v (%v): a repartitioned duplicate counted", w, err)
	}
}

// TestSeenIDsOfOlderRelease checks an upgrade: a changelog, and a store,
// written by the release that kept the seen ids in the changelog (state
// records of format 4 with inline ids, chunks under 'e' keys) still give
// their ids, and a chunk of theirs that expires is deleted from the
// changelog with a tombstone.
func TestSeenIDsOfOlderRelease(t *testing.T) {
	t.Parallel()
	const domain = "older.example"
	for _, fromStore := range []bool{false, true} {
		name := map[bool]string{false: "changelog", true: "store"}[fromStore]
		t.Run(name, func(t *testing.T) {
			h := newSeenHarness(t, domain)
			now := time.Now().Truncate(time.Second)
			hour := uint32(now.Unix() / 3600)
			// What the older release wrote for two counted events: a
			// window and its ids, a inline and b in a chunk.
			w := &state.Window{}
			for range 2 {
				w.Add(state.Entry{Outcome: schemas.OutcomeBounced}, 25, 2, now, 550, "550 no such user")
			}
			w.LastArrival, w.StreamTime = now.Unix(), now.Unix()
			seen := &state.SeenIDs{}
			seen.Add(state.IDHash("a"))
			seen.Remember(hour, []uint64{state.IDHash("a")})
			seen.AddChunk(1, hour, []uint64{state.IDHash("b")})
			value := state.AppendState(nil, w, seen)
			value[0] = 4 // the same bytes as format 4
			if _, got, known, err := state.DecodeState(value); err != nil || !known || got.Len() != 1 || got.DeclaredChunks() != 1 {
				t.Fatalf("format 4 record: %v, known %v", err, known)
			}
			part := PartitionFor(domain, 3)
			chunkKey := state.AppendSeenKey(nil, domain, 1)
			recs := []*kgo.Record{
				{Topic: h.topics.State, Partition: part, Key: state.WindowKey(domain), Value: value},
				{Topic: h.topics.State, Partition: part, Key: chunkKey, Value: state.AppendSeenChunk(nil, hour, []uint64{state.IDHash("b")})},
			}
			if err := h.wrong.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			if fromStore {
				// The older release's store, up to date with the
				// changelog, without input checkpoints.
				st, err := state.Open(dir, testLogger(t))
				if err != nil {
					t.Fatal(err)
				}
				b := st.NewBatch()
				must := func(err error) {
					if err != nil {
						t.Fatal(err)
					}
				}
				for _, r := range recs {
					must(b.PutRecord(part, r.Key, r.Value))
				}
				must(b.SetCheckpoint(part, 2, time.Now()))
				must(b.Commit())
				must(st.Close())
			}
			h.check(dir, 2, []string{"a", "b"}, []string{"c"})
			// A day later the chunk expires: its changelog copy goes too.
			// The processor's clock is a day ahead with the record's:
			// no attempt arrives later than the wall clock (arrivalOf).
			// Kafka 4 refuses a record stamped more than an hour ahead
			// (message.timestamp.after.max.ms); this one is a day ahead,
			// so the topic takes it (kfake knows no such limit: an error
			// there is ignored, and a real broker's refusal fails the
			// produce below with its reason).
			_, _ = kadm.NewClient(h.wrong).AlterTopicConfigs(h.ctx, []kadm.AlterConfig{{Op: kadm.SetConfig, Name: "message.timestamp.after.max.ms", Value: kadm.StringPtr("604800000")}}, h.topics.Deliveries)
			h.now = func() time.Time { return time.Now().Add(26 * time.Hour) }
			r := h.start(dir, nil)
			h.waitRestored(r)
			if err := h.wrong.ProduceSync(h.ctx, &kgo.Record{Topic: h.topics.Deliveries, Partition: part, Key: []byte(domain),
				Value: event(t, "d", domain, 250), Timestamp: now.Add(26 * time.Hour)}).FirstErr(); err != nil {
				t.Fatal(err)
			}
			h.waitSeq(r, 4)
			r.stop()
			tombstone := false
			for _, rec := range h.readAll(h.topics.State) {
				tombstone = tombstone || (bytes.Equal(rec.Key, chunkKey) && rec.Value == nil)
			}
			if !tombstone {
				t.Fatal("the expired chunk of the older release has no tombstone in the changelog")
			}
		})
	}
}

// startSeenLimited starts a processor with a registry of its own whose
// seen-ids tables have limit bytes of budget (0: the memory limit's),
// reading up to maxPoll records a transaction (0: the harness's few),
// and returns its first shard, which holds the tables' counters. Its
// tests run hundreds of transactions (a thousand of seven records for
// TestSeenTableOverBudgetResendAll's small domains: 5 s alone, over the
// two minutes of newHarness with the package's tests running eight at a
// time on a loaded two-core machine), hence a budget of their own.
func startSeenLimited(t *testing.T, limit int64, maxPoll int) (*harness, *running, *shard) {
	t.Helper()
	h := newHarnessWithin(t, 6*time.Minute)
	cfg := h.config(t.TempDir())
	cfg.Registerer = prometheus.NewRegistry()
	if maxPoll > 0 {
		cfg.MaxPollRecords = maxPoll
	}
	r := h.start(cfg)
	root := r.p.txns[0].shards[0]
	root.seenLimit.Store(limit)
	return h, r, root
}

// TestSeenTableOverBudget counts busy domains' ids with the seen ids'
// tables within their budget, with a budget so small that every
// transaction drops them all (a domain's ids are then read again from
// the store when it comes), and with one that holds some of them: either
// way each repeated id is a duplicate and each new one counts, including
// an id that another domain counted. Over the budget, only the newest
// tables are dropped: those kept stay from one transaction to the next.
func TestSeenTableOverBudget(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name        string
		limit       int64 // 0: the budget of the memory limit
		wantFlushes bool
	}{
		{"within the budget", 0, false},
		{"dropped every transaction", 1, true},
		// Each domain's ids take a table of one page (seenGroups
		// spreads them): the three do not fit, and two fit in the
		// three quarters of it that a drop goes down to.
		{"some kept", 12000, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, r, root := startSeenLimited(t, tc.limit, 0)
			defer r.stop()
			doms := []string{"busy1.example", "busy2.example", "busy3.example"}
			var dups int
			for batch := range 6 {
				var recs []*kgo.Record
				for d, dom := range doms {
					for i := range 30 {
						// New ids, the same ids in every domain (each
						// counts once per domain), and ids of the two
						// batches before, sent again.
						id := fmt.Sprintf("b%d-%d", batch, i)
						if i%3 == 0 && batch >= 2 {
							id = fmt.Sprintf("b%d-%d", batch-1-i%2, i+1)
							dups++
						}
						recs = append(recs, &kgo.Record{Key: []byte(dom), Value: event(t, id, dom, 250+300*(d%2))})
					}
				}
				if err := h.cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
					t.Fatal(err)
				}
				h.waitProcessed("mailflow")
			}
			if err := r.halt(); err != nil {
				t.Fatal(err)
			}
			if n := counterValue(t, r.p.m.duplicates); n != float64(dups) {
				t.Fatalf("%v duplicates counted, want %d", n, dups)
			}
			if got := root.seenFlushes.Load() > 0; got != tc.wantFlushes {
				t.Fatalf("tables dropped for the budget %d times, want some: %v", root.seenFlushes.Load(), tc.wantFlushes)
			}
			if tc.limit > 1 {
				// A flush drops the one table that does not fit (or
				// none, if two domains share one); dropping them all
				// would make every table again after each.
				made, flushes := root.seenMade.Load(), root.seenFlushes.Load()
				t.Logf("%d tables made, %d flushes, %d bytes held", made, flushes, r.p.SeenTableBytes())
				if made > uint64(len(doms))+uint64(flushes) {
					t.Fatalf("%d tables made over %d flushes, want at most %d", made, flushes, int64(len(doms))+flushes)
				}
				if b := r.p.SeenTableBytes(); b <= 0 {
					t.Fatalf("the tables hold %d bytes after the flushes, want the kept ones'", b)
				}
			}
			if tc.wantFlushes {
				return
			}
			if b := r.p.SeenTableBytes(); b <= 0 || b > SeenTableBudget(r.p.cfg.MemoryLimit) {
				t.Fatalf("the tables hold %d bytes, want some within the budget %d", b, SeenTableBudget(r.p.cfg.MemoryLimit))
			}
		})
	}
}

// TestSeenTableOverBudgetResendAll counts domains' ids with a seen-ids
// budget far below what they take, then sends every id again: each must
// be a duplicate, however long ago it was counted and however many times
// its domain's table was demoted or dropped since. Many small domains
// make small tables, which are dropped (demoting them would not save
// memory) and their domains read again from the store over and over; a
// few busy domains make large tables, which are demoted: their new ids
// are checked against the cold parts without reading anything back, and
// their ids sent again are read back once per domain and demotion.
func TestSeenTableOverBudgetResendAll(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name          string
		domains, ids  int // ids per domain and batch
		limit         int64
		demote, flush bool // want tables demoted; want tables dropped
		resendEvery   int
		maxPoll       int // records a transaction; 0: the harness's few
	}{
		{"small domains, dropped", 60, 5, 48 << 10, false, true, 1, 0},
		// Transactions of up to 200 records: real Kafka's commits
		// made the harness's 7 take over a minute.
		{"busy domains, demoted", 4, 250, 160 << 10, true, false, 7, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, r, root := startSeenLimited(t, tc.limit, tc.maxPoll)
			defer r.stop()
			var doms []string
			for d := range tc.domains {
				doms = append(doms, fmt.Sprintf("d%02d.example", d))
			}
			var sent []*kgo.Record
			for batch := range 12 {
				var recs []*kgo.Record
				for _, dom := range doms {
					for i := range tc.ids {
						recs = append(recs, &kgo.Record{Key: []byte(dom), Value: event(t, fmt.Sprintf("%s-b%d-%d", dom, batch, i), dom, 250)})
					}
				}
				if err := h.cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
					t.Fatal(err)
				}
				h.waitProcessed("mailflow")
				sent = append(sent, recs...)
			}
			// Every id new so far: each counted, and its transaction's
			// counts published (read-backs among them).
			h.waitEvaluated(r, len(sent))
			flushes, demotes := root.seenFlushes.Load(), root.seenDemotes.Load()
			// Only new ids so far: no domain needed its ids read back.
			if n := counterValue(t, r.p.m.seenReadBack); n != 0 {
				t.Fatalf("%v read-backs before any id was sent again, want 0", n)
			}
			// Every id again, or every resendEvery-th: each copy that
			// makes a busy domain read its ids back refills its table,
			// and the next transaction demotes it again.
			var again []*kgo.Record
			for i, rec := range sent {
				if i%tc.resendEvery == 0 {
					again = append(again, &kgo.Record{Key: rec.Key, Value: rec.Value})
				}
			}
			if err := h.cl.ProduceSync(h.ctx, again...).FirstErr(); err != nil {
				t.Fatal(err)
			}
			h.waitProcessed("mailflow")
			if err := r.halt(); err != nil {
				t.Fatal(err)
			}
			readBack := counterValue(t, r.p.m.seenReadBack)
			t.Logf("before the resend: %d times over the budget, %d tables demoted; after: %d, %d; %v read-backs; %d bytes held",
				flushes, demotes, root.seenFlushes.Load(), root.seenDemotes.Load(), readBack, r.p.SeenTableBytes())
			if flushes == 0 {
				t.Fatal("the tables never outgrew the budget")
			}
			if got := demotes > 0; got != tc.demote {
				t.Fatalf("%d tables demoted before the resend, want some: %v", demotes, tc.demote)
			}
			if tc.demote && (readBack == 0 || readBack > float64(tc.domains)*float64(1+root.seenDemotes.Load())) {
				t.Fatalf("%v read-backs, want one at least and one per domain and demotion at most", readBack)
			}
			if n := counterValue(t, r.p.m.duplicates); n != float64(len(again)) {
				t.Fatalf("%v duplicates counted, want %d", n, len(again))
			}
			// A table dropped for the budget is made again when its
			// domains come back: more tables made than there are
			// domains means some were dropped. (Busy domains' tables
			// may be dropped too, when demoting is not enough.)
			if tc.flush && root.seenMade.Load() <= uint64(tc.domains) {
				t.Fatalf("%d tables made for %d domains: none was dropped", root.seenMade.Load(), tc.domains)
			}
		})
	}
}

// TestSeenTableOverBudgetSlowStore drops every seen-ids table on every
// transaction while the previous transaction's store update is held
// back: the domains' ids are read again from the store each
// transaction, which must by then hold the previous transaction's ids
// (dropSeenTables waits for its store update), or an id counted one
// transaction before is counted again. Transactions follow each other at once: the records are all in
// the topic before the processor starts.
func TestSeenTableOverBudgetSlowStore(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cfg := h.config(t.TempDir())
	cfg.Registerer = prometheus.NewRegistry()
	cfg.beforeStoreCommit = func() { time.Sleep(20 * time.Millisecond) }
	store, err := logstore.Open(t.TempDir(), func(string) int32 { return 0 })
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	cfg.Logs = NewLogSink(store)
	doms := []string{"slow1.example", "slow2.example"}
	var recs []*kgo.Record
	dups := 0
	for n := range 60 {
		for _, dom := range doms {
			// Every other record sends again the id of nine records
			// of its domain before (18 in all): two or three
			// transactions of 7 records before.
			id := fmt.Sprintf("%s-%d", dom, n)
			if n%2 == 1 && n >= 9 {
				id = fmt.Sprintf("%s-%d", dom, n-9)
				dups++
			}
			recs = append(recs, &kgo.Record{Key: []byte(dom), Value: event(t, id, dom, 250)})
		}
	}
	if err := h.cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	r := h.start(cfg)
	defer r.stop()
	r.p.txns[0].shards[0].seenLimit.Store(1)
	h.waitProcessed("mailflow")
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	if f := r.p.txns[0].shards[0].seenFlushes.Load(); f < 5 {
		t.Fatalf("the tables were dropped for the budget %d times, want every transaction's", f)
	}
	if n := counterValue(t, r.p.m.duplicates); n != float64(dups) {
		t.Fatalf("%v duplicates counted, want %d", n, dups)
	}
}
