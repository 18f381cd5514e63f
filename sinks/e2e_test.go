package sinks

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"

	"github.com/mailflow/mailflow/schemas"
)

// twoResellers is the directory of the end-to-end tests: reseller ra with
// customer ca and domain a.example, reseller rb with customer cb and domain
// b.example. The reseller-A NOC subscribes twice (at its reseller and at
// a.example) and must still hear once.
func twoResellers(hooks *hookReceiver, extra string) string {
	return fmt.Sprintf(`resellers: [{id: ra, name: Reseller A}, {id: rb, name: Reseller B}]
customers: [{id: ca, reseller: ra}, {id: cb, reseller: rb}]
domains: [{name: a.example, customer: ca}, {name: b.example, customer: cb}]
managers:
  - {id: noc-a, level: reseller, of: ra, email: noc@ra.test, webhook_url: "%[1]s/noc-a", webhook_secret: %[2]s}
  - {id: pm-a, level: domain, of: a.example, email: pm@a.example, webhook_url: "%[1]s/pm-a", webhook_secret: %[2]s}
  - {id: noc-b, level: reseller, of: rb, email: noc@rb.test, webhook_url: "%[1]s/noc-b", webhook_secret: %[2]s}
  - {id: cust-b, level: customer, of: cb, email: cust@cb.test}
%[3]s
subscriptions:
  - {id: s-noc-a, manager: noc-a}
  - {id: s-noc-a-domain, manager: noc-a, level: domain, of: a.example}
  - {id: s-pm-a, manager: pm-a}
  - {id: s-noc-b, manager: noc-b}
  - {id: s-cust-b, manager: cust-b}
`, hooks.srv.URL, testSecret, extra)
}

func TestEndToEnd(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	c.applyDirectory(t, ctx, twoResellers(hooks, ""))
	startSink(t, testConfig(t, c, mail, t.TempDir()), false)

	bad := alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-1", 0.88)
	c.produceAlerts(t, ctx, bad)
	eventually(t, 30*time.Second, "the Bad notifications", func() bool {
		return len(mail.to("noc@ra.test")) == 1 && len(mail.to("pm@a.example")) == 1 &&
			len(hooks.calls("/noc-a")) == 1 && len(hooks.calls("/pm-a")) == 1
	})

	rec := alertAt("a.example", schemas.StatusBad, schemas.StatusGood, "ev-2", 0.96)
	c.produceAlerts(t, ctx, rec)
	eventually(t, 30*time.Second, "the recovery notifications", func() bool {
		return len(mail.to("noc@ra.test")) == 2 && len(mail.to("pm@a.example")) == 2 &&
			len(hooks.calls("/noc-a")) == 2 && len(hooks.calls("/pm-a")) == 2
	})
	waitCommitted(t, ctx, c, "mailflow.sink")
	time.Sleep(200 * time.Millisecond) // room for a duplicate to show up

	for _, who := range []string{"noc@ra.test", "pm@a.example"} {
		msgs := mail.to(who)
		if len(msgs) != 2 {
			t.Fatalf("%s got %d mails, want 2", who, len(msgs))
		}
		b, r := msgs[0], msgs[1]
		if !strings.HasPrefix(b.header.Get("Subject"), "[mailflow] BAD: a.example") ||
			!strings.HasPrefix(r.header.Get("Subject"), "[mailflow] RECOVERED: a.example") {
			t.Errorf("%s subjects: %q, %q", who, b.header.Get("Subject"), r.header.Get("Subject"))
		}
		if id := b.header.Get("Message-Id"); id == "" || r.header.Get("In-Reply-To") != id || !strings.Contains(r.header.Get("References"), id) {
			t.Errorf("%s: recovery does not thread with the Bad mail %q: In-Reply-To %q", who, id, r.header.Get("In-Reply-To"))
		}
	}
	// Each recipient's copy is a message of its own (its footer differs):
	// one Message-ID per copy (RFC 5322 §3.6.4), threading kept above.
	for i := range 2 {
		if a, b := mail.to("noc@ra.test")[i].header.Get("Message-Id"), mail.to("pm@a.example")[i].header.Get("Message-Id"); a == b {
			t.Errorf("mail %d: both recipients' copies have Message-ID %q", i, a)
		}
	}
	for _, path := range []string{"/noc-a", "/pm-a"} {
		calls := hooks.calls(path)
		if len(calls) != 2 || calls[0].id == calls[1].id {
			t.Fatalf("%s: %d webhooks", path, len(calls))
		}
		var env struct {
			Type string `json:"type"`
		}
		if err := json.Unmarshal(calls[1].body, &env); err != nil || env.Type != "domain.recovered" {
			t.Errorf("%s second webhook type %q, %v", path, env.Type, err)
		}
	}
	if n := len(mail.to("noc@rb.test")) + len(mail.to("cust@cb.test")) + len(hooks.calls("/noc-b")); n != 0 {
		t.Errorf("reseller B was notified %d times", n)
	}
	if hooks.bad != 0 {
		t.Errorf("%d webhooks with a bad signature", hooks.bad)
	}
}

