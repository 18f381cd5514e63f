package postfix

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strconv"
	"strings"
	"time"
)

// journalRecord is one entry of "journalctl -o json" (one JSON object a
// line; -o json-seq puts an RS byte before each): the journal's fields,
// of which a syslog line is made. Each value is a JSON string, or an array
// of byte values when the field holds non-UTF-8 or non-printable bytes,
// or an array of values when the entry has the field more than once
// (systemd's "Journal JSON Format",
// https://systemd.io/JOURNAL_EXPORT_FORMATS/#journal-json-format).
type journalRecord struct {
	Message    json.RawMessage `json:"MESSAGE"`
	Identifier json.RawMessage `json:"SYSLOG_IDENTIFIER"`
	Comm       json.RawMessage `json:"_COMM"`
	PID        json.RawMessage `json:"_PID"`
	SyslogPID  json.RawMessage `json:"SYSLOG_PID"`
	Hostname   json.RawMessage `json:"_HOSTNAME"`
	Realtime   json.RawMessage `json:"__REALTIME_TIMESTAMP"`
	// The trusted fields that say which process wrote the entry (see
	// journalSource), and the cursor every journalctl export carries.
	Exe    json.RawMessage `json:"_EXE"`
	UID    json.RawMessage `json:"_UID"`
	Unit   json.RawMessage `json:"_SYSTEMD_UNIT"`
	Cgroup json.RawMessage `json:"_SYSTEMD_CGROUP"`
	Cursor json.RawMessage `json:"__CURSOR"`
	// Machine is the journal's machine (/etc/machine-id), which journald
	// records in every entry: an export of several journals (journalctl
	// -m, -D, --file, journal-remote) holds other machines' entries,
	// whose trusted fields another journald wrote (Parser.Parse).
	Machine json.RawMessage `json:"_MACHINE_ID"`
	// Transport is how the entry reached journald: syslog, journal,
	// stdout (a service's output stream), kernel, audit, driver.
	Transport json.RawMessage `json:"_TRANSPORT"`
	// The container fields of Docker's and Podman's journald log drivers
	// (https://docs.docker.com/engine/logging/drivers/journald/): set by
	// the runtime, which writes the entry, never by the container's
	// process (it only writes to its stdout). Any other program can set
	// them too: they count only in an entry a container runtime wrote.
	ContainerName   json.RawMessage `json:"CONTAINER_NAME"`
	ContainerID     json.RawMessage `json:"CONTAINER_ID"`
	ContainerIDFull json.RawMessage `json:"CONTAINER_ID_FULL"`
	ContainerTag    json.RawMessage `json:"CONTAINER_TAG"`
	ImageName       json.RawMessage `json:"IMAGE_NAME"`
}

// journalParsed is a journald JSON entry made into a line for Parse.
type journalParsed struct {
	// line is "TIME HOST IDENT[PID]: MESSAGE" (see journalLine).
	line string
	// msg is MESSAGE.
	msg string
	// tagged is false when the entry has neither SYSLOG_IDENTIFIER nor
	// _COMM.
	tagged bool
	// untrusted, when not nil, says why the entry is not Postfix's by
	// journald's own account (it wraps ErrUntrustedSource).
	untrusted error
	// machine is the entry's _MACHINE_ID ("" when it has none).
	machine string
}

// ErrUntrustedSource is wrapped by the error of a journald entry that
// would be a delivery, or a line the parser joins deliveries with, but
// whose trusted fields (set by journald, not by the program that logged:
// _EXE, _COMM, _UID) name a process other than a Postfix daemon, or a
// container runtime writing for a container that was not named to
// WithJournalContainers. Such an entry is reported malformed, never read:
// any local user can log "postfix/smtp[1]: …status=bounced…" with
// logger(1), or through a ~/.forward pipe that runs inside
// postfix.service (review S26A-4), and any container can print it
// (review S26B-2).
var ErrUntrustedSource = errors.New("journald entry not written by a Postfix daemon")

