package sinks

import (
	"context"
	"slices"
	"strings"
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
// of them. Here the config topic's fetches are held 3 s for B.
func TestTakeOverWaitsForDirectory(t *testing.T) {
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
	until := time.Now().Add(3 * time.Second)
	c.kf.ControlKey(kmsg.Fetch.Int16(), func(kreq kmsg.Request) (kmsg.Response, error, bool) {
		c.kf.KeepControl()
		req := kreq.(*kmsg.FetchRequest)
		if time.Now().After(until) || !slices.ContainsFunc(req.Topics, func(rt kmsg.FetchRequestTopic) bool {
			return rt.Topic == config || rt.TopicID == cfgID
		}) {
			return nil, nil, false
		}
		c.kf.SleepControl(func() { time.Sleep(time.Until(until)) })
		return nil, nil, false
	})
	before := count()
	startSink(t, cfgOf(t.TempDir()), false)
	time.Sleep(time.Until(until) + 3*interval)
	if count() == before {
		t.Errorf("B took the partition over but never reminded of w0.example (Bad, never recovered)")
	}
}
