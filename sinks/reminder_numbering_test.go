package sinks

import (
	"context"
	"regexp"
	"strconv"
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
	t.Parallel()
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
	bad := alertAt("n0.example", schemas.StatusGood, schemas.StatusBad, "nb-0", 0.6)
	c.produceAlerts(t, ctx, bad)
	eventually(t, 30*time.Second, "A's first reminder", func() bool { n, _ := reminders(); return len(n) >= 1 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	stopA()
	stopB := startSink(t, cfgOf(dirB), false)
	eventually(t, 30*time.Second, "B's reminders", func() bool { n, _ := reminders(); return len(n) >= 4 })
	stopB()
	cfgA := cfgOf(dirA)
	log, buf := logged(t)
	cfgA.Logger = log
	startSink(t, cfgA, false)
	// A has the partition back: a reminder sent at once would go out
	// now.
	eventually(t, 30*time.Second, "A's take-over", func() bool { return hasLine(buf.String(), "took over the reminders of assigned partitions") })
	time.Sleep(interval + interval/2)
	nums, at := reminders()
	seen := map[string]bool{}
	for i, n := range nums {
		if seen[n] {
			t.Errorf("reminder %s sent twice (numbers in order: %v)", n, nums)
		}
		seen[n] = true
		// None before it was due: reminder k is due k intervals after
		// the Bad alert's time at the earliest (a member's own next one
		// an interval after it sent the one before, a member that takes
		// the partition over on the alert's schedule). Sent at once on
		// the hand-back, the next number comes before it is due. (The
		// receiver's clock; the sink's schedule is on the wall clock.)
		k, _ := strconv.Atoi(n)
		if due := bad.At.Add(time.Duration(k) * interval); wallBefore(at[i], due) {
			t.Errorf("reminder %s sent at %s, before it was due at %s (numbers in order: %v)", n, at[i].Format(time.StampMilli), due.Format(time.StampMilli), nums)
		}
	}
}
