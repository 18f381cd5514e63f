package api_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/broker"
	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// The load test (MAILFLOW_LOADTEST=1; test.sh runs it): one instance as
// `mailflow dev` runs it — the embedded broker, a processor, the hardened
// HTTP server with its default connection cap — on loopback, and client
// processes (this test binary again, so that their sockets do not count
// against the server's file table) that hold 1,000 live-log streams and
// open 20,000 idle connections. Afterwards, without a restart: the API
// answers, the processor processes, the broker serves a new client, and
// the streams still deliver.
const (
	loadIdleConns = 20000
	loadStreams   = 1000
)

// loadRole is set in the environment of a client process.
const loadRole = "MAILFLOW_LOADTEST_ROLE"

func TestLoad(t *testing.T) {
	if os.Getenv(loadRole) != "" {
		t.Skip("a client process")
	}
	if os.Getenv("MAILFLOW_LOADTEST") == "" {
		t.Skip("set MAILFLOW_LOADTEST=1 to run the load test (about 30 s)")
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Fatal(err)
	}
	t.Logf("RLIMIT_NOFILE of the server process: %d (hard %d); connection cap %d", lim.Cur, lim.Max, api.DefaultMaxConns)
	if lim.Cur < api.DefaultMaxConns+2048 {
		t.Skipf("RLIMIT_NOFILE %d is below the connection cap %d and the process's own files", lim.Cur, api.DefaultMaxConns)
	}

	b, err := broker.Start(broker.Config{Listen: "127.0.0.1:0", DataDir: t.TempDir(), Log: testLogger()})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	topics := processor.TopicsWithPrefix("")
	cl, err := kgo.NewClient(kgo.SeedBrokers(b.Addr()), kgo.DefaultProduceTopic(topics.Deliveries))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	if err := processor.EnsureTopics(ctx, kadm.NewClient(cl), topics, testPartitions, 1); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	// The live log is a view of the log store, as mailflow run wires it.
	dataDir := t.TempDir()
	logs, err := logstore.Open(filepath.Join(dataDir, "logs"), func(d string) int32 { return processor.PartitionFor(d, testPartitions) })
	if err != nil {
		t.Fatal(err)
	}
	defer logs.Close()
	p, err := processor.New(ctx, processor.Config{
		Brokers: []string{b.Addr()}, DataDir: dataDir, InstanceID: "loadtest", Partitions: testPartitions,
		AdvertiseAddr: addr, Diagnose: diagnose.New().Event, Advice: diagnose.CategoryAdvice, Registerer: prometheus.NewRegistry(), Log: testLogger(),
		Logs: processor.NewLogSink(logs),
	})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stopRun := context.WithCancel(ctx)
	runDone := make(chan error, 1)
	go func() { runDone <- p.Run(runCtx) }()
	defer func() {
		stopRun()
		<-runDone
		p.Close()
	}()
	srv := api.NewServer(api.Handler(api.Config{Backend: p, Self: addr, Log: testLogger(), Logs: logs,
		Limits: api.Limits{Rate: -1, StreamsPerCaller: loadStreams + 10}}), api.ServerConfig{Log: testLogger()})
	go func() { _ = srv.Serve(ln) }()
	defer func() {
		sctx, c := context.WithTimeout(context.Background(), 5*time.Second)
		defer c()
		_ = srv.Shutdown(sctx)
	}()
	base := "http://" + addr
	f := &fixture{t: t, ctx: ctx, cl: cl, topics: topics, seq: new(int)}
	get := func(path string, v any) (int, string) { return getJSON(t, base+path, "", v) }
	waitUntil := func(what string, cond func() bool) {
		t.Helper()
		for !cond() {
			if ctx.Err() != nil {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitUntil("the processor to be ready", func() bool { c, _ := get("/readyz", nil); return c == http.StatusOK })
	produce := func(as ...attempt) {
		t.Helper()
		var recs []*kgo.Record
		for _, e := range f.events(as...) {
			v, _ := schemas.MarshalDeliveryEvent(&e)
			recs = append(recs, &kgo.Record{Key: []byte(e.Domain), Value: v})
		}
		if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	totalOf := func(d string) uint64 {
		var st api.Status
		if c, _ := get("/api/v1/domains/"+d+"/status", &st); c != http.StatusOK {
			return 0
		}
		return st.TotalAttempts
	}
	produce(delivered("load.example", time.Second))
	waitUntil("the first attempt", func() bool { return totalOf("load.example") == 1 })

	// 1,000 streams, from a client process.
	streams := startClient(t, ctx, "streams", base, loadStreams)
	streams.expect(t, "streams-open", loadStreams, 60*time.Second)
	t.Logf("%6.1fs: %d streams open; server connections %d", time.Since(start).Seconds(), loadStreams, srv.Conns())

	// 20,000 idle connections, from two client processes of 10,000.
	var idle []*client
	for range 2 {
		idle = append(idle, startClient(t, ctx, "idle", base, loadIdleConns/2))
	}
	peak := 0
	flooded := make(chan struct{})
	go func() {
		defer close(flooded)
		for _, c := range idle {
			c.wait("idle-open", 120*time.Second)
		}
	}()
	// While the flood runs, the API answers a fresh client.
	var during []time.Duration
	for done := false; !done; {
		select {
		case <-flooded:
			done = true
		case <-time.After(250 * time.Millisecond):
			t0 := time.Now()
			c, _ := get("/api/v1/domains/load.example/status", nil)
			if c != http.StatusOK {
				t.Errorf("during the flood the API answered %d", c)
			}
			during = append(during, time.Since(t0))
		}
		peak = max(peak, srv.Conns())
	}
	opened := 0
	for _, c := range idle {
		opened += c.value("idle-open")
	}
	if opened == 0 {
		t.Fatal("the idle clients made no connection")
	}
	t.Logf("%6.1fs: %d of %d idle connections made; server connections %d (peak %d, cap %d); %d API requests during the flood, slowest %v",
		time.Since(start).Seconds(), opened, loadIdleConns, srv.Conns(), peak, api.DefaultMaxConns, len(during), slowest(during))
	if peak > api.DefaultMaxConns {
		t.Errorf("the server held %d connections, over its cap %d", peak, api.DefaultMaxConns)
	}

	// Afterwards, without a restart: the processor processes and the
	// API answers; the streams get the new attempt.
	produce(delivered("load.example", time.Second), failure("other.example", userUnknown))
	waitUntil("the new attempts to be processed", func() bool { return totalOf("load.example") == 2 && totalOf("other.example") == 1 })
	fmt.Fprintln(streams.stdin)
	got := streams.expect(t, "streams-got", loadStreams, 60*time.Second)
	t.Logf("%6.1fs: the processor processed new attempts, the API answers, %d of %d streams received the new attempt", time.Since(start).Seconds(), got, loadStreams)

	// The embedded broker serves a new client.
	cl2, err := kgo.NewClient(kgo.SeedBrokers(b.Addr()), kgo.DefaultProduceTopic("after-load"))
	if err != nil {
		t.Fatal(err)
	}
	defer cl2.Close()
	if _, err := kadm.NewClient(cl2).CreateTopic(ctx, 1, 1, nil, "after-load"); err != nil {
		t.Fatalf("the broker does not serve a new client: %v", err)
	}
	if err := cl2.ProduceSync(ctx, &kgo.Record{Value: []byte("v")}).FirstErr(); err != nil {
		t.Fatalf("produce to the broker after the load: %v", err)
	}
	for _, c := range append(idle, streams) {
		c.stop()
	}
	t.Logf("%6.1fs: the broker serves a new client; done", time.Since(start).Seconds())
}

func slowest(ds []time.Duration) time.Duration {
	var m time.Duration
	for _, d := range ds {
		m = max(m, d)
	}
	return m
}

// events builds delivery events as produce does, without producing.
func (f *fixture) events(as ...attempt) []schemas.DeliveryEvent {
	var out []schemas.DeliveryEvent
	for _, a := range as {
		*f.seq++
		at := t0.Add(time.Duration(*f.seq) * time.Second)
		de := schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("load-%05d", *f.seq), Recipient: fmt.Sprintf("u%d@%s", *f.seq, a.domain),
			CompletedAt: at, SMTPCode: a.code, EnhancedCode: a.enhanced, Response: a.response, RemoteHost: "mx." + a.domain}
		if de.Response == "" {
			de.Response = fmt.Sprintf("%d %s", a.code, a.enhanced)
		}
		if a.delay > 0 {
			de.QueuedAt = at.Add(-a.delay)
		}
		if err := de.Validate(); err != nil {
			f.t.Fatal(err)
		}
		out = append(out, de)
	}
	return out
}

// client is a client process of the load test.
type client struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines chan string
	mu    sync.Mutex
	vals  map[string]int
}

func startClient(t *testing.T, ctx context.Context, role, base string, n int) *client {
	t.Helper()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestLoadClient$", "-test.v")
	cmd.Env = append(os.Environ(), loadRole+"="+role, "MAILFLOW_LOADTEST_BASE="+base, "MAILFLOW_LOADTEST_N="+strconv.Itoa(n))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &client{cmd: cmd, stdin: stdin, lines: make(chan string, 16), vals: map[string]int{}}
	go func() {
		defer close(c.lines)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), "="); ok && strings.HasPrefix(k, "LOAD ") {
				n, _ := strconv.Atoi(v)
				c.mu.Lock()
				c.vals[strings.TrimPrefix(k, "LOAD ")] = n
				c.mu.Unlock()
				c.lines <- strings.TrimPrefix(k, "LOAD ")
			}
		}
	}()
	t.Cleanup(c.stop)
	return c
}

