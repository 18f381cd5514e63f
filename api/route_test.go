package api_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// TestTwoInstances runs two processors in one group: each owns some of the
// partitions, and either answers for every domain by forwarding to the
// owner.
func TestTwoInstances(t *testing.T) {
	a := newFixture(t)
	a.run()
	b := a.instance()
	b.run()
	a.waitFor("the partitions to be shared by both instances", func() bool {
		pa, pb := a.p.Ownership(), b.p.Ownership()
		all := slices.Sorted(slices.Values(append(slices.Clone(pa.Partitions), pb.Partitions...)))
		return len(pa.Partitions) > 0 && len(pb.Partitions) > 0 && len(pa.Restoring) == 0 && len(pb.Restoring) == 0 &&
			slices.Equal(all, []int32{0, 1, 2})
	})
	owner := map[int32]*fixture{}
	for _, p := range a.p.Ownership().Partitions {
		owner[p] = a
	}
	for _, p := range b.p.Ownership().Partitions {
		owner[p] = b
	}

	// Two bad domains in every partition.
	var bad []string
	var script []attempt
	per := map[int32]int{}
	for i := 0; len(bad) < 2*testPartitions; i++ {
		d := fmt.Sprintf("shared%02d.example", i)
		p := partitionOf(a.topics.Deliveries, d)
		if per[p] == 2 {
			continue
		}
		per[p]++
		bad = append(bad, d)
		script = append(script, failure(d, userUnknown), failure(d, mailboxFull), failure(d, blocklisted), delivered(d, time.Second))
	}
	evs := a.produce(script...)
	// Through either instance (forwarded when the other owns the domain).
	a.waitAttempts(countByDomain(evs))
	b.waitAttempts(countByDomain(evs))

	for _, d := range bad {
		own := owner[partitionOf(a.topics.Deliveries, d)]
		other := a
		if own == a {
			other = b
		}
		t.Run(d, func(t *testing.T) {
			var direct, forwarded api.Status
			if code, body := own.get("/api/v1/domains/"+d+"/status", &direct); code != http.StatusOK {
				t.Fatalf("owner: %d %s", code, body)
			}
			if code, body := other.get("/api/v1/domains/"+d+"/status", &forwarded); code != http.StatusOK {
				t.Fatalf("forwarded: %d %s", code, body)
			}
			if direct.Status.String() != "bad" || direct.Attempts != 4 || direct.Failures != 3 {
				t.Errorf("owner says %+v", direct)
			}
			if !reflect.DeepEqual(direct, forwarded) {
				t.Errorf("the instances disagree:\n  owner     %+v\n  forwarded %+v", direct, forwarded)
			}
			if live, code, body := other.waitLive(d, 4); code != http.StatusOK || len(live.Attempts) != 4 {
				t.Errorf("forwarded live log: %d %s", code, body)
			}
		})
	}

	t.Run("stream through the other instance", func(t *testing.T) {
		d := bad[0]
		other := a
		if owner[partitionOf(a.topics.Deliveries, d)] == a {
			other = b
		}
		var ids []string
		for _, e := range evs {
			if e.Domain == d {
				ids = append(ids, e.ID)
			}
		}
		s := other.openStream(d, "")
		if s.resp.StatusCode != http.StatusOK {
			t.Fatalf("stream: %d", s.resp.StatusCode)
		}
		s.expect(t, ids...)
		ev := a.produce(delivered(d, time.Second))[0]
		s.expect(t, ev.ID)
		s.expectNone(t)
	})

	t.Run("a forwarded request is not forwarded again", func(t *testing.T) {
		d := bad[0]
		other := a
		if owner[partitionOf(a.topics.Deliveries, d)] == a {
			other = b
		}
		req, _ := http.NewRequestWithContext(a.ctx, http.MethodGet, other.srv.URL+"/api/v1/domains/"+d+"/status", nil)
		api.SignForwarded(req, testSecret, "somebody", other.self(), "all")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
			t.Errorf("%d, Retry-After %q; want 503 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
		}
	})

	// The bad list in partition and then name order.
	var wantBad []string
	for p := range int32(testPartitions) {
		var ds []string
		for _, d := range bad {
			if partitionOf(a.topics.Deliveries, d) == p {
				ds = append(ds, d)
			}
		}
		slices.Sort(ds)
		wantBad = append(wantBad, ds...)
	}
	for _, f := range []*fixture{a, b} {
		name := "a"
		if f == b {
			name = "b"
		}
		for _, limit := range []int{1, 2, 3, 4, len(bad) - 1, len(bad), len(bad) + 1, 1000} {
			t.Run(fmt.Sprintf("the bad list of instance %s covers every partition, limit %d", name, limit), func(t *testing.T) {
				got, pages := f.pages(t, "bad", limit)
				if !slices.Equal(got, wantBad) {
					t.Errorf("listed (in %d pages)\n  %v\nwant\n  %v", pages, got, wantBad)
				}
				if want := max(1, (len(wantBad)+limit-1)/limit); pages != want {
					t.Errorf("%d pages, want %d", pages, want)
				}
			})
		}
	}

	t.Run("one forwarded request per remote partition", func(t *testing.T) {
		remote := int64(len(b.p.Ownership().Partitions))
		a.forwarded.Store(0)
		b.forwarded.Store(0)
		var page api.DomainPage
		if code, body := a.get(fmt.Sprintf("/api/v1/domains?status=bad&limit=%d", len(bad)), &page); code != http.StatusOK {
			t.Fatalf("%d %s", code, body)
		}
		if !slices.Equal(namesOf(page.Domains), wantBad) || page.NextCursor != "" {
			t.Errorf("page %v, cursor %q; want %v and no cursor", namesOf(page.Domains), page.NextCursor, wantBad)
		}
		if got := b.forwarded.Load(); got != remote {
			t.Errorf("the page asked the other instance %d times, want once per partition it owns (%d)", got, remote)
		}
		if got := a.forwarded.Load(); got != 0 {
			t.Errorf("the instance asked itself %d times", got)
		}

		// A page of one domain visits at most its own partition and the
		// next one with a domain.
		b.forwarded.Store(0)
		_, pages := a.pages(t, "bad", 1)
		if got := b.forwarded.Load(); got > 2*int64(pages) {
			t.Errorf("%d pages of one domain asked the other instance %d times", pages, got)
		}
	})

	t.Run("partition restricts the list to one partition", func(t *testing.T) {
		for p := range int32(testPartitions) {
			var want []string
			for _, d := range wantBad {
				if partitionOf(a.topics.Deliveries, d) == p {
					want = append(want, d)
				}
			}
			// From the owner, and forwarded to it from the other instance.
			for _, f := range []*fixture{a, b} {
				var page api.DomainPage
				code, body := f.get(fmt.Sprintf("/api/v1/domains?status=bad&partition=%d", p), &page)
				if code != http.StatusOK || !slices.Equal(namesOf(page.Domains), want) {
					t.Errorf("partition %d through %s: %d %s, want %v", p, f.srv.URL, code, body, want)
				}
			}
		}
		for _, v := range []string{"-1", "3", "x", "4294967296"} {
			var e struct {
				Error string `json:"error"`
			}
			if code, body := a.get("/api/v1/domains?partition="+v, &e); code != http.StatusBadRequest || !strings.HasPrefix(e.Error, "partition:") {
				t.Errorf("partition=%s: %d %s, want 400 naming partition", v, code, body)
			}
		}
	})

	t.Run("a forwarded list request for a partition owned elsewhere is refused", func(t *testing.T) {
		p := a.p.Ownership().Partitions[0]
		req, _ := http.NewRequestWithContext(a.ctx, http.MethodGet, fmt.Sprintf("%s/api/v1/domains?status=bad&partition=%d", b.srv.URL, p), nil)
		api.SignForwarded(req, testSecret, "somebody", b.self(), "all")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var e struct {
			Error     string `json:"error"`
			Retryable bool   `json:"retryable"`
		}
		_ = json.NewDecoder(resp.Body).Decode(&e)
		if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !e.Retryable || e.Error == "" {
			t.Errorf("%d, Retry-After %q, %+v; want 503 with Retry-After and a retryable error", resp.StatusCode, resp.Header.Get("Retry-After"), e)
		}
	})
}

