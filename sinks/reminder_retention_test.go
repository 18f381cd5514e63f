package sinks

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"

	"github.com/mailflow/mailflow/schemas"
)

// TestNoReminderAfterRecoveryPastRetention (review): member A reads a
// domain's Bad alert and reminds of it; A leaves, B reads the domain's
// recovery; retention then deletes both alerts; A is assigned the
// partition again. A must not go on reminding that the domain is still
// Bad (the Alertmanager take-over guards this case with its firing mark,
// "third review"; the reminder take-over keeps A's state unconditionally).
func TestNoReminderAfterRecoveryPastRetention(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "x0.example")
	mail, interval, cfgOf := f.mail, f.interval, f.config
	dirA, dirB := t.TempDir(), t.TempDir()
	count := func(prefix string) (n int) {
		for _, m := range mail.to("noc@ca.test") {
			if strings.HasPrefix(m.header.Get("Subject"), prefix) {
				n++
			}
		}
		return n
	}
	stopA := startSink(t, cfgOf(dirA), false)
	c.produceAlerts(t, ctx, alertAt("x0.example", schemas.StatusGood, schemas.StatusBad, "xb-0", 0.6))
	eventually(t, 30*time.Second, "a reminder from A", func() bool { return count("[mailflow] STILL BAD") > 0 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	stopA()

	stopB := startSink(t, cfgOf(dirB), false)
	c.produceAlerts(t, ctx, alertAt("x0.example", schemas.StatusBad, schemas.StatusGood, "xr-0", 0.96))
	eventually(t, 30*time.Second, "the recovery from B", func() bool { return count("[mailflow] RECOVERED") == 1 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	stopB()

	// Retention deletes every alert read so far.
	adm := kadm.NewClient(c.client(t))
	ends, err := adm.ListEndOffsets(ctx, c.name("mailflow.alerts"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := adm.DeleteRecords(ctx, ends.Offsets()); err != nil {
		t.Fatal(err)
	}

	before := count("[mailflow] STILL BAD")
	cfgA := cfgOf(dirA)
	log, buf := logged(t)
	cfgA.Logger = log
	startSink(t, cfgA, false)
	// From A's take-over on, a reminder A kept would be due within an
	// interval.
	eventually(t, 30*time.Second, "A's take-over", func() bool { return hasLine(buf.String(), "took over the reminders of assigned partitions") })
	time.Sleep(3*interval + time.Second)
	if after := count("[mailflow] STILL BAD"); after != before {
		t.Errorf("A sent %d \"still Bad\" reminders of a domain B saw recover (its alerts past retention)", after-before)
	}
}
