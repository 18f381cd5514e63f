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
			return kubepodsContainer(parts[i:]), true
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
		if name, ok := strings.CutPrefix(seg, "machine-"); ok && strings.HasSuffix(name, ".scope") {
			// systemd-nspawn --slice=system.slice (review S29D-2)
			return unescapeUnit(strings.TrimSuffix(name, ".scope")), true
		}
		if strings.HasSuffix(seg, ".service") && strings.HasPrefix(next, "libpod-payload-") {
			// Podman's --cgroups=split under a unit, as Quadlet runs
			// it: the container in UNIT.service/libpod-payload-ID
			// (review S29D-3).
			return strings.TrimPrefix(next, "libpod-payload-"), true
		}
		// A container is found only directly below slices or a
		// runtime's root: below any other element (a unit, or a
		// container's cgroup of a shape not known, /default/evil) the
		// cgroups are that process's own to name, and a container's
		// root may make one called lxc.payload.mail (review S29C-2).
		if !strings.HasSuffix(seg, ".slice") && seg != "libpod_parent" {
			return "", false
		}
	}
	return "", false
}

// kubepodsContainer is the container of a Kubernetes cgroup path, from
// its kubepods element on: the element right after the pod's (systemd
// driver: kubepods-…-podUID.slice/cri-containerd-ID.scope; cgroupfs
// driver: kubepods/QOS/podUID/ID), "" when there is none (a pod's own
// cgroup). What a container makes below its own cgroup does not rename
// it (review S29C-2, S29D-1: a child named cri-containerd-OTHER.scope).
func kubepodsContainer(parts []string) string {
	for i, seg := range parts {
		pod := strings.HasPrefix(seg, "pod") || strings.HasSuffix(seg, ".slice") && strings.Contains(seg, "-pod")
		if pod && i+1 < len(parts) {
			return scopeID(parts[i+1])
		}
	}
	return ""
}

// runtimeScopePrefixes are the prefixes of the cgroup (or scope unit) a
// container runtime puts a container's processes in; the monitors'
// prefixes (libpod-conmon-, crio-conmon-) are not among them.
var runtimeScopePrefixes = [...]string{"docker-", "libpod-", "cri-containerd-", "crio-", "nerdctl-", "runc-", "crun-", "runsc-"}

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
// container in, is one the host's own services run in: a unit of the
// host's systemd, that is a service or scope directly below its slices
// (/system.slice/postfix.service, /system.slice/system-postfix.slice/
// postfix@-.service, a service in a slice of the admin's own such as
// /mail.slice/postfix.service), PID 1's
// /init.scope, or a session of root's (/user.slice/user-0.slice/
// session-N.scope: "postfix start" typed by root, not through sudo,
// which keeps the caller's session). A container runtime's monitor may
// also run in Podman's conmon scope (machine.slice/libpod-conmon-ID.scope
// with the systemd cgroup manager, /libpod_parent/conmon with cgroupfs).
//
// Every other control group is refused rather than taken for the host's:
// anything below a unit (/system.slice/docker.service/ID, a NixOS
// container's …/container@web.service/payload/…) is that unit's children's
// own naming, the shapes of containers are open-ended (containerd's ctr
// makes /NAMESPACE/ID, a runtime given --cgroup-parent /PARENT/ID), and a
// container's root writes through a shared journal socket as uid 0
// (review S29A-1, S29C-3). A user's own units and sessions, and
// machine.slice's machines, are refused too.
func hostCgroup(cgroup string, runtime bool) bool {
	c := path.Clean("/" + cgroup)
	if c != cgroup && c+"/" != cgroup {
		return false // not as the kernel reports it
	}
	if c == "/init.scope" {
		return true
	}
	parts := strings.Split(strings.TrimPrefix(c, "/"), "/")
	if runtime && (len(parts) == 2 && parts[0] == "machine.slice" && strings.HasPrefix(parts[1], "libpod-conmon-") && strings.HasSuffix(parts[1], ".scope") ||
		c == "/libpod_parent/conmon") {
		return true
	}
	if runtime && len(parts) >= 3 && parts[len(parts)-1] == "runtime" && strings.HasSuffix(parts[len(parts)-2], ".service") {
		// conmon of a Podman container run by a unit with
		// --cgroups=split (Quadlet): UNIT.service/runtime (review S29D-3)
		parts = parts[:len(parts)-1]
	}
	leaf := parts[len(parts)-1]
	if len(parts) < 2 || !strings.HasSuffix(leaf, ".service") && !strings.HasSuffix(leaf, ".scope") {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		if !strings.HasSuffix(p, ".slice") {
			return false
		}
	}
	switch parts[0] {
	case "user.slice":
		return len(parts) == 3 && parts[1] == "user-0.slice"
	case "machine.slice":
		return false
	case "system.slice":
		// Its services, root's systemd-run --scope, and the runtimes'
		// monitors; other scopes there are containers of runtimes not
		// known by name (runc-ID.scope, review S29D-2).
		return strings.HasSuffix(leaf, ".service") || strings.HasPrefix(leaf, "run-") ||
			runtime && strings.Contains(leaf, "-conmon-")
	}
	// A slice of the admin's own (Slice=mail.slice): its services, not
	// its scopes, which other managers make (Nomad's nomad.slice/
	// ALLOC.TASK.scope).
	return strings.HasSuffix(leaf, ".service")
}
