package sinks

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mailflow/mailflow/schemas"
)

// TestLegacyRemindersAfterUpgrade (review): a member upgraded from a
// release that recorded no alerts partition keeps reminding of the Bad
// domains of the partitions another member reads, also after that
// member read their recoveries: queueRepeats reminds of a domain with no
// partition recorded whatever the assignment.
func TestLegacyRemindersAfterUpgrade(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := startCluster(t)
	var domains []string
	for i := range 6 {
		domains = append(domains, fmt.Sprintf("l%d.example", i))
	}
	f := newReminderFixture(t, ctx, c, domains...)
	interval := f.interval
	log, buf := logged(t) // both members'
	cfgOf := func(dir string) Config {
		cfg := f.config(dir)
		cfg.Logger = log
		return cfg
	}
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
	eventually(t, 30*time.Second, "B alone", func() bool { return c.stableMembers(t, ctx, "mailflow.sink", 1) })
	startSink(t, cfgOf(dirA), false)
	eventually(t, 30*time.Second, "two members", func() bool { return c.stableMembers(t, ctx, "mailflow.sink", 2) })
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
	f.checkNoReminderAfterRecovery(buf.String(), domains)
}
