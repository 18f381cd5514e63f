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
		// a container's own sub-cgroups do not rename it, and below a
		// cgroup of unknown shape nothing is a container (review S29C-2)
		{"/default/evil/lxc.payload.mail", "", false},
		{"/default/evil/docker-" + id + ".scope", "", false},
		{"/kubepods.slice/kubepods-pod9.slice/cri-containerd-" + id + ".scope/mail", id, true},
		{"/kubepods/besteffort/pod0c1d/" + id + "/lxc.payload.mail", id, true},
		{"/system.slice/postfix.service/lxc.payload.mail", "", false},
		// a pod's container is the element after the pod's, whatever it
		// makes below (review S29D-1)
		{"/kubepods/besteffort/pod0c1d/" + id + "/cri-containerd-4f2a9c1e6b7d8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b.scope", id, true},
		{"/kubepods.slice/kubepods-pod9.slice/crio-" + id + ".scope/docker-4f2a9c1e6b7d8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b.scope", id, true},
		{"/kubepods.slice/kubepods-burstable.slice", "", true},
		// runc, crun and runsc with the systemd driver; nspawn in another
		// slice (review S29D-2)
		{"/system.slice/runc-" + id + ".scope", id, true},
		{"/system.slice/crun-" + id + ".scope", id, true},
		{"/system.slice/machine-mail.scope", "mail", true},
		// Quadlet: a unit running Podman with --cgroups=split (review S29D-3)
		{"/system.slice/mail.service/libpod-payload-" + id, id, true},
		{"/system.slice/mail.service/runtime", "", false},
		// Podman's --cgroups=split (review S29A-4)
		{"/machine.slice/libpod-" + id + ".scope/libpod-payload-" + id, id, true},
		{"/libpod_parent/libpod-payload-" + id, id, true},
	} {
		ref, in := containerOfCgroup(tc.cgroup)
		if ref != tc.ref || in != tc.in {
			t.Errorf("containerOfCgroup(%q) = %q, %v; want %q, %v", tc.cgroup, ref, in, tc.ref, tc.in)
		}
	}
}

// The full ids of a container given to WithJournalContainers (as "mail")
// and of one that is not.
const (
	evilID = "e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7"
	mailID = "4f2a9c1e6b7d8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b"
)

// rootSMTP is a journald entry of Postfix's smtp run as uid 0 in the
// control group cgroup, with the fields kv added or replaced.
func rootSMTP(cgroup string, kv ...any) string {
	f := []any{"_EXE", "/usr/lib/postfix/sbin/smtp", "_COMM", "smtp", "_UID", "0", "_PID", "31337", "_SYSTEMD_CGROUP", cgroup}
	return journalWith(append(f, kv...)...)
}

// TestJournalContainerOnHostSocket (review S27A-3): a container that
// shares the host's journal socket (-v /dev/log:/dev/log, or
// /run/systemd/journal mounted in) and runs as root writes entries with
// _UID 0 and the _EXE of its own file system; only its control group
// says where it runs. It counts only when that container was named.
func TestJournalContainerOnHostSocket(t *testing.T) {
	smtp := rootSMTP
	p := NewParser(journalAt, WithLocation(time.UTC), WithJournalUIDs(107), WithJournalContainers(mailID, "mail"))
	checkJournalCases(t, p, []journalCase{
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
	})
	// Podman's conmon itself runs in a cgroup named for the container,
	// outside it: its entries for a named container still count.
	conmon := journalWith("_EXE", "/usr/bin/conmon", "_UID", "0", "_SYSTEMD_CGROUP", "/machine.slice/libpod-conmon-"+mailID+".scope",
		"CONTAINER_NAME", "mail", "CONTAINER_ID_FULL", mailID, "MESSAGE", "postfix/smtp[1085]: "+deliveryMsg)
	checkJournalKind(t, p, conmon, KindDelivery)
}

func TestHostCgroup(t *testing.T) {
	const id = "e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7"
	for _, tc := range []struct {
		cgroup        string
		host, runtime bool
	}{
		{"/system.slice/postfix.service", true, true},
		{"/system.slice/system-postfix.slice/postfix@-.service", true, true},
		{"/system.slice/docker.service", true, true},
		{"/init.scope", true, true},
		{"/user.slice/user-0.slice/session-3.scope", true, true},
		{"/machine.slice/libpod-conmon-" + id + ".scope", false, true},
		{"/libpod_parent/conmon", false, true},
		{"/mail.slice/postfix.service", true, true}, // Slice=mail.slice (review S29C-4)
		{"/system.slice/run-r1234.scope", true, true},
		{"/system.slice/mail.service/runtime", false, true},         // Quadlet's conmon (review S29D-3)
		{"/system.slice/crio-conmon-" + id + ".scope", false, true}, // CRI-O's monitor
		{"/system.slice/other-" + id + ".scope", false, false},      // a runtime not known by name (review S29D-2)
		{"/system.slice/mail.service/evil", false, false},

		// below a unit (review S29C-3)
		{"/system.slice/docker.service/evil", false, false},
		{"/system.slice/system-container.slice/container@web.service/payload/init.scope", false, false},
		{"/system.slice/x/" + id, false, false},
		{"/user.slice/user-0.slice/user@0.service/app.slice/postfix.service", false, false},
		{"/machine.slice/postfix.service", false, false},

		// containers of shapes containerOfCgroup does not know (review
		// S29A-1), a user's own units, and paths no kernel reports
		{"/default/evil", false, false},
		{"/k8s.io/" + id, false, false},
		{"/mail/" + id, false, false},
		{"/nomad.slice/" + id + ".task.scope", false, false},
		{"/user.slice/user-1000.slice/user@1000.service/app.slice/postfix.service", false, false},
		{"/user.slice/user-1000.slice/session-2.scope", false, false},
		{"/machine.slice/libpod-conmon-" + id + ".scope/extra", false, false},
		{"/system.slice/../default/evil", false, false},
		{"/system.slice//postfix.service", false, false},
		{"system.slice/postfix.service", false, false},
		{"/system.slice", false, false},
		{"/", false, false},
	} {
		if got := hostCgroup(tc.cgroup, false); got != tc.host {
			t.Errorf("hostCgroup(%q, false) = %v, want %v", tc.cgroup, got, tc.host)
		}
		if got := hostCgroup(tc.cgroup, true); got != tc.runtime {
			t.Errorf("hostCgroup(%q, true) = %v, want %v", tc.cgroup, got, tc.runtime)
		}
	}
}

