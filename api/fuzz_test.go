package api_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// FuzzAPIRequest feeds the API's path and query parsing what a client can
// send: a domain path segment (raw, before unescaping) and a raw query,
// against the status, live-log and list endpoints of a real handler over
// a real store. Whatever the input: no 500 (a handler panic would be one),
// a JSON answer, and a list page's next_cursor is always accepted by the
// server that made it. The query is also parsed on its own, and cursors
// survive a round trip.
func FuzzAPIRequest(f *testing.F) {
	for _, seed := range []struct{ segment, query string }{
		{"good.example", "status=good&limit=1"},
		{"bad.example", "status=BAD&limit=2&cursor=MS9iYWQuZXhhbXBsZQ"},
		{"xn--bcher-kva.example", "status=all&partition=1"},
		{"b%C3%BCcher.example", "status=unknown"},
		{"%00", "cursor=MS8&limit=1000"},
		{"a..b", "limit=-1"},
		{"%E3%80%82", "status=%00&cursor=%ff"},
		{"..", "partition=4294967296"},
		{strings.Repeat("a", 300), "limit=1&status=all&cursor=" + api.EncodeCursor(2, "")},
	} {
		f.Add(seed.segment, seed.query)
	}
	b := newMemBackend(f, 3)
	b.setDirectory(f, directory.Customer{ID: "c"}, directory.Domain{Name: "new.example", Customer: "c"}, directory.Domain{Name: "good.example", Customer: "c"})
	b.put(f, schemas.StatusGood, "good.example", "g2.example", "g3.example")
	b.put(f, schemas.StatusBad, "bad.example", "b2.example", "")
	h := api.Handler(api.Config{Backend: b, Limits: api.Limits{Rate: -1}, Log: testLogger()})

	do := func(t *testing.T, rawPath, query string) (int, []byte) {
		u := &url.URL{Path: rawPath, RawQuery: query}
		if p, err := url.PathUnescape(rawPath); err == nil {
			u.Path, u.RawPath = p, rawPath
		}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		req := (&http.Request{Method: http.MethodGet, URL: u, Header: http.Header{}, Host: "fuzz", RequestURI: u.RequestURI(), Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1}).WithContext(ctx)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("GET %s?%s: %d %s", rawPath, query, rec.Code, rec.Body)
		}
		if strings.HasPrefix(u.Path, "/api/") && rec.Code != http.StatusMovedPermanently && !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("GET %s?%s: %d, not JSON: %q", rawPath, query, rec.Code, rec.Body)
		}
		return rec.Code, rec.Body.Bytes()
	}

	f.Fuzz(func(t *testing.T, segment, query string) {
		if strings.ContainsAny(segment, "/?#") {
			segment = url.PathEscape(segment)
		}
		do(t, "/api/v1/domains/"+segment+"/status", query)
		do(t, "/api/v1/domains/"+segment+"/live", query)
		code, body := do(t, "/api/v1/domains", query)
		if code == http.StatusOK {
			var page api.DomainPage
			if err := json.Unmarshal(body, &page); err != nil {
				t.Fatal(err)
			}
			if page.NextCursor != "" {
				q, _ := url.ParseQuery(query)
				q.Set("cursor", page.NextCursor)
				if code, body := do(t, "/api/v1/domains", q.Encode()); code != http.StatusOK {
					t.Fatalf("the server refused its own cursor %q: %d %s", page.NextCursor, code, body)
				}
			}
		}
		if q, err := url.ParseQuery(query); err == nil {
			_, _ = api.ParseListQuery(q, 3)
		}
		if p, d, err := api.DecodeCursor(api.EncodeCursor(int32(len(query)), segment)); err != nil || p != int32(len(query)) || d != segment {
			t.Fatalf("cursor round trip of (%d, %q): (%d, %q, %v)", len(query), segment, p, d, err)
		}
		if p, d, err := api.DecodeCursor(segment); err == nil && api.EncodeCursor(p, d) != segment {
			t.Fatalf("cursor %q decodes to (%d, %q), which encodes as %q", segment, p, d, api.EncodeCursor(p, d))
		}
	})
}
