package sinks

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// produceAlertsOf writes alerts as the processor does (one transaction),
// with ts as their record timestamp and their time.
func (c *cluster) produceAlertsOf(t *testing.T, ctx context.Context, ts time.Time, alerts ...*schemas.StatusChange) {
	t.Helper()
	cl := c.client(t, kgo.TransactionalID(c.name("test-processor-")+strconv.FormatInt(time.Now().UnixNano(), 36)))
	if err := cl.BeginTransaction(); err != nil {
		t.Fatal(err)
	}
	for _, a := range alerts {
		a.At = ts.UTC()
		v, err := schemas.MarshalStatusChange(a)
		if err != nil {
			t.Fatal(err)
		}
		if err := cl.ProduceSync(ctx, &kgo.Record{Topic: c.name("mailflow.alerts"), Key: []byte(a.Domain), Value: v, Timestamp: ts}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	if err := cl.EndTransaction(ctx, kgo.TryCommit); err != nil {
		t.Fatal(err)
	}
}

// TestFirstReadSkipsOldAlerts: a sink group with no committed offset reads
// the alerts topic from its start, and used to send every alert the topic
// kept again. Now the alerts older than the first-read age are not
// notified: a domain still Bad is reminded of on its Bad alert's schedule,
// one that recovered is not heard of, and a recent alert is sent. Once the
// group committed, a late alert is sent however old (a backlog).
func TestFirstReadSkipsOldAlerts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	c.applyDirectory(t, ctx, `resellers: [{id: ra}]
customers: [{id: ca, reseller: ra}]
domains: [{name: old-bad.example, customer: ca}, {name: old-recovered.example, customer: ca}, {name: new-bad.example, customer: ca}, {name: late.example, customer: ca}]
managers:
  - {id: noc, level: customer, of: ca, email: noc@ca.test}
subscriptions:
  - {id: s-noc, manager: noc}
`)
	mail := startSMTP(t, nil, "", "")
	count := func(d, prefix string) (n int) {
		for _, m := range mail.to("noc@ca.test") {
			if subj := m.header.Get("Subject"); strings.HasPrefix(subj, prefix) && strings.Contains(subj, " "+d+" ") {
				n++
			}
		}
		return n
	}
	now := time.Now()
	c.produceAlertsOf(t, ctx, now.Add(-3*time.Hour),
		alertAt("old-bad.example", schemas.StatusGood, schemas.StatusBad, "ob", 0.6),
		alertAt("old-recovered.example", schemas.StatusGood, schemas.StatusBad, "orb", 0.6))
	c.produceAlertsOf(t, ctx, now.Add(-2*time.Hour), alertAt("old-recovered.example", schemas.StatusBad, schemas.StatusGood, "orr", 0.96))
	c.produceAlertsOf(t, ctx, now, alertAt("new-bad.example", schemas.StatusGood, schemas.StatusBad, "nb", 0.6))

	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.RepeatInterval = 2 * time.Second
	cfg.CheckInterval = 100 * time.Millisecond
	stop := startSink(t, cfg, false)
	eventually(t, 30*time.Second, "new-bad.example's Bad mail", func() bool { return count("new-bad.example", "[mailflow] BAD") == 1 })
	eventually(t, 30*time.Second, "a reminder of old-bad.example", func() bool { return count("old-bad.example", "[mailflow] STILL BAD") > 0 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	for _, d := range []string{"old-bad.example", "old-recovered.example"} {
		for _, p := range []string{"[mailflow] BAD", "[mailflow] RECOVERED"} {
			if n := count(d, p); n != 0 {
				t.Errorf("%s: %d %q mails of alerts hours old", d, n, p)
			}
		}
	}
	if n := count("old-recovered.example", "[mailflow] STILL BAD"); n != 0 {
		t.Errorf("old-recovered.example: %d reminders", n)
	}
	stop()

	// The group committed: an alert two hours old (a processor's
	// backlog) is sent.
	startSink(t, cfg, false)
	c.produceAlertsOf(t, ctx, now.Add(-2*time.Hour), alertAt("late.example", schemas.StatusGood, schemas.StatusBad, "lb", 0.6))
	eventually(t, 30*time.Second, "late.example's Bad mail", func() bool { return count("late.example", "[mailflow] BAD") == 1 })
}
