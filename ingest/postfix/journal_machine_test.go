package postfix

import (
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
	smtp := func(machine any) string {
		return journalWith("_EXE", "/usr/lib/postfix/sbin/smtp", "_COMM", "smtp", "_UID", "0", "_PID", "31337",
			"_SYSTEMD_CGROUP", "/system.slice/postfix.service", "_MACHINE_ID", machine)
	}
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
