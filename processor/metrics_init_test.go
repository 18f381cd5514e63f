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
