package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/loadgen"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// highPageCacheCost is the CPU per KiB of new page-cache data above which
// a bench run says the machine charges unusually for it: on this project's
// 2-core VMs 0.25-0.4 µs once memory had been used, 2.5-3.5 µs before.
const highPageCacheCost = 1.0

// runBench measures the processor against a bare consume-and-decode loop
// over the same topic, in the same run. The broker, the bare loop and the
// processor each run in a process of their own, so that each one's peak RSS
// is its own. With --brokers the broker is an external Kafka cluster
// instead (see benchExternal).
func runBench(ctx context.Context, env *environment, args []string) error {
	if len(args) > 0 && args[0] == "restore" {
		return runBenchRestore(ctx, env, args[1:])
	}
	if len(args) > 0 && args[0] == "logs" {
		return runBenchLogs(ctx, env, args[1:])
	}
	if len(args) > 0 && args[0] == "scale" {
		return runBenchScale(ctx, env, args[1:])
	}
	fs := newFlagSet(env, "bench", "[restore|logs|scale] [--events N] [--domains N] [--partitions N] [--brokers ADDRS [--broker-pids PIDS]]")
	events := fs.Int("events", 2_000_000, "events to load and process")
	domains := fs.Int("domains", 10_000, "domains the events spread over")
	partitions := fs.Int("partitions", 6, "partitions of the deliveries topic")
	maxPoll := fs.Int("max-poll-records", 100000, "processor: most events in one transaction")
	fetchMax := fs.Int("fetch-max-bytes", 0, "most bytes of one fetch, which one transaction of the processor evaluates; the bare loop fetches as much (0: from --memory-limit, as mailflow run)")
	compression := fs.String("compression", processor.CompressionDefault, "processor: codec of the batches it writes (none, gzip, snappy, lz4, zstd)")
	memoryLimit := byteSize(processor.DefaultMemoryLimit)
	fs.Var(&memoryLimit, "memory-limit", "processor: its memory budget (e.g. 256MiB, 1GiB), as mailflow run --memory-limit")
	checks := fs.String("checks", "on", "processor: the duplicate check and the partition check: on, off (duplicates then count, and an event on another partition than its domain's is evaluated there), or compare (each round runs the processor with and without them, in alternating order, and reports what they cost)")
	logs := fs.String("logs", "on", "processor: the log store (every attempt kept for the retention period, as mailflow run keeps it): on, off, or compare (each round runs the processor with and without it, in alternating order, and reports what it costs)")
	detections := fs.String("detections", "on", "processor: the detections beyond Good and Bad (delayed mail, silence, repeat and flap control): on, off, or compare (each round runs the processor with and without them, in alternating order, and reports what they cost)")
	together := fs.Bool("together", false, "with a compare: run the processor with and without the feature at the same time rather than one after the other, so that both meet the same load from the machine's other tenants (on a busy shared machine the load changes within a round, and the cost it reports then swings by tens of points)")
	nodes := fs.Int("nodes", 1, "broker nodes of the embedded cluster (partition leaders spread over them)")
	rounds := fs.Int("rounds", 5, "rounds of (bare loop, processor, bare loop) over the same events; medians are reported")
	// The phases' own flags are registered only for a phase's process
	// (see benchPhaseArgs): --help lists what a person runs.
	phase, topicPrefix, deliveries, dataDir := new(string), new(string), new(string), new(string)
	instanceID, member := new(string), new(bool)
	if benchPhaseArgs(args) {
		instanceID = fs.String("instance-id", "bench", "internal: the processor's instance id (its transactional id)")
		member = fs.Bool("member", false, "internal: the processor is one member of a group of several (bench scale): it stops when the group has committed the whole deliveries topic, not after --events of its own")
		phase = fs.String("phase", "", "internal: run one phase (bare or processor) against --brokers")
		topicPrefix = fs.String("topic-prefix", "", "internal: the topic prefix of a phase (default: mailflow.)")
		deliveries = fs.String("deliveries", "", "internal: the deliveries topic of a phase (default: under --topic-prefix)")
		dataDir = fs.String("data-dir", "", "internal: the processor's data directory")
	}
	var brokers, brokerPids listFlag
	fs.Var(&brokers, "brokers", "an external Kafka cluster to run against instead of an embedded broker (host:port,...); each run loads the events into topics of its own")
	fs.Var(&brokerPids, "broker-pids", "with --brokers: pids of the broker processes on this machine, whose CPU time is reported (e.g. $(deploy/kafka/kafka.sh pids | paste -sd,))")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the processor phase of the last round to this file (with a compare, the run without the feature's to FILE.without)")
	parts := fs.Bool("parts", false, "report the processor's CPU per event by part (decode, diagnosis, evaluate, state reads, log store, store update, changelog produce, fetch, Pebble flush and compaction, garbage collector), from a CPU profile of the last round (--cpuprofile's file, else a temporary one); with a compare, with and without the feature side by side")
	memProfile := fs.String("memprofile", "", "write a heap profile of the processor phase of the last round to this file when it has processed the events (allocations since the start and the live heap then; with a compare, the run without the feature's to FILE.without)")
	var lf logFlags
	lf.registerLevel(fs, "warn")
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	for _, c := range []struct {
		name string
		v    int
	}{{"events", *events}, {"domains", *domains}, {"partitions", *partitions}, {"max-poll-records", *maxPoll}, {"rounds", *rounds}} {
		if err := positive(c.name, c.v); err != nil {
			return err
		}
	}
	if _, err := processor.ParseCompression(*compression); err != nil {
		return usageErr("--compression: %v", err)
	}
	budget, err := processor.NewMemoryBudget(int64(memoryLimit))
	if err != nil {
		return usageErr("--memory-limit: %v", err)
	}
	switch {
	case *fetchMax == 0:
		*fetchMax = int(budget.FetchMaxBytes)
	case *fetchMax < 1<<10 || *fetchMax > 1<<30:
		return usageErr("--fetch-max-bytes must be from 1024 to 1073741824, not %d", *fetchMax)
	}
	compares := 0
	for _, c := range []struct{ name, v string }{{"checks", *checks}, {"detections", *detections}, {"logs", *logs}} {
		if c.v != "on" && c.v != "off" && (c.v != "compare" || *phase != "") {
			return usageErr("--%s: %q is not on, off or compare", c.name, c.v)
		}
		if c.v == "compare" {
			compares++
		}
	}
	if compares > 1 {
		return usageErr("compare one of --checks, --detections and --logs at a time (each round runs the processor twice)")
	}
	log, err := lf.logger(env)
	if err != nil {
		return err
	}
	if *cpuProfile != "" && *phase != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	topics := processor.TopicsWithPrefix(*topicPrefix)
	if *deliveries != "" {
		topics.Deliveries = *deliveries
	}
	switch *phase {
	case "bare":
		return benchBare(ctx, env, brokers, topics.Deliveries, *events, *fetchMax)
	case "processor":
		group, replication := "mailflow", int16(1)
		if *topicPrefix != "" {
			group, replication = *topicPrefix+"mailflow", -1
		}
		return benchProcessor(ctx, env, log, brokers, topics, group, replication, *dataDir, *events, *partitions, *maxPoll, *fetchMax, *compression, *checks == "off", *detections == "off", *logs == "off", int64(memoryLimit), *memProfile, *instanceID, *member)
	case "":
	default:
		return usageErr("--phase: %q is not bare or processor", *phase)
	}

	self, tmp, cleanup, err := benchWorkspace("mailflow-bench-")
	if err != nil {
		return err
	}
	defer cleanup()
	out := env.stdout
	// compared names the feature each round measures the cost of, if any.
	compared := ""
	switch {
	case *checks == "compare":
		compared = "checks"
	case *detections == "compare":
		compared = "detections"
	case *logs == "compare":
		compared = "logs"
	}
	var ext *externalCluster
	if len(brokers) > 0 {
		if ext, err = newExternalCluster(ctx, env, brokers, brokerPids, *events, *domains, int32(*partitions)); err != nil {
			return err
		}
		fmt.Fprintf(out, "mailflow bench: %d events over %d domains, %d partitions, external Kafka at %s (%d nodes; broker pids %v), on %d CPUs\n",
			*events, *domains, *partitions, strings.Join(brokers, ","), ext.nodes, ext.pids, runtime.NumCPU())
	} else {
		fmt.Fprintf(out, "mailflow bench: %d events over %d domains, %d partitions, %d broker nodes, on %d CPUs\n", *events, *domains, *partitions, *nodes, runtime.NumCPU())
	}

	fmt.Fprintf(out, "memory budget %s: Go heap %d MiB (%d windows), fetch %d KiB, state cache %d MiB + 2 × %d MiB memtables, log cache %d MiB + 3 × %d MiB buffers\n",
		memoryLimit.String(), budget.GoHeap>>20, budget.WindowCache, *fetchMax>>10, budget.StateCache>>20, budget.StateMemTable>>20, budget.LogCache>>20, budget.LogMemTable>>20)
	if cost, err := pageCacheWriteCost(tmp); err == nil {
		// The processor's log and state stores write what the bare loop
		// does not: the machine's price of new page-cache pages moves
		// the ratio (README, "Measuring on a virtual machine").
		note := "usual"
		if cost > highPageCacheCost {
			note = "high: memory this VM has not used since boot? see README, \"Measuring on a virtual machine\""
		}
		fmt.Fprintf(out, "page cache: new file data costs %.2f µs of CPU per KiB written here (%s)\n", cost, note)
	}

	// Every round gets a fresh broker loaded with the same events, so that
	// the broker's growing heap does not slow later rounds; the two loops
	// alternate so that both see the same spells of load from the machine's
	// other tenants, and medians are reported.
	// --parts reads the last round's CPU profile: --cpuprofile's file,
	// else one of the workspace's.
	cpuFile := *cpuProfile
	if *parts && cpuFile == "" {
		cpuFile = filepath.Join(tmp, "cpu.prof")
	}
	var bares, procs, offs []phaseResult
	var ratios, costs []float64
	for round := 1; round <= *rounds; round++ {
		var profiles benchProfiles
		if round == *rounds {
			profiles = benchProfiles{cpu: cpuFile, mem: *memProfile}
		}
		bare, proc, off, err := benchRound(ctx, env, self, tmp, round, profiles,
			*events, *domains, *partitions, *maxPoll, *fetchMax, *nodes, lf.level, *compression, benchVariant{checks: *checks, detections: *detections, logs: *logs}, memoryLimit.String(), ext, *together)
		if err != nil {
			return err
		}
		// A round's stores are not read again once its figures are
		// taken: at a million domains each is about a gigabyte, and a
		// run of several rounds kept them all until the end (a
		// three-round run filled a shared machine's disk).
		if err := removeRoundDirs(tmp, round); err != nil {
			return err
		}
		fmt.Fprintf(out, "round %d: bare %8.0f events/s, processor %8.0f events/s, ratio %.2f", round, bare.Rate(), proc.Rate(), proc.Rate()/bare.Rate())
		if off.Events > 0 {
			cost := proc.cpuPerEvent()/off.cpuPerEvent() - 1
			fmt.Fprintf(out, "; without %s %8.0f events/s, %s cost %+.1f%% CPU/event", compared, off.Rate(), compared, 100*cost)
			if proc.Go != nil && off.Go != nil {
				fmt.Fprintf(out, ", %+.1f%% bytes/event, %+.1f%% allocations/event, collections %d vs %d",
					100*(float64(proc.Go.AllocBytes)/float64(max(proc.Events, 1))/(float64(off.Go.AllocBytes)/float64(max(off.Events, 1)))-1),
					100*(float64(proc.Go.AllocObjects)/float64(max(proc.Events, 1))/(float64(off.Go.AllocObjects)/float64(max(off.Events, 1)))-1),
					proc.Go.GCCycles, off.Go.GCCycles)
			}
			offs, costs = append(offs, off), append(costs, cost)
		}
		fmt.Fprintln(out)
		bares, procs = append(bares, bare), append(procs, proc)
		ratios = append(ratios, proc.Rate()/bare.Rate())
	}
	bare, proc := medianBy(bares), medianBy(procs)
	slices.Sort(ratios)
	fmt.Fprintf(out, "\nmedian of %d rounds                  %12s %10s %14s %14s %14s\n", *rounds, "events/s", "seconds", "peak RSS", "CPU µs/event", "broker µs/ev")
	rows := []struct {
		name string
		r    phaseResult
	}{{"bare consume + decode loop", bare}, {"processor (txn, changelog, Pebble)", proc}}
	if len(offs) > 0 {
		rows = append(rows, struct {
			name string
			r    phaseResult
		}{"processor without " + map[string]string{"checks": "the checks", "detections": "detections", "logs": "the log store"}[compared], medianBy(offs)})
	}
	for _, r := range rows {
		fmt.Fprintf(out, "%-34s %12.0f %10.2f %10d MiB %14.2f %14.2f\n", r.name, r.r.Rate(), r.r.Seconds, r.r.MaxRSS>>20,
			r.r.cpuPerEvent(), r.r.BrokerCPU/float64(r.r.Events)*1e6)
	}
	for _, r := range rows {
		if g := r.r.Go; g != nil {
			ev := float64(max(r.r.Events, 1))
			fmt.Fprintf(out, "%-34s Go heap: %.2f allocations and %.0f bytes per event, %d collections, collector %.1f%% of Go CPU (%.2f µs/event); mean live %d MiB, goal %d MiB, held %d MiB\n",
				r.name, float64(g.AllocObjects)/ev, float64(g.AllocBytes)/ev, g.GCCycles, 100*g.gcShare(), g.GCCPU/ev*1e6, g.Levels.Live>>20, g.Levels.Goal>>20, g.Levels.Held>>20)
		}
	}
	for _, r := range rows {
		if m := r.r.Peak; m != nil {
			fmt.Fprintf(out, "%-34s peak RSS %d MiB = Go %d MiB (heap objects %d) + outside Go %d MiB + files %d MiB\n",
				r.name, m.RSS>>20, m.Go>>20, m.Heap>>20, m.outsideGo()>>20, m.File>>20)
		}
	}
	fmt.Fprintf(out, "\nprocessor / bare = %.2f (median of the rounds' ratios; target ≥ 0.60)\n", ratios[len(ratios)/2])
	if *checks == "off" {
		fmt.Fprintf(out, "(--checks off: without the duplicate and partition checks, for measuring what they cost)\n")
	}
	if *logs == "off" {
		fmt.Fprintf(out, "(--logs off: without the log store, for measuring what it costs)\n")
	}
	if *detections == "off" {
		fmt.Fprintf(out, "(--detections off: without the detections beyond Good and Bad, for measuring what they cost)\n")
	}
	if len(costs) > 0 {
		slices.Sort(costs)
		what := map[string]string{"checks": "duplicate and partition checks", "detections": "detections beyond Good and Bad (delayed mail, silence, repeat and flap control)",
			"logs": "log store"}[compared]
		// Their issues bound the checks and the detections at 10%; the
		// log store has no such bound.
		target := "; target ≤ +10%"
		if compared == "logs" {
			target = ""
		}
		how := "in alternating order"
		if *together {
			how = "at the same time"
		}
		fmt.Fprintf(out, "%s: %+.1f%% CPU per event (median of the rounds; each round ran the processor with and without it, %s%s)\n", what, 100*costs[len(costs)/2], how, target)
	}
	fmt.Fprintf(out, "processor: %d transactions, %.0f events each, %d alerts, %d changelog records (%.2f per event)\n",
		proc.Transactions, float64(proc.Events)/float64(max(proc.Transactions, 1)), proc.Alerts, proc.Changelog, float64(proc.Changelog)/float64(max(proc.Events, 1)))
	fmt.Fprintf(out, "processor time: evaluate %.2fs, commit %.2fs, store %.2fs, waiting for fetches %.2fs\n",
		proc.Evaluate, proc.Commit, proc.Apply, proc.Seconds-proc.Evaluate-proc.Commit-proc.Apply)
	if *parts {
		last := procs[len(procs)-1]
		heads, files, events := []string{"processor"}, []string{cpuFile}, []int{last.Events}
		if len(offs) > 0 {
			heads = append(heads, "without "+compared)
			files = append(files, cpuFile+".without")
			events = append(events, offs[len(offs)-1].Events)
		}
		if err := printParts(out, heads, files, events); err != nil {
			return err
		}
	}
	if ext != nil {
		fmt.Fprintf(out, "broker (same machine, same CPUs): %.1f CPU s during the bare loops, %.1f CPU s during the processor (median round); peak RSS %d MiB\n",
			bare.BrokerCPU, proc.BrokerCPU, ext.peakRSS()>>20)
	}
	return nil
}

// benchRound starts a broker, loads the events and runs the bare loop and
// the processor over them, each in a process of its own.
func benchRound(ctx context.Context, env *environment, self, tmp string, round int, profiles benchProfiles,
	events, domains, partitions, maxPoll, fetchMax, nodes int, logLevel, compression string, features benchVariant, memoryLimit string, ext *externalCluster, together bool) (bare, proc, off phaseResult, err error) {
	var addr string
	var brokerCPU func() float64
	var topicArgs []string
	if ext != nil {
		// The events were loaded once; every round's processor starts
		// from scratch with a group and output topics of its own.
		addr, brokerCPU = ext.addr, ext.cpu
		prefix := fmt.Sprintf("%sr%d.", ext.prefix, round)
		topicArgs = []string{"--topic-prefix", prefix, "--deliveries", ext.deliveries}
		if err := ext.createRoundTopics(ctx, prefix, int32(partitions)); err != nil {
			return bare, proc, off, err
		}
	} else {
		var stopBroker func()
		addr, stopBroker, brokerCPU, err = startBenchBroker(ctx, env, self, nodes)
		if err != nil {
			return bare, proc, off, err
		}
		defer stopBroker()
		loadStart := time.Now()
		if err := benchLoad(ctx, env, []string{addr}, processor.TopicsWithPrefix(""), 1, events, domains, int32(partitions)); err != nil {
			return bare, proc, off, err
		}
		fmt.Fprintf(env.stderr, "round %d: loaded %d events in %s\n", round, events, time.Since(loadStart).Round(time.Millisecond))
	}

	common := append([]string{"--brokers", addr, "--events", strconv.Itoa(events), "--partitions", strconv.Itoa(partitions),
		"--max-poll-records", strconv.Itoa(maxPoll), "--fetch-max-bytes", strconv.Itoa(fetchMax), "--log-level", logLevel, "--compression", compression,
		"--memory-limit", memoryLimit}, topicArgs...)
	variants := benchVariants(round, features)
	// The bare loop runs before and after the processor, and its rate is
	// that of both runs together: the machine's other tenants come and go
	// within seconds, and a baseline taken on both sides of the processor
	// sees the same spells of load the processor saw.
	bareArgs := append([]string{"bench", "--phase", "bare"}, common...)
	cpu0 := brokerCPU()
	if bare, err = benchPhase(ctx, env, self, bareArgs); err != nil {
		return bare, proc, off, err
	}
	cpu1 := brokerCPU()
	if together && len(variants) == 2 {
		proc, off, err = benchTogether(ctx, env, self, tmp, addr, ext, round, partitions, common, variants, profiles, brokerCPU)
		if err != nil {
			return bare, proc, off, err
		}
		variants = nil
	}
	for i, v := range variants {
		procArgs := append([]string{"bench", "--phase", "processor", "--checks", v.checks, "--detections", v.detections, "--logs", v.logs,
			"--data-dir", fmt.Sprintf("%s/state-%d-%d", tmp, round, i)}, common...)
		if i > 0 {
			// A second processor of the round reads the same deliveries
			// with a group and output topics of its own (the first one's
			// group has committed them all).
			args, err := benchVariantTopics(ctx, addr, ext, round, i, int32(partitions))
			if err != nil {
				return bare, proc, off, err
			}
			procArgs = append(procArgs, args...)
		}
		procArgs = append(procArgs, profiles.args(v.without)...)
		before := brokerCPU()
		r, err := benchPhase(ctx, env, self, procArgs)
		if err != nil {
			return bare, proc, off, err
		}
		r.BrokerCPU = brokerCPU() - before
		if v.without {
			off = r
		} else {
			proc = r
		}
	}
	cpu2 := brokerCPU()
	after, err := benchPhase(ctx, env, self, bareArgs)
	if err != nil {
		return bare, proc, off, err
	}
	bare = bare.plus(after)
	bare.BrokerCPU = cpu1 - cpu0 + brokerCPU() - cpu2
	return bare, proc, off, nil
}

// benchTogether runs the two processors of a compare round (variants)
// at the same time, each with a group and output topics of its own, and
// returns the one with the feature and the one without. The broker's CPU
// time while they ran is split evenly between them.
func benchTogether(ctx context.Context, env *environment, self, tmp, addr string, ext *externalCluster, round, partitions int,
	common []string, variants []benchVariant, profiles benchProfiles, brokerCPU func() float64) (proc, off phaseResult, err error) {
	// The two phases' logs go to one stderr; lockedWriter keeps their
	// lines whole.
	penv := *env
	penv.stderr = &lockedWriter{w: env.stderr}
	args := make([][]string, len(variants))
	for i, v := range variants {
		args[i] = append([]string{"bench", "--phase", "processor", "--checks", v.checks, "--detections", v.detections, "--logs", v.logs,
			"--data-dir", fmt.Sprintf("%s/state-%d-%d", tmp, round, i)}, common...)
		// Both read the same deliveries, each with topics and a group
		// of its own.
		more, err := benchVariantTopics(ctx, addr, ext, round, i+1, int32(partitions))
		if err != nil {
			return proc, off, err
		}
		args[i] = append(append(args[i], more...), profiles.args(v.without)...)
	}
	results := make([]phaseResult, len(variants))
	errs := make([]error, len(variants))
	before := brokerCPU()
	var wg sync.WaitGroup
	for i := range variants {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = benchPhase(ctx, &penv, self, args[i])
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return proc, off, err
	}
	broker := (brokerCPU() - before) / float64(len(variants))
	for i, v := range variants {
		results[i].BrokerCPU = broker
		if v.without {
			off = results[i]
		} else {
			proc = results[i]
		}
	}
	return proc, off, nil
}

// lockedWriter serialises the writes of several goroutines to w.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// benchVariant is one processor run of a round: its --checks,
// --detections and --logs (on, off, or for the features asked for,
// compare), and whether it is the run without the compared feature.
type benchVariant struct {
	checks, detections, logs string
	without                  bool
}

// benchVariants returns the processor runs of a round with the features
// asked for: one, or with a feature to compare, the processor with it and
// without it, in an order that alternates from round to round, so that
// the one that runs second does not always meet a warmer (or busier)
// machine.
func benchVariants(round int, features benchVariant) []benchVariant {
	with, without := features, features
	without.without = true
	switch {
	case features.checks == "compare":
		with.checks, without.checks = "on", "off"
	case features.detections == "compare":
		with.detections, without.detections = "on", "off"
	case features.logs == "compare":
		with.logs, without.logs = "on", "off"
	default:
		return []benchVariant{with}
	}
	if round%2 == 0 {
		return []benchVariant{without, with}
	}
	return []benchVariant{with, without}
}

// benchPhaseArgs reports whether args are those of a phase's process,
// which the benchmark starts with --phase: only then are the phases' own
// flags defined, so that --help does not list them.
func benchPhaseArgs(args []string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && name == "phase" {
			return true
		}
	}
	return false
}

