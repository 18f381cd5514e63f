package sinks

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestFoldedNotificationDeadLetterNamesEveryAlert: a notification that
// folded alerts during a flap-control hold and could not be delivered
// was dead-lettered with its jobs' own alerts only, so the dead-letter
// topic did not say which other transitions the receiver never heard of.
// Every alert is now named: by its own letter, or in the
// mailflow-folded-alert-ids header of the letter of the notification
// that told it, listed or only counted (beyond maxFolded).
func TestFoldedNotificationDeadLetterNamesEveryAlert(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
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

	// As in TestRestartDuringHoldTellsEveryFlap: the first delivery hangs
	// while the flood queues behind it; delivered, it and the next flap
	// make flap control hold the lane, and the queued alerts are folded.
	// Then the receiver fails every call, so the folded notification is
	// dead-lettered when the hold ends.
	const flood = 2*maxFolded + 30 // beyond the folded list's bound: some only counted
	cfg, buf, reg := flapSinkConfig(t, c, mail, 1000, 4*time.Second)
	cfg.WebhookTimeout = 2 * time.Minute // hang until close(release)
	startSink(t, cfg, false)
	alerts := flapAlerts("a.example", "dlq", flood)
	c.produceAlerts(t, ctx, alerts[0])
	eventually(t, 30*time.Second, "the first delivery under way", func() bool {
		hooks.mu.Lock()
		defer hooks.mu.Unlock()
		return hooks.seen["/cust-a"] > 0
	})
	c.produceAlerts(t, ctx, alerts[1:]...)
	eventually(t, 30*time.Second, "every alert read", func() bool {
		return counter(t, reg, "mailflow_sink_alerts_total") >= flood
	})
	close(release)
	eventually(t, 30*time.Second, "the third flap held", func() bool {
		return hasLine(buf.String(), "flap control holds a notification", "alert_id="+alerts[2].ID)
	})
	hooks.mu.Lock()
	hooks.always["/cust-a"] = reply{code: 500}
	hooks.mu.Unlock()

	// Every alert is told by a delivered notification or named in the
	// dead letters, once.
	want := map[string]bool{}
	for _, a := range alerts {
		want[a.ID] = true
	}
	_, delivered, _, _ := toldByHook(t, hooks, "/cust-a")
	for id := range delivered {
		delete(want, id)
	}
	named := func() (map[string]int, int) {
		got := map[string]int{}
		letters := c.deadLetters(t, ctx)
		for _, r := range letters {
			got[header(r, HeaderAlertID)]++
			if f := header(r, HeaderFoldedAlertIDs); f != "" {
				for _, id := range strings.Split(f, ",") {
					got[id]++
				}
			}
		}
		return got, len(letters)
	}
	eventually(t, 90*time.Second, "every alert not delivered named in the dead-letter topic", func() bool {
		got, _ := named()
		return len(got) >= len(want)
	})
	got, letters := named()
	for id, k := range got {
		if !want[id] || k != 1 {
			t.Errorf("alert %s named %d times in the dead letters (not delivered: %v)", id, k, want[id])
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d alerts named, want the %d not delivered (%d delivered)", len(got), len(want), len(delivered))
	}
	if letters >= len(want) || len(want) < maxFolded {
		t.Errorf("%d letters for %d alerts not delivered: nothing was folded beyond the bound, the test shows nothing", letters, len(want))
	}
	if !strings.Contains(buf.String(), "notification dead-lettered") {
		t.Error("no dead-letter logged")
	}
}
