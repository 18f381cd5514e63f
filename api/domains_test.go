package api_test

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/schemas"
)

// partitionOf is the partition the producer's default partitioner puts a
// domain's records in.
func partitionOf(topic, domain string) int32 {
	p := kgo.StickyKeyPartitioner(nil).ForTopic(topic)
	return int32(p.Partition(&kgo.Record{Topic: topic, Key: []byte(domain)}, testPartitions))
}

// page fetches all pages of the domain list with the given query and
// limit, following next_cursor until it is absent.
func (f *fixture) pages(t *testing.T, status string, limit int) (names []string, pages int) {
	t.Helper()
	cursor := ""
	for {
		q := url.Values{"limit": {fmt.Sprint(limit)}}
		if status != "" {
			q.Set("status", status)
		}
		if cursor != "" {
			q.Set("cursor", cursor)
		}
		var page api.DomainPage
		code, body := f.get("/api/v1/domains?"+q.Encode(), &page)
		if code != http.StatusOK {
			t.Fatalf("page %d: %d %s", pages+1, code, body)
		}
		pages++
		if len(page.Domains) > limit {
			t.Fatalf("page %d has %d domains, limit %d", pages, len(page.Domains), limit)
		}
		if page.NextCursor != "" && len(page.Domains) != limit {
			t.Errorf("page %d has %d domains and a next cursor; only full pages have one", pages, len(page.Domains))
		}
		want := schemas.StatusBad
		if status == "good" {
			want = schemas.StatusGood
		}
		for _, d := range page.Domains {
			if d.Status != want {
				t.Errorf("page %d lists %s with status %s", pages, d.Domain, d.Status)
			}
			names = append(names, d.Domain)
		}
		if page.NextCursor == "" {
			return names, pages
		}
		if pages > 100 {
			t.Fatalf("more than 100 pages: the cursor does not advance (%q)", page.NextCursor)
		}
		cursor = page.NextCursor
	}
}

func TestDomains(t *testing.T) {
	f := newFixture(t)
	f.run()

	var bad, good []string
	var script []attempt
	// At least three bad domains in every partition.
	inPartition := map[int32]int{}
	for i := 0; len(bad) < 9 || slices.Min([]int{inPartition[0], inPartition[1], inPartition[2]}) < 3; i++ {
		d := fmt.Sprintf("bad%02d.example", i)
		bad = append(bad, d)
		inPartition[partitionOf(f.topics.Deliveries, d)]++
		script = append(script, failure(d, userUnknown), failure(d, blocklisted), failure(d, mailboxFull))
	}
	for i := range 4 {
		d := fmt.Sprintf("good%02d.example", i)
		good = append(good, d)
		script = append(script, delivered(d, time.Second))
	}
	// recovered.example goes Bad, then Good again: it must leave the Bad
	// list.
	good = append(good, "recovered.example")
	script = append(script, failure("recovered.example", userUnknown), failure("recovered.example", userUnknown), failure("recovered.example", userUnknown))
	for range 25 {
		script = append(script, delivered("recovered.example", time.Second))
	}
	evs := f.produce(script...)
	f.waitAttempts(countByDomain(evs))

	// The domains spread over the partitions, so that pages cross them.
	perPartition := map[int32][]string{}
	for _, d := range bad {
		p := partitionOf(f.topics.Deliveries, d)
		perPartition[p] = append(perPartition[p], d)
	}
	if len(perPartition) != testPartitions {
		t.Fatalf("the bad domains are not in every partition: %v", perPartition)
	}
	t.Logf("bad domains by partition: %v", perPartition)

	// The list comes in partition and then name order.
	var wantBad []string
	for p := range int32(testPartitions) {
		ds := slices.Clone(perPartition[p])
		slices.Sort(ds)
		wantBad = append(wantBad, ds...)
	}

	for _, limit := range []int{1, 2, 3, 5, len(bad) - 1, len(bad), len(bad) + 1, 1000} {
		t.Run(fmt.Sprintf("bad, limit %d", limit), func(t *testing.T) {
			got, pages := f.pages(t, "bad", limit)
			if !slices.Equal(got, wantBad) {
				t.Errorf("listed (in %d pages)\n  %v\nwant\n  %v", pages, got, wantBad)
			}
			if want := max(1, (len(wantBad)+limit-1)/limit); pages != want {
				t.Errorf("%d pages, want %d", pages, want)
			}
		})
	}
	t.Run("status defaults to bad", func(t *testing.T) {
		got, _ := f.pages(t, "", 2)
		if !slices.Equal(got, wantBad) {
			t.Errorf("listed %v, want %v", got, wantBad)
		}
	})
	t.Run("good", func(t *testing.T) {
		got, _ := f.pages(t, "good", 2)
		slices.Sort(got)
		slices.Sort(good)
		if !slices.Equal(got, good) {
			t.Errorf("good domains %v, want %v", got, good)
		}
	})
	t.Run("entries are full statuses", func(t *testing.T) {
		var page api.DomainPage
		f.get("/api/v1/domains?status=bad&limit=1", &page)
		if len(page.Domains) != 1 {
			t.Fatalf("page %+v", page)
		}
		d := page.Domains[0]
		if d.Attempts != 3 || d.Failures != 3 || d.Window != 25 || d.Since == nil || len(d.TopCategories) != 3 || d.LastResponse != mailboxFull.response {
			t.Errorf("entry %+v is not the domain's full status", d)
		}
	})
	t.Run("a domain that turns bad while paging is listed once", func(t *testing.T) {
		var first api.DomainPage
		f.get("/api/v1/domains?status=bad&limit=4", &first)
		if first.NextCursor == "" {
			t.Fatal("no second page")
		}
		// A domain sorting before every listed one turns Bad: the pages
		// after the cursor must still be complete and free of repeats.
		late := "aaa-late.example"
		f.produce(failure(late, userUnknown), failure(late, userUnknown), failure(late, userUnknown))
		f.waitAttempts(map[string]int{late: 3})
		got := slices.Clone(namesOf(first.Domains))
		cursor := first.NextCursor
		for cursor != "" {
			var page api.DomainPage
			code, body := f.get("/api/v1/domains?status=bad&limit=4&cursor="+url.QueryEscape(cursor), &page)
			if code != http.StatusOK {
				t.Fatalf("%d %s", code, body)
			}
			got = append(got, namesOf(page.Domains)...)
			cursor = page.NextCursor
		}
		seen := map[string]bool{}
		for _, d := range got {
			if seen[d] {
				t.Errorf("%s listed twice", d)
			}
			seen[d] = true
		}
		for _, d := range bad {
			if !seen[d] {
				t.Errorf("%s missing", d)
			}
		}
	})
}

