package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/loadgen"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// bigDomain is the domain of `mailflow bench logs` that gets --big of the
// events, so that queries run on a domain of millions of attempts.
const bigDomain = "big.example"

// runBenchLogs measures the log store in the product (issue 12): in one
// run over the same events, the bare consume-and-decode loop, the
// processor without and with the log store (each a process of its own,
// like mailflow bench), then on the log the processor wrote: bytes on
// disk per attempt, the p50/p99 of the API's log queries on the big
// domain, and the rate at which a lost log store is rebuilt from the
// topics.
func runBenchLogs(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "bench logs", "[--events N] [--domains N] [--big SHARE] [--partitions N] [--queries N]")
	events := fs.Int("events", 1_000_000, "events to load and process (the issue's load: 10000000)")
	domains := fs.Int("domains", 10_000, "domains the events spread over")
	big := fs.Float64("big", 0.15, "share of the events that go to big.example, the domain the queries run on (0: none)")
	partitions := fs.Int("partitions", 6, "partitions of the deliveries topic")
	queries := fs.Int("queries", 200, "queries of each kind timed on big.example")
	rebuildParts := fs.Int("rebuild-partitions", 0, "rebuild the log of this many partitions to time it (0: all)")
	l0 := fs.Int("log-l0", 32, "the log store's L0 compaction threshold (logstore.WithTuning; only range deletions reach L0 since the segment layout)")
	zstd := fs.Bool("log-zstd", false, "zstd-compress the log store's segments rather than write them uncompressed (logstore.WithTuning; mailflow run passes false)")
	// The phases' own flags are registered only for a phase's process
	// (see benchPhaseArgs): --help lists what a person runs.
	phase, prefix, dataDir := new(string), new(string), new(string)
	withLogs := new(bool)
	var brokers listFlag
	if benchPhaseArgs(args) {
		phase = fs.String("phase", "", "internal: run one phase (processor) against --brokers")
		withLogs = fs.Bool("logs", true, "internal: the processor phase keeps the log store")
		fs.Var(&brokers, "brokers", "internal: the broker of a phase")
		prefix = fs.String("topic-prefix", "", "internal: the output topics and group of a phase")
		dataDir = fs.String("data-dir", "", "internal: the processor's data directory")
	}
	rounds := fs.Int("rounds", 1, "rounds of (bare loop, processor without and with the log store, bare loop) over the same events; the ratio and the log store's cost are the rounds' medians, the table the round of the median ratio")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the processor phase with the log store (of the last round) to this file")
	memoryLimit := byteSize(processor.DefaultMemoryLimit)
	fs.Var(&memoryLimit, "memory-limit", "processor phases: the memory budget, as mailflow run --memory-limit (it sizes the log store's cache and memtables)")
	logMemTable := byteSize(0)
	fs.Var(&logMemTable, "log-memtable", "processor phases: the log store's memtable share (logstore.WithTuning: segments of 1.5 × it, up to 3 × it held), instead of --memory-limit's; to measure what the share costs")
	fetchMax := fs.Int("fetch-max-bytes", 0, "processor phases: most bytes of one fetch, which one transaction evaluates, as mailflow run --fetch-max-bytes (0: from --memory-limit)")
	var lf logFlags
	lf.registerLevel(fs, "warn")
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	for _, c := range []struct {
		name string
		v    int
	}{{"events", *events}, {"domains", *domains}, {"partitions", *partitions}, {"queries", *queries}, {"rounds", *rounds}} {
		if err := positive(c.name, c.v); err != nil {
			return err
		}
	}
	if *fetchMax != 0 && (*fetchMax < 1024 || *fetchMax > 1<<30) {
		return usageErr("--fetch-max-bytes must be from 1024 to 1073741824, not %d", *fetchMax)
	}
	if *big < 0 || *big > 1 {
		return usageErr("--big must be from 0 to 1, not %g", *big)
	}
	budget, err := processor.NewMemoryBudget(int64(memoryLimit))
	if err != nil {
		return usageErr("--memory-limit: %v", err)
	}
	if logMemTable != 0 && (logMemTable < 1<<20 || logMemTable > 1<<30) {
		return usageErr("--log-memtable must be 0 (from --memory-limit) or from 1MiB to 1GiB, not %s", logMemTable.String())
	}
	if logMemTable > 0 {
		// Here, so that the header and the rebuild say and use it too.
		budget.LogMemTable = int64(logMemTable)
	}
	log, err := lf.logger(env)
	if err != nil {
		return err
	}
	if *phase == "processor" {
		if *cpuProfile != "" && *withLogs {
			stop, err := startCPUProfile(*cpuProfile)
			if err != nil {
				return err
			}
			defer stop()
		}
		tuning := logstore.WithTuning(uint64(budget.LogMemTable), *l0, *zstd)
		return benchLogsProcessor(ctx, env, log, brokers, *prefix, *dataDir, *events, *partitions, *withLogs, budget, int32(*fetchMax), tuning)
	} else if *phase != "" {
		return usageErr("--phase: %q is not processor", *phase)
	}

	began := time.Now()
	self, tmp, cleanup, err := benchWorkspace("mailflow-bench-logs-")
	if err != nil {
		return err
	}
	defer cleanup()
	out := env.stdout
	fmt.Fprintf(out, "mailflow bench logs: %d events over %d domains (%.0f%% to %s), %d partitions, on %d CPUs\n",
		*events, *domains, *big*100, bigDomain, *partitions, runtime.NumCPU())
	addr, stopBroker, brokerCPU, err := startDiskBroker(ctx, env, self, filepath.Join(tmp, "broker"))
	if err != nil {
		return err
	}
	defer stopBroker()
	loadStart := time.Now()
	if err := benchLogsLoad(ctx, env, addr, *events, *domains, *big, int32(*partitions)); err != nil {
		return err
	}
	fmt.Fprintf(out, "loaded in %s\n", time.Since(loadStart).Round(time.Second))

	common := []string{"--brokers", addr, "--events", strconv.Itoa(*events), "--partitions", strconv.Itoa(*partitions), "--log-level", lf.level}
	memArgs := []string{"--memory-limit", memoryLimit.String(), "--fetch-max-bytes", strconv.Itoa(*fetchMax), "--log-memtable", logMemTable.String(), "--log-l0", strconv.Itoa(*l0), "--log-zstd=" + strconv.FormatBool(*zstd)}
	fmt.Fprintf(out, "log store: segments of up to %d MiB buffered (1.5 × the %d MiB memtable share), %d MiB of cache (from --memory-limit %s), zstd %v\n",
		budget.LogMemTable*3/2>>20, budget.LogMemTable>>20, budget.LogCache>>20, memoryLimit.String(), *zstd)
	var bares, withouts, withs []phaseResult
	var ratios, costs []float64
	perEvent := func(r phaseResult) float64 { return r.CPU / float64(max(r.Events, 1)) * 1e6 }
	for round := 1; round <= *rounds; round++ {
		bare, without, with, err := benchLogsRound(ctx, env, self, tmp, round, *rounds, common, memArgs, *cpuProfile, brokerCPU)
		if err != nil {
			return err
		}
		ratio, cost := with.Rate()/bare.Rate(), perEvent(with)/perEvent(without)-1
		fmt.Fprintf(out, "round %d: bare %8.0f events/s, processor without the log store %8.0f, with it %8.0f (%.2f CPU µs/event); ratio %.2f, the log store adds %.0f%%\n",
			round, bare.Rate(), without.Rate(), with.Rate(), perEvent(with), ratio, cost*100)
		bares, withouts, withs = append(bares, bare), append(withouts, without), append(withs, with)
		ratios, costs = append(ratios, ratio), append(costs, cost)
	}
	// The table is one round's, the round of the median ratio (the
	// lower middle one of an even count), so that its rows agree with
	// each other and with the ratio; the log store's cost is the median
	// of the rounds' own (the higher middle one).
	byRatio := make([]int, len(ratios))
	for i := range byRatio {
		byRatio[i] = i
	}
	slices.SortStableFunc(byRatio, func(a, b int) int { return cmp.Compare(ratios[a], ratios[b]) })
	m := byRatio[(len(byRatio)-1)/2]
	bare, without, with := bares[m], withouts[m], withs[m]
	sortedCosts := slices.Sorted(slices.Values(costs))
	fmt.Fprintf(out, "\n%-40s %12s %10s %14s %10s %12s\n", fmt.Sprintf("round %d (the median ratio of %d)", m+1, *rounds), "events/s", "seconds", "CPU µs/event", "peak RSS", "broker µs/ev")
	for _, r := range []struct {
		name string
		r    phaseResult
	}{{"bare consume + decode loop", bare}, {"processor, no log store", without}, {"processor with the log store", with}} {
		fmt.Fprintf(out, "%-40s %12.0f %10.1f %14.2f %6d MiB %12.2f\n", r.name, r.r.Rate(), r.r.Seconds, perEvent(r.r), r.r.MaxRSS>>20, r.r.BrokerCPU/float64(max(r.r.Events, 1))*1e6)
	}
	// Where each processor's wall clock went: the evaluation (decode
	// and shards, in parallel), the end of the transaction, the wait for
	// the previous store update, and the rest (fetches).
	for _, r := range []struct {
		name string
		r    phaseResult
	}{{"no log store", without}, {"with the log store", with}} {
		fmt.Fprintf(out, "processor time, %s: evaluate %.2fs, commit %.2fs, store %.2fs, waiting for fetches %.2fs (%d transactions)\n",
			r.name, r.r.Evaluate, r.r.Commit, r.r.Apply, r.r.Seconds-r.r.Evaluate-r.r.Commit-r.r.Apply, r.r.Transactions)
	}
	fmt.Fprintf(out, "\nprocessor with the log store / bare loop = %.2f (median of the rounds' ratios, the lower middle one of an even count; target ≥ 0.5)\n", ratios[m])
	fmt.Fprintf(out, "the log store adds %.0f%% to the processor's CPU per event (median of the rounds' %s, the higher middle one of an even count; target ≤ 20%% at 1,000,000 domains × 2 attempts)\n",
		sortedCosts[len(sortedCosts)/2]*100, percents(costs))
	logsDir := filepath.Join(tmp, fmt.Sprintf("with-%d", *rounds), logsDir)

	// The log the processor wrote.
	store, err := logstore.Open(logsDir, func(d string) int32 { return processor.PartitionFor(d, int32(*partitions)) }, logstore.WithCacheSize(budget.LogCache))
	if err != nil {
		return err
	}
	du, err := store.DiskUsage()
	if err != nil {
		store.Close()
		return err
	}
	fmt.Fprintf(out, "disk: %.1f MiB, %.0f bytes per attempt (after the processor's last flush, before full compaction)\n",
		float64(du)/(1<<20), float64(du)/float64(*events))
	if *big > 0 {
		if err := benchLogsQueries(ctx, out, store, *queries); err != nil {
			store.Close()
			return err
		}
	}
	if err := store.Close(); err != nil {
		return err
	}
	rebuild := int32(*partitions)
	if *rebuildParts > 0 {
		rebuild = min(rebuild, int32(*rebuildParts))
	}
	if err := benchLogsRebuild(ctx, out, addr, filepath.Join(tmp, "rebuilt"), fmt.Sprintf("bench-with-%d.", *rounds), int32(*partitions), rebuild,
		logstore.WithCacheSize(budget.LogCache), logstore.WithTuning(uint64(budget.LogMemTable), *l0, *zstd)); err != nil {
		return err
	}
	fmt.Fprintf(out, "\nthe whole run took %s\n", time.Since(began).Round(time.Second))
	return nil
}

