package api_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// newLogsFixture is newFixtureToken with a log store on the instance (see
// startLogsInstance).
func newLogsFixture(t *testing.T, adminToken string, entities ...any) *fixture {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	c, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	f := &fixture{t: t, ctx: ctx, brokers: c.ListenAddrs(), topics: processor.TopicsWithPrefix(""), adminToken: adminToken}
	f.cl, err = kgo.NewClient(kgo.SeedBrokers(f.brokers...), kgo.DefaultProduceTopic(f.topics.Deliveries))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.cl.Close)
	if err := processor.EnsureTopics(ctx, kadm.NewClient(f.cl), f.topics, testPartitions, 1); err != nil {
		t.Fatal(err)
	}
	if len(entities) > 0 {
		f.publishConfig(entities...)
	}
	f.seq = new(int)
	f.startLogsInstance()
	return f
}

// logsInstance is instance with a log store.
func (f *fixture) logsInstance() *fixture {
	g := &fixture{t: f.t, ctx: f.ctx, brokers: f.brokers, topics: f.topics, cl: f.cl, seq: f.seq, adminToken: f.adminToken}
	g.startLogsInstance()
	return g
}

// startLogsInstance is startInstance (advertised) with a log store that
// the processor appends to and the API serves the logs and the live log
// from, as mailflow run wires them.
func (f *fixture) startLogsInstance() {
	t := f.t
	f.reg = prometheus.NewRegistry()
	dataDir := t.TempDir()
	f.srv = httptest.NewUnstartedServer(nil)
	logs, err := logstore.Open(filepath.Join(dataDir, "logs"), func(d string) int32 { return processor.PartitionFor(d, testPartitions) })
	if err != nil {
		t.Fatal(err)
	}
	cfg := processor.Config{
		Brokers:       f.brokers,
		DataDir:       dataDir,
		InstanceID:    "api-test-" + filepath.Base(dataDir),
		Partitions:    testPartitions,
		Diagnose:      diagnose.New().Event,
		Advice:        diagnose.CategoryAdvice,
		Registerer:    f.reg,
		Log:           testLogger(),
		AdvertiseAddr: f.srv.Listener.Addr().String(),
		Logs:          processor.NewLogSink(logs),
	}
	f.p, err = processor.New(f.ctx, cfg)
	if err != nil {
		f.srv.Close()
		logs.Close()
		t.Fatal(err)
	}
	f.srv.Config.Handler = api.Handler(api.Config{
		Backend:        f.p,
		Gatherer:       f.reg,
		Log:            testLogger(),
		StreamInterval: 50 * time.Millisecond,
		Self:           cfg.AdvertiseAddr,
		AdminToken:     f.adminToken,
		ClusterSecret:  testSecret,
		Logs:           logs,
	})
	f.srv.Start()
	// Cleanups run last-in first-out: the store closes after the
	// processor (run registers its stop later, so it runs first).
	t.Cleanup(func() { logs.Close() })
	t.Cleanup(func() {
		if !f.running {
			f.p.Close()
		}
	})
	t.Cleanup(f.srv.Close)
}

// ownerOf returns which of the instances owns domain's partition.
func ownerOf(d string, fs ...*fixture) *fixture {
	for _, f := range fs {
		if slices.Contains(f.p.Ownership().Partitions, f.p.PartitionOf(d)) {
			return f
		}
	}
	return nil
}

