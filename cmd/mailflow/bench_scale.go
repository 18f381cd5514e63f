package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/processor"
)

// runBenchScale prints issue 18's scaling table: one round of the bare
// loop and the processor (every feature on) at each number of domains
// (6 partitions) and at each number of partitions (the first number of
// domains), then one instance against two instances of one group on the
// same events, with the broker's CPU shown. Each row's ratio and costs
// come from its own round, so rows compare shapes of traffic, and the
// machine's other tenants move rows as much as a feature would: read
// ratios within a row, and CPU µs per event across rows.
func runBenchScale(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "bench scale", "[--events N] [--domains-list N,N,...] [--partitions-list N,N,...] [--instances=false]")
	events := fs.Int("events", 2_000_000, "events to load and process in each row")
	domainsList := fs.String("domains-list", "10000,100000,1000000", "the rows by number of domains (6 partitions), comma-separated")
	partitionsList := fs.String("partitions-list", "6,24,96", "the rows by number of partitions (at the first number of domains), comma-separated")
	instances := fs.Bool("instances", true, "also measure two processor instances of one group against one, on the same events (first number of domains, 6 partitions)")
	compression := fs.String("compression", processor.CompressionDefault, "processor: codec of the batches it writes (none, gzip, snappy, lz4, zstd)")
	memoryLimit := byteSize(processor.DefaultMemoryLimit)
	fs.Var(&memoryLimit, "memory-limit", "processor: its memory budget (e.g. 256MiB, 1GiB), as mailflow run --memory-limit; each instance of the two-instance row gets it")
	var lf logFlags
	lf.registerLevel(fs, "warn")
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	if err := positive("events", *events); err != nil {
		return err
	}
	domains, err := positiveList("domains-list", *domainsList)
	if err != nil {
		return err
	}
	partitions, err := positiveList("partitions-list", *partitionsList)
	if err != nil {
		return err
	}
	if _, err := processor.ParseCompression(*compression); err != nil {
		return usageErr("--compression: %v", err)
	}
	budget, err := processor.NewMemoryBudget(int64(memoryLimit))
	if err != nil {
		return usageErr("--memory-limit: %v", err)
	}
	fetchMax := int(budget.FetchMaxBytes)
	self, tmp, cleanup, err := benchWorkspace("mailflow-bench-scale-")
	if err != nil {
		return err
	}
	defer cleanup()
	out := env.stdout
	fmt.Fprintf(out, "mailflow bench scale: %d events a row, every feature on (log store, checks, detections), memory budget %s, one embedded broker, on this machine's CPUs\n",
		*events, memoryLimit.String())

	type row struct {
		name       string
		bare, proc phaseResult
	}
	var rows []row
	shapes := make([][2]int, 0, len(domains)+len(partitions))
	for _, d := range domains {
		shapes = append(shapes, [2]int{d, 6})
	}
	for _, p := range partitions {
		if p != 6 { // the first domains row is that shape
			shapes = append(shapes, [2]int{domains[0], p})
		}
	}
	for i, sh := range shapes {
		fmt.Fprintf(env.stderr, "bench scale: row %d of %d: %d domains, %d partitions\n", i+1, len(shapes), sh[0], sh[1])
		bare, proc, _, err := benchRound(ctx, env, self, tmp, i+1, benchProfiles{}, *events, sh[0], sh[1], 100000, fetchMax, 1, lf.level, *compression,
			benchVariant{checks: "on", detections: "on", logs: "on"}, memoryLimit.String(), nil, false)
		if err != nil {
			return fmt.Errorf("bench scale: %d domains, %d partitions: %w", sh[0], sh[1], err)
		}
		rows = append(rows, row{fmt.Sprintf("%d domains, %d partitions", sh[0], sh[1]), bare, proc})
		fmt.Fprintf(out, "  %s: bare %.0f events/s, processor %.0f events/s (%.2f×), %.2f CPU µs/event, %.2f changelog records/event, peak RSS %d MiB\n",
			rows[len(rows)-1].name, bare.Rate(), proc.Rate(), proc.Rate()/bare.Rate(), proc.cpuPerEvent(), float64(proc.Changelog)/float64(max(proc.Events, 1)), proc.MaxRSS>>20)
	}
	fmt.Fprintf(out, "\n%-30s %12s %12s %7s %12s %12s %10s %12s\n", "shape", "bare ev/s", "proc ev/s", "ratio", "CPU µs/ev", "changelog/ev", "peak RSS", "broker µs/ev")
	for _, r := range rows {
		fmt.Fprintf(out, "%-30s %12.0f %12.0f %7.2f %12.2f %12.2f %6d MiB %12.2f\n", r.name, r.bare.Rate(), r.proc.Rate(), r.proc.Rate()/r.bare.Rate(),
			r.proc.cpuPerEvent(), float64(r.proc.Changelog)/float64(max(r.proc.Events, 1)), r.proc.MaxRSS>>20, r.proc.BrokerCPU/float64(max(r.proc.Events, 1))*1e6)
	}
	if !*instances {
		return nil
	}
	fmt.Fprintf(env.stderr, "bench scale: one instance against two, %d domains, 6 partitions\n", domains[0])
	one, two, err := benchInstances(ctx, env, self, tmp, *events, domains[0], 6, fetchMax, lf.level, *compression, memoryLimit.String())
	if err != nil {
		return err
	}
	printInstances(out, *events, one, two)
	return nil
}

