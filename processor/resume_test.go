package processor

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// TestSkipCountedWithoutGroupOffsets: with the group's committed offsets
// gone (offsets.retention.minutes after a long outage), the group resumes
// at the log start; the input the restored state already counts is
// skipped, not evaluated again: on a restart on the same store (its input
// checkpoint) and on a new instance (the changelog's position record),
// only the events produced since are counted, and the group's offsets
// move past the skipped records, also when no record follows them.
func TestSkipCountedWithoutGroupOffsets(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	adm := kadm.NewClient(h.cl)
	group := h.cluster.Name("mailflow")
	domains := []string{"a.example", "b.example", "c.example", "d.example", "e.example", "f.example", "g.example"}
	produce := func(n int) { h.produceRound(domains, n) }
	expire := func() {
		t.Helper()
		if _, err := adm.DeleteGroup(h.ctx, group); err != nil {
			t.Fatal(err)
		}
	}

	produce(30)
	dir := h.processedInto(30)

	// run produces down events while no processor runs, restarts on dir
	// with the group's offsets gone, produces n new events and expects
	// exactly those down+n counted (none as a duplicate), and the skip
	// reported (logged and counted alike) for at least the before events
	// produced earlier.
	before := 30
	run := func(phase, dir string, down, n int) {
		t.Helper()
		expire()
		produce(down)
		r, logs, reg := h.startRestored(dir)
		produce(n)
		h.waitProcessed("mailflow")
		h.waitEvaluated(r, down+n)
		if d := counterValue(t, r.p.m.duplicates); d != 0 {
			t.Errorf("%s: %v events dropped as duplicates, want 0", phase, d)
		}
		skipped := skippedReports(t, logs)
		if skipped < before {
			t.Errorf("%s: %d offsets reported skipped, want at least the %d events produced before:\n%s", phase, skipped, before, logs)
		}
		checkTopicCounter(t, reg, "mailflow_input_records_skipped_total", map[string]float64{h.topics.Deliveries: float64(skipped), h.topics.Repartition: 0})
		if err := r.stop(); err != nil {
			t.Fatal(err)
		}
		before += down + n
	}
	run("restart on the store", dir, 0, 5)
	run("new instance, events while down", t.TempDir(), 6, 4)
	run("restart on the store after another instance, events while down", dir, 2, 3)
	// Nothing new: the transaction of a poll whose records were all
	// skipped commits the group's offsets past them.
	run("restart with nothing new", dir, 0, 0)
}

// TestSkipCountedTopicRecreated: a deliveries topic deleted and created
// again under its name starts at offset 0, below the position the state
// counts: its records are evaluated, not taken for counted ones.
func TestSkipCountedTopicRecreated(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	adm := kadm.NewClient(h.cl)
	// Two domains a partition: each partition's records before the
	// topic is deleted outnumber those after.
	var domains []string
	per := map[int32]int{}
	for i := 0; len(domains) < 6; i++ {
		d := fmt.Sprintf("d%d.example", i)
		if p := PartitionFor(d, 3); per[p] < 2 {
			per[p]++
			domains = append(domains, d)
		}
	}
	h.produceRound(domains, 30)
	dir := h.processedInto(30)

	if _, err := adm.DeleteTopics(h.ctx, h.topics.Deliveries); err != nil {
		t.Fatal(err)
	}
	waitFor(t, h.ctx, func() bool {
		td, err := adm.ListTopics(h.ctx, h.topics.Deliveries)
		return err == nil && !td.Has(h.topics.Deliveries)
	})
	if err := EnsureTopics(h.ctx, adm, h.topics, 3, 1); err != nil {
		t.Fatal(err)
	}
	// A client of its own: the harness's knows the old topic's id.
	cl, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.DefaultProduceTopic(h.topics.Deliveries))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	h.cl = cl
	// counts starts a processor on dir with the group's offsets gone,
	// produces n events and expects them counted (none skipped as
	// counted, none dropped as a duplicate), and warn in the log.
	counts := func(phase, dir string, n int, warn string) {
		t.Helper()
		if _, err := adm.DeleteGroup(h.ctx, h.cluster.Name("mailflow")); err != nil {
			t.Fatal(err)
		}
		r, logs, _ := h.startRestored(dir)
		defer r.stop()
		h.produceRound(domains, n)
		h.waitProcessed("mailflow")
		h.waitEvaluated(r, n)
		if d := counterValue(t, r.p.m.duplicates); d != 0 {
			t.Errorf("%s: %v events dropped as duplicates, want 0", phase, d)
		}
		if warn != "" && !strings.Contains(logs.String(), warn) {
			t.Errorf("%s: no %q in the log:\n%s", phase, warn, logs)
		}
	}
	// A new store restores the old topic's positions from the changelog;
	// then the first store, whose input checkpoints are the old topic's,
	// restores the new instance's positions.
	counts("new instance", t.TempDir(), 6, "the topic was deleted and created again")
	counts("restart on the first store", dir, 6, "")
	counts("restart on the first store again", dir, 3, "")
}

