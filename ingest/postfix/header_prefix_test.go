package postfix

import (
	"testing"
	"time"
)

// TestHeaderShapesPrefixed: lines with one column more before the
// header — grep's file names and line numbers (an operator's grep over
// rotated logs fed to ingest), a bracketed time, the date with slashes
// and the TAI64N label of daemontools-style loggers — parse like the
// bare line (issue 14's kind 6: a delivery line is parsed or reported,
// never skipped). Hosts made up.
func TestHeaderShapesPrefixed(t *testing.T) {
	tai := time.Unix(0x65ccd1a4-10, 0x2a0b3c6c).UTC()
	cases := []struct {
		name, line, host, program string
		time                      time.Time
	}{
		{"grep -H", "/var/log/mail.log:Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"zgrep, rotated", "mail.log.2.gz:Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"grep -rn", "/var/log/mail.log.1:1532:Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"grep -n", "1532:Mar 22 07:45:01 backup postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"grep -H, iso", "maillog:2024-02-14T14:47:24.705153+00:00 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 705153000)},
		{"grep -H, short-unix", "mail.log:1707922044 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", time.Unix(1707922044, 0).UTC()},
		{"grep -H, windows path", `C:\logs\mail.log:Mar 22 07:45:01 backup postfix/smtp[1085]: ` + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"bracketed iso time", "[2024-02-14 14:47:24] mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"bracketed bsd time", "[Mar 22 07:45:01] backup postfix/smtp[1085]: " + deliveryMsg, "backup", "postfix/smtp", at(2025, 3, 22, 7, 45, 1, 0)},
		{"slashed date", "2024/02/14 14:47:24 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"slashed date, fraction", "2024/02/14 14:47:24.705153 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 705153000)},
		{"tai64n, bare output", "@4000000065ccd1a42a0b3c6c postfix/smtp[39560]: " + deliveryMsg, "", "postfix/smtp", tai},
		// A syslog line of its own behind the label keeps its header; a
		// BSD stamp takes its year from the label, not the clock (review P2).
		{"tai64n, syslog line", "@4000000065ccd1a42a0b3c6c Feb 14 14:47:24 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", time.Date(2024, 2, 14, 14, 47, 24, 0, time.UTC)},
		{"tai64n, unix stamp", "@4000000065ccd1a42a0b3c6c 1707922044 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", time.Unix(1707922044, 0).UTC()},
		{"tai64n, slashed date", "@4000000065ccd1a42a0b3c6c 2024/02/14 14:47:24 mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
		{"tai64n, bracketed time", "@4000000065ccd1a42a0b3c6c [2024-02-14 14:47:24] mailer postfix/smtp[39560]: " + deliveryMsg, "mailer", "postfix/smtp", at(2024, 2, 14, 14, 47, 24, 0)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantTestDelivery(t, tc.line, tc.host, tc.program, tc.time)
		})
	}
}

// TestTAI64NNeverMisattributes: behind a label, a line whose header the
// parser cannot read is malformed, never a delivery with a column taken
// for the host (review P1).
func TestTAI64NNeverMisattributes(t *testing.T) {
	for _, line := range []string{
		"@4000000065ccd1a42a0b3c6c [  12345.678901] mailer postfix/smtp[39560]: " + deliveryMsg,
		"@4000000065ccd1a42a0b3c6c mailer postfix/smtp[39560]: " + deliveryMsg,
		"@4000000065ccd1a42a0b3c6c 14 Feb 14:47:24 mailer postfix/smtp[39560]: " + deliveryMsg,
	} {
		if res := testParser().Parse(line); res.Kind != KindMalformed || res.Err == nil {
			t.Errorf("%.80q: kind %s host %q err %v, want malformed with a reason", line, res.Kind, res.Hostname, res.Err)
		}
	}
}

// TestTAI64N reads labels and refuses what is not one.
func TestTAI64N(t *testing.T) {
	if tm, rest, ok := tai64nPrefix("@400000000000000a00000000 x"); !ok || !tm.Equal(time.Unix(0, 0)) || rest != "x" {
		t.Errorf("the epoch's label: %v %q %v", tm, rest, ok)
	}
	for _, s := range []string{
		"@4000000065ccd1a42a0b3c6c",   // nothing after it
		"@4000000065ccd1a42a0b3c6 x",  // 23 digits
		"@4000000065ccd1a4ffffffff x", // nanoseconds past a second
		"@4000000065ccd1a42a0b3c6g x", // not hexadecimal
		"@3fffffffffffffff00000000 x", // before 1970
		"4000000065ccd1a42a0b3c6c x",  // no @
	} {
		if _, _, ok := tai64nPrefix(s); ok {
			t.Errorf("%q read as a TAI64N label", s)
		}
	}
}
