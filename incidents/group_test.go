package incidents

import (
	"fmt"
	"testing"
	"time"

	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/schemas"
)

var t0 = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

const msBlock = "550 5.7.1 Service unavailable, Client host [203.0.113.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.7 AS(1450) [BN8NAM12FT034.eop-nam12.prod.protection.outlook.com]"

// msAlert is domain n (of customer n%customers) turning Bad at t0+at,
// served by Microsoft 365 and failing with a blocklisting.
func msAlert(n, customers int, at time.Duration) *schemas.StatusChange {
	d := fmt.Sprintf("d%02d.example", n)
	return &schemas.StatusChange{
		ID: schemas.ChangeID(d, schemas.StatusGood, schemas.StatusBad, "ev-bad-"+d), Domain: d,
		Customer: fmt.Sprintf("c%02d", n%customers), Reseller: "r1", From: schemas.StatusGood, To: schemas.StatusBad,
		At: t0.Add(at), SuccessRate: 0.8, Window: 25, Threshold: 0.9, Attempts: 25, Failures: 5,
		LastResponse: msBlock, LastFailureHost: d[:3] + "-example.mail.protection.outlook.com", LastFailureIP: "52.101.8.1",
		LastFailureCategory: "blocklisted", CauseEventID: "ev-bad-" + d,
	}
}

// recovery of the alert's domain at t0+at; its last response names no
// provider.
func recovery(a *schemas.StatusChange, at time.Duration) *schemas.StatusChange {
	return &schemas.StatusChange{
		ID: schemas.ChangeID(a.Domain, schemas.StatusBad, schemas.StatusGood, "ev-ok-"+a.Domain), Domain: a.Domain,
		Customer: a.Customer, Reseller: a.Reseller, From: schemas.StatusBad, To: schemas.StatusGood, At: t0.Add(at),
		SuccessRate: 0.96, Window: 25, Threshold: 0.9, Attempts: 25, Failures: 1, LastResponse: "250 2.0.0 OK queued",
		CauseEventID: "ev-ok-" + a.Domain,
	}
}

func TestProviderOf(t *testing.T) {
	c := diagnose.New()
	for _, tc := range []struct {
		name string
		a    schemas.StatusChange
		want string
	}{
		{"M365 MX", schemas.StatusChange{LastFailureHost: "contoso-com.mail.protection.outlook.com"}, "microsoft365"},
		{"M365 response only", schemas.StatusChange{LastResponse: msBlock}, "microsoft365"},
		{"Google MX", schemas.StatusChange{LastFailureHost: "aspmx.l.google.com"}, "google"},
		{"Gmail response", schemas.StatusChange{LastResponse: "421 4.7.28 Our system has detected an unusual rate of unsolicited mail. https://support.google.com/mail/answer/188131 - gsmtp"}, "google"},
		{"Yahoo MX", schemas.StatusChange{LastFailureHost: "mta7.am0.yahoodns.net"}, "yahoo"},
		{"iCloud MX", schemas.StatusChange{LastFailureHost: "mx01.mail.icloud.com"}, "icloud"},
		{"Proton MX", schemas.StatusChange{LastFailureHost: "mailsec.protonmail.ch"}, "proton"},
		{"Mimecast MX", schemas.StatusChange{LastFailureHost: "eu-smtp-inbound-1.mimecast.com"}, "mimecast"},
		{"Proofpoint MX", schemas.StatusChange{LastFailureHost: "mx0a-001.pphosted.com"}, "proofpoint"},
		{"Barracuda MX", schemas.StatusChange{LastFailureHost: "d1.a2.cudamail.com"}, "barracuda"},
		{"unknown host, IPv4", schemas.StatusChange{LastFailureHost: "mx.small-isp.example", LastFailureIP: "198.51.100.23"}, "net:198.51.100.0/24"},
		{"IPv6", schemas.StatusChange{LastFailureIP: "2001:db8:1:2::25"}, "net:2001:db8:1::/48"},
		{"nothing to go by", schemas.StatusChange{LastResponse: "451 4.3.0 try later"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := providerOf(c, &tc.a)
			if p.Key != tc.want || ok != (tc.want != "") {
				t.Fatalf("provider %q (%v), want %q", p.Key, ok, tc.want)
			}
		})
	}
}

// run feeds alerts to one provider's state and returns the records made.
func run(st *providerState, r Rules, alerts ...*schemas.StatusChange) []schemas.Incident {
	var out []schemas.Incident
	for _, a := range alerts {
		recs, _ := st.apply(a, r.withDefaults())
		out = append(out, recs...)
	}
	return out
}