// routed is a Backend with three partitions whose owners the test sets;
// the partitions it owns are empty.
type routed struct {
	store  *state.Store
	owners map[int32]processor.Owner
	err    error
}

func (b *routed) Store() *state.Store             { return b.store }
func (b *routed) Directory() *directory.Directory { return directory.New() }
func (b *routed) Ownership() *processor.Ownership {
	o := &processor.Ownership{Joined: true}
	for p, ow := range b.owners {
		if ow.Local {
			o.Partitions = append(o.Partitions, p)
		}
	}
	slices.Sort(o.Partitions)
	return o
}
func (b *routed) Advice(schemas.Category) string { return "" }
func (b *routed) Owner(context.Context, string) (processor.Owner, error) {
	return processor.Owner{Local: true}, nil
}
func (b *routed) Partitions() int32               { return testPartitions }
func (b *routed) PartitionOf(domain string) int32 { return partitionOf("deliveries", domain) }
func (b *routed) OwnerOf(_ context.Context, p int32) (processor.Owner, error) {
	o := b.owners[p]
	o.Partition = p
	return o, b.err
}

// TestDomainsDuringRebalance checks that the domain list is refused with a
// retryable 503, never answered with an incomplete page, when a partition
// cannot be read.
func TestDomainsDuringRebalance(t *testing.T) {
	store, err := state.Open(t.TempDir(), testLogger())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	// An address nobody listens on.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gone := ln.Addr().String()
	ln.Close()

	local := processor.Owner{Local: true}
	for _, tc := range []struct {
		name   string
		owners map[int32]processor.Owner
		err    error
		want   string // in the error
	}{
		{"no owner", map[int32]processor.Owner{0: local, 1: {}, 2: local}, nil, "partition 1 has no owner right now"},
		{"restoring", map[int32]processor.Owner{0: local, 1: local, 2: {Local: true, Restoring: true}}, nil, "partition 2 is being restored"},
		{"owner gone", map[int32]processor.Owner{0: local, 1: {Addr: gone}, 2: local}, nil, "the instance that owns partition 1 did not answer"},
		{"group unknown", map[int32]processor.Owner{0: local, 1: local, 2: local}, errors.New("describe group: boom"), "cannot find the instance that owns partition 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(api.Handler(api.Config{Backend: &routed{store: store, owners: tc.owners, err: tc.err}, Log: testLogger(), ClusterSecret: testSecret}))
			defer srv.Close()
			resp, err := http.Get(srv.URL + "/api/v1/domains?status=bad")
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var e struct {
				Error     string `json:"error"`
				Retryable bool   `json:"retryable"`
			}
			if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !e.Retryable || !strings.Contains(e.Error, tc.want) || strings.Contains(e.Error, gone) {
				t.Errorf("%d, Retry-After %q, %+v; want 503 with Retry-After and a retryable error about %q that does not name the address %s", resp.StatusCode, resp.Header.Get("Retry-After"), e, tc.want, gone)
			}
		})
	}
	t.Run("every partition readable", func(t *testing.T) {
		srv := httptest.NewServer(api.Handler(api.Config{Backend: &routed{store: store, owners: map[int32]processor.Owner{0: local, 1: local, 2: local}}}))
		defer srv.Close()
		resp, err := http.Get(srv.URL + "/api/v1/domains?status=bad")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%d, want 200", resp.StatusCode)
		}
	})
}
