package sinks

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// TestCatchUpOpenIncident: an incident still open is told to a new group
// once, whatever its records in the catch-up region:
//   - opened 3 hours ago (history, the region's last record);
//   - opened, then updated (a domain joined, which notifies nobody), both
//     history: told as its opening, since compaction of the incidents
//     topic often leaves only the update (review finding R4);
//   - opened 3 hours ago (history, folded), updated 2 minutes ago (news):
//     told as its opening (review finding F1: the update was read as an
//     update, and told nobody).
func TestCatchUpOpenIncident(t *testing.T) {
	t.Parallel()
	past := time.Now().Add(-3 * time.Hour).UTC().Truncate(time.Second)
	recent := time.Now().Add(-2 * time.Minute).UTC().Truncate(time.Second)
	for _, tc := range []struct {
		name     string
		updateAt time.Time // zero: no update
	}{
		{"opened", time.Time{}},
		{"updated long ago", past},
		{"updated as news", recent},
	} {
		t.Run(tc.name, func(t *testing.T) { testCatchUpOpenIncident(t, past, tc.updateAt) })
	}
}

func testCatchUpOpenIncident(t *testing.T, past, updateAt time.Time) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	c.applyDirectory(t, ctx, msIncidentDirectory())
	adm := kadm.NewClient(c.client(t))
	if _, err := adm.CreateTopic(ctx, 1, -1, nil, c.name("mailflow.incidents")); err != nil && !strings.Contains(err.Error(), "ALREADY") {
		t.Fatal(err)
	}
	mk := func(rev int, ev schemas.IncidentEvent, at time.Time, doms ...string) *kgo.Record {
		inc := &schemas.Incident{ID: "inc-1", Revision: rev, Event: ev, Provider: "microsoft365", ProviderName: "Microsoft 365",
			Category: "blocklisted", Open: true, FirstSeen: past, LastSeen: at, Affected: len(doms), Total: len(doms)}
		for _, d := range doms {
			inc.Domains = append(inc.Domains, schemas.IncidentDomain{Domain: d, Customer: "c" + d[1:3], BadAt: past})
			inc.Customers = append(inc.Customers, "c"+d[1:3])
		}
		v, err := schemas.MarshalIncident(inc)
		if err != nil {
			t.Fatal(err)
		}
		return &kgo.Record{Topic: c.name("mailflow.incidents"), Key: []byte(inc.ID), Value: v, Timestamp: at}
	}
	cl := c.client(t)
	recs := []*kgo.Record{mk(1, schemas.IncidentOpened, past, "d00.example", "d01.example")}
	if !updateAt.IsZero() {
		recs = append(recs, mk(2, schemas.IncidentUpdated, updateAt, "d00.example", "d01.example", "d02.example"))
	}
	if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.Incidents = true
	cfg.IncidentWait = 100 * time.Millisecond
	startSink(t, cfg, false)
	eventually(t, 30*time.Second, "the incident mail", func() bool {
		for _, m := range mail.to("noc@ra.test") {
			if strings.HasPrefix(m.header.Get("Subject"), "[mailflow] INCIDENT:") {
				return true
			}
		}
		return false
	})
	time.Sleep(time.Second) // room for a second one
	if n := len(mail.to("noc@ra.test")); n != 1 {
		t.Fatalf("the NOC got %d mails of incident inc-1, want 1", n)
	}
}
