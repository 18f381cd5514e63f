package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// runningCmd is a `mailflow run` running in-process.
type runningCmd struct {
	name   string
	stderr *syncBuffer
	done   chan int // receives the exit code
	exited bool
	code   int
	base   string // http://host:port once serving
	stop   context.CancelFunc
}

var servingRE = regexp.MustCompile(`serving the API, console and metrics" addr=(http://\S+)`)

// startRun starts `mailflow run` against b with args added. It does not
// wait for anything.
func startRun(t *testing.T, ctx context.Context, b *testBroker, name string, args ...string) *runningCmd {
	t.Helper()
	runCtx, stop := context.WithCancel(ctx)
	r := &runningCmd{name: name, stderr: &syncBuffer{}, done: make(chan int, 1), stop: stop}
	// The instances forward API requests to each other, signed with the
	// cluster secret.
	getenv := func(k string) string {
		if k == "MAILFLOW_CLUSTER_SECRET" {
			return "identity-test-cluster-secret-0123456789"
		}
		return ""
	}
	env := &environment{stdin: strings.NewReader(""), stdout: io.Discard, stderr: r.stderr, getenv: getenv}
	all := append([]string{"run", "--brokers", b.addr, "--http", "127.0.0.1:0", "--partitions", "3", "--session-timeout", "6s"}, args...)
	go func() { r.done <- mainWithExit(runCtx, env, all) }()
	t.Cleanup(func() {
		stop()
		if !r.exited {
			select {
			case <-r.done:
			case <-time.After(20 * time.Second):
				t.Errorf("%s did not stop", name)
			}
		}
		if t.Failed() {
			t.Logf("--- %s's log ---\n%s", name, tailLines(r.stderr.String(), 25))
		}
	})
	return r
}

func tailLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// exitedWithin returns the exit code if the command exits within d.
func (r *runningCmd) exitedWithin(d time.Duration) (int, bool) {
	if r.exited {
		return r.code, true
	}
	select {
	case r.code = <-r.done:
		r.exited = true
		return r.code, true
	case <-time.After(d):
		return 0, false
	}
}

// waitReady waits until the command serves and /readyz says 200.
func (r *runningCmd) waitReady(t *testing.T, ctx context.Context) {
	t.Helper()
	for {
		if r.base == "" {
			if m := servingRE.FindStringSubmatch(r.stderr.String()); m != nil {
				r.base = m[1]
			}
		}
		if r.base != "" {
			if code, _, _ := httpGet(ctx, r.base+"/readyz"); code == http.StatusOK {
				return
			}
		}
		if code, ok := r.exitedWithin(20 * time.Millisecond); ok {
			t.Fatalf("%s exited %d before it was ready:\n%s", r.name, code, tailLines(r.stderr.String(), 25))
		}
		if ctx.Err() != nil {
			t.Fatalf("%s not ready: %v\n%s", r.name, ctx.Err(), tailLines(r.stderr.String(), 25))
		}
	}
}

// TestRunSameInstanceID: a second `mailflow run` given the id of a live
// instance (on another data dir) fails at start with a message naming the
// id and saying what to do, and the first one keeps running; a second
// process on a data dir in use fails at start too.
func TestRunSameInstanceID(t *testing.T) {
	b := newTestBroker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dirA := t.TempDir()
	first := startRun(t, ctx, b, "first", "--instance-id", "dup-x", "--data-dir", dirA)
	first.waitReady(t, ctx)

	second := startRun(t, ctx, b, "second", "--instance-id", "dup-x", "--data-dir", t.TempDir())
	code, ok := second.exitedWithin(30 * time.Second)
	if !ok {
		t.Fatalf("a second instance with the id dup-x runs:\n%s", tailLines(second.stderr.String(), 25))
	}
	msg := second.stderr.String()
	if code == 0 || !strings.Contains(msg, `"dup-x"`) || !strings.Contains(msg, "--instance-id") {
		t.Errorf("second instance with the same id: exit %d, stderr:\n%s\nwant a failure naming \"dup-x\" and --instance-id", code, tailLines(msg, 10))
	}

	samedir := startRun(t, ctx, b, "same-dir", "--data-dir", dirA)
	code, ok = samedir.exitedWithin(30 * time.Second)
	if !ok {
		t.Fatalf("a second process on the data dir in use runs:\n%s", tailLines(samedir.stderr.String(), 25))
	}
	msg = samedir.stderr.String()
	if code == 0 || !strings.Contains(msg, "in use") || !strings.Contains(msg, "--data-dir") {
		t.Errorf("second process on one data dir: exit %d, stderr:\n%s\nwant a failure saying the dir is in use", code, tailLines(msg, 10))
	}

	// The first instance was not disturbed (not fenced).
	if code, ok := first.exitedWithin(2 * time.Second); ok {
		t.Fatalf("the first instance exited %d:\n%s", code, tailLines(first.stderr.String(), 25))
	}
	first.waitReady(t, ctx)
}

