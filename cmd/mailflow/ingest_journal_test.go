package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// TestIngestJournalExports: the journald exports an operator would make
// of a Postfix host's journal go through `mailflow ingest postfix`:
// `journalctl -o json`, and `-o short-monotonic` given --boot-time (its
// times count from boot); without the boot time a monotonic delivery is
// counted malformed with a reason, never skipped in silence; a boot time
// that is not RFC 3339 is a usage error.
func TestIngestJournalExports(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	delivery := "1A2B3C4D5E: to=<alice@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 <alice@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command))"
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	jsonFile := write("journal.json", `{"__REALTIME_TIMESTAMP":"1764583201000000","_HOSTNAME":"mta","SYSLOG_IDENTIFIER":"postfix/smtp","_PID":"1","MESSAGE":"`+delivery+`"}`+"\n")
	mono := write("journal.mono", "[  12345.678901] mta postfix/smtp[1]: "+delivery+"\n")
	boot := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)

	for _, tc := range []struct {
		name string
		args []string
		at   time.Time
	}{
		{"json", []string{"--file", jsonFile}, time.UnixMicro(1764583201000000)},
		{"short-monotonic with --boot-time", []string{"--file", mono, "--boot-time", boot.Format(time.RFC3339)}, boot.Add(12345678901 * time.Microsecond)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runMailflow(t, nil, "", append([]string{"ingest", "postfix", "--dry-run"}, tc.args...)...)
			if r.code != 0 || !strings.Contains(r.stderr, "deliveries 1 (events 1)") {
				t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
			}
			ev, err := schemas.DecodeDeliveryEvent([]byte(strings.TrimSpace(r.stdout)))
			if err != nil {
				t.Fatalf("event %q: %v", r.stdout, err)
			}
			if ev.Recipient != "alice@example.org" || ev.SMTPCode != 550 || !ev.CompletedAt.Equal(tc.at) {
				t.Errorf("event %+v, want alice's 550 completed at %s", ev, tc.at)
			}
		})
	}
	r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", mono)
	if r.code != 3 || !strings.Contains(r.stderr, "malformed 1") || !strings.Contains(r.stderr, "--boot-time") {
		t.Errorf("monotonic without --boot-time: exit %d\n%s", r.code, r.stderr)
	}
	r = runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", mono, "--boot-time", "yesterday")
	if r.code != 2 || !strings.Contains(r.stderr, "--boot-time") {
		t.Errorf("a bad --boot-time: exit %d\n%s", r.code, r.stderr)
	}
}
