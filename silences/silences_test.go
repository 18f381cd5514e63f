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
		{"both end and duration", Request{Level: directory.LevelDomain, ID: "a.example", End: &later, Duration: "1h", Reason: "x"}, "not both", now, now},
		{"no end", Request{Level: directory.LevelDomain, ID: "a.example", Reason: "x"}, "ends", now, now},
		{"end in the past", Request{Level: directory.LevelDomain, ID: "a.example", End: &past, Reason: "x"}, "past", now, now},
		{"bad duration", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "soon", Reason: "x"}, "duration", now, now},
		{"no reason", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "1h"}, "reason", now, now},
		{"unknown level", Request{Level: "planet", ID: "p", Duration: "1h", Reason: "x"}, "level", now, now},
		{"too long", Request{Level: directory.LevelDomain, ID: "a.example", Duration: "2400h", Reason: "x"}, "at most", now, now},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := tc.r.Silence(now, "operator")
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