// postfixDaemons are the programs of Postfix's daemon_directory (the
// postfix.org manual pages of section 8, the services of master.cf), and
// postsuper, whose "QUEUEID: removed" the join reads: the file names of
// Postfix's executables, as _EXE ends and _COMM gives them (the
// executable's name, at most 15 bytes, as the kernel keeps it). retry and
// relay are services that run error and smtp; they are listed for
// configurations that link them.
var postfixDaemons = map[string]bool{
	"anvil": true, "bounce": true, "cleanup": true, "discard": true, "dnsblog": true,
	"error": true, "flush": true, "lmtp": true, "local": true, "master": true,
	"nqmgr": true, "oqmgr": true, "pickup": true, "pipe": true, "postlogd": true,
	"postscreen": true, "proxymap": true, "qmgr": true, "qmqpd": true, "relay": true,
	"retry": true, "scache": true, "showq": true, "smtp": true, "smtpd": true,
	"spawn": true, "tlsmgr": true, "tlsproxy": true, "trivial-rewrite": true,
	"verify": true, "virtual": true, "postsuper": true,
}

// containerRuntimes are the programs that write a container's output into
// the journal under their own process, with the container's fields:
// dockerd (Docker's journald log driver), conmon (Podman's and CRI-O's),
// containerd. Their entries are the container's, not theirs.
var containerRuntimes = map[string]bool{"dockerd": true, "conmon": true, "containerd": true}

// runtimeNames lists containerRuntimes for messages.
const runtimeNames = "dockerd, containerd, conmon"

// firstUserUID is where ordinary users' uids start (login.defs UID_MIN on
// every common distribution). Postfix's daemons run as root or as its
// mail_owner, a system account below it.
const firstUserUID = 1000

// journalTrust is whom a Parser believes in journald entries.
type journalTrust struct {
	// uids are root and the uids of WithJournalUIDs; nil: root and any
	// system account (a uid below firstUserUID).
	uids map[int64]bool
	// containers are the names and full ids of WithJournalContainers:
	// the containers whose output, written by a container runtime, is
	// Postfix's.
	containers map[string]bool
}

// believes reports whether entries written as uid count.
func (t journalTrust) believes(uid int64) bool {
	if t.uids != nil {
		return t.uids[uid]
	}
	return uid >= 0 && uid < firstUserUID
}

