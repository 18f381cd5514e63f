package postfix

import (
	"testing"
	"time"
)

func TestResolveYear(t *testing.T) {
	utc := time.UTC
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	cases := []struct {
		name string
		now  string
		line string
		want string
	}{
		{"December line read in January", "2026-01-02T09:00:00Z", "Dec 31 23:59:59", "2025-12-31T23:59:59Z"},
		{"same day", "2026-01-02T09:00:00Z", "Jan  2 08:59:00", "2026-01-02T08:59:00Z"},
		{"an hour ahead of the clock stays this year", "2026-01-02T09:00:00Z", "Jan  2 10:00:00", "2026-01-02T10:00:00Z"},
		{"more than a day ahead is last year", "2026-01-02T09:00:00Z", "Jan  3 12:00:00", "2025-01-03T12:00:00Z"},
		{"New Year's Eve reading a line just after midnight", "2025-12-31T23:30:00Z", "Jan  1 00:10:00", "2026-01-01T00:10:00Z"},
		{"February 29 goes back to a leap year", "2025-03-01T00:00:00Z", "Feb 29 12:00:00", "2024-02-29T12:00:00Z"},
		{"last summer", "2025-03-10T00:00:00Z", "Jun 22 07:19:11", "2024-06-22T07:19:11Z"},
		{"unpadded day", "2025-03-10T00:00:00Z", "Mar 3 07:14:09", "2025-03-03T07:14:09Z"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, rest, err := parseBSDTime(tc.line+" host", utc, at(tc.now))
			if err != nil {
				t.Fatal(err)
			}
			if rest != "host" {
				t.Errorf("rest = %q", rest)
			}
			if want := at(tc.want); !got.Equal(want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

func TestBSDTimeUsesLocation(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	now := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	got, _, err := parseBSDTime("Mar  3 07:14:09.250 host", berlin, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2025, 3, 3, 6, 14, 9, 250e6, time.UTC); !got.Equal(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestHeaderFormats parses the same delivery in every header format the
// package understands and checks time, host and program.
func TestHeaderFormats(t *testing.T) {
	const body = `ABCDEF1234: to=<a@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 ok)`
	loc := time.FixedZone("CET", 3600)
	p := NewParser(WithLocation(loc), WithNow(func() time.Time { return time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC) }))
	want := time.Date(2025, 3, 3, 7, 14, 9, 0, time.UTC)
	cases := []struct {
		name, line string
		want       time.Time
		program    string
	}{
		{"BSD syslog in the configured zone", "Mar  3 08:14:09 mta postfix/smtp[1]: " + body, want, "postfix/smtp"},
		{"BSD with <PRI>", "<22>Mar  3 08:14:09 mta postfix/smtp[1]: " + body, want, "postfix/smtp"},
		{"BSD with fractions", "Mar  3 08:14:09.5 mta postfix/smtp[1]: " + body, want.Add(500 * time.Millisecond), "postfix/smtp"},
		{"RFC 3339 Z", "2025-03-03T07:14:09Z mta postfix/smtp[1]: " + body, want, "postfix/smtp"},
		{"RFC 3339 with fractions and offset", "2025-03-03T08:14:09.418203+01:00 mta postfix/smtp[1]: " + body, want.Add(418203 * time.Microsecond), "postfix/smtp"},
		{"RFC 3339 without fractions", "2025-03-03T07:14:09+00:00 mta postfix/smtp[1]: " + body, want, "postfix/smtp"},
		{"journald short-iso", "2025-03-03T08:14:09+0100 mta postfix/smtp[1]: " + body, want, "postfix/smtp"},
		{"journald short-iso-precise", "2025-03-03T08:14:09.000100+0100 mta postfix/smtp[1]: " + body, want.Add(100 * time.Microsecond), "postfix/smtp"},
		{"ISO without zone uses the location", "2025-03-03T08:14:09 mta postfix/smtp[1]: " + body, want, "postfix/smtp"},
		{"RFC 5424 without structured data", "<22>1 2025-03-03T08:14:09.000000+01:00 mta postfix/smtp 30188 - - " + body, want, "postfix/smtp"},
		{"RFC 5424 with structured data", `<22>1 2025-03-03T07:14:09Z mta postfix-out/smtp 30188 ID47 [meta sequenceId="1" note="a \"q\" and \] here"][x@1 y="z"] ` + body, want, "postfix-out/smtp"},
		{"RFC 5424 with a BOM", "<22>1 2025-03-03T07:14:09Z mta postfix/smtp - - - \uFEFF" + body, want, "postfix/smtp"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := p.Parse(tc.line)
			if r.Kind != KindDelivery {
				t.Fatalf("kind %v: %v", r.Kind, r.Err)
			}
			d := r.Deliveries[0]
			if !d.LogTime.Equal(tc.want) || d.Hostname != "mta" || d.Program != tc.program || d.Recipient != "a@example.org" {
				t.Errorf("time %v host %q program %q recipient %q; want %v mta %s", d.LogTime, d.Hostname, d.Program, d.Recipient, tc.want, tc.program)
			}
		})
	}
}

func TestBadTimestamps(t *testing.T) {
	p := corpusParser()
	for _, line := range []string{
		"Mar 32 07:14:09 mta postfix/smtp[1]: x",
		"Feb 30 07:14:09 mta postfix/smtp[1]: x",
		"Mar  3 25:14:09 mta postfix/smtp[1]: x",
		"Foo  3 07:14:09 mta postfix/smtp[1]: x",
		"2025-13-03T07:14:09Z mta postfix/smtp[1]: x",
		"2025-03-03T07:14:09+01 mta postfix/smtp[1]: x",
		"<22>1 - mta postfix/smtp 1 - - x",
		"<22>1 2025-03-03T07:14:09Z mta postfix/smtp 1 - [unterminated x",
		"<999999>Mar  3 07:14:09 mta postfix/smtp[1]: x",
	} {
		if r := p.Parse(line); r.Kind != KindMalformed {
			t.Errorf("%q: kind %v, want malformed", line, r.Kind)
		}
	}
}
