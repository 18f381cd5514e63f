package sinks

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// delayAlert is a delay alert (issue 15) of a domain whose status is st.
func delayAlert(domain, kind string, st schemas.Status, cause string, current float64) *schemas.StatusChange {
	a := alertAt(domain, st, st, cause, 0.8)
	a.ID, a.Kind = schemas.KindID(domain, kind, cause), kind
	a.DeliveryDelay = schemas.DeliveryDelay{LatestSeconds: current, MedianSeconds: current, CurrentSeconds: current}
	a.DelayThresholdSeconds = 1800
	return a
}

// TestDelayAlerts: delay alerts reach the domain's subscribers by e-mail
// (their own subject, body lines and Message-ID) and webhook (type
// domain.delayed / domain.delay_recovered, kind in the data), at once,
// in their own lane: a delay alert between a Bad and its recovery neither
// folds into them nor makes flap control hold the recovery.
func TestDelayAlerts(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	c.applyDirectory(t, ctx, flapDirectory(hooks, ""))
	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.FlapInterval = time.Minute
	startSink(t, cfg, false)

	c.produceAlerts(t, ctx, alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-1", 0.8))
	eventually(t, 20*time.Second, "the Bad", func() bool { return len(mail.to("pm@a.example")) == 1 })
	c.produceAlerts(t, ctx, delayAlert("a.example", schemas.KindDelayed, schemas.StatusBad, "ev-2", 2400))
	// At once: held by flap control, it would come after a minute.
	eventually(t, 40*time.Second, "the delayed alert, at once", func() bool { return len(mail.to("pm@a.example")) == 2 })
	c.produceAlerts(t, ctx,
		delayAlert("a.example", schemas.KindDelayRecovered, schemas.StatusBad, "ev-3", 600),
		alertAt("a.example", schemas.StatusBad, schemas.StatusGood, "ev-4", 0.95))
	eventually(t, 40*time.Second, "the delay's and the status's recovery, at once", func() bool { return len(mail.to("pm@a.example")) == 4 })

	subjects := map[string]*received{}
	for _, m := range mail.to("pm@a.example") {
		subjects[m.header.Get("Subject")] = &m
	}
	delayed := subjects["[mailflow] DELAYED: mail to a.example waits 40m0s (over 30m0s)"]
	if delayed == nil {
		t.Fatalf("no delayed mail among %v", keys(subjects))
	}
	if !strings.Contains(delayed.body, "Mail to a.example is DELAYED: it waits 40m0s") || !strings.Contains(delayed.body, "Current delay:  40m0s (delayed above 30m0s)") ||
		!strings.Contains(delayed.body, "Status:        bad at") || delayed.header.Get("X-Mailflow-Alert-Kind") != "delayed" ||
		!strings.HasPrefix(delayed.header.Get("Message-Id"), "<mailflow.delayed.") {
		t.Errorf("delayed mail:\n%v\n%s", delayed.header, delayed.body)
	}
	if subjects["[mailflow] DELAY RECOVERED: mail to a.example on time again (delay 10m0s)"] == nil {
		t.Errorf("no delay-recovered mail among %v", keys(subjects))
	}
	if m := subjects["[mailflow] RECOVERED: a.example mail flow back to normal (95% delivered)"]; m == nil || strings.Contains(m.body, "Also since the last notification") {
		t.Errorf("the recovery is missing or folded something: %v", keys(subjects))
	}

	eventually(t, 20*time.Second, "four webhooks", func() bool { return len(hooks.calls("/pm-a")) == 4 })
	types := map[string]map[string]any{}
	for _, call := range hooks.calls("/pm-a") {
		d := hookData(t, call)
		types[d["type"].(string)] = d
	}
	if d := types["domain.delayed"]; d == nil || d["kind"] != "delayed" || d["transition"] != "delayed" || d["delay_threshold_seconds"] != 1800.0 {
		t.Errorf("delayed webhook: %v (types %v)", d, keys(types))
	}
	if types["domain.delay_recovered"] == nil || types["domain.bad"] == nil || types["domain.recovered"] == nil {
		t.Errorf("webhook types %v", keys(types))
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
