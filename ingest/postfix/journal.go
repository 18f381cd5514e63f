package postfix

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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
}

// journalLine turns a journald JSON entry into the line Parse reads:
// "TIME HOST IDENT[PID]: MESSAGE", with TIME the entry's
// __REALTIME_TIMESTAMP (microseconds since the epoch, UTC). It decodes the
// entry with encoding/json; an entry that is not a JSON object, has no
// MESSAGE or no usable time, or holds a value the line could not carry (a
// newline in MESSAGE, white space in the host or identifier) is an error.
// The program is SYSLOG_IDENTIFIER, else _COMM; tagged is false when the
// entry has neither (Parse skips it unless its message is delivery-shaped).
func journalLine(line string) (out string, tagged bool, err error) {
	var rec journalRecord
	dec := json.NewDecoder(strings.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		return "", false, fmt.Errorf("journald JSON entry: %w", err)
	}
	if dec.More() {
		return "", false, errors.New("journald JSON entry followed by more data on the line")
	}
	msg, err := journalField(rec.Message)
	if err != nil {
		return "", false, fmt.Errorf("journald JSON entry, MESSAGE: %w", err)
	}
	if rec.Message == nil || isJSONNull(rec.Message) {
		return "", false, errors.New("journald JSON entry without MESSAGE")
	}
	msg = strings.TrimRight(msg, "\r\n")
	if strings.ContainsAny(msg, "\n\r") {
		return "", false, errors.New("journald JSON entry whose MESSAGE holds more than one line")
	}
	rt, err := journalField(rec.Realtime)
	if err != nil || rt == "" || !allDigits(rt) || len(rt) > 19 {
		return "", false, errors.New("journald JSON entry without a usable __REALTIME_TIMESTAMP")
	}
	usec, err := strconv.ParseInt(rt, 10, 64)
	if err != nil {
		return "", false, fmt.Errorf("journald JSON entry, __REALTIME_TIMESTAMP: %w", err)
	}
	ts := time.UnixMicro(usec).UTC()
	if ts.Year() > 9999 {
		return "", false, errors.New("journald JSON entry, __REALTIME_TIMESTAMP out of range")
	}
	host, err := journalField(rec.Hostname)
	if err != nil {
		return "", false, fmt.Errorf("journald JSON entry, _HOSTNAME: %w", err)
	}
	ident, err := journalField(rec.Identifier)
	if err == nil && ident == "" {
		ident, err = journalField(rec.Comm)
	}
	if err != nil {
		return "", false, fmt.Errorf("journald JSON entry, SYSLOG_IDENTIFIER: %w", err)
	}
	pid, err := journalField(rec.PID)
	if err == nil && pid == "" {
		pid, err = journalField(rec.SyslogPID)
	}
	if err != nil || pid != "" && !allDigits(pid) {
		return "", false, errors.New("journald JSON entry with a pid that is not a number")
	}
	if strings.ContainsAny(host, " \t") || strings.ContainsAny(ident, " \t[]:") {
		return "", false, errors.New("journald JSON entry whose host or identifier holds white space or tag punctuation")
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
	return b.String(), ident != "", nil
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