// TestJournalUnknownCgroup (review S29A-1): a container whose control
// group is of no shape containerOfCgroup knows (containerd's ctr,
// Docker with --cgroup-parent, podman --cgroups=disabled) writes as uid
// 0 through a shared journal socket; it is refused, as Postfix or as a
// runtime, rather than taken for the host. Podman with --cgroups=split
// is read by its payload cgroup (review S29A-4).
func TestJournalUnknownCgroup(t *testing.T) {
	smtp := rootSMTP
	dockerd := func(cgroup string) string {
		return journalWith("_EXE", "/usr/bin/dockerd", "_COMM", "dockerd", "_UID", "0", "_SYSTEMD_CGROUP", cgroup,
			"CONTAINER_NAME", "mail", "CONTAINER_ID_FULL", mailID, "MESSAGE", "postfix/smtp[1085]: "+deliveryMsg)
	}
	p := NewParser(journalAt, WithLocation(time.UTC), WithJournalUIDs(107), WithJournalContainers(mailID, "mail"))
	checkJournalCases(t, p, []journalCase{
		{"containerd's ctr", smtp("/default/evil"), KindMalformed, []string{`"/default/evil"`, "control group"}},
		{"Docker with --cgroup-parent", smtp("/mail/" + evilID), KindMalformed, []string{"control group"}},
		{"a user's unit named postfix.service, as root inside a user namespace", smtp("/user.slice/user-1000.slice/user@1000.service/app.slice/postfix.service"), KindMalformed, []string{"control group"}},
		{"a cgroup with dot-dot", smtp("/system.slice/../default/evil"), KindMalformed, []string{"control group"}},
		{"ctr's container naming a sub-cgroup after a named container", smtp("/default/evil/lxc.payload.mail"), KindMalformed, []string{"control group"}},
		{"a pod's container naming a sub-cgroup after a named container", smtp("/kubepods.slice/kubepods-pod9.slice/cri-containerd-" + evilID + ".scope/mail"), KindMalformed, []string{"inside the container"}},
		{"a NixOS container", smtp("/system.slice/system-container.slice/container@web.service/payload/init.scope"), KindMalformed, []string{"control group"}},
		{"below dockerd's service", smtp("/system.slice/docker.service/evil"), KindMalformed, []string{"control group"}},
		{"Postfix in a slice of the admin's own", smtp("/mail.slice/postfix.service"), KindDelivery, nil},
		{"a pod's container naming a child after a named container", smtp("/kubepods/besteffort/pod0c1d/" + evilID + "/cri-containerd-" + mailID + ".scope"), KindMalformed, []string{"inside the container \"" + evilID}},
		{"runc's container in system.slice", smtp("/system.slice/runc-" + evilID + ".scope"), KindMalformed, []string{"inside the container"}},
		{"a scope of an unknown runtime in system.slice", smtp("/system.slice/other-" + evilID + ".scope"), KindMalformed, []string{"control group"}},
		{"Quadlet's container, named", smtp("/system.slice/mail.service/libpod-payload-" + mailID), KindDelivery, nil},
		{"Quadlet's conmon for a named container", journalWith("_EXE", "/usr/bin/conmon", "_COMM", "conmon", "_UID", "0", "_SYSTEMD_CGROUP", "/system.slice/mail.service/runtime",
			"CONTAINER_NAME", "mail", "MESSAGE", "postfix/smtp[1085]: "+deliveryMsg), KindDelivery, nil},
		{"ctr's container posing as dockerd", dockerd("/default/evil"), KindMalformed, []string{"control group"}},
		{"dockerd in its service", dockerd("/system.slice/docker.service"), KindDelivery, nil},
		{"root's own session", smtp("/user.slice/user-0.slice/session-3.scope"), KindDelivery, nil},
		{"postfix@-.service", smtp("/system.slice/system-postfix.slice/postfix@-.service", "_UID", "107"), KindDelivery, nil},
		{"a named Podman container, --cgroups=split", smtp("/machine.slice/libpod-" + mailID + ".scope/libpod-payload-" + mailID), KindDelivery, nil},
		{"an unnamed Podman container, --cgroups=split", smtp("/machine.slice/libpod-" + evilID + ".scope/libpod-payload-" + evilID), KindMalformed, []string{"inside the container \"" + evilID}},
	})
}