// journalSource says whether journald's trusted fields attribute the
// entry to Postfix: nil when they do, an error wrapping
// ErrUntrustedSource that names the writer when they do not.
//
// The writer is the file name of _EXE (the executable, which the kernel
// reports; its directory does not matter: NixOS keeps Postfix under
// /nix/store, a container shows its own path), or _COMM when the export
// has no _EXE (--output-fields). An entry counts when
//
//   - its writer is a Postfix program (postfixDaemons) and its _UID is
//     believed: root or an account given to WithJournalUIDs (without it,
//     any system account). The uid is the proof: journald records it from
//     the kernel. The name only keeps out root's other programs (logger
//     -t postfix/smtp run as root, a root cron job's script, a process of
//     a container's root that shares the host's journal socket): root can
//     forge anything on the host, but no program of Postfix's is called
//     logger or python3. Root running any file named smtp is believed,
//     as root is; _COMM, which a process can set, decides only when the
//     export has no _EXE; or
//   - its writer is a container runtime (containerRuntimes) running as
//     root or as a uid given to WithJournalUIDs, and the container it
//     wrote for, by CONTAINER_NAME or CONTAINER_ID_FULL (set by the
//     runtime), was given to WithJournalContainers. Its MESSAGE is the
//     container's stdout line, its SYSLOG_IDENTIFIER the container's tag;
//     the program is found in the message ("postfix/smtp[123]: …", see
//     forwardedLine). Without that list no container is believed: Docker
//     writes every container's output as root, so any container on the
//     host could print deliveries (review S26B-2).
//
// Either way the writer must not run inside a container, by its control
// group (_SYSTEMD_CGROUP, else _SYSTEMD_UNIT; see containerOfCgroup),
// unless that container was given to WithJournalContainers: a
// container's root that shares the host's journal socket writes with
// _UID 0 and the _EXE of its own file system (review S27A-3). Inside a
// container a runtime's name or container fields are refused: the
// runtime writes from outside. Outside the containers it knows, the
// control group must be the host's (hostCgroup): a system service's,
// PID 1's or root's session's, and for a runtime also Podman's conmon
// scope; any other is a container of a shape not recognised, whose
// root writes as uid 0 too (review S29A-1: containerd's ctr puts one in
// /default/NAME, Docker with --cgroup-parent in /PARENT/ID).
//
// Refused are an entry of any other writer or uid; an entry that carries
// container fields (CONTAINER_NAME, CONTAINER_ID, CONTAINER_ID_FULL,
// CONTAINER_TAG, IMAGE_NAME) but that no container runtime wrote (logger
// --journald, or any program of the native protocol, sets what fields it
// likes); an export with a __CURSOR but without _UID (--output-fields
// left it out; _COMM alone is the process's own name for itself) or
// without _SYSTEMD_CGROUP; an
// entry with a _UID, _SYSTEMD_UNIT or __CURSOR but neither _EXE nor _COMM
// (the process had exited before journald looked); an _EXE that is no
// absolute, clean path, as the kernel reports it.
// _SYSTEMD_UNIT=postfix.service proves nothing by itself: a user's
// ~/.forward pipe runs in that unit too.
//
// An entry with none of _EXE, _COMM, _UID, _SYSTEMD_UNIT and __CURSOR did
// not come out of journalctl (a JSON made by hand or converted from
// another log): it carries no attestation, and is read with the trust of
// a plain syslog file, container fields or not. Every entry a local
// process writes to journald carries _UID, and every journalctl -o json
// export carries __CURSOR, so a forged entry cannot reach that case
// through the journal.
func journalSource(rec *journalRecord, trust journalTrust) error {
	var vals [11]string
	for i, raw := range [...]json.RawMessage{rec.Exe, rec.Comm, rec.UID, rec.Unit, rec.Cursor,
		rec.ContainerName, rec.ContainerID, rec.ContainerIDFull, rec.ContainerTag, rec.ImageName, rec.Cgroup} {
		v, err := journalField(raw)
		if err != nil {
			return fmt.Errorf("%w: its trusted or container fields cannot be read (%v)", ErrUntrustedSource, err)
		}
		vals[i] = v
	}
	exe, comm, uid, unit, cursor := vals[0], vals[1], vals[2], vals[3], vals[4]
	cname, cid, cidFull, ctag, image, cgroup := vals[5], vals[6], vals[7], vals[8], vals[9], vals[10]
	if exe == "" && comm == "" && uid == "" && unit == "" && cursor == "" && cgroup == "" {
		return nil
	}
	if uid == "" && cursor != "" {
		// An export (it has a cursor) that left _UID out: journalctl
		// --output-fields keeps only what it is asked for, and _COMM alone
		// is the process's own name for itself (review S26B-1).
		return fmt.Errorf("%w: the export has no _UID (journalctl --output-fields left it out), so who wrote the entry is unknown; export with -o json and all fields", ErrUntrustedSource)
	}
	if cgroup == "" && cursor != "" {
		// Only the control group tells a container's root, writing
		// through the host's journal socket, from the host's (review
		// S27A-3); journald records it for every live process.
		return fmt.Errorf("%w: the export has no _SYSTEMD_CGROUP (journalctl --output-fields left it out, or the process had exited before journald looked), so whether a container wrote the entry is unknown; export with -o json and all fields", ErrUntrustedSource)
	}
	uidN := int64(-1)
	if uid != "" {
		n, err := strconv.ParseInt(uid, 10, 64)
		if err != nil || n < 0 {
			return fmt.Errorf("%w: _UID %q is not a uid", ErrUntrustedSource, clip(uid, 12))
		}
		uidN = n
	}
	// /proc/PID/exe of a daemon still running after a package upgrade
	// replaced its file.
	exe = strings.TrimSuffix(exe, " (deleted)")
	var name, writer string
	switch {
	case exe != "":
		if exe[0] != '/' || path.Clean(exe) != exe {
			return fmt.Errorf("%w: its _EXE %s is not a path as the kernel reports it (absolute, without . or ..)", ErrUntrustedSource, strconv.Quote(clip(exe, 80)))
		}
		name = path.Base(exe)
		writer = strconv.Quote(clip(exe, 80))
	case comm != "":
		name = comm
		writer = "the program " + strconv.Quote(clip(comm, 20)) + " (no _EXE)"
	default:
		return fmt.Errorf("%w: journald recorded no program for it (no _EXE or _COMM: the process had exited before journald looked, or the export left them out with --output-fields; _UID %s)", ErrUntrustedSource, orNone(uid, 12))
	}
	claimsContainer := cname != "" || cid != "" || cidFull != "" || ctag != "" || image != ""
	ref, inContainer := containerOfCgroup(cgroup)
	if !inContainer && cgroup == "" {
		ref, inContainer = containerOfCgroup(unit)
	}
	if inContainer {
		if err := containedSource(trust, name, writer, uidN, uid, cgroup, unit, ref, claimsContainer); err != nil {
			return err
		}
		return viaStdout(rec, writer)
	}
	// Checked last, once the entry would otherwise count, so that a
	// refusal names the likelier cause first (logger in a user's session
	// is refused for its name and uid).
	foreign := func() error {
		if cgroup == "" || hostCgroup(cgroup, containerRuntimes[name]) {
			return nil
		}
		return fmt.Errorf("%w: journald says %s wrote it as uid %s in the control group %s, which is neither a system service's nor a container's of a shape mailflow knows (a container of containerd's ctr, of a runtime given --cgroup-parent, or of podman --cgroups=disabled looks like this, and its root writes as uid 0): Postfix on the host runs in /system.slice; one in a container counts through its runtime and --journal-containers",
			ErrUntrustedSource, writer, orNone(uid, 12), strconv.Quote(clip(cgroup, 160)))
	}
	if containerRuntimes[name] {
		if err := containerSource(trust, writer, uidN, uid, cname, cid, cidFull); err != nil {
			return err
		}
		return foreign()
	}
	if claimsContainer {
		return fmt.Errorf("%w: it carries container fields (%s) but journald says %s wrote it as uid %s, not a container runtime (%s); any program can set those fields, logger --journald among them", ErrUntrustedSource, containerDesc(cname, cid, cidFull, ctag, image), writer, orNone(uid, 12), runtimeNames)
	}
	if !postfixDaemons[name] {
		return fmt.Errorf("%w: journald says %s wrote it as uid %s, which is not a Postfix program (its name is none of Postfix's daemons)", ErrUntrustedSource, writer, orNone(uid, 12))
	}
	if err := viaStdout(rec, writer); err != nil {
		return err
	}
	if trust.believes(uidN) {
		return foreign()
	}
	if trust.uids != nil {
		return fmt.Errorf("%w: journald says %s wrote it as uid %s, neither root nor an account given to --journal-uids (Postfix's mail_owner)", ErrUntrustedSource, writer, orNone(uid, 12))
	}
	return fmt.Errorf("%w: journald says %s wrote it as uid %s, an ordinary user's; Postfix's daemons run as root or as its mail_owner, a system account", ErrUntrustedSource, writer, orNone(uid, 12))
}