func namesOf(ss []api.Status) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Domain
	}
	return out
}

// TestBadRequests checks that bad input is answered with 400 and a JSON
// error naming the parameter.
func TestBadRequests(t *testing.T) {
	f := newFixture(t)
	f.run()
	cur := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	tests := []struct {
		path  string
		param string
	}{
		{"/api/v1/domains/bad!domain/status", "domain"},
		{"/api/v1/domains/bad!domain/live", "domain"},
		{"/api/v1/domains/" + strings.Repeat("a", 300) + ".example/status", "domain"},
		{"/api/v1/domains/a%20b.example/status", "domain"},
		{"/api/v1/domains?status=foo", "status"},
		{"/api/v1/domains?status=goodish", "status"},
		{"/api/v1/domains?status=%00", "status"},
		{"/api/v1/domains?limit=0", "limit"},
		{"/api/v1/domains?limit=-1", "limit"},
		{"/api/v1/domains?limit=5000", "limit"},
		{"/api/v1/domains?limit=1001", "limit"},
		{"/api/v1/domains?limit=ten", "limit"},
		{"/api/v1/domains?cursor=garbage!!", "cursor"},
		{"/api/v1/domains?cursor=" + cur("no-slash"), "cursor"},
		{"/api/v1/domains?cursor=" + cur("x/a.example"), "cursor"},
		{"/api/v1/domains?cursor=" + cur("01/a.example"), "cursor"},
		{"/api/v1/domains?cursor=" + cur("+1/a.example"), "cursor"},
		{"/api/v1/domains?cursor=" + cur("-1/a.example"), "cursor"},
		{"/api/v1/domains?cursor=" + cur("4294967296/a.example"), "cursor"},
		{"/api/v1/domains?partition=-1", "partition"},
		{"/api/v1/domains?partition=3", "partition"},
		{"/api/v1/domains?partition=one", "partition"},
		{"/api/v1/domains?status=bad&limit=2&cursor=" + cur("zz"), "cursor"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			var e struct {
				Error string `json:"error"`
			}
			code, body := f.get(tc.path, &e)
			if code != http.StatusBadRequest {
				t.Fatalf("%d %s, want 400", code, body)
			}
			if !strings.HasPrefix(e.Error, tc.param+":") {
				t.Errorf("error %q does not name %s", e.Error, tc.param)
			}
			if !json.Valid(body) {
				t.Errorf("body %q is not JSON", body)
			}
		})
	}
	for _, ok := range []string{
		"/api/v1/domains?limit=1000",
		"/api/v1/domains?status=BAD", "/api/v1/domains?status=Good", "/api/v1/domains?status=unknown", "/api/v1/domains?status=ALL",
		// A cursor after a domain with an empty name (which older
		// versions stored) is one the server made: it is accepted.
		"/api/v1/domains?cursor=" + cur("1/"),
		"/api/v1/domains?cursor=" + cur("2/zz.example"),
	} {
		t.Run(ok+" is accepted", func(t *testing.T) {
			if code, body := f.get(ok, nil); code != http.StatusOK {
				t.Errorf("%d %s", code, body)
			}
		})
	}
}
