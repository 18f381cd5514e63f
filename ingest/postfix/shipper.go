package postfix

import (
	"encoding/json"
	"errors"
	"strings"
)

// shipperMessageKeys are the fields in which log shippers put the line
// they read: Vector and Filebeat/Logstash "message", Fluent Bit "log",
// logfmt-to-JSON converters "msg".
var shipperMessageKeys = [...]string{"message", "log", "msg"}

// formatKeys are fields of the formats read elsewhere: a journald
// entry's (journalLine) and Docker json-file's "stream" (dockerLine,
// which also knows its 16 KiB splits).
var formatKeys = [...]string{"__REALTIME_TIMESTAMP", "__CURSOR", "_BOOT_ID", "_HOSTNAME", "SYSLOG_IDENTIFIER", "_COMM", "_PID", "stream"}

// shipperLine reads a log shipper's JSON record (Vector's or Filebeat's
// "message", Fluent Bit's "log") whose message field holds the whole
// syslog line, header and all, as the shipper read it from the file:
// {"message":"Mar 22 07:45:01 mx postfix/smtp[1]: …","host":…}. It
// returns that line. ok is false when the record is not a shipper's (it
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
		if !startsWithTimestamp(msg) {
			return "", true, errors.New(`log shipper's JSON record whose "` + k + `" has no syslog header of its own (the shipper parsed it apart): have it forward the raw line (Vector: encoding.codec = "text"; Fluent Bit: Format plain) or read the log file itself`)
		}
		return msg, true, nil
	}
	return "", false, nil
}
