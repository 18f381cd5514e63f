package processor

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
)

// DefaultTopicPrefix is the prefix every mailflow topic name shares.
const DefaultTopicPrefix = "mailflow."

// Topics names the topics mailflow reads and writes.
type Topics struct {
	// Deliveries carries DeliveryEvents keyed by recipient domain.
	Deliveries string
	// State is the compacted changelog of the processor's state,
	// co-partitioned with Deliveries.
	State string
	// Alerts carries StatusChanges keyed by domain.
	Alerts string
	// DeadLetter receives delivery events that failed validation.
	DeadLetter string
	// AlertsDeadLetter receives notifications the sinks gave up on.
	AlertsDeadLetter string
	// Config is the compacted directory (see package directory).
	Config string
	// Repartition is internal: delivery events that arrived on another
	// partition than their canonical domain's (see PartitionFor) are
	// forwarded to the same partition number here, inside the transaction
	// that consumed them, and evaluated by that partition's owner. It is
	// co-partitioned with Deliveries, like Kafka Streams' repartition
	// topics.
	Repartition string
}

// TopicsWithPrefix returns the topic names under prefix (DefaultTopicPrefix
// when empty).
func TopicsWithPrefix(prefix string) Topics {
	if prefix == "" {
		prefix = DefaultTopicPrefix
	}
	return Topics{
		Deliveries:       prefix + "deliveries",
		State:            prefix + "state",
		Alerts:           prefix + "alerts",
		DeadLetter:       prefix + "deadletter",
		AlertsDeadLetter: prefix + "alerts.deadletter",
		Config:           prefix + "config",
		Repartition:      prefix + "repartition",
	}
}

// All lists every topic named: Deliveries, State, Repartition, Alerts,
// DeadLetter, AlertsDeadLetter and Config, in that order.
func (t Topics) All() []string {
	return []string{t.Deliveries, t.State, t.Repartition, t.Alerts, t.DeadLetter, t.AlertsDeadLetter, t.Config}
}

// Outputs lists the topics the processor writes inside its transactions.
func (t Topics) Outputs() []string {
	return []string{t.State, t.Alerts, t.DeadLetter, t.Repartition}
}

// MaxMessageBytes is the max.message.bytes of the topics mailflow
// creates, and the most the processor's producer puts in one batch. Kafka
// refuses a batch larger than its topic's max.message.bytes (default
// 1 MiB, broker setting message.max.bytes) with MESSAGE_TOO_LARGE, so the
// two must agree: see TopicLimits for topics that exist already.
const MaxMessageBytes = 4 << 20

// EnsureTopics creates the topics that do not exist yet: Deliveries, State
// and Repartition with the given partitions (they must match: they are
// co-partitioned), Config with one partition, the others with partitions.
// State and Config are compacted. Every topic is created with
// max.message.bytes MaxMessageBytes. Existing topics are left alone, but a
// State or Repartition topic whose partition count differs from Deliveries
// is an error: the processor could not place a partition's records.
func EnsureTopics(ctx context.Context, adm *kadm.Client, t Topics, partitions int32, replication int16) error {
	specs := []struct {
		name       string
		partitions int32
		compacted  bool
	}{
		{t.Deliveries, partitions, false},
		{t.State, partitions, true},
		{t.Repartition, partitions, false},
		{t.Alerts, partitions, false},
		{t.DeadLetter, partitions, false},
		{t.AlertsDeadLetter, 1, false},
		{t.Config, 1, true},
	}
	for _, s := range specs {
		if err := EnsureTopic(ctx, adm, s.name, s.partitions, replication, s.compacted); err != nil {
			return err
		}
	}
	// A broker answers CreateTopics before every broker's metadata has
	// the new topic (Apache Kafka does; kfake does not): wait until each
	// topic shows its partitions.
	details, err := waitTopics(ctx, adm, t.All()...)
	if err != nil {
		return err
	}
	in := len(details[t.Deliveries].Partitions)
	for _, co := range []string{t.State, t.Repartition} {
		if n := len(details[co].Partitions); n != in {
			return fmt.Errorf("topic %s has %d partitions but %s has %d: they must be co-partitioned", t.Deliveries, in, co, n)
		}
	}
	return nil
}

