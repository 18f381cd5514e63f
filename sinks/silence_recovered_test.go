package sinks

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// TestSilenceRecoveredForBadOnlySubscriber (review S25A-1): a manager
// who subscribes to Bad only holds the Bad of a silenced domain but not
// the recovery that follows it in the silence. When the silence ends,
// the domain is Good: neither that manager nor the one who takes every
// transition hears of the episode, and the manager's next real Bad after
// the silence goes out at once rather than being held by flap control
// behind a stale one.
func TestSilenceRecoveredForBadOnlySubscriber(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	c.applyDirectory(t, ctx, fmt.Sprintf(`resellers: [{id: ra}]
customers: [{id: ca, reseller: ra}]
domains: [{name: a.example, customer: ca, flap_interval: 10m}]
managers:
  - {id: all-a, level: domain, of: a.example, email: all@a.example}
  - {id: bad-a, level: domain, of: a.example, email: bad@a.example, webhook_url: "%[1]s/bad-a", webhook_secret: %[2]s}
subscriptions:
  - {id: s-all, manager: all-a}
  - {id: s-bad, manager: bad-a, transitions: [bad]}
`, hooks.srv.URL, testSecret))
	// Both alerts must be read within the silence: read after its end,
	// the held Bad is released before the recovery is read, rightly. So
	// the silence lasts an hour while they are read, however slowly, and
	// is then made to end a second later (an operator ending it early):
	// its end, not the edit, releases the holds.
	now := time.Now()
	sil := directory.Silence{ID: "maint-1", Level: directory.LevelDomain, Of: "a.example", Start: now.Add(-time.Minute), End: now.Add(time.Hour), Reason: "maintenance"}
	c.publishSilence(t, ctx, sil)
	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.CheckInterval = 100 * time.Millisecond
	log, buf := logged(t)
	cfg.Logger = log
	startSink(t, cfg, true)

	c.produceAlerts(t, ctx,
		alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-1", 0.8),
		alertAt("a.example", schemas.StatusBad, schemas.StatusGood, "ev-2", 0.96))
	eventually(t, 20*time.Second, "the recovery read", func() bool { return hasLine(buf.String(), "notifications held by a silence", "to=good") })
	sil.End = time.Now().Add(time.Second)
	c.publishSilence(t, ctx, sil)
	eventually(t, 20*time.Second, "both targets' held notifications dropped at the silence's end", func() bool {
		return hasLine(buf.String(), "the problem did not outlast it", "manager=bad-a", "channel=email") &&
			hasLine(buf.String(), "the problem did not outlast it", "manager=bad-a", "channel=webhook") &&
			hasLine(buf.String(), "the problem did not outlast it", "manager=all-a")
	})
	// Not before the silence ended, as the sink tells it: the instant it
	// logged each drop against the End it read, on the wall clock it
	// decides by. (This test compared time.Now() after the drops with the
	// End it had set, by their monotonic readings: they disagree with the
	// sink's wall-clock decision whenever the wall clock is stepped.)
	for _, at := range logTimes(t, buf.String(), "the problem did not outlast it") {
		if wallBefore(at, sil.End) {
			t.Fatalf("held notifications dropped at %s, before the silence ended at %s", at.Format(time.RFC3339Nano), sil.End.Format(time.RFC3339Nano))
		}
	}
	time.Sleep(500 * time.Millisecond)
	if n := len(mail.to("bad@a.example")) + len(hooks.calls("/bad-a")) + len(mail.to("all@a.example")); n != 0 {
		t.Fatalf("%d notifications of an episode that lay wholly in the silence, want none", n)
	}

	// A real Bad after the silence goes out at once, to both.
	c.produceAlerts(t, ctx, alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-3", 0.8))
	eventually(t, 20*time.Second, "the Bad after the silence", func() bool {
		return len(mail.to("bad@a.example")) == 1 && len(hooks.calls("/bad-a")) == 1 && len(mail.to("all@a.example")) == 1
	})
	if hasLine(buf.String(), "flap control holds a notification") {
		t.Error("flap control held the first Bad after the silence")
	}
}

// TestRecoveredSinceByPosition: whether the domain recovered after a
// held Bad is told by where the alerts were read, not by their ids: a
// sink that reads the partition again from its committed offset writes
// the status of older alerts first, which must not drop the held Bad; an
// alert on another partition (the topic repartitioned) or a held record
// of an older release (no position) says nothing.
func TestRecoveredSinceByPosition(t *testing.T) {
	t.Parallel()
	st, err := openStore(t.TempDir(), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	s := &Sink{store: st, log: testLogger(t)}
	held := heldState{Alerts: []schemas.StatusChange{{ID: "bad-2", Domain: "a.example", To: schemas.StatusBad}}, Partition: 3, Next: 11}
	for _, tc := range []struct {
		what      string
		st        schemas.Status
		id        string
		part      int32
		next      int64
		held      heldState
		recovered bool
	}{
		{"a recovery read after the Bad", schemas.StatusGood, "good-3", 3, 12, held, true},
		{"an older recovery read again", schemas.StatusGood, "good-1", 3, 9, held, false},
		{"the held Bad itself", schemas.StatusBad, "bad-2", 3, 11, held, false},
		{"a later detection alert while Bad", schemas.StatusBad, "delay-4", 3, 13, held, false},
		{"a recovery on another partition", schemas.StatusGood, "good-5", 4, 40, held, false},
		{"a held record of an older release", schemas.StatusGood, "good-3", 3, 12, heldState{Alerts: held.Alerts}, false},
	} {
		if err := st.setCurrent("a.example", tc.st, tc.id, tc.part, tc.next); err != nil {
			t.Fatal(err)
		}
		if got := s.recoveredSince("a.example", tc.held); got != tc.recovered {
			t.Errorf("%s: recoveredSince = %v, want %v", tc.what, got, tc.recovered)
		}
	}
}

// TestHeldDropCounted (review S25B-6): a notification held by a silence
// whose subscription is gone when the silence ends is dropped, logged and
// counted in mailflow_sink_notifications_dropped_total, as a drop at send
// time is.
func TestHeldDropCounted(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	base := `resellers: [{id: ra}]
customers: [{id: ca, reseller: ra}]
domains: [{name: a.example, customer: ca}]
managers:
  - {id: pm-a, level: domain, of: a.example, email: pm@a.example}
`
	c.applyDirectory(t, ctx, base+"subscriptions:\n  - {id: s-a, manager: pm-a}\n")
	// The subscription must be gone before the silence ends, however
	// slowly the sink runs: the silence lasts an hour until then.
	now := time.Now()
	sil := directory.Silence{ID: "maint-1", Level: directory.LevelDomain, Of: "a.example", Start: now.Add(-time.Minute), End: now.Add(time.Hour), Reason: "maintenance"}
	c.publishSilence(t, ctx, sil)
	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.CheckInterval = 100 * time.Millisecond
	log, buf := logged(t)
	cfg.Logger = log
	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	startSink(t, cfg, false)
	c.produceAlerts(t, ctx, alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-1", 0.8))
	eventually(t, 20*time.Second, "held", func() bool { return hasLine(buf.String(), "notifications held by a silence", "targets=1") })
	c.applyDirectory(t, ctx, base+"subscriptions: []\n")
	// Then the silence ends a second from now. The config topic has one
	// partition: the sink reads the new end after the subscription's
	// removal.
	sil.End = time.Now().Add(time.Second)
	c.publishSilence(t, ctx, sil)
	eventually(t, 20*time.Second, "the held notification dropped", func() bool {
		return hasLine(buf.String(), "held notification dropped", "domain=a.example", "target=pm-a/email")
	})
	// The drop is logged, then recorded, then counted.
	eventually(t, 10*time.Second, "the drop counted", func() bool {
		return counter(t, reg, "mailflow_sink_notifications_dropped_total") >= 1
	})
	time.Sleep(300 * time.Millisecond) // room for a second count or a mail
	if n := len(mail.to("pm@a.example")); n != 0 {
		t.Fatalf("%d mails to a manager with no subscription", n)
	}
	if n := counter(t, reg, "mailflow_sink_notifications_dropped_total"); n != 1 {
		t.Errorf("mailflow_sink_notifications_dropped_total = %v, want 1", n)
	}
}

// publishSilence writes sil to the cluster's config topic.
func (c *cluster) publishSilence(t *testing.T, ctx context.Context, sil directory.Silence) {
	t.Helper()
	rec, err := directory.EncodeRecord(sil)
	if err != nil {
		t.Fatal(err)
	}
	if err := directory.Publish(ctx, c.client(t), c.name("mailflow.config"), []directory.Record{rec}); err != nil {
		t.Fatal(err)
	}
}

// TestSilenceReleaseAfterPartitionCameBack (review S25B-2): member A holds
// a Bad and stops; member B, alone, reads the domain's recovery and
// stops; A starts again and rebuilds its record of the domain's status
// from the topic, with the recovery's position, so that at the silence's
// end it does not release the Bad it holds to the manager who takes Bad
// only.
func TestSilenceReleaseAfterPartitionCameBack(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	c.applyDirectory(t, ctx, `resellers: [{id: ra}]
customers: [{id: ca, reseller: ra}]
domains: [{name: a.example, customer: ca}]
managers:
  - {id: bad-a, level: domain, of: a.example, email: bad@a.example}
subscriptions:
  - {id: s-bad, manager: bad-a, transitions: [bad]}
`)
	// The silence lasts an hour while the members come and go, however
	// slowly; it ends a second after A is back (an operator ending it).
	now := time.Now()
	sil := directory.Silence{ID: "maint-1", Level: directory.LevelDomain, Of: "a.example", Start: now.Add(-time.Minute), End: now.Add(time.Hour), Reason: "maintenance"}
	c.publishSilence(t, ctx, sil)
	cfgA := testConfig(t, c, mail, t.TempDir())
	cfgA.CheckInterval = 100 * time.Millisecond
	logA, bufA := logged(t)
	cfgA.Logger = logA
	stopA := startSink(t, cfgA, true)
	c.produceAlerts(t, ctx, alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-1", 0.8))
	eventually(t, 20*time.Second, "A holds the Bad", func() bool { return hasLine(bufA.String(), "notifications held by a silence", "targets=1") })
	waitCommitted(t, ctx, c, "mailflow.sink")
	stopA()

	cfgB := testConfig(t, c, mail, t.TempDir())
	cfgB.CheckInterval = 100 * time.Millisecond
	stopB := startSink(t, cfgB, false)
	c.produceAlerts(t, ctx, alertAt("a.example", schemas.StatusBad, schemas.StatusGood, "ev-2", 0.96))
	time.Sleep(2 * time.Second)
	waitCommitted(t, ctx, c, "mailflow.sink")
	stopB()

	tookOver := len(logTimes(t, bufA.String(), "took over the reminders of assigned partitions"))
	startSink(t, cfgA, false)
	eventually(t, 30*time.Second, "A assigned the partitions again", func() bool {
		return len(logTimes(t, bufA.String(), "took over the reminders of assigned partitions")) > tookOver
	})
	sil.End = time.Now().Add(time.Second)
	c.publishSilence(t, ctx, sil)
	eventually(t, 20*time.Second, "A drops its held Bad at the silence's end", func() bool {
		return hasLine(bufA.String(), "the problem did not outlast it", "manager=bad-a")
	})
	for _, at := range logTimes(t, bufA.String(), "the problem did not outlast it") {
		if wallBefore(at, sil.End) {
			t.Errorf("held Bad dropped at %s, before the silence ended at %s", at.Format(time.RFC3339Nano), sil.End.Format(time.RFC3339Nano))
		}
	}
	if n := len(mail.to("bad@a.example")); n != 0 {
		t.Errorf("bad@a.example got %d notifications of a Bad that recovered in the silence, want 0", n)
	}
}

// TestSilenceReleaseAfterRebalance (review S25B-2): the alerts
// partitions move to a second member during a silence, which reads the
// recoveries of half the domains. The first member, which holds the Bads,
// reads the moved partitions' committed alerts before it releases: the
// manager who takes Bad only hears once of each domain still Bad, and of
// none that recovered in the silence.
func TestSilenceReleaseAfterRebalance(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	doms := []string{"r0.example", "r1.example", "r2.example", "r3.example", "r4.example", "r5.example", "r6.example", "r7.example"}
	y := "resellers: [{id: ra}]\ncustomers: [{id: ca, reseller: ra}]\ndomains:\n"
	for _, d := range doms {
		y += "  - {name: " + d + ", customer: ca}\n"
	}
	y += "managers:\n  - {id: bad-r, level: reseller, of: ra, email: bad@r.example}\nsubscriptions:\n  - {id: s-bad, manager: bad-r, transitions: [bad]}\n"
	c.applyDirectory(t, ctx, y)
	// The silence lasts an hour while the partitions move and the
	// recoveries are read, however slowly; then it ends a second later
	// (an operator ending it).
	now := time.Now()
	sil := directory.Silence{ID: "maint-1", Level: directory.LevelReseller, Of: "ra", Start: now.Add(-time.Minute), End: now.Add(time.Hour), Reason: "maintenance"}
	c.publishSilence(t, ctx, sil)
	cfg := func() Config {
		cf := testConfig(t, c, mail, t.TempDir())
		cf.CheckInterval = 100 * time.Millisecond
		return cf
	}
	cfgA := cfg()
	logA, bufA := logged(t)
	cfgA.Logger = logA
	startSink(t, cfgA, false)
	var bad, good []*schemas.StatusChange
	for i, d := range doms {
		bad = append(bad, alertAt(d, schemas.StatusGood, schemas.StatusBad, fmt.Sprint("b", i), 0.6))
		if i%2 == 0 {
			good = append(good, alertAt(d, schemas.StatusBad, schemas.StatusGood, fmt.Sprint("g", i), 0.96))
		}
	}
	c.produceAlerts(t, ctx, bad...)
	time.Sleep(2 * time.Second)
	waitCommitted(t, ctx, c, "mailflow.sink")
	startSink(t, cfg(), false)
	eventually(t, 30*time.Second, "two members", func() bool { return c.stableMembers(t, ctx, "mailflow.sink", 2) })
	c.produceAlerts(t, ctx, good...)
	waitCommitted(t, ctx, c, "mailflow.sink")
	if n := len(mail.to("bad@r.example")); n != 0 {
		t.Fatalf("%d notifications during the silence", n)
	}
	sil.End = time.Now().Add(time.Second)
	c.publishSilence(t, ctx, sil)
	eventually(t, 30*time.Second, "the first member's decision on each held Bad", func() bool {
		return len(logTimes(t, bufA.String(), "silence ended, sending held notification"))+
			len(logTimes(t, bufA.String(), "the problem did not outlast it")) >= len(doms)
	})
	eventually(t, 20*time.Second, "the still-Bad domains' notifications", func() bool { return len(mail.to("bad@r.example")) >= 4 })
	time.Sleep(2 * time.Second) // room for a notification that should not come
	for _, m := range mail.to("bad@r.example") {
		if wallBefore(m.at, sil.End) {
			t.Errorf("%q sent at %s, before the silence ended at %s", m.header.Get("Subject"), m.at.Format(time.RFC3339Nano), sil.End.Format(time.RFC3339Nano))
		}
	}
	got := map[string]int{}
	for _, m := range mail.to("bad@r.example") {
		got[m.header.Get("Subject")]++
	}
	for i, d := range doms {
		n := 0
		for subj, k := range got {
			if strings.Contains(subj, " "+d) {
				n += k
			}
		}
		if want := i % 2; n != want {
			t.Errorf("%s (recovered in the silence: %v): %d notifications, want %d; subjects %v", d, i%2 == 0, n, want, got)
		}
	}
}
