package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/accounts"
	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/internal/logbuf"
	"github.com/mailflow/mailflow/schemas"
)

// syncBuffer is the logger output the server under test writes while
// the test reads it.
type syncBuffer = logbuf.Buffer

func httpGet(ctx context.Context, url string) (int, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

// TestRunServes runs `mailflow run` in-process against kfake: it serves the
// API with diagnosis wired in, the console and /metrics, and exits 0 when
// its context ends.
func TestRunServes(t *testing.T) {
	b := newTestBroker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	var stderr syncBuffer
	env := &environment{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() {
		done <- mainWithExit(runCtx, env, []string{"run", "--brokers", b.addr, "--http", "127.0.0.1:0",
			"--data-dir", t.TempDir(), "--partitions", "3", "--instance-id", "cmd-test"})
	}()

	addrRE := regexp.MustCompile(`serving the API, console and metrics" addr=(http://\S+)`)
	var base string
	for base == "" {
		if m := addrRE.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("run exited %d before serving:\n%s", code, stderr.String())
		case <-ctx.Done():
			t.Fatalf("run did not serve:\n%s", stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	waitHTTP := func(what string, cond func() bool) {
		t.Helper()
		for !cond() {
			select {
			case <-ctx.Done():
				t.Fatalf("timed out waiting for %s; stderr:\n%s", what, stderr.String())
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
	waitHTTP("/readyz", func() bool { code, _, _ := httpGet(ctx, base+"/readyz"); return code == http.StatusOK })

	ev := schemas.DeliveryEvent{V: 1, ID: "run-1", Recipient: "x@run.example", CompletedAt: time.Now().UTC(),
		SMTPCode: 550, EnhancedCode: "5.1.1", Response: "550 5.1.1 <x@run.example>: Recipient address rejected: User unknown"}
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
	var st api.Status
	waitHTTP("the event to be processed", func() bool {
		code, body, _ := httpGet(ctx, base+"/api/v1/domains/run.example/status")
		return code == http.StatusOK && json.Unmarshal(body, &st) == nil && st.TotalAttempts == 1
	})
	if len(st.TopCategories) != 1 || st.TopCategories[0].Category != "user_unknown" || st.TopCategories[0].Advice == "" {
		t.Errorf("the diagnosis is not wired in: top categories %+v", st.TopCategories)
	}
	if !strings.Contains(stderr.String(), "the API is open") {
		t.Errorf("the log does not say the API is open:\n%s", stderr.String())
	}
	if code, body, _ := httpGet(ctx, base+"/"); code != http.StatusOK || !bytes.Contains(bytes.ToLower(body), []byte("<html")) {
		t.Errorf("console: %d %.100s", code, body)
	}
	code, body, _ := httpGet(ctx, base+"/metrics")
	for _, want := range []string{`mailflow_events_total{outcome="bounced"} 1`, "go_goroutines", "process_",
		`mailflow_store_damaged{store="state"} 0`, `mailflow_store_damaged{store="log"} 0`, `mailflow_store_set_aside_dirs{store="log"} 0`} {
		if code != http.StatusOK || !bytes.Contains(body, []byte(want)) {
			t.Errorf("/metrics (%d) lacks %q", code, want)
		}
	}

	stop()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("run exited %d after its context ended, want 0; stderr:\n%s", code, stderr.String())
		}
		for _, want := range []string{"mailflow run: stopping", "mailflow run: stopped"} {
			if !strings.Contains(stderr.String(), want) {
				t.Errorf("the log does not say %q when run stops", want)
			}
		}
	case <-ctx.Done():
		t.Fatal("run did not stop")
	}
}

// TestRunAPIToken runs `mailflow run` with MAILFLOW_API_TOKEN: the API
// needs the token, the open endpoints stay open, and the token is never
// printed.
func TestRunAPIToken(t *testing.T) {
	const token = "run-test-admin-token-5f2c"
	b := newTestBroker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	var stderr syncBuffer
	getenv := func(k string) string {
		if k == "MAILFLOW_API_TOKEN" {
			return token
		}
		return ""
	}
	env := &environment{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr, getenv: getenv}
	done := make(chan int, 1)
	go func() {
		done <- mainWithExit(runCtx, env, []string{"run", "--brokers", b.addr, "--http", "127.0.0.1:0",
			"--data-dir", t.TempDir(), "--partitions", "3", "--instance-id", "cmd-token-test", "--log-level", "debug"})
	}()
	addrRE := regexp.MustCompile(`serving the API, console and metrics" addr=(http://\S+)`)
	var base string
	for base == "" {
		if m := addrRE.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("run exited %d before serving:\n%s", code, stderr.String())
		case <-ctx.Done():
			t.Fatalf("run did not serve:\n%s", stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	for {
		if code, _, _ := httpGet(ctx, base+"/readyz"); code == http.StatusOK {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("not ready:\n%s", stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if code, body, _ := httpGet(ctx, base+"/api/v1/domains"); code != http.StatusUnauthorized {
		t.Errorf("without the token: %d %s, want 401", code, body)
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/v1/domains", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("with the token: %d, want 200", resp.StatusCode)
	}
	if code, _, _ := httpGet(ctx, base+"/"); code != http.StatusOK {
		t.Errorf("console without a token: %d", code)
	}
	stop()
	<-done
	out := stderr.String()
	if !strings.Contains(out, "token-protected") {
		t.Errorf("the log does not say the API is token-protected:\n%s", out)
	}
	if strings.Contains(out, token) {
		t.Errorf("the token is in the log:\n%s", out)
	}
}

// TestRunSaysWhetherTheAPIIsOpen: the start-up log says the API is open
// only when it is. An instance restarted after a manager made an API
// token (or set a console password) serves a closed API, and its log
// once said it was open (issue 17).
func TestRunSaysWhetherTheAPIIsOpen(t *testing.T) {
	for _, tc := range []struct {
		name     string
		token    bool
		wantLog  string
		wantCode int
	}{
		{"no credentials", false, "the API is open", http.StatusOK},
		{"a manager's token", true, "the API is closed", http.StatusUnauthorized},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newTestBroker(t)
			ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
			defer cancel()
			if tc.token {
				addManagerToken(t, ctx, b)
			}
			r := startRun(t, ctx, b, "api-open", "--data-dir", t.TempDir())
			r.waitReady(t, ctx)
			if code, _, _ := httpGet(ctx, r.base+"/api/v1/domains"); code != tc.wantCode {
				t.Errorf("GET /api/v1/domains without a token: %d, want %d", code, tc.wantCode)
			}
			log := r.stderr.String()
			other := map[bool]string{true: "the API is open", false: "the API is closed"}[tc.token]
			if !strings.Contains(log, tc.wantLog) || strings.Contains(log, other) {
				t.Errorf("the start-up log should say %q and not %q:\n%s", tc.wantLog, other, tailLines(log, 25))
			}
		})
	}
}

// TestRunRefusesOpenAPIOffLoopback: mailflow run does not serve an open
// API (no operator token, no manager credential) on an address other
// than loopback unless told to (--open-api); a token, a manager's
// credential or a loopback address lets it start (a review found run's
// default --http :8080 served every domain to anyone on the network, with
// a warning only).
func TestRunRefusesOpenAPIOffLoopback(t *testing.T) {
	for _, tc := range []struct {
		name    string
		args    []string
		manager bool
		refused bool
	}{
		{"every interface (IPv4)", []string{"--http", "0.0.0.0:0"}, false, true},
		{"every interface (no host)", []string{"--http", ":0"}, false, true},
		{"every interface, --open-api", []string{"--http", "0.0.0.0:0", "--open-api"}, false, false},
		{"every interface, operator token", []string{"--http", "0.0.0.0:0", "--api-token", "q3ZkP9vT1sYb0mXc7LrW2nHf5JgA8dEu"}, false, false},
		{"every interface, a manager's token", []string{"--http", "0.0.0.0:0"}, true, false},
		{"loopback", []string{"--http", "127.0.0.1:0"}, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newTestBroker(t)
			ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
			defer cancel()
			if tc.manager {
				addManagerToken(t, ctx, b)
			}
			r := startRun(t, ctx, b, "open-api", append([]string{"--data-dir", t.TempDir()}, tc.args...)...)
			if !tc.refused {
				r.waitReady(t, ctx)
				return
			}
			code, exited := r.exitedWithin(30 * time.Second)
			if !exited {
				t.Fatalf("run serves an open API on %v; want it refused", tc.args)
			}
			log := r.stderr.String()
			if code != 2 || !strings.Contains(log, "the API would be open") || !strings.Contains(log, "--api-token") || !strings.Contains(log, "--open-api") {
				t.Errorf("exit %d; want 2 and an error naming the way out:\n%s", code, tailLines(log, 10))
			}
			if strings.Contains(log, "serving the API") {
				t.Errorf("run served before refusing:\n%s", tailLines(log, 10))
			}
			// Refused before the processor joined its group: a refused
			// instance under a supervisor must not make the group
			// rebalance at every restart.
			cl, err := kgo.NewClient(kgo.SeedBrokers(b.addr))
			if err != nil {
				t.Fatal(err)
			}
			defer cl.Close()
			groups, err := kadm.NewClient(cl).ListGroups(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if names := groups.Groups(); len(names) > 0 {
				t.Errorf("the refused run joined the groups %v", names)
			}
		})
	}
}

// addManagerToken gives manager ops-contoso an API token in the accounts
// topic of b: a manager credential, which closes an open API.
func addManagerToken(t *testing.T, ctx context.Context, b *testBroker) {
	t.Helper()
	accts, err := accounts.Open(ctx, strings.TrimSuffix(b.topics.Config, "config")+accounts.TopicSuffix, []kgo.Opt{kgo.SeedBrokers(b.addr)})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = accts.NewToken(ctx, "ops-contoso", "ci")
	accts.Close()
	if err != nil {
		t.Fatal(err)
	}
}