// containedSource is journalSource for an entry whose writer runs inside
// a container (its control group says so; see containerOfCgroup) and
// wrote to the host's journal socket itself: nil when it is a Postfix
// program, its uid is believed and the container (by the id or name its
// control group holds) was given to WithJournalContainers. A container
// runtime's name or container fields from inside a container are the
// container's own claims, refused.
func containedSource(trust journalTrust, name, writer string, uidN int64, uid, cgroup, unit, ref string, claimsContainer bool) error {
	where := cgroup
	if where == "" {
		where = unit
	}
	in := "inside the container " + strconv.Quote(clip(ref, 64)) + " (its control group " + strconv.Quote(clip(where, 160)) + ")"
	switch {
	case containerRuntimes[name] || claimsContainer:
		return fmt.Errorf("%w: journald says %s wrote it %s; a container runtime writes a container's output from outside it, so a process inside one that is called a runtime, or that sets container fields, is the container's own claim", ErrUntrustedSource, writer, in)
	case !postfixDaemons[name]:
		return fmt.Errorf("%w: journald says %s wrote it as uid %s %s, which is not a Postfix program", ErrUntrustedSource, writer, orNone(uid, 12), in)
	case !trust.containers[ref]:
		return fmt.Errorf("%w: journald says %s wrote it %s through the host's journal socket, and that container was not given to --journal-containers (WithJournalContainers; by its full id, or the name of an LXC or nspawn container): a container's root can name any file smtp", ErrUntrustedSource, writer, in)
	case !trust.believes(uidN):
		return fmt.Errorf("%w: journald says %s wrote it as uid %s %s, neither root nor an account given to --journal-uids", ErrUntrustedSource, writer, orNone(uid, 12), in)
	}
	return nil
}

