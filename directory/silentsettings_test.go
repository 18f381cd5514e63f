package directory

import (
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

const silentFile = `defaults: {silent_after: 3h}
resellers: [{id: r1, silent_baseline: 20}]
customers:
  - {id: c1, reseller: r1, silent_after: "off"}
  - {id: c2, reseller: r1}
domains:
  - {name: a.example, customer: c1}
  - {name: b.example, customer: c2, silent_after: 90m}
  - {name: c.example, customer: c1, silent_after: 2h, silent_baseline: 2}
managers:
  - {id: noc, level: reseller, of: r1, email: noc@r1.test}
subscriptions:
  - {id: s-silent, manager: noc, transitions: [silent, silent_recovered]}
  - {id: s-bad, manager: noc, transitions: [bad]}
`

// TestSilentSettings resolves silent_after and silent_baseline through
// the levels, round-trips them through Marshal, routes silence alerts by
// kind, and refuses out-of-range values in files and records.
func TestSilentSettings(t *testing.T) {
	f, err := ParseFile([]byte(silentFile))
	if err != nil {
		t.Fatal(err)
	}
	d := f.Directory()
	for _, tc := range []struct {
		domain string
		after  time.Duration
		base   int
	}{
		{"a.example", 0, 20},                                      // the customer turns it off; the reseller's baseline
		{"b.example", 90 * time.Minute, 20},                       // the domain's period
		{"c.example", 2 * time.Hour, 2},                           // the domain turns it on again
		{"unknown.example", 3 * time.Hour, DefaultSilentBaseline}, // global only
	} {
		r := d.Resolve(tc.domain)
		if r.SilenceLimit() != tc.after || r.SilenceBaseline() != tc.base {
			t.Errorf("%s: after %s baseline %d, want %s and %d", tc.domain, r.SilenceLimit(), r.SilenceBaseline(), tc.after, tc.base)
		}
	}
	if r := New().Resolve("x.example"); r.SilenceLimit() != DefaultSilentAfter || r.SilenceBaseline() != DefaultSilentBaseline {
		t.Errorf("built-in defaults: %+v", r)
	}
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
	for kind, want := range map[string]string{schemas.KindSilent: "s-silent", schemas.KindSilentRecovered: "s-silent", schemas.KindDelayed: ""} {
		var got string
		for _, tg := range d.Subscribers(schemas.StatusChange{Domain: "b.example", Customer: "c2", From: schemas.StatusGood, To: schemas.StatusGood, Kind: kind}) {
			for _, s := range tg.Subscriptions {
				got += s
			}
		}
		if got != want {
			t.Errorf("%s: subscriptions %q, want %q", kind, got, want)
		}
	}
	for _, bad := range []string{"defaults: {silent_after: 10m}", "defaults: {silent_after: 30d}", "defaults: {silent_after: soon}",
		"defaults: {silent_baseline: 0}", "defaults: {silent_baseline: many}", "defaults: {silent_baseline: 10001}"} {
		if _, err := ParseFile([]byte(bad)); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
	rd := New()
	for _, v := range []string{`{"id":"c2","reseller":"r1","silent_after":60000000000}`, `{"id":"c2","reseller":"r1","silent_baseline":-3}`} {
		if err := rd.apply(Record{Key: Key(KindCustomer, "c2"), Value: []byte(v)}); err == nil {
			t.Errorf("%s was accepted", v)
		}
	}
	if err := rd.apply(Record{Key: Key(KindCustomer, "c3"), Value: []byte(`{"id":"c3","reseller":"r1","silent_after":5400000000000,"silent_baseline":7}`)}); err != nil {
		t.Fatal(err)
	}
	if c := rd.Customers["c3"]; c.SilentAfter != 90*time.Minute || c.SilentBaseline != 7 {
		t.Errorf("from a record: %+v", c)
	}
}
