package sinks

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// TestReminderNumbersAfterHandBack (review): A reminds of a Bad domain,
// leaves; B takes the partition over and reminds on the Bad alert's
// schedule; B leaves and A takes the partition back. A keeps its own
// reminder state (same Bad alert) with the Sent time of before it left:
// its next reminder goes out at once, repeating a number B already sent.
func TestReminderNumbersAfterHandBack(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	f := newReminderFixture(t, ctx, c, "n0.example")
	mail, interval, cfgOf := f.mail, f.interval, f.config
	num := regexp.MustCompile(`reminder (\d+)\)`)
	reminders := func() (nums []string, at []time.Time) {
		for _, m := range mail.to("noc@ca.test") {
			if strings.HasPrefix(m.header.Get("Subject"), "[mailflow] STILL BAD") {
				if s := num.FindStringSubmatch(m.body); s != nil {
					nums, at = append(nums, s[1]), append(at, m.at)
				}
			}
		}
		return nums, at
	}
	dirA, dirB := t.TempDir(), t.TempDir()
	stopA := startSink(t, cfgOf(dirA), false)
	c.produceAlerts(t, ctx, alertAt("n0.example", schemas.StatusGood, schemas.StatusBad, "nb-0", 0.6))
	eventually(t, 30*time.Second, "A's first reminder", func() bool { n, _ := reminders(); return len(n) >= 1 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	stopA()
	stopB := startSink(t, cfgOf(dirB), false)
	eventually(t, 30*time.Second, "B's reminders", func() bool { n, _ := reminders(); return len(n) >= 4 })
	stopB()
	startSink(t, cfgOf(dirA), false)
	time.Sleep(interval + interval/2)
	nums, at := reminders()
	seen := map[string]bool{}
	for i, n := range nums {
		if seen[n] {
			t.Errorf("reminder %s sent twice (numbers in order: %v)", n, nums)
		}
		seen[n] = true
		if i > 0 && at[i].Sub(at[i-1]) < interval/2 {
			t.Errorf("reminder %s %s after the one before, interval %s", n, at[i].Sub(at[i-1]).Round(time.Millisecond), interval)
		}
	}
}
