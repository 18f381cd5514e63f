package directory

import (
	"strings"
	"testing"
	"time"
)

const notifyFile = `defaults: {repeat_interval: 4h}
resellers: [{id: r1, flap_interval: 10m}]
customers:
  - {id: c1, reseller: r1, repeat_interval: "off"}
  - {id: c2, reseller: r1}
domains:
  - {name: a.example, customer: c1}
  - {name: b.example, customer: c2, flap_interval: "off"}
  - {name: c.example, customer: c1, repeat_interval: 1h}
managers:
  - {id: noc, level: reseller, of: r1, email: noc@r1.test}
  - {id: pm, level: domain, of: b.example, email: pm@b.test}
subscriptions:
  - {id: s-noc, manager: noc, incidents: true}
  - {id: s-pm, manager: pm, incidents: true}
  - {id: s-plain, manager: noc, level: customer, of: c2}
`

func TestNotifySettingsResolve(t *testing.T) {
	f, err := ParseFile([]byte(notifyFile))
	if err != nil {
		t.Fatal(err)
	}
	d := f.Directory()
	for _, tc := range []struct {
		domain       string
		repeat, flap time.Duration
	}{
		{"a.example", Off, 10 * time.Minute},       // the customer turns repeats off
		{"b.example", 4 * time.Hour, Off},          // global repeat, flap off at the domain
		{"c.example", time.Hour, 10 * time.Minute}, // the domain turns repeats on again
		{"unknown.example", 4 * time.Hour, 0},      // global only; flap unset
	} {
		r := d.Resolve(tc.domain)
		if r.RepeatInterval != tc.repeat || r.FlapInterval != tc.flap {
			t.Errorf("%s: repeat %s flap %s, want %s and %s", tc.domain, r.RepeatInterval, r.FlapInterval, tc.repeat, tc.flap)
		}
	}
	// What Marshal prints, ParseFile reads back the same.
	b, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	f2, err := ParseFile(b)
	if err != nil {
		t.Fatalf("re-parse of\n%s: %v", b, err)
	}
	if got := f2.Directory().Resolve("a.example"); got != d.Resolve("a.example") || !f2.Directory().Subscriptions["s-noc"].Incidents {
		t.Errorf("round trip: %+v", got)
	}
	for _, bad := range []string{"defaults: {repeat_interval: 10s}", "defaults: {flap_interval: soon}", "subscriptions: [{id: s, manager: m, incidents: maybe}]"} {
		if _, err := ParseFile([]byte(bad)); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}

func TestIncidentSubscribers(t *testing.T) {
	f, err := ParseFile([]byte(notifyFile))
	if err != nil {
		t.Fatal(err)
	}
	d := f.Directory()
	got := d.IncidentSubscribers([]string{"a.example", "b.example", "other.example"})
	if len(got) != 2 || got[0].Manager != "noc" || got[1].Manager != "pm" {
		t.Fatalf("targets %+v", got)
	}
	if strings.Join(got[0].Domains, ",") != "a.example,b.example" || strings.Join(got[1].Domains, ",") != "b.example" {
		t.Errorf("domains in scope: noc %v, pm %v", got[0].Domains, got[1].Domains)
	}
	if n := len(d.IncidentSubscribers([]string{"other.example"})); n != 0 {
		t.Errorf("%d targets for a domain in nobody's tree", n)
	}
}

func TestSilenceOf(t *testing.T) {
	f, err := ParseFile([]byte(notifyFile))
	if err != nil {
		t.Fatal(err)
	}
	d := f.Directory()
	t0 := time.Date(2026, 11, 30, 22, 0, 0, 0, time.UTC)
	d.Silences["s1"] = Silence{ID: "s1", Level: LevelCustomer, Of: "c1", Start: t0, End: t0.Add(time.Hour), Reason: "maintenance"}
	d.Silences["s2"] = Silence{ID: "s2", Level: LevelDomain, Of: "c.example", Start: t0, End: t0.Add(2 * time.Hour), Reason: "migration"}
	for _, tc := range []struct {
		domain string
		at     time.Time
		want   string
	}{
		{"a.example", t0.Add(-time.Second), ""},
		{"a.example", t0, "s1"},
		{"a.example", t0.Add(time.Hour), ""}, // End is exclusive
		{"b.example", t0.Add(time.Minute), ""},
		{"c.example", t0.Add(time.Minute), "s2"}, // the one that ends last
		{"c.example", t0.Add(90 * time.Minute), "s2"},
	} {
		s, ok := d.SilenceOf(tc.domain, tc.at)
		if (tc.want == "") == ok || s.ID != tc.want {
			t.Errorf("%s at %s: %q, %v; want %q", tc.domain, tc.at.Format(time.Kitchen), s.ID, ok, tc.want)
		}
	}
	for _, bad := range []Silence{
		{ID: "x", Level: "planet", Of: "p", Start: t0, End: t0.Add(time.Hour), Reason: "r"},
		{ID: "x", Level: LevelDomain, Of: "a.example", Start: t0, End: t0, Reason: "r"},
		{ID: "x", Level: LevelDomain, Of: "a.example", Start: t0, End: t0.Add(100 * 24 * time.Hour), Reason: "r"},
		{ID: "x", Level: LevelDomain, Of: "a.example", Start: t0, End: t0.Add(time.Hour)},
	} {
		if bad.Check() == nil {
			t.Errorf("%+v passed Check", bad)
		}
	}
	// A silence record goes through the table's apply like any other.
	rec, err := EncodeRecord(d.Silences["s1"])
	if err != nil || rec.Key != "silence/s1" {
		t.Fatalf("%v %v", rec.Key, err)
	}
	nd := New()
	if err := nd.apply(rec); err != nil || nd.Silences["s1"].Reason != "maintenance" {
		t.Fatalf("apply: %v", err)
	}
	if err := nd.apply(Record{Key: "silence/s1"}); err != nil || len(nd.Silences) != 0 {
		t.Fatalf("tombstone: %v", err)
	}
}
