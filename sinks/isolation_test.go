package sinks

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mailflow/mailflow/schemas"
)

// TestTargetIsolation reproduces the security review's attack on the
// in-flight budget: three managers' webhooks — one answering 503 with
// Retry-After: 3600, one that hangs, one that resets the connection — are
// flooded with alternating Bad and Good alerts of their domain, and
// another reseller's manager must still get its e-mail and webhook
// notifications of a Bad alert read after the flood, before any flooded
// target recovered. Then the sink is killed, the receivers recover, and a
// restarted sink on the same store brings every flooded notification to
// its target exactly once (or dead-letters it after the retry budget).
//
// Before the flow (flow.go) the flood's alerts held every in-flight slot
// while their targets retried, and the victim was never notified.
func TestTargetIsolation(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	attackers := []string{"retry", "hang", "reset"}
	var extra, subs strings.Builder
	for _, a := range attackers {
		fmt.Fprintf(&extra, "  - {id: atk-%s, level: reseller, of: ra, webhook_url: \"%s/%s\", webhook_secret: %s}\n", a, hooks.srv.URL, a, testSecret)
		fmt.Fprintf(&subs, "  - {id: s-atk-%s, manager: atk-%s}\n", a, a)
	}
	// Only the attackers subscribe to reseller A (others there would only
	// add work); reseller B's managers are the victims.
	c.applyDirectory(t, ctx, fmt.Sprintf(`resellers: [{id: ra, name: Reseller A}, {id: rb, name: Reseller B}]
customers: [{id: ca, reseller: ra}, {id: cb, reseller: rb}]
domains: [{name: a.example, customer: ca}, {name: b.example, customer: cb}]
managers:
  - {id: noc-b, level: reseller, of: rb, email: noc@rb.test, webhook_url: "%[1]s/noc-b", webhook_secret: %[2]s}
  - {id: cust-b, level: customer, of: cb, email: cust@cb.test}
%[3]ssubscriptions:
  - {id: s-noc-b, manager: noc-b}
  - {id: s-cust-b, manager: cust-b}
%[4]s`, hooks.srv.URL, testSecret, extra.String(), subs.String()))
	hooks.always["/retry"] = reply{code: 503, retryAfter: "3600"}
	hooks.hang["/hang"] = make(chan bool) // never closed: a hanging request ends when the sink gives up
	hooks.reset["/reset"] = true

	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.MaxInflight = 32
	cfg.TargetInflight = 4
	cfg.MaxAttempts = 8
	cfg.MaxRetryAfter = 3 * time.Second // the receiver's hour, capped to keep the test short
	cfg.WebhookTimeout = time.Second
	cfg.FlapInterval = -1 // every transition is its own notification
	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	stop := startSink(t, cfg, true)

	const flood = 60 // more than MaxInflight
	var alerts []*schemas.StatusChange
	for i := range flood {
		from, to := schemas.StatusGood, schemas.StatusBad
		if i%2 == 1 {
			from, to = to, from
		}
		alerts = append(alerts, alertAt("a.example", from, to, fmt.Sprintf("flood-%d", i), 0.5))
	}
	c.produceAlerts(t, ctx, alerts...)
	eventually(t, 20*time.Second, "every flooded target tried", func() bool {
		hooks.mu.Lock()
		defer hooks.mu.Unlock()
		return hooks.seen["/retry"] > 0 && hooks.seen["/hang"] > 0 && hooks.seen["/reset"] > 0
	})

	victim := alertAt("b.example", schemas.StatusGood, schemas.StatusBad, "victim", 0.4)
	c.produceAlerts(t, ctx, victim)
	eventually(t, 60*time.Second, "the other reseller's notifications", func() bool {
		return len(mail.to("noc@rb.test")) == 1 && len(mail.to("cust@cb.test")) == 1 && len(hooks.calls("/noc-b")) == 1
	})
	for _, a := range attackers {
		if n := len(hooks.calls("/" + a)); n != 0 {
			t.Fatalf("/%s accepted %d notifications while failing", a, n)
		}
	}
	// Notified while the flood was stuck, not once it drained: before the
	// Retry-After target gave up on any notification (eight attempts, at
	// least 3 s apart: its first dead letter comes 21 s after its first
	// try at the earliest, the later the slower the machine). The dead
	// letter's record timestamp is when the sink wrote it.
	notified := mail.to("noc@rb.test")[0].at
	for _, at := range []time.Time{mail.to("cust@cb.test")[0].at, hooks.calls("/noc-b")[0].at} {
		if at.After(notified) {
			notified = at
		}
	}
	for _, r := range c.deadLetters(t, ctx) {
		if header(r, HeaderManager) == "atk-retry" && !wallBefore(notified, r.Timestamp) {
			t.Fatalf("the other reseller was notified at %s, after /retry gave up a notification at %s: it waited for the flood",
				notified.Format(time.StampMilli), r.Timestamp.Format(time.StampMilli))
		}
	}
	// The hanging target is known failing only once its first attempt
	// timed out (WebhookTimeout); until then TargetInflight caps it.
	eventually(t, 30*time.Second, "every flooded target counted failing", func() bool {
		return counter(t, reg, "mailflow_sink_targets_failing") == float64(len(attackers))
	})
	if got := counter(t, reg, "mailflow_sink_notifications_queued"); got < flood {
		t.Errorf("mailflow_sink_notifications_queued = %v, want the flood's (at least %d) held", got, flood)
	}

	// Killed (no final commit) while the flood is parked; the receivers
	// recover; a new sink on the same store finishes the job.
	stop()
	hooks.mu.Lock()
	delete(hooks.always, "/retry")
	delete(hooks.hang, "/hang")
	delete(hooks.reset, "/reset")
	hooks.mu.Unlock()
	cfg.Registerer = prometheus.NewRegistry()
	startSink(t, cfg, false)

	ids := map[string]bool{}
	for _, a := range alerts {
		ids[a.ID] = true
	}
	var dead map[string]map[string]bool // manager → dead-lettered alert ids
	eventually(t, 30*time.Second, "every flooded notification delivered or dead-lettered", func() bool {
		dead = map[string]map[string]bool{}
		for _, r := range c.deadLetters(t, ctx) {
			m := header(r, HeaderManager)
			if dead[m] == nil {
				dead[m] = map[string]bool{}
			}
			if a, err := schemas.DecodeStatusChange(r.Value); err == nil {
				dead[m][a.ID] = true
			}
		}
		for _, a := range attackers {
			if len(hooks.calls("/"+a))+len(dead["atk-"+a]) < flood {
				return false
			}
		}
		return true
	})
	time.Sleep(300 * time.Millisecond) // room for a duplicate to show up
	for _, a := range attackers {
		got := map[string]bool{}
		for _, call := range hooks.calls("/" + a) {
			d := hookData(t, call)
			id, _ := d["id"].(string)
			all := []string{id}
			if f, ok := d["folded"].([]any); ok {
				for _, e := range f {
					if m, ok := e.(map[string]any); ok {
						fid, _ := m["id"].(string)
						all = append(all, fid)
					}
				}
			}
			for _, id := range all {
				if got[id] {
					t.Errorf("/%s: alert %s delivered twice", a, id)
				}
				got[id] = true
			}
		}
		for id := range dead["atk-"+a] {
			if got[id] {
				t.Errorf("/%s: alert %s both delivered and dead-lettered", a, id)
			}
			got[id] = true
		}
		for id := range ids {
			if !got[id] {
				t.Errorf("/%s: alert %s neither delivered nor dead-lettered", a, id)
			}
		}
	}
	if n := len(mail.to("noc@rb.test")) + len(hooks.calls("/noc-b")); n != 2 {
		t.Errorf("the other reseller got %d notifications after the restart, want the 2 from before", n)
	}
}

