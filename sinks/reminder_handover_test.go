package sinks

import (
	"context"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/mailflow/mailflow/schemas"
)

// TestRemindersFollowPartition runs two sinks of one group, with "still
// Bad" reminders every two seconds, while the alerts topic's partitions
// move between them. The member that reads a partition reminds of its Bad
// domains: after the first member leaves, the second reminds of every
// domain, although it never read their Bad alerts (it used to remind of
// none); after the first member is back and every domain recovered,
// nobody reminds of any (the first member, which read the Bad alerts of
// the partition it no longer reads, used to remind of them for ever).
func TestRemindersFollowPartition(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := startCluster(t)
	var domains []string
	for i := range 6 {
		domains = append(domains, fmt.Sprintf("r%d.example", i))
	}
	f := newReminderFixture(t, ctx, c, domains...)
	interval := f.interval
	log, buf := logged(t) // every member's
	sinkCfg := func() Config {
		cfg := f.config(t.TempDir())
		cfg.Logger = log
		return cfg
	}
	mails := f.mails
	remindedSince := func(since time.Time) func() bool {
		return func() bool {
			for _, d := range domains {
				ms := mails(d, "[mailflow] STILL BAD")
				if len(ms) == 0 || !ms[len(ms)-1].After(since) {
					return false
				}
			}
			return true
		}
	}
	members := func(n int) bool { return c.stableMembers(t, ctx, "mailflow.sink", n) }

	stopA := startSink(t, sinkCfg(), false)
	var bad []*schemas.StatusChange
	for i, d := range domains {
		bad = append(bad, alertAt(d, schemas.StatusGood, schemas.StatusBad, fmt.Sprint("rb-", i), 0.6))
	}
	c.produceAlerts(t, ctx, bad...)
	everyDomain := func(prefix string) func() bool {
		return func() bool {
			for _, d := range domains {
				if len(mails(d, prefix)) == 0 {
					return false
				}
			}
			return true
		}
	}
	eventually(t, 30*time.Second, "every domain's Bad mail", everyDomain("[mailflow] BAD"))
	waitCommitted(t, ctx, c, "mailflow.sink")

	// A second member joins and takes one of the two partitions; every
	// domain is still reminded of.
	startSink(t, sinkCfg(), false)
	eventually(t, 30*time.Second, "two members, each with a partition", func() bool { return members(2) })
	joined := time.Now()
	eventually(t, 30*time.Second, "a reminder of every domain after the second member joined", remindedSince(joined))

	// The first member leaves: the second reminds of every domain now.
	stopA()
	eventually(t, 30*time.Second, "one member left", func() bool { return members(1) })
	left := time.Now()
	eventually(t, 30*time.Second, "a reminder of every domain after the first member left", remindedSince(left))

	// The first member again, then every domain recovers: nobody reminds
	// of any domain after its recovery.
	startSink(t, sinkCfg(), false)
	eventually(t, 30*time.Second, "two members again", func() bool { return members(2) })
	var rec []*schemas.StatusChange
	for i, d := range domains {
		rec = append(rec, alertAt(d, schemas.StatusBad, schemas.StatusGood, fmt.Sprint("rr-", i), 0.96))
	}
	c.produceAlerts(t, ctx, rec...)
	eventually(t, 30*time.Second, "every domain's recovery mail", everyDomain("[mailflow] RECOVERED"))
	time.Sleep(2*interval + time.Second)
	f.checkNoReminderAfterRecovery(buf.String(), domains)
	if dl := c.deadLetters(t, ctx); len(dl) != 0 {
		t.Errorf("%d dead letters", len(dl))
	}
}

func TestReminderSchedule(t *testing.T) {
	t.Parallel()
	bad := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		now      time.Duration
		interval time.Duration
		sent     time.Duration
		n        int
	}{
		{30 * time.Minute, time.Hour, 0, 0},
		{time.Hour, time.Hour, time.Hour, 1},
		{150 * time.Minute, time.Hour, 2 * time.Hour, 2},
		{150 * time.Minute, 0, 0, 0},
		{-time.Minute, time.Hour, 0, 0},
	} {
		sent, n := reminderSchedule(bad, bad.Add(tc.now), tc.interval)
		if !sent.Equal(bad.Add(tc.sent)) || n != tc.n {
			t.Errorf("Bad %s ago, every %s: last due at +%s (#%d), want +%s (#%d)", tc.now, tc.interval, sent.Sub(bad), n, tc.sent, tc.n)
		}
	}
}

