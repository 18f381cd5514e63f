package postfix

import (
	"testing"
	"time"
)

func TestContainerOfCgroup(t *testing.T) {
	const id = "e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7"
	for _, tc := range []struct {
		cgroup string
		ref    string
		in     bool
	}{
		{"/system.slice/postfix.service", "", false},
		{"/system.slice/postfix@-.service", "", false},
		{"/user.slice/user-0.slice/session-3.scope", "", false},
		{"/system.slice/docker.service", "", false},
		{"/system.slice/containerd.service", "", false},
		{"/machine.slice/libpod-conmon-" + id + ".scope", "", false},
		{"/system.slice/crio-conmon-" + id + ".scope", "", false},
		{"/lxc.monitor.mail", "", false},
		{"/", "", false},
		{"", "", false},

		{"/system.slice/docker-" + id + ".scope", id, true},
		{"docker-" + id + ".scope", id, true}, // as _SYSTEMD_UNIT
		{"/docker/" + id, id, true},
		{"/machine.slice/libpod-" + id + ".scope", id, true},
		{"/machine.slice/libpod-" + id + ".scope/container", id, true},
		{"/libpod_parent/libpod-" + id, id, true},
		{"/system.slice/nerdctl-" + id + ".scope", id, true},
		{"/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod1234.slice/cri-containerd-" + id + ".scope", id, true},
		{"/kubepods/besteffort/pod0c1d/" + id, id, true},
		{"/kubepods.slice/kubepods-pod9.slice/crio-" + id + ".scope", id, true},
		{"/lxc/mail", "mail", true},
		{"/lxc.payload.mail/system.slice/postfix.service", "mail", true},
		{"/machine.slice/machine-mail.scope/payload/system.slice/postfix.service", "mail", true},
		{`/machine.slice/machine-mail\x2dout.scope`, "mail-out", true},
		{"/machine.slice/systemd-nspawn@mail.service/payload", "mail", true},
	} {
		ref, in := containerOfCgroup(tc.cgroup)
		if ref != tc.ref || in != tc.in {
			t.Errorf("containerOfCgroup(%q) = %q, %v; want %q, %v", tc.cgroup, ref, in, tc.ref, tc.in)
		}
	}
}

// TestJournalContainerOnHostSocket (review S27A-3): a container that
// shares the host's journal socket (-v /dev/log:/dev/log, or
// /run/systemd/journal mounted in) and runs as root writes entries with
// _UID 0 and the _EXE of its own file system; only its control group
// says where it runs. It counts only when that container was named.
func TestJournalContainerOnHostSocket(t *testing.T) {
	const (
		evilID = "e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7"
		mailID = "4f2a9c1e6b7d8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b"
	)
	smtp := func(cgroup string, kv ...any) string {
		f := []any{"_EXE", "/usr/lib/postfix/sbin/smtp", "_COMM", "smtp", "_UID", "0", "_PID", "31337", "_SYSTEMD_CGROUP", cgroup}
		return journalWith(append(f, kv...)...)
	}
	p := NewParser(journalAt, WithLocation(time.UTC), WithJournalUIDs(107), WithJournalContainers(mailID, "mail"))
	for _, tc := range []struct {
		name   string
		line   string
		want   Kind
		reason []string
	}{
		{"the host's Postfix", smtp("/system.slice/postfix.service"), KindDelivery, nil},
		{"a multi-instance Postfix", smtp("/system.slice/postfix@postfix-out.service"), KindDelivery, nil},
		{"a named Docker container's Postfix", smtp("/system.slice/docker-" + mailID + ".scope"), KindDelivery, nil},
		{"a named LXC container's Postfix", smtp("/lxc.payload.mail/system.slice/postfix.service"), KindDelivery, nil},
		{"a named nspawn container's Postfix", smtp("/machine.slice/machine-mail.scope/payload/system.slice/postfix.service"), KindDelivery, nil},

		{"a Docker container's root with a file named smtp", smtp("/system.slice/docker-"+evilID+".scope", "_EXE", "/tmp/smtp"), KindMalformed, []string{"inside the container", evilID, "--journal-containers"}},
		{"the same, the unit alone (no cgroup, no cursor)", journalWith("_EXE", "/tmp/smtp", "_UID", "0", "__CURSOR", nil, "_SYSTEMD_CGROUP", nil, "_SYSTEMD_UNIT", "docker-"+evilID+".scope"), KindMalformed, []string{"inside the container"}},
		{"a Docker container under the cgroupfs driver", smtp("/docker/" + evilID), KindMalformed, []string{"inside the container"}},
		{"a Podman container", smtp("/machine.slice/libpod-" + evilID + ".scope/container"), KindMalformed, []string{"inside the container"}},
		{"a Kubernetes pod", smtp("/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod12.slice/cri-containerd-" + evilID + ".scope"), KindMalformed, []string{"inside the container"}},
		{"an LXC container not named", smtp("/lxc.payload.web/system.slice/postfix.service"), KindMalformed, []string{`"web"`}},
		{"an nspawn machine not named", smtp("/machine.slice/machine-web.scope"), KindMalformed, []string{`"web"`}},
		{"a container's file named dockerd posing as the runtime", journalWith("_EXE", "/usr/bin/dockerd", "_UID", "0", "_SYSTEMD_CGROUP", "/system.slice/docker-"+evilID+".scope",
			"CONTAINER_NAME", "mail", "CONTAINER_ID_FULL", mailID, "MESSAGE", "postfix/smtp[1085]: "+deliveryMsg), KindMalformed, []string{"runtime", "own claim"}},
		{"a container's conmon posing as Podman's", journalWith("_EXE", "/usr/bin/conmon", "_UID", "0", "_SYSTEMD_CGROUP", "/machine.slice/libpod-"+evilID+".scope/container",
			"CONTAINER_NAME", "mail", "MESSAGE", "postfix/smtp[1085]: "+deliveryMsg), KindMalformed, []string{"own claim"}},
		{"a named container's logger", smtp("/system.slice/docker-"+mailID+".scope", "_EXE", "/usr/bin/logger", "_COMM", "logger"), KindMalformed, []string{"not a Postfix program"}},
		{"a named container's ordinary user", smtp("/system.slice/docker-"+mailID+".scope", "_UID", "1000"), KindMalformed, []string{`uid "1000"`}},
		{"an export without _SYSTEMD_CGROUP", smtp("", "_SYSTEMD_CGROUP", nil), KindMalformed, []string{"_SYSTEMD_CGROUP"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkJournalKind(t, p, tc.line, tc.want, tc.reason...)
		})
	}
	// Podman's conmon itself runs in a cgroup named for the container,
	// outside it: its entries for a named container still count.
	conmon := journalWith("_EXE", "/usr/bin/conmon", "_UID", "0", "_SYSTEMD_CGROUP", "/machine.slice/libpod-conmon-"+mailID+".scope",
		"CONTAINER_NAME", "mail", "CONTAINER_ID_FULL", mailID, "MESSAGE", "postfix/smtp[1085]: "+deliveryMsg)
	checkJournalKind(t, p, conmon, KindDelivery)
}
