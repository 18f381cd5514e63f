package consoleapi

import (
	"log/slog"
	"regexp"
	"strings"
	"testing"

	"github.com/mailflow/mailflow/internal/logbuf"
)

// lockedBuffer is the logger output the server under test writes while
// the test reads it.
type lockedBuffer = logbuf.Buffer

// TestChangeLogKeyIsTheAuditKey (newcomer review, session 34): the log
// line of a console change names the key the audit entry has, so that
// `mailflow config audit` finds what the log showed; an overlay's
// config-topic key is logged beside it as record.
func TestChangeLogKeyIsTheAuditKey(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	var logs lockedBuffer
	f.h.cfg.Log = slog.New(slog.NewTextHandler(&logs, nil))
	c := f.signIn("ra@a.example")
	if code, body := c.do("PUT", "/api/v1/me/webhook", map[string]string{"url": "https://tickets.a.example/hook"}); code != 200 {
		t.Fatalf("webhook: %d %s", code, body)
	}
	if code, body := c.do("PUT", "/api/v1/me/notifications/domain/a1.example", map[string]any{"channels": []string{"email"}, "transitions": []string{"bad", "recovered"}}); code != 200 {
		t.Fatalf("notifications: %d %s", code, body)
	}
	var lines []string
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Contains(l, `msg="console: change"`) {
			lines = append(lines, l)
		}
	}
	if len(lines) != 2 {
		t.Fatalf("%d change lines, want 2:\n%s", len(lines), logs.String())
	}
	if !strings.Contains(lines[0], "action=webhook.set key=manager/mRA record=webhook/mRA ") {
		t.Errorf("webhook change logged as:\n%s", lines[0])
	}
	// a record that is no overlay: one key, the same in both
	if m := regexp.MustCompile(` key=(\S+) record=(\S+) `).FindStringSubmatch(lines[1]); m == nil || m[1] != m[2] || !strings.HasPrefix(m[1], "subscription/") {
		t.Errorf("subscription change logged as:\n%s", lines[1])
	}
	if strings.Contains(logs.String(), "whsec_") {
		t.Error("the webhook secret was logged")
	}
}
