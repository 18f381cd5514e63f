//go:build failover

package failover

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/internal/kafkatest"
	"github.com/mailflow/mailflow/processor"
)

// kafkaDirEnv names the run directory of the cluster deploy/kafka/kafka.sh
// started, which the test needs to kill and restart one of its nodes.
const kafkaDirEnv = "MAILFLOW_TEST_KAFKA_DIR"

// cluster is the Kafka the failover test runs against, and the broker
// disturbance it suffers while the instances are disturbed.
type cluster struct {
	kind        string
	brokers     []string
	prefix      string // of topic, group and reference names: "" on the test's own broker
	replication int16
	disturbance string
	disturb     func(ctx context.Context, t *testing.T, adm *kadm.Client, topics processor.Topics)
}

// newCluster is `mailflow broker` (kfake) as an OS process of its own,
// stopped for 3 s as the disturbance; or the real cluster named by
// $MAILFLOW_TEST_BROKERS, whose node leading the most of mailflow's
// partitions is SIGKILLed and restarted 3 s later.
func newCluster(t *testing.T) *cluster {
	t.Helper()
	if brokers, ok := kafkatest.External(); ok {
		return realCluster(t, brokers)
	}
	addr, dir := freeAddr(t), t.TempDir()
	startBroker := func() *proc {
		b := start(t, "broker", "broker", "--listen", addr, "--data-dir", dir, "--log-level", "warn")
		waitListening(t, addr, 30*time.Second)
		return b
	}
	broker := startBroker()
	return &cluster{
		kind: "mailflow broker (kfake), 1 node", brokers: []string{addr}, replication: 1,
		disturbance: "stop the broker for 3s",
		disturb: func(context.Context, *testing.T, *kadm.Client, processor.Topics) {
			broker.signal(syscall.SIGTERM)
			<-broker.done
			time.Sleep(3 * time.Second)
			broker = startBroker()
		},
	}
}

func realCluster(t *testing.T, brokers []string) *cluster {
	dir := os.Getenv(kafkaDirEnv)
	if dir == "" {
		t.Fatalf("%s names a real cluster, but %s does not name the kafka.sh run directory the test needs to restart a node", kafkatest.BrokersEnv, kafkaDirEnv)
	}
	script, err := filepath.Abs("../deploy/kafka/kafka.sh")
	if err != nil {
		t.Fatal(err)
	}
	var b [4]byte
	_, _ = rand.Read(b[:])
	c := &cluster{brokers: brokers, prefix: "fo-" + hex.EncodeToString(b[:]) + "."}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...))
	if err != nil {
		t.Fatal(err)
	}
	meta, err := kadm.NewClient(cl).BrokerMetadata(ctx)
	cl.Close()
	if err != nil {
		t.Fatalf("metadata of %v: %v", brokers, err)
	}
	nodes := len(meta.Brokers)
	c.replication = int16(min(nodes, 3))
	c.kind = fmt.Sprintf("Apache Kafka, %d nodes, replication %d", nodes, c.replication)
	c.disturbance = "SIGKILL the Kafka node leading the most of mailflow's partitions, restart it 3s later"
	c.disturb = func(ctx context.Context, t *testing.T, adm *kadm.Client, topics processor.Topics) {
		node, led := busiestLeader(ctx, t, adm, topics)
		kafka := func(args ...string) {
			t.Helper()
			cmd := exec.CommandContext(ctx, script, append(args, "--dir", dir)...)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("kafka.sh %s: %v\n%s", strings.Join(args, " "), err, out)
			}
		}
		t.Logf("SIGKILL Kafka node %d, leader of %s", node, strings.Join(led, ", "))
		kafka("kill-node", strconv.Itoa(int(node)))
		time.Sleep(3 * time.Second)
		restarted := time.Now()
		kafka("restart-node", strconv.Itoa(int(node)))
		t.Logf("Kafka node %d restarted and serving after %s", node, time.Since(restarted).Round(time.Millisecond))
		c.disturbance = fmt.Sprintf("Kafka node %d (leader of %d of mailflow's partitions) SIGKILLed and restarted once", node, len(led))
	}
	return c
}

// busiestLeader returns the node that leads the most partitions of the
// processors' input, changelog and alerts topics, and those partitions.
func busiestLeader(ctx context.Context, t *testing.T, adm *kadm.Client, topics processor.Topics) (int32, []string) {
	t.Helper()
	details, err := adm.ListTopics(ctx, topics.Deliveries, topics.State, topics.Alerts)
	if err != nil {
		t.Fatal(err)
	}
	led := map[int32][]string{}
	details.EachPartition(func(p kadm.PartitionDetail) {
		led[p.Leader] = append(led[p.Leader], fmt.Sprintf("%s/%d", p.Topic, p.Partition))
	})
	best := int32(-1)
	for node, parts := range led {
		if best < 0 || len(parts) > len(led[best]) || len(parts) == len(led[best]) && node < best {
			best = node
		}
	}
	if best < 0 {
		t.Fatal("no partition of mailflow's topics has a leader")
	}
	slices.Sort(led[best])
	return best, led[best]
}
