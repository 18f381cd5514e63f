package sinks

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// subjectsTo returns the subjects of the mails noc@ca.test got, sorted.
func (f *reminderFixture) subjects() []string {
	var out []string
	for _, m := range f.mail.to("noc@ca.test") {
		out = append(out, m.header.Get("Subject"))
	}
	slices.Sort(out)
	return out
}

// countPrefix counts the subjects that begin with prefix and name domain d.
func countPrefix(subjects []string, prefix, d string) int {
	n := 0
	for _, s := range subjects {
		if strings.HasPrefix(s, prefix) && strings.Contains(s, " "+d+" ") {
			n++
		}
	}
	return n
}

// TestNewGroupTellsOnlyWhatIsOn: a sink group that has read nothing of the
// alerts topic (a new deployment, another --sink-group) does not re-send
// its history. Of the alerts before it, it notifies the last one of each
// domain and kind that reports a problem still on (still Bad, still
// delayed), once, and no episode that began and ended before it; what
// arrives after is notified as usual, a recovery of what it told
// included. It fails on the code before catchup.go, which notified the
// history (flap control held part of it, so the group never committed).
func TestNewGroupTellsOnlyWhatIsOn(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "a.example", "b.example", "c.example", "d.example", "e.example", "g.example", "k.example")
	G, B := schemas.StatusGood, schemas.StatusBad
	past := time.Now().Add(-3 * time.Hour)
	c.produceAlertsStamped(t, ctx, past,
		alertAt("a.example", G, B, "a1", 0.8), alertAt("a.example", B, G, "a2", 0.95), // over
		alertAt("b.example", G, B, "b1", 0.8), alertAt("b.example", B, G, "b2", 0.95), alertAt("b.example", G, B, "b3", 0.7), // Bad again
		alertAt("c.example", schemas.StatusUnknown, B, "c1", 0.6),                                                                      // Bad
		delayAlert("d.example", schemas.KindDelayed, G, "d1", 2400), delayAlert("d.example", schemas.KindDelayRecovered, G, "d2", 600), // over
		delayAlert("e.example", schemas.KindDelayed, G, "e1", 2400), // delayed
	)
	// Another transaction, so that the region has markers inside it.
	c.produceAlertsStamped(t, ctx, past, alertAt("g.example", G, B, "g1", 0.8), alertAt("g.example", B, G, "g2", 0.95),
		alertAt("g.example", G, B, "g3", 0.8), alertAt("g.example", B, G, "g4", 0.95)) // over, flapping
	// Written while the group formed: news, all of it.
	c.produceAlerts(t, ctx, alertAt("k.example", G, B, "k1", 0.8), alertAt("k.example", B, G, "k2", 0.95))

	cfg := f.config(t.TempDir())
	cfg.RepeatInterval = 0 // no "still Bad" reminders among the mails counted
	startSink(t, cfg, false)
	eventually(t, 30*time.Second, "the problems still on", func() bool { return len(f.mail.to("noc@ca.test")) >= 5 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	time.Sleep(500 * time.Millisecond) // room for what should not come
	got := f.subjects()
	if len(got) != 5 || countPrefix(got, "[mailflow] BAD:", "b.example") != 1 || countPrefix(got, "[mailflow] BAD:", "c.example") != 1 ||
		countPrefix(got, "[mailflow] DELAYED:", "e.example") != 1 ||
		countPrefix(got, "[mailflow] BAD:", "k.example") != 1 || countPrefix(got, "[mailflow] RECOVERED:", "k.example") != 1 {
		t.Fatalf("a new group's mails: %q; want b.example's and c.example's Bad, e.example's delay and k.example's two", got)
	}

	// News is news: a recovery of a domain it told of, a new Bad of a
	// domain whose episode it folded.
	c.produceAlerts(t, ctx, alertAt("c.example", B, G, "c2", 0.96), alertAt("a.example", G, B, "a3", 0.7))
	eventually(t, 30*time.Second, "the news", func() bool { return len(f.mail.to("noc@ca.test")) >= 7 })
	time.Sleep(500 * time.Millisecond)
	got = f.subjects()
	if len(got) != 7 || countPrefix(got, "[mailflow] RECOVERED:", "c.example") != 1 || countPrefix(got, "[mailflow] BAD:", "a.example") != 1 {
		t.Fatalf("mails after the news: %q", got)
	}
}

// TestExpiredGroupSendsTheRecoveryItOwes: a group whose committed offsets
// Kafka expired (offsets.retention.minutes) reads the topic from its start
// again, on the same store. What it told is in the store: the recovery of
// a domain it reported Bad goes out, the Bad is not sent twice, and an
// episode nobody was told of stays folded.
func TestExpiredGroupSendsTheRecoveryItOwes(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "a.example", "h.example")
	G, B := schemas.StatusGood, schemas.StatusBad
	cfg := f.config(t.TempDir())
	cfg.RepeatInterval = 0
	stop := startSink(t, cfg, false)
	c.produceAlerts(t, ctx, alertAt("h.example", G, B, "h1", 0.8))
	eventually(t, 30*time.Second, "the Bad", func() bool { return len(f.mail.to("noc@ca.test")) == 1 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	stop()

	// While no sink runs: the recovery, and an episode of another domain.
	c.produceAlertsStamped(t, ctx, time.Now().Add(-time.Hour), alertAt("h.example", B, G, "h2", 0.95), alertAt("a.example", G, B, "a1", 0.8), alertAt("a.example", B, G, "a2", 0.95))
	// Another group name stands for the expired offsets: nothing
	// committed, the same store.
	cfg.Group = c.name("mailflow.sink-again")
	startSink(t, cfg, false)
	eventually(t, 30*time.Second, "the recovery", func() bool { return len(f.mail.to("noc@ca.test")) >= 2 })
	waitCommitted(t, ctx, c, "mailflow.sink-again")
	time.Sleep(500 * time.Millisecond)
	got := f.subjects()
	if len(got) != 2 || countPrefix(got, "[mailflow] BAD:", "h.example") != 1 || countPrefix(got, "[mailflow] RECOVERED:", "h.example") != 1 {
		t.Fatalf("mails: %q; want h.example's Bad (before) and its recovery", got)
	}
}