// benchVariantTopics creates the output topics of the i-th processor of a
// round (i > 0) and returns its --topic-prefix and --deliveries flags,
// which override the round's (later flags win).
func benchVariantTopics(ctx context.Context, addr string, ext *externalCluster, round, i int, partitions int32) ([]string, error) {
	prefix, deliveries := fmt.Sprintf("v%d.", i), processor.TopicsWithPrefix("").Deliveries
	if ext != nil {
		prefix, deliveries = fmt.Sprintf("%sr%dv%d.", ext.prefix, round, i), ext.deliveries
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr))
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	topics := processor.TopicsWithPrefix(prefix)
	topics.Deliveries = deliveries
	if err := ensureBenchTopics(ctx, cl, topics, partitions, -1); err != nil {
		return nil, fmt.Errorf("bench: topics of %s: %w", prefix, err)
	}
	return []string{"--topic-prefix", prefix, "--deliveries", deliveries}, nil
}

// plus combines two runs of the same phase: their events and times add up,
// so the rate is that of both together.
func (r phaseResult) plus(o phaseResult) phaseResult {
	r.Events += o.Events
	r.Seconds += o.Seconds
	r.CPU += o.CPU
	r.BrokerCPU += o.BrokerCPU
	r.MaxRSS = max(r.MaxRSS, o.MaxRSS)
	if o.Peak != nil && (r.Peak == nil || o.Peak.RSS > r.Peak.RSS) {
		r.Peak = o.Peak
	}
	return r
}