// TestRunDefaultIdentities: three `mailflow run` on one host with default
// flags (no --instance-id), each with its own data dir, get three different
// ids kept in their data dirs, all run, and together process a stream in
// which every domain is asked of every instance; a restart reuses its id.
func TestRunDefaultIdentities(t *testing.T) {
	b := newTestBroker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var dirs []string
	var runs []*runningCmd
	for i := range 3 {
		dir := filepath.Join(t.TempDir(), "data")
		dirs = append(dirs, dir)
		runs = append(runs, startRun(t, ctx, b, fmt.Sprintf("run%d", i+1), "--data-dir", dir))
	}
	for _, r := range runs {
		r.waitReady(t, ctx)
	}
	ids := map[string]bool{}
	for _, dir := range dirs {
		raw, err := os.ReadFile(filepath.Join(dir, processor.InstanceIDFile))
		if err != nil {
			t.Fatalf("no instance id kept in %s: %v", dir, err)
		}
		ids[strings.TrimSpace(string(raw))] = true
	}
	if len(ids) != 3 {
		t.Errorf("three data dirs keep ids %v, want three different ones", ids)
	}

	// Three failures for each domain: each turns Bad on its third.
	domains := []string{"one.example", "two.example", "three.example", "four.example", "five.example", "six.example"}
	for i, d := range domains {
		for j := range 3 {
			ev := schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("def-%d-%d", i, j), Recipient: "x@" + d, CompletedAt: time.Now().UTC(),
				SMTPCode: 550, EnhancedCode: "5.1.1", Response: "550 5.1.1 user unknown"}
			if err := ev.Validate(); err != nil {
				t.Fatal(err)
			}
			v, err := schemas.MarshalDeliveryEvent(&ev)
			if err != nil {
				t.Fatal(err)
			}
			if err := b.cl.ProduceSync(ctx, &kgo.Record{Topic: b.topics.Deliveries, Key: []byte(ev.Domain), Value: v}).FirstErr(); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, d := range domains {
		for _, r := range runs {
			var st api.Status
			for {
				code, body, _ := httpGet(ctx, r.base+"/api/v1/domains/"+d+"/status")
				if code == http.StatusOK && json.Unmarshal(body, &st) == nil && st.TotalAttempts == 3 && st.Status == schemas.StatusBad {
					break
				}
				if c, ok := r.exitedWithin(50 * time.Millisecond); ok {
					t.Fatalf("%s exited %d while processing:\n%s", r.name, c, tailLines(r.stderr.String(), 25))
				}
				if ctx.Err() != nil {
					t.Fatalf("%s of %s: %d %s, want bad after 3 attempts", d, r.name, code, body)
				}
			}
		}
	}
	for _, r := range runs {
		if c, ok := r.exitedWithin(0); ok {
			t.Errorf("%s exited %d:\n%s", r.name, c, tailLines(r.stderr.String(), 25))
		}
	}

	// A restart keeps its id.
	runs[0].stop()
	if _, ok := runs[0].exitedWithin(20 * time.Second); !ok {
		t.Fatal("run1 did not stop")
	}
	before, _ := os.ReadFile(filepath.Join(dirs[0], processor.InstanceIDFile))
	again := startRun(t, ctx, b, "run1-again", "--data-dir", dirs[0])
	again.waitReady(t, ctx)
	after, _ := os.ReadFile(filepath.Join(dirs[0], processor.InstanceIDFile))
	if string(before) != string(after) || !strings.Contains(again.stderr.String(), strings.TrimSpace(string(before))) {
		t.Errorf("restart: kept id %q then %q; the log does not name it", before, after)
	}
}