// viaStdout refuses an entry a Postfix program wrote to its standard
// output (_TRANSPORT stdout): with maillog_file = /dev/stdout ("postfix
// start-fg" under systemd) every record reaches the journal through
// master's output stream, attributed to master whoever sent it, and
// postlogd writes there what any local user sends it with postlog(1) -t
// postfix/smtp (set-gid postdrop since Postfix 3.7, and it takes any
// tag: src/postlog/postlog.c; review S29A-2). A runtime's entries (Docker's
// and Podman's drivers) are not of this kind: they are the container's.
func viaStdout(rec *journalRecord, writer string) error {
	transport, err := journalField(rec.Transport)
	if err == nil && transport != "stdout" {
		return nil
	}
	return fmt.Errorf("%w: journald says %s wrote it to its standard output (_TRANSPORT stdout): Postfix logging through maillog_file and postlogd, which writes what any local user sends with postlog -t postfix/smtp, so journald attests nothing of the daemon named in it; log Postfix to syslog (maillog_file empty) for journald to attest each daemon",
		ErrUntrustedSource, writer)
}

// containerSource is journalSource for an entry a container runtime
// wrote: nil when the runtime runs as root (or a uid given to
// WithJournalUIDs) and the container it wrote for is one given to
// WithJournalContainers, by its name or full id.
func containerSource(trust journalTrust, writer string, uidN int64, uid, cname, cid, cidFull string) error {
	if uidN != 0 && !trust.uids[uidN] {
		// Rootless Docker or Podman: the runtime is an ordinary program
		// of its user, who can run it to write any container fields.
		return fmt.Errorf("%w: journald says the container runtime %s wrote it as uid %s, not root: a rootless runtime writes what its user has it write (give the uid to --journal-uids to believe that user)", ErrUntrustedSource, writer, orNone(uid, 12))
	}
	if cname == "" && cidFull == "" {
		return fmt.Errorf("%w: journald says the container runtime %s wrote it, without CONTAINER_NAME or CONTAINER_ID_FULL: the runtime's own message, or an export whose --output-fields left them out", ErrUntrustedSource, writer)
	}
	if cname != "" && trust.containers[cname] || cidFull != "" && trust.containers[cidFull] {
		return nil
	}
	what := "the container with CONTAINER_ID_FULL " + strconv.Quote(clip(cidFull, 64)) + " and no CONTAINER_NAME"
	if cname != "" {
		what = "the container " + strconv.Quote(clip(cname, 64)) + " (its CONTAINER_NAME"
		if cid != "" {
			what += ", CONTAINER_ID " + strconv.Quote(clip(cid, 16))
		}
		what += ")"
	}
	if len(trust.containers) == 0 {
		return fmt.Errorf("%w: journald says the container runtime %s wrote it for %s, and no container's output is believed: if Postfix runs in it, add its name to --journal-containers (WithJournalContainers)", ErrUntrustedSource, writer, what)
	}
	return fmt.Errorf("%w: journald says the container runtime %s wrote it for %s, which is not among the containers given to --journal-containers (WithJournalContainers)", ErrUntrustedSource, writer, what)
}