// EnsureTopic creates one topic, compacted or not, with max.message.bytes
// MaxMessageBytes, unless it exists.
func EnsureTopic(ctx context.Context, adm *kadm.Client, name string, partitions int32, replication int16, compacted bool) error {
	configs := map[string]*string{"max.message.bytes": kadm.StringPtr(strconv.Itoa(MaxMessageBytes))}
	if compacted {
		configs["cleanup.policy"] = kadm.StringPtr("compact")
	}
	resp, err := adm.CreateTopic(ctx, partitions, replication, configs, name)
	if err == nil {
		err = resp.Err
	}
	if err != nil && !errors.Is(err, kerr.TopicAlreadyExists) {
		return fmt.Errorf("create topic %s (%d partitions, replication %d): %w", name, partitions, replication, err)
	}
	return nil
}

// TopicLimit is what a topic's configuration allows the processor.
type TopicLimit struct {
	// MaxMessageBytes is the topic's max.message.bytes: the largest record
	// batch it accepts.
	MaxMessageBytes int
	// DeleteRetention is the compacted topic's delete.retention.ms: how
	// long a tombstone survives after its segment was compacted; -1 when
	// the topic does not say.
	DeleteRetention time.Duration
}

// topicWait bounds how long a new topic may take to appear everywhere.
const topicWait = 30 * time.Second

// waitTopics lists topics until each has partitions and no error, for at
// most topicWait.
func waitTopics(ctx context.Context, adm *kadm.Client, topics ...string) (kadm.TopicDetails, error) {
	deadline := time.Now().Add(topicWait)
	for {
		details, err := adm.ListTopics(ctx, topics...)
		missing := ""
		if err == nil {
			for _, name := range topics {
				if d, ok := details[name]; !ok || d.Err != nil || len(d.Partitions) == 0 {
					missing = name
					break
				}
			}
			if missing == "" {
				return details, nil
			}
			err = fmt.Errorf("topic %s has no partitions yet", missing)
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("describe topics %v: %w", topics, err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// TopicLimits reads max.message.bytes and delete.retention.ms of topics
// (their effective values: the topic's own, or the broker default). A
// topic not known yet (UNKNOWN_TOPIC_OR_PARTITION right after its
// creation) is asked again for up to topicWait.
func TopicLimits(ctx context.Context, adm *kadm.Client, topics ...string) (map[string]TopicLimit, error) {
	deadline := time.Now().Add(topicWait)
	var rcs kadm.ResourceConfigs
	for {
		var err error
		rcs, err = adm.DescribeTopicConfigs(ctx, topics...)
		if err == nil {
			for _, rc := range rcs {
				if rc.Err != nil {
					err = fmt.Errorf("%s: %w", rc.Name, rc.Err)
					break
				}
			}
		}
		if err == nil {
			break
		}
		if !errors.Is(err, kerr.UnknownTopicOrPartition) || time.Now().After(deadline) {
			return nil, fmt.Errorf("describe configs of %v: %w", topics, err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	out := map[string]TopicLimit{}
	for _, rc := range rcs {
		if rc.Err != nil {
			return nil, fmt.Errorf("describe configs of %s: %w", rc.Name, rc.Err)
		}
		l := TopicLimit{DeleteRetention: -1}
		for _, c := range rc.Configs {
			if c.Value == nil {
				continue
			}
			n, err := strconv.ParseInt(*c.Value, 10, 64)
			if err != nil {
				continue
			}
			switch c.Key {
			case "max.message.bytes":
				l.MaxMessageBytes = int(n)
			case "delete.retention.ms":
				l.DeleteRetention = time.Duration(n) * time.Millisecond
			}
		}
		out[rc.Name] = l
	}
	return out, nil
}

// partitionLabel formats a partition number for a metric label.
func partitionLabel(p int32) string { return strconv.Itoa(int(p)) }