// TestFaults runs the sink against receivers that fail: the SMTP server
// refuses at first, one webhook answers 500 and then 429 with Retry-After,
// one never succeeds, and the sink is killed while a delivery hangs and
// restarted on the same store and group. In the end every subscriber has
// every notification exactly once and what gave up is dead-lettered.
func TestFaults(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	c.applyDirectory(t, ctx, twoResellers(hooks, fmt.Sprintf(
		`  - {id: dead-a, level: customer, of: ca, webhook_url: "%s/dead", webhook_secret: %s}`, hooks.srv.URL, testSecret)+
		"\n")+"  - {id: s-dead-a, manager: dead-a}\n")
	mail.setRefuse(3)
	hooks.script["/noc-a"] = []reply{{code: 500}, {code: 429, retryAfter: "1"}}
	hooks.always["/dead"] = reply{code: 503}
	hang := make(chan bool)
	hooks.hang["/pm-a"] = hang

	dir := t.TempDir()
	cfg := testConfig(t, c, mail, dir)
	cfg.MaxAttempts = 8
	cfg.BackoffMax = 200 * time.Millisecond
	crashed := cfg
	crashed.CommitInterval = time.Hour // nothing is committed before the kill
	crashedReg := prometheus.NewRegistry()
	crashed.Registerer = crashedReg
	stop := startSink(t, crashed, true)

	bad := alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-1", 0.7)
	c.produceAlerts(t, ctx, bad)
	// The kill comes once the sink has recorded three deliveries and the
	// dead letter, while /pm-a hangs. A receiver's 2xx that the sink had
	// no time to record is sent again after the restart under the same
	// id: the receivers count distinct ids.
	eventually(t, 45*time.Second, "the first deliveries", func() bool {
		hooks.mu.Lock()
		hanging := hooks.seen["/pm-a"] > 0
		hooks.mu.Unlock()
		return hanging && len(mail.distinctTo("noc@ra.test")) == 1 && len(mail.distinctTo("pm@a.example")) == 1 &&
			len(hooks.distinct("/noc-a")) == 1 &&
			counter(t, crashedReg, "mailflow_sink_notifications_sent_total") == 3 &&
			counter(t, crashedReg, "mailflow_sink_notifications_deadlettered_total") == 1
	})
	// /noc-a answered 500, then 429 with Retry-After: 1: the next try
	// came no sooner than a second after the 429 (the receiver's clock;
	// the sink waits from when it got the answer, after the request came).
	if at := hooks.arrivals("/noc-a"); len(at) < 3 {
		t.Errorf("/noc-a saw %d requests, want the 500, the 429 and the retry", len(at))
	} else if d := at[2].Sub(at[1]); d < time.Second {
		t.Errorf("the 429 with Retry-After: 1 was retried after %s", d)
	}
	stop() // killed mid-delivery: /pm-a is hanging, nothing committed
	hooks.mu.Lock()
	delete(hooks.hang, "/pm-a")
	hooks.mu.Unlock()
	close(hang)

	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	startSink(t, cfg, false)
	rec := alertAt("a.example", schemas.StatusBad, schemas.StatusGood, "ev-2", 0.95)
	c.produceAlerts(t, ctx, rec)
	progress := time.Now()
	eventually(t, 60*time.Second, "every notification", func() bool {
		if time.Since(progress) > 20*time.Second {
			t.Logf("so far: noc@ra.test %d mails, pm@a.example %d, /noc-a %d webhooks, /pm-a %d",
				len(mail.to("noc@ra.test")), len(mail.to("pm@a.example")), len(hooks.calls("/noc-a")), len(hooks.calls("/pm-a")))
			progress = time.Now()
		}
		return len(mail.distinctTo("noc@ra.test")) == 2 && len(mail.distinctTo("pm@a.example")) == 2 &&
			len(hooks.distinct("/noc-a")) == 2 && len(hooks.distinct("/pm-a")) == 2
	})
	waitCommitted(t, ctx, c, "mailflow.sink")
	time.Sleep(300 * time.Millisecond)

	for _, who := range []string{"noc@ra.test", "pm@a.example"} {
		if msgs := mail.distinctTo(who); len(msgs) != 2 {
			t.Errorf("%s got %d distinct mails, want 2", who, len(msgs))
		}
	}
	for _, path := range []string{"/noc-a", "/pm-a"} {
		if calls := hooks.distinct(path); len(calls) != 2 {
			t.Errorf("%s got %d distinct webhooks, want 2", path, len(calls))
		}
	}
	if len(hooks.calls("/dead")) != 0 || len(mail.to("noc@rb.test")) != 0 {
		t.Error("unexpected deliveries")
	}
	// The restarted sink read the Bad alert again and found the three
	// recorded deliveries and the dead letter done.
	if got := counter(t, reg, "mailflow_sink_notifications_duplicate_total"); got < 4 {
		t.Errorf("restarted sink skipped %v delivered notifications, want at least 4", got)
	}
	if got := counter(t, reg, "mailflow_sink_notifications_deadlettered_total"); got < 1 {
		t.Errorf("dead-letter metric = %v", got)
	}
	dl := c.deadLetters(t, ctx)
	ids := map[string]bool{}
	for _, r := range dl {
		if header(r, HeaderManager) != "dead-a" || header(r, HeaderChannel) != "webhook" ||
			!strings.Contains(header(r, HeaderReason), "503") || header(r, HeaderAttempts) != "8" {
			t.Errorf("dead letter %s: headers %v", r.Value, r.Headers)
		}
		a, err := schemas.DecodeStatusChange(r.Value)
		if err != nil {
			t.Errorf("dead letter value is not the alert: %v", err)
		}
		ids[a.ID] = true
	}
	if len(dl) != 2 || !ids[bad.ID] || !ids[rec.ID] {
		t.Errorf("dead letters: %d records for %v; want one per alert", len(dl), ids)
	}
}

