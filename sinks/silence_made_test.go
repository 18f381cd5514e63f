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
	startSink(t, cfg, false)

	late := alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-late", 0.8)
	late.At = now.Add(-2 * time.Hour).UTC() // completed before the window opened
	inPast := alertAt("b.example", schemas.StatusGood, schemas.StatusBad, "ev-past", 0.8)
	inPast.At = now.Add(-2 * time.Hour).UTC() // completed inside the ended window
	c.produceAlerts(t, ctx, late, inPast)

	eventually(t, 20*time.Second, "b.example's notification", func() bool { return len(mail.to("noc@rb.test")) == 1 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	if n := len(mail.to("noc@ra.test")) + len(mail.to("pm@a.example")); n != 0 {
		t.Fatalf("a.example notified %d times while its silence is in force", n)
	}
	eventually(t, 20*time.Second, "a.example's notifications after the silence", func() bool {
		return len(mail.to("noc@ra.test")) == 1 && len(mail.to("pm@a.example")) == 1
	})
	if time.Now().Before(sils[0].End) {
		t.Fatal("released before the silence ended")
	}
}
