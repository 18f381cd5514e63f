package kafkatest

import (
	"flag"
	"strconv"
	"testing"
)

// RunParallel runs m's tests n at a time (those that call t.Parallel)
// when they run on the in-process broker and -parallel was not given, and
// returns m.Run's exit code; call it from TestMain. Tests that wait on
// rebalances, transaction timeouts and retries far more than they compute
// (the processor's took 75 s of wall time for 10 s of CPU one after another)
// leave the machine idle at go test's default, GOMAXPROCS. On a real
// Kafka cluster ($MAILFLOW_TEST_BROKERS) the default stays, so as not to
// load the one broker the real-Kafka suites share.
func RunParallel(m *testing.M, n int) int {
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if _, external := External(); !set && !external {
		_ = flag.Set("test.parallel", strconv.Itoa(n))
	}
	return m.Run()
}
