package processor

import (
	"os"
	"testing"

	"github.com/mailflow/mailflow/internal/kafkatest"
)

// TestMain runs the package's tests eight at a time on the in-process
// broker (one after another they took 75 s of wall time for 10 s of CPU).
func TestMain(m *testing.M) { os.Exit(kafkatest.RunParallel(m, 8)) }
