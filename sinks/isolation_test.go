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
	c.applyDirectory(t, ctx, twoResellers(hooks, extra.String())+subs.String())
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

	const flood = 120
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
	eventually(t, 10*time.Second, "the other reseller's notifications", func() bool {
		return len(mail.to("noc@rb.test")) == 1 && len(mail.to("cust@cb.test")) == 1 && len(hooks.calls("/noc-b")) == 1
	})
	for _, a := range attackers {
		if n := len(hooks.calls("/" + a)); n != 0 {
			t.Fatalf("/%s accepted %d notifications while failing", a, n)
		}
	}
	if got := counter(t, reg, "mailflow_sink_notifications_parked_total"); got == 0 {
		t.Error("nothing was parked")
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
