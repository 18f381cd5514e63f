package sinks

import (
	"os"
	"testing"

	"github.com/mailflow/mailflow/internal/kafkatest"
)

// TestMain runs the package's tests eight at a time on the in-process
// broker (one after another they took over 6 minutes of wall time for
// about 75 s of CPU under -race: they wait on brokers, rebalances, retries
// and timers). Their timing assertions compare what the sink decided with
// the instants it decided by (a silence's end, a send time it recorded, a
// receiver's or Alertmanager's own stamps, the order of events), not with
// how long the machine took, so that a loaded machine slows them without
// failing them. The tests that start Alertmanager processes stay
// sequential: they pick ports by listening and closing.
func TestMain(m *testing.M) { os.Exit(kafkatest.RunParallel(m, 8)) }
