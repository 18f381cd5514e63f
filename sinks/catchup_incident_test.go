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

// TestCatchUpOpenIncidentLastUpdated: an incident still open whose last
// record is an update (a domain joined, which notifies nobody) is told to
// a new group, as its opening: compaction of the incidents topic often
// leaves only the update. (Review finding R4.)
func TestCatchUpOpenIncidentLastUpdated(t *testing.T) { testCatchUpOpenIncident(t, true) }

// TestCatchUpOpenIncident: the same incident without the update is told.
func TestCatchUpOpenIncident(t *testing.T) { testCatchUpOpenIncident(t, false) }

func testCatchUpOpenIncident(t *testing.T, updated bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	c.applyDirectory(t, ctx, msIncidentDirectory())
	adm := kadm.NewClient(c.client(t))
	if _, err := adm.CreateTopic(ctx, 1, -1, nil, c.name("mailflow.incidents")); err != nil && !strings.Contains(err.Error(), "ALREADY") {
		t.Fatal(err)
	}
	past := time.Now().Add(-3 * time.Hour).UTC().Truncate(time.Second)
	mk := func(rev int, ev schemas.IncidentEvent, doms ...string) *kgo.Record {
		inc := &schemas.Incident{ID: "inc-1", Revision: rev, Event: ev, Provider: "microsoft365", ProviderName: "Microsoft 365",
			Category: "blocklisted", Open: true, FirstSeen: past, LastSeen: past, Affected: len(doms), Total: len(doms)}
		for _, d := range doms {
			inc.Domains = append(inc.Domains, schemas.IncidentDomain{Domain: d, Customer: "c" + d[1:3], BadAt: past})
			inc.Customers = append(inc.Customers, "c"+d[1:3])
		}
		v, err := schemas.MarshalIncident(inc)
		if err != nil {
			t.Fatal(err)
		}
		return &kgo.Record{Topic: c.name("mailflow.incidents"), Key: []byte(inc.ID), Value: v, Timestamp: past}
	}
	cl := c.client(t)
	recs := []*kgo.Record{mk(1, schemas.IncidentOpened, "d00.example", "d01.example")}
	if updated {
		recs = append(recs, mk(2, schemas.IncidentUpdated, "d00.example", "d01.example", "d02.example"))
	}
	if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.Incidents = true
	cfg.IncidentWait = 100 * time.Millisecond
	startSink(t, cfg, false)
	time.Sleep(5 * time.Second)
	for _, m := range mail.to("noc@ra.test") {
		if strings.HasPrefix(m.header.Get("Subject"), "[mailflow] INCIDENT:") {
			return
		}
	}
	t.Fatalf("the NOC was not told of incident inc-1, still open (mails to it: %d)", len(mail.to("noc@ra.test")))
}
