package api_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// queryAttempts appends three attempts of domain to logs, an hour ago: a
// delivery to a+b@domain ("250 2.0.0 Ok: queued"), a bounce with a UTF-8
// response ("Postfach übervoll") and a deferral whose response holds a
// "%" ("mailbox 100% full"), all of message "q@x.example".
func queryAttempts(t *testing.T, logs *logstore.Store, domain string) {
	t.Helper()
	at := time.Now().Add(-time.Hour).UTC()
	var batch []logstore.Attempt
	for i, a := range []struct {
		rcpt, resp string
		code       int
		out        schemas.Outcome
	}{
		{"a+b@" + domain, "250 2.0.0 Ok: queued", 250, schemas.OutcomeDelivered},
		{"c@" + domain, "550 5.2.2 Postfach übervoll", 550, schemas.OutcomeBounced},
		{"d@" + domain, "452 4.2.2 mailbox 100% full", 452, schemas.OutcomeDeferred},
	} {
		batch = append(batch, logstore.Attempt{
			Event: schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("%s-q%d", domain, i), MessageID: "q@x.example", Domain: domain, Recipient: a.rcpt,
				CompletedAt: at, Outcome: a.out, SMTPCode: a.code, Response: a.resp},
			Arrival: at.Add(time.Duration(i) * time.Minute),
			Pos:     logstore.Pos{Source: logstore.SourceDeliveries, Partition: processor.PartitionFor(domain, 3), Offset: int64(100 + i)},
		})
	}
	if _, err := logs.AppendCounted(t.Context(), batch); err != nil {
		t.Fatal(err)
	}
}

// getRaw GETs u with the admin token, within a few seconds (a stream that
// was not refused is cut there), and returns the status and body.
func getRaw(t *testing.T, u string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+adminToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, string(b) + " (cut: " + err.Error() + ")"
	}
	return resp.StatusCode, string(b)
}

// TestMalformedQueryRefused: a query with a malformed %-escape or a ";"
// separator is refused with 400 on every endpoint, locally and for a
// domain another instance owns (which is never asked), with an error
// that names the parameter and the escape; r.URL.Query() dropped such a
// pair without a word, so "?outcome=delivered%" answered every attempt
// and "?format=csv%" a JSON page (review finding S26A-6).
func TestMalformedQueryRefused(t *testing.T) {
	srvs, stores := logInstances(t)
	queryAttempts(t, stores[0], "in1.example")
	queryAttempts(t, stores[1], "out.example")

	endpoints := []struct {
		name, path, extra string
	}{
		{"logs", "/api/v1/domains/in1.example/logs", ""},
		{"logs of another instance's domain", "/api/v1/domains/out.example/logs", ""},
		{"CSV export", "/api/v1/domains/in1.example/logs", "format=csv&"},
		{"CSV export of another instance's domain", "/api/v1/domains/out.example/logs", "format=csv&"},
		{"NDJSON export", "/api/v1/domains/in1.example/logs", "format=ndjson&"},
		{"domain list", "/api/v1/domains", ""},
		{"status", "/api/v1/domains/in1.example/status", ""},
		{"status of another instance's domain", "/api/v1/domains/out.example/status", ""},
		{"message timeline", "/api/v1/messages/" + url.PathEscape("q@x.example"), ""},
		{"domain's message timeline", "/api/v1/domains/in1.example/messages/" + url.PathEscape("q@x.example"), ""},
		{"live log", "/api/v1/domains/in1.example/live", ""},
		{"live stream", "/api/v1/domains/in1.example/live/stream", ""},
		{"live stream of another instance's domain", "/api/v1/domains/out.example/live/stream", ""},
		{"incidents", "/api/v1/incidents", ""},
	}
	malformed := []struct {
		query string
		want  []string // parts of the error
	}{
		{"outcome=delivered%", []string{`"outcome"`, `"%"`, "%25"}},
		{"recipient=a%z", []string{`"recipient"`, `"%z"`}},
		{"recipient=r1%40in1.example%zz", []string{`"recipient"`, `"%zz"`}},
		{"q=%%", []string{`"q"`, `"%%"`}},
		{"q=100%", []string{`"q"`, `"%"`}},
		{"outcome%=delivered", []string{`parameter name "outcome%"`, `"%"`}},
		{"%zz", []string{`parameter name "%zz"`, `"%zz"`}},
		{"%", []string{`parameter name "%"`}},
		{"limit=1&x=%zz", []string{`"x"`, `"%zz"`}},
		{"format=csv%", []string{`"format"`, `"%"`}},
		{"outcome=delivered;limit=1", []string{`";"`, `"&"`, "%3B"}},
		{"access_token=" + adminToken + "%", []string{`"access_token"`, `"%"`}},
	}
	for _, ep := range endpoints {
		for _, m := range malformed {
			for i, srv := range srvs {
				t.Run(fmt.Sprintf("%s ?%s%s via instance %d", ep.name, ep.extra, m.query, i), func(t *testing.T) {
					code, body := getRaw(t, srv.URL+ep.path+"?"+ep.extra+m.query)
					var e struct {
						Error string `json:"error"`
					}
					if code != http.StatusBadRequest || json.Unmarshal([]byte(body), &e) != nil {
						t.Fatalf("%d %.300s, want 400 with a JSON error", code, body)
					}
					if !strings.HasPrefix(e.Error, "malformed query: ") {
						t.Errorf("error %q does not say the query is malformed", e.Error)
					}
					for _, w := range m.want {
						if !strings.Contains(e.Error, w) {
							t.Errorf("error %q does not hold %s", e.Error, w)
						}
					}
				})
			}
		}
	}
}

