package postfix

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// shipperMessageKeys are the fields in which log shippers put the line
// they read: Vector and Filebeat/Logstash "message", Fluent Bit "log",
// logfmt-to-JSON converters "msg", Loki's logcli --output=jsonl "line",
// Google Cloud Logging's entries "textPayload".
var shipperMessageKeys = [...]string{"message", "log", "msg", "line", "textPayload"}

// formatKeys are fields only a journald entry has (journalLine reads it).
var formatKeys = [...]string{"__REALTIME_TIMESTAMP", "__CURSOR", "_BOOT_ID", "_HOSTNAME", "SYSLOG_IDENTIFIER", "_COMM", "_PID"}

// journalIdentityKeys are journald's fields that say who wrote an entry
// or which program it claims, as a shipper may rename them: lower case,
// without their leading underscores.
var journalIdentityKeys = [...]string{"uid", "exe", "comm", "syslog_identifier", "systemd_unit", "boot_id", "cursor", "realtime_timestamp", "transport"}

// renamedJournalRecord reports whether fields hold at least two of
// journald's identity fields under another spelling than journald's own
// (which formatKeys catch): lower case, or without the leading '_'.
func renamedJournalRecord(fields map[string]json.RawMessage) bool {
	n := 0
	for k := range fields {
		name := strings.ToLower(strings.TrimLeft(k, "_"))
		for _, j := range journalIdentityKeys {
			if name == j {
				n++
				break
			}
		}
	}
	return n >= 2
}

// errDockerRecord says a JSON record is Docker json-file's (log and
// stream, no message), in whatever key order: dockerLine reads it.
var errDockerRecord = errors.New("a Docker json-file record")

// shipperLine reads a log shipper's JSON record (Vector's or Filebeat's
// "message", Fluent Bit's "log") whose message field holds the whole
// syslog line, header and all, as the shipper read it from the file:
// {"message":"Mar 22 07:45:01 mx postfix/smtp[1]: …","host":…}. It
// returns that line, or one made from the record's time, host and
// program fields when the shipper parsed the header apart (composeLine),
// or "" for another program's record. ok is false when the record is not a shipper's (it
// has a journald field, or no message field), and the caller reads it
// as before (journald's or Docker's records); an error means a shipper's record this parser cannot read
// (its message has no syslog header of its own), with what to do.
func shipperLine(record string) (line string, ok bool, err error) {
	var fields map[string]json.RawMessage
	if json.Unmarshal([]byte(record), &fields) != nil {
		return "", false, nil
	}
	for _, k := range formatKeys {
		if _, has := fields[k]; has {
			return "", false, nil
		}
	}
	if renamedJournalRecord(fields) {
		// journald's fields under other names (Fluent Bit's systemd
		// input with Lowercase or Strip_Underscores on): who wrote the
		// entry cannot be checked as journalLine checks it, so a delivery
		// in it is not believed (review S27A-1: logger as uid 1000 forged
		// a bounce through it).
		if looksLikeDelivery(record) || actsOnJoin(record) {
			return "", true, fmt.Errorf("%w: journald's fields renamed (lower case or without their leading '_', as Fluent Bit's systemd input writes them with Lowercase or Strip_Underscores on), so who wrote it cannot be checked: keep journald's field names (journalctl -o json, or the shipper's defaults)", ErrUntrustedSource)
		}
		return "", true, nil
	}
	_, log := fields["log"]
	_, stream := fields["stream"]
	_, message := fields["message"]
	if log && stream && !message {
		// Docker's json-file record, in whatever key order: dockerLine
		// knows its 16 KiB splits. A shipper's record with a stream
		// (Vector's docker_logs source) carries "message" (review S22C-6).
		return "", false, errDockerRecord
	}
	for _, k := range shipperMessageKeys {
		raw, has := fields[k]
		if !has {
			continue
		}
		var msg string
		if json.Unmarshal(raw, &msg) != nil {
			continue // Filebeat's "log" is an object: its file, not the line
		}
		msg = strings.TrimRight(msg, "\r\n")
		if strings.ContainsAny(msg, "\r\n") {
			return "", true, errors.New(`log shipper's JSON record whose "` + k + `" holds more than one line`)
		}
		if startsWithTimestamp(msg) {
			return msg, true, nil
		}
		if line, ok := composeLine(fields, msg); ok {
			return line, true, nil
		}
		if !looksLikeDelivery(msg) && !looksLikeDelivery(record) {
			// Another program's record: nothing to read. One that holds a
			// delivery in a field not read here, or in a key given twice
			// (the decoder keeps the last), is malformed (review S22D-1).
			return "", true, nil
		}
		return "", true, errors.New(`log shipper's JSON record whose "` + k + `" has no syslog header of its own and no time and program fields to make one: have the shipper forward the raw line (Vector: encoding.codec = "text"; Fluent Bit: Format plain) or read the log file itself`)
	}
	return "", false, nil
}

