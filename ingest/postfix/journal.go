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
	Cursor json.RawMessage `json:"__CURSOR"`
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
}

// ErrUntrustedSource is wrapped by the error of a journald entry that
// would be a delivery, or a line the parser joins deliveries with, but
// whose trusted fields (set by journald, not by the program that logged:
// _EXE, _COMM, _UID) name a process other than a Postfix daemon. Such an
// entry is reported malformed, never read: any local user can log
// "postfix/smtp[1]: …status=bounced…" with logger(1), or through a
// ~/.forward pipe that runs inside postfix.service (review S26A-4).
var ErrUntrustedSource = errors.New("journald entry not written by a Postfix daemon")

// postfixDaemons are the programs of Postfix's daemon_directory (the
// postfix.org manual pages of section 8, the services of master.cf), and
// postsuper, whose "QUEUEID: removed" the join reads: the names _COMM
// gives for Postfix's processes (the executable's name, at most 15
// bytes, as the kernel keeps it). retry and relay are services that run
// error and smtp; they are listed for configurations that link them.
var postfixDaemons = map[string]bool{
	"anvil": true, "bounce": true, "cleanup": true, "discard": true, "dnsblog": true,
	"error": true, "flush": true, "lmtp": true, "local": true, "master": true,
	"nqmgr": true, "oqmgr": true, "pickup": true, "pipe": true, "postlogd": true,
	"postscreen": true, "proxymap": true, "qmgr": true, "qmqpd": true, "relay": true,
	"retry": true, "scache": true, "showq": true, "smtp": true, "smtpd": true,
	"spawn": true, "tlsmgr": true, "tlsproxy": true, "trivial-rewrite": true,
	"verify": true, "virtual": true, "postsuper": true,
}

// postfixDaemonDirs are the daemon_directory of Postfix's packages and
// of its own default: Debian and Ubuntu (/usr/lib/postfix/sbin, before
// Postfix 3.0 /usr/lib/postfix), Arch and openSUSE (/usr/lib/postfix/bin),
// Red Hat, Fedora, Alpine and the source default (/usr/libexec/postfix),
// FreeBSD ports (/usr/local/libexec/postfix). Only root can put an
// executable there. A Postfix built with another daemon_directory is
// refused with a reason naming its _EXE.
var postfixDaemonDirs = map[string]bool{
	"/usr/lib/postfix/sbin": true, "/usr/lib/postfix/bin": true, "/usr/lib/postfix": true,
	"/usr/libexec/postfix": true, "/usr/local/libexec/postfix": true,
}

// postfixCommands are the Postfix commands outside the daemon directory
// whose lines the parser acts on (postsuper's "QUEUEID: removed").
var postfixCommands = map[string]bool{"/usr/sbin/postsuper": true, "/usr/local/sbin/postsuper": true}

// containerRuntimes forward a container's output into the journal under
// their own process (Docker's and Podman's journald log drivers): the
// entry is the container's, as a syslog file written inside it would be.
// Only a runtime that runs as root attests that; a rootless one is any
// user's.
var containerRuntimes = map[string]bool{"dockerd": true, "conmon": true}

// firstUserUID is where ordinary users' uids start (login.defs UID_MIN on
// every common distribution). Postfix's daemons run as root or as its
// mail_owner, a system account below it.
const firstUserUID = 1000

// journalSource says whether journald's trusted fields attribute the
// entry to Postfix: nil when they do, an error wrapping
// ErrUntrustedSource that names the process when they do not.
//
// _EXE (the executable, from the kernel) decides when journald recorded
// it: it must lie in a Postfix daemon directory (or be a container
// runtime running as root). _COMM alone is the process's own choice of
// name (a copy of logger called "smtp"), so it is only taken when _EXE is
// absent (an export with --output-fields), and it must be a Postfix
// daemon's name. Either way _UID must not be an ordinary user's. An entry
// with a _UID, _SYSTEMD_UNIT or __CURSOR (a journalctl export) but
// neither _EXE nor _COMM is refused: journald could not tell which
// program wrote it (the process had exited before journald looked).
// _SYSTEMD_UNIT=postfix.service proves nothing by itself: a user's
// ~/.forward pipe runs in that unit too.
//
// An entry with none of these fields did not come out of journalctl (a
// JSON made by hand or converted from another log): it carries no
// attestation, and is read with the trust of a plain syslog file. Every
// entry a local process writes to journald carries _UID, and every
// journalctl -o json export carries __CURSOR, so a forged entry cannot
// reach that case through the journal.
func journalSource(rec *journalRecord, uids map[int64]bool) error {
	var vals [5]string
	for i, raw := range [...]json.RawMessage{rec.Exe, rec.Comm, rec.UID, rec.Unit, rec.Cursor} {
		v, err := journalField(raw)
		if err != nil {
			return fmt.Errorf("%w: its trusted fields cannot be read (%v)", ErrUntrustedSource, err)
		}
		vals[i] = v
	}
	exe, comm, uid, unit, cursor := vals[0], vals[1], vals[2], vals[3], vals[4]
	if exe == "" && comm == "" && uid == "" && unit == "" && cursor == "" {
		return nil
	}
	if uid == "" && cursor != "" {
		// An export (it has a cursor) that left _UID out: journalctl
		// --output-fields keeps only what it is asked for, and _COMM alone
		// is the process's own name for itself (review S26B-1).
		return fmt.Errorf("%w: the export has no _UID (journalctl --output-fields left it out), so who wrote the entry is unknown; export with -o json and all fields", ErrUntrustedSource)
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
	var program string
	switch {
	case exe != "":
		program = strconv.Quote(clip(exe, 80))
		clean := exe[0] == '/' && path.Clean(exe) == exe
		switch {
		case clean && (postfixDaemonDirs[path.Dir(exe)] || postfixCommands[exe]):
		case clean && containerRuntimes[path.Base(exe)] && uidN == 0:
			return nil
		default:
			return fmt.Errorf("%w: journald says %s wrote it (_COMM %s, _UID %s), which is not in a Postfix daemon directory", ErrUntrustedSource, program, orNone(comm, 20), orNone(uid, 12))
		}
	case comm != "":
		program = "the program " + strconv.Quote(clip(comm, 20))
		switch {
		case postfixDaemons[comm]:
		case containerRuntimes[comm] && uidN == 0:
			return nil
		default:
			return fmt.Errorf("%w: journald says %s wrote it (no _EXE, _UID %s), which is not a Postfix daemon", ErrUntrustedSource, program, orNone(uid, 12))
		}
	default:
		return fmt.Errorf("%w: journald recorded no program for it (no _EXE or _COMM: the process had exited before journald looked, or the export left them out with --output-fields; _UID %s)", ErrUntrustedSource, orNone(uid, 12))
	}
	if uids != nil {
		if !uids[uidN] {
			return fmt.Errorf("%w: journald says %s wrote it as uid %s, neither root nor an account given to --journal-uids (Postfix's mail_owner)", ErrUntrustedSource, program, orNone(uid, 12))
		}
		return nil
	}
	if uidN >= firstUserUID {
		return fmt.Errorf("%w: journald says %s wrote it as uid %d, an ordinary user's; Postfix's daemons run as root or as its mail_owner, a system account", ErrUntrustedSource, program, uidN)
	}
	return nil
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
func journalLine(line string, uids map[int64]bool) (journalParsed, error) {
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
	return journalParsed{line: b.String(), msg: msg, tagged: ident != "", untrusted: journalSource(&rec, uids)}, nil
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
