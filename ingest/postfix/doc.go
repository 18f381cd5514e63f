// Package postfix turns a Postfix mail log into mailflow DeliveryEvents: one
// event per delivery attempt, for `mailflow ingest postfix`.
//
// The package has three layers, usable separately:
//
//   - Parser reads one log line at a time (BSD syslog, RFC 3339, journald's
//     short-* modes and its JSON export, RFC 5424 headers, container
//     runtimes' prefixes) and classifies it as a delivery, a
//     line to skip, or a malformed line. It keeps a small amount of state per
//     queue id so that a delivery carries the sender and size that qmgr
//     logged earlier, and so that qmgr's message-level "status=expired" line
//     can be attributed to the recipients that were still deferred.
//   - The follower (see Run) reads a log file from a checkpointed position,
//     optionally keeps following it across rename and copytruncate rotation,
//     and never consumes a line before its newline has been written.
//   - Run batches the events to a sink callback and writes the checkpoint
//     (file identity and resolved path, offset, the bytes before it, and
//     the parser's join state) atomically after the sink has accepted a
//     batch, at most once per Config.CheckpointInterval, and at a clean
//     stop. A restart resumes where the last checkpoint was written; the
//     lines after it (a crash within the interval) are read again.
//     Delivery is at-least-once; a repeated line yields an event with the
//     same id, because ids are derived from the line itself.
//
// Malformed lines (cut, glued or otherwise broken) are counted and reported
// with their file and line number; they never stop a run.
//
// A journald JSON export says which process wrote each entry, in fields
// journald sets itself (_EXE, _COMM, _UID, _SYSTEMD_CGROUP). An entry that claims to be a
// Postfix delivery but that those fields attribute to another program (any
// local user's logger -t postfix/smtp) is refused as malformed, wrapping
// ErrUntrustedSource. Accepted are a Postfix program by its file name
// (_EXE's last element, in any directory; without _EXE, _COMM) under a
// believed _UID: root or an account given to WithJournalUIDs (Postfix's
// mail_owner), without it any system account. Container runtimes
// (dockerd, conmon) write their containers' output as root: such an entry
// is accepted only when its CONTAINER_NAME or CONTAINER_ID_FULL, which the
// runtime sets, names a container given to WithJournalContainers, and
// container fields in an entry no runtime wrote are refused. The control
// group journald records (_SYSTEMD_CGROUP, which an export must carry)
// tells a container's root writing through the host's journal socket,
// as uid 0, from the host: inside a container (Docker, Podman, containerd,
// CRI-O, Kubernetes, LXC, systemd-nspawn) a Postfix program counts only
// for a container given to WithJournalContainers, and a runtime's name
// never does; outside those, only a system service's, PID 1's or root's
// session's control group is the host's (a container of another shape is
// refused, not taken for the host). An entry of another machine than
// WithJournalMachine's (_MACHINE_ID) is refused. An entry a Postfix program wrote to
// its standard output (_TRANSPORT stdout: maillog_file = /dev/stdout) is
// refused: postlogd writes there what any local user sends with postlog
// -t postfix/smtp. An entry without any of these fields
// (not from journalctl) is read as a syslog line is. A plain syslog file carries no such fields: whoever can write
// to it, or to syslog, can write lines that read as deliveries.
//
// Addresses are untrusted text: a sender chooses the local parts of the
// sender and recipient addresses, and Postfix logs them quoted as given
// (to=<"x>, status=bounced (…)"@evil.example>). The parser reads to=,
// orig_to= and from= as quoted RFC 5321 paths, takes fields only at field
// boundaries, and reports a line that names a field twice, or whose response
// text holds a second status= or a second record, as malformed. Postfix
// before 3.5, and with info_log_address_format=internal (RHEL 8's default),
// logs local parts without their quotes; such a log cannot always be read
// unambiguously: an address "bob@victim>, orig_to=<x"@evil is logged exactly
// like a delivery to bob@victim with an original recipient x@evil. Set
// info_log_address_format=external (Postfix 3.5 and later).
package postfix
