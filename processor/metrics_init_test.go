package processor

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// TestProduceErrorsStartAtZero: mailflow_produce_errors_total is exported
// at 0 for every topic the processor writes from the start, so that the
// alert rule's increase() sees the first failure after a start (review
// finding: the series appeared at 1, and increase() over it was 0).
func TestProduceErrorsStartAtZero(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	reg := prometheus.NewRegistry()
	cfg := h.config(t.TempDir())
	cfg.Registerer = reg
	r := h.start(cfg)
	defer r.stop()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, f := range families {
		if f.GetName() != "mailflow_produce_errors_total" {
			continue
		}
		for _, m := range f.GetMetric() {
			got[m.GetLabel()[0].GetValue()] = m.GetCounter().GetValue()
		}
	}
	for _, topic := range h.topics.Outputs() {
		if v, ok := got[topic]; !ok || v != 0 {
			t.Errorf("mailflow_produce_errors_total{topic=%q} at start: %v (exported %v), want 0", topic, v, ok)
		}
	}
}

// TestCountersStartAtZero: the dead letters of every reason and the
// transactions of both results are exported at 0 from the start (review
// finding: they were born at 1, so the first dead letter or abort after a
// start was invisible to rate() and increase()).
func TestCountersStartAtZero(t *testing.T) {
	t.Parallel()
	reg := prometheus.NewRegistry()
	newMetrics(reg)
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]map[string]bool{}
	for _, f := range families {
		got[f.GetName()] = map[string]bool{}
		for _, m := range f.GetMetric() {
			if len(m.GetLabel()) == 1 && m.GetCounter().GetValue() == 0 {
				got[f.GetName()][m.GetLabel()[0].GetValue()] = true
			}
		}
	}
	for name, labels := range map[string][]string{
		"mailflow_dead_letters_total": {"malformed", "invalid", "wrong_partition", "too_large_to_forward", "malformed_tick", "invalid_completed_at", "invalid_domain", "invalid_smtp_code"},
		"mailflow_transactions_total": {"committed", "aborted"},
	} {
		for _, l := range labels {
			if !got[name][l] {
				t.Errorf("%s{%q} is not exported at 0 from the start", name, l)
			}
		}
	}
}
