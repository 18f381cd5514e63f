package api_test

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// logInstances are two instances over memBackends with log stores, in
// clusterDirectory's tree, that share three partitions: the first owns
// partitions 0 and 1 (in1.example), the second partition 2 (in2.example
// and out.example). Each asks the other for what it does not own.
func logInstances(t *testing.T) (srvs [2]*httptest.Server, stores [2]*logstore.Store) {
	t.Helper()
	const parts = 3
	partOf := func(d string) int32 { return processor.PartitionFor(d, parts) }
	if partOf("in1.example") != 0 || partOf("in2.example") != 2 || partOf("out.example") != 2 {
		t.Fatal("the domains' partitions changed; the split below assumes in1 on 0, in2 and out on 2")
	}
	for i := range srvs {
		srvs[i] = httptest.NewUnstartedServer(nil)
		t.Cleanup(srvs[i].Close)
	}
	for i := range srvs {
		other := srvs[1-i].Listener.Addr().String()
		b := newMemBackend(t, parts)
		b.setDirectory(t, clusterDirectory()...)
		mine := func(p int32) bool { return (p == 2) == (i == 1) }
		b.owner = func(p int32) processor.Owner {
			if mine(p) {
				return processor.Owner{Local: true}
			}
			return processor.Owner{Addr: other}
		}
		logs, err := logstore.Open(t.TempDir(), partOf)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { logs.Close() })
		stores[i] = logs
		srvs[i].Config.Handler = api.Handler(api.Config{Backend: b, Self: srvs[i].Listener.Addr().String(), AdminToken: adminToken,
			ClusterSecret: testSecret, Limits: api.Limits{Rate: -1}, Log: testLogger(), Logs: logs})
		srvs[i].Start()
	}
	return srvs, stores
}

// appendMessage appends attempts of message forms[k] to the domain of
// each, in the given order, an hour ago and a minute apart.
func appendMessage(t *testing.T, logs *logstore.Store, attempts ...[2]string) {
	t.Helper()
	at := time.Now().Add(-time.Hour).UTC()
	var batch []logstore.Attempt
	for i, a := range attempts {
		d, id := a[0], a[1]
		batch = append(batch, logstore.Attempt{
			Event: schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("%s-%d", d, i), MessageID: id, Domain: d, Recipient: "x@" + d,
				CompletedAt: at, Outcome: schemas.OutcomeDelivered, SMTPCode: 250, Response: "250 2.0.0 Ok"},
			Arrival: at.Add(time.Duration(i) * time.Minute),
			Pos:     logstore.Pos{Source: logstore.SourceDeliveries, Partition: processor.PartitionFor(d, 3), Offset: int64(i)},
		})
	}
	if _, err := logs.AppendCounted(t.Context(), batch); err != nil {
		t.Fatal(err)
	}
}

// TestMessageEveryFormEveryInstance: a message whose domains store it
// under different forms of its id ("m@x.example" in one, "<m@x.example>"
// in another, both in a third), on two instances, is answered whole
// whichever form is asked and whichever instance is asked, and a
// manager's answer is the same whatever another tree stores (review
// finding F3: the gathering stopped at the first form with attempts in
// any domain and applied the scope after, so that a manager asking
// "<m@x.example>" got nothing of its own in1.example, and learnt that
// another tree held that form). Only instances ask for one instance's
// part alone (local=1; finding F10).
func TestMessageEveryFormEveryInstance(t *testing.T) {
	srvs, stores := logInstances(t)
	const bare, angled = "m@x.example", "<m@x.example>"
	appendMessage(t, stores[0], [2]string{"in1.example", bare})
	appendMessage(t, stores[1], [2]string{"out.example", angled}, [2]string{"in2.example", angled}, [2]string{"in2.example", bare})

	for _, tc := range []struct {
		who, token string
		want       string // domain: attempts, by domain
	}{
		{"the operator", adminToken, "in1.example:1 in2.example:2 out.example:1"},
		{"reseller r1's manager", "tok-r1", "in1.example:1 in2.example:2"},
	} {
		for i, srv := range srvs {
			for _, id := range []string{bare, angled} {
				t.Run(fmt.Sprintf("%s asks instance %d for %s", tc.who, i, id), func(t *testing.T) {
					var m logstore.MessageTimelines
					code, body := getJSON(t, srv.URL+"/api/v1/messages/"+url.PathEscape(id), tc.token, &m)
					var got []string
					for _, tl := range m.Domains {
						got = append(got, fmt.Sprintf("%s:%d", tl.Domain, len(tl.Attempts)))
					}
					if code != http.StatusOK || m.MessageID != id || strings.Join(got, " ") != tc.want {
						t.Errorf("%d %s: %v, want %s (%s)", code, m.MessageID, got, tc.want, body)
					}
				})
			}
		}
	}

	for i, srv := range srvs {
		code, body := getJSON(t, srv.URL+"/api/v1/messages/"+url.PathEscape(bare)+"?local=1", adminToken, nil)
		if code != http.StatusBadRequest || !strings.Contains(body, "local") {
			t.Errorf("the operator asking instance %d for its part alone: %d %s, want 400 naming local", i, code, body)
		}
	}
}

// TestRemoteExportLimit: an export of a domain another instance owns,
// made page by page from its JSON pages, holds at most the limit asked
// for, as a local export does (review finding F8: limit was ignored in
// exports).
func TestRemoteExportLimit(t *testing.T) {
	srvs, stores := logInstances(t)
	var many [][2]string
	for range 5 {
		many = append(many, [2]string{"in2.example", "m"})
	}
	appendMessage(t, stores[1], many...)
	for _, tc := range []struct {
		query string
		rows  int
	}{
		{"format=csv", 5},
		{"format=csv&limit=2", 2},
		{"format=CSV&limit=1000", 5},
	} {
		for i, srv := range srvs {
			req, _ := http.NewRequest(http.MethodGet, srv.URL+"/api/v1/domains/in2.example/logs?"+tc.query, nil)
			req.Header.Set("Authorization", "Bearer "+adminToken)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(resp.Body).ReadAll()
			resp.Body.Close()
			if err != nil || resp.StatusCode != http.StatusOK || len(rows) != tc.rows+1 {
				t.Errorf("%s via instance %d: %d, %d rows, %v; want %d attempts", tc.query, i, resp.StatusCode, len(rows)-1, err, tc.rows)
			}
		}
	}
	code, body := getJSON(t, srvs[0].URL+"/api/v1/domains/in2.example/logs?format=csv&limit=0", adminToken, nil)
	if code != http.StatusBadRequest || !strings.Contains(body, "limit") {
		t.Errorf("a remote export with limit=0: %d %s, want 400 naming limit", code, body)
	}
}
