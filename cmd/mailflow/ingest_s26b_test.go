package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// s26bEntry is a journalctl -o json entry of a bounce to rcpt, with the
// writer's fields given as JSON members.
func s26bEntry(fields, rcpt string) string {
	return `{"__REALTIME_TIMESTAMP": "1796317268448307", "__CURSOR": "s=1;i=` + rcpt + `", "_HOSTNAME": "mx1", "_PID": "977", "_TRANSPORT": "journal", ` + fields +
		`, "MESSAGE": "postfix/smtp[4242]: 4AB12CD34E: to=<` + rcpt + `>, relay=mx.example.org[198.51.100.4]:25, delay=0.4, delays=0.01/0/0.1/0.29, dsn=5.1.1, status=bounced (550 5.1.1 user unknown)"}` + "\n"
}

// TestIngestJournalContainers: --journal-containers names the containers
// whose output, written into the journal by Docker's journald driver as
// root, is Postfix's (review S26B-2: every container's was); without it
// none counts and the refusal names the container and the flag; a bad
// list is a usage error naming the flag; a NixOS Postfix counts under
// Postfix's uid (review S26B-7).
func TestIngestJournalContainers(t *testing.T) {
	dir := t.TempDir()
	const dockerd = `"_EXE": "/usr/bin/dockerd", "_COMM": "dockerd", "_UID": "0", "_SYSTEMD_CGROUP": "/system.slice/docker.service", `
	journal := s26bEntry(dockerd+`"CONTAINER_NAME": "postfix", "CONTAINER_ID": "4f2a9c1e6b7d", "CONTAINER_ID_FULL": "4f2a9c1e6b7d8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b", "SYSLOG_IDENTIFIER": "4f2a9c1e6b7d"`, "a@example.org") +
		s26bEntry(dockerd+`"CONTAINER_NAME": "web", "CONTAINER_ID": "e7e7e7e7e7e7", "CONTAINER_ID_FULL": "e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7", "CONTAINER_TAG": "postfix", "SYSLOG_IDENTIFIER": "postfix"`, "b@example.org") +
		s26bEntry(`"_EXE": "/usr/bin/logger", "_COMM": "logger", "_UID": "1000", "_SYSTEMD_CGROUP": "/user.slice/user-1000.slice/session-3.scope", "CONTAINER_NAME": "postfix", "SYSLOG_IDENTIFIER": "postfix"`, "c@example.org") +
		s26bEntry(`"_EXE": "/nix/store/5bq7h2vkx9d0c1ylsz6m3w8rjf4a0pgn-postfix-3.9.1/libexec/postfix/smtp", "_COMM": "smtp", "_UID": "107", "_SYSTEMD_CGROUP": "/system.slice/postfix.service", "SYSLOG_IDENTIFIER": "postfix/smtp"`, "d@example.org")
	file := filepath.Join(dir, "journal.json")
	if err := os.WriteFile(file, []byte(journal), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		args     []string
		sent     []string
		refused  int
		inStderr []string
	}{
		{"the postfix container given", []string{"--journal-containers", "postfix"}, []string{"a@", "d@"}, 2, []string{`container \"web\"`, "not a container runtime", "2 are journald entries"}},
		{"given by its full id, and a name inspect prints", []string{"--journal-containers", " /other , 4f2a9c1e6b7d8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b"}, []string{"a@", "d@"}, 2, []string{`container \"web\"`}},
		{"no container given", nil, []string{"d@"}, 3, []string{`container \"postfix\"`, "add its name to --journal-containers"}},
		{"a prefix of the container's name given", []string{"--journal-containers", "post"}, []string{"d@"}, 3, []string{`container \"postfix\"`, "not among the containers given"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runMailflow(t, nil, "", append([]string{"ingest", "postfix", "--dry-run", "--file", file, "--journal-uids", "107"}, tc.args...)...)
			if r.code != 3 || strings.Count(r.stdout, "\n") != len(tc.sent) {
				t.Fatalf("exit %d, want 3 and %d events\n%s%s", r.code, len(tc.sent), r.stdout, r.stderr)
			}
			for _, s := range tc.sent {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("%s's delivery not sent:\n%s", s, r.stdout)
				}
			}
			if !strings.Contains(r.stderr, fmt.Sprintf("malformed %d", tc.refused)) {
				t.Errorf("want %d refused:\n%s", tc.refused, r.stderr)
			}
			for _, s := range tc.inStderr {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr does not say %s:\n%s", s, r.stderr)
				}
			}
		})
	}
	for _, v := range []string{"a b", "postfix,", ",", "-postfix", "post/fix", "mail;rm"} {
		if r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", file, "--journal-containers", v); r.code != 2 || !strings.Contains(r.stderr, "--journal-containers") {
			t.Errorf("--journal-containers %q: exit %d, want 2 naming the flag\n%s", v, r.code, r.stderr)
		}
	}
	r := runMailflow(t, nil, "", "ingest", "postfix", "--help")
	if !strings.Contains(r.stdout+r.stderr, "-journal-containers") {
		t.Errorf("help does not list --journal-containers:\n%s%s", r.stdout, r.stderr)
	}
}
