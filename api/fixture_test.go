package api_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// The tests of this package run a real processor on an in-process
// Kafka-protocol broker (kfake, over the wire protocol) and query it
// through the real HTTP handler.

const testPartitions = 3

// testSecret is the cluster secret of the test instances.
var testSecret = []byte("test cluster secret, 32 bytes..")

// t0 is the base time of every scripted attempt.
var t0 = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

type fixture struct {
	t       *testing.T
	ctx     context.Context
	brokers []string
	topics  processor.Topics
	cl      *kgo.Client
	p       *processor.Processor
	reg     *prometheus.Registry
	srv     *httptest.Server
	seq     *int // shared by the instances of one broker
	running bool
	// forwarded counts the domain-list requests this instance received
	// from another one.
	forwarded atomic.Int64
	// adminToken is the API's Config.AdminToken; empty for open mode
	// (unless a manager has a token).
	adminToken string
	// logs is the instance's log store.
	logs *logstore.Store
}

func testLogger() *slog.Logger {
	if testing.Verbose() && os.Getenv("MAILFLOW_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.DiscardHandler)
}

// newFixture starts a broker, creates the topics, publishes the given
// directory entities to the config topic, creates the processor (New) and
// serves the API over it. The processor does not run until run.
func newFixture(t *testing.T, entities ...any) *fixture {
	t.Helper()
	return newFixtureToken(t, "", entities...)
}

// newFixtureToken is newFixture with an API admin token.
func newFixtureToken(t *testing.T, adminToken string, entities ...any) *fixture {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	c, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	f := &fixture{t: t, ctx: ctx, brokers: c.ListenAddrs(), topics: processor.TopicsWithPrefix(""), adminToken: adminToken}
	f.cl, err = kgo.NewClient(kgo.SeedBrokers(f.brokers...), kgo.DefaultProduceTopic(f.topics.Deliveries))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.cl.Close)
	if err := processor.EnsureTopics(ctx, kadm.NewClient(f.cl), f.topics, testPartitions, 1); err != nil {
		t.Fatal(err)
	}
	if len(entities) > 0 {
		f.publishConfig(entities...)
	}
	f.seq = new(int)
	f.startInstance("advertise")
	return f
}

// instance returns a second API instance: another processor in the same
// group on the same broker, advertising its own HTTP address.
func (f *fixture) instance() *fixture {
	g := &fixture{t: f.t, ctx: f.ctx, brokers: f.brokers, topics: f.topics, cl: f.cl, seq: f.seq, adminToken: f.adminToken}
	g.startInstance("advertise")
	return g
}

// startInstance creates the processor and the API server over it; with
// advertise set, the processor advertises the server's address so that
// other instances forward requests to it.
func (f *fixture) startInstance(advertise string) {
	t := f.t
	f.reg = prometheus.NewRegistry()
	dataDir := t.TempDir()
	f.srv = httptest.NewUnstartedServer(nil)
	// The live log is a view of the log store, as mailflow run wires it.
	logs, err := logstore.Open(filepath.Join(dataDir, "logs"), func(d string) int32 { return processor.PartitionFor(d, testPartitions) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { logs.Close() })
	f.logs = logs
	cfg := processor.Config{
		Brokers:    f.brokers,
		DataDir:    dataDir,
		InstanceID: "api-test-" + filepath.Base(dataDir),
		Partitions: testPartitions,
		Diagnose:   diagnose.New().Event,
		Advice:     diagnose.CategoryAdvice,
		Registerer: f.reg,
		Log:        testLogger(),
		Logs:       processor.NewLogSink(logs),
	}
	if advertise != "" {
		cfg.AdvertiseAddr = f.srv.Listener.Addr().String()
	}
	f.p, err = processor.New(f.ctx, cfg)
	if err != nil {
		f.srv.Close()
		t.Fatal(err)
	}
	h := api.Handler(api.Config{
		Backend:        f.p,
		Gatherer:       f.reg,
		Log:            testLogger(),
		StreamInterval: 50 * time.Millisecond,
		Self:           cfg.AdvertiseAddr,
		AdminToken:     f.adminToken,
		ClusterSecret:  testSecret,
		Logs:           logs,
	})
	f.srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get(api.HeaderForwarded) != "" && r.URL.Path == "/api/v1/domains" {
			f.forwarded.Add(1)
		}
		h.ServeHTTP(w, r)
	})
	f.srv.Start()
	// Cleanups run last-in first-out: the server goes before the
	// processor is stopped and closed (run registers that).
	t.Cleanup(func() {
		if !f.running {
			f.p.Close()
		}
	})
	t.Cleanup(f.srv.Close)
}