// containerDesc names a container by the fields an entry gives.
func containerDesc(name, id, idFull, tag, image string) string {
	var parts []string
	for _, f := range [...]struct{ key, v string }{{"CONTAINER_NAME", name}, {"CONTAINER_ID", id}, {"CONTAINER_ID_FULL", idFull}, {"CONTAINER_TAG", tag}, {"IMAGE_NAME", image}} {
		if f.v != "" {
			parts = append(parts, f.key+" "+strconv.Quote(clip(f.v, 64)))
		}
	}
	return strings.Join(parts, ", ")
}

// orNone quotes a journald field for a message, clipped to max bytes, or
// says it is absent.
func orNone(v string, max int) string {
	if v == "" {
		return "absent"
	}
	return strconv.Quote(clip(v, max))
}

// actsOnJoin reports whether a journald entry's message is one Parse
// would act on: a delivery (or something shaped like one), or a line the
// join reads (qmgr's from=, a recipient's to=, "removed"). An untrusted
// entry of that kind is refused loudly; any other is skipped, as lines of
// other programs are.
func actsOnJoin(msg string) bool {
	if looksLikeDelivery(msg) {
		return true
	}
	_, rest, ok := splitQueueID(msg)
	return ok && (strings.HasPrefix(rest, "to=<") || strings.HasPrefix(rest, "from=<") || rest == "removed")
}

// journalLine turns a journald JSON entry into the line Parse reads:
// "TIME HOST IDENT[PID]: MESSAGE", with TIME the entry's
// __REALTIME_TIMESTAMP (microseconds since the epoch, UTC). It decodes the
// entry with encoding/json; an entry that is not a JSON object, has no
// MESSAGE or no usable time, or holds a value the line could not carry (a
// newline in MESSAGE, white space in the host or identifier) is an error.
// The program is SYSLOG_IDENTIFIER, else _COMM; the entry is not tagged
// when it has neither (Parse skips it unless its message is
// delivery-shaped). Whether journald attributes it to Postfix is in
// untrusted (journalSource).
func journalLine(line string, trust journalTrust) (journalParsed, error) {
	var rec journalRecord
	dec := json.NewDecoder(strings.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		return journalParsed{}, fmt.Errorf("journald JSON entry: %w", err)
	}
	if dec.More() {
		return journalParsed{}, errors.New("journald JSON entry followed by more data on the line")
	}
	msg, err := journalField(rec.Message)
	if err != nil {
		return journalParsed{}, fmt.Errorf("journald JSON entry, MESSAGE: %w", err)
	}
	if rec.Message == nil || isJSONNull(rec.Message) {
		return journalParsed{}, errors.New("journald JSON entry without MESSAGE")
	}
	msg = strings.TrimRight(msg, "\r\n")
	if strings.ContainsAny(msg, "\n\r") {
		return journalParsed{}, errors.New("journald JSON entry whose MESSAGE holds more than one line")
	}
	rt, err := journalField(rec.Realtime)
	if err != nil || rt == "" || !allDigits(rt) || len(rt) > 19 {
		return journalParsed{}, errors.New("journald JSON entry without a usable __REALTIME_TIMESTAMP")
	}
	usec, err := strconv.ParseInt(rt, 10, 64)
	if err != nil {
		return journalParsed{}, fmt.Errorf("journald JSON entry, __REALTIME_TIMESTAMP: %w", err)
	}
	ts := time.UnixMicro(usec).UTC()
	if ts.Year() > 9999 {
		return journalParsed{}, errors.New("journald JSON entry, __REALTIME_TIMESTAMP out of range")
	}
	host, err := journalField(rec.Hostname)
	if err != nil {
		return journalParsed{}, fmt.Errorf("journald JSON entry, _HOSTNAME: %w", err)
	}
	ident, err := journalField(rec.Identifier)
	if err == nil && ident == "" {
		ident, err = journalField(rec.Comm)
	}
	if err != nil {
		return journalParsed{}, fmt.Errorf("journald JSON entry, SYSLOG_IDENTIFIER: %w", err)
	}
	pid, err := journalField(rec.PID)
	if err == nil && pid == "" {
		pid, err = journalField(rec.SyslogPID)
	}
	if err != nil || pid != "" && !allDigits(pid) {
		return journalParsed{}, errors.New("journald JSON entry with a pid that is not a number")
	}
	if strings.ContainsAny(host, " \t") || strings.ContainsAny(ident, " \t[]:") {
		return journalParsed{}, errors.New("journald JSON entry whose host or identifier holds white space or tag punctuation")
	}
	var b strings.Builder
	b.Grow(len(msg) + len(host) + len(ident) + 48)
	b.WriteString(ts.Format("2006-01-02T15:04:05.000000Z07:00"))
	if host != "" {
		b.WriteByte(' ')
		b.WriteString(host)
	}
	if ident != "" {
		b.WriteByte(' ')
		b.WriteString(ident)
		if pid != "" {
			b.WriteByte('[')
			b.WriteString(pid)
			b.WriteByte(']')
		}
		b.WriteByte(':')
	}
	b.WriteByte(' ')
	b.WriteString(msg)
	machine, err := journalField(rec.Machine)
	if err != nil {
		return journalParsed{}, fmt.Errorf("journald JSON entry, _MACHINE_ID: %w", err)
	}
	return journalParsed{line: b.String(), msg: msg, tagged: ident != "", untrusted: journalSource(&rec, trust), machine: machine}, nil
}