// produceRound publishes n delivered events over domains in turn.
func (h *harness) produceRound(domains []string, n int) {
	h.t.Helper()
	var evs []ev
	for i := range n {
		evs = append(evs, ev{domain: domains[i%len(domains)], code: 250})
	}
	h.produce(evs...)
}

// processedInto runs a processor on a new data dir until it has
// evaluated n events and caught up, closes it, and returns the dir.
func (h *harness) processedInto(n int) string {
	h.t.Helper()
	dir := h.t.TempDir()
	r, _, _ := h.startRestored(dir)
	h.waitEvaluated(r, n)
	if err := h.haltCaughtUp(r); err != nil {
		h.t.Fatal(err)
	}
	r.p.Close()
	return dir
}

// skippedReports returns how many input offsets logs report skipped as
// counted by the restored state.
func skippedReports(t *testing.T, logs *lockedBuffer) int {
	t.Helper()
	n := 0
	for _, line := range strings.Split(logs.String(), "\n") {
		if !strings.Contains(line, "skipped input records the restored state already counts") {
			continue
		}
		var rec struct{ Offsets int }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		n += rec.Offsets
	}
	return n
}

// TestSkipCountedAgainAfterAbort: a transaction that aborts after a skip
// rewinds the session to where consuming started, below the state's
// position (franz-go's getAllCommitted for a partition with no commit);
// the note lasts, so the records that come again are skipped again and
// only the new events are counted once the transactions commit.
func TestSkipCountedAgainAfterAbort(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	adm := kadm.NewClient(h.cl)
	domains := []string{"a.example", "b.example", "c.example", "d.example", "e.example", "f.example", "g.example"}
	h.produceRound(domains, 30)
	dir := h.processedInto(30)
	if _, err := adm.DeleteGroup(h.ctx, h.cluster.Name("mailflow")); err != nil {
		t.Fatal(err)
	}
	setLimit := func(n int) {
		t.Helper()
		rs, err := adm.AlterTopicConfigs(h.ctx, []kadm.AlterConfig{{Name: "max.message.bytes", Value: kadm.StringPtr(strconv.Itoa(n))}}, h.topics.State)
		if err == nil {
			_, err = rs.On(h.topics.State, nil)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	// New events while down: one poll brings them with the counted ones,
	// and the transaction that evaluates them aborts while the state
	// topic refuses its records.
	// The limit is lowered after New, which refuses to start under it.
	h.produceRound(domains, 6)
	cfg := h.config(dir)
	cfg.MaxPollRecords = 1000
	cfg.Registerer = prometheus.NewRegistry()
	logs := &lockedBuffer{}
	cfg.Log = slog.New(slog.NewJSONHandler(logs, nil))
	p, err := New(h.ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	setLimit(refusingLimit)
	ctx, cancel := context.WithCancel(h.ctx)
	r := &running{p: p, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- p.Run(ctx) }()
	defer r.stop()
	waitFor(t, h.ctx, func() bool {
		return counterValue(t, r.p.m.transactions.WithLabelValues("aborted")) >= 2
	})
	setLimit(MaxMessageBytes)
	h.waitProcessed("mailflow")
	h.waitEvaluated(r, 6)
	if d := counterValue(t, r.p.m.duplicates); d != 0 {
		t.Errorf("%v events dropped as duplicates, want 0", d)
	}
	if n := strings.Count(logs.String(), "skipped input records the restored state already counts"); n < 2 {
		t.Errorf("%d skips logged, want one before the aborts and one after each rewind:\n%s", n, logs)
	}
}