func (c *client) value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.vals[key]
}

// wait waits until the client reported key, or within passed.
func (c *client) wait(key string, within time.Duration) {
	deadline := time.After(within)
	for {
		select {
		case k, ok := <-c.lines:
			if !ok || k == key {
				return
			}
		case <-deadline:
			return
		}
	}
}

// expect waits for the client to report key and checks its value (any
// when want < 0).
func (c *client) expect(t *testing.T, key string, want int, within time.Duration) int {
	t.Helper()
	deadline := time.After(within)
	for {
		select {
		case k, ok := <-c.lines:
			if !ok {
				t.Fatalf("the client ended before reporting %s", key)
			}
			if k != key {
				continue
			}
			got := c.value(key)
			if want >= 0 && got != want {
				t.Fatalf("%s = %d, want %d", key, got, want)
			}
			return got
		case <-deadline:
			t.Fatalf("the client did not report %s within %v", key, within)
		}
	}
}

func (c *client) stop() {
	if c.stdin != nil {
		c.stdin.Close()
		c.stdin = nil
		done := make(chan struct{})
		go func() { _ = c.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = c.cmd.Process.Kill()
		}
	}
}

// TestLoadClient is the client side of TestLoad, run in a process of its
// own: "streams" opens N live-log streams of load.example, reports when
// all have their first attempt and then when all have the next;
// "idle" opens N connections that send nothing. Both hold what they
// opened until their standard input closes.
func TestLoadClient(t *testing.T) {
	role := os.Getenv(loadRole)
	if role == "" {
		t.Skip("run by TestLoad")
	}
	base := os.Getenv("MAILFLOW_LOADTEST_BASE")
	n, _ := strconv.Atoi(os.Getenv("MAILFLOW_LOADTEST_N"))
	report := func(k string, v int) { fmt.Printf("LOAD %s=%d\n", k, v) }
	// A line on standard input asks for the next report; its end, to
	// let go.
	stdinClosed := make(chan struct{})
	asked := make(chan struct{}, 1)
	go func() {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			asked <- struct{}{}
		}
		close(stdinClosed)
	}()
	switch role {
	case "streams":
		tr := &http.Transport{MaxIdleConnsPerHost: -1, DisableCompression: true}
		hc := &http.Client{Transport: tr}
		var first, second atomic.Int64
		var wg sync.WaitGroup
		ctx, cancel := context.WithCancel(context.Background())
		for range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/v1/domains/load.example/live/stream", nil)
				resp, err := hc.Do(req)
				if err != nil {
					return
				}
				defer resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					fmt.Fprintf(os.Stderr, "stream: %d\n", resp.StatusCode)
					return
				}
				sc := bufio.NewScanner(resp.Body)
				events := 0
				for sc.Scan() {
					if strings.HasPrefix(sc.Text(), "event: attempt") {
						events++
						switch events {
						case 1:
							first.Add(1)
						case 2:
							second.Add(1)
						}
					}
				}
			}()
		}
		for first.Load() < int64(n) {
			time.Sleep(50 * time.Millisecond)
		}
		report("streams-open", int(first.Load()))
		select {
		case <-asked:
		case <-stdinClosed:
		}
		deadline := time.Now().Add(50 * time.Second)
		for second.Load() < int64(n) && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		report("streams-got", int(second.Load()))
		<-stdinClosed
		cancel()
		wg.Wait()
	case "idle":
		host := strings.TrimPrefix(base, "http://")
		var mu sync.Mutex
		var conns []net.Conn
		var failed atomic.Int64
		var wg sync.WaitGroup
		const dialers = 4
		for w := range dialers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; i < n; i += dialers {
					c, err := net.DialTimeout("tcp", host, 5*time.Second)
					if err != nil {
						if failed.Add(1) == 1 {
							fmt.Fprintf(os.Stderr, "idle dial: %v\n", err)
						}
						continue
					}
					mu.Lock()
					conns = append(conns, c)
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		report("idle-open", len(conns))
		<-stdinClosed
		for _, c := range conns {
			c.Close()
		}
	}
}