// removeRoundDirs removes the data directories of round's processes
// (tmp/state-<round>-<process>, see benchRound). tmp is listed, not
// globbed: it comes from TMPDIR, whose name may hold a pattern's
// metacharacters ("[" made filepath.Glob fail, "[ab]" match nothing).
func removeRoundDirs(tmp string, round int) error {
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return fmt.Errorf("bench: list round %d's data directories: %w", round, err)
	}
	prefix := fmt.Sprintf("state-%d-", round)
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), prefix) {
			continue
		}
		if err := os.RemoveAll(filepath.Join(tmp, e.Name())); err != nil {
			return fmt.Errorf("bench: remove round %d's data directory: %w", round, err)
		}
	}
	return nil
}

// benchWorkspace returns this binary, which runs the benchmark's phases as
// processes of their own, and a temporary directory for their data.
func benchWorkspace(prefix string) (self, tmp string, cleanup func(), err error) {
	if self, err = os.Executable(); err != nil {
		return "", "", nil, err
	}
	if tmp, err = os.MkdirTemp("", prefix); err != nil {
		return "", "", nil, err
	}
	return self, tmp, func() { os.RemoveAll(tmp) }, nil
}

// startBenchBroker starts `mailflow broker` in memory on a free port, as a
// process of its own so that its memory and CPU are not the measured
// process's.
func startBenchBroker(ctx context.Context, env *environment, self string, nodes int) (addr string, stop func(), cpu func() float64, err error) {
	if addr, err = freeAddr(); err != nil {
		return "", nil, nil, err
	}
	cmd := exec.CommandContext(ctx, self, "broker", "--listen", addr, "--data-dir", "", "--nodes", strconv.Itoa(nodes), "--log-level", "warn")
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

// processCPU returns the CPU seconds (user and system) a running process
// used so far, or 0 where /proc cannot tell.
func processCPU(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name, in parentheses, may hold spaces; the fields after
	// it are plain. utime and stime are fields 14 and 15 of the line.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (ut + st) / 100 // clock ticks; USER_HZ is 100 on Linux
}

// medianBy returns the result with the median rate.
func medianBy(rs []phaseResult) phaseResult {
	rs = slices.Clone(rs)
	slices.SortFunc(rs, func(a, b phaseResult) int { return cmp.Compare(a.Rate(), b.Rate()) })
	return rs[len(rs)/2]
}

// phaseResult is what a phase prints as its last line of stdout.
type phaseResult struct {
	Events       int     `json:"events"`
	Seconds      float64 `json:"seconds"`
	Transactions int     `json:"transactions,omitempty"`
	Alerts       int     `json:"alerts,omitempty"`
	Changelog    int     `json:"changelog,omitempty"`
	Evaluate     float64 `json:"evaluate_seconds,omitempty"`
	Commit       float64 `json:"commit_seconds,omitempty"`
	Apply        float64 `json:"apply_seconds,omitempty"`
	// Peak is the phase's own account of its memory when its resident
	// size peaked (see sampleMemory).
	Peak *memorySample `json:"peak,omitempty"`
	// Go is what the Go runtime allocated and collected while the
	// processor evaluated the events (see goStats).
	Go        *goStats `json:"go,omitempty"`
	MaxRSS    int64    `json:"-"`
	CPU       float64  `json:"-"` // CPU seconds of the phase's process, user and system
	BrokerCPU float64  `json:"-"` // CPU seconds the broker spent meanwhile
}

// cpuPerEvent returns the phase's CPU µs per event.
func (r phaseResult) cpuPerEvent() float64 { return r.CPU / float64(max(r.Events, 1)) * 1e6 }

// Rate returns events per second.
func (r phaseResult) Rate() float64 { return float64(r.Events) / r.Seconds }

func benchPhase(ctx context.Context, env *environment, self string, args []string) (phaseResult, error) {
	cmd := exec.CommandContext(ctx, self, args...)
	cmd.Stderr = env.stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return phaseResult{}, err
	}
	if err := cmd.Start(); err != nil {
		return phaseResult{}, err
	}
	var last string
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		last = sc.Text()
	}
	if err := cmd.Wait(); err != nil {
		return phaseResult{}, fmt.Errorf("bench phase %s: %w", args[2], err)
	}
	var r phaseResult
	if err := json.Unmarshal([]byte(last), &r); err != nil {
		return phaseResult{}, fmt.Errorf("bench phase %s printed %q: %w", args[2], last, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.MaxRSS = ru.Maxrss << 10 // KiB on Linux
		r.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
	}
	return r, nil
}

