package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/accounts"
	"github.com/mailflow/mailflow/audit"
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
	if !strings.Contains(r.stderr, "m1 <m1@r.example>") || strings.Contains(r.stderr, tok) {
		t.Fatalf("stderr %q: want the manager named and the token not repeated", r.stderr)
	}
	st, err := accounts.Open(ctx, "mailflow.accounts", []kgo.Opt{kgo.SeedBrokers(b.addr)}, accounts.WithParams(accounts.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if m, err := st.UseLink(ctx, tok, "a good long password"); err != nil || m != "m1" {
		t.Fatalf("use the printed link: %q %v", m, err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--manager", "nobody"}, `no manager "nobody"`},
		{[]string{"--manager", "hook"}, "has no email"},
		{nil, "--manager ID is required"},
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
