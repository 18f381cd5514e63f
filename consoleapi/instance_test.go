package consoleapi

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/accounts"
	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/console"
	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
)

// instance is a real processor on an in-process broker with world()'s
// directory, and the accounts store, for the tests that drive the console
// in a browser against what mailflow run serves.
type instance struct {
	opts   []kgo.Opt // reach the broker
	cl     *kgo.Client
	topics processor.Topics
	p      *processor.Processor
	acc    *accounts.Store
	// logs is the instance's log store, as mailflow run wires it (the
	// read API's logs and message endpoints serve it).
	logs *logstore.Store
}

// startInstance starts an instance with the deliveries topic in partitions
// partitions; the managers passwords lists get testPassword. Everything
// stops when the test ends.
func startInstance(t *testing.T, ctx context.Context, id string, partitions int32, passwords ...string) *instance {
	t.Helper()
	c, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	brokers := c.ListenAddrs()
	in := &instance{opts: []kgo.Opt{kgo.SeedBrokers(brokers...)}, topics: processor.TopicsWithPrefix("")}
	if in.cl, err = kgo.NewClient(append(in.opts, kgo.DefaultProduceTopic(in.topics.Deliveries))...); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(in.cl.Close)
	if err := processor.EnsureTopics(ctx, kadm.NewClient(in.cl), in.topics, partitions, 1); err != nil {
		t.Fatal(err)
	}
	var recs []directory.Record
	for _, e := range world() {
		r, _ := directory.EncodeRecord(e)
		recs = append(recs, r)
	}
	if err := directory.Publish(ctx, in.cl, in.topics.Config, recs); err != nil {
		t.Fatal(err)
	}
	dataDir := t.TempDir()
	if in.logs, err = logstore.Open(filepath.Join(dataDir, "logs"), func(d string) int32 { return processor.PartitionFor(d, partitions) }); err != nil {
		t.Fatal(err)
	}
	in.p, err = processor.New(ctx, processor.Config{Brokers: brokers, Topics: in.topics, DataDir: dataDir, InstanceID: id,
		Partitions: partitions, Diagnose: diagnose.New().Event, Advice: diagnose.CategoryAdvice, Log: quiet(),
		Logs: processor.NewLogSink(in.logs)})
	if err != nil {
		in.logs.Close()
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- in.p.Run(runCtx) }()
	t.Cleanup(func() {
		stop()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("processor: %v", err)
		}
		in.p.Close()
		in.logs.Close()
	})
	if in.acc, err = accounts.Open(ctx, "mailflow.accounts", in.opts, accounts.WithParams(testParams), accounts.WithLogger(quiet())); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(in.acc.Close)
	for _, m := range passwords {
		if err := in.acc.SetPassword(ctx, accounts.PasswordContext{ManagerID: m}, testPassword); err != nil {
			t.Fatal(err)
		}
	}
	return in
}

// serve mounts the instance as mailflow run does — the console API in
// front of the read API (with the console's files, the log store and the
// console's sessions and tokens) — on a test server closed when the test
// ends.
func (in *instance) serve(t *testing.T, ctx context.Context) (*Handler, *httptest.Server) {
	return in.serveWith(t, ctx, api.Limits{})
}

// internalToken is the in-process token of serve's status reads, as
// mailflow run makes one (api.Config.InternalToken).
const internalToken = "internal-token-for-tests-0123456789"

// serveWith is serve with the API's limits: one guard for the read API
// and the console API, and the statuses read with an in-process token, as
// in cmd/mailflow/instance.go.
func (in *instance) serveWith(t *testing.T, ctx context.Context, limits api.Limits) (*Handler, *httptest.Server) {
	t.Helper()
	var h *Handler
	guard := api.NewGuard(limits)
	apiH := api.Handler(api.Config{Backend: in.p, Extra: console.Handler(), AdminToken: adminToken, InternalToken: internalToken, Guard: guard, Log: quiet(), Logs: in.logs,
		Session: func(r *http.Request) (directory.Manager, bool, bool) { return h.Caller(r) }})
	h, err := New(ctx, Config{Directory: in.p.Directory, Client: in.cl, ConfigTopic: in.topics.Config, AuditTopic: "mailflow.audit",
		Accounts: in.acc, Statuses: &APIStatuses{API: apiH, Token: internalToken, TTL: time.Millisecond}, AdminToken: adminToken, Log: quiet(), Guard: guard})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h.Wrap(apiH))
	// A live-log stream holds its request open until its connection goes.
	t.Cleanup(func() { srv.CloseClientConnections(); srv.Close() })
	return h, srv
}