// TestLogsScopedAndRouted runs two instances with log stores and asks
// each for the logs, the timelines, a message across domains, an export
// and the live log of every domain: the instance that does not own a
// domain forwards (or, for an export, pages through the owner), and a
// manager sees exactly the domains of their tree, like the status.
func TestLogsScopedAndRouted(t *testing.T) {
	a := newLogsFixture(t, adminToken, scopedDirectory()...)
	a.run()
	b := a.logsInstance()
	b.run()
	a.waitFor("the partitions to be shared by both instances", func() bool {
		pa, pb := a.p.Ownership(), b.p.Ownership()
		return len(pa.Partitions) > 0 && len(pb.Partitions) > 0 && len(pa.Restoring) == 0 && len(pb.Restoring) == 0 &&
			len(pa.Partitions)+len(pb.Partitions) == testPartitions
	})
	as, bs := scopedTraffic(a)
	all := append(append(slices.Clone(as), bs...), "stray.example")

	// One message to a recipient at every domain of reseller A and B.
	var recs []*kgo.Record
	for i, d := range all {
		de := schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("multi-%d", i), MessageID: "<multi@sender.example>",
			Recipient: "x@" + d, CompletedAt: t0.Add(time.Hour), SMTPCode: 250, EnhancedCode: "2.0.0", Response: "250 2.0.0 Ok"}
		v, err := schemas.MarshalDeliveryEvent(&de)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, &kgo.Record{Key: []byte(d), Value: v})
	}
	if err := a.cl.ProduceSync(a.ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, d := range all {
		want[d] = 4
	}
	a.waitAttempts(want)

	for _, d := range all {
		owner := ownerOf(d, a, b)
		if owner == nil {
			t.Fatalf("%s: no owner", d)
		}
		for _, via := range []*fixture{a, b} {
			var page logstore.Logs
			code, body := via.get("/api/v1/domains/"+d+"/logs?outcome=bounced", &page)
			if code != http.StatusOK || page.Domain != d || len(page.Attempts) != 2 {
				t.Fatalf("logs of %s via %s (owner %s): %d %s", d, via.self(), owner.self(), code, body)
			}
			for _, e := range page.Attempts {
				if !strings.HasSuffix(e.Recipient, "@"+d) || e.Outcome != "bounced" || e.Category == "" {
					t.Fatalf("logs of %s: attempt %+v", d, e)
				}
			}
			var whole logstore.Logs
			if code, body := via.get("/api/v1/domains/"+d+"/logs?since=7d&limit=3", &whole); code != http.StatusOK || len(whole.Attempts) != 3 || whole.NextCursor == "" {
				t.Fatalf("first page of %s via %s: %d %s", d, via.self(), code, body)
			}
			var rest logstore.Logs
			if code, body := via.get("/api/v1/domains/"+d+"/logs?since=7d&limit=3&cursor="+whole.NextCursor, &rest); code != http.StatusOK || len(rest.Attempts) != 1 || rest.NextCursor != "" {
				t.Fatalf("second page of %s via %s: %d %s", d, via.self(), code, body)
			}
			mid := page.Attempts[0].MessageID
			var tl logstore.Timeline
			code, body = via.get("/api/v1/domains/"+d+"/messages/"+mid, &tl)
			if code != http.StatusOK || tl.Domain != d || len(tl.Attempts) != 1 || tl.Attempts[0].Advice == "" || tl.Attempts[0].Response == "" {
				t.Fatalf("timeline of %s %s via %s: %d %s", d, mid, via.self(), code, body)
			}
			live, code, body := via.waitLive(d, 4)
			if code != http.StatusOK || len(live.Attempts) != 4 {
				t.Fatalf("live log of %s via %s: %d %s", d, via.self(), code, body)
			}
			for i := 1; i < len(live.Attempts); i++ {
				if live.Attempts[i].Seq >= live.Attempts[i-1].Seq {
					t.Fatalf("live log of %s not newest first by seq: %s", d, body)
				}
			}
			if live.Attempts[0].MessageID != "<multi@sender.example>" {
				t.Fatalf("live log of %s: newest is %+v, want the last message", d, live.Attempts[0])
			}
		}
		// An export from the instance that does not own the domain.
		other := a
		if owner == a {
			other = b
		}
		req, _ := http.NewRequestWithContext(a.ctx, http.MethodGet, other.srv.URL+"/api/v1/domains/"+d+"/logs", nil)
		req.Header.Set("Authorization", "Bearer "+adminToken)
		req.Header.Set("Accept", "text/csv")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(resp.Body).ReadAll()
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK || len(rows) != 5 || rows[0][0] != "arrival" {
			t.Fatalf("CSV export of %s via the other instance: %d, %d rows, %v", d, resp.StatusCode, len(rows), err)
		}
	}

	// The message across domains, gathered from both instances, asked
	// with its angle brackets or without them (review finding: only the
	// exact stored form was found).
	for _, via := range []*fixture{a, b} {
		for _, id := range []string{"%3Cmulti@sender.example%3E", "multi@sender.example"} {
			var m logstore.MessageTimelines
			code, body := via.get("/api/v1/messages/"+id, &m)
			if code != http.StatusOK || len(m.Domains) != len(all) {
				t.Fatalf("message %s via %s: %d %s", id, via.self(), code, body)
			}
		}
		var m logstore.MessageTimelines
		code, body := via.get("/api/v1/messages/%3Cmulti@sender.example%3E", &m)
		if code != http.StatusOK || len(m.Domains) != len(all) {
			t.Fatalf("message via %s: %d %s", via.self(), code, body)
		}
		for i, tl := range m.Domains {
			if tl.Domain != slices.Sorted(slices.Values(all))[i] || len(tl.Attempts) != 1 {
				t.Fatalf("message via %s: part %d is %+v", via.self(), i, tl)
			}
		}
	}

	// Scope: like the status.
	for _, c := range []struct {
		token string
		sees  []string
	}{
		{resellerToken, as},
		{domainToken, as[:1]},
	} {
		for _, d := range all {
			for _, via := range []*fixture{a, b} {
				code, body := via.getAs(c.token, "/api/v1/domains/"+d+"/logs", nil)
				tcode, _ := via.getAs(c.token, "/api/v1/domains/"+d+"/messages/m-00001", nil)
				scode, _ := via.getAs(c.token, "/api/v1/domains/"+d+"/status", nil)
				wantCode := http.StatusNotFound
				if slices.Contains(c.sees, d) {
					wantCode = http.StatusOK
				}
				if code != wantCode || tcode != wantCode || scode != wantCode {
					t.Fatalf("token %s, %s via %s: logs %d, timeline %d, status %d; want %d (%s)", c.token, d, via.self(), code, tcode, scode, wantCode, body)
				}
			}
		}
		var m logstore.MessageTimelines
		code, body := a.getAs(c.token, "/api/v1/messages/%3Cmulti@sender.example%3E", &m)
		var got []string
		for _, tl := range m.Domains {
			got = append(got, tl.Domain)
		}
		if code != http.StatusOK || !slices.Equal(got, slices.Sorted(slices.Values(c.sees))) {
			t.Fatalf("token %s: message's domains %v (%d %s), want %v", c.token, got, code, body, c.sees)
		}
	}
}
