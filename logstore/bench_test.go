package logstore

import (
	"context"
	"flag"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// The load benchmark's size: go test ./logstore -run '^$' -bench BenchmarkLoad -benchtime 1x -timeout 3h
// -logbench.attempts 10000000 -logbench.domains 10000 (the defaults are
// small so that a plain -bench run stays short).
var (
	benchAttempts = flag.Int("logbench.attempts", 200_000, "attempts BenchmarkLoad loads")
	benchDomains  = flag.Int("logbench.domains", 1000, "domains BenchmarkLoad spreads them over")
	benchBigShare = flag.Float64("logbench.big", 0.1, "share of the attempts that go to the one big domain (big.example)")
	benchReplay   = flag.Int("logbench.replay", 100_000, "records BenchmarkLoad produces to an embedded broker and rebuilds a log from")
	benchQueries  = flag.Int("logbench.queries", 200, "queries of each kind BenchmarkLoad times")
	benchMemtable = flag.Uint64("logbench.memtable", 128<<20, "memtable bytes (WithTuning)")
	benchL0       = flag.Int("logbench.l0", 32, "L0 compaction threshold (WithTuning)")
	benchZstd     = flag.Bool("logbench.zstd", false, "zstd for the segments (WithTuning; false, as mailflow run passes: not compressed)")
	benchSpan     = flag.Duration("logbench.span", 6*24*time.Hour, "the arrival times of the attempts spread over this span, ending now (an hour: a processor's pace)")
)

const benchPartitions = 12

func benchPartitionOf(d string) int32 {
	h := fnv.New32a()
	h.Write([]byte(d))
	return int32(h.Sum32() % benchPartitions)
}

// benchGen makes realistic attempts: per domain a pool of recipients, a
// few remote hosts, responses from templates with queue ids (so that
// compression sees what it would in production), messages retried.
type benchGen struct {
	r       *rand.Rand
	domains []string
	start   time.Time
	step    time.Duration
	offs    [benchPartitions]int64
	n       int
}

var benchResponses = []struct {
	code int
	enh  string
	text string
	cat  schemas.Category
}{
	{250, "2.0.0", "250 2.0.0 OK  %d %s - gsmtp", schemas.CategoryDelivered},
	{250, "2.0.0", "250 2.0.0 Ok: queued as %X%s", schemas.CategoryDelivered},
	{250, "2.6.0", "250 2.6.0 <%d.%s@mail.example> [InternalId=4423] Queued mail for delivery", schemas.CategoryDelivered},
	{550, "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550 5.1.1 unnecessary spaces. %d %s - gsmtp", schemas.CategoryUserUnknown},
	{451, "4.7.1", "451 4.7.1 Greylisting in action, please come back later (%d %s)", schemas.CategoryGreylisted},
	{554, "5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.%d] blocked using zen.spamhaus.org; %s", schemas.CategoryBlocklisted},
	{452, "4.2.2", "452 4.2.2 The email account that you tried to reach is over quota. %d %s", schemas.CategoryMailboxFull},
	{421, "4.7.0", "421 4.7.0 Too many connections from your IP (%d), try again later %s", schemas.CategoryRateLimited},
}

func newBenchGen(seed uint64, domains, attempts int, start time.Time, span time.Duration) *benchGen {
	g := &benchGen{r: rand.New(rand.NewPCG(seed, 1)), start: start, step: span / time.Duration(max(attempts, 1))}
	g.domains = append(g.domains, "big.example")
	for i := 1; i < domains; i++ {
		g.domains = append(g.domains, fmt.Sprintf("d%05d.example", i))
	}
	return g
}

func (g *benchGen) next(bigShare float64) Attempt {
	i := g.n
	g.n++
	d := g.domains[0]
	if len(g.domains) > 1 && g.r.Float64() >= bigShare {
		d = g.domains[1+g.r.IntN(len(g.domains)-1)]
	}
	part := benchPartitionOf(d)
	off := g.offs[part]
	g.offs[part]++
	arrival := g.start.Add(time.Duration(i) * g.step)
	rs := benchResponses[g.r.IntN(len(benchResponses))]
	if g.r.IntN(3) > 0 { // most attempts are deliveries
		rs = benchResponses[g.r.IntN(3)]
	}
	out := schemas.OutcomeFromCode(rs.code)
	tok := fmt.Sprintf("%x", g.r.Uint64())
	return Attempt{
		Event: schemas.DeliveryEvent{
			V: schemas.Version, ID: fmt.Sprintf("ev-%d", i), MessageID: fmt.Sprintf("<%d.%x@shop%d.example>", i/2, g.r.Uint32(), i%97),
			Domain: d, Recipient: fmt.Sprintf("user%d@%s", g.r.IntN(50_000), d), Sender: fmt.Sprintf("news%d@shop%d.example", g.r.IntN(20), i%97),
			Attempt: 1 + g.r.IntN(3), QueuedAt: arrival.Add(-time.Duration(g.r.IntN(600_000)) * time.Millisecond),
			CompletedAt: arrival.Add(-time.Duration(g.r.IntN(2000)) * time.Millisecond), SMTPCode: rs.code, EnhancedCode: rs.enh,
			Response:   fmt.Sprintf(rs.text, g.r.IntN(1<<20), tok),
			RemoteHost: fmt.Sprintf("mx%d.%s", g.r.IntN(3), d), RemoteIP: fmt.Sprintf("198.51.100.%d", g.r.IntN(250)),
			Transport: fmt.Sprintf("out%d.provider.example", g.r.IntN(8)), Size: g.r.Int64N(1 << 20), Outcome: out,
		},
		Category: rs.cat, Arrival: arrival, Pos: Pos{Partition: part, Offset: off},
	}
}

func percentile(ds []time.Duration, p float64) time.Duration {
	slices.Sort(ds)
	return ds[min(len(ds)-1, int(float64(len(ds))*p))]
}

// BenchmarkLoad loads the store, then times queries on the big domain and
// a rebuild from an embedded broker. Run it with -benchtime 1x.
func BenchmarkLoad(b *testing.B) {
	for range b.N {
		benchLoad(b)
	}
}

func benchLoad(b *testing.B) {
	ctx := context.Background()
	n := *benchAttempts
	span := *benchSpan
	start := time.Now().Add(-span)
	dir := b.TempDir()
	s, err := Open(dir, benchPartitionOf, WithClock(time.Now), WithTuning(*benchMemtable, *benchL0, *benchZstd))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	g := newBenchGen(42, *benchDomains, n, start, span)
	const batch = 2000
	// The attempts are made before the clock starts: on a shared machine
	// the wall time of making them is no measure of their CPU time.
	t0 := time.Now()
	all := make([]Attempt, n)
	for i := range all {
		all[i] = g.next(*benchBigShare)
	}
	genTime := time.Since(t0)
	var appendTime time.Duration
	cpu0 := cpuTime()
	var big []Attempt // a sample of the big domain's attempts, to query for
	for done := 0; done < n; {
		buf := all[done:min(done+batch, n)]
		t1 := time.Now()
		if _, err := s.AppendCounted(ctx, buf); err != nil {
			b.Fatal(err)
		}
		appendTime += time.Since(t1)
		for i := range buf {
			if buf[i].Event.Domain == "big.example" && g.r.IntN(1000) == 0 {
				big = append(big, buf[i])
			}
		}
		done += len(buf)
		if done%(n/10+1) < batch {
			b.Logf("loaded %d attempts, %.0f/s", done, float64(done)/appendTime.Seconds())
		}
	}
	if err := s.Flush(); err != nil {
		b.Fatal(err)
	}
	all = nil
	// The compactions the load started count too: wait (up to 5
	// minutes) until none runs.
	for wait := time.Now(); time.Since(wait) < 5*time.Minute; time.Sleep(100 * time.Millisecond) {
		if s.db.Metrics().Compact.NumInProgress == 0 {
			break
		}
	}
	b.Log(s.Stats())
	m := s.db.Metrics()
	tot := m.Total()
	b.Logf("pebble: flushed %d MiB, compacted %d MiB, moved %d MiB (write amplification %.1f); levels:\n%s",
		tot.TableBytesFlushed>>20, tot.TableBytesCompacted>>20, tot.TableBytesMoved>>20, tot.WriteAmp(), m)
	// The process's CPU time (appends, flushes, compactions): on a shared
	// machine the wall-clock rate says more about the neighbours than
	// about the store.
	loadCPU := cpuTime() - cpu0
	du, _ := s.DiskUsage()
	tc := time.Now()
	if err := s.Compact(ctx); err != nil {
		b.Fatal(err)
	}
	compactTime := time.Since(tc)
	time.Sleep(2 * time.Second) // obsolete files go in the background
	duc, _ := s.DiskUsage()
	bigCount := 0
	for range big {
		bigCount++
	}
	b.ReportMetric(float64(n)/appendTime.Seconds(), "appends/s")
	b.ReportMetric(float64(du)/float64(n), "disk-B/attempt")
	b.ReportMetric(float64(duc)/float64(n), "compacted-B/attempt")
	b.ReportMetric(float64(loadCPU.Microseconds())/float64(n), "cpu-µs/attempt")
	b.Logf("CPU time of the load (appends, flushes and the compactions they made due; generation taken off): %s, %.1f µs per attempt (%.0f attempts per CPU-second)",
		loadCPU.Round(time.Millisecond), float64(loadCPU.Microseconds())/float64(n), float64(n)/loadCPU.Seconds())
	b.Logf("%d attempts over %d domains (%.0f%% to big.example): append %.0f attempts/s (%s; generating them took %s more), disk %.1f B/attempt after flush, %.1f after a full compaction (%s)",
		n, *benchDomains, *benchBigShare*100, float64(n)/appendTime.Seconds(), appendTime.Round(time.Millisecond), genTime.Round(time.Millisecond),
		float64(du)/float64(n), float64(duc)/float64(n), compactTime.Round(time.Second))

	// Queries on the big domain, as the API runs them (limit 100).
	now := time.Now()
	kinds := []struct {
		name string
		f    func(r *rand.Rand) Filter
	}{
		{"time range (1 h)", func(r *rand.Rand) Filter {
			at := start.Add(time.Duration(r.Int64N(int64(span))))
			return Filter{Since: at, Until: at.Add(time.Hour)}
		}},
		{"time range (all, newest page)", func(r *rand.Rand) Filter { return Filter{} }},
		{"recipient", func(r *rand.Rand) Filter { return Filter{Recipient: big[r.IntN(len(big))].Event.Recipient} }},
		{"message id", func(r *rand.Rand) Filter { return Filter{MessageID: big[r.IntN(len(big))].Event.MessageID} }},
		{"outcome bounced, last 24 h", func(r *rand.Rand) Filter {
			return Filter{Outcome: schemas.OutcomeBounced, Since: now.Add(-24 * time.Hour)}
		}},
		{"recipient + outcome", func(r *rand.Rand) Filter {
			return Filter{Recipient: big[r.IntN(len(big))].Event.Recipient, Outcome: schemas.OutcomeDelivered}
		}},
		{"text (q=spamhaus)", func(r *rand.Rand) Filter { return Filter{Text: "spamhaus"} }},
		{"text, rare (one queue id)", func(r *rand.Rand) Filter {
			resp := big[r.IntN(len(big))].Event.Response
			f := strings.Fields(resp)
			return Filter{Text: f[len(f)-3]}
		}},
	}
	if len(big) == 0 {
		b.Log("no attempts of big.example sampled; no queries timed")
		return
	}
	qr := rand.New(rand.NewPCG(9, 9))
	for _, k := range kinds {
		var ds []time.Duration
		var found, scanned int
		for range *benchQueries {
			f := k.f(qr)
			f.Limit = 100
			t0 := time.Now()
			p, err := s.Query(ctx, "big.example", f)
			if err != nil {
				b.Fatal(err)
			}
			ds = append(ds, time.Since(t0))
			found += len(p.Attempts)
			scanned += p.Scanned
		}
		b.Logf("query %-30s p50 %8s  p99 %8s  (avg %.1f found, %.0f scanned per query)", k.name,
			percentile(ds, 0.5).Round(time.Microsecond), percentile(ds, 0.99).Round(time.Microsecond),
			float64(found)/float64(len(ds)), float64(scanned)/float64(len(ds)))
	}
	var tls []time.Duration
	for range *benchQueries {
		t0 := time.Now()
		if _, _, err := s.Timeline(ctx, "big.example", big[qr.IntN(len(big))].Event.MessageID); err != nil {
			b.Fatal(err)
		}
		tls = append(tls, time.Since(t0))
	}
	b.Logf("query %-30s p50 %8s  p99 %8s", "timeline", percentile(tls, 0.5).Round(time.Microsecond), percentile(tls, 0.99).Round(time.Microsecond))
	benchRebuild(b, start, span)
}

// benchRebuild produces attempts to an embedded broker and times Replay
// into an empty store: the rate at which a lost log store comes back.
func benchRebuild(b *testing.B, start time.Time, span time.Duration) {
	n := *benchReplay
	if n == 0 {
		return
	}
	ctx := context.Background()
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(benchPartitions, "deliveries", "repartition"))
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	opts := []kgo.Opt{kgo.SeedBrokers(c.ListenAddrs()...)}
	prod, err := kgo.NewClient(append(opts, kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerLinger(5*time.Millisecond))...)
	if err != nil {
		b.Fatal(err)
	}
	defer prod.Close()
	g := newBenchGen(7, *benchDomains, n, start, span)
	// The record value is the attempt in the store's own encoding: the
	// benchmark measures the rebuild, not the processor's JSON codec.
	for range n {
		a := g.next(*benchBigShare)
		v := appendAttempt([]byte(a.Event.Domain+"\x00"), &a)
		prod.Produce(ctx, &kgo.Record{Topic: "deliveries", Partition: a.Pos.Partition, Value: v, Timestamp: a.Arrival}, nil)
	}
	if err := prod.Flush(ctx); err != nil {
		b.Fatal(err)
	}
	s, err := Open(b.TempDir(), benchPartitionOf)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	parts := make([]int32, benchPartitions)
	for i := range parts {
		parts[i] = int32(i)
	}
	cpu1 := cpuTime()
	st, err := s.Replay(ctx, ReplaySpec{Client: opts, Topics: map[Source]string{SourceDeliveries: "deliveries", SourceRepartition: "repartition"},
		Partitions: parts, Decode: func(src Source, r *kgo.Record) (Attempt, bool, error) {
			d, v, _ := strings.Cut(string(r.Value), "\x00")
			var a Attempt
			err := decodeAttempt([]byte(v), d, r.Timestamp, Pos{}, &a)
			return a, err == nil, err
		}})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(st.Records)/st.Elapsed.Seconds(), "rebuild-records/s")
	b.Logf("rebuild CPU time (broker included, it runs in this process): %s", (cpuTime() - cpu1).Round(time.Millisecond))
	b.Logf("rebuilt %d attempts from the embedded broker in %s: %.0f records/s", st.Records, st.Elapsed.Round(time.Millisecond), float64(st.Records)/st.Elapsed.Seconds())
}
