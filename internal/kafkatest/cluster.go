package kafkatest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
)

// BrokersEnv names the environment variable that points the integration
// tests at a running Kafka cluster ("host:port,host:port"), such as the
// one deploy/kafka/kafka.sh starts. Without it every test starts its own
// in-process kfake cluster.
const BrokersEnv = "MAILFLOW_TEST_BROKERS"

// Cluster is the Kafka cluster one test (or one part of a test) runs
// against.
type Cluster struct {
	// Brokers are the seed brokers, "host:port".
	Brokers []string
	// Fake is the in-process kfake cluster, for tests that steer it
	// (kfake's ControlKey); nil on an external cluster.
	Fake *kfake.Cluster
	// Prefix comes before the names of the topics, groups and
	// transactional ids the test uses: empty on a kfake cluster of its
	// own, so that the product's default names are exercised; unique on a
	// shared external cluster, so that tests do not read each other's
	// records or join each other's groups.
	Prefix string
}

// External returns the brokers named by BrokersEnv, if any.
func External() ([]string, bool) {
	v := strings.TrimSpace(os.Getenv(BrokersEnv))
	if v == "" {
		return nil, false
	}
	var out []string
	for _, b := range strings.Split(v, ",") {
		if b = strings.TrimSpace(b); b != "" {
			out = append(out, b)
		}
	}
	return out, len(out) > 0
}

// Start returns the cluster t runs against: the external one named by
// BrokersEnv, under a prefix unique to this call, or else a new kfake
// cluster with opts (one broker when opts are empty) that is closed when
// t ends.
func Start(t testing.TB, opts ...kfake.Opt) *Cluster {
	t.Helper()
	if brokers, ok := External(); ok {
		return &Cluster{Brokers: brokers, Prefix: uniquePrefix(t.Name())}
	}
	if len(opts) == 0 {
		opts = []kfake.Opt{kfake.NumBrokers(1)}
	}
	c, err := kfake.NewCluster(opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return &Cluster{Brokers: c.ListenAddrs(), Fake: c}
}

// Name returns base under the cluster's prefix: base itself on a kfake
// cluster of the test's own.
func (c *Cluster) Name(base string) string { return c.Prefix + base }

var unsafeName = regexp.MustCompile(`[^a-zA-Z0-9_-]+`)

// uniquePrefix is "t-<test name>-<random>.": topic names may hold ASCII
// letters, digits, '.', '_' and '-', up to 249 characters (Kafka's
// org.apache.kafka.common.internals.Topic.validate).
func uniquePrefix(test string) string {
	name := unsafeName.ReplaceAllString(test, "_")
	if len(name) > 48 {
		name = name[:48]
	}
	var b [4]byte
	_, _ = rand.Read(b[:])
	return "t-" + name + "-" + hex.EncodeToString(b[:]) + "."
}

// KeepRecords makes the topics keep their records whatever their age
// (retention.ms -1). Tests stamp records with fixed or long-past times (a
// script's stream time, records older than the log store's retention),
// and Apache Kafka deletes, at its next retention check
// (log.retention.check.interval.ms, 5 minutes, the first 30 s after it
// starts), every segment whose newest timestamp is older than the topic's
// retention.ms (7 days by default): a test's records would vanish under it
// from the day its dates fall a week behind the wall clock, in whichever
// test the check happens to run beside. kfake applies retention.ms too,
// from its log cleaner (hourly by default).
func KeepRecords(ctx context.Context, adm *kadm.Client, topics ...string) error {
	if len(topics) == 0 {
		return nil
	}
	keep := []kadm.AlterConfig{{Op: kadm.SetConfig, Name: "retention.ms", Value: kadm.StringPtr("-1")}}
	resps, err := adm.AlterTopicConfigs(ctx, keep, topics...)
	if err != nil {
		return fmt.Errorf("retention.ms -1 on %v: %w", topics, err)
	}
	for _, r := range resps {
		if r.Err != nil {
			return fmt.Errorf("retention.ms -1 on %s: %w (%s)", r.Name, r.Err, r.ErrMessage)
		}
	}
	return nil
}
