package incidents

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

func tableIncident(id string, rev int, open bool, domains ...schemas.IncidentDomain) schemas.Incident {
	inc := schemas.Incident{V: schemas.Version, ID: id, Revision: rev, Provider: "microsoft365", ProviderName: "Microsoft 365",
		Category: "blocklisted", Open: open, Domains: domains, Total: len(domains)}
	inc.Event = schemas.IncidentUpdated
	if rev == 1 {
		inc.Event = schemas.IncidentOpened
	}
	if !open {
		inc.Event = schemas.IncidentClosed
	}
	seen := map[string]bool{}
	for _, d := range domains {
		if !d.Recovered {
			inc.Affected++
		}
		if !seen[d.Customer] {
			seen[d.Customer] = true
			inc.Customers = append(inc.Customers, d.Customer)
		}
	}
	return inc
}

func bad(d, c string) schemas.IncidentDomain { return schemas.IncidentDomain{Domain: d, Customer: c} }
func recovered(d, c string) schemas.IncidentDomain {
	return schemas.IncidentDomain{Domain: d, Customer: c, Recovered: true}
}

// TestTableApply: what a domain's reader is told follows the newest
// revision of each incident; replayed or older revisions change nothing,
// a recovered domain is no longer part of it, a closed incident is gone.
func TestTableApply(t *testing.T) {
	for _, tc := range []struct {
		name  string
		recs  []schemas.Incident
		want  map[string]string // domain → "id total/customers"; absent: no incident
		check []string
	}{
		{
			name:  "opened",
			recs:  []schemas.Incident{tableIncident("i1", 1, true, bad("a.example", "c1"), bad("b.example", "c2"))},
			want:  map[string]string{"a.example": "i1 2/2", "b.example": "i1 2/2"},
			check: []string{"a.example", "b.example", "c.example"},
		},
		{
			name: "a domain recovers",
			recs: []schemas.Incident{
				tableIncident("i1", 1, true, bad("a.example", "c1"), bad("b.example", "c2")),
				tableIncident("i1", 2, true, recovered("a.example", "c1"), bad("b.example", "c2")),
			},
			want:  map[string]string{"b.example": "i1 2/2"},
			check: []string{"a.example", "b.example"},
		},
		{
			name: "an older revision read after a newer one",
			recs: []schemas.Incident{
				tableIncident("i1", 2, true, recovered("a.example", "c1"), bad("b.example", "c2")),
				tableIncident("i1", 1, true, bad("a.example", "c1"), bad("b.example", "c2")),
				tableIncident("i1", 2, true, recovered("a.example", "c1"), bad("b.example", "c2")),
			},
			want:  map[string]string{"b.example": "i1 2/2"},
			check: []string{"a.example", "b.example"},
		},
		{
			name: "closed",
			recs: []schemas.Incident{
				tableIncident("i1", 1, true, bad("a.example", "c1"), bad("b.example", "c2")),
				tableIncident("i1", 3, false, recovered("a.example", "c1"), recovered("b.example", "c2")),
			},
			want:  map[string]string{},
			check: []string{"a.example", "b.example"},
		},
		{
			name: "a domain moves to a newer incident",
			recs: []schemas.Incident{
				tableIncident("i1", 1, true, bad("a.example", "c1"), bad("b.example", "c2")),
				tableIncident("i2", 1, true, bad("b.example", "c2"), bad("c.example", "c3"), bad("d.example", "c3")),
				tableIncident("i1", 2, true, bad("a.example", "c1"), recovered("b.example", "c2")),
			},
			want:  map[string]string{"a.example": "i1 2/2", "b.example": "i2 3/2", "c.example": "i2 3/2", "d.example": "i2 3/2"},
			check: []string{"a.example", "b.example", "c.example", "d.example"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var tbl Table
			for _, r := range tc.recs {
				tbl.Apply(r)
			}
			for _, d := range tc.check {
				ref, ok := tbl.Of(d)
				got := ""
				if ok {
					got = fmt.Sprintf("%s %d/%d", ref.ID, ref.Total, ref.Customers)
				}
				if got != tc.want[d] {
					t.Errorf("%s: %q, want %q", d, got, tc.want[d])
				}
			}
		})
	}
	var none *Table
	if _, ok := none.Of("a.example"); ok {
		t.Fatal("a nil table knows an incident")
	}
}

// TestTableFollowsStage runs the stage on the broker and a Table on its
// output: 30 Microsoft 365 domains of 12 customers blocked within a
// minute are each found in the one incident, and leave it as they
// recover.
func TestTableFollowsStage(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	e := newEnv(t, ctx)
	start(t, e.config(t))
	tbl, err := NewTable(ctx, e.prefix+"incidents", testLogger(), kgo.SeedBrokers(e.c.Brokers...))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tbl.Close)
	bad := blockAlerts(30, 12)
	e.produceAlerts(t, ctx, bad...)
	waitTable(t, ctx, "every blocked domain in a 30-domain incident", func() bool {
		for _, a := range bad {
			if ref, ok := tbl.Of(a.Domain); !ok || ref.Total != 30 || ref.Customers != 12 || ref.Provider != "microsoft365" {
				return false
			}
		}
		return true
	})
	first, _ := tbl.Of(bad[0].Domain)
	for _, a := range bad {
		if ref, _ := tbl.Of(a.Domain); ref.ID != first.ID {
			t.Fatalf("%s in incident %s, %s in %s: want one", bad[0].Domain, first.ID, a.Domain, ref.ID)
		}
	}
	if first.Category == "" || first.ProviderName != "Microsoft 365" || first.FirstSeen.IsZero() {
		t.Fatalf("ref %+v", first)
	}
	e.produceAlerts(t, ctx, recovery(bad[0], 20*time.Minute))
	waitTable(t, ctx, "the recovered domain out of the incident", func() bool {
		_, inOne := tbl.Of(bad[0].Domain)
		ref, stays := tbl.Of(bad[1].Domain)
		return !inOne && stays && ref.Affected == 29
	})
	var rec []*schemas.StatusChange
	for _, a := range bad[1:] {
		rec = append(rec, recovery(a, 21*time.Minute))
	}
	e.produceAlerts(t, ctx, rec...)
	waitTable(t, ctx, "the incident closed", func() bool {
		for _, a := range bad {
			if _, ok := tbl.Of(a.Domain); ok {
				return false
			}
		}
		return true
	})
}

func waitTable(t *testing.T, ctx context.Context, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(50 * time.Millisecond):
		}
	}
}
