//go:build !unix

package diagnose

import "time"

// processCPU and threadCPU are unavailable here; the benchmarks then report
// no CPU metric.
func processCPU() time.Duration { return 0 }

func threadCPU() time.Duration { return 0 }
