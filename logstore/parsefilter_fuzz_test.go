package logstore

import (
	"errors"
	"math"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fuzzNow is the clock of the filter targets: relative times go back
// from it.
var fuzzNow = time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)

// FuzzParseTime: a since or until value from the logs API's query is an
// RFC 3339 time inside the times the log holds, a date (its 00:00 UTC),
// or a duration back from
// now of at most what the units allow; anything else is a 400 naming the
// parameter. A days value that is not a finite number of days (NaNd,
// Infd) is refused, whatever the machine's float conversion does.
func FuzzParseTime(f *testing.F) {
	for _, s := range []string{
		"", "2026-12-01", "1600-01-01", "24h", "90m", "7d", "1.5d", "0d", "-1d", "-0d", "NaNd", "nand", "Infd", "-Infd", "+Infd", "1e-300d", "-1e-300d",
		"36500d", "36501d", "1e400d", "0x1p4d", "d", "1", "-1h", "2562047h", "9223372036854775807ns",
		"2026-11-30T10:00:00Z", "2026-11-30T10:00:00.123456789+01:00", "1677-12-31T23:59:59Z", "1678-01-01T00:00:00Z",
		"2261-12-31T23:59:59.999999999Z", "2262-01-01T00:00:00Z", "2261-12-31T23:00:00-01:00", "0000-01-01T00:00:00Z",
		"9999-12-31T23:59:59Z", "2026-11-30T10:00:00", " 24h", "24h ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		got, err := parseTime(fuzzNow, "since", v)
		if err != nil {
			var he *httpError
			if !errors.As(err, &he) || he.code != 400 || !strings.HasPrefix(he.msg, "since: ") {
				t.Fatalf("%q: %v is not a 400 naming since", v, err)
			}
			if v == "" {
				t.Fatalf("empty value refused: %v", err)
			}
			return
		}
		if v == "" {
			if !got.IsZero() {
				t.Fatalf("empty value gave %v, want no bound", got)
			}
			return
		}
		if got.IsZero() {
			t.Fatalf("%q accepted as no bound", v)
		}
		if got.Before(minQueryTime) || !got.Before(maxQueryTime) {
			t.Fatalf("%q gave %v, outside the times the log holds", v, got)
		}
		if rt, perr := time.Parse(time.RFC3339Nano, v); perr == nil {
			if !got.Equal(rt) {
				t.Fatalf("%q gave %v, want %v", v, got, rt)
			}
			return
		}
		if dt, perr := time.Parse(time.DateOnly, v); perr == nil {
			if !got.Equal(dt) {
				t.Fatalf("date %q gave %v, want its 00:00 UTC %v", v, got, dt)
			}
			return
		}
		if got.After(fuzzNow) {
			t.Fatalf("duration %q gave %v, after now (%v)", v, got, fuzzNow)
		}
		if d, derr := time.ParseDuration(v); derr == nil {
			if !got.Equal(fuzzNow.Add(-d)) {
				t.Fatalf("duration %q gave %v, want now-%v", v, got, d)
			}
			return
		}
		days, ok := strings.CutSuffix(v, "d")
		if !ok {
			t.Fatalf("%q is neither a time, a date, a duration nor days, yet gave %v", v, got)
		}
		n, perr := strconv.ParseFloat(days, 64)
		if perr != nil || math.IsNaN(n) || math.IsInf(n, 0) {
			t.Fatalf("%q (%v, %v) is not a number of days, yet gave %v", v, n, perr, got)
		}
		if back := fuzzNow.Sub(got); back > 36500*24*time.Hour {
			t.Fatalf("%q goes back %v, more than 36500 days", v, back)
		}
	})
}

// encodeFilter writes f back as the logs API's query parameters.
func encodeFilter(f *Filter) url.Values {
	q := url.Values{}
	set := func(k, v string) {
		if v != "" {
			q.Set(k, v)
		}
	}
	if !f.Since.IsZero() {
		q.Set("since", f.Since.UTC().Format(time.RFC3339Nano))
	}
	if !f.Until.IsZero() {
		q.Set("until", f.Until.UTC().Format(time.RFC3339Nano))
	}
	set("recipient", f.Recipient)
	set("sender", f.Sender)
	set("remote", f.Remote)
	set("message_id", f.MessageID)
	set("q", f.Text)
	set("cursor", f.Cursor)
	if f.Outcome != 0 {
		q.Set("outcome", f.Outcome.String())
	}
	if f.Category != 0 {
		q.Set("category", f.Category.String())
	}
	if f.Limit != 0 {
		q.Set("limit", strconv.Itoa(f.Limit))
	}
	return q
}

