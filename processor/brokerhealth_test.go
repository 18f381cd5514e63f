package processor

import (
	"context"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/twmb/franz-go/pkg/kfake"
)

// TestBrokerDown: a running processor whose broker is gone says so
// (Ownership.BrokerDown, which /readyz answers 503 for) once no broker has
// answered for the broker silence, and not before; a processor whose
// broker answers never does.
func TestBrokerDown(t *testing.T) {
	t.Parallel()
	c, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	defer func() {
		if !closed {
			c.Close()
		}
	}()
	// Reads come every FetchMaxWait (500 ms) or heartbeat; CI saw a gap
	// of 2.1 s under the race detector on two loaded cores, so the
	// silence is well above what a loaded machine stretches them to.
	const silence = 5 * time.Second
	cfg := Config{Brokers: c.ListenAddrs(), Topics: TopicsWithPrefix("bh."), Group: "bh", DataDir: t.TempDir(), InstanceID: "bh",
		Partitions: 3, Log: testLogger(t), Registerer: prometheus.NewRegistry(), brokerSilence: silence}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- p.Run(runCtx) }()
	defer func() { stop(); <-done }()
	waitFor(t, ctx, func() bool { return p.Ownership().Joined })
	// Heartbeats and fetches keep it answered, past the silence, and
	// the gauge the alert rule reads with it. A failure says how long
	// the test was away: a check much later than a second after the
	// previous one is a machine that stalled, not a broker that was
	// silent.
	last := time.Now()
	for range 7 {
		time.Sleep(time.Second)
		if o := p.Ownership(); o.BrokerDown || o.BrokerReadAt.IsZero() {
			t.Fatalf("with its broker up: no answer read for %v (silence %v), checked %v after the previous check: %+v",
				time.Since(o.BrokerReadAt), silence, time.Since(last), o)
		}
		last = time.Now()
		var m dto.Metric
		if err := p.m.brokerRead.Write(&m); err != nil {
			t.Fatal(err)
		}
		if g := m.GetGauge().GetValue(); time.Since(time.Unix(int64(g), 0)) > silence+time.Second {
			t.Fatalf("mailflow_broker_last_read_timestamp_seconds = %v with its broker up", g)
		}
	}
	// Every answer read after the broker is gone came after this one.
	before := p.Ownership().BrokerReadAt
	c.Close()
	closed = true
	gone := time.Now()
	waitFor(t, ctx, func() bool { return p.Ownership().BrokerDown })
	if since := time.Since(before); since <= silence {
		t.Errorf("said the broker was down %v after an answer, before the silence %v", since, silence)
	}
	if took := time.Since(gone); took > silence+10*time.Second {
		t.Errorf("said the broker was down %v after it went", took)
	}
}
