package sinks

import (
	"context"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/mailflow/mailflow/schemas"
)

// TestTakeOverWaitsForDirectory (review): a member's first assignment can
// come before its directory table has read the config topic (New starts
// the group client; only Run waits for the table). rebuildReminders then
// finds no subscribers for the partitions' Bad domains and creates no
// reminder state: the member that takes the partition over never reminds
// of them. Here the config topic's fetches are held for B until it is
// assigned the partitions.
func TestTakeOverWaitsForDirectory(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	if c.kf == nil {
		t.Skip("needs the in-process broker to hold fetches")
	}
	f := newReminderFixture(t, ctx, c, "w0.example")
	mail, interval, cfgOf := f.mail, f.interval, f.config
	count := func() (n int) {
		for _, m := range mail.to("noc@ca.test") {
			if strings.HasPrefix(m.header.Get("Subject"), "[mailflow] STILL BAD") {
				n++
			}
		}
		return n
	}
	stopA := startSink(t, cfgOf(t.TempDir()), false)
	c.produceAlerts(t, ctx, alertAt("w0.example", schemas.StatusGood, schemas.StatusBad, "wb-0", 0.6))
	eventually(t, 30*time.Second, "A's reminder", func() bool { return count() > 0 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	stopA()

	config := c.name("mailflow.config")
	td, err := kadm.NewClient(c.client(t)).ListTopics(ctx, config)
	if err != nil {
		t.Fatal(err)
	}
	cfgID := td[config].ID
	// The config topic's fetches wait until B holds the partitions: its
	// first assignment comes before its table has read the directory,
	// however long B takes to join.
	release := make(chan struct{})
	var released atomic.Bool
	c.kf.ControlKey(kmsg.Fetch.Int16(), func(kreq kmsg.Request) (kmsg.Response, error, bool) {
		c.kf.KeepControl()
		req := kreq.(*kmsg.FetchRequest)
		if released.Load() || !slices.ContainsFunc(req.Topics, func(rt kmsg.FetchRequestTopic) bool {
			return rt.Topic == config || rt.TopicID == cfgID
		}) {
			return nil, nil, false
		}
		c.kf.SleepControl(func() {
			select {
			case <-release:
			case <-ctx.Done():
			}
		})
		return nil, nil, false
	})
	defer func() {
		if released.CompareAndSwap(false, true) {
			close(release)
		}
	}()
	before := count()
	startSink(t, cfgOf(t.TempDir()), false)
	eventually(t, 30*time.Second, "B assigned the partitions", func() bool { return c.stableMembers(t, ctx, "mailflow.sink", 1) })
	released.Store(true)
	close(release)
	// B's take-over now reads the directory, and B reminds on the Bad
	// alert's schedule: within an interval. A take-over that did not
	// wait for it never reminds.
	eventually(t, 3*interval+30*time.Second, "B reminds of w0.example (Bad, never recovered), having taken the partition over", func() bool {
		return count() > before
	})
}
