package consoleapi

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/accounts"
	"github.com/mailflow/mailflow/audit"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

const (
	adminToken   = "operator-token-for-tests-0123456789"
	testPassword = "correct horse battery staple"
	configTopic  = "mailflow.config"
	auditTopic   = "mailflow.audit"
)

var testParams = accounts.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// fixedStatuses is a StatusSource over a fixed map: the processor's real
// statuses are the API's to serve (APIStatuses), and the console's rules
// are what these tests are about.
type fixedStatuses map[string]schemas.Status

func (f fixedStatuses) Statuses(_ context.Context, names []string) (map[string]schemas.Status, error) {
	out := make(map[string]schemas.Status, len(names))
	for _, n := range names {
		if st, ok := f[n]; ok {
			out[n] = st
		}
	}
	return out, nil
}

// world is two resellers' trees: A (rA → cA1 → a1.example, rA → cA2 →
// a2.example) and B (rB → cB1 → b1.example), a manager at every level of
// each, all with passwords.
func world() []any {
	return []any{
		directory.Reseller{ID: "rA", Name: "Reseller A"},
		directory.Reseller{ID: "rB", Name: "Reseller B"},
		directory.Customer{ID: "cA1", Name: "Customer A1", Reseller: "rA"},
		directory.Customer{ID: "cA2", Name: "Customer A2", Reseller: "rA"},
		directory.Customer{ID: "cB1", Name: "Customer B1", Reseller: "rB"},
		directory.Domain{Name: "a1.example", Customer: "cA1"},
		directory.Domain{Name: "a2.example", Customer: "cA2"},
		directory.Domain{Name: "b1.example", Customer: "cB1"},
		directory.Manager{ID: "mRA", Level: directory.LevelReseller, Of: "rA", Email: "ra@a.example"},
		directory.Manager{ID: "mCA1", Level: directory.LevelCustomer, Of: "cA1", Email: "ca1@a.example"},
		directory.Manager{ID: "mDA1", Level: directory.LevelDomain, Of: "a1.example", Email: "da1@a.example"},
		directory.Manager{ID: "mRB", Level: directory.LevelReseller, Of: "rB", Email: "rb@b.example"},
		directory.Manager{ID: "mCB1", Level: directory.LevelCustomer, Of: "cB1", Email: "cb1@b.example"},
		directory.Manager{ID: "mDB1", Level: directory.LevelDomain, Of: "b1.example", Email: "db1@b.example"},
	}
}

type fixture struct {
	t        *testing.T
	ctx      context.Context
	opts     []kgo.Opt
	cl       *kgo.Client
	table    *directory.Table
	accounts *accounts.Store
	h        *Handler
	srv      *httptest.Server
}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// newFixture starts an in-process broker with the config topic holding
// entities, a directory table, an accounts store and the console API in
// front of next (404 for everything else when nil).
func newFixture(t *testing.T, entities []any, sts StatusSource, next http.Handler) *fixture {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	f := &fixture{t: t, ctx: ctx, opts: []kgo.Opt{kgo.SeedBrokers(c.ListenAddrs()...)}}
	f.cl, err = kgo.NewClient(f.opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.cl.Close)
	if _, err := kadm.NewClient(f.cl).CreateTopic(ctx, 1, 1, map[string]*string{"cleanup.policy": kadm.StringPtr("compact")}, configTopic); err != nil {
		t.Fatal(err)
	}
	if err := audit.EnsureTopic(ctx, f.cl, auditTopic); err != nil {
		t.Fatal(err)
	}
	var recs []directory.Record
	for _, e := range entities {
		r, err := directory.EncodeRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := directory.Publish(ctx, f.cl, configTopic, recs); err != nil {
		t.Fatal(err)
	}
	f.table, err = directory.NewTable(ctx, configTopic, quiet(), f.opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.table.Close)
	if err := f.table.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	f.accounts, err = accounts.Open(ctx, "mailflow.accounts", f.opts, accounts.WithParams(testParams), accounts.WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.accounts.Close)
	for _, e := range entities {
		if m, ok := e.(directory.Manager); ok {
			if err := f.accounts.SetPassword(ctx, accounts.PasswordContext{ManagerID: m.ID, Email: m.Email}, testPassword); err != nil {
				t.Fatal(err)
			}
		}
	}
	f.h, err = New(ctx, Config{Directory: f.table.Current, Client: f.cl, ConfigTopic: configTopic, AuditTopic: auditTopic,
		Accounts: f.accounts, Statuses: sts, AdminToken: adminToken, Log: quiet(),
		// Generous: the matrix test signs in a dozen times from one IP.
		Throttle: accounts.NewThrottle()})
	if err != nil {
		t.Fatal(err)
	}
	if next == nil {
		next = http.NotFoundHandler()
	}
	f.srv = httptest.NewServer(f.h.Wrap(next))
	t.Cleanup(f.srv.Close)
	return f
}

// client is an HTTP client with its own cookie jar: one browser.
type client struct {
	f     *fixture
	c     *http.Client
	csrf  string
	token string // bearer token instead of the session, when set
	// header is the last answer's header.
	header http.Header
}

func (f *fixture) client() *client {
	jar, _ := cookiejar.New(nil)
	return &client{f: f, c: &http.Client{Jar: jar}}
}

// signIn signs in and keeps the session's CSRF token.
func (f *fixture) signIn(email string) *client {
	f.t.Helper()
	c := f.client()
	code, body := c.do("POST", "/api/v1/session", map[string]string{"email": email, "password": testPassword})
	if code != 200 {
		f.t.Fatalf("sign in %s: %d %s", email, code, body)
	}
	var s sessionView
	if err := json.Unmarshal([]byte(body), &s); err != nil || s.CSRFToken == "" {
		f.t.Fatalf("sign in %s: %s (%v)", email, body, err)
	}
	c.csrf = s.CSRFToken
	return c
}

// do sends a request with a JSON body (nil for none), the CSRF token of
// the session and the headers a same-origin fetch sends.
func (c *client) do(method, path string, body any, hdr ...string) (int, string) {
	c.f.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(c.f.ctx, method, c.f.srv.URL+path, rd)
	if err != nil {
		c.f.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	if c.csrf != "" {
		req.Header.Set(accounts.CSRFHeader, c.csrf)
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i+1] == "" {
			req.Header.Del(hdr[i])
		} else {
			req.Header.Set(hdr[i], hdr[i+1])
		}
	}
	resp, err := c.c.Do(req)
	if err != nil {
		c.f.t.Fatal(err)
	}
	defer resp.Body.Close()
	c.header = resp.Header
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
