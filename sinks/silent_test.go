package sinks

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// silentAlert is a silence alert (issue 15) of a.example, Good, whose last
// attempt before the silence arrived at last.
func silentAlert(kind, cause string, at, last time.Time) *schemas.StatusChange {
	a := alertAt("a.example", schemas.StatusGood, schemas.StatusGood, cause, 1)
	a.ID, a.Kind, a.At = schemas.KindID("a.example", kind, cause), kind, at
	a.SilentAfterSeconds, a.BaselinePerHour, a.LastAttemptAt = 7200, 4.5, &last
	return a
}

// TestSilentAlerts: a silent alert and its recovery reach the domain's
// subscriber by e-mail (a subject and a first sentence a manager reads
// without knowing the detection, no "delay" lines) and webhook (type
// domain.silent / domain.silent_recovered, with the silence fields).
func TestSilentAlerts(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	c.applyDirectory(t, ctx, flapDirectory(hooks, ""))
	startSink(t, testConfig(t, c, mail, t.TempDir()), false)

	last := time.Date(2026, 11, 30, 7, 50, 0, 0, time.UTC)
	c.produceAlerts(t, ctx,
		silentAlert(schemas.KindSilent, "ev-9", last.Add(2*time.Hour), last),
		silentAlert(schemas.KindSilentRecovered, "ev-10", last.Add(3*time.Hour), last))
	eventually(t, 20*time.Second, "two mails", func() bool { return len(mail.to("pm@a.example")) == 2 })
	subjects := map[string]*received{}
	for _, m := range mail.to("pm@a.example") {
		// The sentences are longer than a quoted-printable line.
		m.body = strings.NewReplacer("=\r\n", "", "=\n", "", "=3D", "=").Replace(m.body)
		subjects[m.header.Get("Subject")] = &m
	}
	silent := subjects["[mailflow] NO MAIL: a.example has received no mail for 2h0m0s (usually 4.5 an hour)"]
	if silent == nil {
		t.Fatalf("no silent mail among %v", keys(subjects))
	}
	if !strings.Contains(silent.body, "NO MAIL has reached a.example for 2h0m0s: its last delivery attempt arrived Mon, 30 Nov 2026 07:50:00 UTC") ||
		!strings.Contains(silent.body, "Status:        good at") || strings.Contains(silent.body, "delay") ||
		silent.header.Get("X-Mailflow-Alert-Kind") != "silent" || !strings.HasPrefix(silent.header.Get("Message-Id"), "<mailflow.silent.") {
		t.Errorf("silent mail:\n%v\n%s", silent.header, silent.body)
	}
	back := subjects["[mailflow] MAIL FLOWING AGAIN: a.example receives mail again"]
	if back == nil || !strings.Contains(back.body, "Mail reaches a.example again: its first delivery attempt after the silence arrived Mon, 30 Nov 2026 10:50:00 UTC") {
		t.Errorf("no or wrong recovery mail among %v", keys(subjects))
	}

	eventually(t, 20*time.Second, "two webhooks", func() bool { return len(hooks.calls("/pm-a")) == 2 })
	types := map[string]map[string]any{}
	for _, call := range hooks.calls("/pm-a") {
		d := hookData(t, call)
		types[d["type"].(string)] = d
	}
	if d := types["domain.silent"]; d == nil || d["kind"] != "silent" || d["transition"] != "silent" || d["silent_after_seconds"] != 7200.0 ||
		d["baseline_per_hour"] != 4.5 || d["last_attempt_at"] != "2026-11-30T07:50:00Z" {
		t.Errorf("silent webhook: %v (types %v)", d, keys(types))
	}
	if d := types["domain.silent_recovered"]; d == nil || d["kind"] != "silent_recovered" {
		t.Errorf("webhook types %v", keys(types))
	}
}
