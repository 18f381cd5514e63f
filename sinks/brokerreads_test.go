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
	time.Sleep(6 * time.Second)
	if at := time.Unix(int64(read()), 0); time.Since(at) > 5*time.Second {
		t.Fatalf("the last broker read is %v old on a running sink", time.Since(at).Round(time.Second))
	}
}
