package logstore

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestFilterUntilBeforeSince: a range whose until is not after its since
// is refused with both named, in every way of writing the times (review:
// it answered an empty page, as if no attempt matched); a range in order
// or open at either end passes.
func TestFilterUntilBeforeSince(t *testing.T) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		since, until string
		ok           bool
	}{
		{"1h", "2h", false},   // until two hours back, since one
		{"30m", "30m", false}, // equal: until is exclusive, nothing fits
		{"2026-11-30T10:00:00Z", "2026-11-30T09:00:00Z", false},
		{"2026-11-30T10:00:00Z", "2026-11-30T10:00:00Z", false},
		{"2026-11-30T11:30:00Z", "1h", false},
		{"1d", "2026-11-28T00:00:00+01:00", false},
		{"2h", "1h", true},
		{"2026-11-30T09:00:00Z", "2026-11-30T10:00:00Z", true},
		{"24h", "", true},
		{"", "1h", true},
	} {
		q := map[string][]string{}
		if tc.since != "" {
			q["since"] = []string{tc.since}
		}
		if tc.until != "" {
			q["until"] = []string{tc.until}
		}
		_, err := ParseFilter(now, q)
		if tc.ok {
			if err != nil {
				t.Errorf("since %q until %q: %v", tc.since, tc.until, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), "until") || !strings.Contains(err.Error(), "since") || !strings.Contains(err.Error(), "after") {
			t.Errorf("since %q until %q: %v, want refused naming both", tc.since, tc.until, err)
		}
		var he *httpError
		if err != nil && (!errors.As(err, &he) || he.code != 400) {
			t.Errorf("since %q until %q: %v is not a 400", tc.since, tc.until, err)
		}
	}
}

// TestFilterValues: outcomes and categories in any letter case; a filter
// given twice is refused naming it (review finding: the first value was
// kept in silence, and category=Blocklisted was refused).
func TestFilterValues(t *testing.T) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	f, err := ParseFilter(now, map[string][]string{"outcome": {"Bounced"}, "category": {"BLOCKLISTED"}})
	if err != nil || f.Outcome.String() != "bounced" || f.Category.String() != "blocklisted" {
		t.Errorf("outcome Bounced, category BLOCKLISTED: %+v %v", f, err)
	}
	for _, k := range []string{"outcome", "category", "recipient", "since", "q", "limit"} {
		_, err := ParseFilter(now, map[string][]string{k: {"1h", "2h"}})
		var he *httpError
		if err == nil || !strings.Contains(err.Error(), k+": given 2 times") || !errors.As(err, &he) || he.code != 400 {
			t.Errorf("%s twice: %v, want a 400 naming it", k, err)
		}
	}
}

// TestFilterUnknownParams: a parameter the logs do not take — misspelt or
// in another letter case — is a 400 that names it and lists the ones they
// take, with a hint for a case slip (review finding F6: outcom=bounced
// answered every attempt, unfiltered). Every parameter the console, the
// CLI (mailflow logs) and the exports send is taken.
func TestFilterUnknownParams(t *testing.T) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		query string
		ok    bool
		bad   string // the parameter named
		hint  string // the name suggested
	}{
		{query: "outcom=bounced", bad: "outcom"},
		{query: "Outcome=bounced", bad: "Outcome", hint: "outcome"},
		{query: "catgory=greylisted", bad: "catgory"},
		{query: "MESSAGE_ID=m1", bad: "MESSAGE_ID", hint: "message_id"},
		{query: "since=24h&recipent=bob@example.org", bad: "recipent"},
		{query: "=bounced", bad: ""}, // url.ParseQuery keeps the empty name
		{query: "since=24h&until=1h&recipient=bob@example.org&sender=a@example.org&outcome=bounced&category=greylisted&remote=mx.example.org&message_id=m1&q=try&limit=10", ok: true},
		{query: "cursor=AQ&format=csv&access_token=t", ok: true},
		{query: "outcome=bounced&_=1733150000000", ok: true}, // a cache-buster (review L2)
	} {
		q, err := url.ParseQuery(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ParseFilter(now, q)
		if tc.ok {
			if err != nil {
				t.Errorf("%s: %v, want it taken", tc.query, err)
			}
			continue
		}
		var he *httpError
		if err == nil || !errors.As(err, &he) || he.code != 400 {
			t.Errorf("%s: %v, want a 400", tc.query, err)
			continue
		}
		if !strings.HasPrefix(err.Error(), fmt.Sprintf("%q is not a parameter", tc.bad)) || !strings.Contains(err.Error(), "since, until, recipient") {
			t.Errorf("%s: %q does not name %q and list the parameters", tc.query, err, tc.bad)
		}
		if tc.hint != "" && !strings.Contains(err.Error(), tc.hint+"?") {
			t.Errorf("%s: %q does not suggest %s", tc.query, err, tc.hint)
		}
	}
}

// TestFilterDates: since and until take a date alone (RFC 3339's
// full-date, as journalctl --since does: that day from 00:00 UTC), beside
// times and durations; what is none of them is refused naming the forms
// (review S23A-6: "--since 2026-12-01" was refused).
func TestFilterDates(t *testing.T) {
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		since, until string
		want         time.Time // Since; zero when refused
	}{
		{"2026-12-01", "", time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)},
		{"2026-12-01", "2026-12-02", time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)},
		{"2026-12-01T08:00:00+01:00", "", time.Date(2026, 12, 1, 7, 0, 0, 0, time.UTC)},
		{"2d", "", now.Add(-48 * time.Hour)},
		{"2026-12-1", "", time.Time{}},
		{"2026-13-01", "", time.Time{}},
		{"1600-01-01", "", time.Time{}},
		{"01.12.2026", "", time.Time{}},
	} {
		q := map[string][]string{"since": {tc.since}}
		if tc.until != "" {
			q["until"] = []string{tc.until}
		}
		f, err := ParseFilter(now, q)
		switch {
		case tc.want.IsZero() && err == nil:
			t.Errorf("since %q: accepted as %v", tc.since, f.Since)
		case tc.want.IsZero() && !strings.Contains(err.Error(), "since"):
			t.Errorf("since %q: %v does not name the parameter", tc.since, err)
		case !tc.want.IsZero() && (err != nil || !f.Since.Equal(tc.want)):
			t.Errorf("since %q: %v %v, want %v", tc.since, f.Since, err, tc.want)
		}
	}
}
