package sinks

import (
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// TestBrokerReadGauge: a running sink keeps
// mailflow_sink_broker_last_read_timestamp_seconds within seconds of now
// (heartbeats and fetches), which MailflowBrokerUnreachable reads.
func TestBrokerReadGauge(t *testing.T) {
	t.Parallel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	cfg := testConfig(t, c, mail, t.TempDir())
	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	stop := startSink(t, cfg, false)
	defer stop()
	read := func() float64 {
		families, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range families {
			if f.GetName() == "mailflow_sink_broker_last_read_timestamp_seconds" {
				return f.GetMetric()[0].GetGauge().GetValue()
			}
		}
		t.Fatal("mailflow_sink_broker_last_read_timestamp_seconds is not exported")
		return 0
	}
	eventually(t, 30*time.Second, "a broker read noted", func() bool { return read() > 0 })
	// It keeps moving: after a while (more than a heartbeat interval), a
	// read made after any given instant is noted, however slowly the
	// sink runs; and it is the read's time, in seconds, never one ahead
	// of the clock. (A fixed bound on its age measured how fast a loaded
	// machine ran the sink's fetch loop.)
	time.Sleep(4 * time.Second)
	since := float64(time.Now().UnixNano()) / 1e9
	eventually(t, 30*time.Second, "a broker read noted after the wait", func() bool { return read() >= since })
	if got, now := read(), float64(time.Now().UnixNano())/1e9; got > now+0.001 {
		t.Fatalf("the last broker read at %v, after now %v", got, now)
	}
}
