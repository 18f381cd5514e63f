package main

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestCommandFirst checks that flags typed before the command belong to
// it, for every command shape: one with a positional argument, one of
// subcommands, and words that are a flag's value rather than the command.
func TestCommandFirst(t *testing.T) {
	for _, tc := range []struct {
		args, want []string
	}{
		{[]string{"status", "d"}, []string{"status", "d"}},
		{[]string{"--api", "http://x", "status", "d"}, []string{"status", "--api", "http://x", "d"}},
		{[]string{"--json", "--api=http://x", "status", "d", "--live", "2"}, []string{"status", "--json", "--api=http://x", "d", "--live", "2"}},
		{[]string{"--brokers", "h:1", "config", "get"}, []string{"config", "get", "--brokers", "h:1"}},
		{[]string{"--brokers", "h:1", "config", "apply", "-f", "x.yaml"}, []string{"config", "apply", "--brokers", "h:1", "-f", "x.yaml"}},
		{[]string{"--manager", "m1", "account", "set-password-link"}, []string{"account", "set-password-link", "--manager", "m1"}},
		{[]string{"--file", "mail.log", "--dry-run", "ingest", "postfix"}, []string{"ingest", "postfix", "--file", "mail.log", "--dry-run"}},
		{[]string{"--text", "diagnose"}, []string{"diagnose", "--text"}},
		// "status" is the value of -q here, and "logs" the command.
		{[]string{"-q", "status", "logs", "d"}, []string{"logs", "-q", "status", "d"}},
		{[]string{"--api", "http://x", "--help", "status"}, []string{"status", "--api", "http://x", "--help"}},
		{[]string{"--events", "10", "bench", "logs"}, []string{"bench", "logs", "--events", "10"}},
		// Between a command and its subcommand.
		{[]string{"config", "--brokers", "h:1", "get"}, []string{"config", "get", "--brokers", "h:1"}},
		{[]string{"ingest", "--file", "mail.log", "postfix", "--dry-run"}, []string{"ingest", "postfix", "--file", "mail.log", "--dry-run"}},
		{[]string{"--json", "config", "--brokers", "h:1", "audit"}, []string{"config", "audit", "--json", "--brokers", "h:1"}},
		{[]string{"config", "--nonsense", "get"}, []string{"config", "--nonsense", "get"}},
		// Flags no command on the line has: left as they are.
		{[]string{"--nonsense", "status", "d"}, []string{"--nonsense", "status", "d"}},
		{[]string{"--api", "status"}, []string{"--api", "status"}},
		{[]string{"--json"}, []string{"--json"}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			env := &environment{getenv: func(string) string { return "" }}
			if got := commandFirst(t.Context(), env, tc.args); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGlobalFlagsBeforeCommand runs the line of the review finding,
// "mailflow --api URL status d", against a real HTTP server, and checks
// that flags no command takes are refused with a clear message.
func TestGlobalFlagsBeforeCommand(t *testing.T) {
	st, ll := cannedStatus(time.Now())
	srv := httptest.NewServer(cannedAPI(&st, &ll, http.NotFound))
	defer srv.Close()
	for _, args := range [][]string{
		{"--api", srv.URL, "status", "woodgrove.example"},
		{"--api=" + srv.URL, "--json", "status", "woodgrove.example"},
		{"--json", "status", "--api", srv.URL, "woodgrove.example"},
	} {
		r := runMailflow(t, nil, "", args...)
		if r.code != 0 || !strings.Contains(r.stdout, "woodgrove") {
			t.Errorf("%q: exit %d\nstdout %s\nstderr %s", args, r.code, r.stdout, r.stderr)
		}
	}
	r := runMailflow(t, nil, "", "--nonsense", "status", "woodgrove.example")
	if r.code != 2 || !strings.Contains(r.stderr, `"--nonsense" is a flag`) {
		t.Errorf("unknown flag first: exit %d, stderr %s", r.code, r.stderr)
	}
}
