package incidents

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/schemas"
)

// maxRecord is Kafka's default largest message (message.max.bytes): a
// provider's changelog record and its incident records must stay under
// it, or the stage's transactions fail on that provider for ever.
const maxRecord = 1_000_000

// longAlert is msAlert with a domain name and customer id of the largest
// size the directory takes, so that the records' bounds are the worst.
func longAlert(n, customers int, at time.Duration) *schemas.StatusChange {
	a := msAlert(n, customers, at)
	a.Domain = fmt.Sprintf("%s.d%05d.example", strings.Repeat("a", 63)+"."+strings.Repeat("b", 63)+"."+strings.Repeat("c", 63), n)
	a.ID = schemas.ChangeID(a.Domain, schemas.StatusGood, schemas.StatusBad, "ev-bad-"+a.Domain)
	a.Customer = fmt.Sprintf("%s-%03d", strings.Repeat("k", 60), n%customers)
	a.LastResponse = strings.Repeat("550 5.7.1 blocked ", 40)
	return a
}

func recordSizes(t *testing.T, st *providerState, recs []schemas.Incident) (state, largest int) {
	t.Helper()
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	for i := range recs {
		v, err := schemas.MarshalIncident(&recs[i])
		if err != nil {
			t.Fatal(err)
		}
		largest = max(largest, len(v))
	}
	return len(b), largest
}

// TestIncidentBounds: what one provider's domains do cannot grow its
// state or its incident records without bound, and an incident does not
// take in a domain that turned Bad long after it stopped growing.
func TestIncidentBounds(t *testing.T) {
	ms := Provider{"microsoft365", "Microsoft 365"}
	t.Run("a lone domain long after does not join an incident kept open", func(t *testing.T) {
		st := newProviderState(ms)
		var bad []*schemas.StatusChange
		for n := range 5 {
			bad = append(bad, msAlert(n, 2, time.Duration(n)*time.Second))
		}
		recs := run(st, Rules{}, bad...)
		if len(recs) != 1 || recs[0].Event != schemas.IncidentOpened {
			t.Fatalf("records %+v", recs)
		}
		id := recs[0].ID
		// Four recover; d00 stays Bad and keeps the incident open.
		var rec []*schemas.StatusChange
		for _, a := range bad[1:] {
			rec = append(rec, recovery(a, time.Hour))
		}
		run(st, Rules{}, rec...)
		late := msAlert(7, 2, 30*24*time.Hour)
		if recs := run(st, Rules{}, late); len(recs) != 0 {
			t.Fatalf("a domain Bad 30 days later made %s revision %d (total %d)", recs[0].Event, recs[0].Revision, recs[0].Total)
		}
		if _, ok := st.Candidates[late.Domain]; !ok {
			t.Fatalf("the late domain is not a candidate")
		}
		// A new burst that meets the rules joins the incident still open.
		var burst []*schemas.StatusChange
		for n := 8; n < 12; n++ {
			burst = append(burst, msAlert(n, 2, 30*24*time.Hour+time.Duration(n)*time.Second))
		}
		recs = run(st, Rules{}, burst...)
		if len(recs) != 1 {
			t.Fatalf("%d records for the new burst", len(recs))
		}
		if r := recs[0]; r.Total != 10 || r.Affected != 6 || r.ID != id {
			t.Fatalf("after the burst: total %d, affected %d", r.Total, r.Affected)
		}
		// Within the window of the burst, one more joins at once.
		if recs := run(st, Rules{}, msAlert(20, 2, 30*24*time.Hour+time.Minute)); len(recs) != 1 || recs[0].Total != 11 {
			t.Fatalf("a domain within the window: %+v", recs)
		}
	})
	t.Run("an incident lists at most maxListed domains", func(t *testing.T) {
		st := newProviderState(ms)
		var bad []*schemas.StatusChange
		for n := range maxListed + 300 {
			bad = append(bad, longAlert(n, 40, time.Duration(n)*time.Second))
		}
		recs := run(st, Rules{}, bad...)
		last := recs[len(recs)-1]
		if last.Total != maxListed || len(last.Domains) != maxListed {
			t.Fatalf("the incident lists %d domains, want %d", last.Total, maxListed)
		}
		if state, largest := recordSizes(t, st, recs); state >= maxRecord || largest >= maxRecord {
			t.Fatalf("changelog record %d bytes, largest incident record %d: want under %d", state, largest, maxRecord)
		} else {
			t.Logf("changelog record %d bytes, largest incident record %d", state, largest)
		}
		// Recoveries of domains beyond the list change nothing; those in
		// it close it.
		var rec []*schemas.StatusChange
		for _, a := range bad {
			rec = append(rec, recovery(a, 2*time.Hour))
		}
		recs = run(st, Rules{}, rec...)
		if len(recs) != maxListed || recs[len(recs)-1].Event != schemas.IncidentClosed || !st.empty() {
			t.Fatalf("%d records for the recoveries, last %s, state empty %v", len(recs), recs[len(recs)-1].Event, st.empty())
		}
	})
	t.Run("incidents of several categories list at most maxListed together", func(t *testing.T) {
		st := newProviderState(ms)
		var recs []schemas.Incident
		for i, cat := range []string{"blocklisted", "rate_limited", "policy_rejected"} {
			var bad []*schemas.StatusChange
			for n := range 600 {
				a := longAlert(i*1000+n, 40, time.Duration(n)*time.Second)
				a.LastFailureCategory = cat
				bad = append(bad, a)
			}
			recs = append(recs, run(st, Rules{}, bad...)...)
		}
		if n := st.listedTotal(); n != maxListed {
			t.Fatalf("the open incidents list %d domains, want %d", n, maxListed)
		}
		if state, largest := recordSizes(t, st, recs); state >= maxRecord || largest >= maxRecord {
			t.Fatalf("changelog record %d bytes, largest incident record %d: want under %d", state, largest, maxRecord)
		} else {
			t.Logf("changelog record %d bytes with %d open incidents and %d candidates", state, len(st.Open), len(st.Candidates))
		}
	})
	t.Run("one customer's mass failure keeps at most maxCandidates", func(t *testing.T) {
		st := newProviderState(ms)
		var bad []*schemas.StatusChange
		for n := range 3 * maxCandidates {
			bad = append(bad, longAlert(n, 1, time.Duration(n)*100*time.Millisecond))
		}
		if recs := run(st, Rules{}, bad...); len(recs) != 0 {
			t.Fatalf("one customer's domains made %d incident records", len(recs))
		}
		if len(st.Candidates) != maxCandidates {
			t.Fatalf("%d candidates, want %d", len(st.Candidates), maxCandidates)
		}
		// The latest stay: the first to turn Bad were forgotten.
		if _, ok := st.Candidates[bad[len(bad)-1].Domain]; !ok {
			t.Fatal("the latest candidate was forgotten")
		}
		if _, ok := st.Candidates[bad[0].Domain]; ok {
			t.Fatal("the first candidate was kept")
		}
		if state, _ := recordSizes(t, st, nil); state >= maxRecord {
			t.Fatalf("changelog record %d bytes: want under %d", state, maxRecord)
		} else {
			t.Logf("changelog record %d bytes", state)
		}
	})
}