// benchInstances loads events into a fresh broker and runs the processor
// over them once as one instance, then as two instances of one group at
// the same time (each with its own data directory and instance id, the
// group splitting the partitions), and returns each instance's result.
func benchInstances(ctx context.Context, env *environment, self, tmp string, events, domains, partitions, fetchMax int, logLevel, compression, memoryLimit string) (one phaseResult, two []phaseResult, err error) {
	addr, stopBroker, brokerCPU, err := startBenchBroker(ctx, env, self, 1)
	if err != nil {
		return one, nil, err
	}
	defer stopBroker()
	if err := benchLoad(ctx, env, []string{addr}, processor.TopicsWithPrefix(""), 1, events, domains, int32(partitions)); err != nil {
		return one, nil, err
	}
	common := []string{"bench", "--phase", "processor", "--brokers", addr, "--events", strconv.Itoa(events), "--partitions", strconv.Itoa(partitions),
		"--max-poll-records", "100000", "--fetch-max-bytes", strconv.Itoa(fetchMax), "--log-level", logLevel, "--compression", compression,
		"--memory-limit", memoryLimit}
	before := brokerCPU()
	if one, err = benchPhase(ctx, env, self, append(common, "--data-dir", tmp+"/instances-one")); err != nil {
		return one, nil, err
	}
	one.BrokerCPU = brokerCPU() - before

	// The pair reads the same deliveries with a group and output topics
	// of its own.
	topicArgs, err := benchVariantTopics(ctx, addr, nil, 0, 9, int32(partitions))
	if err != nil {
		return one, nil, err
	}
	penv := *env
	penv.stderr = &lockedWriter{w: env.stderr}
	two = make([]phaseResult, 2)
	errs := make([]error, 2)
	before = brokerCPU()
	var wg sync.WaitGroup
	for i := range two {
		args := append(append(append([]string{}, common...), topicArgs...), "--member", "--instance-id", fmt.Sprintf("bench-%c", 'a'+i),
			"--data-dir", fmt.Sprintf("%s/instances-two-%d", tmp, i))
		wg.Add(1)
		go func() {
			defer wg.Done()
			two[i], errs[i] = benchPhase(ctx, &penv, self, args)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return one, nil, fmt.Errorf("bench scale: instance %d of 2: %w", i+1, err)
		}
	}
	broker := brokerCPU() - before
	for i := range two {
		two[i].BrokerCPU = broker / 2
	}
	return one, two, nil
}

// printInstances prints one instance against two: the group's rate is the
// events over the longer of the two members' times (they start together),
// its CPU the sum of theirs.
func printInstances(out io.Writer, events int, one phaseResult, two []phaseResult) {
	var cpu, broker, secs float64
	var rss int64
	var txns, changelog, got int
	for _, r := range two {
		cpu += r.CPU
		broker += r.BrokerCPU
		secs = max(secs, r.Seconds)
		rss = max(rss, r.MaxRSS)
		txns += r.Transactions
		changelog += r.Changelog
		got += r.Events
	}
	n := float64(events)
	fmt.Fprintf(out, "\n%-30s %12s %12s %12s %12s %12s\n", "instances of one group", "events/s", "CPU µs/ev", "broker µs/ev", "changelog/ev", "peak RSS")
	fmt.Fprintf(out, "%-30s %12.0f %12.2f %12.2f %12.2f %8d MiB\n", "one", one.Rate(), one.cpuPerEvent(), one.BrokerCPU/n*1e6, float64(one.Changelog)/n, one.MaxRSS>>20)
	fmt.Fprintf(out, "%-30s %12.0f %12.2f %12.2f %12.2f %8d MiB each at most\n", "two (same machine, same CPUs)", n/secs, cpu/n*1e6, broker/n*1e6, float64(changelog)/n, rss>>20)
	fmt.Fprintf(out, "two instances: %d and %d events (%d in all, of %d), %d transactions; rate %.2f× one instance's, CPU per event %.2f× (on one machine they share its CPUs: the CPU per event is what a second machine would add, the rate is not)\n",
		two[0].Events, two[1].Events, got, events, txns, n/secs/one.Rate(), cpu/n*1e6/one.cpuPerEvent())
}

// watchGroupDone polls group's committed offsets on topic every 100 ms
// and, once they have reached the end of every partition, calls done,
// which ends the phase and reports true, or reports false while the
// phase has not started (a group that has committed nothing yet is not
// done). The events are the topic's records, the processors' tick
// records among them, so the end may move while the group catches up.
func watchGroupDone(ctx context.Context, brokers []string, group, topic string, done func() bool, log *slog.Logger) {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...))
	if err != nil {
		log.Error("bench: no client to watch the group", "group", group, "err", err)
		return
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if ok, err := groupCaughtUp(ctx, adm, group, topic); err != nil {
			log.Debug("bench: group offsets", "group", group, "err", err)
		} else if ok && done() {
			return
		}
	}
}

// groupCaughtUp reports whether group's committed offsets have reached
// the end of every partition of topic that holds records.
func groupCaughtUp(ctx context.Context, adm *kadm.Client, group, topic string) (bool, error) {
	ends, err := adm.ListEndOffsets(ctx, topic)
	if err != nil {
		return false, fmt.Errorf("end offsets of %s: %w", topic, err)
	}
	committed, err := adm.FetchOffsets(ctx, group)
	if err != nil {
		return false, fmt.Errorf("offsets of group %s: %w", group, err)
	}
	caughtUp := true
	ends.Each(func(o kadm.ListedOffset) {
		if c, ok := committed.Lookup(o.Topic, o.Partition); o.Offset > 0 && (!ok || c.At < o.Offset) {
			caughtUp = false
		}
	})
	return caughtUp, nil
}

// positiveList parses a comma-separated list of positive integers.
func positiveList(name, v string) ([]int, error) {
	var out []int
	for f := range strings.SplitSeq(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, usageErr("--%s: %q is not a positive number", name, f)
		}
		out = append(out, n)
	}
	return out, nil
}
