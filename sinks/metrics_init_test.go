package sinks

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// TestMetricsStartAtZero: every channel's counters are exported at 0 from
// the start, so that the alert rules' increase() sees the first
// dead-lettered notification after a start (review finding: the series
// appeared at 1 and MailflowNotificationsDeadLettered never fired for it).
func TestMetricsStartAtZero(t *testing.T) {
	t.Parallel()
	reg := prometheus.NewRegistry()
	if _, err := newMetrics(reg); err != nil {
		t.Fatal(err)
	}
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]map[string]float64{}
	for _, f := range families {
		for _, m := range f.GetMetric() {
			if m.GetCounter() == nil || len(m.GetLabel()) != 1 || m.GetLabel()[0].GetName() != "channel" {
				continue
			}
			if got[f.GetName()] == nil {
				got[f.GetName()] = map[string]float64{}
			}
			got[f.GetName()][m.GetLabel()[0].GetValue()] = m.GetCounter().GetValue()
		}
	}
	for _, name := range []string{"mailflow_sink_notifications_sent_total", "mailflow_sink_notification_attempts_failed_total",
		"mailflow_sink_notifications_deadlettered_total", "mailflow_sink_notifications_duplicate_total", "mailflow_sink_notifications_folded_total"} {
		for _, ch := range []string{"email", "webhook", "alertmanager"} {
			if v, ok := got[name][ch]; !ok || v != 0 {
				t.Errorf("%s{channel=%q} at start: %v (exported %v), want 0", name, ch, v, ok)
			}
		}
	}
	if v, ok := got["mailflow_sink_notifications_deadlettered_total"]["none"]; !ok || v != 0 {
		t.Errorf(`mailflow_sink_notifications_deadlettered_total{channel="none"} at start: %v (exported %v), want 0`, v, ok)
	}
}
