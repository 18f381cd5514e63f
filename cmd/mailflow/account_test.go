package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/accounts"
	"github.com/mailflow/mailflow/audit"
	"github.com/mailflow/mailflow/consoleapi"
	"github.com/mailflow/mailflow/directory"
)

// TestAccountSetPasswordLink prints a one-time link for a manager of the
// directory; the link's token sets the password once.
func TestAccountSetPasswordLink(t *testing.T) {
	b := newTestBroker(t)
	b.ensureTopics(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var recs []directory.Record
	for _, e := range []any{directory.Reseller{ID: "r1"}, directory.Manager{ID: "m1", Level: directory.LevelReseller, Of: "r1", Email: "m1@r.example"},
		directory.Manager{ID: "hook", Level: directory.LevelReseller, Of: "r1", WebhookURL: "https://h.example/x", WebhookSecret: "whsec_MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz"}} {
		r, err := directory.EncodeRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := directory.Publish(ctx, b.cl, b.topics.Config, recs); err != nil {
		t.Fatal(err)
	}
	r := runMailflow(t, nil, "", "account", "set-password-link", "--brokers", b.addr, "--manager", "m1", "--console-url", "https://console.example/")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	link := strings.TrimSpace(r.stdout)
	tok, ok := strings.CutPrefix(link, "https://console.example/static/account.html#set=")
	if !ok || len(tok) != 64 {
		t.Fatalf("link %q", link)
	}
	if !strings.Contains(r.stderr, "m1 <m1@r.example>") || strings.Contains(r.stderr, tok) || strings.Contains(r.stderr, "warning") {
		t.Fatalf("stderr %q: want the manager named, the token not repeated and no warning", r.stderr)
	}
	st, err := accounts.Open(ctx, "mailflow.accounts", []kgo.Opt{kgo.SeedBrokers(b.addr)}, accounts.WithParams(accounts.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if m, err := st.UseLink(ctx, tok, "a good long password", nil); err != nil || m != "m1" {
		t.Fatalf("use the printed link: %q %v", m, err)
	}
	// Without --console-url the link points at dev's console on this
	// machine: it works, with a warning.
	if r := runMailflow(t, nil, "", "account", "set-password-link", "--brokers", b.addr, "--manager", "m1"); r.code != 0 ||
		!strings.HasPrefix(r.stdout, "http://127.0.0.1:8080/static/account.html#set=") || !strings.Contains(r.stderr, "warning: the link points at http://127.0.0.1:8080") {
		t.Fatalf("default console URL: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--manager", "nobody"}, `no manager "nobody"`},
		{[]string{"--manager", "hook"}, "has no email"},
		{nil, "--manager ID is required"},
		{[]string{"--manager", "m1", "--console-url", "javascript:alert(1)//"}, "is not an http or https address"},
		{[]string{"--manager", "m1", "--console-url", "file:///etc/passwd"}, "is not an http or https address"},
		{[]string{"--manager", "m1", "--console-url", "https://user:pw@console.example"}, "is not an http or https address"},
		{[]string{"--manager", "m1", "--console-url", "console.example"}, "is not an http or https address"},
		{[]string{"--manager", "m1", "--console-url", "https://console.example/?a"}, "is not an http or https address"},
		{[]string{"--manager", "m1", "--console-url", "https://console.example/#x"}, "is not an http or https address"},
	} {
		r := runMailflow(t, nil, "", append([]string{"account", "set-password-link", "--brokers", b.addr}, tc.args...)...)
		if r.code == 0 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
}

// TestConfigAudit lists the audit topic as a table and as JSON Lines.
func TestConfigAudit(t *testing.T) {
	b := newTestBroker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := audit.EnsureTopic(ctx, b.cl, "mailflow.audit"); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC)
	if err := audit.NewLog(b.cl, "mailflow.audit").Write(ctx,
		audit.Entry{At: at, Actor: "m1", ActorEmail: "m1@r.example", Via: "session", Remote: "192.0.2.7", Action: "settings.set", Key: "customer/c1"},
		audit.Entry{At: at.Add(time.Minute), Actor: "operator", Via: "admin", Remote: "192.0.2.8", Action: "subscription.delete", Key: "subscription/s1"}); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr strings.Builder
	env := &environment{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	if err := runConfigAudit(ctx, env, []string{"--brokers", b.addr}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[1], "2026-11-30T06:00:00Z  m1 <m1@r.example>  session  192.0.2.7  settings.set") || !strings.Contains(lines[2], "operator") {
		t.Fatalf("table:\n%s", stdout.String())
	}
	stdout.Reset()
	if err := runConfigAudit(ctx, env, []string{"--brokers", b.addr, "--json"}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(stdout.String(), `"action":`); n != 2 {
		t.Fatalf("JSON Lines:\n%s", stdout.String())
	}
}

// consoleInstance is the console API of one mailflow instance: its own
// accounts store and directory table on the shared topics, behind a real
// HTTP server.
type consoleInstance struct {
	url string
	acc *accounts.Store
}

func startConsoleInstance(t *testing.T, ctx context.Context, b *testBroker) *consoleInstance {
	t.Helper()
	opts := []kgo.Opt{kgo.SeedBrokers(b.addr)}
	log := slog.New(slog.DiscardHandler)
	acc, err := accounts.Open(ctx, "mailflow.accounts", opts, accounts.WithLogger(log),
		accounts.WithParams(accounts.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(acc.Close)
	table, err := directory.NewTable(ctx, b.topics.Config, log, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(table.Close)
	if err := table.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	h, err := consoleapi.New(ctx, consoleapi.Config{Directory: table.Current, Client: b.cl, ConfigTopic: b.topics.Config,
		AuditTopic: "mailflow.audit", Accounts: acc, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h.Wrap(http.NotFoundHandler()))
	t.Cleanup(srv.Close)
	return &consoleInstance{url: srv.URL, acc: acc}
}

// browserSession is a signed-in console session: its cookie and CSRF
// token, usable against any instance (the cookie is the server's, the
// session is on the accounts topic).
type browserSession struct {
	cookie *http.Cookie
	csrf   string
}

// call sends one request with the session's cookie (or a bearer token)
// to an instance and returns the status code and body.
func call(t *testing.T, ctx context.Context, method, url string, s *browserSession, token, agent string, body any) (int, string) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	if agent != "" {
		req.Header.Set("User-Agent", agent)
	}
	if s != nil {
		req.AddCookie(s.cookie)
		req.Header.Set(accounts.CSRFHeader, s.csrf)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func signInAt(t *testing.T, ctx context.Context, in *consoleInstance, email, agent string) *browserSession {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, in.url+"/api/v1/session",
		strings.NewReader(fmt.Sprintf(`{"email":%q,"password":"a good long password"}`, email)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("User-Agent", agent)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var v struct {
		CSRF string `json:"csrf_token"`
	}
	if resp.StatusCode != http.StatusOK || json.Unmarshal(b, &v) != nil || v.CSRF == "" || len(resp.Cookies()) == 0 {
		t.Fatalf("sign in %s: %s %s", email, resp.Status, b)
	}
	return &browserSession{cookie: resp.Cookies()[0], csrf: v.CSRF}
}

// TestAccountRevokeEveryInstance: an operator lists a manager's console
// sessions and API tokens with `mailflow account sessions|tokens list`
// and ends them with `… revoke` (one by id, or --all), and each revoked
// session and token is refused by every instance — two console APIs with
// their own accounts stores on one broker, as two `mailflow run` — while
// the others keep working; every revocation is in the audit (issue 17's
// review: there was no way to end a manager's sessions or tokens but to
// reset the password).
func TestAccountRevokeEveryInstance(t *testing.T) {
	b := newTestBroker(t)
	b.ensureTopics(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var recs []directory.Record
	for _, e := range []any{directory.Reseller{ID: "r1"},
		directory.Manager{ID: "m1", Level: directory.LevelReseller, Of: "r1", Email: "m1@r.example"},
		directory.Manager{ID: "m2", Level: directory.LevelReseller, Of: "r1", Email: "m2@r.example"}} {
		r, err := directory.EncodeRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := directory.Publish(ctx, b.cl, b.topics.Config, recs); err != nil {
		t.Fatal(err)
	}
	one, two := startConsoleInstance(t, ctx, b), startConsoleInstance(t, ctx, b)
	for _, m := range []string{"m1", "m2"} {
		if err := one.acc.SetPassword(ctx, accounts.PasswordContext{ManagerID: m}, "a good long password"); err != nil {
			t.Fatal(err)
		}
	}
	laptop := signInAt(t, ctx, one, "m1@r.example", "LaptopBrowser/1.0")
	phone := signInAt(t, ctx, two, "m1@r.example", "PhoneBrowser/2.0")
	other := signInAt(t, ctx, one, "m2@r.example", "OtherBrowser/3.0")
	tokens := map[string]string{} // name → token
	ids := map[string]string{}    // name → id
	for _, name := range []string{"ci", "backup"} {
		code, body := call(t, ctx, "POST", two.url+"/api/v1/me/tokens", phone, "", "", map[string]string{"name": name})
		var v struct{ ID, Token string }
		if code != http.StatusCreated || json.Unmarshal([]byte(body), &v) != nil {
			t.Fatalf("create token %s: %d %s", name, code, body)
		}
		tokens[name], ids[name] = v.Token, v.ID
	}

	// who answers how each instance sees a session or a token: 200 when
	// it is honoured.
	who := func(in *consoleInstance, s *browserSession, token string) int {
		code, _ := call(t, ctx, "GET", in.url+"/api/v1/session", s, token, "", nil)
		return code
	}
	// expect waits until every instance answers want for the session or
	// token (a revocation reaches an instance with its next fetch), then
	// checks that it stays so.
	expect := func(what string, s *browserSession, token string, want int) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for _, in := range []*consoleInstance{one, two} {
			for who(in, s, token) != want {
				if time.Now().After(deadline) {
					t.Fatalf("%s: instance %s answers %d, want %d", what, in.url, who(in, s, token), want)
				}
				time.Sleep(20 * time.Millisecond)
			}
		}
		for _, in := range []*consoleInstance{one, two} {
			if got := who(in, s, token); got != want {
				t.Fatalf("%s: instance %s answers %d after answering %d", what, in.url, got, want)
			}
		}
	}
	expect("the laptop's session", laptop, "", 200)
	expect("the phone's session", phone, "", 200)
	expect("m2's session", other, "", 200)
	expect("the ci token", nil, tokens["ci"], 200)
	expect("the backup token", nil, tokens["backup"], 200)

	acct := func(args ...string) result {
		t.Helper()
		return runMailflow(t, nil, "", append([]string{"account"}, append(args, "--brokers", b.addr)...)...)
	}
	// The list: m1's two sessions, where from and in which browser.
	r := acct("sessions", "list", "--manager", "m1", "--json")
	if r.code != 0 {
		t.Fatalf("sessions list: exit %d: %s", r.code, r.stderr)
	}
	var listed []accounts.SessionInfo
	for line := range strings.Lines(strings.TrimSpace(r.stdout)) {
		var s accounts.SessionInfo
		if err := json.Unmarshal([]byte(line), &s); err != nil {
			t.Fatalf("sessions list --json: %q: %v", line, err)
		}
		listed = append(listed, s)
	}
	agents := map[string]string{} // agent → id
	for _, s := range listed {
		if s.Manager != "m1" || s.SignedIn == nil || time.Since(*s.SignedIn) > time.Minute || s.Remote != "127.0.0.1" || len(s.ID) != accounts.SessionIDLength {
			t.Errorf("listed session %+v", s)
		}
		agents[s.Agent] = s.ID
	}
	if len(listed) != 2 || agents["LaptopBrowser/1.0"] == "" || agents["PhoneBrowser/2.0"] == "" {
		t.Fatalf("m1's sessions: %+v", listed)
	}
	r = acct("sessions", "list")
	if r.code != 0 || !regexp.MustCompile(`(?m)^MANAGER +SESSION +SIGNED IN +EXPIRES +FROM +BROWSER$`).MatchString(r.stdout) ||
		strings.Count(r.stdout, "\nm1 ") != 2 || strings.Count(r.stdout, "\nm2 ") != 1 || !strings.Contains(r.stdout, "OtherBrowser/3.0") {
		t.Fatalf("every manager's sessions: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	// One session ends everywhere; the others go on.
	r = acct("sessions", "revoke", "--manager", "m1", agents["LaptopBrowser/1.0"])
	if r.code != 0 || !strings.Contains(r.stdout, "revoked 1 session of m1") {
		t.Fatalf("revoke the laptop's session: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	expect("the revoked laptop session", laptop, "", http.StatusUnauthorized)
	expect("the phone's session after the laptop's was revoked", phone, "", 200)
	expect("m2's session after m1's was revoked", other, "", 200)

	// A wrong id revokes nothing, and says how to find the right one.
	r = acct("sessions", "revoke", "--manager", "m2", agents["PhoneBrowser/2.0"])
	if r.code == 0 || !strings.Contains(r.stderr, `manager "m2" has no live session`) || !strings.Contains(r.stderr, "account sessions list --manager m2") {
		t.Fatalf("revoke m1's session as m2's: exit %d\n%s", r.code, r.stderr)
	}
	expect("the phone's session after a refused revocation", phone, "", 200)

	// Tokens: listed without the token; one revoked by id, refused everywhere.
	r = acct("tokens", "list", "--manager", "m1")
	if r.code != 0 || !strings.Contains(r.stdout, ids["ci"]) || !strings.Contains(r.stdout, ids["backup"]) || !strings.Contains(r.stdout, "…"+tokens["ci"][len(tokens["ci"])-4:]) {
		t.Fatalf("tokens list: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, tok := range tokens {
		if strings.Contains(r.stdout, tok) || strings.Contains(r.stdout, tok[:20]) {
			t.Fatalf("tokens list prints a token:\n%s", r.stdout)
		}
	}
	r = acct("tokens", "revoke", "--manager", "m2", ids["ci"])
	if r.code == 0 || !strings.Contains(r.stderr, `manager "m2" has no API token`) {
		t.Fatalf("revoke m1's token as m2's: exit %d\n%s", r.code, r.stderr)
	}
	// The token itself names it too, and is never repeated back.
	r = acct("tokens", "revoke", "--manager", "m2", tokens["ci"])
	if r.code == 0 || !strings.Contains(r.stderr, "matching the token given") || strings.Contains(r.stderr, tokens["ci"]) {
		t.Fatalf("revoke m1's token by its value as m2's: exit %d\n%s", r.code, r.stderr)
	}
	r = acct("tokens", "revoke", "--manager", "m1", tokens["ci"])
	if r.code != 0 || !strings.Contains(r.stdout, "revoked 1 token of m1") || !strings.Contains(r.stdout, ids["ci"]) {
		t.Fatalf("revoke the ci token: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	expect("the revoked ci token", nil, tokens["ci"], http.StatusUnauthorized)
	expect("the backup token", nil, tokens["backup"], 200)

	// --all: every session and token of m1 ends; m2 is untouched.
	for _, what := range []string{"sessions", "tokens"} {
		if r = acct(what, "revoke", "--manager", "m1", "--all"); r.code != 0 || !strings.Contains(r.stdout, "revoked 1 ") {
			t.Fatalf("%s revoke --all: exit %d\n%s%s", what, r.code, r.stdout, r.stderr)
		}
	}
	expect("the phone's session after --all", phone, "", http.StatusUnauthorized)
	expect("the backup token after --all", nil, tokens["backup"], http.StatusUnauthorized)
	expect("m2's session after m1's --all", other, "", 200)
	if r = acct("sessions", "list", "--manager", "m1"); r.code != 0 || strings.Contains(r.stdout, "\nm1 ") || !strings.Contains(r.stderr, "no live sessions") {
		t.Fatalf("m1's sessions after --all: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// Nothing to revoke (a mistyped manager id) is an error, not success.
	for _, what := range []string{"sessions", "tokens"} {
		if r = acct(what, "revoke", "--manager", "nobody", "--all"); r.code == 0 || !strings.Contains(r.stderr, `manager "nobody" has no live `+what) {
			t.Fatalf("%s revoke --all of an unknown manager: exit %d\n%s%s", what, r.code, r.stdout, r.stderr)
		}
	}

	// The audit names each revocation: the operator, from the command line.
	es, _, err := audit.List(ctx, "mailflow.audit", time.Time{}, kgo.SeedBrokers(b.addr))
	if err != nil {
		t.Fatal(err)
	}
	var revs []string
	for _, e := range es {
		if strings.HasSuffix(e.Action, ".revoke") && e.Actor == "operator" && e.Via == "cli" {
			revs = append(revs, e.Action+" "+strings.SplitN(e.Key, "/", 2)[0])
		}
	}
	slices.Sort(revs)
	if want := []string{"session.revoke m1", "session.revoke m1", "token.revoke m1", "token.revoke m1"}; !slices.Equal(revs, want) {
		t.Errorf("audited revocations %q, want %q", revs, want)
	}

	// Usage errors.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"sessions", "revoke", "x"}, "--manager ID is required"},
		{[]string{"sessions", "revoke", "--manager", "m2"}, "or give --all"},
		{[]string{"tokens", "revoke", "--manager", "m2", "--all", "t1"}, "not both"},
		{[]string{"sessions", "list", "extra"}, `unexpected argument "extra"`},
		{[]string{"sessions", "frobnicate"}, `unknown subcommand "frobnicate"`},
		{[]string{"tokens"}, "needs list or revoke"},
	} {
		r := acct(tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
	if r := runMailflow(t, nil, "", "account", "tokens", "--help"); r.code != 0 || !strings.Contains(r.stdout, "account tokens revoke --manager ID (--all | ID...)") {
		t.Errorf("account tokens --help: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// Each command's --help (and `mailflow help …`) gives its usage, its
	// examples and its flags, as the README's walk-through wants of every
	// documented command.
	for _, c := range []string{"account sessions list", "account sessions revoke", "account tokens list", "account tokens revoke"} {
		r := runMailflow(t, nil, "", append(strings.Fields(c), "--help")...)
		if r.code != 0 || !strings.Contains(r.stdout, "usage: mailflow "+c+" ") || !strings.Contains(r.stdout, "\nexamples:\n  mailflow "+c+" ") || !strings.Contains(r.stdout, "-manager") {
			t.Errorf("mailflow %s --help: exit %d\n%s%s", c, r.code, r.stdout, r.stderr)
		}
		if h := runMailflow(t, nil, "", append([]string{"help"}, strings.Fields(c)...)...); h.code != 0 || h.stdout != r.stdout {
			t.Errorf("mailflow help %s differs from --help:\n%s%s", c, h.stdout, h.stderr)
		}
	}
}

// TestAccountListUnknownManager: `account sessions|tokens list --manager
// ID` of a manager the directory does not hold (a typo, most often) fails
// naming it, as set-password-link and revoke do; before, it printed an
// empty table and exited 0, which reads as "no credentials" (review
// S24A-11). A known manager without credentials, and no --manager, still
// list.
func TestAccountListUnknownManager(t *testing.T) {
	b := newTestBroker(t)
	b.ensureTopics(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var recs []directory.Record
	for _, e := range []any{directory.Reseller{ID: "r1"}, directory.Manager{ID: "m1", Level: directory.LevelReseller, Of: "r1", Email: "m1@r.example"}} {
		r, err := directory.EncodeRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := directory.Publish(ctx, b.cl, b.topics.Config, recs); err != nil {
		t.Fatal(err)
	}
	for _, what := range []string{"sessions", "tokens"} {
		for _, tc := range []struct {
			name    string
			args    []string
			code    int
			message string
		}{
			{"unknown manager", []string{"--manager", "NOSUCH"}, 1, `no manager "NOSUCH" in the directory`},
			{"another letter case", []string{"--manager", "M1"}, 1, `no manager "M1" in the directory`},
			{"unknown manager, JSON", []string{"--manager", "NOSUCH", "--json"}, 1, `no manager "NOSUCH" in the directory`},
			{"known manager", []string{"--manager", "m1"}, 0, ""},
			{"every manager", nil, 0, ""},
		} {
			t.Run(what+"/"+tc.name, func(t *testing.T) {
				r := runMailflow(t, nil, "", append([]string{"account", what, "list", "--brokers", b.addr}, tc.args...)...)
				if r.code != tc.code || !strings.Contains(r.stderr, tc.message) {
					t.Fatalf("exit %d, want %d; stderr %q, want %q", r.code, tc.code, r.stderr, tc.message)
				}
				if tc.code != 0 && r.stdout != "" {
					t.Errorf("stdout %q, want nothing (no table for an unknown manager)", r.stdout)
				}
			})
		}
	}
}
