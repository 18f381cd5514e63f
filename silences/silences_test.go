package silences

import (
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/directory"
)

func TestRequest(t *testing.T) {
	now := time.Date(2026, 11, 30, 22, 0, 0, 0, time.UTC)
	later := now.Add(3 * time.Hour)
	past := now.Add(-time.Hour)
	muchLater := now.Add(5 * time.Hour)
	inAYear := now.Add(MaxLead)
	far := now.AddDate(73, 0, 0)
	y9999 := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name      string
		r         Request
		wantErr   string
		wantStart time.Time
		wantEnd   time.Time
	}{
		{"duration from now", Request{Level: directory.LevelCustomer, ID: "c1", Duration: "2h", Reason: "maintenance"}, "", now, now.Add(2 * time.Hour)},
		{"scheduled window", Request{Level: directory.LevelDomain, ID: "a.example", Start: &later, Duration: "1h", Reason: "MX move"}, "", later, later.Add(time.Hour)},
		{"start in the past is now", Request{Level: directory.LevelReseller, ID: "r1", Start: &past, End: &later, Reason: "x"}, "", now, later},
		{"a past start's duration counts from it", Request{Level: directory.LevelReseller, ID: "r1", Start: &past, Duration: "3h", Reason: "x"}, "", now, past.Add(3 * time.Hour)},
		{"a past start's duration already over", Request{Level: directory.LevelReseller, ID: "r1", Start: &past, Duration: "30m", Reason: "x"}, "end in the past", now, now},
		{"days", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "7d", Reason: "x"}, "", now, now.Add(7 * 24 * time.Hour)},
		{"days and hours", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "1d12h", Reason: "x"}, "", now, now.Add(36 * time.Hour)},
		{"a week", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "1w", Reason: "x"}, "", now, now.Add(7 * 24 * time.Hour)},
		{"90 days in days", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "90d", Reason: "x"}, "", now, now.Add(90 * 24 * time.Hour)},
		{"91 days", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "91d", Reason: "x"}, "at most 90 days", now, now},
		{"hours before days", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "12h1d", Reason: "x"}, "7d or 1d12h", now, now},
		{"fractional days", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "1.5d", Reason: "x"}, "duration", now, now},
		{"negative days", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "-1d", Reason: "x"}, "duration", now, now},
		{"zero days", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "0d", Reason: "x"}, "positive duration", now, now},
		{"a duration of 300 years", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "300y", Reason: "x"}, "duration", now, now},
		{"both end and duration", Request{Level: directory.LevelDomain, ID: "a.example", End: &later, Duration: "1h", Reason: "x"}, "not both", now, now},
		{"no end", Request{Level: directory.LevelDomain, ID: "a.example", Reason: "x"}, "ends", now, now},
		{"end in the past", Request{Level: directory.LevelDomain, ID: "a.example", End: &past, Reason: "x"}, "past", now, now},
		{"bad duration", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "soon", Reason: "x"}, "duration", now, now},
		{"no reason", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "1h"}, "reason", now, now},
		{"unknown level", Request{Level: "planet", ID: "p", Duration: "1h", Reason: "x"}, "level", now, now},
		{"too long", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "2400h", Reason: "x"}, "at most", now, now},
		{"90 days is the most", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "2160h", Reason: "x"}, "", now, now.Add(90 * 24 * time.Hour)},
		{"90 days and a second", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "2160h0m1s", Reason: "x"}, "at most 90 days", now, now},
		{"end 73 years out", Request{Level: directory.LevelDomain, ID: "a.example", End: &far, Reason: "x"}, "at most 90 days", now, now},
		{"end in year 9999", Request{Level: directory.LevelDomain, ID: "a.example", End: &y9999, Reason: "x"}, "at most 90 days", now, now},
		{"start a year ahead", Request{Level: directory.LevelDomain, ID: "a.example", Start: &inAYear, Duration: "1h", Reason: "x"}, "", inAYear, inAYear.Add(time.Hour)},
		{"start 73 years ahead", Request{Level: directory.LevelDomain, ID: "a.example", Start: &far, Duration: "1h", Reason: "x"}, "at most 365 days ahead", now, now},
		{"start after end", Request{Level: directory.LevelDomain, ID: "a.example", Start: &muchLater, End: &later, Reason: "x"}, "not after start", now, now},
		{"newline in reason", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "1h", Reason: "MX move\nBcc: x@evil.example"}, "U+000A", now, now},
		{"escape in reason", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "1h", Reason: "\x1b]0;owned\x07"}, "U+001B", now, now},
		{"C1 control in reason", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "1h", Reason: "a\u0085b"}, "U+0085", now, now},
		{"bidi override in reason", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "1h", Reason: "ticket \u202e1174"}, "U+202E", now, now},
		{"tab in reason", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "1h", Reason: "a\tb"}, "U+0009", now, now},
		{"accents and emoji are text", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "1h", Reason: "Umzug der MX-Server, Störung 4711 ✉"}, "", now, now.Add(time.Hour)},
		{"surrounding spaces trimmed", Request{Level: directory.LevelDomain, ID: " a.example ", Duration: "1h", Reason: "  x  "}, "", now, now.Add(time.Hour)},
		{"domain in capitals", Request{Level: directory.LevelDomain, ID: "A.Example.", Duration: "1h", Reason: "x"}, "", now, now.Add(time.Hour)},
		{"not a domain", Request{Level: directory.LevelDomain, ID: "a..example", Duration: "1h", Reason: "x"}, "id", now, now},
		{"no id", Request{Level: directory.LevelCustomer, ID: "  ", Duration: "1h", Reason: "x"}, "say which customer", now, now},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := tc.r.Plan(now, "operator")
			s := p.Silence
			// A start in the past is moved to now, and the plan says so;
			// nothing else is changed silently.
			moved := tc.r.Start != nil && tc.r.Start.Before(now)
			if err == nil && moved != (len(p.Notes) == 1 && strings.Contains(p.Notes[0], "has passed: the silence starts now")) {
				t.Errorf("notes %q for a start %v", p.Notes, tc.r.Start)
			}
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one with %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !s.Start.Equal(tc.wantStart) || !s.End.Equal(tc.wantEnd) || !strings.HasPrefix(s.ID, "sil-20261130-") || s.CreatedBy != "operator" {
				t.Fatalf("silence %+v", s)
			}
			if s.Level == directory.LevelDomain && s.Of != "a.example" || s.Reason != strings.TrimSpace(tc.r.Reason) {
				t.Errorf("of %q, reason %q", s.Of, s.Reason)
			}
			if StateAt(s, now) == StateEnded || StateAt(s, tc.wantEnd) != StateEnded {
				t.Errorf("states: %s at now, %s at end", StateAt(s, now), StateAt(s, tc.wantEnd))
			}
		})
	}
}