// TestWellFormedQueryKept: escapes that are well formed (%25, + for a
// space, %2B, %40, UTF-8 escapes) mean what they meant, locally and
// through the owner of another instance's domain, in pages and exports.
func TestWellFormedQueryKept(t *testing.T) {
	srvs, stores := logInstances(t)
	queryAttempts(t, stores[0], "in1.example")
	queryAttempts(t, stores[1], "out.example")
	for _, domain := range []string{"in1.example", "out.example"} {
		for _, tc := range []struct {
			query string
			rcpts string // the attempts' recipients, newest first
		}{
			{"", "d c a+b"},
			{"q=100%25", "d"},
			{"q=100%25+full", "d"},
			{"q=%C3%BCbervoll", "c"},
			{"q=%c3%bcBERVOLL", "c"},
			{"q=2.0.0+Ok", "a+b"},
			{"q=2.0.0%20Ok", "a+b"},
			{"recipient=a%2Bb%40" + domain, "a+b"},
			{"recipient=a%2bb@" + domain, "a+b"},
			{"recipient=a+b@" + domain, ""}, // + is a space
			{"outcome=%64elivered", "a+b"},
			{"outcome=bounced&&limit=5", "c"},
			{"outcome=deferred&_=1&access_token=x%2By", "d"},
		} {
			for i, srv := range srvs {
				t.Run(fmt.Sprintf("%s ?%s via instance %d", domain, tc.query, i), func(t *testing.T) {
					var page logstore.Logs
					code, body := getJSON(t, srv.URL+"/api/v1/domains/"+domain+"/logs?"+tc.query, adminToken, &page)
					if code != http.StatusOK {
						t.Fatalf("%d %s", code, body)
					}
					var got []string
					for _, a := range page.Attempts {
						got = append(got, strings.TrimSuffix(a.Recipient, "@"+domain))
					}
					if strings.Join(got, " ") != tc.rcpts {
						t.Errorf("recipients %v, want %q", got, tc.rcpts)
					}
					// The export holds the same.
					code, body = getRaw(t, srv.URL+"/api/v1/domains/"+domain+"/logs?format=csv&"+tc.query)
					rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
					if code != http.StatusOK || err != nil || len(rows)-1 != len(got) {
						t.Errorf("export: %d, %d rows (%v), want %d: %.300s", code, len(rows)-1, err, len(got), body)
					}
				})
			}
		}
	}
	for _, ok := range []string{
		"/api/v1/domains?status=bad&limit=10", "/api/v1/domains?status=%42AD", "/api/v1/domains?status=all&_=%25",
		"/api/v1/domains/in1.example/status?_=%E2%9C%93", "/api/v1/domains/out.example/status?_=a+b",
		"/api/v1/messages/" + url.PathEscape("q@x.example") + "?_=1", "/api/v1/domains/in1.example/live?_=%2B",
		"/api/v1/incidents?_=%25%32",
	} {
		if code, body := getJSON(t, srvs[0].URL+ok, adminToken, nil); code != http.StatusOK {
			t.Errorf("%s: %d %s", ok, code, body)
		}
	}
}

// TestMalformedQueryNotForwarded: a malformed query for a domain another
// instance owns is refused here; the owner is never asked (it would have
// got the query re-encoded without the bad pairs).
func TestMalformedQueryNotForwarded(t *testing.T) {
	owner := newFakeOwner(t)
	owner.set(signedJSON(testSecret, map[string]string{"domain": "in1.example"}))
	_, fwd := forwarder(t, owner.srv.Listener.Addr().String(), testSecret)
	for _, path := range []string{
		"/api/v1/domains/in1.example/status?x=%zz",
		"/api/v1/domains/in1.example/logs?outcome=delivered%",
		"/api/v1/domains/in1.example/logs?format=csv&recipient=a%zz",
		"/api/v1/domains/in1.example/live/stream?outcome=delivered;x=1",
	} {
		code, body := getRaw(t, fwd.URL+path)
		if code != http.StatusBadRequest || !strings.Contains(body, "malformed query: ") {
			t.Errorf("%s: %d %.300s, want 400", path, code, body)
		}
	}
	if n := owner.count.Load(); n != 0 {
		t.Errorf("the owner was asked %d times", n)
	}
	// A well-formed one is forwarded with its values as they were read.
	if code, body := getRaw(t, fwd.URL+"/api/v1/domains/in1.example/status?_=100%25+a%2Bb"); code != http.StatusOK {
		t.Fatalf("a well-formed query: %d %s", code, body)
	}
	if r := owner.last(); r == nil || r.URL.Query().Get("_") != "100% a+b" {
		t.Errorf("the owner got %v", r)
	}
}