// TestFlappingDomainHoldsOnlyItsLane reproduces the fresh review's flood
// of flaps: a customer's own MX makes its domain change status again and
// again while flap control holds its manager's notifications. The held
// lane keeps two jobs however many flaps come (later ones supersede the
// one before), so the queue bound is never reached and another reseller
// is still notified at once; when the hold ends, one notification tells
// every flap exactly once — listed up to maxFolded, counted beyond.
func TestFlappingDomainHoldsOnlyItsLane(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	c.applyDirectory(t, ctx, fmt.Sprintf(`resellers: [{id: ra, name: Reseller A}, {id: rb, name: Reseller B}]
customers: [{id: ca, reseller: ra}, {id: cb, reseller: rb}]
domains: [{name: a.example, customer: ca}, {name: b.example, customer: cb}]
managers:
  - {id: cust-a, level: customer, of: ca, webhook_url: "%[1]s/cust-a", webhook_secret: %[2]s}
  - {id: cust-b, level: customer, of: cb, email: cust@cb.test}
subscriptions:
  - {id: s-cust-a, manager: cust-a}
  - {id: s-cust-b, manager: cust-b}
`, hooks.srv.URL, testSecret))

	const maxQueued = 100
	buf, reg := startFlapSink(t, c, mail, maxQueued, 10*time.Second)

	const flood = 250 // more than MaxQueued, and more than maxFolded behind the hold
	alerts := flapAlerts("a.example", "flap", flood)
	ids := map[string]bool{}
	for _, a := range alerts {
		ids[a.ID] = true
	}
	// The flood comes while flap control holds the lane: the first Bad
	// and its recovery go out, the next Bad is held, and then the rest.
	// (All at once, the rest could queue behind the first two before the
	// hold began, on a machine that reads faster than it delivers.)
	c.produceAlerts(t, ctx, alerts[:3]...)
	eventually(t, 20*time.Second, "the third flap held", func() bool {
		return hasLine(buf.String(), "flap control holds a notification", "alert_id="+alerts[2].ID)
	})
	c.produceAlerts(t, ctx, alerts[3:]...)
	c.produceAlerts(t, ctx, alertAt("b.example", schemas.StatusGood, schemas.StatusBad, "victim", 0.4))
	eventually(t, 60*time.Second, "the other reseller's notification", func() bool {
		return len(mail.to("cust@cb.test")) == 1
	})
	// The bound is never reached: reading never waited for the held lane
	// (the sink counts the time it did), and the lane holds a handful.
	if p := counter(t, reg, "mailflow_sink_read_paused_seconds_total"); p != 0 {
		t.Errorf("reading paused for %vs while one lane is held", p)
	}
	if q := counter(t, reg, "mailflow_sink_notifications_queued"); q >= maxQueued {
		t.Errorf("mailflow_sink_notifications_queued = %v while one lane is held: the bound %d was reached", q, maxQueued)
	}
	eventually(t, 10*time.Second, "a handful of queued notifications while one lane is held", func() bool {
		return counter(t, reg, "mailflow_sink_notifications_queued") <= 10
	})
	// So the other reseller heard before the hold ended, when the held
	// lane's one notification went out.
	eventually(t, 60*time.Second, "the held lane's notification", func() bool { return len(hooks.calls("/cust-a")) >= 3 })
	if victim, held := mail.to("cust@cb.test")[0].at, hooks.calls("/cust-a")[2].at; !victim.Before(held) {
		t.Errorf("the other reseller was notified at %s, after the held lane's notification at %s", victim.Format(time.StampMilli), held.Format(time.StampMilli))
	}

	// Every flap is told once: as a notification's alert, in its folded
	// list, or in its count of those not listed.
	told := func() (n int, seen map[string]int, omitted, flaps int) { return toldByHook(t, hooks, "/cust-a") }
	eventually(t, 40*time.Second, "every flap told", func() bool {
		_, seen, omitted, _ := told()
		return len(seen)+omitted >= flood
	})
	time.Sleep(300 * time.Millisecond) // room for a duplicate to show up
	n, seen, omitted, _ := told()
	for id, k := range seen {
		if !ids[id] || k != 1 {
			t.Errorf("alert %s told %d times (known: %v)", id, k, ids[id])
		}
	}
	if len(seen)+omitted != flood {
		t.Errorf("%d listed + %d counted = %d alerts told, want %d", len(seen), omitted, len(seen)+omitted, flood)
	}
	if omitted == 0 {
		t.Error("nothing was counted beyond the folded list's bound")
	}
	if n > 6 {
		t.Errorf("%d notifications for one held flood, want a few", n)
	}
}

