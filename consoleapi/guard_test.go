package consoleapi

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/api"
)

// consolePaths are console API requests a token can make, one of each
// kind of path the console serves before the read API (review finding
// F6: none of them was limited).
var consolePaths = []struct{ method, path string }{
	{"GET", "/api/v1/tree"},
	{"GET", "/api/v1/tree/customer/cA1"},
	{"GET", "/api/v1/settings/customer/cA1"},
	{"GET", "/api/v1/me/notifications"},
	{"GET", "/api/v1/silences"},
	{"GET", "/api/v1/session"},
	{"DELETE", "/api/v1/me/tokens/nope"},
}

// TestConsoleWrongTokensThrottled: after api.FailedAuthBurst wrong tokens
// from one client address (an IPv6 client by its /64, whatever address it
// takes in it) every console path answers a token from there 429 with
// Retry-After before looking at it — the right token too, so a guess
// cannot be confirmed — while another address is still answered.
func TestConsoleWrongTokensThrottled(t *testing.T) {
	f := newFixture(t, world(), fixedStatuses{}, nil)
	h := f.h.Wrap(http.NotFoundHandler())
	clients := []struct {
		name  string
		addr  func(i int) string
		other string
	}{
		{"ipv4", func(int) string { return "192.0.2.7:40000" }, "198.51.100.9:40000"},
		{"ipv6 in one /64", func(i int) string { return fmt.Sprintf("[2001:db8:1:2::%x]:443", i+1) }, "[2001:db8:1:3::1]:443"},
	}
	for _, p := range consolePaths {
		for _, cl := range clients {
			t.Run(p.method+" "+p.path+" "+cl.name, func(t *testing.T) {
				f.h.cfg.Guard = api.NewGuard(api.Limits{})
				do := func(addr, tok string) *httptest.ResponseRecorder {
					req := httptest.NewRequest(p.method, p.path, nil)
					req.RemoteAddr = addr
					req.Header.Set("Authorization", "Bearer "+tok)
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, req)
					return rec
				}
				for i := range api.FailedAuthBurst {
					if rec := do(cl.addr(i), fmt.Sprintf("guess-%d", i)); rec.Code != http.StatusUnauthorized {
						t.Fatalf("wrong token %d: %d %s, want 401", i, rec.Code, rec.Body)
					}
				}
				for _, tok := range []string{"guess-next", adminToken} {
					rec := do(cl.addr(api.FailedAuthBurst), tok)
					if rec.Code != http.StatusTooManyRequests {
						t.Fatalf("token %q after %d wrong ones: %d %s, want 429", tok, api.FailedAuthBurst, rec.Code, rec.Body)
					}
					if s, err := strconv.Atoi(rec.Header().Get("Retry-After")); err != nil || s < 1 {
						t.Errorf("Retry-After %q, want whole seconds", rec.Header().Get("Retry-After"))
					}
				}
				if rec := do(cl.other, adminToken); rec.Code == http.StatusTooManyRequests || rec.Code == http.StatusUnauthorized {
					t.Errorf("the operator's token from another address: %d %s", rec.Code, rec.Body)
				}
			})
		}
	}
}

// TestConsoleRateLimitPerCaller: the console's paths take every caller's
// requests from its bucket — the operator's token, a manager's token and a
// manager's session alike — and one caller over its limit leaves another's
// alone.
func TestConsoleRateLimitPerCaller(t *testing.T) {
	f := newFixture(t, world(), fixedStatuses{}, nil)
	const burst = 3
	tok, _, err := f.accounts.NewToken(f.ctx, "mCA1", "script")
	if err != nil {
		t.Fatal(err)
	}
	callers := []struct {
		name string
		make func() *client
	}{
		{"operator token", func() *client { c := f.client(); c.token = adminToken; return c }},
		{"manager token", func() *client { c := f.client(); c.token = tok; return c }},
		{"manager session", func() *client { return f.signIn("ra@a.example") }},
	}
	for _, who := range callers {
		t.Run(who.name, func(t *testing.T) {
			c := who.make()
			f.h.cfg.Guard = api.NewGuard(api.Limits{Rate: 0.001, Burst: burst})
			for i, p := range consolePaths {
				code, body := c.do(p.method, p.path, nil)
				if i < burst && code == http.StatusTooManyRequests {
					t.Fatalf("request %d (%s %s) within the burst: 429 %s", i, p.method, p.path, body)
				}
				if i >= burst && code != http.StatusTooManyRequests {
					t.Errorf("request %d (%s %s) over the burst of %d: %d %s, want 429", i, p.method, p.path, burst, code, body)
				}
				if i >= burst && code == http.StatusTooManyRequests && c.header.Get("Retry-After") == "" {
					t.Errorf("429 without Retry-After")
				}
			}
			other := f.signIn("cb1@b.example")
			if code, body := other.do("GET", "/api/v1/tree", nil); code != http.StatusOK {
				t.Errorf("another manager's tree: %d %s, want 200", code, body)
			}
		})
	}
}

