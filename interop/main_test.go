//go:build interop

// Package interop is mailflow's interoperability test with real
// third-party Kafka clients (issue 9): kcat (librdkafka, Debian) producing
// with its default CRC32 partitioner, with murmur2_random, without keys and
// with compressed batches, and a KafkaJS consumer (npm, interop/kafkajs) of
// the alerts, over three `mailflow run` processes, checked against a
// reference run fed by franz-go with murmur2 keys. It also replays a stream
// and a Postfix log twice, and runs three instances with default flags.
//
// It is behind the build tag interop and needs kcat, node and
// `npm ci` in interop/kafkajs (.ci/run does both):
//
//	go test -tags interop ./interop/
//
// Every process is a real OS process on loopback: the embedded broker
// (`mailflow broker`), or the Kafka cluster named by MAILFLOW_TEST_BROKERS
// (see deploy/kafka), under topic and group names unique to the run.
package interop

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/internal/kafkatest"
	"github.com/mailflow/mailflow/processor"
)

// partitions of the deliveries topic: enough that CRC32 and murmur2 put
// most domains on different partitions.
const partitions = 6

// binary is the mailflow command built for the test.
var binary string

// clusterSecret is the instances' shared secret, new for every run.
var clusterSecret = func() string {
	var b [32]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}()

