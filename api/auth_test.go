package api_test

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
)

const (
	adminToken    = "admin-token-0123456789"
	resellerToken = "reseller-a-token"
	domainToken   = "domain-a00-token"
)

// scopedDirectory has two resellers, A (customers ca1, ca2) and B (cb1),
// with six domains each, and managers: A's NOC (reseller level), the
// postmaster of a00.example (domain level), B's NOC (no API token).
func scopedDirectory() []any {
	out := []any{
		directory.Reseller{ID: "ra"}, directory.Reseller{ID: "rb"},
		directory.Customer{ID: "ca1", Reseller: "ra"}, directory.Customer{ID: "ca2", Reseller: "ra"},
		directory.Customer{ID: "cb1", Reseller: "rb"},
	}
	for i := range 6 {
		out = append(out,
			directory.Domain{Name: fmt.Sprintf("a%02d.example", i), Customer: []string{"ca1", "ca2"}[i%2]},
			directory.Domain{Name: fmt.Sprintf("b%02d.example", i), Customer: "cb1"})
	}
	return append(out,
		directory.Manager{ID: "noc-a", Level: directory.LevelReseller, Of: "ra", Email: "noc@a.example", APITokenSHA256: directory.HashToken(resellerToken)},
		directory.Manager{ID: "pm-a00", Level: directory.LevelDomain, Of: "a00.example", Email: "pm@a00.example", APITokenSHA256: directory.HashToken(domainToken)},
		directory.Manager{ID: "noc-b", Level: directory.LevelReseller, Of: "rb", Email: "noc@b.example"},
	)
}

// scopedTraffic makes every domain of scopedDirectory Bad, plus
// stray.example (in no directory entry), and waits until f has them all.
func scopedTraffic(f *fixture) (a, b []string) {
	var script []attempt
	for i := range 6 {
		a = append(a, fmt.Sprintf("a%02d.example", i))
		b = append(b, fmt.Sprintf("b%02d.example", i))
	}
	for _, d := range append(append(slices.Clone(a), b...), "stray.example") {
		script = append(script, failure(d, userUnknown), failure(d, mailboxFull), failure(d, blocklisted))
	}
	f.waitAttempts(countByDomain(f.produce(script...)))
	return a, b
}

// inListOrder sorts domains as the list does: by partition, then name.
func inListOrder(f *fixture, ds []string) []string {
	var out []string
	for p := range int32(testPartitions) {
		var in []string
		for _, d := range ds {
			if partitionOf(f.topics.Deliveries, d) == p {
				in = append(in, d)
			}
		}
		slices.Sort(in)
		out = append(out, in...)
	}
	return out
}

// pagesAs follows the bad list with the given token and page size.
func (f *fixture) pagesAs(t *testing.T, token string, limit int) (names []string, pages int) {
	t.Helper()
	cursor := ""
	for {
		q := url.Values{"status": {"bad"}, "limit": {fmt.Sprint(limit)}}
		if cursor != "" {
			q.Set("cursor", cursor)
		}
		var page api.DomainPage
		if code, body := f.getAs(token, "/api/v1/domains?"+q.Encode(), &page); code != http.StatusOK {
			t.Fatalf("page %d: %d %s", pages+1, code, body)
		}
		pages++
		if page.NextCursor != "" && len(page.Domains) != limit {
			t.Errorf("page %d has %d domains (limit %d) and a next cursor: a page must fill with domains in scope", pages, len(page.Domains), limit)
		}
		names = append(names, namesOf(page.Domains)...)
		if page.NextCursor == "" || pages > 50 {
			return names, pages
		}
		cursor = page.NextCursor
	}
}

// expectOutOfScope checks that every domain endpoint answers 404 "no such
// domain in your scope" for domain.
func (f *fixture) expectOutOfScope(t *testing.T, token, domain string) {
	t.Helper()
	for _, path := range []string{"/status", "/live", "/live/stream"} {
		var e struct {
			Error string `json:"error"`
		}
		code, body := f.getAs(token, "/api/v1/domains/"+domain+path, &e)
		if code != http.StatusNotFound || e.Error != "no such domain in your scope" {
			t.Errorf("%s%s: %d %s; want 404 no such domain in your scope", domain, path, code, body)
		}
	}
}

