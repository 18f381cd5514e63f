package postfix

import (
	"encoding/hex"
	"path"
	"strings"
)

// containerOfCgroup says whether a process in the control group cgroup
// (journald's trusted _SYSTEMD_CGROUP, or _SYSTEMD_UNIT, which the
// kernel's cgroup gives it) runs inside a container, and which: ref is
// the container's full id, or its name where the cgroup holds a name
// rather than an id (an LXC or systemd-nspawn container), "" when it
// holds neither.
//
// A container's process that shares the host's journal socket (-v
// /dev/log:/dev/log, or /run/systemd/journal mounted in) writes entries
// with the _UID and _EXE of its own namespace: its root is _UID 0 and
// its copy of logger can be called smtp (review S27A-3). Only its
// control group, which the kernel keeps and the container cannot leave,
// gives it away. The shapes are those the runtimes create:
//
//   - systemd cgroup driver: docker-ID.scope (Docker), libpod-ID.scope
//     (Podman), cri-containerd-ID.scope (containerd's CRI), crio-ID.scope
//     (CRI-O), nerdctl-ID.scope; libpod-conmon-ID.scope and
//     crio-conmon-ID.scope hold the runtime's monitor, not the container;
//   - cgroupfs driver: /docker/ID, /libpod_parent/libpod-ID, and
//     Kubernetes' /kubepods/… and kubepods.slice/… (its last element the
//     container);
//   - LXC: /lxc/NAME and lxc.payload.NAME (lxc.monitor.NAME is LXC's
//     monitor);
//   - systemd-nspawn and machined: machine.slice/machine-NAME.scope or
//     systemd-nspawn@NAME.service.
func containerOfCgroup(cgroup string) (ref string, in bool) {
	parts := strings.Split(strings.Trim(cgroup, "/"), "/")
	for i, seg := range parts {
		next := ""
		if i+1 < len(parts) {
			next = parts[i+1]
		}
		switch {
		case strings.HasPrefix(seg, "kubepods"):
			return scopeID(parts[len(parts)-1]), true
		case seg == "docker" && next != "":
			return next, true
		case seg == "lxc" && next != "":
			return next, true
		case strings.HasPrefix(seg, "lxc.payload."):
			return strings.TrimPrefix(seg, "lxc.payload."), true
		case seg == "machine.slice" && next != "":
			if name, ok := strings.CutPrefix(next, "machine-"); ok && strings.HasSuffix(name, ".scope") {
				return unescapeUnit(strings.TrimSuffix(name, ".scope")), true
			}
			if name, ok := strings.CutPrefix(next, "systemd-nspawn@"); ok && strings.HasSuffix(name, ".service") {
				return unescapeUnit(strings.TrimSuffix(name, ".service")), true
			}
		}
		if id, ok := runtimeScope(seg); ok {
			return id, true
		}
	}
	return "", false
}

// runtimeScopePrefixes are the prefixes of the cgroup (or scope unit) a
// container runtime puts a container's processes in; the monitors'
// prefixes (libpod-conmon-, crio-conmon-) are not among them.
var runtimeScopePrefixes = [...]string{"docker-", "libpod-", "cri-containerd-", "crio-", "nerdctl-"}

// runtimeScope reads a cgroup element such as docker-ID.scope (or
// libpod-ID under the cgroupfs driver) as a container's, returning ID.
func runtimeScope(seg string) (id string, ok bool) {
	for _, p := range runtimeScopePrefixes {
		rest, found := strings.CutPrefix(seg, p)
		if !found || strings.HasPrefix(rest, "conmon-") {
			continue
		}
		rest = strings.TrimSuffix(rest, ".scope")
		if p == "libpod-" {
			// Podman's --cgroups=split puts the container's processes
			// in libpod-payload-ID under the scope (review S29A-4).
			rest = strings.TrimPrefix(rest, "payload-")
		}
		if rest != "" {
			return rest, true
		}
	}
	return "", false
}

// scopeID is a Kubernetes container cgroup's last element as an id:
// cri-containerd-ID.scope, crio-ID.scope, docker-ID.scope or a bare ID.
func scopeID(seg string) string {
	if id, ok := runtimeScope(seg); ok {
		return id
	}
	return strings.TrimSuffix(seg, ".scope")
}

// unescapeUnit undoes systemd's escaping of a unit name's instance
// ("\x2d" for "-"; systemd.unit(5), "String Escaping").
func unescapeUnit(s string) string {
	if !strings.Contains(s, `\x`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) && s[i+1] == 'x' {
			if v, err := hex.DecodeString(s[i+2 : i+4]); err == nil {
				b.WriteByte(v[0])
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// hostCgroup reports whether cgroup, which containerOfCgroup found no
// container in, is one the host's own services run in: a system
// service's (/system.slice/…, where systemd starts postfix.service or
// postfix@-.service, docker.service and containerd.service), PID 1's
// (/init.scope) or a session of root's (/user.slice/user-0.slice/…:
// "postfix start" typed by root). A container runtime's monitor may
// also run in Podman's conmon scope (machine.slice/libpod-conmon-ID.scope
// with the systemd cgroup manager, /libpod_parent/conmon with cgroupfs).
//
// Every other control group is refused rather than taken for the host's:
// the shapes of containers are open-ended (containerd's ctr makes
// /NAMESPACE/ID, a runtime given --cgroup-parent /PARENT/ID, Nomad and
// podman --cgroups=disabled their own), and a container's root writes
// through a shared journal socket as uid 0. A user's own units
// (/user.slice/user-UID.slice/user@UID.service/…) are refused too; their
// uid would be, in any case.
func hostCgroup(cgroup string, runtime bool) bool {
	c := path.Clean("/" + cgroup)
	if c != cgroup && c+"/" != cgroup {
		return false // not as the kernel reports it
	}
	switch {
	case c == "/init.scope",
		strings.HasPrefix(c, "/system.slice/"),
		strings.HasPrefix(c, "/user.slice/user-0.slice/"):
		return true
	case runtime:
		parts := strings.Split(strings.TrimPrefix(c, "/"), "/")
		return len(parts) == 2 && parts[0] == "machine.slice" && strings.HasPrefix(parts[1], "libpod-conmon-") && strings.HasSuffix(parts[1], ".scope") ||
			c == "/libpod_parent/conmon"
	}
	return false
}
