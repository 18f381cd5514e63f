package postfix

import (
	"errors"
	"testing"
	"time"
)

// TestJournalUIDs: with WithJournalUIDs, what journald attests as the
// writer's uid decides: root and the listed accounts (Postfix's
// mail_owner) count; a system account such as www-data does not, whatever
// program name or path it shows (a zombie keeps _COMM without _EXE, a user
// namespace can show a path inside Postfix's daemon directory), nor does
// an entry without _UID (review S26B-2).
func TestJournalUIDs(t *testing.T) {
	entry := func(kv ...any) string {
		m := map[string]any{"__REALTIME_TIMESTAMP": "1707922044705153", "_HOSTNAME": "mailer", "SYSLOG_IDENTIFIER": "postfix/smtp", "_PID": "39560", "MESSAGE": deliveryMsg}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return journalEntry(m)
	}
	for _, tc := range []struct {
		name       string
		line       string
		want       Kind
		wantStrict Kind
	}{
		{"Postfix's mail_owner (107)", entry("_EXE", "/usr/lib/postfix/sbin/smtp", "_UID", "107"), KindDelivery, KindDelivery},
		{"root", entry("_EXE", "/usr/lib/postfix/sbin/smtp", "_UID", "0"), KindDelivery, KindDelivery},
		{"www-data showing Postfix's path (a user namespace)", entry("_EXE", "/usr/lib/postfix/sbin/smtp", "_UID", "33"), KindDelivery, KindMalformed},
		{"www-data's zombie named smtp", entry("_EXE", nil, "_COMM", "smtp", "_UID", "33"), KindDelivery, KindMalformed},
		{"another system account", entry("_EXE", "/usr/libexec/postfix/smtp", "_UID", "89"), KindDelivery, KindMalformed},
		{"an ordinary user", entry("_EXE", "/usr/lib/postfix/sbin/smtp", "_UID", "1000"), KindMalformed, KindMalformed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			now := WithNow(func() time.Time { return time.Date(2024, 2, 14, 16, 0, 0, 0, time.UTC) })
			for _, c := range []struct {
				p    *Parser
				want Kind
			}{{NewParser(now, WithLocation(time.UTC)), tc.want}, {NewParser(now, WithLocation(time.UTC), WithJournalUIDs(107)), tc.wantStrict}} {
				res := c.p.Parse(tc.line)
				if res.Kind != c.want {
					t.Fatalf("strict %v: kind %s (%v), want %s", c.p.journal.uids != nil, res.Kind, res.Err, c.want)
				}
				if c.want == KindMalformed && !errors.Is(res.Err, ErrUntrustedSource) {
					t.Fatalf("refused with %v, want ErrUntrustedSource", res.Err)
				}
			}
		})
	}
}