func TestStatusOf(t *testing.T) {
	now := time.Date(2026, 11, 30, 22, 0, 0, 0, time.UTC)
	d := directory.New()
	d.Customers["c1"] = directory.Customer{ID: "c1", Reseller: "r1"}
	d.Domains["a.example"] = directory.Domain{Name: "a.example", Customer: "c1"}
	d.Silences["s1"] = directory.Silence{ID: "s1", Level: directory.LevelCustomer, Of: "c1", Start: now.Add(-time.Hour), End: now.Add(time.Hour), Reason: "maintenance"}
	st, ok := StatusOf(d, "a.example", now)
	if !ok || st.ID != "s1" || st.Reason != "maintenance" || !st.Until.Equal(now.Add(time.Hour)) {
		t.Fatalf("%+v %v", st, ok)
	}
	if _, ok := StatusOf(d, "a.example", now.Add(2*time.Hour)); ok {
		t.Error("silenced after the end")
	}
	if _, ok := StatusOf(d, "b.example", now); ok {
		t.Error("another domain silenced")
	}
}

// TestFind: a silence id is found in any letter case, unless two ids
// differ only in case.
func TestFind(t *testing.T) {
	d := directory.New()
	d.Silences["sil-20261130-abcdefghjk"] = directory.Silence{ID: "sil-20261130-abcdefghjk"}
	d.Silences["Maint-1"] = directory.Silence{ID: "Maint-1"}
	d.Silences["maint-1"] = directory.Silence{ID: "maint-1"}
	for _, tc := range []struct {
		id, want string
	}{
		{"sil-20261130-abcdefghjk", "sil-20261130-abcdefghjk"},
		{"SIL-20261130-ABCDEFGHJK", "sil-20261130-abcdefghjk"},
		{" sil-20261130-abcdefghjk ", "sil-20261130-abcdefghjk"},
		{"Maint-1", "Maint-1"},
		{"maint-1", "maint-1"},
		{"MAINT-1", ""}, // two candidates: none guessed
		{"sil-20261130", ""},
		{"", ""},
	} {
		s, ok := Find(d, tc.id)
		if ok != (tc.want != "") || s.ID != tc.want {
			t.Errorf("Find(%q) = %q, %v; want %q", tc.id, s.ID, ok, tc.want)
		}
	}
}

// TestHolding: the silence decides by the time the alert was made, not
// by the attempt's completion time: a backlog caught up inside a window
// is held, an attempt made inside a past window and processed after it
// is not.
func TestHolding(t *testing.T) {
	start := time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)
	d := directory.New()
	d.Customers["c1"] = directory.Customer{ID: "c1", Reseller: "r1"}
	d.Domains["a.example"] = directory.Domain{Name: "a.example", Customer: "c1"}
	d.Silences["s1"] = directory.Silence{ID: "s1", Level: directory.LevelCustomer, Of: "c1", Start: start, End: start.Add(2 * time.Hour), Reason: "maintenance"}
	for _, tc := range []struct {
		name     string
		at, made time.Time // the attempt's completion, the alert record's timestamp
		held     bool
	}{
		{"inside the window", start.Add(time.Minute), start.Add(time.Minute + 200*time.Millisecond), true},
		{"backlog from before, made inside", start.Add(-2 * time.Minute), start.Add(30 * time.Minute), true},
		{"attempt inside, made after the end", start.Add(time.Hour), start.Add(3 * time.Hour), false},
		{"transport clock two hours ahead", start.Add(time.Hour), start.Add(-time.Hour), false},
		{"made at the end", start, start.Add(2 * time.Hour), false},
	} {
		_, held := Holding(d, "a.example", tc.made)
		if held != tc.held {
			t.Errorf("%s: held %v, want %v", tc.name, held, tc.held)
		}
	}
}
