package processor

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/state"
)

// TestRetentionLossReported: input records deleted before the group
// processed them (every instance down for longer than the topic's
// retention) are reported when their partition is restored, by a warning
// naming the partition and the offsets, and by
// mailflow_records_lost_to_retention_total: with the group's committed
// offsets, and without them (expired with the outage) from the state the
// changelog restores or the store holds. Records deleted before the
// group's first start, or after they were processed, report nothing;
// processing goes on after the gap.
func TestRetentionLossReported(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	adm := kadm.NewClient(h.cl)
	group := h.cluster.Name("mailflow")
	domains := []string{"a.example", "b.example", "c.example", "d.example", "e.example", "f.example", "g.example"}
	produce := func(n int) { h.produceRound(domains, n) }
	start := h.startRestored
	ends := func() map[int32]int64 {
		listed, err := adm.ListEndOffsets(h.ctx, h.topics.Deliveries)
		if err != nil {
			t.Fatal(err)
		}
		out := map[int32]int64{}
		listed.Each(func(o kadm.ListedOffset) { out[o.Partition] = o.Offset })
		return out
	}
	committed := func() map[int32]int64 {
		offs, err := adm.FetchOffsets(h.ctx, group)
		if err != nil {
			t.Fatal(err)
		}
		out := map[int32]int64{}
		offs.Each(func(o kadm.OffsetResponse) {
			if o.Topic == h.topics.Deliveries {
				out[o.Partition] = o.At
			}
		})
		if len(out) != 3 {
			t.Fatalf("committed offsets %v, want the 3 partitions", out)
		}
		return out
	}
	deleteTo := func(offsets map[int32]int64) {
		var os kadm.Offsets
		for p, o := range offsets {
			os.AddOffset(h.topics.Deliveries, p, o, -1)
		}
		resps, err := adm.DeleteRecords(h.ctx, os)
		if err == nil {
			err = resps.Error()
		}
		if err != nil {
			t.Fatalf("deleting records up to %v: %v", offsets, err)
		}
	}
	// loseSince produces n events and deletes the deliveries topic up to
	// its end: what lies past processed is lost.
	loseSince := func(processed map[int32]int64, n int) (want map[int32]int64, total int64) {
		produce(n)
		end := ends()
		want = map[int32]int64{}
		for p, e := range end {
			// A single offset is not reported (lostRange).
			if lost := e - processed[p]; lost > 1 {
				want[p] = lost
				total += lost
			}
		}
		if len(want) < 2 {
			t.Fatalf("2 or more new records on %v of the partitions, want 2 or more", want)
		}
		deleteTo(end)
		return want, total
	}
	check := func(phase string, logs *lockedBuffer, reg *prometheus.Registry, want map[int32]int64, total int64) {
		t.Helper()
		if got := lostReports(t, logs); !maps.Equal(got, want) {
			t.Errorf("%s: reported %v, want %v", phase, got, want)
		}
		checkLostCounter(t, reg, h.topics, total, 0)
	}

	// Records deleted before the group's first start were nobody's.
	produce(14)
	first := map[int32]int64{}
	for p, e := range ends() {
		first[p] = min(e, 2)
	}
	deleteTo(first)
	dir := t.TempDir()
	r, logs, reg := start(dir)
	if err := h.haltCaughtUp(r); err != nil {
		t.Fatal(err)
	}
	r.p.Close()
	check("first start of the group", logs, reg, nil, 0)

	// outage loses n new events (deleted before anyone read them), drops
	// the group's committed offsets when expire is set (as
	// offsets.retention.minutes does with a long outage), restarts on
	// dir, expects exactly the loss reported, and with more set processes
	// more events before it stops.
	outage := func(phase string, n int, expire bool, dir string, more bool) {
		t.Helper()
		want, total := loseSince(committed(), n)
		if expire {
			if _, err := adm.DeleteGroup(h.ctx, group); err != nil {
				t.Fatal(err)
			}
		}
		r, logs, reg := start(dir)
		check(phase, logs, reg, want, total)
		if more {
			produce(3)
			h.waitProcessed("mailflow")
		}
		if err := r.stop(); err != nil {
			t.Fatal(err)
		}
	}

	// Records deleted once processed are not lost; those deleted before
	// are, found with the group's committed offsets and the same store.
	deleteTo(committed())
	outage("restart", 11, false, dir, true)
	// The group's committed offsets gone too: a new instance, its state
	// restored from the changelog, knows what it stood for; restarted on
	// its store, the store's input checkpoint does.
	dir = t.TempDir()
	outage("new instance, group offsets gone", 9, true, dir, true)
	outage("restart on the store, group offsets gone", 8, true, dir, false)

	// Reported once: the store remembers what it checked, though the
	// group has committed nothing since.
	r, logs, reg = start(dir)
	check("restart on the store after the report", logs, reg, nil, 0)
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
}