// benchLoad creates the topics (with replication; -1 for the broker's
// default) and produces the events.
func benchLoad(ctx context.Context, env *environment, brokers []string, topics processor.Topics, replication int16, n, domains int, partitions int32) error {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.DefaultProduceTopic(topics.Deliveries),
		kgo.ProducerLinger(5*time.Millisecond), kgo.MaxBufferedRecords(200_000), kgo.ProducerBatchMaxBytes(1<<20))
	if err != nil {
		return err
	}
	defer cl.Close()
	if err := ensureBenchTopics(ctx, cl, topics, partitions, replication); err != nil {
		return err
	}
	gen := loadgen.NewGenerator(42, domains, loadgen.Mix{Deferred: 0.03, Bounced: 0.02, Expired: 0.001}, "bench-")
	at := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	var failed error
	next := time.Now().Add(2 * time.Second)
	for i := 0; i < n; i++ {
		ev := gen.Next(at.Add(time.Duration(i) * time.Millisecond))
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
			next = time.Now().Add(2 * time.Second)
		}
	}
	if err := cl.Flush(ctx); err != nil {
		return err
	}
	return failed
}

// benchBare consumes and decodes n events as fast as franz-go can, with
// the processor's fetch size (fetchMax bytes, and as much from one
// partition), so that the two read alike.
func benchBare(ctx context.Context, env *environment, brokers []string, deliveries string, n, fetchMax int) error {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics(deliveries),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.FetchMaxBytes(int32(fetchMax)), kgo.FetchMaxPartitionBytes(int32(fetchMax)))
	if err != nil {
		return err
	}
	defer cl.Close()
	stopSampling := sampleMemory(50 * time.Millisecond)
	var start time.Time
	seen, bad := 0, 0
	var firstBad error
	// The processor's decoder: both loops pay the same for decoding.
	var dec schemas.EventDecoder
	for seen < n {
		fs := cl.PollFetches(ctx)
		if err := ctx.Err(); err != nil {
			return err
		}
		if start.IsZero() && fs.NumRecords() > 0 {
			start = time.Now()
		}
		fs.EachRecord(func(r *kgo.Record) {
			if benchTick(r) {
				// The processor of the round before wrote it (issue
				// 15's ticks): not an event, for the processor either.
				return
			}
			if _, err := dec.Decode(r.Value); err != nil {
				if bad == 0 {
					firstBad = fmt.Errorf("partition %d offset %d: %w", r.Partition, r.Offset, err)
				}
				bad++
			}
			seen++
		})
	}
	secs := time.Since(start).Seconds()
	if bad > 0 {
		return fmt.Errorf("%d events did not decode; the first: %w", bad, firstBad)
	}
	b, _ := json.Marshal(phaseResult{Events: seen, Seconds: secs, Peak: stopSampling()})
	fmt.Fprintln(env.stdout, string(b))
	return nil
}

