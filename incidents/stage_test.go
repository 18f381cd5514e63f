package incidents

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/internal/kafkatest"
	"github.com/mailflow/mailflow/schemas"
)

func testLogger() *slog.Logger {
	if os.Getenv("INCIDENTS_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// env is one test's cluster (kfake, or the Kafka of MAILFLOW_TEST_BROKERS
// under a prefix of the test's own) with an alerts topic of 3 partitions.
type env struct {
	c      *kafkatest.Cluster
	prefix string
}

func newEnv(t *testing.T, ctx context.Context) *env {
	t.Helper()
	c := kafkatest.Start(t)
	e := &env{c: c, prefix: c.Name("mailflow.")}
	cl := e.client(t)
	if _, err := kadm.NewClient(cl).CreateTopic(ctx, 3, -1, nil, e.prefix+"alerts"); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) client(t *testing.T, opts ...kgo.Opt) *kgo.Client {
	t.Helper()
	cl, err := kgo.NewClient(append([]kgo.Opt{kgo.SeedBrokers(e.c.Brokers...)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return cl
}

// produceAlerts writes alerts as the processor does: in a transaction,
// keyed by domain.
func (e *env) produceAlerts(t *testing.T, ctx context.Context, alerts ...*schemas.StatusChange) {
	t.Helper()
	cl := e.client(t, kgo.TransactionalID(e.prefix+"test-processor-"+strconv.FormatInt(time.Now().UnixNano(), 36)))
	if err := cl.BeginTransaction(); err != nil {
		t.Fatal(err)
	}
	for _, a := range alerts {
		v, err := schemas.MarshalStatusChange(a)
		if err != nil {
			t.Fatal(err)
		}
		cl.Produce(ctx, &kgo.Record{Topic: e.prefix + "alerts", Key: []byte(a.Domain), Value: v}, nil)
	}
	if err := cl.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if err := cl.EndTransaction(ctx, kgo.TryCommit); err != nil {
		t.Fatal(err)
	}
}

func (e *env) config(t *testing.T) Config {
	return Config{
		Kafka:       []kgo.Opt{kgo.SeedBrokers(e.c.Brokers...), kgo.FetchMaxWait(100 * time.Millisecond)},
		TopicPrefix: e.prefix,
		InstanceID:  "test",
		Logger:      testLogger(),
	}
}

// start runs a stage until the returned stop is called; stop returns Run's
// error.
func start(t *testing.T, cfg Config) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	var once sync.Once
	var runErr error
	stop = func() error {
		once.Do(func() {
			cancel()
			runErr = <-done
			s.Close()
		})
		return runErr
	}
	t.Cleanup(func() { _ = stop() })
	return stop
}

// incidents reads the incidents topic as a read_committed consumer sees it.
func (e *env) incidents(t *testing.T, ctx context.Context) []schemas.Incident {
	t.Helper()
	recs, err := kafkatest.ReadTopic(ctx, e.c.Brokers, e.prefix+"incidents", true, 20*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	var out []schemas.Incident
	for _, r := range recs {
		inc, err := schemas.DecodeIncident(r.Value)
		if err != nil {
			t.Fatalf("incident record at %d/%d: %v", r.Partition, r.Offset, err)
		}
		out = append(out, inc)
	}
	return out
}

// waitFor polls the incidents topic until cond holds, for up to two
// minutes: the bound of a stage that hung, not of its speed (CI failed
// at 60 s with the race detector, two loaded cores and the recoveries
// still unread).
func (e *env) waitFor(t *testing.T, ctx context.Context, what string, cond func([]schemas.Incident) bool) []schemas.Incident {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	for {
		got := e.incidents(t, ctx)
		if cond(got) {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s; have %d records", what, len(got))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// latest returns each incident's record of the highest revision, and
// fails on a revision seen twice (a duplicate a consumer would see).
func latest(t *testing.T, recs []schemas.Incident) map[string]schemas.Incident {
	t.Helper()
	seen := map[string]bool{}
	out := map[string]schemas.Incident{}
	for _, r := range recs {
		if seen[r.RecordID()] {
			t.Fatalf("incident record %s twice", r.RecordID())
		}
		seen[r.RecordID()] = true
		if cur, ok := out[r.ID]; !ok || r.Revision > cur.Revision {
			out[r.ID] = r
		}
	}
	return out
}

func blockAlerts(n, customers int) []*schemas.StatusChange {
	var out []*schemas.StatusChange
	for i := range n {
		out = append(out, msAlert(i, customers, time.Duration(i)*2*time.Second))
	}
	return out
}

// TestStageOpensAndCloses: 30 Microsoft 365 domains of 12 customers
// blocked within a minute give one incident of 30 domains; their
// recoveries close it.
func TestStageOpensAndCloses(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	e := newEnv(t, ctx)
	start(t, e.config(t))
	bad := blockAlerts(30, 12)
	e.produceAlerts(t, ctx, bad...)
	got := e.waitFor(t, ctx, "30 domains in the incident", func(recs []schemas.Incident) bool {
		return len(recs) > 0 && recs[len(recs)-1].Total == 30
	})
	byID := latest(t, got)
	if len(byID) != 1 {
		t.Fatalf("%d incidents, want 1", len(byID))
	}
	for _, inc := range byID {
		if inc.Provider != "microsoft365" || inc.Affected != 30 || len(inc.Customers) != 12 || !inc.Open {
			t.Fatalf("incident %+v", inc)
		}
	}
	if got[0].Event != schemas.IncidentOpened || got[0].Revision != 1 {
		t.Fatalf("first record %s revision %d", got[0].Event, got[0].Revision)
	}
	var rec []*schemas.StatusChange
	for _, a := range bad {
		rec = append(rec, recovery(a, 20*time.Minute))
	}
	e.produceAlerts(t, ctx, rec...)
	got = e.waitFor(t, ctx, "the incident closed", func(recs []schemas.Incident) bool {
		return len(recs) > 0 && recs[len(recs)-1].Event == schemas.IncidentClosed
	})
	byID = latest(t, got)
	if len(byID) != 1 || len(got) != 56 {
		t.Fatalf("%d incidents, %d records; want 1 and 56 (26 while 30 domains join, 30 as they recover)", len(byID), len(got))
	}
}

// TestStageCrashAndReplay crashes the stage inside its transactions (the
// records produced, the transaction not ended) and restarts it on the same
// group and transactional id, several times; a read_committed reader sees
// exactly the records of a clean run, each once.
func TestStageCrashAndReplay(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newEnv(t, ctx)
	bad := blockAlerts(30, 12)
	var rec []*schemas.StatusChange
	for _, a := range bad {
		rec = append(rec, recovery(a, 20*time.Minute))
	}
	e.produceAlerts(t, ctx, bad[:12]...)

	// Crash at every transaction that produced incident records, until
	// three crashes happened; each restart restores the state from the
	// changelog and processes the aborted records again.
	errCrash := errors.New("crash")
	for crash := range 3 {
		cfg := e.config(t)
		crashed := make(chan struct{})
		var once sync.Once
		cfg.afterProduce = func(n int) error {
			if n == 0 {
				return nil
			}
			once.Do(func() { close(crashed) })
			return errCrash
		}
		// Run stops by itself at the crash: it is waited for, not
		// cancelled (a cancel racing the hook's error made Run return
		// nil under -race).
		runCtx, cancelRun := context.WithCancel(ctx)
		st, err := New(runCtx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- st.Run(runCtx) }()
		if crash == 1 {
			e.produceAlerts(t, ctx, bad[12:]...)
		}
		if crash == 2 {
			e.produceAlerts(t, ctx, rec...)
		}
		select {
		case <-crashed:
		case <-ctx.Done():
			t.Fatalf("crash %d never came", crash)
		}
		select {
		case err := <-done:
			if !errors.Is(err, errCrash) {
				t.Fatalf("crash %d: Run returned %v", crash, err)
			}
		case <-ctx.Done():
			t.Fatalf("crash %d: Run did not stop", crash)
		}
		cancelRun()
		st.Close()
	}
	start(t, e.config(t))
	got := e.waitFor(t, ctx, "the incident closed", func(recs []schemas.Incident) bool {
		return len(recs) > 0 && recs[len(recs)-1].Event == schemas.IncidentClosed
	})
	byID := latest(t, got) // fails on a duplicate
	if len(byID) != 1 || len(got) != 56 {
		t.Fatalf("%d incidents, %d records; want 1 and 56", len(byID), len(got))
	}
	for i, r := range got {
		if r.Revision != i+1 {
			t.Fatalf("record %d has revision %d: the revisions are not one run", i, r.Revision)
		}
	}
	// A replay of the whole alerts topic by a new group (a rebuilt stage)
	// opens and closes one incident of the 30 domains again, each record
	// once.
	cfg := e.config(t)
	cfg.Group = e.prefix + "incidents-replay"
	cfg.InstanceID = "replay"
	start(t, cfg)
	all := e.waitFor(t, ctx, "the replayed incident closed", func(recs []schemas.Incident) bool {
		return len(recs) > 56 && recs[len(recs)-1].Event == schemas.IncidentClosed
	})
	again := latest(t, all[56:])
	if len(again) != 1 {
		t.Fatalf("the replay made %d incidents", len(again))
	}
	for _, inc := range again {
		if inc.Total != 30 {
			t.Fatalf("the replayed incident has %d domains", inc.Total)
		}
	}
}

// TestStageRebalance: a second instance joins while an incident is
// building and the first leaves before it closes; each partition's new
// owner restores its state from the changelog, so the incident goes on
// under the same id, each revision once.
func TestStageRebalance(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newEnv(t, ctx)
	bad := blockAlerts(30, 12)
	var rec []*schemas.StatusChange
	for _, a := range bad {
		rec = append(rec, recovery(a, 20*time.Minute))
	}
	cfgA := e.config(t)
	cfgA.InstanceID = "a"
	stopA := start(t, cfgA)
	e.produceAlerts(t, ctx, bad[:10]...)
	e.waitFor(t, ctx, "10 domains in the incident", func(recs []schemas.Incident) bool {
		return len(recs) > 0 && recs[len(recs)-1].Total == 10
	})
	cfgB := e.config(t)
	cfgB.InstanceID = "b"
	start(t, cfgB)
	e.produceAlerts(t, ctx, bad[10:]...)
	e.waitFor(t, ctx, "30 domains in the incident", func(recs []schemas.Incident) bool {
		return len(recs) > 0 && recs[len(recs)-1].Total == 30
	})
	if err := stopA(); err != nil {
		t.Fatal(err)
	}
	e.produceAlerts(t, ctx, rec...)
	got := e.waitFor(t, ctx, "the incident closed", func(recs []schemas.Incident) bool {
		return len(recs) > 0 && recs[len(recs)-1].Event == schemas.IncidentClosed
	})
	if byID := latest(t, got); len(byID) != 1 || len(got) != 56 {
		t.Fatalf("%d incidents, %d records; want 1 and 56", len(byID), len(got))
	}
}