// percents formats fractions as "12%, 15%, 9%".
func percents(fs []float64) string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = fmt.Sprintf("%.0f%%", f*100)
	}
	return strings.Join(out, ", ")
}

// benchLogsRound runs one round of `mailflow bench logs` over the loaded
// events: the bare loop, the processor without and with the log store
// (in alternating order from round to round, each with a group, output
// topics and a data directory of its own), and the bare loop again. The
// bare loop's result is that of both its runs together, as in mailflow
// bench (benchRound): the machine's other tenants come and go within
// seconds, and a baseline taken on both sides of the processors sees
// the spells of load they saw. Only the last round's processor with the
// log store writes cpuProfile. brokerCPU tells the broker's CPU seconds
// so far; each result's BrokerCPU is what the broker spent during it.
func benchLogsRound(ctx context.Context, env *environment, self, tmp string, round, rounds int, common, memArgs []string, cpuProfile string, brokerCPU func() float64) (bare, without, with phaseResult, err error) {
	// The bare loop fetches as much as the processors (memArgs' first
	// four: --memory-limit and --fetch-max-bytes).
	bareArgs := append([]string{"bench", "--phase", "bare"}, append(slices.Clone(memArgs[:4]), common...)...)
	phase := func(args []string) (phaseResult, error) {
		before := brokerCPU()
		r, err := benchPhase(ctx, env, self, args)
		r.BrokerCPU = brokerCPU() - before
		return r, err
	}
	if bare, err = phase(bareArgs); err != nil {
		return bare, without, with, err
	}
	runs := []struct {
		logs bool
		res  *phaseResult
		name string
	}{{false, &without, "without"}, {true, &with, "with"}}
	if round%2 == 0 {
		runs[0], runs[1] = runs[1], runs[0]
	}
	for _, run := range runs {
		profile := ""
		if round == rounds {
			profile = cpuProfile
		}
		name := fmt.Sprintf("%s-%d", run.name, round)
		args := append([]string{"bench", "logs", "--phase", "processor", "--logs=" + strconv.FormatBool(run.logs), "--cpuprofile", profile,
			"--topic-prefix", "bench-" + name + ".", "--data-dir", filepath.Join(tmp, name)}, append(memArgs, common...)...)
		if *run.res, err = phase(args); err != nil {
			return bare, without, with, err
		}
		if !run.logs || round < rounds {
			// Only the last round's log is read again (queries, disk
			// use); 10,000,000 events leave gigabytes of it.
			if err := os.RemoveAll(filepath.Join(tmp, name)); err != nil {
				return bare, without, with, err
			}
		}
	}
	after, err := phase(bareArgs)
	if err != nil {
		return bare, without, with, err
	}
	return bare.plus(after), without, with, nil
}