// TestRemindersDroppedWhenTakeOverFails: a member that cannot read the
// committed alerts of the partitions it is assigned (here the broker
// refuses to list the alerts topic's offsets) sends none of their
// reminders, rather than remind from records another member may have
// outdated, still reads their new alerts, and reminds of a domain whose
// Bad alert it reads after.
func TestRemindersDroppedWhenTakeOverFails(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	if c.kf == nil {
		t.Skip("needs the in-process broker to refuse requests")
	}
	f := newReminderFixture(t, ctx, c, "f0.example", "f1.example", "f2.example")
	interval := f.interval
	cfg := f.config(t.TempDir())
	count := func(d, prefix string) int { return len(f.mails(d, prefix)) }
	stop := startSink(t, cfg, false)
	c.produceAlerts(t, ctx,
		alertAt("f0.example", schemas.StatusGood, schemas.StatusBad, "fb-0", 0.6),
		alertAt("f1.example", schemas.StatusGood, schemas.StatusBad, "fb-1", 0.6))
	eventually(t, 30*time.Second, "a reminder of each domain", func() bool {
		return count("f0.example", "[mailflow] STILL BAD") > 0 && count("f1.example", "[mailflow] STILL BAD") > 0
	})
	waitCommitted(t, ctx, c, "mailflow.sink")
	stop()

	// The broker refuses to list the alerts topic's offsets: the
	// restarted member cannot read what the topic says of its partitions.
	var failing atomic.Bool
	failing.Store(true)
	alerts := c.name("mailflow.alerts")
	c.kf.ControlKey(kmsg.ListOffsets.Int16(), func(kreq kmsg.Request) (kmsg.Response, error, bool) {
		c.kf.KeepControl()
		req := kreq.(*kmsg.ListOffsetsRequest)
		if !failing.Load() || !slices.ContainsFunc(req.Topics, func(rt kmsg.ListOffsetsRequestTopic) bool { return rt.Topic == alerts }) {
			return nil, nil, false
		}
		resp := req.ResponseKind().(*kmsg.ListOffsetsResponse)
		for _, rt := range req.Topics {
			st := kmsg.NewListOffsetsResponseTopic()
			st.Topic = rt.Topic
			for _, rp := range rt.Partitions {
				sp := kmsg.NewListOffsetsResponseTopicPartition()
				sp.Partition, sp.ErrorCode = rp.Partition, kerr.TopicAuthorizationFailed.Code
				st.Partitions = append(st.Partitions, sp)
			}
			resp.Topics = append(resp.Topics, st)
		}
		return resp, nil, true
	})
	log, buf := logged(t)
	cfg.Logger = log
	startSink(t, cfg, false)
	eventually(t, 60*time.Second, "the failed take-over", func() bool {
		return hasLine(buf.String(), "could not read the alerts of assigned partitions")
	})
	before := count("f0.example", "[mailflow] STILL BAD") + count("f1.example", "[mailflow] STILL BAD")
	// It still reads: f1.example's recovery is notified.
	c.produceAlerts(t, ctx, alertAt("f1.example", schemas.StatusBad, schemas.StatusGood, "fr-1", 0.96))
	eventually(t, 30*time.Second, "f1.example's recovery", func() bool { return count("f1.example", "[mailflow] RECOVERED") == 1 })
	time.Sleep(2*interval + time.Second)
	if after := count("f0.example", "[mailflow] STILL BAD") + count("f1.example", "[mailflow] STILL BAD"); after != before {
		t.Fatalf("%d reminders after a take-over that could not read the topic, want none", after-before)
	}
	// A Bad alert read after the failed take-over is reminded of.
	c.produceAlerts(t, ctx, alertAt("f2.example", schemas.StatusGood, schemas.StatusBad, "fb-2", 0.6))
	eventually(t, 30*time.Second, "f2.example reminded of", func() bool { return count("f2.example", "[mailflow] STILL BAD") > 0 })
}
