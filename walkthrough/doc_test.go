//go:build walkthrough

// Package walkthrough is the newcomer's first hour as a test: it installs
// the mailflow binary with the README's own `go install` line, takes the
// commands from README.md's code blocks (so that the README and the product
// cannot disagree), and runs them as a new user would — `mailflow dev
// --demo`, `mailflow status` in each documented form, `mailflow config get`
// and every other command of the quick start — sees the demo's domain go
// Bad and recover (the domain's page and the overview open in headless
// Chromium as it happens), finds the Bad mail and the recovery mail threaded
// under it on the console's Sent notifications page, checks that a
// page-capture tool (chromium --screenshot --virtual-time-budget) finishes,
// asks the list endpoint with status=BAD, Good and unknown, gives diagnose
// a plain response without --text, asks every command the README names for
// its --help (and `mailflow help COMMAND`), runs the examples those show
// that ask a running dev, and checks that dev logs its shutdown.
//
// The README's commands run as written, with two documented substitutions
// so that the test can run beside other programs: the environment twins
// of the flags (MAILFLOW_HTTP, MAILFLOW_KAFKA, MAILFLOW_DATA_DIR,
// MAILFLOW_API, MAILFLOW_BROKERS) point them at free ports and a temporary
// directory, and MAILFLOW_DEMO_CYCLE=30s makes the demo's woodgrove.example
// go Bad 5 s into each cycle and recover 5 s later instead of 20 s and 20 s.
// An explicit address in a README command (http://127.0.0.1:8080,
// 127.0.0.1:9092) is replaced by the test's.
//
// Run: go test -count=1 -tags walkthrough ./walkthrough/
// Screenshots go to $MAILFLOW_SCREENSHOT_DIR (default /tmp/mailflow-walkthrough).
package walkthrough