// self is the address this instance advertises to the others.
func (f *fixture) self() string { return f.srv.Listener.Addr().String() }

// run runs the processor in the background until the test ends and waits
// until /readyz says it is ready.
func (f *fixture) run() {
	f.t.Helper()
	ctx, cancel := context.WithCancel(f.ctx)
	done := make(chan error, 1)
	f.running = true
	go func() { done <- f.p.Run(ctx) }()
	f.t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			f.t.Errorf("processor Run: %v", err)
		}
		f.p.Close()
	})
	f.waitFor("the processor to be ready", func() bool {
		code, _ := f.get("/readyz", nil)
		return code == http.StatusOK
	})
}

func (f *fixture) publishConfig(entities ...any) {
	f.t.Helper()
	var recs []directory.Record
	for _, e := range entities {
		r, err := directory.EncodeRecord(e)
		if err != nil {
			f.t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := directory.Publish(f.ctx, f.cl, f.topics.Config, recs); err != nil {
		f.t.Fatal(err)
	}
}

// attempt describes one scripted delivery attempt.
type attempt struct {
	domain   string
	code     int
	enhanced string
	response string        // default: "<code> <enhanced> scripted"
	outcome  string        // optional; derived from the code when empty
	at       time.Time     // completion time; t0 + seq seconds when zero
	delay    time.Duration // queued_at = at − delay; unknown when zero
	sender   string
	arrival  time.Time // the record's timestamp (its arrival); the producer's clock when zero
}

// delivered returns a delivered attempt with the given delivery delay.
func delivered(domain string, delay time.Duration) attempt {
	return attempt{domain: domain, code: 250, enhanced: "2.0.0", response: "250 2.0.0 Ok: queued as X", delay: delay}
}

// The failure responses used by the tests, with the category diagnosis
// gives them.
var (
	userUnknown = attempt{code: 550, enhanced: "5.1.1", response: "550 5.1.1 <someone@example>: Recipient address rejected: User unknown in virtual mailbox table"}
	mailboxFull = attempt{code: 452, enhanced: "4.2.2", response: "452 4.2.2 Mailbox full"}
	rateLimited = attempt{code: 421, enhanced: "4.7.0", response: "421 4.7.0 Too many connections from your IP, try again later"}
	blocklisted = attempt{code: 554, enhanced: "5.7.1", response: "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org"}
)

func failure(domain string, kind attempt) attempt {
	kind.domain = domain
	return kind
}

// produce publishes the attempts in order (keyed by domain, so that the
// attempts of one domain arrive in this order) and returns their events.
func (f *fixture) produce(as ...attempt) []schemas.DeliveryEvent {
	f.t.Helper()
	out := make([]schemas.DeliveryEvent, 0, len(as))
	recs := make([]*kgo.Record, 0, len(as))
	for _, a := range as {
		*f.seq++
		seq := *f.seq
		at := a.at
		if at.IsZero() {
			at = t0.Add(time.Duration(seq) * time.Second)
		}
		resp := a.response
		if resp == "" {
			resp = fmt.Sprintf("%d %s scripted", a.code, a.enhanced)
		}
		de := schemas.DeliveryEvent{
			V: 1, ID: fmt.Sprintf("ev-%05d", seq), MessageID: fmt.Sprintf("m-%05d", seq),
			Recipient: fmt.Sprintf("user%d@%s", seq, a.domain), Sender: a.sender,
			CompletedAt: at, SMTPCode: a.code, EnhancedCode: a.enhanced, Response: resp,
			RemoteHost: "mx." + a.domain, RemoteIP: "192.0.2.7",
		}
		if a.delay > 0 {
			de.QueuedAt = at.Add(-a.delay)
		}
		if a.outcome != "" {
			de.Outcome, _ = schemas.ParseOutcome(a.outcome)
		}
		if err := de.Validate(); err != nil {
			f.t.Fatalf("scripted attempt %d: %v", seq, err)
		}
		v, err := schemas.MarshalDeliveryEvent(&de)
		if err != nil {
			f.t.Fatal(err)
		}
		recs = append(recs, &kgo.Record{Key: []byte(de.Domain), Value: v, Timestamp: a.arrival})
		out = append(out, de)
	}
	if err := f.cl.ProduceSync(f.ctx, recs...).FirstErr(); err != nil {
		f.t.Fatal(err)
	}
	return out
}

// produceRaw publishes a record as is (an invalid event).
func (f *fixture) produceRaw(key, value string) {
	f.t.Helper()
	if err := f.cl.ProduceSync(f.ctx, &kgo.Record{Key: []byte(key), Value: []byte(value)}).FirstErr(); err != nil {
		f.t.Fatal(err)
	}
}

// get fetches path from the API (with the admin token, if any) and decodes the JSON body into v (when
// not nil); it returns the status code and the raw body.
func (f *fixture) get(path string, v any) (int, []byte) {
	f.t.Helper()
	return f.getAs(f.adminToken, path, v)
}

// getAs is get with "Authorization: Bearer token" (none when empty).
func (f *fixture) getAs(token, path string, v any) (int, []byte) {
	f.t.Helper()
	ctx, cancel := context.WithTimeout(f.ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.srv.URL+path, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		f.t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		f.t.Fatalf("GET %s: %v", path, err)
	}
	if v != nil && strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(body, v); err != nil {
			f.t.Fatalf("GET %s: decode %s: %v", path, body, err)
		}
	}
	return resp.StatusCode, body
}

// status returns the Mail Flow Status of domain.
func (f *fixture) status(domain string) api.Status {
	f.t.Helper()
	var st api.Status
	if code, body := f.get("/api/v1/domains/"+domain+"/status", &st); code != http.StatusOK {
		f.t.Fatalf("status of %s: %d %s", domain, code, body)
	}
	return st
}

// waitFor polls cond until it holds or the fixture's deadline passes.
func (f *fixture) waitFor(what string, cond func() bool) {
	f.t.Helper()
	for !cond() {
		select {
		case <-f.ctx.Done():
			f.t.Fatalf("timed out waiting for %s", what)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// waitAttempts waits until every domain's status counts the given number of
// attempts in total: the processor committed them and the store has them.
func (f *fixture) waitAttempts(want map[string]int) {
	f.t.Helper()
	for d, n := range want {
		var last uint64
		for {
			// 503 (a partition moving or restoring) is worth a retry.
			var st api.Status
			code, body := f.get("/api/v1/domains/"+d+"/status", &st)
			if code != http.StatusOK && code != http.StatusServiceUnavailable {
				f.t.Fatalf("status of %s: %d %s", d, code, body)
			}
			if last = st.TotalAttempts; code == http.StatusOK && last >= uint64(n) {
				break
			}
			select {
			case <-f.ctx.Done():
				f.t.Fatalf("timed out waiting for %d attempts of %s to be processed (%d are)", n, d, last)
			case <-time.After(20 * time.Millisecond):
			}
		}
		if last != uint64(n) {
			f.t.Fatalf("%s: %d attempts processed, want %d", d, last, n)
		}
	}
}

// countByDomain counts the events of each domain.
func countByDomain(evs []schemas.DeliveryEvent) map[string]int {
	m := map[string]int{}
	for _, e := range evs {
		m[e.Domain]++
	}
	return m
}
