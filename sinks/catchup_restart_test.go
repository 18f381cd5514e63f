package sinks

import (
	"context"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// TestCatchUpNoRecoveryOfFoldedBad: a Bad folded as history (not the last
// of its domain) and its recovery stamped within catchUpNews: the
// recovery is news, but nobody was told of the Bad, so nobody gets it.
// (Review finding R1.)
func TestCatchUpNoRecoveryOfFoldedBad(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "a.example", "c.example")
	G, B := schemas.StatusGood, schemas.StatusBad
	c.produceAlertsStamped(t, ctx, time.Now().Add(-3*time.Hour), alertAt("a.example", G, B, "a1", 0.8))
	c.produceAlerts(t, ctx, alertAt("a.example", B, G, "a2", 0.95)) // 5 min ago, say: news
	c.produceAlerts(t, ctx, alertAt("c.example", G, B, "c1", 0.8))  // a sentinel: news
	cfg := f.config(t.TempDir())
	cfg.RepeatInterval = 0
	startSink(t, cfg, false)
	eventually(t, 30*time.Second, "the sentinel", func() bool { return len(f.mail.to("noc@ca.test")) >= 1 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	time.Sleep(time.Second)
	got := f.subjects()
	if countPrefix(got, "[mailflow] RECOVERED:", "a.example") != 0 {
		t.Fatalf("mails %q: a recovery of a Bad nobody was told of", got)
	}
}

// TestCatchUpCrashInRegion: a member crashes (no final commit) while the
// first notification of its region (a domain still Bad) cannot be
// delivered yet (SMTP 451). The region is committed whole or not at all,
// so the restarted member finds nothing committed and folds the same
// history: only the Bad goes out. (Review finding R2; before, the store's
// read mark made the restart read the folded history as news.)
func TestCatchUpCrashInRegion(t *testing.T) {
	t.Parallel()
	testCatchUpRestartInRegion(t, true)
}

// TestCatchUpRegionNotCommittedInPart: the same with a folded episode
// before the Bad, which the member could have committed on its own: a
// committed offset inside the region would make the member that takes the
// partition over read the rest of it as news. (Review finding R2b.)
func TestCatchUpRegionNotCommittedInPart(t *testing.T) {
	t.Parallel()
	testCatchUpRestartInRegion(t, false)
}

func testCatchUpRestartInRegion(t *testing.T, pendingFirst bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "a.example", "c.example", "m.example") // one alerts partition of two
	G, B := schemas.StatusGood, schemas.StatusBad
	past := time.Now().Add(-3 * time.Hour)
	over := func(d string) []*schemas.StatusChange {
		return []*schemas.StatusChange{alertAt(d, G, B, d+"1", 0.8), alertAt(d, B, G, d+"2", 0.95)}
	}
	var alerts []*schemas.StatusChange
	if !pendingFirst {
		alerts = append(alerts, over("a.example")...)
	}
	alerts = append(alerts, alertAt("c.example", G, B, "c1", 0.8)) // still Bad: notified
	alerts = append(alerts, over("m.example")...)
	c.produceAlertsStamped(t, ctx, past, alerts...)

	f.mail.setRefuse(1 << 30)
	cfg := f.config(t.TempDir())
	cfg.RepeatInterval = 0
	cfg.MaxAttempts = 1 << 20
	log, buf := logged(t)
	cfg.Logger = log
	stop := startSink(t, cfg, true)
	// The region dispatched (m.example's recovery, its last alert,
	// routed), c.example's Bad retrying (refused once at least).
	last := alerts[len(alerts)-1]
	eventually(t, 30*time.Second, "the region dispatched, c.example's Bad retrying", func() bool {
		f.mail.mu.Lock()
		refused := f.mail.refuse < 1<<30
		f.mail.mu.Unlock()
		return refused && hasLine(buf.String(), "alert routed", "alert_id="+last.ID)
	})
	stop()
	f.mail.setRefuse(0)
	startSink(t, cfg, false)
	eventually(t, 30*time.Second, "c.example's Bad", func() bool { return len(f.mail.to("noc@ca.test")) >= 1 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	time.Sleep(time.Second)
	got := f.subjects()
	if len(got) != 1 || countPrefix(got, "[mailflow] BAD:", "c.example") != 1 {
		t.Fatalf("mails after the restart: %q; want c.example's Bad alone (m.example's episode is history)", got)
	}
}

// TestExpiredGroupOwesDelayRecovery: a group whose offsets expired, on the
// same store, told a delay; the delay's recovery, written while no sink
// ran, goes to the manager told of the delay: the store records the kind
// of detection notifications too. (Review finding R3.)
func TestExpiredGroupOwesDelayRecovery(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "e.example")
	G := schemas.StatusGood
	cfg := f.config(t.TempDir())
	cfg.RepeatInterval = 0
	stop := startSink(t, cfg, false)
	c.produceAlerts(t, ctx, delayAlert("e.example", schemas.KindDelayed, G, "e1", 2400))
	eventually(t, 30*time.Second, "the delay", func() bool { return len(f.mail.to("noc@ca.test")) == 1 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	stop()
	c.produceAlertsStamped(t, ctx, time.Now().Add(-time.Hour), delayAlert("e.example", schemas.KindDelayRecovered, G, "e2", 600))
	cfg.Group = c.name("mailflow.sink-again")
	startSink(t, cfg, false)
	waitCommitted(t, ctx, c, "mailflow.sink-again")
	time.Sleep(2 * time.Second)
	got := f.subjects()
	if countPrefix(got, "[mailflow] DELAY RECOVERED:", "e.example") != 1 {
		t.Fatalf("mails %q: the manager told of the delay never hears it ended", got)
	}
}