// Fields a shipper that parsed the syslog header apart keeps its parts in:
// rsyslog's JSON templates (timereported, hostname, programname, tag),
// Vector's syslog source (timestamp, hostname, appname, procid),
// Logstash's syslog input (@timestamp, logsource, program, pid).
var (
	shipperTimeKeys    = [...]string{"timereported", "timestamp", "@timestamp", "time", "date", "ts"}
	shipperHostKeys    = [...]string{"hostname", "logsource", "fromhost", "host"}
	shipperTagKeys     = [...]string{"tag", "syslogtag"}
	shipperProgramKeys = [...]string{"programname", "program", "appname", "app_name", "ident", "syslog_identifier"}
	shipperPIDKeys     = [...]string{"pid", "procid"}
)

// composeLine makes the syslog line a shipper parsed apart from its time,
// host and program fields and the message msg: "TIME HOST PROG[PID]: MSG".
// ok is false without a time or a program (a tag the parser reads).
func composeLine(fields map[string]json.RawMessage, msg string) (string, bool) {
	at, ok := shipperTime(fields)
	if !ok {
		return "", false
	}
	host := firstString(fields, shipperHostKeys[:])
	if strings.ContainsAny(host, " \t") || startsWithTimestamp(host) || strings.HasSuffix(host, ":") ||
		strings.ContainsAny(host[:min(len(host), 1)], "{<[") || isSyslogLevel(host) {
		// The line made here is parsed again: a host that would read as
		// a time, a tag or a level column is left out (review S22D-3).
		host = ""
	}
	tag := ""
	if t := firstString(fields, shipperTagKeys[:]); t != "" {
		if program, pid, ok := programTag(strings.TrimSpace(t)); ok {
			tag = program
			if pid != "" {
				tag += "[" + pid + "]"
			}
		}
	}
	if tag == "" {
		program := firstString(fields, shipperProgramKeys[:])
		if program == "" {
			return "", false
		}
		tag = program
		if pid := firstString(fields, shipperPIDKeys[:]); pid != "" && allDigits(pid) {
			tag += "[" + pid + "]"
		}
		if _, _, ok := programTag(tag + ":"); !ok {
			return "", false
		}
	}
	var b strings.Builder
	b.WriteString(at.UTC().Format(time.RFC3339Nano))
	if host != "" {
		b.WriteString(" " + host)
	}
	b.WriteString(" " + tag + ": " + trimLeadingSpaces(msg))
	return b.String(), true
}

// shipperTime reads the record's time: an RFC 3339 string, or seconds
// since the epoch as a number or a string of digits (a fraction allowed).
func shipperTime(fields map[string]json.RawMessage) (time.Time, bool) {
	for _, k := range shipperTimeKeys {
		raw, has := fields[k]
		if !has {
			continue
		}
		var str string
		if json.Unmarshal(raw, &str) == nil {
			if t, err := time.Parse(time.RFC3339Nano, str); err == nil {
				return t, true
			}
			raw = json.RawMessage(str)
		}
		var secs float64
		if json.Unmarshal(raw, &secs) == nil && secs > 0 && secs < 1e11 {
			whole := int64(secs)
			return time.Unix(whole, int64((secs-float64(whole))*1e9)), true
		}
	}
	return time.Time{}, false
}

// firstString is the first of keys whose value is a JSON string, or "".
func firstString(fields map[string]json.RawMessage, keys []string) string {
	for _, k := range keys {
		var v string
		if raw, has := fields[k]; has && json.Unmarshal(raw, &v) == nil && v != "" {
			return v
		}
	}
	return ""
}
