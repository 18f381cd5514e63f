package sinks

import (
	"context"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
	"github.com/twmb/franz-go/pkg/kadm"
)

// TestKeepsRemindingAfterRestart: a sink that told h.example's Bad (its
// second episode) is restarted on the same store, and h.example, still
// Bad, is still reminded of:
//   - the same group: it goes on from its committed offsets;
//   - a group whose offsets expired (another group name here): its region
//     replays the first episode's recovery (noteStatus drops the domain's
//     reminder states), then the last Bad, which the store shows
//     delivered, so afterDelivery does not set them back; keepReminding
//     does (review finding F2).
func TestKeepsRemindingAfterRestart(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		expired bool
	}{{"same group", false}, {"offsets expired", true}} {
		t.Run(tc.name, func(t *testing.T) { testKeepsRemindingAfterRestart(t, tc.expired) })
	}
}

func testKeepsRemindingAfterRestart(t *testing.T, expired bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "h.example")
	G, B := schemas.StatusGood, schemas.StatusBad
	cfg := f.config(t.TempDir())
	cfg.RepeatInterval = time.Hour // no reminders in the first life
	cfg.FlapInterval = -1
	at := time.Time{} // now
	if expired {
		at = time.Now().Add(-3 * time.Hour) // history to the second group
	}
	c.produceAlertsStamped(t, ctx, at, alertAt("h.example", G, B, "h1", 0.8), alertAt("h.example", B, G, "h2", 0.95), alertAt("h.example", G, B, "h3", 0.8))
	stop := startSink(t, cfg, false)
	eventually(t, 30*time.Second, "the Bad", func() bool { return len(f.mails("h.example", "[mailflow] BAD")) >= 1 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	stop()

	cfg.RepeatInterval = f.interval
	group := "mailflow.sink"
	if expired {
		group = "mailflow.sink-again"
		cfg.Group = c.name(group)
	}
	startSink(t, cfg, false)
	waitCommitted(t, ctx, c, group)
	// Due an interval after the restart; a sink that lost the reminder
	// state never sends one.
	eventually(t, 4*f.interval+30*time.Second, "a reminder of h.example, still Bad, after the restart", func() bool {
		return len(f.mails("h.example", "[mailflow] STILL BAD")) > 0
	})
}

// TestCatchUpFutureStampedBadGetsItsRecovery: a Bad stamped in the future
// (a producer's clock ahead) is news in the region and told; its
// recovery, stamped 3 hours ago, is history and the last. It goes to
// those the region told, whether or not the Bad's delivery is recorded
// yet. (Review finding F5: it went to nobody when read first.)
func TestCatchUpFutureStampedBadGetsItsRecovery(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "a.example")
	G, B := schemas.StatusGood, schemas.StatusBad
	c.produceAlertsStamped(t, ctx, time.Now().Add(time.Hour), alertAt("a.example", G, B, "a1", 0.8))
	c.produceAlertsStamped(t, ctx, time.Now().Add(-3*time.Hour), alertAt("a.example", B, G, "a2", 0.95))
	cfg := f.config(t.TempDir())
	cfg.RepeatInterval = 0
	cfg.FlapInterval = -1
	startSink(t, cfg, false)
	waitCommitted(t, ctx, c, "mailflow.sink")
	time.Sleep(2 * time.Second)
	got := f.subjects()
	t.Logf("mails %q", got)
	if countPrefix(got, "[mailflow] BAD:", "a.example") != countPrefix(got, "[mailflow] RECOVERED:", "a.example") {
		t.Fatalf("mails %q: a Bad told without its recovery (a.example is Good)", got)
	}
}

// TestCatchUpCommittedBelowLogStart: a group down for longer than the
// alerts topic's retention (but less than offsets.retention.minutes) has
// a committed offset below the log's start: the retained alerts are
// unread history, folded like a new group's. Here an episode that began
// and ended while no sink ran is not notified. (Review finding F3.)
func TestCatchUpCommittedBelowLogStart(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "a.example")
	G, B := schemas.StatusGood, schemas.StatusBad
	cfg := f.config(t.TempDir())
	cfg.RepeatInterval = 0
	cfg.FlapInterval = -1
	stop := startSink(t, cfg, false)
	c.produceAlerts(t, ctx, alertAt("a.example", G, B, "a1", 0.8), alertAt("a.example", B, G, "a2", 0.95))
	eventually(t, 30*time.Second, "the first episode", func() bool { return len(f.mail.to("noc@ca.test")) == 2 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	stop()
	adm := kadm.NewClient(c.client(t))
	ends, err := adm.ListEndOffsets(ctx, c.name("mailflow.alerts"))
	if err != nil {
		t.Fatal(err)
	}
	past := time.Now().Add(-3 * time.Hour)
	c.produceAlertsStamped(t, ctx, past, alertAt("a.example", G, B, "a3", 0.8), alertAt("a.example", B, G, "a4", 0.95),
		alertAt("a.example", G, B, "a5", 0.8), alertAt("a.example", B, G, "a6", 0.95))
	// Retention deletes what follows the committed offset.
	del := kadm.Offsets{}
	ends.Each(func(e kadm.ListedOffset) {
		if e.Offset > 0 {
			del.Add(kadm.Offset{Topic: e.Topic, Partition: e.Partition, At: e.Offset + 1})
		}
	})
	if _, err := adm.DeleteRecords(ctx, del); err != nil {
		t.Fatal(err)
	}
	startSink(t, cfg, false)
	waitCommitted(t, ctx, c, "mailflow.sink")
	time.Sleep(2 * time.Second)
	got := f.subjects()
	if len(got) != 2 {
		t.Fatalf("mails %q: the history of the outage (a4..a6, stamped 3 hours ago, a.example Good) notified as news", got)
	}
}