func TestAuthOpenMode(t *testing.T) {
	f := newFixture(t, directory.Reseller{ID: "r"}, directory.Customer{ID: "c", Reseller: "r"},
		directory.Domain{Name: "open.example", Customer: "c"},
		directory.Manager{ID: "m", Level: directory.LevelReseller, Of: "r", Email: "m@r.example"})
	f.run()
	f.produce(failure("open.example", userUnknown), failure("open.example", mailboxFull), failure("open.example", blocklisted))
	f.waitAttempts(map[string]int{"open.example": 3})
	if code, body := f.getAs("", "/api/v1/domains?status=bad", nil); code != http.StatusOK || !strings.Contains(string(body), "open.example") {
		t.Fatalf("open mode list: %d %s", code, body)
	}
	if code, body := f.getAs("some-token", "/api/v1/domains/nowhere.example/status", nil); code != http.StatusOK {
		t.Errorf("open mode ignores a token: %d %s", code, body)
	}

	// Giving a manager a token closes the API, without a restart.
	f.publishConfig(directory.Manager{ID: "m", Level: directory.LevelReseller, Of: "r", Email: "m@r.example", APITokenSHA256: directory.HashToken("late-token")})
	f.waitFor("the API to need a token", func() bool {
		code, _ := f.getAs("", "/api/v1/domains?status=bad", nil)
		return code == http.StatusUnauthorized
	})
	if code, body := f.getAs("late-token", "/api/v1/domains/open.example/status", nil); code != http.StatusOK {
		t.Errorf("manager token: %d %s", code, body)
	}
}

func TestAuthScope(t *testing.T) {
	f := newFixtureToken(t, adminToken, scopedDirectory()...)
	f.run()
	a, b := scopedTraffic(f)

	t.Run("missing or bad token is 401", func(t *testing.T) {
		for _, tc := range []struct{ name, path, authorization string }{
			{"no token", "/api/v1/domains", ""},
			{"unknown token", "/api/v1/domains", "Bearer nope"},
			{"the hash is not the token", "/api/v1/domains/a00.example/status", "Bearer " + directory.HashToken(resellerToken)},
			{"basic", "/api/v1/domains", "Basic " + adminToken},
			{"access_token outside the stream", "/api/v1/domains?access_token=" + adminToken, ""},
			{"unknown path", "/api/v1/nothing", ""},
			{"stream without token", "/api/v1/domains/a00.example/live/stream", ""},
			{"stream with bad access_token", "/api/v1/domains/a00.example/live/stream?access_token=nope", ""},
		} {
			req, _ := http.NewRequestWithContext(f.ctx, http.MethodGet, f.srv.URL+tc.path, nil)
			if tc.authorization != "" {
				req.Header.Set("Authorization", tc.authorization)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusUnauthorized || !strings.HasPrefix(resp.Header.Get("WWW-Authenticate"), "Bearer") ||
				!strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
				t.Errorf("%s: %d, WWW-Authenticate %q, %s; want a 401 JSON Bearer challenge", tc.name, resp.StatusCode, resp.Header.Get("WWW-Authenticate"), resp.Header.Get("Content-Type"))
			}
		}
		for _, path := range []string{"/healthz", "/readyz", "/metrics"} {
			if code, body := f.getAs("", path, nil); code != http.StatusOK {
				t.Errorf("%s without a token: %d %s", path, code, body)
			}
		}
	})

	t.Run("admin sees everything", func(t *testing.T) {
		got, _ := f.pagesAs(t, adminToken, 5)
		if want := inListOrder(f, append(append(slices.Clone(a), b...), "stray.example")); !slices.Equal(got, want) {
			t.Errorf("list %v, want %v", got, want)
		}
		for _, d := range []string{"a01.example", "b03.example", "stray.example"} {
			if code, body := f.getAs(adminToken, "/api/v1/domains/"+d+"/status", nil); code != http.StatusOK {
				t.Errorf("%s: %d %s", d, code, body)
			}
		}
	})

	t.Run("reseller manager sees its customers' domains", func(t *testing.T) {
		want := inListOrder(f, a)
		for _, limit := range []int{1, 2, 4, 5, 6, 7, 1000} {
			got, pages := f.pagesAs(t, resellerToken, limit)
			if !slices.Equal(got, want) {
				t.Errorf("limit %d: list %v, want %v", limit, got, want)
			}
			if wantPages := max(1, (len(want)+limit-1)/limit); pages != wantPages {
				t.Errorf("limit %d: %d pages, want %d", limit, pages, wantPages)
			}
		}
		for _, d := range a {
			var st api.Status
			if code, body := f.getAs(resellerToken, "/api/v1/domains/"+d+"/status", &st); code != http.StatusOK || st.Reseller != "ra" {
				t.Errorf("%s: %d %s", d, code, body)
			}
			if code, body := f.getAs(resellerToken, "/api/v1/domains/"+d+"/live", nil); code != http.StatusOK {
				t.Errorf("%s live: %d %s", d, code, body)
			}
		}
		f.expectOutOfScope(t, resellerToken, b[0])
		f.expectOutOfScope(t, resellerToken, "stray.example")
		f.expectOutOfScope(t, resellerToken, "never-seen.example")
	})

	t.Run("domain manager sees one domain", func(t *testing.T) {
		if got, _ := f.pagesAs(t, domainToken, 1); !slices.Equal(got, []string{"a00.example"}) {
			t.Errorf("list %v, want [a00.example]", got)
		}
		if code, body := f.getAs(domainToken, "/api/v1/domains/a00.example/status", nil); code != http.StatusOK {
			t.Errorf("own domain: %d %s", code, body)
		}
		f.expectOutOfScope(t, domainToken, "a01.example")
		f.expectOutOfScope(t, domainToken, "b00.example")
	})

	t.Run("stream with access_token", func(t *testing.T) {
		s := f.openStreamAs("a01.example", "", "?access_token="+url.QueryEscape(resellerToken), "")
		if s.resp.StatusCode != http.StatusOK {
			t.Fatalf("stream: %d", s.resp.StatusCode)
		}
		if _, ok := s.next(t, 10*time.Second); !ok {
			t.Error("no event on the stream")
		}
		h := f.openStreamAs("a00.example", "", "", "Bearer "+domainToken)
		if h.resp.StatusCode != http.StatusOK {
			t.Errorf("stream with Authorization: %d", h.resp.StatusCode)
		}
		o := f.openStreamAs("b01.example", "", "?access_token="+url.QueryEscape(resellerToken), "")
		if o.resp.StatusCode != http.StatusNotFound {
			t.Errorf("stream of a domain outside the scope: %d, want 404", o.resp.StatusCode)
		}
	})
}

