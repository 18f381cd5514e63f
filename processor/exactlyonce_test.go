package processor

import (
	"bytes"
	"context"
	"fmt"
	"hash/crc32"
	"log/slog"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/internal/logbuf"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// event builds a valid DeliveryEvent record of domain with id and code.
func event(t *testing.T, id, domain string, code int) []byte {
	t.Helper()
	at := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	de := schemas.DeliveryEvent{V: 1, ID: id, MessageID: "m-" + id, Recipient: "user@" + domain, CompletedAt: at, QueuedAt: at.Add(-time.Second),
		SMTPCode: code, Response: fmt.Sprintf("%d response to %s", code, id)}
	if err := de.Validate(); err != nil {
		t.Fatal(err)
	}
	v, err := schemas.MarshalDeliveryEvent(&de)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// manualClient returns a client that produces to the partition each record
// names, as a producer with its own partitioner does.
func (h *harness) manualClient() *kgo.Client {
	h.t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.DefaultProduceTopic(h.topics.Deliveries), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(cl.Close)
	return cl
}

// alertsOf returns the alerts as "from→to cause" per domain.
func (h *harness) alertsOf() map[string][]string {
	out := map[string][]string{}
	for _, line := range h.alerts() {
		f := strings.Fields(line)
		out[f[0]] = append(out[f[0]], f[1]+" "+f[2])
	}
	return out
}

func TestPartitionForIsKafkaDefault(t *testing.T) {
	t.Parallel()
	def := kgo.StickyKeyPartitioner(nil).ForTopic("t")
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5000; i++ {
		b := make([]byte, rng.IntN(40))
		for j := range b {
			b[j] = byte(rng.IntN(256))
		}
		for _, n := range []int32{1, 3, 6, 24, 97} {
			want := int32(def.Partition(&kgo.Record{Key: b}, int(n)))
			if got := PartitionFor(string(b), n); got != want {
				t.Fatalf("PartitionFor(%q, %d) = %d, franz-go's murmur2 partitioner says %d", b, n, got, want)
			}
		}
	}
}

// TestOneOwnerWhateverTheProducer produces every domain's events with the
// keys and partitions real producers use — librdkafka's CRC32
// (consistent_random), no key (random partition), the key in upper case,
// the Unicode spelling of a punycode domain — and expects the alerts and
// the state a murmur2-keyed producer gives: one window per domain, at its
// canonical partition.
func TestOneOwnerWhateverTheProducer(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	reg := prometheus.NewRegistry()
	cfg := h.config(t.TempDir())
	cfg.Registerer = reg
	cfg.MaxPollRecords = 50
	r := h.start(cfg)
	defer r.stop()
	cl := h.manualClient()

	type variant struct {
		name string
		key  func(domain string) []byte
		part func(key []byte, seq int) int32
	}
	crc := func(key []byte, _ int) int32 { return int32(crc32.ChecksumIEEE(key) % 3) }
	variants := []variant{
		{"crc32", func(d string) []byte { return []byte(d) }, crc},
		{"no-key", func(string) []byte { return nil }, func(_ []byte, seq int) int32 { return int32(seq % 3) }},
		{"upper-case", func(d string) []byte { return []byte(strings.ToUpper(d)) }, crc},
		{"unicode", func(d string) []byte {
			if d == "xn--bcher-kva.example" {
				return []byte("bücher.example")
			}
			return []byte(d)
		}, func(_ []byte, seq int) int32 { return int32((seq + 1) % 3) }},
	}
	domains := []string{"split.example", "xn--bcher-kva.example", "one.example", "two.example", "three.example", "four.example"}
	want := map[string][]string{}
	var recs []*kgo.Record
	seq := 0
	for _, d := range domains {
		// Two failures, then a third: Bad. Each event through another
		// producer variant, so a domain's events arrive on up to three
		// partitions.
		for i := 0; i < 3; i++ {
			seq++
			v := variants[(seq+len(d))%len(variants)]
			key := v.key(d)
			id := fmt.Sprintf("%s-%d", d, i)
			recs = append(recs, &kgo.Record{Key: key, Value: event(t, id, d, 550), Partition: v.part(key, seq)})
			if i == 2 {
				// Which of the three is third depends on when each
				// arrives at the owner; the transition does not.
				want[d] = []string{"good→bad"}
			}
		}
	}
	if err := cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	h.waitProcessed("mailflow")
	waitFor(t, h.ctx, func() bool { return len(h.alerts()) == len(domains) })
	got := h.alertsOf()
	for d, as := range got {
		for i, a := range as {
			as[i] = strings.Fields(a)[0]
		}
		got[d] = as
	}
	if !equalAlerts(got, want) {
		t.Fatalf("alerts %v, want %v", got, want)
	}
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	store := r.p.Store()
	for _, d := range domains {
		w, err := store.Window(d)
		if err != nil || w == nil || len(w.Entries) != 3 || w.Status != schemas.StatusBad {
			t.Fatalf("%s: window %+v (%v), want 3 failures, Bad", d, w, err)
		}
		for part := int32(0); part < 3; part++ {
			bad, err := store.Domains(part, schemas.StatusBad, "", 100)
			if err != nil {
				t.Fatal(err)
			}
			if in := slices.Contains(bad, d); in != (part == PartitionFor(d, 3)) {
				t.Fatalf("%s listed as Bad in partition %d: %v (its partition is %d)", d, part, in, PartitionFor(d, 3))
			}
		}
	}
	if n := counterValue(t, r.p.m.forwarded); n == 0 {
		t.Fatal("no event was forwarded, though most arrived on another partition")
	}
}

func waitFor(t *testing.T, ctx context.Context, ok func() bool) {
	t.Helper()
	for !ok() {
		select {
		case <-ctx.Done():
			t.Fatal("condition not met in time")
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func equalAlerts(a, b map[string][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !slices.Equal(v, b[k]) {
			return false
		}
	}
	return true
}

// TestDuplicatesCountedOnce produces events with repeated ids — in one
// transaction, across transactions, after a restart on the same store, and
// after a restore into a new store — and expects each id counted once.
func TestDuplicatesCountedOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cfg := h.config(t.TempDir())
	cfg.Registerer = prometheus.NewRegistry()
	r := h.start(cfg)
	produce := func(ids ...string) {
		t.Helper()
		var recs []*kgo.Record
		for _, id := range ids {
			recs = append(recs, &kgo.Record{Key: []byte("dup.example"), Value: event(t, id, "dup.example", 550)})
		}
		if err := h.cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
			t.Fatal(err)
		}
		h.waitProcessed("mailflow")
	}
	// Two real bounces, each retried by its producer: two failures, Good.
	produce("a", "a", "a", "b")
	produce("b", "a")
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	// The same store again, then a new store restored from the changelog.
	for _, dir := range []string{cfg.DataDir, t.TempDir()} {
		c := cfg
		c.DataDir = dir
		c.Registerer = prometheus.NewRegistry()
		r = h.start(c)
		produce("a", "b")
		if err := r.halt(); err != nil {
			t.Fatal(err)
		}
		w, err := r.p.Store().Window("dup.example")
		if err != nil || w == nil {
			t.Fatal(w, err)
		}
		if len(w.Entries) != 2 || w.Status != schemas.StatusGood {
			t.Fatalf("store %s: %d attempts, status %s; want the 2 distinct events, Good", dir, len(w.Entries), w.Status)
		}
		if n := counterValue(t, r.p.m.duplicates); n != 2 {
			t.Fatalf("store %s: %v duplicates counted, want 2", dir, n)
		}
		r.p.Close()
	}
	if got := h.alerts(); len(got) != 0 {
		t.Fatalf("alerts %v: duplicates made the domain Bad", got)
	}
	// A third real bounce makes it Bad: duplicates are dropped, not
	// everything.
	cfg.Registerer = prometheus.NewRegistry()
	r = h.start(cfg)
	defer r.stop()
	produce("c")
	waitFor(t, h.ctx, func() bool { return len(h.alerts()) == 1 })
}

// TestDuplicateHorizon checks that an id is forgotten after the horizon
// (by the records' arrival time), and its chunk deleted.
func TestDuplicateHorizon(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cfg := h.config(t.TempDir())
	cfg.DedupeHorizon = 2 * time.Hour
	r := h.start(cfg)
	defer r.stop()
	base := time.Now().Add(-48 * time.Hour).Truncate(time.Hour)
	at := func(id string, ts time.Time) *kgo.Record {
		return &kgo.Record{Key: []byte("h.example"), Value: event(t, id, "h.example", 250), Timestamp: ts}
	}
	steps := []struct {
		rec  *kgo.Record
		want int // attempts in the window after it
	}{
		{at("x", base), 1},
		{at("x", base.Add(time.Hour)), 1},               // within the horizon: a duplicate
		{at("y", base.Add(5*time.Hour)), 2},             // x's chunk expires here
		{at("x", base.Add(5*time.Hour+time.Minute)), 3}, // counted again
		{at("x", base.Add(6*time.Hour)), 3},             // and remembered again
	}
	for i, s := range steps {
		if err := h.cl.ProduceSync(h.ctx, s.rec).FirstErr(); err != nil {
			t.Fatal(err)
		}
		h.waitProcessed("mailflow")
		waitFor(t, h.ctx, func() bool {
			w, err := r.p.Store().Window("h.example")
			return err == nil && w != nil && len(w.Entries) == s.want
		})
		_ = i
	}
	seen, err := r.p.Store().SeenIDs("h.example")
	if err != nil {
		t.Fatal(err)
	}
	if seen.Contains(state.IDHash("y")) == false || seen.Len() != 2 {
		t.Fatalf("seen ids after expiry: %d (want x and y)", seen.Len())
	}
}

// TestRecordsThatDoNotFit produces invalid events of several sizes, up to
// larger than the dead-letter topic accepts, with the output topics
// limited as a broker's defaults limit them (max.message.bytes 1 MiB, and
// 300 KiB for the dead letters), and a transaction touching many domains:
// every dead letter is written (cut down when it must be, naming the
// original), every changelog record lands, nothing is committed missing.
func TestRecordsThatDoNotFit(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	adm := kadm.NewClient(h.cl)
	limit := func(topic string, bytes int) {
		t.Helper()
		rs, err := adm.AlterTopicConfigs(h.ctx, []kadm.AlterConfig{{Name: "max.message.bytes", Value: kadm.StringPtr(strconv.Itoa(bytes))}}, topic)
		if err == nil {
			_, err = rs.On(topic, nil)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	limit(h.topics.DeadLetter, 300<<10)
	for _, topic := range []string{h.topics.State, h.topics.Alerts, h.topics.Repartition} {
		limit(topic, 1<<20)
	}
	cfg := h.config(t.TempDir())
	cfg.MaxPollRecords = 100000
	cfg.FetchMaxBytes = 8 << 20
	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	r := h.start(cfg)

	sizes := []int{100 << 10, 299 << 10, 350 << 10, 1<<20 - 200, 2 << 20}
	var recs []*kgo.Record
	for i, n := range sizes {
		recs = append(recs, &kgo.Record{Key: []byte("big.example"), Value: bytes.Repeat([]byte{'x' + byte(i%2)}, n)})
	}
	// ~6,000 domains in one fetch: their changelog far exceeds a 1 MiB
	// batch.
	const domains = 6000
	for i := 0; i < domains; i++ {
		d := fmt.Sprintf("d%05d.example", i)
		recs = append(recs, &kgo.Record{Key: []byte(d), Value: event(t, "e"+strconv.Itoa(i), d, 250)})
	}
	big, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.DefaultProduceTopic(h.topics.Deliveries), kgo.ProducerBatchMaxBytes(4<<20))
	if err != nil {
		t.Fatal(err)
	}
	defer big.Close()
	if err := big.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	h.waitProcessed("mailflow")
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	dead := h.readAll(h.topics.DeadLetter)
	if len(dead) != len(sizes) {
		t.Fatalf("%d dead letters, want %d", len(dead), len(sizes))
	}
	for _, d := range dead {
		hs := map[string]string{}
		for _, hd := range d.Headers {
			hs[hd.Key] = string(hd.Value)
		}
		if hs[HeaderError] == "" || hs[HeaderSource] == "" {
			t.Fatalf("dead letter without reason or source: %v", hs)
		}
		if orig := hs[HeaderTruncated]; orig != "" {
			n, _ := strconv.Atoi(orig)
			if n <= len(d.Value) || !slices.Contains(sizes, n) {
				t.Fatalf("truncated dead letter says original %q, holds %d bytes", orig, len(d.Value))
			}
		} else if !slices.Contains(sizes, len(d.Value)) {
			t.Fatalf("dead letter of %d bytes, not cut and not an original size", len(d.Value))
		}
	}
	// The store, rebuilt from the changelog alone, has every domain.
	rebuilt := h.start(func() Config { c := h.config(t.TempDir()); c.Group = h.cluster.Name("other"); return c }())
	defer rebuilt.stop()
	waitFor(t, h.ctx, func() bool {
		v := rebuilt.p.Ownership()
		return v.Joined && len(v.Partitions) == 3 && len(v.Restoring) == 0
	})
	if err := rebuilt.halt(); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < domains; i += 97 {
		d := fmt.Sprintf("d%05d.example", i)
		if dump(t, r.p.Store(), d) != dump(t, rebuilt.p.Store(), d) {
			t.Fatalf("%s: the changelog lost a record", d)
		}
		if w, _ := r.p.Store().Window(d); w == nil {
			t.Fatalf("%s: no window", d)
		}
	}
	r.p.Close()
	if n := counterValue(t, r.p.m.produceErrs.WithLabelValues(h.topics.State)); n != 0 {
		t.Fatalf("%v produce errors on the changelog", n)
	}
}

// refusingLimit is a max.message.bytes that refuses every batch the
// processor writes to the alerts or changelog topic but still holds a
// transaction marker: a control batch of one record is 78 bytes (61 bytes
// of v2 batch header, a 4-byte key and a 6-byte value, and the record's
// framing). Apache Kafka writes the markers under the topic's limit too,
// and a marker it cannot write wedges the transaction for good (the
// coordinator logs "IllegalStateException: Received fatal error
// RecordTooLargeException while sending txn marker" and the transaction
// stays in PrepareAbort, answering CONCURRENT_TRANSACTIONS to every
// EndTxn, InitProducerID and produce of the transactional id until the
// coordinator is reloaded), so a smaller limit tests the broker, not the
// processor.
const refusingLimit = 128

// TestFailedProduceAborts makes the broker refuse the processor's records
// (an operator shrinks a topic's max.message.bytes below what the
// processor produces, so the broker answers MESSAGE_TOO_LARGE) and then
// accept them again: the transactions meanwhile abort, none commits with a
// record missing, and the result is a clean run's. It runs for the alerts
// and for the changelog.
func TestFailedProduceAborts(t *testing.T) {
	t.Parallel()
	for _, which := range []string{"alerts", "state"} {
		t.Run(which, func(t *testing.T) {
			h := newHarness(t)
			topic := map[string]string{"alerts": h.topics.Alerts, "state": h.topics.State}[which]
			adm := kadm.NewClient(h.cl)
			setLimit := func(n int) {
				t.Helper()
				rs, err := adm.AlterTopicConfigs(h.ctx, []kadm.AlterConfig{{Name: "max.message.bytes", Value: kadm.StringPtr(strconv.Itoa(n))}}, topic)
				if err == nil {
					_, err = rs.On(topic, nil)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			h.publishScriptConfig()
			cfg := h.config(t.TempDir())
			cfg.Registerer = prometheus.NewRegistry()
			logs := &lockedBuffer{}
			cfg.Log = slog.New(slog.NewTextHandler(logs, nil))
			r := h.start(cfg)
			defer r.stop()
			waitFor(t, h.ctx, func() bool { v := r.p.Ownership(); return v.Joined && len(v.Restoring) == 0 && len(v.Partitions) == 3 })
			setLimit(refusingLimit)
			var want []string
			for _, batch := range script() {
				want = append(want, h.produce(batch...)...)
			}
			waitFor(t, h.ctx, func() bool {
				return counterValue(t, r.p.m.transactions.WithLabelValues("aborted")) >= 2
			})
			if got := h.alerts(); len(got) != 0 && which == "alerts" {
				t.Fatalf("alerts committed while the topic refused them: %v", got)
			}
			// The log says which topic's limit is wrong.
			waitFor(t, h.ctx, func() bool {
				return strings.Contains(logs.String(), "max.message.bytes was lowered below the processor's batch size") &&
					strings.Contains(logs.String(), "topic="+topic+" ")
			})
			setLimit(MaxMessageBytes)
			h.waitProcessed("mailflow")
			waitFor(t, h.ctx, func() bool { return len(h.alerts()) >= len(want) })
			if got := h.alerts(); !slices.Equal(got, want) {
				t.Fatalf("alerts\n%v\nwant\n%v", got, want)
			}
			if n := counterValue(t, r.p.m.produceErrs.WithLabelValues(topic)); n < 1 {
				t.Fatalf("%v produce errors counted on %s", n, topic)
			}
			if err := r.halt(); err != nil {
				t.Fatal(err)
			}
			// The store equals one rebuilt from the changelog alone.
			c := h.config(t.TempDir())
			c.Group = h.cluster.Name("check")
			rb := h.start(c)
			defer rb.stop()
			waitFor(t, h.ctx, func() bool { v := rb.p.Ownership(); return v.Joined && len(v.Restoring) == 0 && len(v.Partitions) == 3 })
			if err := rb.halt(); err != nil {
				t.Fatal(err)
			}
			doms := []string{"flap.example", "down.example", "steady.example", "tight.example", "new.example"}
			if a, b := dump(t, r.p.Store(), doms...), dump(t, rb.p.Store(), doms...); a != b {
				t.Fatalf("store\n%s\nrebuilt from the changelog\n%s", a, b)
			}
		})
	}
}

// TestEndTimeoutRecovers makes ending one transaction outlast the commit
// timeout: the processor must not crash on the next Begin ("already in a
// transaction"), and the result is a clean run's.
func TestEndTimeoutRecovers(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	if h.cluster.Fake == nil {
		t.Skip("injects broker faults with kfake")
	}
	slowed := 0
	h.cluster.Fake.ControlKey(int16(kmsg.Produce), func(req kmsg.Request) (kmsg.Response, error, bool) {
		h.cluster.Fake.KeepControl()
		if pr := req.(*kmsg.ProduceRequest); pr.TransactionID != nil && slowed < 2 {
			slowed++
			h.cluster.Fake.SleepControl(func() { time.Sleep(2500 * time.Millisecond) })
		}
		return nil, nil, false
	})
	h.publishScriptConfig()
	cfg := h.config(t.TempDir())
	cfg.CommitTimeout = time.Second
	r := h.start(cfg)
	defer r.stop()
	h.expectCleanRun(r)
}

// TestRestoreAfterCompaction lets compaction drop the tombstones of a
// changelog that an old store has not seen: the store is rebuilt from the
// start rather than replayed from its checkpoint, and its status index has
// no stale entry.
func TestRestoreAfterCompaction(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	if h.cluster.Fake == nil {
		t.Skip("compacts on demand with kfake")
	}
	old := h.config(t.TempDir())
	r := h.start(old)
	h.produce(joinEv(repeatEv(3, on("flip.example", bounced)), repeatEv(3, on("stay.example", bounced)))...)
	h.waitProcessed("mailflow")
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	// Another instance takes over: flip.example recovers, so its Bad
	// index entry gets a tombstone.
	other := h.config(t.TempDir())
	r2 := h.start(other)
	h.produce(repeatEv(25, on("flip.example", delivered))...)
	h.waitProcessed("mailflow")
	if err := r2.stop(); err != nil {
		t.Fatal(err)
	}
	adm := kadm.NewClient(h.cl)
	rs, err := adm.AlterTopicConfigs(h.ctx, []kadm.AlterConfig{{Name: "delete.retention.ms", Value: kadm.StringPtr("0")}}, h.topics.State)
	if err == nil {
		_, err = rs.On(h.topics.State, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	h.cluster.Fake.Compact()

	reg := prometheus.NewRegistry()
	old.Registerer = reg
	r = h.start(old)
	defer r.stop()
	waitFor(t, h.ctx, func() bool {
		v := r.p.Ownership()
		return v.Joined && len(v.Partitions) == 3 && len(v.Restoring) == 0
	})
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	part := PartitionFor("flip.example", 3)
	bad, err := r.p.Store().Domains(part, schemas.StatusBad, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(bad, "flip.example") {
		t.Fatal("a stale Bad index entry survived the restore")
	}
	if n := counterValue(t, r.p.m.rebuilt); n < 1 {
		t.Fatal("no partition was rebuilt")
	}
	w, err := r.p.Store().Window("stay.example")
	if err != nil || w == nil || w.Status != schemas.StatusBad {
		t.Fatalf("stay.example after the rebuild: %+v %v", w, err)
	}
}

// TestCacheHoldsItsSize checks that no more windows stay reachable than
// the cache's size, however many domains pass.
func TestCacheHoldsItsSize(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cfg := h.config(t.TempDir())
	cfg.CacheSize = 8
	cfg.MaxPollRecords = 500
	r := h.start(cfg)
	var evs []ev
	for i := 0; i < 2000; i++ {
		evs = append(evs, on(fmt.Sprintf("c%d.example", i), delivered))
	}
	h.produce(evs...)
	h.waitProcessed("mailflow")
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	defer r.p.Close()
	cached := 0
	for _, c := range r.p.caches {
		cached += c.Len()
	}
	if cached > 8 {
		t.Fatalf("caches hold %d windows, configured 8", cached)
	}
	for _, tx := range r.p.txns {
		for _, s := range tx.shards {
			for _, d := range s.pool {
				if d.w != nil || d.seen != nil {
					t.Fatal("a pooled dirty domain keeps a window reachable")
				}
			}
		}
	}
}

// TestCompressionCodecs writes with every codec and reads the alerts back.
func TestCompressionCodecs(t *testing.T) {
	t.Parallel()
	for _, codec := range []string{"none", "gzip", "snappy", "lz4", "zstd"} {
		t.Run(codec, func(t *testing.T) {
			h := newHarness(t)
			cfg := h.config(t.TempDir())
			cfg.Compression = codec
			r := h.start(cfg)
			defer r.stop()
			want := h.produce(joinEv(repeatEv(2, on("z.example", bounced)), []ev{with(on("z.example", bounced), "unknown→bad")})...)
			h.waitProcessed("mailflow")
			waitFor(t, h.ctx, func() bool { return len(h.alerts()) == len(want) })
		})
	}
	if _, err := ParseCompression("brotli"); err == nil {
		t.Fatal("an unknown codec was accepted")
	}
}

// counterValue reads a counter's value.
func counterValue(t *testing.T, c prometheus.Metric) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

// publishScriptConfig publishes the directory script() expects.
func (h *harness) publishScriptConfig() {
	h.publishConfig(
		directory.Reseller{ID: "r1"},
		directory.Customer{ID: "c1", Reseller: "r1"},
		directory.Domain{Name: "tight.example", Customer: "c1", Settings: directory.Settings{Window: 5, Threshold: 8000}},
	)
}

// TestCorruptStateQuarantined writes a window value this release never
// writes (category 19, out of range: issue 10's 12-byte value) both into a
// stopped instance's store and, as a stray producer would, into the
// changelog. The instance keeps processing the domain, the corrupt values
// are counted as quarantined, and a new instance restoring from the
// changelog skips the stray record.
func TestCorruptStateQuarantined(t *testing.T) {
	t.Parallel()
	corrupt := []byte{0x02, 0, 0, 0, 0, 0, 0, 0, 0x01, 0x9a, 0, 0}
	h := newHarness(t)
	cfg := h.config(t.TempDir())
	r := h.start(cfg)
	h.produce(repeatEv(3, on("q.example", bounced))...)
	h.waitProcessed("mailflow")
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	// Into the store …
	st, err := state.Open(cfg.DataDir, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	b := st.NewBatch()
	if err := b.Put(state.WindowKey("q.example"), corrupt); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	// … and into the changelog.
	stray, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer stray.Close()
	if err := stray.ProduceSync(h.ctx, &kgo.Record{Topic: h.topics.State, Partition: PartitionFor("q.example", 3),
		Key: state.WindowKey("q.example"), Value: corrupt}).FirstErr(); err != nil {
		t.Fatal(err)
	}

	cfg.Registerer = prometheus.NewRegistry()
	r = h.start(cfg)
	h.produce(repeatEv(5, on("q.example", bounced))...)
	h.waitProcessed("mailflow")
	if err := r.halt(); err != nil {
		t.Fatalf("the processor stopped on a corrupt record: %v", err)
	}
	w, err := r.p.Store().Window("q.example")
	if err != nil || w == nil || w.Status != schemas.StatusBad {
		t.Fatalf("q.example after quarantine: %+v, %v", w, err)
	}
	if n := counterValue(t, r.p.m.quarantined); n < 1 {
		t.Fatalf("%v records quarantined", n)
	}
	r.p.Close()

	c := h.config(t.TempDir())
	c.Group = h.cluster.Name("fresh")
	c.Registerer = prometheus.NewRegistry()
	fresh := h.start(c)
	defer fresh.stop()
	waitFor(t, h.ctx, func() bool {
		v := fresh.p.Ownership()
		return v.Joined && len(v.Restoring) == 0 && len(v.Partitions) == 3
	})
	if n := counterValue(t, fresh.p.m.quarantined); n != 1 {
		t.Fatalf("restore quarantined %v records, want the one stray record", n)
	}
	if _, err := fresh.p.Store().Window("q.example"); err != nil {
		t.Fatalf("restored store holds a corrupt window: %v", err)
	}
}

// TestRestoreWaitsForOpenTransaction holds a transaction open on the
// changelog (as an instance killed mid-transaction does until the broker's
// transaction timeout) below records an instance then commits: on restart
// its checkpoint lies beyond the last stable offset. The restore waits for
// the transaction to end instead of rebuilding the partition or failing.
func TestRestoreWaitsForOpenTransaction(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	part := PartitionFor("open.example", 3)
	zombie, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.TransactionalID(h.cluster.Name("zombie")),
		kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer zombie.Close()
	if err := zombie.BeginTransaction(); err != nil {
		t.Fatal(err)
	}
	// A record this release would write (a tombstone of a seen-ids chunk
	// of another domain): the zombie's write is legitimate, only open.
	if err := zombie.ProduceSync(h.ctx, &kgo.Record{Topic: h.topics.State, Partition: part,
		Key: state.AppendSeenKey(nil, "zombie.example", 1)}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	cfg := h.config(t.TempDir())
	r := h.start(cfg)
	h.produce(repeatEv(3, on("open.example", bounced))...)
	h.waitProcessed("mailflow")
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	r = h.start(cfg)
	defer r.stop()
	time.Sleep(1500 * time.Millisecond)
	if v := r.p.Ownership(); !slices.Contains(v.Restoring, part) {
		t.Fatalf("partition %d is not restoring while the changelog has an open transaction below the store's checkpoint: %+v", part, v)
	}
	if err := zombie.EndTransaction(h.ctx, kgo.TryAbort); err != nil {
		t.Fatal(err)
	}
	waitFor(t, h.ctx, func() bool { v := r.p.Ownership(); return v.Joined && len(v.Restoring) == 0 && len(v.Partitions) == 3 })
	if n := counterValue(t, r.p.m.rebuilt); n != 0 {
		t.Fatalf("%v partitions rebuilt; the store was up to date", n)
	}
	h.produce(on("open.example", bounced))
	h.waitProcessed("mailflow")
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	if w, err := r.p.Store().Window("open.example"); err != nil || w == nil || len(w.Entries) != 4 {
		t.Fatalf("open.example: %+v %v; want 4 attempts", w, err)
	}
}

// TestFencedByTransactionTimeout holds the processor's commit (EndTxn)
// past its transaction timeout, so that the broker aborts the transaction
// and fences the producer: the processor starts a new session instead of
// crashing, and the result is a clean run's.
func TestFencedByTransactionTimeout(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	if h.cluster.Fake == nil {
		t.Skip("holds produce requests with kfake")
	}
	slowed := 0
	h.cluster.Fake.ControlKey(int16(kmsg.EndTxn), func(req kmsg.Request) (kmsg.Response, error, bool) {
		h.cluster.Fake.KeepControl()
		if er := req.(*kmsg.EndTxnRequest); er.Commit && slowed < 1 {
			slowed++
			h.cluster.Fake.SleepControl(func() { time.Sleep(3 * time.Second) })
		}
		return nil, nil, false
	})
	h.publishScriptConfig()
	cfg := h.config(t.TempDir())
	cfg.TransactionTimeout = time.Second
	cfg.CommitTimeout = 10 * time.Second
	r := h.start(cfg)
	defer r.stop()

	h.expectCleanRun(r)
}

// expectCleanRun produces script() and expects exactly its alerts, with
// the processor r still running.
func (h *harness) expectCleanRun(r *running) {
	h.t.Helper()
	t := h.t
	var want []string
	for _, batch := range script() {
		want = append(want, h.produce(batch...)...)
	}
	h.waitProcessed("mailflow")
	waitFor(t, h.ctx, func() bool { return len(h.alerts()) >= len(want) })
	if got := h.alerts(); !slices.Equal(got, want) {
		t.Fatalf("alerts\n%v\nwant\n%v", got, want)
	}
	select {
	case err := <-r.done:
		t.Fatalf("processor stopped: %v", err)
	default:
	}
}

// lockedBuffer is the logger output the server under test writes while
// the test reads it.
type lockedBuffer = logbuf.Buffer