// TestSlowReceiversWaitApart reproduces the fresh review's slow
// receivers: eight managers' webhooks each answer 204 just inside the
// timeout, with a backlog of alerts; they never fail, yet with their
// share of the budget and of the delivery slots they held another
// reseller's notification back for over a minute. A delivery slower than
// SlowDelivery now takes its target out of the budget, with one delivery
// at a time, like a failing one.
func TestSlowReceiversWaitApart(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	const slowOnes = 8
	var managers, subs, domains strings.Builder
	for i := range slowOnes {
		fmt.Fprintf(&managers, "  - {id: slow-%d, level: reseller, of: ra, webhook_url: \"%s/slow-%d\", webhook_secret: %s}\n", i, hooks.srv.URL, i, testSecret)
		fmt.Fprintf(&subs, "  - {id: s-slow-%d, manager: slow-%d}\n", i, i)
		hooks.slow[fmt.Sprintf("/slow-%d", i)] = 1800 * time.Millisecond
	}
	for i := range slowOnes {
		fmt.Fprintf(&domains, "  - {name: a%d.example, customer: ca}\n", i)
	}
	c.applyDirectory(t, ctx, fmt.Sprintf(`resellers: [{id: ra, name: Reseller A}, {id: rb, name: Reseller B}]
customers: [{id: ca, reseller: ra}, {id: cb, reseller: rb}]
domains:
%s  - {name: b.example, customer: cb}
managers:
%s  - {id: cust-b, level: customer, of: cb, email: cust@cb.test}
subscriptions:
%s  - {id: s-cust-b, manager: cust-b}
`, domains.String(), managers.String(), subs.String()))

	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.MaxInflight = 32
	cfg.TargetInflight = 4
	cfg.Concurrency = 16
	cfg.WebhookTimeout = 2 * time.Second
	cfg.SlowDelivery = time.Second
	cfg.FlapInterval = -1
	startSink(t, cfg, false)

	var alerts []*schemas.StatusChange
	for i := range 80 {
		from, to := schemas.StatusGood, schemas.StatusBad
		if (i/slowOnes)%2 == 1 {
			from, to = to, from
		}
		alerts = append(alerts, alertAt(fmt.Sprintf("a%d.example", i%slowOnes), from, to, fmt.Sprintf("slow-%d", i), 0.5))
	}
	c.produceAlerts(t, ctx, alerts...)
	eventually(t, 20*time.Second, "every slow receiver reached", func() bool {
		hooks.mu.Lock()
		defer hooks.mu.Unlock()
		for i := range slowOnes {
			if hooks.seen[fmt.Sprintf("/slow-%d", i)] == 0 {
				return false
			}
		}
		return true
	})
	start := time.Now()
	c.produceAlerts(t, ctx, alertAt("b.example", schemas.StatusGood, schemas.StatusBad, "victim", 0.4))
	eventually(t, 60*time.Second, "the other reseller's notification", func() bool {
		return len(mail.to("cust@cb.test")) == 1
	})
	t.Logf("the other reseller was notified %v after its alert", time.Since(start).Round(10*time.Millisecond))
	// It did not wait for the slow receivers' backlog (each of them is
	// sent all 80 alerts): when it went out, they had taken fewer than
	// ten rounds of the sink's delivery slots, which take 18 s at the
	// least (each answer comes 1.8 s after its request), whatever the
	// machine's speed. Held back by them, it went out after a minute.
	victim := mail.to("cust@cb.test")[0].at
	var before int
	for i := range slowOnes {
		for _, call := range hooks.calls(fmt.Sprintf("/slow-%d", i)) {
			if call.at.Before(victim) {
				before++
			}
		}
	}
	if before >= 10*cfg.Concurrency {
		t.Errorf("the other reseller was notified after the slow receivers took %d notifications: it waited for them", before)
	}
}
