package processor

import (
	"context"
	"errors"
	"fmt"
	"strconv"

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
	}
}

// EnsureTopics creates the topics that do not exist yet: Deliveries and
// State with the given partitions (they must match: the changelog is
// co-partitioned), Config with one partition, the others with partitions.
// State and Config are compacted. Existing topics are left alone, but a
// State topic whose partition count differs from Deliveries is an error:
// the processor could not place a partition's changelog.
func EnsureTopics(ctx context.Context, adm *kadm.Client, t Topics, partitions int32, replication int16) error {
	compact := map[string]*string{"cleanup.policy": kadm.StringPtr("compact")}
	specs := []struct {
		name       string
		partitions int32
		configs    map[string]*string
	}{
		{t.Deliveries, partitions, nil},
		{t.State, partitions, compact},
		{t.Alerts, partitions, nil},
		{t.DeadLetter, partitions, nil},
		{t.AlertsDeadLetter, 1, nil},
		{t.Config, 1, compact},
	}
	for _, s := range specs {
		if err := EnsureTopic(ctx, adm, s.name, s.partitions, replication, s.configs != nil); err != nil {
			return err
		}
	}
	details, err := adm.ListTopics(ctx, t.Deliveries, t.State)
	if err != nil {
		return fmt.Errorf("describe topics %s, %s: %w", t.Deliveries, t.State, err)
	}
	in, st := len(details[t.Deliveries].Partitions), len(details[t.State].Partitions)
	if in != st {
		return fmt.Errorf("topic %s has %d partitions but its changelog %s has %d: they must be co-partitioned", t.Deliveries, in, t.State, st)
	}
	return nil
}

// EnsureTopic creates one topic, compacted or not, unless it exists.
func EnsureTopic(ctx context.Context, adm *kadm.Client, name string, partitions int32, replication int16, compacted bool) error {
	var configs map[string]*string
	if compacted {
		configs = map[string]*string{"cleanup.policy": kadm.StringPtr("compact")}
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

// partitionLabel formats a partition number for a metric label.
func partitionLabel(p int32) string { return strconv.Itoa(int(p)) }