// startDiskBroker starts `mailflow broker` with its data on disk (10
// million events do not belong in memory on a shared machine). cpu
// returns the CPU seconds it used so far (processCPU).
func startDiskBroker(ctx context.Context, env *environment, self, dir string) (addr string, stop func(), cpu func() float64, err error) {
	if addr, err = freeAddr(); err != nil {
		return "", nil, nil, err
	}
	cmd := exec.CommandContext(ctx, self, "broker", "--listen", addr, "--data-dir", dir, "--log-level", "warn")
	cmd.Stderr = env.stderr
	if err := cmd.Start(); err != nil {
		return "", nil, nil, fmt.Errorf("start broker: %w", err)
	}
	stop = func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		_ = cmd.Wait()
	}
	if err := waitListening(ctx, addr); err != nil {
		stop()
		return "", nil, nil, err
	}
	return addr, stop, func() float64 { return processCPU(cmd.Process.Pid) }, nil
}

// benchLogsLoad creates the topics and produces the events: loadgen's
// attempts, a share of them to big.example, with the producer's clock as
// the arrival (the log's retention goes by it).
func benchLogsLoad(ctx context.Context, env *environment, addr string, n, domains int, big float64, partitions int32) error {
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr), kgo.DefaultProduceTopic(processor.TopicsWithPrefix("").Deliveries),
		kgo.ProducerLinger(5*time.Millisecond), kgo.MaxBufferedRecords(200_000), kgo.ProducerBatchMaxBytes(1<<20))
	if err != nil {
		return err
	}
	defer cl.Close()
	if err := ensureBenchTopics(ctx, cl, processor.TopicsWithPrefix(""), partitions, 1); err != nil {
		return err
	}
	gen := loadgen.NewGenerator(42, domains, loadgen.Mix{Deferred: 0.03, Bounced: 0.02, Expired: 0.001}, "bench-")
	r := rand.New(rand.NewPCG(7, 7))
	var failed error
	next := time.Now().Add(5 * time.Second)
	for i := 0; i < n; i++ {
		var ev schemas.DeliveryEvent
		if r.Float64() < big {
			ev = gen.NextFor(bigDomain, time.Now(), loadgen.Mix{Deferred: 0.03, Bounced: 0.02, Expired: 0.001})
		} else {
			ev = gen.Next(time.Now())
		}
		v, err := schemas.MarshalDeliveryEvent(&ev)
		if err != nil {
			return err
		}
		cl.Produce(ctx, &kgo.Record{Key: []byte(ev.Domain), Value: v}, func(_ *kgo.Record, err error) {
			if err != nil && failed == nil {
				failed = err
			}
		})
		if time.Now().After(next) {
			fmt.Fprintf(env.stderr, "loading: %d of %d events\n", i, n)
			next = time.Now().Add(5 * time.Second)
		}
	}
	if err := cl.Flush(ctx); err != nil {
		return err
	}
	return failed
}