// TestRetentionLossReportedRepartition: forwarded events (the
// repartition topic) deleted before their partition's owner processed
// them are reported under that topic; a partition deleted whole once
// processed, whose last offset is the processor's commit marker, is not.
func TestRetentionLossReportedRepartition(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	adm := kadm.NewClient(h.cl)
	cl, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	// Events on another partition than their domain's are forwarded.
	const domain = "moved.example"
	home := PartitionFor(domain, 3)
	for i := range 6 {
		id := fmt.Sprintf("mv-%d", i)
		if err := cl.ProduceSync(h.ctx, &kgo.Record{Topic: h.topics.Deliveries, Partition: (home + 1) % 3, Key: []byte(domain),
			Value: event(t, id, domain, 250), Timestamp: harnessEpoch}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	cfg := h.config(dir)
	r := h.start(cfg)
	if err := h.haltCaughtUp(r); err != nil {
		t.Fatal(err)
	}
	r.p.Close()
	forwarded := h.readAll(h.topics.Repartition)
	if len(forwarded) == 0 {
		t.Fatal("nothing forwarded")
	}
	offs, err := adm.FetchOffsets(h.ctx, h.cluster.Name("mailflow"))
	if err != nil {
		t.Fatal(err)
	}
	was, ok := offs.Lookup(h.topics.Repartition, home)
	if !ok || was.At <= 0 {
		t.Fatalf("committed offset of %s/%d: %+v", h.topics.Repartition, home, was)
	}
	deleteToEnd := func() int64 {
		end := h.endOffset(h.topics.Repartition, home)
		h.deleteRecords(h.topics.Repartition, home, end)
		return end
	}
	restart := func() (*running, *lockedBuffer, *prometheus.Registry) { return h.startRestored(dir) }

	// Everything processed, then deleted: what lies past the group's
	// offset is the commit marker of the processor's last transaction.
	if end := deleteToEnd(); end != was.At+1 {
		t.Fatalf("%s/%d ends at %d, the group's offset is %d: want the one commit marker between", h.topics.Repartition, home, end, was.At)
	}
	r, logs, reg := restart()
	if got := lostReportsOf(t, logs, h.topics.Repartition); len(got) != 0 {
		t.Errorf("a commit marker deleted: reported %v, want nothing", got)
	}
	checkLostCounter(t, reg, h.topics, 0, 0)
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}

	// Copies of a forwarded record, deleted before anyone read them.
	for range 4 {
		f := forwarded[0]
		if err := cl.ProduceSync(h.ctx, &kgo.Record{Topic: h.topics.Repartition, Partition: f.Partition, Key: f.Key, Value: f.Value,
			Headers: f.Headers, Timestamp: f.Timestamp}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	from := was.At + 1 // the restore above checked up to the marker
	end := deleteToEnd()
	r, logs, reg = restart()
	defer r.stop()
	if got, want := lostReportsOf(t, logs, h.topics.Repartition), map[int32]int64{home: end - from}; end-from != 4 || !maps.Equal(got, want) {
		t.Errorf("reported %v on %s, want %v (the 4 copies)", got, h.topics.Repartition, want)
	}
	checkLostCounter(t, reg, h.topics, 0, end-from)
}

// TestLostRange: the offsets reported lost lie between what the group
// processed and the log start, more than a commit marker apart.
func TestLostRange(t *testing.T) {
	for _, c := range []struct {
		name                       string
		processed, start, from, to int64
	}{
		{"never processed", 0, 500, 0, 0},
		{"no committed offset", -1, 500, 0, 0},
		{"processed before the start", 40, 100, 40, 100},
		{"processed up to the start", 100, 100, 0, 0},
		{"processed past the start", 140, 100, 0, 0},
		{"a commit marker between", 99, 100, 0, 0},
		{"two offsets between", 98, 100, 98, 100},
	} {
		t.Run(c.name, func(t *testing.T) {
			from, to := lostRange(c.processed, c.start)
			if from != c.from || to != c.to {
				t.Errorf("lostRange(%d, %d) = [%d, %d), want [%d, %d)", c.processed, c.start, from, to, c.from, c.to)
			}
		})
	}
}

// startRestored starts a processor on dir with a registry and JSON logs
// of its own, and returns once it has joined and restored the harness's
// partitions.
func (h *harness) startRestored(dir string) (*running, *lockedBuffer, *prometheus.Registry) {
	h.t.Helper()
	cfg := h.config(dir)
	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	logs := &lockedBuffer{}
	cfg.Log = slog.New(slog.NewJSONHandler(logs, nil))
	r := h.start(cfg)
	waitFor(h.t, h.ctx, func() bool { v := r.p.Ownership(); return v.Joined && len(v.Restoring) == 0 && len(v.Partitions) == 3 })
	return r, logs, reg
}

// lostReports returns the offsets reported lost to retention in logs, by
// partition of the deliveries topic.
func lostReports(t *testing.T, logs *lockedBuffer) map[int32]int64 {
	return lostReportsOf(t, logs, "")
}

// lostReportsOf is lostReports for topic (any topic when empty).
func lostReportsOf(t *testing.T, logs *lockedBuffer, topic string) map[int32]int64 {
	t.Helper()
	out := map[int32]int64{}
	for _, line := range strings.Split(logs.String(), "\n") {
		if !strings.Contains(line, "input records deleted (") {
			continue
		}
		var rec struct {
			Level     string
			Topic     string
			Partition int32
			From      int64 `json:"from_offset"`
			Start     int64 `json:"log_start_offset"`
			Offsets   int64
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		if rec.Level != "WARN" || rec.Start-rec.From != rec.Offsets {
			t.Errorf("report %s: want a warning whose offsets span its records", line)
		}
		if topic == "" || rec.Topic == topic {
			out[rec.Partition] += rec.Offsets
		}
	}
	return out
}

// checkLostCounter expects mailflow_records_lost_to_retention_total at
// deliveries for the deliveries topic and at repartition for the
// repartition topic, both exported.
func checkLostCounter(t *testing.T, reg *prometheus.Registry, topics Topics, deliveries, repartition int64) {
	t.Helper()
	checkTopicCounter(t, reg, "mailflow_records_lost_to_retention_total", map[string]float64{topics.Deliveries: float64(deliveries), topics.Repartition: float64(repartition)})
}

// checkTopicCounter expects the counter vector name of reg to be exported
// with the value want gives each of its topic labels.
func checkTopicCounter(t *testing.T, reg *prometheus.Registry, name string, want map[string]float64) {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
		for _, m := range f.GetMetric() {
			got[m.GetLabel()[0].GetValue()] = m.GetCounter().GetValue()
		}
	}
	for topic, n := range want {
		if v, ok := got[topic]; !ok || v != n {
			t.Errorf("%s{topic=%q} = %v (exported %v), want %v", name, topic, v, ok, n)
		}
	}
}

// TestRetentionLossSkipChecks: with Config.SkipChecks, whose transactions
// keep no input checkpoints, a loss is still reported, and the check
// leaves no checkpoint behind to go stale.
func TestRetentionLossSkipChecks(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	dir := t.TempDir()
	run := func() (*running, *lockedBuffer) {
		cfg := h.config(dir)
		cfg.SkipChecks = true
		logs := &lockedBuffer{}
		cfg.Log = slog.New(slog.NewJSONHandler(logs, nil))
		r := h.start(cfg)
		waitFor(t, h.ctx, func() bool { v := r.p.Ownership(); return v.Joined && len(v.Restoring) == 0 && len(v.Partitions) == 3 })
		return r, logs
	}
	const domain = "skip.example"
	part := PartitionFor(domain, 3)
	h.produce(ev{domain: domain, code: 250}, ev{domain: domain, code: 250})
	r, _ := run()
	h.waitProcessed("mailflow")
	r.stop()
	h.produce(ev{domain: domain, code: 250}, ev{domain: domain, code: 250}, ev{domain: domain, code: 250})
	h.deleteRecords(h.topics.Deliveries, part, h.endOffset(h.topics.Deliveries, part))
	r, logs := run()
	defer r.stop()
	if got := lostReports(t, logs); got[part] < 3 {
		t.Errorf("reported %v, want the 3 events of partition %d", got, part)
	}
	if cp, has, err := r.p.Store().InputCheckpoint(part, state.InputDeliveries); err != nil || has {
		t.Errorf("input checkpoint of partition %d: %d, %v, %v; want none with SkipChecks", part, cp, has, err)
	}
}

// endOffset returns the end offset (high watermark) of topic's partition
// part.
func (h *harness) endOffset(topic string, part int32) int64 {
	h.t.Helper()
	ends, err := kadm.NewClient(h.cl).ListEndOffsets(h.ctx, topic)
	if err != nil {
		h.t.Fatal(err)
	}
	end, ok := ends.Lookup(topic, part)
	if !ok || end.Err != nil {
		h.t.Fatalf("end offset of %s/%d: %v", topic, part, end.Err)
	}
	return end.Offset
}

// deleteRecords deletes the records of topic's partition part below
// offset to (DeleteRecords: the log start moves there).
func (h *harness) deleteRecords(topic string, part int32, to int64) {
	h.t.Helper()
	var del kadm.Offsets
	del.AddOffset(topic, part, to, -1)
	if resps, err := kadm.NewClient(h.cl).DeleteRecords(h.ctx, del); err != nil || resps.Error() != nil {
		h.t.Fatalf("deleting the records of %s/%d below %d: %v %v", topic, part, to, err, resps.Error())
	}
}
