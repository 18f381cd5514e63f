package processor

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// TestForwardTooLarge: a valid event read from another partition than its
// domain's, whose copy for the repartition topic would not fit there, is
// forwarded without its producer's headers, or dead-lettered when even
// its value does not fit; the records behind it, on every partition, are
// evaluated (review S22B-1: every transaction holding it aborted, for
// good, and the instance's partitions stopped).
func TestForwardTooLarge(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	adm := kadm.NewClient(h.cl)
	// Outputs at a broker's default 1 MiB; deliveries keeps mailflow's 4 MiB.
	for _, topic := range []string{h.topics.State, h.topics.Alerts, h.topics.Repartition, h.topics.DeadLetter} {
		rs, err := adm.AlterTopicConfigs(h.ctx, []kadm.AlterConfig{{Name: "max.message.bytes", Value: kadm.StringPtr(strconv.Itoa(1 << 20))}}, topic)
		if err == nil {
			_, err = rs.On(topic, nil)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	cfg := h.config(t.TempDir())
	cfg.FetchMaxBytes = 8 << 20
	r := h.start(cfg)
	defer r.stop()

	big, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.DefaultProduceTopic(h.topics.Deliveries),
		kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerBatchMaxBytes(4<<20))
	if err != nil {
		t.Fatal(err)
	}
	defer big.Close()
	wrongFor := func(dom string) int32 { return (PartitionFor(dom, 3) + 1) % 3 }
	// A padded value: an event with a field the schema does not know,
	// which decoding ignores.
	padded := func(id, dom string, n int) []byte {
		v := event(t, id, dom, 250)
		return append(append(v[:len(v)-1:len(v)-1], `,"pad":"`+strings.Repeat("p", n)+`"`...), '}')
	}
	recs := []*kgo.Record{
		// 1.5 MiB of headers: forwarded without them.
		{Partition: wrongFor("headers.example"), Value: event(t, "h1", "headers.example", 250),
			Headers: []kgo.RecordHeader{{Key: "trace", Value: bytes.Repeat([]byte{'h'}, 3<<19)}, {Key: "span", Value: []byte("x")}}},
		// A 1.5 MiB value: dead-lettered, cut to fit.
		{Partition: wrongFor("value.example"), Value: padded("v1", "value.example", 3<<19)},
		// A misplaced event that fits: forwarded with its headers.
		{Partition: wrongFor("small.example"), Value: event(t, "s1", "small.example", 250), Headers: []kgo.RecordHeader{{Key: "trace", Value: []byte("t")}}},
	}
	var behind []string
	for i := 0; len(behind) < 6; i++ {
		d := "behind" + strconv.Itoa(i) + ".example"
		behind = append(behind, d)
		recs = append(recs, &kgo.Record{Partition: PartitionFor(d, 3), Key: []byte(d), Value: event(t, "b"+strconv.Itoa(i), d, 250)})
	}
	if err := big.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	want := append([]string{"headers.example", "small.example"}, behind...)
	ctx, cancel := context.WithTimeout(h.ctx, 30*time.Second)
	defer cancel()
	for {
		var missing []string
		for _, d := range want {
			if w, _ := r.p.Store().Window(d); w == nil {
				missing = append(missing, d)
			}
		}
		if len(missing) == 0 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("never evaluated: %v; transactions aborted: %v", missing, counterValue(t, r.p.m.transactions.WithLabelValues("aborted")))
		case <-time.After(100 * time.Millisecond):
		}
	}
	if w, _ := r.p.Store().Window("value.example"); w != nil {
		t.Error("the event too large to forward was evaluated")
	}
	if n := counterValue(t, r.p.m.deadLetters.WithLabelValues(forwardTooLargeLabel)); n != 1 {
		t.Errorf("dead letters %q: %v, want 1", forwardTooLargeLabel, n)
	}
	dead := h.readAll(h.topics.DeadLetter)
	if len(dead) != 1 {
		t.Fatalf("%d dead letters, want 1", len(dead))
	}
	hs := map[string]string{}
	for _, hd := range dead[0].Headers {
		hs[hd.Key] = string(hd.Value)
	}
	if !strings.Contains(hs[HeaderError], "value.example") || !strings.Contains(hs[HeaderError], h.topics.Repartition) || hs[HeaderTruncated] == "" {
		t.Errorf("dead letter headers %v", hs)
	}
	fwd := map[string]map[string]string{}
	for _, rec := range h.readAll(h.topics.Repartition) {
		m := map[string]string{}
		for _, hd := range rec.Headers {
			m[hd.Key] = string(hd.Value)
		}
		fwd[string(rec.Key)] = m
	}
	if m := fwd["headers.example"]; m == nil || m[HeaderHeadersDropped] != "2" || m["trace"] != "" || m[HeaderSource] == "" {
		t.Errorf("forwarded headers.example: %v, want its own headers dropped (2) and the source", m)
	}
	if m := fwd["small.example"]; m == nil || m["trace"] != "t" || m[HeaderHeadersDropped] != "" {
		t.Errorf("forwarded small.example: %v, want its headers kept", m)
	}
}
