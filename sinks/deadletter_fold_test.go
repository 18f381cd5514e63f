package sinks

import (
	"context"
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
	release := oneHeldWebhookLane(t, ctx, c, hooks)

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
	floodBehindHungDelivery(t, ctx, c, hooks, reg, buf, alerts, release)
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