func TestGrouping(t *testing.T) {
	ms := Provider{"microsoft365", "Microsoft 365"}
	t.Run("30 domains of 12 customers within a minute, then recover", func(t *testing.T) {
		st := newProviderState(ms)
		var bad []*schemas.StatusChange
		for n := range 30 {
			bad = append(bad, msAlert(n, 12, time.Duration(n)*2*time.Second))
		}
		recs := run(st, Rules{}, bad...)
		events := map[schemas.IncidentEvent]int{}
		for _, r := range recs {
			events[r.Event]++
		}
		// Opened at the fifth domain (five customers), then one record per
		// domain that joins; escalated at 10 and 20.
		if len(recs) != 26 || events[schemas.IncidentOpened] != 1 || events[schemas.IncidentEscalated] != 2 || events[schemas.IncidentUpdated] != 23 {
			t.Fatalf("%d records, events %v", len(recs), events)
		}
		id := recs[0].ID
		last := recs[len(recs)-1]
		if recs[0].Total != 5 || last.ID != id || last.Total != 30 || last.Affected != 30 || len(last.Customers) != 12 || last.Revision != 26 {
			t.Fatalf("first %+v\nlast total %d affected %d customers %d revision %d", recs[0], last.Total, last.Affected, len(last.Customers), last.Revision)
		}
		if last.ProviderName != "Microsoft 365" || last.Category != "blocklisted" || len(last.Examples) != 1 || last.Advice == "" || !last.FirstSeen.Equal(t0) {
			t.Errorf("incident details: %+v", last)
		}
		var rec []*schemas.StatusChange
		for _, a := range bad {
			rec = append(rec, recovery(a, 10*time.Minute))
		}
		recs = run(st, Rules{}, rec...)
		if len(recs) != 30 {
			t.Fatalf("%d records for 30 recoveries", len(recs))
		}
		closed := recs[len(recs)-1]
		if closed.Event != schemas.IncidentClosed || closed.Open || closed.Affected != 0 || closed.Revision != 56 || !st.empty() {
			t.Fatalf("closing record %+v, state empty %v", closed, st.empty())
		}
		for _, r := range recs[:29] {
			if r.Event != schemas.IncidentUpdated {
				t.Fatalf("a recovery made %s", r.Event)
			}
		}
	})
	t.Run("one customer's domains are not a provider incident", func(t *testing.T) {
		st := newProviderState(ms)
		var bad []*schemas.StatusChange
		for n := range 10 {
			bad = append(bad, msAlert(n, 1, time.Duration(n)*time.Second))
		}
		if recs := run(st, Rules{}, bad...); len(recs) != 0 {
			t.Fatalf("%d records", len(recs))
		}
	})
	t.Run("spread over more than the window", func(t *testing.T) {
		st := newProviderState(ms)
		var bad []*schemas.StatusChange
		for n := range 10 {
			bad = append(bad, msAlert(n, 5, time.Duration(n)*3*time.Minute))
		}
		if recs := run(st, Rules{}, bad...); len(recs) != 0 {
			t.Fatalf("%d records", len(recs))
		}
		if len(st.Candidates) != 4 {
			t.Errorf("%d candidates kept, want the 4 within 10 minutes", len(st.Candidates))
		}
	})
	t.Run("a recovered candidate does not count", func(t *testing.T) {
		st := newProviderState(ms)
		a := []*schemas.StatusChange{msAlert(0, 5, 0), msAlert(1, 5, time.Second), msAlert(2, 5, 2*time.Second), msAlert(3, 5, 3*time.Second)}
		recs := run(st, Rules{}, append(a, recovery(a[0], 4*time.Second), msAlert(4, 5, 5*time.Second))...)
		if len(recs) != 0 {
			t.Fatalf("%d records", len(recs))
		}
		if recs := run(st, Rules{}, msAlert(5, 5, 6*time.Second)); len(recs) != 1 || recs[0].Total != 5 {
			t.Fatalf("records %+v", recs)
		}
	})
	t.Run("another category is another group", func(t *testing.T) {
		st := newProviderState(ms)
		var bad []*schemas.StatusChange
		for n := range 6 {
			a := msAlert(n, 6, time.Duration(n)*time.Second)
			if n%2 == 0 {
				a.LastFailureCategory = "rate_limited"
			}
			bad = append(bad, a)
		}
		if recs := run(st, Rules{}, bad...); len(recs) != 0 {
			t.Fatalf("%d records", len(recs))
		}
		if recs := run(st, Rules{MinDomains: 3}, msAlert(7, 6, 7*time.Second)); len(recs) != 1 || recs[0].Category != "blocklisted" || recs[0].Total != 4 {
			t.Fatalf("records %+v", recs)
		}
	})
}

// BenchmarkApply measures the grouping of one Bad alert and its recovery
// (with an incident of 30 domains open), and providerOf on a Microsoft 365
// alert, the stage's per-alert work besides Kafka.
func BenchmarkApply(b *testing.B) {
	c := diagnose.New()
	st := newProviderState(Provider{"microsoft365", "Microsoft 365"})
	r := Rules{}.withDefaults()
	for n := range 30 {
		st.apply(msAlert(n, 12, time.Duration(n)*time.Second), r)
	}
	a := msAlert(40, 12, time.Minute)
	rec := recovery(a, 2*time.Minute)
	b.ResetTimer()
	for b.Loop() {
		if _, ok := providerOf(c, a); !ok {
			b.Fatal("no provider")
		}
		st.apply(a, r)
		st.apply(rec, r)
	}
}
