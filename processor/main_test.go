package processor

import (
	"flag"
	"os"
	"testing"

	"github.com/mailflow/mailflow/internal/kafkatest"
)

// TestMain runs the package's tests eight at a time on the in-process
// broker unless -parallel says otherwise: they wait on rebalances,
// transaction timeouts and restores far more than they compute (one after
// another: 75 s of wall time for 10 s of CPU). On a real Kafka cluster
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