// benchLogsProcessor runs the processor (with the log store in
// dataDir/logs, or without) until it committed n events, and prints its
// phaseResult.
func benchLogsProcessor(ctx context.Context, env *environment, log *slog.Logger, brokers []string, prefix, dataDir string, n, partitions int, withLogs bool,
	budget processor.MemoryBudget, fetchMax int32, tuning logstore.Option) error {
	if dataDir == "" || prefix == "" {
		return usageErr("--data-dir and --topic-prefix are required for the processor phase")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	topics := processor.TopicsWithPrefix(prefix)
	topics.Deliveries = processor.TopicsWithPrefix("").Deliveries
	var res phaseResult
	var first time.Time
	diag, advice := classifier()
	cfg := processor.Config{
		Brokers: brokers, DataDir: dataDir, InstanceID: "bench", Partitions: int32(partitions), Topics: topics, Group: prefix + "mailflow",
		Diagnose: diag, Advice: advice, Log: log, MemoryLimit: budget.Total, FetchMaxBytes: fetchMax,
		Observe: func(s processor.TxnStats) {
			if first.IsZero() {
				first = time.Now().Add(-s.Duration)
			}
			res.Events += s.Records
			res.Transactions++
			res.Evaluate += s.Evaluate.Seconds()
			res.Commit += s.Commit.Seconds()
			res.Apply += s.Apply.Seconds()
			if res.Events >= n {
				res.Seconds = time.Since(first).Seconds()
				cancel()
			}
		},
	}
	applyMemoryLimit(budget, log)
	var p *processor.Processor
	if withLogs {
		// Sized from the memory budget as mailflow run opens it.
		store, err := logstore.Open(filepath.Join(dataDir, logsDir), func(d string) int32 { return p.PartitionOf(d) }, logstore.WithLogger(log),
			logstore.WithCacheSize(budget.LogCache), tuning)
		if err != nil {
			return err
		}
		defer func() {
			fmt.Fprintln(env.stderr, store.Stats())
			store.Close()
		}()
		cfg.Logs = processor.NewLogSink(store)
	}
	var err error
	if p, err = processor.New(ctx, cfg); err != nil {
		return err
	}
	defer p.Close()
	if err := p.Run(ctx); err != nil {
		return err
	}
	if res.Events < n {
		return fmt.Errorf("processor stopped after %d of %d events", res.Events, n)
	}
	b, _ := json.Marshal(res)
	fmt.Fprintln(env.stdout, string(b))
	return nil
}

// benchLogsQueries times the API's log queries on big.example through the
// real handler over HTTP (limit 100, the console's page).
func benchLogsQueries(ctx context.Context, out io.Writer, store *logstore.Store, n int) error {
	srv := httptest.NewServer(logstore.NewHandler(logstore.HTTPConfig{Store: store, CanSee: func(*http.Request, string) bool { return true }}))
	defer srv.Close()
	// A sample of the big domain's attempts to look up.
	page, err := store.Query(ctx, bigDomain, logstore.Filter{Limit: logstore.MaxLimit})
	if err != nil {
		return err
	}
	var sample []logstore.Attempt
	f := logstore.Filter{Limit: logstore.MaxLimit, Cursor: page.Next}
	sample = append(sample, page.Attempts...)
	for i := 0; i < 20 && f.Cursor != ""; i++ {
		// Pages spread over the domain: skip ahead with the cursor.
		p, err := store.Query(ctx, bigDomain, f)
		if err != nil {
			return err
		}
		if i%4 == 0 {
			sample = append(sample, p.Attempts...)
		}
		f.Cursor = p.Next
	}
	if len(sample) == 0 {
		fmt.Fprintf(out, "no attempts of %s kept; no queries timed\n", bigDomain)
		return nil
	}
	first, last := sample[len(sample)-1].Arrival, sample[0].Arrival
	r := rand.New(rand.NewPCG(9, 9))
	pick := func() *logstore.Attempt { return &sample[r.IntN(len(sample))] }
	kinds := []struct {
		name  string
		query func() url.Values
	}{
		{"time range (10 min)", func() url.Values {
			at := first.Add(time.Duration(r.Int64N(int64(max(last.Sub(first), time.Second)))))
			return url.Values{"since": {at.Format(time.RFC3339Nano)}, "until": {at.Add(10 * time.Minute).Format(time.RFC3339Nano)}}
		}},
		{"recipient", func() url.Values { return url.Values{"recipient": {pick().Event.Recipient}} }},
		{"message id", func() url.Values { return url.Values{"message_id": {pick().Event.MessageID}} }},
		{"outcome bounced", func() url.Values { return url.Values{"outcome": {"bounced"}} }},
		{"text (q=\"mailbox\")", func() url.Values { return url.Values{"q": {"mailbox"}} }},
	}
	fmt.Fprintf(out, "\nqueries on %s (through the HTTP handler, limit 100)   p50        p99     found  scanned\n", bigDomain)
	client := srv.Client()
	for _, k := range kinds {
		var ds []time.Duration
		found, scanned := 0, 0
		for range n {
			q := k.query()
			q.Set("limit", "100")
			t0 := time.Now()
			resp, err := client.Get(srv.URL + "/api/v1/domains/" + bigDomain + "/logs?" + q.Encode())
			if err != nil {
				return err
			}
			var l logstore.Logs
			err = json.NewDecoder(resp.Body).Decode(&l)
			resp.Body.Close()
			if err != nil || resp.StatusCode != http.StatusOK {
				return fmt.Errorf("query %s: %d %v", k.name, resp.StatusCode, err)
			}
			ds = append(ds, time.Since(t0))
			found += len(l.Attempts)
			scanned += l.Scanned
		}
		slices.Sort(ds)
		fmt.Fprintf(out, "  %-50s %9s %9s %7.0f %8.0f\n", k.name, ds[len(ds)/2].Round(10*time.Microsecond), ds[min(len(ds)-1, len(ds)*99/100)].Round(10*time.Microsecond),
			float64(found)/float64(n), float64(scanned)/float64(n))
	}
	return nil
}

// benchLogsRebuild rebuilds the log of every partition into an empty store
// from the topics, to the offsets the logs phase's group committed: what
// an instance does after losing its log directory.
func benchLogsRebuild(ctx context.Context, out io.Writer, addr, dir, prefix string, partitions, rebuild int32, opts ...logstore.Option) error {
	store, err := logstore.Open(dir, func(d string) int32 { return processor.PartitionFor(d, partitions) }, opts...)
	if err != nil {
		return err
	}
	defer store.Close()
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr))
	if err != nil {
		return err
	}
	defer cl.Close()
	topics := processor.TopicsWithPrefix(prefix)
	topics.Deliveries = processor.TopicsWithPrefix("").Deliveries
	committed, err := kadm.NewClient(cl).FetchOffsets(ctx, prefix+"mailflow")
	if err == nil {
		err = committed.Error()
	}
	if err != nil {
		return fmt.Errorf("rebuild: committed offsets: %w", err)
	}
	ends := map[logstore.Source]map[int32]int64{logstore.SourceDeliveries: {}, logstore.SourceRepartition: {}}
	var parts []int32
	for part := range rebuild {
		parts = append(parts, part)
		for src, topic := range map[logstore.Source]string{logstore.SourceDeliveries: topics.Deliveries, logstore.SourceRepartition: topics.Repartition} {
			ends[src][part] = 0
			if o, ok := committed.Lookup(topic, part); ok && o.At >= 0 {
				ends[src][part] = o.At
			}
		}
	}
	diag, _ := classifier()
	cpu0 := processCPU(os.Getpid())
	st, err := store.Replay(ctx, logstore.ReplaySpec{
		Client:     []kgo.Opt{kgo.SeedBrokers(addr)},
		Topics:     map[logstore.Source]string{logstore.SourceDeliveries: topics.Deliveries, logstore.SourceRepartition: topics.Repartition},
		Partitions: parts,
		End:        ends,
		Decode: func(_ logstore.Source, r *kgo.Record) (logstore.Attempt, bool, error) {
			ev, err := schemas.DecodeDeliveryEvent(r.Value)
			if err != nil || processor.PartitionFor(ev.Domain, partitions) != r.Partition {
				return logstore.Attempt{}, false, nil
			}
			return logstore.Attempt{Event: ev, Category: diag(&ev)}, true, nil
		},
	})
	if err != nil {
		return err
	}
	if err := store.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(out, "\nrebuild of a lost log store (%d of %d partitions) from the topics: %d records in %s, %.0f records/s (%.1f CPU µs per record in this process)\n",
		rebuild, partitions, st.Records, st.Elapsed.Round(time.Millisecond), float64(st.Records)/st.Elapsed.Seconds(),
		(processCPU(os.Getpid())-cpu0)/float64(max(st.Records, 1))*1e6)
	return nil
}
