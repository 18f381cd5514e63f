package main

import (
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestCheckpointIntervalFlag: --checkpoint-interval sets the least
// time between checkpoint writes (review S26A-3: every batch rewrote the
// whole join state); its help says what a crash costs; a negative value
// or one past an hour is a usage error naming the flag.
func TestIngestCheckpointIntervalFlag(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "mail.log")
	line := "2025-03-03T07:00:00Z mta postfix/smtp[1]: ABCDEF0001: to=<u1@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 ok)\n"
	if err := os.WriteFile(log, []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"0", "2s", "1h"} {
		r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", log, "--checkpoint-interval", v)
		if r.code != 0 || !strings.Contains(r.stderr, "deliveries 1 (events 1)") {
			t.Errorf("--checkpoint-interval %s: exit %d\n%s", v, r.code, r.stderr)
		}
	}
	for _, v := range []string{"-1s", "2h", "soon"} {
		r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", log, "--checkpoint-interval", v)
		if r.code != 2 || !strings.Contains(r.stderr, "checkpoint-interval") {
			t.Errorf("--checkpoint-interval %s: exit %d, want 2 naming the flag\n%s", v, r.code, r.stderr)
		}
	}
	r := runMailflow(t, nil, "", "ingest", "postfix", "--help")
	if !strings.Contains(r.stdout+r.stderr, "-checkpoint-interval") || !strings.Contains(r.stdout+r.stderr, "crash") {
		t.Errorf("help does not explain --checkpoint-interval:\n%s%s", r.stdout, r.stderr)
	}
}

// TestIngestJournalUntrusted: journald entries that claim a Postfix
// delivery but that journald attributes to logger(1) or a user's
// python3 are not sent; the summary counts them and the exit status is
// 3 (review S26A-4: all three of these became events).
func TestIngestJournalUntrusted(t *testing.T) {
	dir := t.TempDir()
	msg := func(rcpt string) string {
		return `"MESSAGE": "4AB12CD34E: to=<` + rcpt + `>, relay=mx.forged.example[198.51.100.4]:25, delay=0.4, delays=0.01/0/0.1/0.29, dsn=5.1.1, status=bounced (550 5.1.1 user unknown)"}`
	}
	journal := `{"__REALTIME_TIMESTAMP": "1796317268448307", "_HOSTNAME": "mx1", "SYSLOG_IDENTIFIER": "postfix/smtp", "SYSLOG_PID": "123", "_PID": "4242", "_COMM": "logger", "_EXE": "/usr/bin/logger", "_UID": "1000", "_GID": "1000", "_TRANSPORT": "syslog", ` + msg("victim@forged.example") + "\n" +
		`{"__REALTIME_TIMESTAMP": "1796317268448308", "_HOSTNAME": "mx1", "SYSLOG_IDENTIFIER": "postfix/smtp", "_COMM": "smtp", "_EXE": "/usr/lib/postfix/sbin/smtp", "_UID": "0", "_TRANSPORT": "syslog", "_PID": "123", ` + msg("real@forged.example") + "\n" +
		`{"__REALTIME_TIMESTAMP": "1796317268448309", "_HOSTNAME": "mx1", "SYSLOG_IDENTIFIER": "postfix/smtp", "_COMM": "python3", "_UID": "1001", "_TRANSPORT": "journal", ` + msg("viajournal@forged.example") + "\n"
	file := filepath.Join(dir, "journal.json")
	if err := os.WriteFile(file, []byte(journal), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", file)
	if r.code != 3 || strings.Count(r.stdout, "\n") != 1 || !strings.Contains(r.stdout, "real@forged.example") {
		t.Fatalf("exit %d, want 3 and only the genuine delivery\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "malformed 2") || !strings.Contains(r.stderr, "2 are journald entries") || !strings.Contains(r.stderr, "/usr/bin/logger") {
		t.Errorf("the refused entries are not counted and named:\n%s", r.stderr)
	}
}

// TestIngestJournalUIDs: --journal-uids names the accounts besides root
// whose journald entries are Postfix's (review S26B-2: any system account
// was believed, www-data included); a bad list is a usage error naming
// the flag; without the flag the local postfix account is looked up.
func TestIngestJournalUIDs(t *testing.T) {
	dir := t.TempDir()
	entry := func(uid, rcpt string) string {
		return `{"__REALTIME_TIMESTAMP": "1796317268448307", "__CURSOR": "s=1;i=` + uid + `", "_HOSTNAME": "mx1", "SYSLOG_IDENTIFIER": "postfix/smtp", "_PID": "4242", "_COMM": "smtp", "_EXE": "/usr/lib/postfix/sbin/smtp", "_UID": "` + uid + `", "_TRANSPORT": "syslog", "_SYSTEMD_CGROUP": "/system.slice/postfix.service", "MESSAGE": "4AB12CD34E: to=<` + rcpt + `>, relay=mx.example.org[198.51.100.4]:25, delay=0.4, delays=0.01/0/0.1/0.29, dsn=5.1.1, status=bounced (550 5.1.1 user unknown)"}` + "\n"
	}
	file := filepath.Join(dir, "journal.json")
	if err := os.WriteFile(file, []byte(entry("107", "a@example.org")+entry("33", "b@example.org")+entry("0", "c@example.org")), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", file, "--journal-uids", "107")
	if r.code != 3 || strings.Count(r.stdout, "\n") != 2 || strings.Contains(r.stdout, "b@example.org") || !strings.Contains(r.stderr, "--journal-uids") {
		t.Fatalf("--journal-uids 107: exit %d, want 3, uid 107's and root's deliveries, uid 33's refused naming the flag\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, v := range []string{"postfix", "107,", "-1", "4294967296"} {
		if r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", file, "--journal-uids", v); r.code != 2 || !strings.Contains(r.stderr, "journal-uids") {
			t.Errorf("--journal-uids %q: exit %d, want 2 naming the flag\n%s", v, r.code, r.stderr)
		}
	}
	found := func(name string) (*user.User, error) {
		if name == "postfix" {
			return &user.User{Uid: "107", Username: "postfix"}, nil
		}
		return nil, user.UnknownUserError(name)
	}
	if uids, err := journalTrustedUIDs("", found); err != nil || len(uids) != 1 || uids[0] != 107 {
		t.Errorf("the postfix account's uid: %v, %v", uids, err)
	}
}
