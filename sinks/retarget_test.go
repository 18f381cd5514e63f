package sinks

import (
	"context"
	"fmt"
	"github.com/prometheus/client_golang/prometheus"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// logged gives the sink a logger whose lines the test can read (and that
// are printed when the test fails, as testLogger's are). Each line's time
// is the instant the sink logged it, to the nanosecond (slog's text
// handler writes milliseconds, truncated): tests compare it with the
// instants the sink decides by (logTimes).
func logged(t *testing.T) (*slog.Logger, *lockedBuffer) {
	buf := &lockedBuffer{}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("sink log:\n%s", buf.String())
		}
	})
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: nanoTime})), buf
}

// nanoTime writes a log record's time with nanoseconds.
func nanoTime(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && a.Key == slog.TimeKey && a.Value.Kind() == slog.KindTime {
		return slog.String(slog.TimeKey, a.Value.Time().Format(time.RFC3339Nano))
	}
	return a
}

// logTimes returns when the sink logged each line of log (written by a
// logged logger) that holds every part, in order.
func logTimes(t *testing.T, log string, parts ...string) []time.Time {
	t.Helper()
	var out []time.Time
	for line := range strings.Lines(log) {
		if !hasLine(line, parts...) {
			continue
		}
		v, ok := strings.CutPrefix(line, "time=")
		if !ok {
			t.Fatalf("log line without its time: %s", line)
		}
		v, _, _ = strings.Cut(v, " ")
		at, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		out = append(out, at)
	}
	return out
}

