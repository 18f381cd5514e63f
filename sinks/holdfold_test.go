package sinks

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mailflow/mailflow/schemas"
)

// TestFloodQueuedBeforeHoldIsFolded: a flapping domain's alerts queue by
// the hundred behind a slow delivery (here one the receiver holds) before
// flap control holds the lane. Once the hold begins they are folded into
// one job, as alerts that arrive during a hold are, rather than wait in
// memory (and against --max-queued) until it ends; and every flap is
// still told exactly once. Three lanes: a flood too short to fold, one
// within maxFolded and one beyond it.
func TestFloodQueuedBeforeHoldIsFolded(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	floods := []int{3, 60, 250}
	dir := "resellers: [{id: ra, name: Reseller A}]\ncustomers:\n"
	for _, n := range floods {
		dir += fmt.Sprintf("  - {id: c%d, reseller: ra}\n", n)
	}
	dir += "domains:\n"
	for _, n := range floods {
		dir += fmt.Sprintf("  - {name: d%d.example, customer: c%d}\n", n, n)
	}
	dir += "managers:\n"
	for _, n := range floods {
		dir += fmt.Sprintf("  - {id: m%d, level: customer, of: c%d, webhook_url: \"%s/m%d\", webhook_secret: %s}\n", n, n, hooks.srv.URL, n, testSecret)
	}
	dir += "subscriptions:\n"
	for _, n := range floods {
		dir += fmt.Sprintf("  - {id: s%d, manager: m%d}\n", n, n)
	}
	c.applyDirectory(t, ctx, dir)
	release := make(chan bool)
	hooks.mu.Lock()
	for _, n := range floods {
		hooks.hang[fmt.Sprintf("/m%d", n)] = release
	}
	hooks.mu.Unlock()

	cfg, buf, reg := flapSinkConfig(t, c, mail, 1000, 30*time.Second)
	// The first deliveries must hang until close(release), however long a
	// loaded machine takes to produce and read the floods: with
	// testConfig's 2 s timeout and 4 attempts they were dead-lettered
	// after about 8 s, and those flaps never told.
	cfg.WebhookTimeout = 2 * time.Minute
	startSink(t, cfg, false)

	alerts := map[int][]*schemas.StatusChange{}
	total := 0
	for _, n := range floods {
		alerts[n] = flapAlerts(fmt.Sprintf("d%d.example", n), fmt.Sprintf("flood%d", n), n)
		total += n
	}
	// Each lane's first notification hangs at the receiver; the rest
	// queue behind it, before any hold.
	for _, n := range floods {
		c.produceAlerts(t, ctx, alerts[n][0])
	}
	eventually(t, 30*time.Second, "the first deliveries under way", func() bool {
		hooks.mu.Lock()
		defer hooks.mu.Unlock()
		for _, n := range floods {
			if hooks.seen[fmt.Sprintf("/m%d", n)] == 0 {
				return false
			}
		}
		return true
	})
	for _, n := range floods {
		c.produceAlerts(t, ctx, alerts[n][1:]...)
	}
	eventually(t, 30*time.Second, "every alert read", func() bool {
		return counter(t, reg, "mailflow_sink_alerts_total") >= float64(total)
	})
	if q := counter(t, reg, "mailflow_sink_notifications_queued"); q < float64(total-len(floods)) {
		t.Fatalf("%v notifications queued before the holds, want the %d alerts behind the hung deliveries", q, total-len(floods))
	}
	close(release)
	for _, n := range floods {
		eventually(t, 30*time.Second, fmt.Sprintf("d%d.example's third flap held", n), func() bool {
			return hasLine(buf.String(), "flap control holds a notification", "alert_id="+alerts[n][2].ID)
		})
	}
	// The holds last 30 s; folding is done when they begin.
	eventually(t, 5*time.Second, "a handful queued while the lanes are held", func() bool {
		return counter(t, reg, "mailflow_sink_notifications_queued") <= float64(3*len(floods))
	})
	if held := hooks.calls; len(held("/m250")) > 2 {
		t.Errorf("%d notifications of d250.example before its hold ended, want 2", len(held("/m250")))
	}

	for _, n := range floods {
		path := fmt.Sprintf("/m%d", n)
		eventually(t, 60*time.Second, fmt.Sprintf("every flap of d%d.example told", n), func() bool {
			_, seen, omitted, _ := toldByHook(t, hooks, path)
			return len(seen)+omitted >= n
		})
		time.Sleep(300 * time.Millisecond) // room for a duplicate to show up
		calls, seen, omitted, _ := toldByHook(t, hooks, path)
		ids := map[string]bool{}
		for _, a := range alerts[n] {
			ids[a.ID] = true
		}
		for id, k := range seen {
			if !ids[id] || k != 1 {
				t.Errorf("d%d.example: alert %s told %d times (known: %v)", n, id, k, ids[id])
			}
		}
		if len(seen)+omitted != n {
			t.Errorf("d%d.example: %d listed + %d counted = %d alerts told, want %d", n, len(seen), omitted, len(seen)+omitted, n)
		}
		if want := n > 2+maxFolded; (omitted > 0) != want {
			t.Errorf("d%d.example: %d alerts counted beyond the folded list's bound", n, omitted)
		}
		if calls > 4 {
			t.Errorf("d%d.example: %d notifications for one flood, want at most 4", n, calls)
		}
	}
}