// TestMinIntervalFolds checks flapping protection: transitions inside a
// subscription's minimum interval are folded into the next notification.
// The three alerts are read together: the first goes out at once, and
// the other two queue behind it, so they come inside the interval
// however slowly the sink reads (read one by one, a loaded sink read the
// recovery after the interval, sent it alone, and flap control held the
// last Bad for 30 minutes).
func TestMinIntervalFolds(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	_ = startHooks(t)
	c.applyDirectory(t, ctx, `resellers: [{id: r}]
customers: [{id: c, reseller: r}]
domains: [{name: flap.example, customer: c}]
managers: [{id: m, level: customer, of: c, email: m@c.test}]
subscriptions: [{id: s, manager: m, min_interval: 2s}]
`)
	const minInterval = 2 * time.Second
	startSink(t, testConfig(t, c, mail, t.TempDir()), false)
	a1 := alertAt("flap.example", schemas.StatusGood, schemas.StatusBad, "e1", 0.8)
	a2 := alertAt("flap.example", schemas.StatusBad, schemas.StatusGood, "e2", 0.92)
	a3 := alertAt("flap.example", schemas.StatusGood, schemas.StatusBad, "e3", 0.84)
	c.produceAlerts(t, ctx, a1, a2, a3)
	eventually(t, 30*time.Second, "the folded notification", func() bool { return len(mail.to("m@c.test")) == 2 })
	// No sooner than the interval after the first, when the sink recorded
	// it sent (after the receiver accepted it; the receiver's clock, and
	// the sink holds by the wall clock from its record).
	if ms := mail.to("m@c.test"); wallSub(ms[1].at, ms[0].at) < minInterval {
		t.Errorf("second notification %s after the first, inside the %s interval", wallSub(ms[1].at, ms[0].at), minInterval)
	}
	waitCommitted(t, ctx, c, "mailflow.sink")
	time.Sleep(200 * time.Millisecond)
	msgs := mail.to("m@c.test")
	if len(msgs) != 2 {
		t.Fatalf("%d mails, want 2", len(msgs))
	}
	if s := msgs[1].header.Get("Subject"); !strings.Contains(s, "BAD: flap.example") || !strings.Contains(s, "84%") {
		t.Errorf("folded subject %q", s)
	}
	if !strings.Contains(msgs[1].body, "Also since the last notification") || !strings.Contains(msgs[1].body, "bad -&gt; good") && !strings.Contains(msgs[1].body, "bad -> good") {
		t.Errorf("folded body lacks the recovery:\n%s", msgs[1].body)
	}
}

// waitCommitted waits until the group has committed every alert written:
// in each partition, up to the last record (the end offset is one past the
// marker that closed the producing transaction).
func waitCommitted(t *testing.T, ctx context.Context, c *cluster, group string) {
	t.Helper()
	adm := kadm.NewClient(c.client(t))
	eventually(t, 30*time.Second, "the alerts committed", func() bool {
		ends, err := adm.ListEndOffsets(ctx, c.name("mailflow.alerts"))
		if err != nil {
			return false
		}
		offs, err := adm.FetchOffsets(ctx, c.name(group))
		if err != nil {
			return false
		}
		ok := true
		ends.Each(func(e kadm.ListedOffset) {
			if e.Offset == 0 {
				return
			}
			o, found := offs.Lookup(e.Topic, e.Partition)
			if !found || o.At < e.Offset-1 {
				ok = false
			}
		})
		return ok
	})
}

// counter sums a counter or gauge family over its labels.
func counter(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() == name {
			for _, m := range mf.GetMetric() {
				sum += m.GetCounter().GetValue() + m.GetGauge().GetValue()
			}
		}
	}
	return sum
}
