package api_test

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// pair is two API instances over one store: a owns the even partitions,
// b the odd ones, and each forwards the others' to the other, signed.
type pair struct {
	a, b   *memBackend
	sa, sb *httptest.Server
}

func newPair(t testing.TB, parts int32, cfg api.Config) *pair {
	t.Helper()
	x := &pair{a: newMemBackend(t, parts)}
	x.b = &memBackend{store: x.a.store, parts: parts}
	x.b.dir.Store(x.a.dir.Load())
	x.sa, x.sb = httptest.NewUnstartedServer(nil), httptest.NewUnstartedServer(nil)
	addrA, addrB := x.sa.Listener.Addr().String(), x.sb.Listener.Addr().String()
	x.a.owner = func(p int32) processor.Owner {
		if p%2 == 0 {
			return processor.Owner{Local: true}
		}
		return processor.Owner{Addr: addrB}
	}
	x.b.owner = func(p int32) processor.Owner {
		if p%2 == 1 {
			return processor.Owner{Local: true}
		}
		return processor.Owner{Addr: addrA}
	}
	ca, cb := cfg, cfg
	ca.Backend, ca.Self, ca.Log = x.a, addrA, testLogger()
	cb.Backend, cb.Self, cb.Log = x.b, addrB, testLogger()
	x.sa.Config.Handler, x.sb.Config.Handler = api.Handler(ca), api.Handler(cb)
	x.sa.Start()
	x.sb.Start()
	t.Cleanup(x.sa.Close)
	t.Cleanup(x.sb.Close)
	return x
}

func (x *pair) setDirectory(t testing.TB, entities ...any) {
	x.a.setDirectory(t, entities...)
	x.b.dir.Store(x.a.dir.Load())
}

// getJSON fetches u with token and decodes a 200 answer into v.
func getJSON(t testing.TB, u, token string, v any) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var raw json.RawMessage
	if err := json.NewDecoder(resp.Body).Decode(&raw); err != nil {
		t.Fatalf("GET %s: %d, body is not JSON: %v", u, resp.StatusCode, err)
	}
	if resp.StatusCode == http.StatusOK && v != nil {
		if err := json.Unmarshal(raw, v); err != nil {
			t.Fatal(err)
		}
	}
	return resp.StatusCode, string(raw)
}