// journalField decodes one journald JSON value: a string, an array of
// byte values (a field with non-UTF-8 or unprintable bytes), or null and
// absent (""). An array of several values (a field the entry has more
// than once) is an error: which of them a syslog line would carry is not
// defined.
func journalField(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || isJSONNull(raw) {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, nil
	case '[':
		var nums []int
		if err := json.Unmarshal(raw, &nums); err != nil {
			return "", errors.New("a field given more than once, or not a string")
		}
		bs := make([]byte, len(nums))
		for i, n := range nums {
			if n < 0 || n > 255 {
				return "", errors.New("a byte array with a value out of range")
			}
			bs[i] = byte(n)
		}
		return string(bs), nil
	}
	return "", errors.New("not a string")
}

func isJSONNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// monotonicPrefix reads the timestamp of "journalctl -o short-monotonic"
// ("[ 12345.678901] host prog[pid]: msg") and of -o short-delta ("[
// 12345.678901 <    0.000123>] …"): seconds since the boot of the
// machine that wrote the journal. It returns that duration and the rest of
// the line after "] ".
func monotonicPrefix(line string) (since time.Duration, rest string, ok bool) {
	if len(line) < 4 || line[0] != '[' {
		return 0, "", false
	}
	end := strings.Index(line, "] ")
	if end < 0 || end > 48 {
		return 0, "", false
	}
	f := strings.Fields(line[1:end])
	if len(f) == 0 || len(f) > 3 {
		return 0, "", false
	}
	secs, frac, dot := strings.Cut(f[0], ".")
	if !dot || secs == "" || len(secs) > 10 || !allDigits(secs) || len(frac) != 6 || !allDigits(frac) {
		return 0, "", false
	}
	if len(f) > 1 && (!strings.HasPrefix(f[1], "<") || !strings.HasSuffix(f[len(f)-1], ">")) {
		return 0, "", false
	}
	s, _ := strconv.ParseInt(secs, 10, 64)
	us, _ := strconv.ParseInt(frac, 10, 64)
	return time.Duration(s)*time.Second + time.Duration(us)*time.Microsecond, line[end+2:], true
}

// errMonotonic says why a short-monotonic line cannot be placed in time.
var errMonotonic = errors.New("journalctl -o short-monotonic/short-delta line: its time counts seconds since boot, " +
	"not a wall-clock time; export with -o short-iso-precise or -o json, or give the boot time (mailflow ingest postfix --boot-time, journalctl --list-boots prints it; WithBootTime)")

// WithBootTime sets the boot time of the machine whose journal is read, so
// that "journalctl -o short-monotonic" and -o short-delta lines, whose
// time counts from boot, can be placed in time ("journalctl --list-boots"
// prints it; on that machine, /proc/stat's btime). Without it such lines
// are malformed with a reason.
func WithBootTime(boot time.Time) ParserOption {
	return func(p *Parser) { p.boot = boot }
}