// benchTick reports whether r is a tick record (schemas.HeaderTick),
// which a processor writes to the deliveries topic it reads.
func benchTick(r *kgo.Record) bool {
	for _, h := range r.Headers {
		if h.Key == schemas.HeaderTick {
			return true
		}
	}
	return false
}

// benchProcessor runs the full processor until it committed n events.
func benchProcessor(ctx context.Context, env *environment, log *slog.Logger, brokers []string, topics processor.Topics, group string, replication int16,
	dataDir string, n, partitions, maxPoll, fetchMax int, compression string, skipChecks, skipDetections, skipLogs bool, memoryLimit int64, memProfile, instanceID string, member bool) error {
	if dataDir == "" {
		return usageErr("--data-dir is required for the processor phase")
	}
	budget, err := processor.NewMemoryBudget(memoryLimit)
	if err != nil {
		return usageErr("--memory-limit: %v", err)
	}
	applyMemoryLimit(budget, log)
	stopSampling := sampleMemory(50 * time.Millisecond)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var res phaseResult
	var first time.Time
	var goStart goStats
	var stopHeap func() heapLevels
	var finish func()
	var mu sync.Mutex // res, first and finish: Observe's goroutine and a member's watch
	diag, advice := classifier()
	cfg := processor.Config{
		Brokers: brokers, DataDir: dataDir, InstanceID: instanceID, Partitions: int32(partitions),
		// The defaults (mailflow., group mailflow) on the embedded broker;
		// names of the round's own on an external cluster, whose topics
		// get the broker's default replication.
		Topics: topics, Group: group, Replication: replication,
		MaxPollRecords: maxPoll, FetchMaxBytes: int32(fetchMax), Diagnose: diag, Advice: advice, Log: log, Compression: compression,
		SkipChecks: skipChecks, SkipDetections: skipDetections, MemoryLimit: memoryLimit,
		// The producer's buffer from the budget (the fetch limits among
		// them are FetchMaxBytes's, which the processor applies after).
		KafkaOptions: budget.KafkaOptions(),
		Observe: func(s processor.TxnStats) {
			mu.Lock()
			defer mu.Unlock()
			if first.IsZero() {
				first = time.Now().Add(-s.Duration)
			}
			res.Events += s.Records
			res.Transactions++
			res.Alerts += s.Alerts
			res.Changelog += s.ChangelogRecords
			res.Evaluate += s.Evaluate.Seconds()
			res.Commit += s.Commit.Seconds()
			res.Apply += s.Apply.Seconds()
			if res.Events >= n && res.Go == nil && !member {
				finish()
			}
		},
	}
	// finish ends the phase once its events are committed: by its own
	// count, or for a member of a group, when the group has committed
	// the whole topic (watchGroupDone). Observe runs on the processor's
	// goroutine and the watch on its own: both call it holding mu, and
	// once is enough.
	var finishOnce sync.Once
	finish = func() {
		finishOnce.Do(func() {
			g := readGoStats().since(goStart)
			g.Levels = stopHeap()
			res.Go = &g
			res.Seconds = time.Since(first).Seconds()
			// While the processor still holds its state: the
			// live heap is its.
			if memProfile != "" {
				if err := writeAllocProfile(memProfile); err != nil {
					log.Warn("bench: no heap profile", "err", err)
				}
			}
			cancel()
		})
	}
	var p *processor.Processor
	if !skipLogs {
		// Sized from the memory budget as mailflow run opens it.
		logs, err := logstore.Open(filepath.Join(dataDir, logsDir), func(d string) int32 { return p.PartitionOf(d) }, logstore.WithLogger(log),
			logstore.WithCacheSize(budget.LogCache), logstore.WithTuning(uint64(budget.LogMemTable), 32, false))
		if err != nil {
			return err
		}
		defer logs.Close()
		cfg.Logs = processor.NewLogSink(logs)
	}
	goStart, stopHeap = readGoStats(), sampleHeap(20*time.Millisecond)
	p, err = processor.New(ctx, cfg)
	if err != nil {
		return err
	}
	defer p.Close()
	if member {
		go watchGroupDone(ctx, brokers, group, topics.Deliveries, func() bool {
			mu.Lock()
			defer mu.Unlock()
			if first.IsZero() {
				return false // not started: a group that has not begun is not done
			}
			finish()
			return true
		}, log)
	}
	if err := p.Run(ctx); err != nil {
		return err
	}
	if res.Go == nil || (!member && res.Events < n) {
		return fmt.Errorf("processor stopped after %d of %d events", res.Events, n)
	}
	res.Peak = stopSampling()
	b, _ := json.Marshal(res)
	fmt.Fprintln(env.stdout, string(b))
	return nil
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

func waitListening(ctx context.Context, addr string) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("broker did not listen on %s: %w", addr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// memorySample is where a process's resident memory was at one moment, in
// bytes: what Linux counts (/proc/self/status) and what the Go runtime
// holds (runtime/metrics), so that a peak can be split into the Go heap,
// the memory allocated outside it (Pebble's block caches and memtables in
// C memory, the log store's buffers in anonymous mappings) and the pages of
// the binary and other mapped files.
type memorySample struct {
	RSS  int64 `json:"rss"`      // VmRSS
	Anon int64 `json:"rss_anon"` // RssAnon
	File int64 `json:"rss_file"` // RssFile: the binary's pages, mapped files
	Go   int64 `json:"go"`       // mapped by the Go runtime and not released to the OS
	Heap int64 `json:"go_heap"`  // heap objects, live or not yet swept
}

// outsideGo returns the anonymous memory the Go runtime does not hold.
func (m memorySample) outsideGo() int64 { return max(m.Anon-m.Go, 0) }

// readMemorySample reads the process's memory now; ok is false where
// /proc cannot tell.
func readMemorySample(ms []metrics.Sample) (memorySample, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return memorySample{}, false
	}
	var m memorySample
	for line := range strings.Lines(string(b)) {
		name, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		var dst *int64
		switch name {
		case "VmRSS":
			dst = &m.RSS
		case "RssAnon":
			dst = &m.Anon
		case "RssFile":
			dst = &m.File
		default:
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if err != nil {
			return memorySample{}, false
		}
		*dst = kb << 10
	}
	metrics.Read(ms)
	m.Go = int64(ms[0].Value.Uint64() - ms[1].Value.Uint64())
	m.Heap = int64(ms[2].Value.Uint64())
	return m, m.RSS > 0
}

// sampleMemory samples the process's memory every interval until the
// returned function is called, which returns the sample of the highest
// resident size (nil where /proc cannot tell). Reading /proc twenty times
// a second costs a few microseconds each.
func sampleMemory(interval time.Duration) (stop func() *memorySample) {
	ms := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	done, result := make(chan struct{}), make(chan *memorySample, 1)
	go func() {
		var peak *memorySample
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			if m, ok := readMemorySample(ms); ok && (peak == nil || m.RSS > peak.RSS) {
				peak = &m
			}
			select {
			case <-done:
				result <- peak
				return
			case <-t.C:
			}
		}
	}()
	return func() *memorySample {
		close(done)
		return <-result
	}
}