// TestAuthForwarding checks that a request answered by another instance
// (the owner of the domain or partition) keeps the caller's scope.
func TestAuthForwarding(t *testing.T) {
	x := newFixtureToken(t, adminToken, scopedDirectory()...)
	x.run()
	y := x.instance()
	y.run()
	x.waitFor("the partitions to be shared by both instances", func() bool {
		px, py := x.p.Ownership(), y.p.Ownership()
		return len(px.Partitions) > 0 && len(py.Partitions) > 0 && len(px.Restoring) == 0 && len(py.Restoring) == 0 &&
			len(px.Partitions)+len(py.Partitions) == testPartitions
	})
	a, b := scopedTraffic(x)
	y.waitAttempts(map[string]int{a[0]: 3, b[0]: 3})
	want := inListOrder(x, a)
	for _, f := range []*fixture{x, y} {
		for _, limit := range []int{1, 4, 100} {
			if got, _ := f.pagesAs(t, resellerToken, limit); !slices.Equal(got, want) {
				t.Errorf("%s, limit %d: list %v, want %v", f.srv.URL, limit, got, want)
			}
		}
		if got, _ := f.pagesAs(t, domainToken, 2); !slices.Equal(got, []string{"a00.example"}) {
			t.Errorf("%s: domain manager's list %v", f.srv.URL, got)
		}
		// Every domain through this instance: some answered locally, the
		// others by the owner.
		for _, d := range a {
			if code, body := f.getAs(resellerToken, "/api/v1/domains/"+d+"/status", nil); code != http.StatusOK {
				t.Errorf("%s via %s: %d %s", d, f.srv.URL, code, body)
			}
		}
		for _, d := range b {
			f.expectOutOfScope(t, resellerToken, d)
		}
		for _, d := range append(slices.Clone(a), b...) {
			s := f.openStreamAs(d, "", "?access_token="+url.QueryEscape(resellerToken), "")
			wantCode := http.StatusOK
			if d[0] == 'b' {
				wantCode = http.StatusNotFound
			}
			if s.resp.StatusCode != wantCode {
				t.Errorf("stream of %s via %s: %d, want %d", d, f.srv.URL, s.resp.StatusCode, wantCode)
			} else if wantCode == http.StatusOK {
				if _, ok := s.next(t, 10*time.Second); !ok {
					t.Errorf("stream of %s via %s: no event", d, f.srv.URL)
				}
			}
			s.close()
		}
	}

	// The owner trusts only requests signed with the cluster secret: one
	// that merely says it was forwarded is refused.
	for _, d := range a {
		req, _ := http.NewRequestWithContext(x.ctx, http.MethodGet, x.srv.URL+"/api/v1/domains/"+d+"/status", nil)
		req.Header.Set(api.HeaderForwarded, "somebody")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("forwarded request without a signature: %d, want 403", resp.StatusCode)
		}
	}
}
