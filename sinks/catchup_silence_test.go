package sinks

import (
	"context"
	"testing"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// TestExpiredGroupSilenceHoldsFoldedRecovery: a group whose offsets
// expired, on the same store, which held a Bad under a silence. The
// recovery, made inside the same silence while no sink ran, goes to no
// target (nobody was told of the Bad) but joins the held notifications,
// so the silence's end drops both instead of releasing a stale Bad.
// (Review finding R5.)
func TestExpiredGroupSilenceHoldsFoldedRecovery(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "a.example", "c.example")
	// The silence lasts an hour while both groups read, however slowly;
	// then it ends a second later (an operator ending it).
	now := time.Now()
	sil := directory.Silence{ID: "maint", Level: directory.LevelCustomer, Of: "ca", Start: now.Add(-2 * time.Hour), End: now.Add(time.Hour), Reason: "maintenance"}
	c.publishSilence(t, ctx, sil)
	G, B := schemas.StatusGood, schemas.StatusBad
	cfg := f.config(t.TempDir())
	cfg.RepeatInterval = 0
	stop := startSink(t, cfg, false)
	c.produceAlerts(t, ctx, alertAt("a.example", G, B, "a1", 0.8)) // held by the silence
	time.Sleep(time.Second)
	waitCommitted(t, ctx, c, "mailflow.sink")
	stop()
	if n := len(f.mail.to("noc@ca.test")); n != 0 {
		t.Fatalf("%d mails during the silence", n)
	}
	// While no sink runs, inside the silence: a.example recovers.
	c.produceAlertsStamped(t, ctx, now.Add(-30*time.Minute), alertAt("a.example", B, G, "a2", 0.95))
	cfg.Group = c.name("mailflow.sink-again")
	log, buf := logged(t)
	cfg.Logger = log
	startSink(t, cfg, false)
	waitCommitted(t, ctx, c, "mailflow.sink-again")
	sil.End = time.Now().Add(time.Second)
	c.publishSilence(t, ctx, sil)
	// The silence's end decides on a.example's held notifications: both
	// dropped, nothing released.
	eventually(t, 30*time.Second, "a.example's held notifications decided at the silence's end", func() bool {
		return hasLine(buf.String(), "the problem did not outlast it", "domain=a.example") ||
			hasLine(buf.String(), "silence ended, sending held notification", "domain=a.example")
	})
	time.Sleep(time.Second) // room for a mail
	if got := f.subjects(); len(got) != 0 {
		t.Fatalf("mails after the silence: %q; a.example recovered inside it, nothing to tell", got)
	}
}
