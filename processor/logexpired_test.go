package processor

import (
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"
)

// TestLogExpiredCounted: an attempt whose record is stamped older than the
// log retention (a producer's clock far behind, a replay of old records)
// is counted in its domain's window but cannot be kept in the log store;
// mailflow_log_expired_attempts_total says so (review finding: it was
// left out of the log in silence). Attempts stamped within the retention
// are logged as always.
func TestLogExpiredCounted(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cl := h.manualClient()
	logs := openLogs(t, t.TempDir())
	cfg := h.config(t.TempDir())
	cfg.Registerer = prometheus.NewRegistry()
	cfg.Logs = NewLogSink(logs)
	r := h.start(cfg)
	const d = "stale-clock.example"
	now := time.Now()
	var recs []*kgo.Record
	for i, at := range []time.Time{now.Add(-30 * 24 * time.Hour), now.Add(-400 * 24 * time.Hour), now.Add(-time.Minute), now} {
		id := []string{"old-1", "old-2", "new-1", "new-2"}[i]
		recs = append(recs, &kgo.Record{Key: []byte(d), Value: event(t, id, d, 550), Timestamp: at, Partition: PartitionFor(d, 3)})
	}
	if err := cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	waitLogged(t, h, logs, map[string][]string{d: {"new-1", "new-2"}})
	waitFor(t, h.ctx, func() bool { return counterValue(t, r.p.m.logExpired) == 2 })
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	sameLog(t, "with two attempts older than the retention", logDump(t, logs), map[string][]string{d: {"new-1", "new-2"}})
}