func TestMain(m *testing.M) {
	var missing []string
	for _, tool := range []string{"kcat", "node"} {
		if _, err := exec.LookPath(tool); err != nil {
			missing = append(missing, tool+" (apt-get install kcat nodejs npm)")
		}
	}
	if _, err := os.Stat("kafkajs/node_modules/kafkajs"); err != nil {
		missing = append(missing, "KafkaJS (run `npm ci` in interop/kafkajs)")
	}
	if len(missing) > 0 {
		fmt.Fprintln(os.Stderr, "interop: missing", strings.Join(missing, ", "))
		os.Exit(1)
	}
	dir, err := os.MkdirTemp("", "mailflow-interop-")
	if err != nil {
		panic(err)
	}
	// MAILFLOW_INTEROP_BINARY runs the test against another build (an
	// older commit's, to see which assertions it fails).
	binary = os.Getenv("MAILFLOW_INTEROP_BINARY")
	if binary == "" {
		binary = filepath.Join(dir, "mailflow")
		build := exec.Command("go", "build", "-o", binary, "../cmd/mailflow")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "build mailflow:", err)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// proc is a mailflow OS process.
type proc struct {
	name string
	cmd  *exec.Cmd
	done chan struct{} // closed once the process exited; err is then set
	err  error
	http string // host:port of its API, for instances
	data string // --data-dir, for instances
	log  string
}

func start(t *testing.T, name string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(binary, args...)
	// The instances of a deployment sign the API requests they forward
	// each other with a shared secret (--cluster-secret).
	cmd.Env = append(os.Environ(), "MAILFLOW_CLUSTER_SECRET="+clusterSecret)
	// MAILFLOW_INTEROP_LOGS keeps the processes' logs in that directory.
	logDir := os.Getenv("MAILFLOW_INTEROP_LOGS")
	if logDir == "" {
		logDir = t.TempDir()
	}
	logf, err := os.Create(filepath.Join(logDir, strings.ReplaceAll(t.Name(), "/", "_")+"-"+name+".log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	p := &proc{name: name, cmd: cmd, done: make(chan struct{}), log: logf.Name()}
	go func() {
		p.err = cmd.Wait()
		logf.Close()
		close(p.done)
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-p.done
		if t.Failed() {
			if b, err := os.ReadFile(p.log); err == nil {
				t.Logf("--- last lines of %s's log ---\n%s", name, tail(b, 15))
			}
		}
	})
	return p
}

// exited says whether the process has ended.
func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

func tail(b []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func waitListening(t *testing.T, p *proc, addr string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return
		}
		if p.exited() {
			b, _ := os.ReadFile(p.log)
			t.Fatalf("%s exited before listening on %s: %v\n%s", p.name, addr, p.err, tail(b, 20))
		}
		if time.Now().After(deadline) {
			t.Fatalf("nothing listens on %s: %v", addr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// cluster is the Kafka cluster of one test and the names it uses there.
type cluster struct {
	brokers []string
	// prefix comes before the test's topic prefixes and group names: empty
	// on the test's own embedded broker, unique on a shared cluster.
	prefix string
	cl     *kgo.Client
	adm    *kadm.Client
}

// newCluster starts `mailflow broker` on a free loopback port, or uses the
// cluster in MAILFLOW_TEST_BROKERS under a unique prefix.
func newCluster(t *testing.T) *cluster {
	t.Helper()
	c := &cluster{}
	if brokers, ok := kafkatest.External(); ok {
		var b [4]byte
		_, _ = rand.Read(b[:])
		c.brokers, c.prefix = brokers, "interop-"+hex.EncodeToString(b[:])+"."
	} else {
		addr := freeAddr(t)
		b := start(t, "broker", "broker", "--listen", addr, "--data-dir", t.TempDir(), "--log-level", "warn")
		waitListening(t, b, addr, 30*time.Second)
		c.brokers = []string{addr}
	}
	var err error
	c.cl, err = kgo.NewClient(kgo.SeedBrokers(c.brokers...), kgo.ProducerLinger(5*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.cl.Close)
	c.adm = kadm.NewClient(c.cl)
	return c
}

// replication is the replication factor of the topics the test creates:
// the broker's default (-1) on an external cluster.
func (c *cluster) replication() int16 {
	if c.prefix != "" {
		return -1
	}
	return 1
}

// deployment is one set of mailflow topics and its processor group.
type deployment struct {
	c      *cluster
	topics processor.Topics
	prefix string // --topic-prefix
	group  string // --group
	insts  []*proc
}

func (c *cluster) deployment(t *testing.T, ctx context.Context, topicPrefix, group string) *deployment {
	t.Helper()
	d := &deployment{c: c, prefix: c.prefix + topicPrefix, group: c.prefix + group}
	d.topics = processor.TopicsWithPrefix(d.prefix)
	// The producers need the partitions before the first instance runs.
	// Real Kafka may not list a topic's partitions right after creating
	// it, which EnsureTopics's co-partitioning check then takes for 0:
	// ask again for a while.
	for i := 0; ; i++ {
		err := processor.EnsureTopics(ctx, c.adm, d.topics, partitions, c.replication())
		if err == nil {
			break
		}
		if i == 20 {
			t.Fatal(err)
		}
		time.Sleep(250 * time.Millisecond)
	}
	// And until every broker answers for the new topics' configs, which
	// the instances read at start.
	names := []string{d.topics.Deliveries, d.topics.State, d.topics.Repartition, d.topics.Alerts, d.topics.DeadLetter, d.topics.AlertsDeadLetter, d.topics.Config}
	for i := 0; ; i++ {
		rcs, err := c.adm.DescribeTopicConfigs(ctx, names...)
		if err == nil {
			for _, rc := range rcs {
				if rc.Err != nil {
					err = fmt.Errorf("%s: %w", rc.Name, rc.Err)
				}
			}
		}
		if err == nil {
			break
		}
		if i == 20 {
			t.Fatal(err)
		}
		time.Sleep(250 * time.Millisecond)
	}
	return d
}

// run starts a `mailflow run` of the deployment and waits until its API
// listens. instanceID empty leaves --instance-id out (the default).
func (d *deployment) run(t *testing.T, name, instanceID string, extra ...string) *proc {
	t.Helper()
	p := d.startRun(t, name, instanceID, extra...)
	waitListening(t, p, p.http, 60*time.Second)
	d.insts = append(d.insts, p)
	return p
}

// startRun starts a `mailflow run` of the deployment.
func (d *deployment) startRun(t *testing.T, name, instanceID string, extra ...string) *proc {
	t.Helper()
	httpAddr := freeAddr(t)
	dataDir := filepath.Join(t.TempDir(), "data")
	args := []string{"run", "--brokers", strings.Join(d.c.brokers, ","), "--topic-prefix", d.prefix, "--group", d.group,
		"--data-dir", dataDir, "--http", httpAddr,
		"--partitions", fmt.Sprint(partitions), "--replication", fmt.Sprint(d.c.replication()),
		"--session-timeout", "6s", "--log-level", instanceLogLevel()}
	if instanceID != "" {
		args = append(args, "--instance-id", instanceID)
	}
	p := start(t, name, append(args, extra...)...)
	p.http, p.data = httpAddr, dataDir
	return p
}

// waitReady waits until each instance's /readyz says 200 (it joined the
// group and restored its partitions), failing at once with its log when
// one exited.
func (d *deployment) waitReady(t *testing.T, ctx context.Context, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for _, p := range d.insts {
		for {
			if p.exited() {
				b, _ := os.ReadFile(p.log)
				t.Fatalf("%s exited at start (%v):\n%s", p.name, p.err, tail(b, 10))
			}
			rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			req, _ := http.NewRequestWithContext(rctx, http.MethodGet, "http://"+p.http+"/readyz", nil)
			resp, err := http.DefaultClient.Do(req)
			cancel()
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					break
				}
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s not ready within %s", p.name, within)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

// instanceLogLevel is the instances' --log-level: warn, or
// MAILFLOW_INTEROP_LOG_LEVEL to see more when a run is to be understood.
func instanceLogLevel() string {
	if l := os.Getenv("MAILFLOW_INTEROP_LOG_LEVEL"); l != "" {
		return l
	}
	return "warn"
}

// runHelp returns `mailflow run --help`, to see which flags this build has.
func runHelp() string {
	var out bytes.Buffer
	cmd := exec.Command(binary, "run", "--help")
	cmd.Stdout, cmd.Stderr = &out, &out
	_ = cmd.Run()
	return out.String()
}

// runTool runs a third-party program with stdin and returns its combined
// output.
func runTool(ctx context.Context, stdin io.Reader, name string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdin = stdin
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}
