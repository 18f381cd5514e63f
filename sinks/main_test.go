package sinks

import (
	"os"
	"testing"

	"github.com/mailflow/mailflow/internal/kafkatest"
)

// TestMain runs the package's tests eight at a time on the in-process
// broker (one after another they took 5m49s of wall time for 16 s of
// CPU). The tests that start Alertmanager processes stay sequential: they
// pick ports by listening and closing.
func TestMain(m *testing.M) { os.Exit(kafkatest.RunParallel(m, 8)) }
