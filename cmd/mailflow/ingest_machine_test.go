package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestJournalMachine: --journal-machine-id names the machine whose
// journal the export is; another machine's entries are refused (review
// S29A-3), and a value that is no machine id is a usage error naming the
// flag.
func TestIngestJournalMachine(t *testing.T) {
	const host, guest = "0f1e2d3c4b5a69788796a5b4c3d2e1f0", "a1b2c3d4e5f60718293a4b5c6d7e8f90"
	entry := func(machine, rcpt string) string {
		return `{"__REALTIME_TIMESTAMP": "1796317268448307", "__CURSOR": "s=1;i=` + rcpt + `", "_HOSTNAME": "mx1", "SYSLOG_IDENTIFIER": "postfix/smtp", "_PID": "4242", "_COMM": "smtp", "_EXE": "/usr/lib/postfix/sbin/smtp", "_UID": "0", "_TRANSPORT": "syslog", "_SYSTEMD_CGROUP": "/system.slice/postfix.service", "_MACHINE_ID": "` + machine + `", "MESSAGE": "4AB12CD34E: to=<` + rcpt + `>, relay=mx.example.org[198.51.100.4]:25, delay=0.4, delays=0.01/0/0.1/0.29, dsn=5.1.1, status=bounced (550 5.1.1 user unknown)"}` + "\n"
	}
	file := filepath.Join(t.TempDir(), "journal.json")
	if err := os.WriteFile(file, []byte(entry(guest, "a@example.org")+entry(host, "b@example.org")+entry(guest, "c@example.org")), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", file, "--journal-uids", "107", "--journal-machine-id", host)
	if r.code != 3 || strings.Count(r.stdout, "\n") != 1 || !strings.Contains(r.stdout, "b@example.org") || !strings.Contains(r.stderr, guest) {
		t.Fatalf("--journal-machine-id %s: exit %d, want 3, only b@'s delivery, the others refused naming their machine\n%s%s", host, r.code, r.stdout, r.stderr)
	}
	// "first": the first believed entry's machine is the export's, here
	// the guest's, which wrote first.
	r = runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", file, "--journal-uids", "107", "--journal-machine-id", "first")
	if r.code != 3 || strings.Count(r.stdout, "\n") != 2 || strings.Contains(r.stdout, "b@example.org") {
		t.Fatalf("--journal-machine-id first: exit %d, want 3, a@'s and c@'s deliveries\n%s%s", r.code, r.stdout, r.stderr)
	}
	// By default this machine's (review S29C-1): the guest writing first
	// does not decide.
	local, err := os.ReadFile(localMachineIDFile)
	if err != nil {
		// A machine without one (a bare container): said, and the first
		// believed entry's machine decides, as with "first".
		r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", file, "--journal-uids", "107")
		if !strings.Contains(r.stderr, "this machine's id cannot be read") || strings.Count(r.stdout, "\n") != 2 {
			t.Fatalf("without %s: exit %d, want a warning and a@'s and c@'s deliveries\n%s%s", localMachineIDFile, r.code, r.stdout, r.stderr)
		}
		return
	}
	id := strings.TrimSpace(string(local))
	mixed := entry(guest, "a@example.org") + entry(id, "b@example.org") + entry(guest, "c@example.org")
	if err := os.WriteFile(file, []byte(mixed), 0o600); err != nil {
		t.Fatal(err)
	}
	r = runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", file, "--journal-uids", "107")
	if r.code != 3 || strings.Count(r.stdout, "\n") != 1 || !strings.Contains(r.stdout, "b@example.org") {
		t.Fatalf("without --journal-machine-id: exit %d, want 3, only this machine's b@ sent\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, v := range []string{"yes", "First", strings.ToUpper(host), host + "0", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"} {
		if r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", file, "--journal-machine-id", v); r.code != 2 || !strings.Contains(r.stderr, "--journal-machine-id") {
			t.Errorf("--journal-machine-id %q: exit %d, want 2 naming the flag\n%s", v, r.code, r.stderr)
		}
	}
}