// writeConfig writes records to the config topic, as the console's
// settings and webhook writes do.
func (c *cluster) writeConfig(t *testing.T, ctx context.Context, recs ...directory.Record) {
	t.Helper()
	cl := c.client(t)
	for _, r := range recs {
		if err := cl.ProduceSync(ctx, &kgo.Record{Topic: c.name("mailflow.config"), Key: []byte(r.Key), Value: r.Value}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
}

// flapHeld brings a.example's postmaster to a notification flap control
// holds: the first Bad and its recovery go out at once, the next Bad is
// held for the flap interval. It returns when both channels delivered the
// first two and the sink, whose log is in buf, holds the third on both.
func flapHeld(t *testing.T, ctx context.Context, c *cluster, mail *smtpServer, hooks *hookReceiver, buf *lockedBuffer, addr, hook string) {
	t.Helper()
	c.produceAlerts(t, ctx, alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-1", 0.8))
	eventually(t, 20*time.Second, "the first Bad", func() bool { return len(mail.to(addr)) == 1 && len(hooks.calls(hook)) == 1 })
	c.produceAlerts(t, ctx, alertAt("a.example", schemas.StatusBad, schemas.StatusGood, "ev-2", 0.95))
	eventually(t, 20*time.Second, "its recovery", func() bool { return len(mail.to(addr)) == 2 && len(hooks.calls(hook)) == 2 })
	third := alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-3", 0.8)
	c.produceAlerts(t, ctx, third)
	// Held, as the sink says (not "not sent within a second": its hold
	// may end within a second of a slow read).
	eventually(t, 20*time.Second, "the third Bad held by flap control on both channels", func() bool {
		return hasLine(buf.String(), "flap control holds a notification", "alert_id="+third.ID, "/email ") &&
			hasLine(buf.String(), "flap control holds a notification", "alert_id="+third.ID, "/webhook ")
	})
}

// TestFlapHoldEndsWhenSettingsChange (review S24A-3): a notification flap
// control holds goes out as soon as a manager switches flap control off
// for the domain, not when the interval in force when it was held ends.
func TestFlapHoldEndsWhenSettingsChange(t *testing.T) {
	t.Parallel()
	ctx, c, mail, hooks, _ := startFlapHeld(t, func(h *hookReceiver) string { return flapDirectory(h, "") }, 10*time.Minute)

	// PUT /api/v1/settings/domain/a.example {"flap_interval":"off"}.
	rec, err := directory.EncodeSettings(directory.LevelDomain, "a.example",
		directory.SettingsPatch{Fields: []string{"flap_interval"}, Values: directory.Settings{FlapInterval: directory.Off}})
	if err != nil {
		t.Fatal(err)
	}
	off := time.Now()
	c.writeConfig(t, ctx, rec)
	eventually(t, 15*time.Second, "the held Bad once flap control is off", func() bool {
		return len(mail.to("pm@a.example")) == 3 && len(hooks.calls("/pm-a")) == 3
	})
	t.Logf("released %s after the settings change", time.Since(off).Round(time.Millisecond))
	if subj := mail.to("pm@a.example")[2].header.Get("Subject"); !strings.Contains(subj, "BAD: a.example") {
		t.Errorf("released mail's subject %q", subj)
	}
}

// retargetDirectory: a.example's postmaster pm-a and its admin ad-a, both
// by e-mail and webhook, and a second domain b.example.
func retargetDirectory(hooks *hookReceiver, pmOf, adMail, adHook string) string {
	return fmt.Sprintf(`resellers: [{id: ra}]
customers: [{id: ca, reseller: ra}]
domains: [{name: a.example, customer: ca}, {name: b.example, customer: ca}]
managers:
  - {id: pm-a, level: domain, of: %[3]s, email: pm@a.example, webhook_url: "%[1]s/pm-a", webhook_secret: %[2]s}
  - {id: ad-a, level: domain, of: a.example, email: %[4]s, webhook_url: "%[1]s%[5]s", webhook_secret: %[2]s}
subscriptions:
  - {id: s-pm-a, manager: pm-a}
  - {id: s-ad-a, manager: ad-a}
`, hooks.srv.URL, testSecret, pmOf, adMail, adHook)
}

// startFlapHeld starts a sink with flap interval flap over the directory
// dirOf gives, its log in the returned buffer, and holds the third Bad of
// a.example for pm@a.example by flap control (flapHeld).
func startFlapHeld(t *testing.T, dirOf func(*hookReceiver) string, flap time.Duration) (context.Context, *cluster, *smtpServer, *hookReceiver, *lockedBuffer) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	c.applyDirectory(t, ctx, dirOf(hooks))
	cfg := testConfig(t, c, mail, t.TempDir())
	log, buf := logged(t)
	cfg.Logger = log
	cfg.FlapInterval = flap
	startSink(t, cfg, false)
	flapHeld(t, ctx, c, mail, hooks, buf, "pm@a.example", "/pm-a")
	return ctx, c, mail, hooks, buf
}

// TestHeldNotificationFollowsDirectory (review S24A-4): a notification
// held by flap control goes to the targets as the directory is when it is
// sent: a manager moved to another domain meanwhile hears nothing of the
// old one (logged at info, with the reason), and one whose address and
// webhook changed gets it at the new ones. (The hold, 10 s, must outlast
// reading the third Bad and the change on a loaded machine.)
func TestHeldNotificationFollowsDirectory(t *testing.T) {
	t.Parallel()
	ctx, c, mail, hooks, buf := startFlapHeld(t, func(h *hookReceiver) string {
		return retargetDirectory(h, "a.example", "ad@a.example", "/ad-a")
	}, 10*time.Second)
	eventually(t, 10*time.Second, "ad-a's first two", func() bool {
		return len(mail.to("ad@a.example")) == 2 && len(hooks.calls("/ad-a")) == 2
	})

	// The operator moves pm-a to b.example; ad-a changes address and
	// webhook URL.
	c.applyDirectory(t, ctx, retargetDirectory(hooks, "b.example", "new-ad@a.example", "/ad-a-new"))
	eventually(t, 20*time.Second, "ad-a's held Bad at its new address and webhook", func() bool {
		return len(mail.to("new-ad@a.example")) == 1 && len(hooks.calls("/ad-a-new")) == 1
	})
	time.Sleep(time.Second)
	if n := len(mail.to("pm@a.example")); n != 2 {
		t.Errorf("pm-a, moved to b.example, got %d mails of a.example, want still 2", n)
	}
	if n := len(hooks.calls("/pm-a")); n != 2 {
		t.Errorf("pm-a, moved to b.example, got %d webhooks of a.example, want still 2", n)
	}
	if n := len(mail.to("ad@a.example")); n != 2 {
		t.Errorf("ad-a's old address got %d mails, want still 2", n)
	}
	if n := len(hooks.calls("/ad-a")); n != 2 {
		t.Errorf("ad-a's old webhook got %d calls, want still 2", n)
	}
	for _, ch := range []string{"email", "webhook"} {
		if !hasLine(buf.String(), "level=INFO", "notification dropped", "manager=pm-a", "channel="+ch, "reason=") {
			t.Errorf("no info line saying why pm-a's %s notification was dropped", ch)
		}
	}
}

// TestRetryFollowsDirectory (review S24A-4): a notification being retried
// after failures resolves its target again before each try: a changed
// webhook URL is used from the next try on, and a manager moved away
// meanwhile is not tried again (nor dead-lettered).
func TestRetryFollowsDirectory(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	hooks.always["/pm-a"] = reply{code: 503, retryAfter: "1"}
	hooks.always["/ad-a"] = reply{code: 503, retryAfter: "1"}
	c.applyDirectory(t, ctx, retargetDirectory(hooks, "a.example", "ad@a.example", "/ad-a"))
	cfg := testConfig(t, c, mail, t.TempDir())
	log, buf := logged(t)
	cfg.Logger = log
	cfg.MaxAttempts = 30
	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	startSink(t, cfg, false)

	c.produceAlerts(t, ctx, alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-1", 0.8))
	seen := func(path string) int {
		hooks.mu.Lock()
		defer hooks.mu.Unlock()
		return hooks.seen[path]
	}
	eventually(t, 20*time.Second, "both webhooks failing", func() bool { return seen("/pm-a") >= 1 && seen("/ad-a") >= 1 })
	c.applyDirectory(t, ctx, retargetDirectory(hooks, "b.example", "ad@a.example", "/ad-a-new"))
	eventually(t, 20*time.Second, "ad-a's retry at its new webhook", func() bool { return len(hooks.calls("/ad-a-new")) == 1 })
	eventually(t, 20*time.Second, "pm-a's retries given up", func() bool {
		return hasLine(buf.String(), "level=INFO", "notification dropped", "manager=pm-a", "channel=webhook", "reason=")
	})
	tries := seen("/pm-a")
	time.Sleep(2500 * time.Millisecond)
	if n := seen("/pm-a"); n != tries {
		t.Errorf("pm-a's old webhook tried %d more times after the move", n-tries)
	}
	if dl := c.deadLetters(t, ctx); len(dl) != 0 {
		t.Errorf("%d dead letters, want none", len(dl))
	}
	// An SRE sees the drop too, not only the log.
	if n := counter(t, reg, "mailflow_sink_notifications_dropped_total"); n != 1 {
		t.Errorf("mailflow_sink_notifications_dropped_total = %v, want 1 (pm-a's webhook)", n)
	}
}

// hasLine reports whether one line of log holds every part.
func hasLine(log string, parts ...string) bool {
	for line := range strings.Lines(log) {
		all := true
		for _, p := range parts {
			if !strings.Contains(line, p) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}
