package sinks

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"

	"github.com/mailflow/mailflow/schemas"
)

// TestCatchUpRecreatedTopic: the alerts topic recreated (its offsets
// start at 0 again; Kafka drops the group's offsets of a deleted topic)
// under a sink that keeps its store: the new topic's history is folded
// like any other. (Review finding R6: a read mark from the old topic made
// it all news.)
func TestCatchUpRecreatedTopic(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "a.example", "c.example", "m.example")
	G, B := schemas.StatusGood, schemas.StatusBad
	cfg := f.config(t.TempDir())
	cfg.RepeatInterval = 0
	cfg.FlapInterval = -1 // off: the first phase only makes offsets
	stop := startSink(t, cfg, false)
	var many []*schemas.StatusChange
	for i := range 10 { // partition 0 of 2, like c.example's
		many = append(many, alertAt("a.example", G, B, "x"+string(rune('a'+i)), 0.8), alertAt("a.example", B, G, "y"+string(rune('a'+i)), 0.95))
	}
	c.produceAlerts(t, ctx, many...)
	eventually(t, 30*time.Second, "the first mails", func() bool { return len(f.mail.to("noc@ca.test")) >= 1 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	time.Sleep(time.Second)
	stop()
	before := len(f.mail.to("noc@ca.test"))

	adm := kadm.NewClient(c.client(t))
	if _, err := adm.DeleteTopics(ctx, c.name("mailflow.alerts")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	if _, err := adm.CreateTopic(ctx, 2, -1, nil, c.name("mailflow.alerts")); err != nil {
		t.Fatal(err)
	}
	if offs, err := adm.FetchOffsets(ctx, c.name("mailflow.sink")); err == nil {
		t.Logf("group offsets after the recreation: %v", offs)
	}
	past := time.Now().Add(-3 * time.Hour)
	c.produceAlertsStamped(t, ctx, past, alertAt("m.example", G, B, "m1", 0.8), alertAt("m.example", B, G, "m2", 0.95),
		alertAt("c.example", G, B, "c1", 0.8))
	cfg.Group = c.name("mailflow.sink-new") // or the same group, its offsets dropped with the topic
	startSink(t, cfg, false)
	eventually(t, 30*time.Second, "c.example's Bad", func() bool { return len(f.mail.to("noc@ca.test")) >= before+1 })
	waitCommitted(t, ctx, c, "mailflow.sink-new")
	time.Sleep(time.Second)
	got := f.subjects()
	if countPrefix(got, "[mailflow] BAD:", "m.example") != 0 || countPrefix(got, "[mailflow] RECOVERED:", "m.example") != 0 {
		t.Fatalf("m.example: %d BAD, %d RECOVERED mails; its episode is history of the new topic, want none",
			countPrefix(got, "[mailflow] BAD:", "m.example"), countPrefix(got, "[mailflow] RECOVERED:", "m.example"))
	}
}
