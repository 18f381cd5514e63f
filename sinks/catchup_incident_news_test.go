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

// TestCatchUpOpenIncidentUpdatedAsNews: an incident opened 3 hours ago
// (history: folded) whose last record, an update, was written 2 minutes
// ago (news). The incident is still open: the new group tells it, as its
// opening. (Review finding F1: the update was read as an update, which
// tells nobody.)
func TestCatchUpOpenIncidentUpdatedAsNews(t *testing.T) {
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
	recent := time.Now().Add(-2 * time.Minute).UTC().Truncate(time.Second)
	cl := c.client(t)
	recs := []*kgo.Record{mk(1, schemas.IncidentOpened, past, "d00.example", "d01.example"),
		mk(2, schemas.IncidentUpdated, recent, "d00.example", "d01.example", "d02.example")}
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