func sameFilter(a, b *Filter) bool {
	return a.Since.Equal(b.Since) && a.Until.Equal(b.Until) && a.Recipient == b.Recipient && a.Sender == b.Sender &&
		a.MessageID == b.MessageID && a.Remote == b.Remote && a.Outcome == b.Outcome && a.Category == b.Category &&
		a.Text == b.Text && a.Limit == b.Limit && a.MaxScan == b.MaxScan && a.Cursor == b.Cursor
}

// FuzzParseFilter: the logs endpoint's raw query (parsed as the handler
// does, r.URL.Query()) gives a filter or a 400, never a panic or another
// error. A filter that parses has its times inside the log's range and
// in order, a limit from 0 to MaxLimit, and an outcome and category only
// when asked for; written back as a query (times in RFC 3339, in UTC) it
// parses to the same filter. Its cursor either decodes or is refused as
// ErrBadCursor (a 400, not a 500).
func FuzzParseFilter(f *testing.F) {
	for _, s := range []string{
		"", "since=24h", "since=7d&until=1d", "since=1h&until=2h", "since=30m&until=30m",
		"since=2026-11-30T09:00:00Z&until=2026-11-30T10:00:00Z", "since=2026-11-30T10:00:00%2B01:00",
		"since=1d&until=2026-11-28T00:00:00%2B01:00", "since=NaNd", "until=1e-300d", "since=-1e-300d&until=-0d",
		"outcome=Bounced&category=BLOCKLISTED", "outcome=unknown", "category=", "category=unclassified",
		"limit=1", "limit=0", "limit=1000", "limit=1001", "limit=+5", "limit=99999999999999999999",
		"recipient=bob@example.org&sender=a@b&remote=192.0.2.1&message_id=%3Cm@x%3E&q=no+such+user",
		"recipient=+bob@example.org+", "outcome=bounced&outcome=delivered", "since=1h&since=2h", "q=a&q=",
		"cursor=" + encodeCursor(1764482400000000000, Pos{Source: SourceRepartition, Offset: 42}), "cursor=AQ", "cursor=%ff",
		"since=%zz", "a;b=c", "since=1677-12-31T23:59:59Z", "until=2262-01-01T00:00:00Z", "since=2562047h&until=1ns",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, _ := url.ParseQuery(raw) // r.URL.Query() drops the error too
		got, err := ParseFilter(fuzzNow, q)
		if err != nil {
			var he *httpError
			if !errors.As(err, &he) || he.code != 400 {
				t.Fatalf("%q: %v is not a 400", raw, err)
			}
			return
		}
		for _, k := range []string{"since", "until"} {
			v := got.Since
			if k == "until" {
				v = got.Until
			}
			if !v.IsZero() && (v.Before(minQueryTime) || !v.Before(maxQueryTime)) {
				t.Fatalf("%q: %s %v is outside the times the log holds", raw, k, v)
			}
			if v.IsZero() != (strings.TrimSpace(q.Get(k)) == "") {
				t.Fatalf("%q: %s is %v for %q", raw, k, v, q.Get(k))
			}
		}
		if !got.Since.IsZero() && !got.Until.IsZero() && !got.Until.After(got.Since) {
			t.Fatalf("%q: until %v is not after since %v", raw, got.Until, got.Since)
		}
		if got.Limit < 0 || got.Limit > MaxLimit {
			t.Fatalf("%q: limit %d", raw, got.Limit)
		}
		if (got.Outcome != 0) != (strings.TrimSpace(q.Get("outcome")) != "") || got.Outcome > 4 {
			t.Fatalf("%q: outcome %v for %q", raw, got.Outcome, q.Get("outcome"))
		}
		if (got.Category != 0) != (strings.TrimSpace(q.Get("category")) != "") || got.Category.String() == "" && got.Category != 0 {
			t.Fatalf("%q: category %v for %q", raw, got.Category, q.Get("category"))
		}
		if got.Cursor != "" {
			if _, _, _, err := decodeCursor(got.Cursor); err != nil && !errors.Is(err, ErrBadCursor) {
				t.Fatalf("%q: cursor %q: %v is not ErrBadCursor", raw, got.Cursor, err)
			}
		}
		again := encodeFilter(&got)
		back, err := ParseFilter(fuzzNow, again)
		if err != nil {
			t.Fatalf("%q parsed to %+v, whose query %q is refused: %v", raw, got, again.Encode(), err)
		}
		if !sameFilter(&got, &back) {
			t.Fatalf("%q: round trip through %q changed the filter:\n%+v\n%+v", raw, again.Encode(), got, back)
		}
	})
}
