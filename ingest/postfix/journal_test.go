package postfix

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

// journalEntry writes a "journalctl -o json" entry the way journald does
// (every value a string, or a byte array), with the fields given and the
// usual others.
func journalEntry(fields map[string]any) string {
	rec := map[string]any{
		"__CURSOR":              "s=6f1c4a;i=1a2b;b=0e7d;m=2f0a1c;t=611a0b;x=9c",
		"__MONOTONIC_TIMESTAMP": "12345678901",
		"_BOOT_ID":              "0e7d5c3b9a8f4e2d8c1b0a9f8e7d6c5b",
		"PRIORITY":              "6",
		"SYSLOG_FACILITY":       "2",
		"_TRANSPORT":            "syslog",
		"_UID":                  "0",
		"_COMM":                 "smtp",
		"_SYSTEMD_CGROUP":       "/system.slice/postfix.service",
	}
	for k, v := range fields {
		if v == nil {
			delete(rec, k)
			continue
		}
		rec[k] = v
	}
	b, err := json.Marshal(rec)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestJournalJSON: "journalctl -o json" (and -o json-seq) entries parse
// with the journal's own fields — MESSAGE, SYSLOG_IDENTIFIER (else _COMM),
// _PID (else SYSLOG_PID), _HOSTNAME, __REALTIME_TIMESTAMP — decoded by
// encoding/json, including byte-array values; entries a syslog line cannot
// carry are malformed with a reason, others without a delivery are skips.
func TestJournalJSON(t *testing.T) {
	when := time.Date(2024, 2, 14, 14, 47, 24, 705153000, time.UTC)
	base := map[string]any{
		"__REALTIME_TIMESTAMP": "1707922044705153",
		"_HOSTNAME":            "mailer",
		"SYSLOG_IDENTIFIER":    "postfix/smtp",
		"_PID":                 "39560",
		"MESSAGE":              deliveryMsg,
	}
	with := func(kv ...any) map[string]any {
		m := map[string]any{}
		for k, v := range base {
			m[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	asBytes := func(s string) []int {
		out := make([]int, len(s))
		for i := range s {
			out[i] = int(s[i])
		}
		return out
	}
	good := []struct {
		name, line, host, program string
	}{
		{"json", journalEntry(base), "mailer", "postfix/smtp"},
		{"json-seq", "\x1e" + journalEntry(base), "mailer", "postfix/smtp"},
		{"multi-instance", journalEntry(with("SYSLOG_IDENTIFIER", "postfix-out/smtp")), "mailer", "postfix-out/smtp"},
		{"syslog pid only", journalEntry(with("_PID", nil, "SYSLOG_PID", "39560")), "mailer", "postfix/smtp"},
		{"no pid", journalEntry(with("_PID", nil)), "mailer", "postfix/smtp"},
		{"no host", journalEntry(with("_HOSTNAME", nil)), "", "postfix/smtp"},
		{"_COMM for a missing identifier", journalEntry(with("SYSLOG_IDENTIFIER", nil, "_COMM", "smtp")), "mailer", "smtp"},
		{"message as a byte array", journalEntry(with("MESSAGE", asBytes(deliveryMsg))), "mailer", "postfix/smtp"},
		{"message with a trailing newline", journalEntry(with("MESSAGE", deliveryMsg+"\n")), "mailer", "postfix/smtp"},
		{"unicode escapes", strings.Replace(journalEntry(base), "et@example.com", `\u0065t@example.com`, 1), "mailer", "postfix/smtp"},
	}
	for _, tc := range good {
		t.Run(tc.name, func(t *testing.T) {
			d := wantTestDelivery(t, tc.line, tc.host, tc.program, when)
			if _, err := d.Event(); err != nil {
				t.Errorf("event: %v", err)
			}
		})
	}
	bad := []struct{ name, line string }{
		{"not JSON", `{"MESSAGE":"` + deliveryMsg},
		{"two objects", journalEntry(base) + journalEntry(base)},
		{"no MESSAGE", journalEntry(with("MESSAGE", nil))},
		{"no time", journalEntry(with("__REALTIME_TIMESTAMP", nil))},
		{"time not a number", journalEntry(with("__REALTIME_TIMESTAMP", "2024-02-14"))},
		{"time out of range", journalEntry(with("__REALTIME_TIMESTAMP", "9999999999999999999"))},
		{"MESSAGE given twice", journalEntry(with("MESSAGE", []string{deliveryMsg, deliveryMsg}))},
		{"MESSAGE a number", journalEntry(with("MESSAGE", 12))},
		{"two lines in MESSAGE", journalEntry(with("MESSAGE", deliveryMsg+"\n"+deliveryMsg))},
		{"byte out of range", journalEntry(with("MESSAGE", []int{56, 300}))},
		{"space in the host", journalEntry(with("_HOSTNAME", "mail er"))},
		{"tag punctuation in the identifier", journalEntry(with("SYSLOG_IDENTIFIER", "postfix/smtp[1]:"))},
		{"pid not a number", journalEntry(with("_PID", "x1"))},
		{"delivery without identifier or comm", journalEntry(with("SYSLOG_IDENTIFIER", nil, "_COMM", nil))},
	}
	for _, tc := range bad {
		res := testParser().Parse(tc.line)
		if res.Kind != KindMalformed || res.Err == nil {
			t.Errorf("%s: kind %s err %v, want malformed with a reason", tc.name, res.Kind, res.Err)
		}
	}
	skips := []string{
		journalEntry(with("MESSAGE", "8DB5E171B: removed", "SYSLOG_IDENTIFIER", "postfix/qmgr")),
		journalEntry(with("MESSAGE", "Started Postfix Mail Transport Agent.", "SYSLOG_IDENTIFIER", "systemd", "_PID", "1")),
		journalEntry(with("MESSAGE", "imap(u): Disconnected", "SYSLOG_IDENTIFIER", nil, "_COMM", nil)),
	}
	for _, line := range skips {
		if res := testParser().Parse(line); res.Kind != KindSkip {
			t.Errorf("%.80q: kind %s (%v), want skip", line, res.Kind, res.Err)
		}
	}
	// A qmgr entry joins the later delivery as in syslog files.
	p := testParser()
	p.Parse(journalEntry(with("SYSLOG_IDENTIFIER", "postfix/qmgr", "MESSAGE", "8DB5E171B: from=<news@example.org>, size=4242, nrcpt=1 (queue active)")))
	res := p.Parse(journalEntry(base))
	if res.Kind != KindDelivery || res.Deliveries[0].Sender != "news@example.org" {
		t.Errorf("join through journald entries: kind %s %+v", res.Kind, res.Deliveries)
	}
}

// TestJournalMonotonic: "journalctl -o short-monotonic" and -o short-delta
// count seconds from boot. With the boot time (WithBootTime) they parse;
// without it a delivery is malformed with a reason saying what to do, and
// other lines are skips.
func TestJournalMonotonic(t *testing.T) {
	boot := time.Date(2024, 2, 14, 11, 21, 39, 0, time.UTC)
	lines := []string{
		"[12345.678901] mailer postfix/smtp[39560]: " + deliveryMsg,
		"[  12345.678901] mailer postfix/smtp[39560]: " + deliveryMsg,
		"[  12345.678901 <    0.000123>] mailer postfix/smtp[39560]: " + deliveryMsg,
		"[  12345.678901 <    0.000123>] mailer mail.info postfix-out/smtp[39560]: " + deliveryMsg,
	}
	for _, line := range lines {
		res := NewParser(WithBootTime(boot)).Parse(line)
		if res.Kind != KindDelivery {
			t.Fatalf("%.50q: kind %s (%v), want delivery", line, res.Kind, res.Err)
		}
		if want := boot.Add(12345678901 * time.Microsecond); !res.Deliveries[0].LogTime.Equal(want) {
			t.Errorf("%.50q: time %v, want %v", line, res.Deliveries[0].LogTime, want)
		}
		res = testParser().Parse(line)
		if res.Kind != KindMalformed || res.Err == nil || !strings.Contains(res.Err.Error(), "short-monotonic") {
			t.Errorf("%.50q without a boot time: kind %s err %v", line, res.Kind, res.Err)
		}
	}
	if res := testParser().Parse("[  12345.678901] mailer postfix/qmgr[39560]: 8DB5E171B: removed"); res.Kind != KindSkip {
		t.Errorf("qmgr line without a boot time: kind %s (%v), want skip", res.Kind, res.Err)
	}
	// Not monotonic stamps: a kubectl --prefix and a bracketed level stay what they were.
	if res := testParser().Parse("[pod/postfix-0/postfix] Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg); res.Kind != KindDelivery {
		t.Errorf("kubectl --prefix: kind %s (%v)", res.Kind, res.Err)
	}
}

// FuzzJournalLine: journalLine decodes outside bytes; whatever it is given
// it does not panic, and a line it accepts is one line that Parse reads
// without skipping a delivery in silence.
func FuzzJournalLine(f *testing.F) {
	f.Add(journalEntry(map[string]any{"__REALTIME_TIMESTAMP": "1707922044705153", "_HOSTNAME": "mailer", "SYSLOG_IDENTIFIER": "postfix/smtp", "_PID": "39560", "MESSAGE": deliveryMsg}))
	f.Add(journalEntry(map[string]any{"__REALTIME_TIMESTAMP": "1707922044705153", "MESSAGE": []int{56, 68, 255}}))
	f.Add(`{"MESSAGE":["a","b"],"__REALTIME_TIMESTAMP":"1"}`)
	f.Add(`{"MESSAGE":null}`)
	f.Add(`{}`)
	f.Add("\x1e{\"MESSAGE\":\"x\"}")
	f.Fuzz(func(t *testing.T, line string) {
		je, err := journalLine(line, journalTrust{})
		if err != nil {
			return
		}
		out := je.line
		if strings.ContainsAny(out, "\n\r") {
			t.Fatalf("accepted entry gives more than one line: %q", out)
		}
		if je.untrusted != nil && !errors.Is(je.untrusted, ErrUntrustedSource) {
			t.Fatalf("untrusted without ErrUntrustedSource: %v", je.untrusted)
		}
		r := testParser().Parse(line)
		if r.Kind == KindMalformed && r.Err == nil {
			t.Fatal("malformed without a reason")
		}
		if r.Kind == KindSkip && r.Note == "" && looksLikeDelivery(out) {
			t.Fatalf("a delivery-shaped journald entry was skipped in silence: %q", line)
		}
	})
}
