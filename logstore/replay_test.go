package logstore

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// wireEvent is the test's record value (the processor has its own codec).
type wireEvent struct {
	ID, Domain, MessageID, Recipient, Response string
	Outcome                                    schemas.Outcome
	// Forwarded marks a record on the wrong partition, which the
	// processor forwards instead of counting.
	Forwarded bool
}

func decodeWire(src Source, r *kgo.Record) (Attempt, bool, error) {
	var w wireEvent
	if err := json.Unmarshal(r.Value, &w); err != nil {
		return Attempt{}, false, err
	}
	if w.Forwarded {
		return Attempt{}, false, nil
	}
	return Attempt{Event: schemas.DeliveryEvent{ID: w.ID, Domain: w.Domain, MessageID: w.MessageID, Recipient: w.Recipient,
		Response: w.Response, Outcome: w.Outcome}, Category: schemas.CategoryOther}, true, nil
}

// TestReplayEqualsCleanRun: a log rebuilt from nothing (a lost data dir),
// one brought up from a checkpoint after a crash between the processor's
// commit and its Append (some attempts already written past the
// checkpoint), and one whose partitions arrive one by one (a rebalance)
// all hold the same attempts, once each, with duplicates of an event id,
// forwarded records and aborted transactions left out.
func TestReplayEqualsCleanRun(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(testPartitions, "deliveries", "repartition"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	opts := []kgo.Opt{kgo.SeedBrokers(c.ListenAddrs()...)}
	prod, err := kgo.NewClient(append(opts, kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.TransactionalID("test-rp"))...)
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	now := time.Now()
	var want int
	send := func(n int, prefix string) {
		if err := prod.BeginTransaction(); err != nil {
			t.Fatal(err)
		}
		for i := range n {
			d := testDomains[i%len(testDomains)]
			w := wireEvent{ID: fmt.Sprintf("%s-%d", prefix, i), Domain: d, MessageID: fmt.Sprint("m", i%7), Recipient: "u@" + d,
				Response: "250 ok", Outcome: schemas.OutcomeDelivered}
			b, _ := json.Marshal(w)
			prod.Produce(ctx, &kgo.Record{Topic: "deliveries", Partition: partitionOf(d), Value: b, Timestamp: now}, nil)
			want++
			if i%10 == 0 { // a producer's retry: the same event again
				prod.Produce(ctx, &kgo.Record{Topic: "deliveries", Partition: partitionOf(d), Value: b, Timestamp: now}, nil)
			}
			if i%13 == 0 { // arrived on the wrong partition, forwarded and counted from the repartition topic
				f := w
				f.ID, f.Forwarded = w.ID+"-fwd", true
				fb, _ := json.Marshal(f)
				prod.Produce(ctx, &kgo.Record{Topic: "deliveries", Partition: (partitionOf(d) + 1) % testPartitions, Value: fb, Timestamp: now}, nil)
				f.Forwarded = false
				fb, _ = json.Marshal(f)
				prod.Produce(ctx, &kgo.Record{Topic: "repartition", Partition: partitionOf(d), Value: fb, Timestamp: now}, nil)
				want++
			}
		}
		if err := prod.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		if err := prod.EndTransaction(ctx, kgo.TryCommit); err != nil {
			t.Fatal(err)
		}
		// An aborted transaction on the repartition topic: never counted.
		if err := prod.BeginTransaction(); err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(wireEvent{ID: prefix + "-aborted", Domain: "bad.example"})
		prod.Produce(ctx, &kgo.Record{Topic: "repartition", Partition: partitionOf("bad.example"), Value: b, Timestamp: now}, nil)
		if err := prod.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		if err := prod.EndTransaction(ctx, kgo.TryAbort); err != nil {
			t.Fatal(err)
		}
	}
	send(300, "a")
	all := []int32{0, 1, 2, 3}
	spec := func(parts ...int32) ReplaySpec {
		return ReplaySpec{Client: opts, Topics: map[Source]string{SourceDeliveries: "deliveries", SourceRepartition: "repartition"},
			Partitions: parts, Decode: decodeWire, Batch: 50}
	}
	clock := &testClock{now.Add(time.Hour)}
	snapshot := func(s *Store) map[string][]Pos {
		m := map[string][]Pos{}
		for _, d := range testDomains {
			for _, a := range queryAll(t, s, d, Filter{Limit: 1000}) {
				m[d] = append(m[d], a.Pos)
			}
		}
		return m
	}

	clean := openTest(t, t.TempDir(), clock)
	st, err := clean.Replay(ctx, spec(all...))
	if err != nil {
		t.Fatal(err)
	}
	if st.Appended.Written != want || st.Appended.Duplicates != 30 {
		t.Fatalf("clean replay: %+v, want %d written and 30 duplicates", st, want)
	}

	// Crash: the processor committed everything, the log applied only a
	// part (its checkpoint is behind, and attempts past it were written by
	// a batch whose checkpoint did not survive).
	crashed := openTest(t, t.TempDir(), clock)
	half := spec(all...)
	half.End = map[Source]map[int32]int64{SourceDeliveries: {0: 20, 1: 30, 2: 5, 3: 0}, SourceRepartition: {0: 1, 1: 0, 2: 2, 3: 1}}
	if _, err := crashed.Replay(ctx, half); err != nil {
		t.Fatal(err)
	}
	more := spec(all...)
	more.End = map[Source]map[int32]int64{SourceDeliveries: {0: 60, 1: 60, 2: 60, 3: 60}, SourceRepartition: {0: 3, 1: 3, 2: 3, 3: 3}}
	marks := map[Source]map[int32]int64{}
	for _, src := range []Source{SourceDeliveries, SourceRepartition} {
		marks[src] = map[int32]int64{}
		for _, p := range all {
			marks[src][p], _, _ = crashed.Checkpoint(src, p)
		}
	}
	if _, err := crashed.Replay(ctx, more); err != nil {
		t.Fatal(err)
	}
	for _, src := range []Source{SourceDeliveries, SourceRepartition} { // the checkpoints of the lost batch
		for _, p := range all {
			if _, err := crashed.Append(ctx, nil, Mark{src, p, marks[src][p]}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := crashed.Replay(ctx, spec(all...)); err != nil {
		t.Fatal(err)
	}

	// A rebalance: partitions arrive one by one, while more is produced.
	moved := openTest(t, t.TempDir(), clock)
	for _, p := range all[:2] {
		if _, err := moved.Replay(ctx, spec(p)); err != nil {
			t.Fatal(err)
		}
	}
	send(100, "b")
	if _, err := clean.Replay(ctx, spec(all...)); err != nil {
		t.Fatal(err)
	}
	if _, err := crashed.Replay(ctx, spec(all...)); err != nil {
		t.Fatal(err)
	}
	for _, p := range all[2:] {
		if _, err := moved.Replay(ctx, spec(p)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := moved.Replay(ctx, spec(all[:2]...)); err != nil {
		t.Fatal(err)
	}
	// And one more replay with nothing new changes nothing.
	if st, err := clean.Replay(ctx, spec(all...)); err != nil || st.Records != 0 {
		t.Fatalf("replay at the end: %+v %v", st, err)
	}

	ref := snapshot(clean)
	var n int
	for _, d := range testDomains {
		n += len(ref[d])
		ps := ref[d]
		slices.SortFunc(ps, func(a, b Pos) int { return int(a.Source)*1e9 + int(a.Offset) - int(b.Source)*1e9 - int(b.Offset) })
		for i := 1; i < len(ps); i++ {
			if ps[i] == ps[i-1] {
				t.Fatalf("%s: attempt at %v twice", d, ps[i])
			}
		}
	}
	if n != want {
		t.Fatalf("clean run holds %d attempts, want %d", n, want)
	}
	for name, s := range map[string]*Store{"crash": crashed, "rebalance": moved} {
		got := snapshot(s)
		for _, d := range testDomains {
			a, b := fmt.Sprint(got[d]), fmt.Sprint(snapshot(clean)[d])
			if a != b {
				t.Errorf("%s: %s differs from the clean run:\n%s\n%s", name, d, a, b)
			}
		}
	}
}
