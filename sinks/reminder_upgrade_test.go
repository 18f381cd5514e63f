package sinks

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/twmb/franz-go/pkg/kadm"

	"github.com/mailflow/mailflow/schemas"
)

// TestLegacyRemindersAfterUpgrade (review): a member upgraded from a
// release that recorded no alerts partition keeps reminding of the Bad
// domains of the partitions another member reads, also after that
// member read their recoveries: queueRepeats reminds of a domain with no
// partition recorded whatever the assignment.
func TestLegacyRemindersAfterUpgrade(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := startCluster(t)
	var domains []string
	for i := range 6 {
		domains = append(domains, fmt.Sprintf("l%d.example", i))
	}
	f := newReminderFixture(t, ctx, c, domains...)
	interval := f.interval
	cfgOf := f.config
	mails := f.mails
	dirA, dirB := t.TempDir(), t.TempDir()
	stopA := startSink(t, cfgOf(dirA), false)
	var bad []*schemas.StatusChange
	for i, d := range domains {
		bad = append(bad, alertAt(d, schemas.StatusGood, schemas.StatusBad, fmt.Sprint("lb-", i), 0.6))
	}
	c.produceAlerts(t, ctx, bad...)
	eventually(t, 30*time.Second, "a reminder of every domain", func() bool {
		for _, d := range domains {
			if len(mails(d, "[mailflow] STILL BAD")) == 0 {
				return false
			}
		}
		return true
	})
	waitCommitted(t, ctx, c, "mailflow.sink")
	stopA()
	// A's store as an older release left it: no alerts partition.
	st, err := openStore(dirA, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range domains {
		if err := st.db.Delete(alertsPartKey(d), pebble.Sync); err != nil {
			t.Fatal(err)
		}
	}
	st.close()

	// B first (both partitions), then A joins and gets one of them.
	startSink(t, cfgOf(dirB), false)
	time.Sleep(3 * time.Second)
	startSink(t, cfgOf(dirA), false)
	group := c.name("mailflow.sink")
	eventually(t, 30*time.Second, "two members", func() bool {
		described, err := kadm.NewClient(c.client(t)).DescribeGroups(ctx, group)
		if err != nil {
			return false
		}
		g := described[group]
		if g.State != "Stable" || len(g.Members) != 2 {
			return false
		}
		for _, m := range g.Members {
			if a, ok := m.Assigned.AsConsumer(); !ok || len(a.Topics) == 0 {
				return false
			}
		}
		return true
	})
	var rec []*schemas.StatusChange
	for i, d := range domains {
		rec = append(rec, alertAt(d, schemas.StatusBad, schemas.StatusGood, fmt.Sprint("lr-", i), 0.96))
	}
	c.produceAlerts(t, ctx, rec...)
	eventually(t, 30*time.Second, "every recovery", func() bool {
		for _, d := range domains {
			if len(mails(d, "[mailflow] RECOVERED")) == 0 {
				return false
			}
		}
		return true
	})
	time.Sleep(2*interval + time.Second)
	for _, d := range domains {
		recovered := mails(d, "[mailflow] RECOVERED")[0]
		for _, at := range mails(d, "[mailflow] STILL BAD") {
			if at.After(recovered.Add(500 * time.Millisecond)) {
				t.Errorf("%s: reminded at %s, after its recovery at %s", d, at.Format(time.StampMilli), recovered.Format(time.StampMilli))
			}
		}
	}
}
