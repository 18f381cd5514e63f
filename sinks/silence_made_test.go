package sinks

import (
	"context"
	"testing"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// TestSilenceDecidesByMade: whether a silence holds an alert is decided by
// when the processor made it (the alert record's timestamp), not by the
// attempt's completion time the alert carries. An alert of an attempt
// completed two hours before a window, made (by a processor catching up)
// inside it, is held; an alert of an attempt completed inside the window
// but made after it has ended is sent at once.
func TestSilenceDecidesByMade(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	c.applyDirectory(t, ctx, twoResellers(hooks, ""))
	now := time.Now()
	sils := []directory.Silence{
		// a.example's customer: in force now, for a few seconds.
		{ID: "now", Level: directory.LevelCustomer, Of: "ca", Start: now.Add(-time.Minute), End: now.Add(4 * time.Second), Reason: "in force"},
		// b.example: a window that ended an hour ago.
		{ID: "past", Level: directory.LevelDomain, Of: "b.example", Start: now.Add(-3 * time.Hour), End: now.Add(-time.Hour), Reason: "over"},
	}
	var recs []directory.Record
	for _, s := range sils {
		r, err := directory.EncodeRecord(s)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := directory.Publish(ctx, c.client(t), c.name("mailflow.config"), recs); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.CheckInterval = 100 * time.Millisecond
	log, buf := logged(t)
	cfg.Logger = log
	startSink(t, cfg, false)

	late := alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-late", 0.8)
	late.At = now.Add(-2 * time.Hour).UTC() // completed before the window opened
	inPast := alertAt("b.example", schemas.StatusGood, schemas.StatusBad, "ev-past", 0.8)
	inPast.At = now.Add(-2 * time.Hour).UTC() // completed inside the ended window
	// Both made now: inside the first window, after the second, however
	// late the sink reads them.
	c.produceAlertsStamped(t, ctx, now, late, inPast)

	eventually(t, 20*time.Second, "b.example's notification", func() bool { return len(mail.to("noc@rb.test")) == 1 })
	if hasLine(buf.String(), "notifications held by a silence", "alert_id="+inPast.ID) {
		t.Error("b.example's alert, made after its window ended, was held")
	}
	eventually(t, 20*time.Second, "a.example's notifications after the silence", func() bool {
		return len(mail.to("noc@ra.test")) == 1 && len(mail.to("pm@a.example")) == 1
	})
	if !hasLine(buf.String(), "notifications held by a silence", "alert_id="+late.ID, "silence=now") {
		t.Error("a.example's alert, made inside its window, was not held")
	}
	// Not while its silence was in force, as the sink tells it: each mail
	// came after the End it read, on the wall clock it decides by.
	for _, m := range append(mail.to("noc@ra.test"), mail.to("pm@a.example")...) {
		if wallBefore(m.at, sils[0].End) {
			t.Fatalf("a.example notified at %s, while its silence was in force (until %s)", m.at.Format(time.RFC3339Nano), sils[0].End.Format(time.RFC3339Nano))
		}
	}
}
