package directory

import (
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

const detectFile = `defaults: {delay_threshold: 1h}
resellers: [{id: r1, exclude_recipient_failures: true}]
customers:
  - {id: c1, reseller: r1, exclude_recipient_failures: false, delay_threshold: "off"}
  - {id: c2, reseller: r1}
domains:
  - {name: a.example, customer: c1}
  - {name: b.example, customer: c2, delay_threshold: 45m}
  - {name: c.example, customer: c1, exclude_recipient_failures: true, delay_threshold: 2h}
managers:
  - {id: noc, level: reseller, of: r1, email: noc@r1.test}
subscriptions:
  - {id: s-delay, manager: noc, transitions: [delayed, delay_recovered]}
  - {id: s-bad, manager: noc, transitions: [bad], channels: [email]}
`

func TestDetectSettingsResolve(t *testing.T) {
	f, err := ParseFile([]byte(detectFile))
	if err != nil {
		t.Fatal(err)
	}
	d := f.Directory()
	for _, tc := range []struct {
		domain  string
		exclude bool
		limit   time.Duration
	}{
		{"a.example", false, 0},               // the customer turns both off
		{"b.example", true, 45 * time.Minute}, // the reseller's exclusion, the domain's threshold
		{"c.example", true, 2 * time.Hour},    // the domain turns both on again
		{"unknown.example", false, time.Hour}, // global only
	} {
		r := d.Resolve(tc.domain)
		if r.ExcludeRecipientFailures != tc.exclude || r.DelayLimit() != tc.limit {
			t.Errorf("%s: exclude %v limit %s, want %v and %s", tc.domain, r.ExcludeRecipientFailures, r.DelayLimit(), tc.exclude, tc.limit)
		}
	}
	if got := New().Resolve("x.example"); got.ExcludeRecipientFailures || got.DelayLimit() != DefaultDelayThreshold {
		t.Errorf("built-in defaults: %+v", got)
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
	for _, dom := range []string{"a.example", "b.example", "c.example"} {
		if got := f2.Directory().Resolve(dom); got != d.Resolve(dom) {
			t.Errorf("round trip of %s: %+v, want %+v", dom, got, d.Resolve(dom))
		}
	}
	for _, bad := range []string{"defaults: {delay_threshold: 10s}", "defaults: {delay_threshold: slow}", "defaults: {exclude_recipient_failures: maybe}",
		"subscriptions: [{id: s, manager: m, transitions: [late]}]"} {
		if _, err := ParseFile([]byte(bad)); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}

// TestDetectSettingsRecord reads the settings from config records (JSON)
// as the table does, and refuses out-of-range ones.
func TestDetectSettingsRecord(t *testing.T) {
	d := New()
	for _, rec := range []Record{
		{Key: Key(KindCustomer, "c1"), Value: []byte(`{"id":"c1","reseller":"r1","exclude_recipient_failures":true,"delay_threshold":3600000000000}`)},
		{Key: Key(KindDomain, "a.example"), Value: []byte(`{"name":"a.example","customer":"c1"}`)},
	} {
		if err := d.apply(rec); err != nil {
			t.Fatal(err)
		}
	}
	if r := d.Resolve("a.example"); !r.ExcludeRecipientFailures || r.DelayLimit() != time.Hour {
		t.Fatalf("from records: %+v", r)
	}
	for _, v := range []string{`{"id":"c2","reseller":"r1","exclude_recipient_failures":"yes"}`, `{"id":"c2","reseller":"r1","delay_threshold":5}`} {
		if err := d.apply(Record{Key: Key(KindCustomer, "c2"), Value: []byte(v)}); err == nil {
			t.Errorf("%s was accepted", v)
		}
	}
}

// TestSubscribersOfDelayAlerts routes delay alerts by their kind: to the
// subscription that lists them, not to the one that wants only Bad.
func TestSubscribersOfDelayAlerts(t *testing.T) {
	f, err := ParseFile([]byte(detectFile))
	if err != nil {
		t.Fatal(err)
	}
	d := f.Directory()
	for kind, want := range map[string]string{schemas.KindDelayed: "s-delay", schemas.KindDelayRecovered: "s-delay", "silent": ""} {
		a := schemas.StatusChange{Domain: "b.example", Customer: "c2", From: schemas.StatusGood, To: schemas.StatusGood, Kind: kind}
		ts := d.Subscribers(a)
		var got string
		for _, tg := range ts {
			for _, s := range tg.Subscriptions {
				got += s
			}
		}
		if got != want {
			t.Errorf("%s: subscriptions %q, want %q", kind, got, want)
		}
	}
	bad := schemas.StatusChange{Domain: "b.example", From: schemas.StatusGood, To: schemas.StatusBad}
	if ts := d.Subscribers(bad); len(ts) != 1 || ts[0].Subscriptions[0] != "s-bad" {
		t.Errorf("bad alert targets %+v", ts)
	}
}
