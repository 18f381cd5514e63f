package logstore

import (
	"encoding/csv"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/schemas"
)

func get(t *testing.T, u, accept string) (int, http.Header, []byte) {
	t.Helper()
	req, _ := http.NewRequest("GET", u, nil)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, b
}

func TestHTTP(t *testing.T) {
	start := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	now := start.Add(30 * time.Hour)
	s := openTest(t, t.TempDir(), &testClock{now})
	all := genAttempts(rand.New(rand.NewPCG(7, 8)), 2000, start, 30*time.Hour)
	appendAll(t, s, all, 100)
	srv := httptest.NewServer(NewHandler(HTTPConfig{
		Store:  s,
		CanSee: func(r *http.Request, d string) bool { return d != "xn--bcher-kva.example" },
		Now:    func() time.Time { return now },
	}))
	defer srv.Close()
	base := srv.URL + "/api/v1/domains/"

	// JSON pages, followed by cursor, equal the reference.
	q := url.Values{"outcome": {"bounced"}, "since": {"20h"}, "limit": {"13"}}
	want := reference(all, "bad.example", Filter{Outcome: schemas.OutcomeBounced, Since: now.Add(-20 * time.Hour)})
	var got []Entry
	for {
		code, _, body := get(t, base+"Bad.Example/logs?"+q.Encode(), "")
		if code != 200 {
			t.Fatalf("logs: %d %s", code, body)
		}
		var l Logs
		if err := json.Unmarshal(body, &l); err != nil {
			t.Fatal(err)
		}
		if l.Domain != "bad.example" || l.Index != "time" {
			t.Fatalf("answer about %q served by %q", l.Domain, l.Index)
		}
		got = append(got, l.Attempts...)
		if l.NextCursor == "" {
			break
		}
		q.Set("cursor", l.NextCursor)
	}
	if len(got) != len(want) || len(want) == 0 {
		t.Fatalf("%d attempts over the pages, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].EventID != want[i].Event.ID {
			t.Fatalf("attempt %d: %s, want %s", i, got[i].EventID, want[i].Event.ID)
		}
	}

	// CSV and NDJSON stream the whole result.
	all2 := reference(all, "example.org", Filter{Text: "try again"})
	code, h, body := get(t, base+"example.org/logs?q=try+again&limit=5", "text/csv")
	if code != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %s", code, h.Get("Content-Type"))
	}
	recs, err := csv.NewReader(strings.NewReader(string(body))).ReadAll()
	if err != nil || len(recs) != len(all2)+1 || recs[0][0] != "arrival" {
		t.Fatalf("csv: %d rows (want %d + header), %v", len(recs), len(all2), err)
	}
	if recs[1][1] != all2[0].Event.ID || recs[1][12] != all2[0].Event.Response {
		t.Fatalf("csv first row %q", recs[1])
	}
	code, _, body = get(t, base+"example.org/logs?q=try+again&format=ndjson", "application/json")
	if lines := strings.Count(string(body), "\n"); code != 200 || lines != len(all2) {
		t.Fatalf("ndjson: %d, %d lines, want %d", code, lines, len(all2))
	}

	// Timeline and the message across domains.
	id := all[0].Event.MessageID
	code, _, body = get(t, base+all[0].Event.Domain+"/messages/"+url.PathEscape(id), "")
	var tl Timeline
	if code != 200 || json.Unmarshal(body, &tl) != nil || len(tl.Attempts) == 0 {
		t.Fatalf("timeline: %d %s", code, body)
	}
	for i := 1; i < len(tl.Attempts); i++ {
		if tl.Attempts[i].Arrival.Before(tl.Attempts[i-1].Arrival) {
			t.Fatal("timeline not in arrival order")
		}
	}
	if tl.Attempts[0].Category != "delivered" && tl.Attempts[0].Advice == "" {
		t.Errorf("no advice for %s", tl.Attempts[0].Category)
	}
	code, _, body = get(t, srv.URL+"/api/v1/messages/"+url.PathEscape(id), "")
	var mt MessageTimelines
	if code != 200 || json.Unmarshal(body, &mt) != nil {
		t.Fatalf("message: %d %s", code, body)
	}
	var n int
	for _, d := range mt.Domains {
		if d.Domain == "xn--bcher-kva.example" {
			t.Fatal("message answer shows a domain outside the caller's scope")
		}
		n += len(d.Attempts)
	}
	wantN := 0
	for _, d := range testDomains[:2] {
		wantN += len(reference(all, d, Filter{MessageID: id}))
	}
	if n != wantN {
		t.Fatalf("message: %d attempts, want %d", n, wantN)
	}

	// Errors.
	for _, c := range []struct {
		path string
		code int
	}{
		{"xn--bcher-kva.example/logs", 404},
		{"bad..example/logs", 400},
		{"bad.example/logs?outcome=lost", 400},
		{"bad.example/logs?category=nope", 400},
		{"bad.example/logs?limit=0", 400},
		{"bad.example/logs?limit=5000", 400},
		{"bad.example/logs?since=yesterday", 400},
		{"bad.example/logs?cursor=zz", 400},
		{"bad.example/logs?since=7d&until=2026-11-28T05:00:00Z", 200},
		{"bad.example/logs?since=2026-11-28T05:00:00Z&until=7d", 400}, // until before since
	} {
		if code, _, body := get(t, base+c.path, ""); code != c.code {
			t.Errorf("%s: %d %s, want %d", c.path, code, body, c.code)
		}
	}
	if code, _, _ := get(t, base+"bad.example/logs?cursor=zz", "text/csv"); code != 400 {
		t.Errorf("export with a bad cursor: %d", code)
	}
}
