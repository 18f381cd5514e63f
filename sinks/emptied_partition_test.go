package sinks

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"

	"github.com/mailflow/mailflow/schemas"
)

// TestRemindersKeptAfterUpgradeAndRetention (second review, RV2-3):
// upgrading a single sink from a release without reminder marks
// stops the reminders of a domain Bad for longer than the alerts topic's
// retention, although this member read every alert itself and no other
// member exists: mark -1 makes every partition "not whole".
func TestRemindersKeptAfterUpgradeAndRetention(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "x0.example")
	interval := f.interval
	cfg := f.config(t.TempDir())
	count := func(d, prefix string) int { return len(f.mails(d, prefix)) }
	stop := startSink(t, cfg, false)
	c.produceAlerts(t, ctx, alertAt("x0.example", schemas.StatusGood, schemas.StatusBad, "xb", 0.6))
	eventually(t, 30*time.Second, "a reminder", func() bool { return count("x0.example", "[mailflow] STILL BAD") > 0 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	stop()
	// The store as the previous release left it: no partition, no marks.
	st, err := openStore(cfg.DataDir, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	keys := [][]byte{alertsPartKey("x0.example"), remindMarkKey(0), remindMarkKey(1)}
	for _, k := range keys {
		if err := st.db.Delete(k, pebble.Sync); err != nil {
			t.Fatal(err)
		}
	}
	st.close()
	// Bad for longer than the retention.
	adm := kadm.NewClient(c.client(t))
	ends, err := adm.ListEndOffsets(ctx, c.name("mailflow.alerts"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := adm.DeleteRecords(ctx, ends.Offsets()); err != nil {
		t.Fatal(err)
	}
	before := count("x0.example", "[mailflow] STILL BAD")
	startSink(t, cfg, false)
	// The next reminder is due within an interval of the restart; a sink
	// that dropped the state never sends one.
	eventually(t, 3*interval+30*time.Second, "a reminder of x0.example after the upgrade (still Bad: no alert says otherwise, and this sink is the group's only member)", func() bool {
		return count("x0.example", "[mailflow] STILL BAD") > before
	})
}

// TestAlertmanagerKeepsAlertsWhenPartitionEmptied (second review, RV2-4):
// the Alertmanager side of the reminders' case: the only member, restarted after
// retention emptied the partition (its last alert and the transaction
// marker after it), stops re-posting a domain still Bad: its firing mark
// is the last alert's offset + 1, the start offset is past the marker.
func TestAlertmanagerKeepsAlertsWhenPartitionEmptied(t *testing.T) {
	t.Parallel() // a fake Alertmanager: an httptest server
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	am := startFakeAM(t)
	c := startCluster(t)
	c.applyDirectory(t, ctx, "resellers: [{id: ra}]\ncustomers: [{id: ca, reseller: ra}]\ndomains:\n  - {name: old.example, customer: ca}\n")
	mail := startSMTP(t, nil, "", "")
	cfg := amConfig(t, c, mail, t.TempDir(), am.srv.URL, 500*time.Millisecond)
	stop := startSink(t, cfg, false)
	produceToPartition0(t, ctx, c, alertAt("old.example", schemas.StatusGood, schemas.StatusBad, "o-1", 0.5)) // offsets 0, 1 (marker)
	waitCommitted(t, ctx, c, "mailflow.sink")
	eventually(t, 10*time.Second, "re-posted", func() bool { return am.count("old.example") > 2 })
	stop()
	deleteAlertsBefore(t, ctx, c, nil) // retention: the partition is empty
	cfg.Registerer = prometheus.NewRegistry()
	// Nothing posts until the member is back; once back, it posts only the
	// partitions it took over, after the take-over: a member that dropped
	// the record never posts old.example again.
	before := am.count("old.example")
	startSink(t, cfg, false) // the same member, same store
	eventually(t, 30*time.Second, "old.example, still Bad, re-posted (twice) by the member that read its Bad alert, after retention emptied the partition", func() bool {
		return am.count("old.example") >= before+2
	})
}
