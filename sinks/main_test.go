package sinks

import (
	"flag"
	"os"
	"testing"

	"github.com/mailflow/mailflow/internal/kafkatest"
)

// TestMain runs the package's tests eight at a time on the in-process
// broker unless -parallel says otherwise. They wait on brokers,
// rebalances, retries and timers far more than they compute (one after
// another: 5m49s of wall time for 16 s of CPU), so GOMAXPROCS, go test's
// default, leaves the machine idle. The tests that start Alertmanager
// processes stay sequential. On a real Kafka cluster
// ($MAILFLOW_TEST_BROKERS) they keep go test's default, so as not to load
// the one broker the suites share.
func TestMain(m *testing.M) {
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if _, external := kafkatest.External(); !set && !external {
		_ = flag.Set("test.parallel", "8")
	}
	os.Exit(m.Run())
}