// TestRestartDuringHoldTellsEveryFlap (review S30A-1): the alerts folded
// beyond maxFolded when a hold begins were recorded as done at once;
// a sink stopped during the hold and started after it skipped them as
// done, and 46 of 150 flaps were never told. They are recorded with the
// notification that counts them, so a restart reads them again.
func TestRestartDuringHoldTellsEveryFlap(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	release := oneHeldWebhookLane(t, ctx, c, hooks)

	const flood = 150
	cfg, buf, reg := flapSinkConfig(t, c, mail, 1000, 4*time.Second)
	cfg.WebhookTimeout = 2 * time.Minute // hang until close(release), as above
	stop := startSink(t, cfg, false)
	alerts := flapAlerts("a.example", "restart", flood)
	floodBehindHungDelivery(t, ctx, c, hooks, reg, buf, alerts, release)
	stop()
	time.Sleep(5 * time.Second) // past the hold

	cfg.Registerer = prometheus.NewRegistry()
	startSink(t, cfg, false)
	eventually(t, 60*time.Second, "every flap told", func() bool {
		_, seen, omitted, _ := toldByHook(t, hooks, "/cust-a")
		return len(seen)+omitted >= flood
	})
	time.Sleep(300 * time.Millisecond) // room for a duplicate to show up
	_, seen, omitted, _ := toldByHook(t, hooks, "/cust-a")
	ids := map[string]bool{}
	for _, a := range alerts {
		ids[a.ID] = true
	}
	for id, k := range seen {
		if !ids[id] || k != 1 {
			t.Errorf("alert %s told %d times (known: %v)", id, k, ids[id])
		}
	}
	if len(seen)+omitted != flood {
		t.Errorf("%d listed + %d counted = %d alerts told, want %d", len(seen), omitted, len(seen)+omitted, flood)
	}
}

// oneHeldWebhookLane gives the cluster one domain, a.example, whose
// customer manager cust-a has a webhook at /cust-a that hangs until the
// returned channel is closed.
func oneHeldWebhookLane(t *testing.T, ctx context.Context, c *cluster, hooks *hookReceiver) chan bool {
	t.Helper()
	c.applyDirectory(t, ctx, fmt.Sprintf(`resellers: [{id: ra, name: Reseller A}]
customers: [{id: ca, reseller: ra}]
domains: [{name: a.example, customer: ca}]
managers:
  - {id: cust-a, level: customer, of: ca, webhook_url: "%[1]s/cust-a", webhook_secret: %[2]s}
subscriptions:
  - {id: s-cust-a, manager: cust-a}
`, hooks.srv.URL, testSecret))
	release := make(chan bool)
	hooks.mu.Lock()
	hooks.hang["/cust-a"] = release
	hooks.mu.Unlock()
	return release
}

// floodBehindHungDelivery produces alerts so that all but the first queue
// behind the first one's hung delivery to /cust-a, then releases it and
// waits until flap control holds the lane at the third alert: the queued
// alerts are folded from then on.
func floodBehindHungDelivery(t *testing.T, ctx context.Context, c *cluster, hooks *hookReceiver, reg *prometheus.Registry, buf *lockedBuffer, alerts []*schemas.StatusChange, release chan bool) {
	t.Helper()
	c.produceAlerts(t, ctx, alerts[0])
	eventually(t, 30*time.Second, "the first delivery under way", func() bool {
		hooks.mu.Lock()
		defer hooks.mu.Unlock()
		return hooks.seen["/cust-a"] > 0
	})
	c.produceAlerts(t, ctx, alerts[1:]...)
	eventually(t, 30*time.Second, "every alert read", func() bool {
		return counter(t, reg, "mailflow_sink_alerts_total") >= float64(len(alerts))
	})
	close(release)
	eventually(t, 30*time.Second, "the third flap held", func() bool {
		return hasLine(buf.String(), "flap control holds a notification", "alert_id="+alerts[2].ID)
	})
}
