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
	eventually(t, 15*time.Second, "the other reseller's notifications", func() bool {
		return len(mail.to("noc@rb.test")) == 1 && len(mail.to("cust@cb.test")) == 1 && len(hooks.calls("/noc-b")) == 1
	})
	for _, a := range attackers {
		if n := len(hooks.calls("/" + a)); n != 0 {
			t.Fatalf("/%s accepted %d notifications while failing", a, n)
		}
	}
	// The hanging target is known failing only once its first attempt
	// timed out (WebhookTimeout); until then TargetInflight caps it.
	eventually(t, 10*time.Second, "every flooded target counted failing", func() bool {
		return gauge(t, reg, "mailflow_sink_targets_failing") == float64(len(attackers))
	})
	if got := gauge(t, reg, "mailflow_sink_notifications_queued"); got < flood {
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

// gauge returns a gauge's value (summed over its labels).
func gauge(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() == name {
			for _, m := range mf.GetMetric() {
				sum += m.GetGauge().GetValue()
			}
		}
	}
	return sum
}