// TestTreeStatusReadsChargedToTheCaller: the statuses a manager's tree
// reads through the read API count against that manager, not against the
// operator's token (review finding F3: one manager's tree views throttled
// the operator), and a manager over its limit gets 429 rather than a tree
// without statuses; wrong tokens from the loopback address, where the
// in-process reads seemed to come from, do not blank the trees of others.
func TestTreeStatusReadsChargedToTheCaller(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	in := startInstance(t, ctx, "consoleapi-charge", 1, "mCA1", "mRA")
	waitOwned(t, ctx, in)
	const burst = 6
	_, srv := in.serveWith(t, ctx, api.Limits{Rate: 0.001, Burst: burst})
	f := &fixture{t: t, ctx: ctx, srv: srv, accounts: in.acc}

	evil := f.signIn("ca1@a.example")
	for i := range burst / 2 {
		// One request and one status read (cA1 has one domain) each.
		if code, body := evil.do("GET", "/api/v1/tree/customer/cA1", nil); code != http.StatusOK || strings.Contains(body, "status_error") {
			t.Fatalf("tree %d: %d %s", i, code, body)
		}
	}
	if code, body := evil.do("GET", "/api/v1/tree/customer/cA1", nil); code != http.StatusTooManyRequests {
		t.Errorf("the manager's tree over its limit: %d %s, want 429", code, body)
	}
	op := f.client()
	op.token = adminToken
	for i := range burst {
		if code, body := op.do("GET", "/api/v1/domains/a1.example/status", nil); code != http.StatusOK {
			t.Fatalf("the operator's status read %d after a manager's trees: %d %s, want 200", i, code, body)
		}
	}

	// Wrong tokens from loopback (behind a same-host proxy: everyone).
	guesser := f.client()
	for i := range api.FailedAuthBurst + 1 {
		guesser.token = fmt.Sprintf("guess-%d", i)
		guesser.do("GET", "/api/v1/domains", nil)
	}
	other := f.signIn("ra@a.example")
	code, body := other.do("GET", "/api/v1/tree", nil)
	if code != http.StatusOK || strings.Contains(body, "status_error") {
		t.Errorf("another manager's tree after wrong tokens from loopback: %d %s, want 200 with statuses", code, body)
	}
}

// TestAPIStatusesOnAnOpenAPI: the console's in-process status reads are
// answered by an open API (mailflow dev before any credential), which
// answers only requests addressed to a local name (review finding F8).
func TestAPIStatusesOnAnOpenAPI(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	in := startInstance(t, ctx, "consoleapi-open", 1)
	waitOwned(t, ctx, in)
	apiH := api.Handler(api.Config{Backend: in.p, Log: quiet(), InternalToken: internalToken})
	for _, names := range [][]string{{"a1.example"}, {"a1.example", "a2.example", "b1.example"}} {
		src := &APIStatuses{API: apiH, Token: internalToken, Few: 1}
		if len(names) == 1 {
			src.Few = 25
		}
		if _, err := src.Statuses(ctx, names); err != nil {
			t.Errorf("statuses of %v from an open API: %v", names, err)
		}
	}
}

// waitOwned waits until the instance owns its partitions, restored: until
// then the read API answers 503 for them.
func waitOwned(t *testing.T, ctx context.Context, in *instance) {
	t.Helper()
	for {
		if o := in.p.Ownership(); o != nil && o.Joined && len(o.Restoring) == 0 && len(o.Partitions) > 0 {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatal("the instance never owned its partitions")
		case <-time.After(20 * time.Millisecond):
		}
	}
}
