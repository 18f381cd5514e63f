package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/processor"
)

// externalCluster is the Kafka cluster `mailflow bench --brokers` runs
// against: the events are loaded once into a deliveries topic of the run's
// own (bench-UNIXTIME.deliveries, with the broker's default replication),
// and every round's processor writes to topics under a prefix of the
// round's own, so that nothing of an earlier run or round is read. The
// broker's CPU time is read from /proc for the pids given, as the broker
// shares the machine's CPUs with the measured processes.
type externalCluster struct {
	brokers    []string
	addr       string
	nodes      int
	pids       []int
	prefix     string
	deliveries string
}

func newExternalCluster(ctx context.Context, env *environment, brokers, pidArgs []string, events, domains int, partitions int32) (*externalCluster, error) {
	c := &externalCluster{brokers: brokers, addr: strings.Join(brokers, ","), prefix: fmt.Sprintf("bench-%d.", time.Now().Unix())}
	for _, s := range pidArgs {
		pid, err := strconv.Atoi(s)
		if err != nil || pid <= 0 {
			return nil, usageErr("--broker-pids: %q is not a process id", s)
		}
		if _, err := os.Stat(fmt.Sprintf("/proc/%d/stat", pid)); err != nil {
			return nil, usageErr("--broker-pids: no process %d on this machine", pid)
		}
		c.pids = append(c.pids, pid)
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...))
	if err != nil {
		return nil, err
	}
	meta, err := kadm.NewClient(cl).BrokerMetadata(ctx)
	cl.Close()
	if err != nil {
		return nil, fmt.Errorf("metadata of %s: %w", c.addr, err)
	}
	c.nodes = len(meta.Brokers)
	topics := processor.TopicsWithPrefix(c.prefix)
	c.deliveries = topics.Deliveries
	start := time.Now()
	if err := benchLoad(ctx, env, brokers, topics, -1, events, domains, partitions); err != nil {
		return nil, fmt.Errorf("load %s: %w", c.deliveries, err)
	}
	fmt.Fprintf(env.stderr, "loaded %d events into %s in %s\n", events, c.deliveries, time.Since(start).Round(time.Millisecond))
	return c, nil
}

// cpu returns the CPU seconds the broker processes used so far.
func (c *externalCluster) cpu() float64 {
	var sum float64
	for _, pid := range c.pids {
		sum += processCPU(pid)
	}
	return sum
}

// peakRSS returns the sum of the broker processes' peak resident set
// sizes in bytes (VmHWM), 0 where /proc cannot tell.
func (c *externalCluster) peakRSS() int64 {
	var sum int64
	for _, pid := range c.pids {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
				kib, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				sum += kib << 10
			}
		}
	}
	return sum
}

// createRoundTopics creates a round's output topics before its processor
// starts, as an operator would, with the broker's default replication.
func (c *externalCluster) createRoundTopics(ctx context.Context, prefix string, partitions int32) error {
	cl, err := kgo.NewClient(kgo.SeedBrokers(c.brokers...))
	if err != nil {
		return err
	}
	defer cl.Close()
	topics := processor.TopicsWithPrefix(prefix)
	topics.Deliveries = c.deliveries
	return ensureBenchTopics(ctx, cl, topics, partitions, -1)
}

// ensureBenchTopics is processor.EnsureTopics, tried again for up to 15
// seconds: a real broker makes new topics visible a moment after
// CreateTopics answered, and EnsureTopics checks them at once (kfake
// creates them synchronously), failing with UNKNOWN_TOPIC_OR_PARTITION or
// "has 0 partitions".
func ensureBenchTopics(ctx context.Context, cl *kgo.Client, topics processor.Topics, partitions int32, replication int16) error {
	err := processor.EnsureTopics(ctx, kadm.NewClient(cl), topics, partitions, replication)
	for try := 1; err != nil && try < 60; try++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
		err = processor.EnsureTopics(ctx, kadm.NewClient(cl), topics, partitions, replication)
	}
	return err
}
