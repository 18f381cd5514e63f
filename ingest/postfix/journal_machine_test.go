package postfix

import (
	"strings"
	"testing"
	"time"
)

// TestJournalOneMachine (review S29A-3): an export that merges journals
// (journalctl -m, -D, --file, journal-remote) holds other machines'
// entries, whose trusted fields another journald recorded (an nspawn
// container's own journald sees its Postfix in /system.slice too). The
// input's machine is WithJournalMachine's, else the first believed
// entry's; an entry of another machine is refused, and one without
// _MACHINE_ID is read as before.
func TestJournalOneMachine(t *testing.T) {
	const (
		host  = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
		guest = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
	)
	smtp := func(machine any) string { return rootSMTP("/system.slice/postfix.service", "_MACHINE_ID", machine) }
	logger := journalWith("_EXE", "/usr/bin/logger", "_COMM", "logger", "_UID", "1000",
		"_SYSTEMD_CGROUP", "/user.slice/user-1000.slice/session-2.scope", "_MACHINE_ID", guest)

	t.Run("the first believed entry's machine", func(t *testing.T) {
		p := NewParser(journalAt, WithLocation(time.UTC))
		// A refused entry pins nothing.
		checkJournalKind(t, p, logger, KindMalformed, "logger")
		checkJournalKind(t, p, smtp(host), KindDelivery)
		checkJournalKind(t, p, smtp(host), KindDelivery)
		checkJournalKind(t, p, smtp(guest), KindMalformed, guest, host, "_MACHINE_ID")
		checkJournalKind(t, p, smtp(nil), KindDelivery)
		checkJournalKind(t, p, smtp(host), KindDelivery)
	})
	t.Run("the machine given", func(t *testing.T) {
		p := NewParser(journalAt, WithLocation(time.UTC), WithJournalMachine(host))
		checkJournalKind(t, p, smtp(guest), KindMalformed, guest, "--journal-machine-id")
		checkJournalKind(t, p, smtp(host), KindDelivery)
	})
	t.Run("a machine id of several values", func(t *testing.T) {
		p := NewParser(journalAt, WithLocation(time.UTC))
		if res := p.Parse(smtp([]string{host, guest})); res.Kind != KindMalformed {
			t.Fatalf("kind %s, want malformed", res.Kind)
		}
	})
}

func TestValidMachineID(t *testing.T) {
	for id, want := range map[string]bool{
		"0f1e2d3c4b5a69788796a5b4c3d2e1f0":     true,
		"0F1E2D3C4B5A69788796A5B4C3D2E1F0":     false,
		"0f1e2d3c4b5a69788796a5b4c3d2e1f":      false,
		"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0": false,
		"0f1e2d3c4b5a69788796a5b4c3d2e1fg":     false,
		"":                                     false,
	} {
		if got := ValidMachineID(id); got != want {
			t.Errorf("ValidMachineID(%q) = %v, want %v", id, got, want)
		}
	}
}

// TestJournalStdoutNotAttested (review S29A-2): with maillog_file =
// /dev/stdout ("postfix start-fg" under systemd) every record reaches
// the journal through master's output stream, and postlogd writes there
// what any local user sends with postlog -t postfix/smtp (set-gid
// postdrop since Postfix 3.7): journald attests nothing of the daemon
// named inside, so such an entry is refused; the daemons' own syslog
// entries and a container runtime's still count.
func TestJournalStdoutNotAttested(t *testing.T) {
	p := NewParser(journalAt, WithLocation(time.UTC), WithJournalUIDs(107), WithJournalContainers(mailID, "mail"))
	forwarded := "Dec  4 04:20:00 mailer postfix/smtp[1085]: " + deliveryMsg
	for _, tc := range []struct {
		name string
		line string
		want Kind
	}{
		{"master's output stream", journalWith("_EXE", "/usr/lib/postfix/sbin/master", "_COMM", "master", "_UID", "0", "_TRANSPORT", "stdout",
			"_SYSTEMD_CGROUP", "/system.slice/postfix.service", "SYSLOG_IDENTIFIER", "postfix", "MESSAGE", forwarded), KindMalformed},
		{"postlogd's output stream", journalWith("_EXE", "/usr/lib/postfix/sbin/postlogd", "_COMM", "postlogd", "_UID", "0", "_TRANSPORT", "stdout",
			"_SYSTEMD_CGROUP", "/system.slice/postfix.service", "MESSAGE", deliveryMsg), KindMalformed},
		{"a named container's master, its output stream", journalWith("_EXE", "/usr/sbin/master", "_COMM", "master", "_UID", "0", "_TRANSPORT", "stdout",
			"_SYSTEMD_CGROUP", "/system.slice/docker-"+mailID+".scope", "MESSAGE", forwarded), KindMalformed},
		{"a transport of several values", journalWith("_EXE", "/usr/lib/postfix/sbin/smtp", "_COMM", "smtp", "_UID", "0", "_TRANSPORT", []string{"syslog", "stdout"},
			"_SYSTEMD_CGROUP", "/system.slice/postfix.service"), KindMalformed},
		{"smtp through syslog", journalWith("_EXE", "/usr/lib/postfix/sbin/smtp", "_COMM", "smtp", "_UID", "0", "_TRANSPORT", "syslog",
			"_SYSTEMD_CGROUP", "/system.slice/postfix.service"), KindDelivery},
		{"dockerd for a named container", journalWith("_EXE", "/usr/bin/dockerd", "_COMM", "dockerd", "_UID", "0", "_TRANSPORT", "journal",
			"_SYSTEMD_CGROUP", "/system.slice/docker.service", "CONTAINER_NAME", "mail", "MESSAGE", "postfix/smtp[1085]: "+deliveryMsg), KindDelivery},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkJournalKind(t, p, tc.line, tc.want)
		})
	}
	res := p.Parse(journalWith("_EXE", "/usr/lib/postfix/sbin/master", "_COMM", "master", "_UID", "0", "_TRANSPORT", "stdout",
		"_SYSTEMD_CGROUP", "/system.slice/postfix.service", "MESSAGE", forwarded))
	for _, w := range []string{"_TRANSPORT stdout", "postlog", "maillog_file"} {
		if res.Err == nil || !strings.Contains(res.Err.Error(), w) {
			t.Errorf("the refusal %v does not say %q", res.Err, w)
		}
	}
}
