package main

import (
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

// devProc is a `mailflow dev` running in-process, on free ports.
type devProc struct {
	stderr *syncBuffer
	done   chan int
	stop   context.CancelFunc
	exited bool
	// front is the console/API/catcher address (host:port), kafka the
	// embedded broker's, smtp the catcher's SMTP server's.
	front, kafka, smtp string
}

var (
	devFrontRE = regexp.MustCompile(`served on one address[^"]*" addr=http://(\S+)`)
	devKafkaRE = regexp.MustCompile(`"embedded broker listening" addr=(\S+)`)
	devSMTPRE  = regexp.MustCompile(`notification catcher: [^"]*" smtp=(\S+)`)
)

// startDev starts `mailflow dev --data-dir dataDir` with free --http and
// --kafka ports and args added, with the environment vars, and waits
// until its front answers /readyz. It stops dev when the test ends.
func startDev(t *testing.T, ctx context.Context, dataDir string, vars map[string]string, args ...string) *devProc {
	t.Helper()
	runCtx, stop := context.WithCancel(ctx)
	d := &devProc{stderr: &syncBuffer{}, done: make(chan int, 1), stop: stop}
	env := &environment{stdin: strings.NewReader(""), stdout: io.Discard, stderr: d.stderr, getenv: func(k string) string { return vars[k] }}
	all := append([]string{"dev", "--data-dir", dataDir, "--http", "127.0.0.1:0", "--kafka", "127.0.0.1:0"}, args...)
	go func() { d.done <- mainWithExit(runCtx, env, all) }()
	t.Cleanup(func() {
		stop()
		if !d.exited {
			select {
			case <-d.done:
			case <-time.After(20 * time.Second):
				t.Errorf("mailflow dev did not stop")
			}
		}
		if t.Failed() {
			t.Logf("--- mailflow dev's log ---\n%s", tailLines(d.stderr.String(), 40))
		}
	})
	for {
		out := d.stderr.String()
		if d.front == "" {
			if m := devFrontRE.FindStringSubmatch(out); m != nil {
				d.front = m[1]
				d.kafka = devKafkaRE.FindStringSubmatch(out)[1]
				if m := devSMTPRE.FindStringSubmatch(out); m != nil {
					d.smtp = m[1]
				}
			}
		}
		if d.front != "" {
			if code, _, _ := httpGet(ctx, "http://"+d.front+"/readyz"); code == http.StatusOK {
				return d
			}
		}
		select {
		case code := <-d.done:
			d.exited = true
			t.Fatalf("mailflow %s exited %d before it was ready:\n%s", strings.Join(all, " "), code, tailLines(d.stderr.String(), 40))
		case <-ctx.Done():
			t.Fatalf("mailflow dev not ready: %v\n%s", ctx.Err(), tailLines(d.stderr.String(), 40))
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// stopAndWait stops dev and waits until it exited.
func (d *devProc) stopAndWait(t *testing.T, ctx context.Context) {
	t.Helper()
	d.stop()
	select {
	case <-d.done:
		d.exited = true
	case <-ctx.Done():
		t.Fatalf("mailflow dev did not stop: %v", ctx.Err())
	}
}

// waitFor polls cond every 50 ms until it holds or ctx ends.
func waitFor(t *testing.T, ctx context.Context, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("%s: %v", what, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// TestDevRefusesTrustedProxies: the flag would do nothing behind dev's
// own front (which vouches for each client), so dev refuses it rather
// than let someone believe they configured it.
func TestDevRefusesTrustedProxies(t *testing.T) {
	r := runMailflow(t, nil, "", "dev", "--trusted-proxies", "127.0.0.1")
	if r.code != 2 || !strings.Contains(r.stderr, "--trusted-proxies is for mailflow run") {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// setManagerPassword gives a manager of dev's directory a password, as
// the README's sign-in step does: a set-password link from the CLI, then
// the console's POST with its token, retried until the instance has read
// the link from the accounts topic.
func setManagerPassword(t *testing.T, ctx context.Context, dev *devProc, manager, password string) {
	t.Helper()
	base := "http://" + dev.front
	r := runMailflowCtx(ctx, nil, "", "account", "set-password-link", "--brokers", dev.kafka, "--manager", manager, "--console-url", base)
	_, tok, ok := strings.Cut(strings.TrimSpace(r.stdout), "#set=")
	if r.code != 0 || !ok {
		t.Fatalf("set-password-link: %d %q %s", r.code, r.stdout, r.stderr)
	}
	hdr := http.Header{"Content-Type": {"application/json"}}
	waitFor(t, ctx, "set "+manager+"'s password with the link", func() bool {
		code, _ := devRequest(t, ctx, http.MethodPost, base+"/api/v1/password", hdr, `{"token":"`+tok+`","password":"`+password+`"}`)
		return code == http.StatusOK
	})
}
