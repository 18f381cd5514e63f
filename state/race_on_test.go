//go:build race

package state

// raceDetector says the tests run under the race detector, whose
// instrumentation allocates and slows the goroutines earlier tests left
// winding down, so that whole-process allocation counts say nothing.
const raceDetector = true