// TestPagingProperty pages through the domain list over random partition
// counts, page sizes, statuses, callers and instances, and compares it with
// the full list worked out from what was stored: every matching domain
// exactly once, in partition and name order, every page but the last
// full, and a next cursor exactly when more follow.
func TestPagingProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 6))
	trials := 30
	if testing.Short() {
		trials = 8
	}
	for trial := range trials {
		parts := int32(1 + rng.IntN(9))
		cfg := api.Config{AdminToken: adminToken, ClusterSecret: testSecret, Limits: api.Limits{Rate: -1}}
		if trial%2 == 1 {
			// Scoped lists as for a large reseller: from the status
			// index, keeping what is in scope.
			cfg = api.WithoutScopeLookups(cfg)
		}
		x := newPair(t, parts, cfg)
		// Two resellers, three customers; a reseller manager, a customer
		// manager, a domain manager.
		entities := []any{
			directory.Reseller{ID: "r1"}, directory.Reseller{ID: "r2"},
			directory.Customer{ID: "c1", Reseller: "r1"}, directory.Customer{ID: "c2", Reseller: "r1"}, directory.Customer{ID: "c3", Reseller: "r2"},
		}
		status := map[string]schemas.Status{}
		customer := map[string]string{}
		n := rng.IntN(40)
		var goods, bads []string
		for i := range n {
			d := fmt.Sprintf("d%02d-%d.example", i, rng.IntN(1000))
			switch rng.IntN(3) {
			case 0:
				status[d] = schemas.StatusGood
				goods = append(goods, d)
			case 1:
				status[d] = schemas.StatusBad
				bads = append(bads, d)
			default:
				status[d] = schemas.StatusUnknown // in the directory only
			}
			if status[d] == schemas.StatusUnknown || rng.IntN(5) > 0 {
				c := []string{"c1", "c2", "c3"}[rng.IntN(3)]
				customer[d] = c
				entities = append(entities, directory.Domain{Name: d, Customer: c})
			}
		}
		if trial%4 == 3 {
			// A domain with an empty name, which older versions stored:
			// the cursor after it must be accepted.
			status[""] = schemas.StatusBad
			bads = append(bads, "")
		}
		var someDomain string
		for d := range customer {
			if someDomain == "" || d < someDomain {
				someDomain = d
			}
		}
		entities = append(entities,
			directory.Manager{ID: "m-r1", Level: directory.LevelReseller, Of: "r1", APITokenSHA256: directory.HashToken("tok-r1")},
			directory.Manager{ID: "m-c3", Level: directory.LevelCustomer, Of: "c3", APITokenSHA256: directory.HashToken("tok-c3")},
		)
		if someDomain != "" {
			entities = append(entities, directory.Manager{ID: "m-d", Level: directory.LevelDomain, Of: someDomain, APITokenSHA256: directory.HashToken("tok-d")})
		}
		x.setDirectory(t, entities...)
		x.a.put(t, schemas.StatusGood, goods...)
		x.a.put(t, schemas.StatusBad, bads...)

		sees := map[string]func(string) bool{
			adminToken: func(string) bool { return true },
			"tok-r1":   func(d string) bool { c, ok := customer[d]; return ok && (c == "c1" || c == "c2") },
			"tok-c3":   func(d string) bool { return customer[d] == "c3" },
			"tok-d":    func(d string) bool { _, ok := customer[d]; return ok && d == someDomain },
		}
		for q := range 12 {
			token := []string{adminToken, "tok-r1", "tok-c3", "tok-d"}[rng.IntN(4)]
			if token == "tok-d" && someDomain == "" {
				token = adminToken
			}
			filter := []string{"", "good", "BAD", "unknown", "all", "Good"}[rng.IntN(6)]
			var want []string
			for d, st := range status {
				match := filter == "all" || strings.EqualFold(filter, st.String()) || (filter == "" && st == schemas.StatusBad)
				if match && sees[token](d) {
					want = append(want, d)
				}
			}
			slices.SortFunc(want, func(p, q string) int {
				return cmp.Or(cmp.Compare(x.a.PartitionOf(p), x.a.PartitionOf(q)), cmp.Compare(p, q))
			})
			limit := 1 + rng.IntN(len(want)+2)
			srv := []*httptest.Server{x.sa, x.sb}[rng.IntN(2)]
			name := fmt.Sprintf("trial %d query %d: %d partitions, status %q, limit %d, token %s, via %s", trial, q, parts, filter, limit, token, srv.URL)

			var got []string
			cursor, pages := "", 0
			for {
				v := url.Values{"limit": {fmt.Sprint(limit)}}
				if filter != "" {
					v.Set("status", filter)
				}
				if cursor != "" {
					v.Set("cursor", cursor)
				}
				var page api.DomainPage
				if code, body := getJSON(t, srv.URL+"/api/v1/domains?"+v.Encode(), token, &page); code != http.StatusOK {
					t.Fatalf("%s: page %d: %d %s", name, pages+1, code, body)
				}
				pages++
				for _, st := range page.Domains {
					got = append(got, st.Domain)
				}
				if len(page.Domains) > limit {
					t.Fatalf("%s: page %d has %d domains", name, pages, len(page.Domains))
				}
				if page.NextCursor == "" {
					break
				}
				if len(page.Domains) != limit {
					t.Errorf("%s: page %d has %d domains and a cursor", name, pages, len(page.Domains))
				}
				if pages > len(want)+2 {
					t.Fatalf("%s: the cursor does not advance", name)
				}
				cursor = page.NextCursor
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s:\n  listed %q\n  want   %q", name, got, want)
			}
			if wantPages := max(1, (len(want)+limit-1)/limit); pages != wantPages {
				t.Errorf("%s: %d pages, want %d (a cursor after the last domain?)", name, pages, wantPages)
			}
		}
	}
}

// TestDomainListStatusFilter checks ?status: the default is bad, names
// are taken in any letter case, unknown lists the directory's domains
// without an attempt, all lists every domain.
func TestDomainListStatusFilter(t *testing.T) {
	x := newPair(t, 3, api.Config{ClusterSecret: testSecret})
	x.setDirectory(t, directory.Customer{ID: "c"},
		directory.Domain{Name: "new.example", Customer: "c"}, directory.Domain{Name: "good.example", Customer: "c"})
	x.a.put(t, schemas.StatusGood, "good.example")
	x.a.put(t, schemas.StatusBad, "bad.example")
	for _, tc := range []struct {
		status string
		want   []string
	}{
		{"", []string{"bad.example"}},
		{"bad", []string{"bad.example"}},
		{"BAD", []string{"bad.example"}},
		{"Good", []string{"good.example"}},
		{"unknown", []string{"new.example"}},
		{"all", []string{"bad.example", "good.example", "new.example"}},
	} {
		var page api.DomainPage
		if code, body := getJSON(t, x.sa.URL+"/api/v1/domains?limit=10&status="+tc.status, "", &page); code != http.StatusOK {
			t.Fatalf("status=%s: %d %s", tc.status, code, body)
		}
		var got []string
		for _, st := range page.Domains {
			got = append(got, st.Domain)
			if tc.status == "all" || tc.status == "unknown" {
				want := map[string]schemas.Status{"bad.example": schemas.StatusBad, "good.example": schemas.StatusGood, "new.example": schemas.StatusUnknown}[st.Domain]
				if st.Status != want {
					t.Errorf("status=%s: %s is %s, want %s", tc.status, st.Domain, st.Status, want)
				}
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("status=%s: %v, want %v", tc.status, got, tc.want)
		}
	}
}
