package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"
)

// result is what one in-process run of mailflow produced.
type result struct {
	code           int
	stdout, stderr string
}

// runMailflow runs mainWithExit in-process with the given environment
// variables and stdin, bounded by a timeout.
func runMailflow(t *testing.T, vars map[string]string, stdin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	return runMailflowCtx(ctx, vars, stdin, args...)
}

func runMailflowCtx(ctx context.Context, vars map[string]string, stdin string, args ...string) result {
	var stdout, stderr bytes.Buffer
	env := &environment{
		stdin:  strings.NewReader(stdin),
		stdout: &stdout,
		stderr: &stderr,
		getenv: func(k string) string { return vars[k] },
		environ: func() []string {
			var kv []string
			for k, v := range vars {
				kv = append(kv, k+"="+v)
			}
			return kv
		},
	}
	code := mainWithExit(ctx, env, args)
	return result{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want []string
	}{
		{nil, 2, []string{"usage: mailflow COMMAND", "dev", "run", "sink", "broker", "produce", "status", "diagnose", "ingest", "config", "bench", "MAILFLOW_DATA_DIR"}},
		{[]string{"help"}, 0, []string{"usage: mailflow COMMAND"}},
		{[]string{"--help"}, 0, []string{"usage: mailflow COMMAND"}},
		{[]string{"frobnicate"}, 2, []string{`unknown command "frobnicate"`, "usage: mailflow COMMAND"}},
		{[]string{"stauts", "woodgrove.example"}, 2, []string{`unknown command "stauts": did you mean "status"?`}},
		{[]string{"lgos"}, 2, []string{`did you mean "logs"?`}},
		// a name that is no domain fails before any request
		{[]string{"status", "bad domain!", "--api", "http://127.0.0.1:1"}, 2, []string{`"bad domain!" is not a domain name`}},
		{[]string{"status", "a..example", "--api", "http://127.0.0.1:1"}, 2, []string{"is not a domain name"}},
		{[]string{"logs", "x_y/../z.example", "--api", "http://127.0.0.1:1"}, 2, []string{"is not a domain name"}},
		{[]string{"Status"}, 2, []string{`did you mean "status"?`}},
		{[]string{"confg", "get"}, 2, []string{`did you mean "config"?`}},
		{[]string{"--brokers", "x:1"}, 2, []string{`"--brokers" is a flag, and no command on the line takes`}},
		{[]string{"--api", "http://x", "--help", "status"}, 0, []string{"usage: mailflow status"}},
		{[]string{"--api", "http://x", "status", "--help"}, 0, []string{"usage: mailflow status"}},
		{[]string{"status", "-h"}, 0, []string{"usage: mailflow status", "-api", "MAILFLOW_", "examples:", "mailflow status woodgrove.example --api"}},
		{[]string{"help", "status"}, 0, []string{"usage: mailflow status", "-api"}},
		{[]string{"status", "woodgrove.example", "--help"}, 0, []string{"usage: mailflow status"}},
		{[]string{"config", "--help"}, 0, []string{"usage: mailflow config SUBCOMMAND", "apply", "get", "audit", "mailflow config get"}},
		{[]string{"config"}, 2, []string{"usage: mailflow config SUBCOMMAND"}},
		{[]string{"config", "apply", "--help"}, 0, []string{"usage: mailflow config apply", "-f", "-brokers", "(default 127.0.0.1:9092)"}},
		{[]string{"ingest", "-h"}, 0, []string{"usage: mailflow ingest SUBCOMMAND", "postfix"}},
		{[]string{"logs", "-q", "-h", "--help"}, 0, []string{"usage: mailflow logs"}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runMailflow(t, nil, "", tc.args...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", r.code, tc.code, r.stderr)
			}
			// Asked-for help goes to stdout (it can be paged); usage
			// after a mistake goes to stderr.
			out, other := r.stderr, r.stdout
			if tc.code == 0 {
				out, other = r.stdout, r.stderr
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if other != "" {
				t.Errorf("the other stream has %q, want nothing", other)
			}
		})
	}
}

// TestEveryCommandHasHelp: every command and subcommand answers --help
// with exit status 0, its flags and at least one example; a command
// without flags (version) prints no empty flags section.
func TestEveryCommandHasHelp(t *testing.T) {
	var names []string
	for _, c := range commands() {
		if subs := subcommands(c.name); len(subs) > 0 {
			for _, s := range subs {
				names = append(names, c.name+" "+s.name)
			}
			continue
		}
		names = append(names, c.name)
	}
	names = append(names, "bench restore")
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			r := runMailflow(t, nil, "", append(strings.Fields(name), "--help")...)
			if r.code != 0 {
				t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
			}
			want := []string{"usage: mailflow " + name, "examples:\n  mailflow " + name, "flags"}
			if name == "version" {
				want = want[:2]
			}
			for _, w := range want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("help lacks %q:\n%s", w, r.stdout)
				}
			}
			if _, after, ok := strings.Cut(r.stdout, "\nflags ("); ok && !strings.Contains(after, "\n  -") {
				t.Errorf("an empty flags section:\n%s", r.stdout)
			}
			if strings.Contains(r.stdout, " \n") {
				t.Errorf("a line ends in a space:\n%q", r.stdout)
			}
		})
	}
}

// TestFlagsAnywhere: flags after the positional argument work as before
// it, as people type them.
func TestFlagsAnywhere(t *testing.T) {
	tests := []struct {
		args    []string
		wantPos []string
		wantAPI string
		json    bool
	}{
		{[]string{"a.example"}, []string{"a.example"}, "default", false},
		{[]string{"a.example", "--api", "http://x", "--json"}, []string{"a.example"}, "http://x", true},
		{[]string{"--json", "a.example", "--api=http://x"}, []string{"a.example"}, "http://x", true},
		{[]string{"--api", "http://x", "--", "--json"}, []string{"--json"}, "http://x", false},
		{[]string{"a.example", "b.example", "--json"}, []string{"a.example", "b.example"}, "default", true},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			env := &environment{stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
			fs := newFlagSet(env, "status", "DOMAIN")
			apiURL := fs.String("api", "default", "")
			asJSON := fs.Bool("json", false, "")
			if err := fs.parse(tc.args); err != nil {
				t.Fatal(err)
			}
			if *apiURL != tc.wantAPI || *asJSON != tc.json || strings.Join(fs.Args(), " ") != strings.Join(tc.wantPos, " ") {
				t.Errorf("api %q json %v args %q; want %q %v %q", *apiURL, *asJSON, fs.Args(), tc.wantAPI, tc.json, tc.wantPos)
			}
		})
	}
}

// TestBadFlags checks that every command fails at once with exit status 2
// on a bad flag value, naming the flag, before it connects anywhere.
func TestBadFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		vars map[string]string
		want string // in stderr
	}{
		{"run without brokers", []string{"run"}, nil, "--brokers is required"},
		{"run brokers not host:port", []string{"run", "--brokers", "nohostport"}, nil, "--brokers"},
		{"run second broker not host:port", []string{"run", "--brokers", "a:9092,b"}, nil, `"b" is not host:port`},
		{"run partitions 0", []string{"run", "--brokers", "127.0.0.1:1", "--partitions", "0"}, nil, "--partitions"},
		{"run partitions not a number", []string{"run", "--brokers", "127.0.0.1:1", "--partitions", "six"}, nil, "partitions"},
		{"run replication 0", []string{"run", "--brokers", "127.0.0.1:1", "--replication", "0"}, nil, "--replication"},
		{"run http", []string{"run", "--brokers", "127.0.0.1:1", "--http", "nope"}, nil, "--http"},
		{"run advertise", []string{"run", "--brokers", "127.0.0.1:1", "--advertise", "nope"}, nil, "--advertise"},
		{"run data-dir", []string{"run", "--brokers", "127.0.0.1:1", "--data-dir", ""}, nil, "--data-dir"},
		{"run max-poll-records", []string{"run", "--brokers", "127.0.0.1:1", "--max-poll-records", "0"}, nil, "--max-poll-records"},
		{"run cache-size", []string{"run", "--brokers", "127.0.0.1:1", "--cache-size", "-1"}, nil, "--cache-size"},
		{"run log-compression", []string{"run", "--brokers", "127.0.0.1:1", "--log-compression", "lz4"}, nil, `--log-compression: "lz4" is not none or zstd`},
		{"dev log-compression", []string{"dev", "--log-compression", "snappy"}, nil, `--log-compression: "snappy" is not none or zstd`},
		{"run log-level", []string{"run", "--brokers", "127.0.0.1:1", "--log-level", "loud"}, nil, "--log-level"},
		{"run log-format", []string{"run", "--brokers", "127.0.0.1:1", "--log-format", "xml"}, nil, "--log-format"},
		{"run positional argument", []string{"run", "--brokers", "127.0.0.1:1", "extra"}, nil, `unexpected argument "extra"`},
		{"run unknown flag", []string{"run", "--bogus"}, nil, "bogus"},
		{"an id that starts with a dash", []string{"account", "sessions", "revoke", "--manager", "m1", "-kHZahxdY9CzP12o"}, nil, `an argument that starts with '-' goes after "--"`},
		{"a domain that starts with a dash", []string{"status", "-x.example"}, nil, `goes after "--"`},
		{"a flag one letter off", []string{"status", "a.example", "--jsn"}, nil, "did you mean --json?"},
		{"a flag with a letter too many", []string{"status", "a.example", "--apii", "http://x"}, nil, "did you mean --api?"},
		{"a flag in capitals", []string{"logs", "a.example", "--JSON"}, nil, "did you mean --json?"},
		{"two letters swapped", []string{"run", "--borkers", "127.0.0.1:1"}, nil, "did you mean --brokers?"},
		{"config audit since not a duration", []string{"config", "audit", "--brokers", "127.0.0.1:1", "--since", "a week"}, nil, `--since: "a week" is not a duration`},
		{"config audit since in the future", []string{"config", "audit", "--brokers", "127.0.0.1:1", "--since", "-1d"}, nil, "--since"},
		{"dev http", []string{"dev", "--http", "nope"}, nil, "--http"},
		{"dev kafka", []string{"dev", "--kafka", "nope"}, nil, "--kafka"},
		{"dev retention", []string{"dev", "--retention", "0s"}, nil, "--retention"},
		{"dev smtp-tls", []string{"dev", "--smtp-tls", "maybe"}, nil, "--smtp-tls"},
		{"produce without --file or --rate", []string{"produce", "--brokers", "127.0.0.1:1"}, nil, "--file or --rate"},
		{"produce with --file and --rate", []string{"produce", "--brokers", "127.0.0.1:1", "--file", "x", "--rate", "5"}, nil, "--file or --rate"},
		{"produce mix out of range", []string{"produce", "--brokers", "127.0.0.1:1", "--rate", "10", "--mix", "bounced=2"}, nil, "--mix"},
		{"produce mix unknown outcome", []string{"produce", "--brokers", "127.0.0.1:1", "--rate", "10", "--mix", "lost=0.1"}, nil, "--mix"},
		{"produce mix not a fraction", []string{"produce", "--brokers", "127.0.0.1:1", "--rate", "10", "--mix", "bounced"}, nil, "--mix"},
		{"produce negative rate", []string{"produce", "--brokers", "127.0.0.1:1", "--rate", "-5"}, nil, "--rate"},
		{"produce domains 0", []string{"produce", "--brokers", "127.0.0.1:1", "--rate", "5", "--domains", "0"}, nil, "--domains"},
		{"produce negative count", []string{"produce", "--brokers", "127.0.0.1:1", "--rate", "5", "--count", "-1"}, nil, "--count"},
		{"produce brokers", []string{"produce", "--brokers", "nohostport", "--rate", "5"}, nil, "--brokers"},
		{"run memory-limit too small", []string{"run", "--brokers", "127.0.0.1:1", "--memory-limit", "64MiB"}, nil, "--memory-limit"},
		{"run memory-limit not a size", []string{"run", "--brokers", "127.0.0.1:1", "--memory-limit", "lots"}, nil, "memory-limit"},
		{"sink smtp-tls", []string{"sink", "--brokers", "127.0.0.1:1", "--smtp-tls", "maybe"}, nil, "--smtp-tls"},
		{"sink smtp-port", []string{"sink", "--brokers", "127.0.0.1:1", "--smtp-port", "70000"}, nil, "--smtp-port"},
		{"sink max-attempts", []string{"sink", "--brokers", "127.0.0.1:1", "--max-attempts", "0"}, nil, "--max-attempts"},
		{"sink backoff-base", []string{"sink", "--brokers", "127.0.0.1:1", "--backoff-base", "-1s"}, nil, "--backoff-base"},
		{"sink http", []string{"sink", "--brokers", "127.0.0.1:1", "--http", "nope"}, nil, "--http"},
		{"sink brokers", []string{"sink"}, nil, "--brokers"},
		{"status without a domain", []string{"status"}, nil, "DOMAIN"},
		{"status with two domains", []string{"status", "a.example", "b.example"}, nil, "DOMAIN"},
		{"status api not http", []string{"status", "--api", "ftp://x", "a.example"}, nil, "--api"},
		// A flag that takes a value, last on the line, did take the
		// "--" that ends the reordered flags as its value.
		{"status api-token without its value", []string{"status", "a.example", "--api-token"}, nil, "flag needs an argument: -api-token"},
		{"logs since without its value", []string{"logs", "a.example", "--since"}, nil, "flag needs an argument: -since"},
		{"status api without its value", []string{"status", "--api"}, nil, "flag needs an argument: -api"},
		{"status negative live", []string{"status", "--live", "-1", "a.example"}, nil, "--live"},
		{"diagnose positional argument", []string{"diagnose", "file.txt"}, nil, `unexpected argument "file.txt": give a response in quotes`},
		{"diagnose eval with a response", []string{"diagnose", "--eval", "x.jsonl", "550 no such user"}, nil, `unexpected argument "550 no such user"`},
		{"diagnose text not a bool", []string{"diagnose", "--text=maybe"}, nil, "text"},
		{"ingest without source", []string{"ingest"}, nil, "ingest postfix"},
		{"ingest unknown source", []string{"ingest", "exim"}, nil, "ingest postfix"},
		{"ingest without --file", []string{"ingest", "postfix", "--dry-run"}, nil, "--file"},
		{"ingest with a broker that is not host:port", []string{"ingest", "postfix", "--file", "mail.log", "--brokers", "kafka"}, nil, "--brokers"},
		{"config without subcommand", []string{"config"}, nil, "SUBCOMMAND"},
		{"config unknown subcommand", []string{"config", "set"}, nil, `unknown subcommand "set"`},
		{"config apply without -f", []string{"config", "apply", "--brokers", "127.0.0.1:1"}, nil, "-f FILE"},
		{"config apply brokers not host:port", []string{"config", "apply", "-f", "x.yaml", "--brokers", "nohostport"}, nil, "--brokers"},
		{"config get brokers not host:port", []string{"config", "get", "--brokers", "nohostport"}, nil, "--brokers"},

		// Environment twins: a bad variable fails the same way.
		{"env partitions not a number", []string{"run", "--brokers", "127.0.0.1:1"}, map[string]string{"MAILFLOW_PARTITIONS": "six"}, "MAILFLOW_PARTITIONS"},
		{"env log level", []string{"run", "--brokers", "127.0.0.1:1"}, map[string]string{"MAILFLOW_LOG_LEVEL": "loud"}, "--log-level"},
		{"env brokers", []string{"run"}, map[string]string{"MAILFLOW_BROKERS": "nohostport"}, "nohostport"},
		// The operator token sees every domain: a short or placeholder
		// one is refused at once (review finding: "a" was accepted).
		{"run api-token too short", []string{"run", "--brokers", "127.0.0.1:1"}, map[string]string{"MAILFLOW_API_TOKEN": "a"}, "--api-token (MAILFLOW_API_TOKEN): the operator API token has 1 bytes"},
		{"dev api-token placeholder", []string{"dev", "--http", "127.0.0.1:0"}, map[string]string{"MAILFLOW_API_TOKEN": "operator-token-change-me"}, "looks like a placeholder"},
		// A flag on the command line wins over its variable: the bad
		// variables are ignored and the next problem is reported.
		{"flag wins over env partitions", []string{"run", "--brokers", "127.0.0.1:1", "--partitions", "3", "--log-format", "xml"},
			map[string]string{"MAILFLOW_PARTITIONS": "0"}, "--log-format"},
		{"flag wins over env http", []string{"dev", "--http", "127.0.0.1:0", "--smtp-tls", "maybe"},
			map[string]string{"MAILFLOW_HTTP": "nope"}, "--smtp-tls"},
		{"flag wins over env brokers", []string{"produce", "--brokers", "127.0.0.1:1"},
			map[string]string{"MAILFLOW_BROKERS": "nohostport"}, "--file or --rate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(t.TempDir()) // nothing a command might create lands in the source tree
			r := runMailflow(t, tc.vars, "", tc.args...)
			if r.code != 2 {
				t.Errorf("exit %d, want 2; stderr:\n%s", r.code, r.stderr)
			}
			if !strings.Contains(r.stderr, tc.want) {
				t.Errorf("stderr does not name %q:\n%s", tc.want, r.stderr)
			}
			// A mistake gets the error and a pointer to --help, not every
			// flag of the command (review finding: 74 lines for run).
			if n := strings.Count(r.stderr, "\n"); n > 15 {
				t.Errorf("%d lines on stderr for one mistake:\n%s", n, r.stderr)
			}
			if strings.HasPrefix(tc.name, "flag wins") && (strings.Contains(r.stderr, "partitions") || strings.Contains(r.stderr, "nope") || strings.Contains(r.stderr, "nohostport")) {
				t.Errorf("the environment variable was used although the flag was given:\n%s", r.stderr)
			}
		})
	}
}

// TestBadEnvValueNamesVariable: README promises "A bad flag or variable
// fails at once, naming it". A variable that parses but fails the range
// check must be named as the variable, not only as the flag the user never
// typed.
func TestBadEnvValueNamesVariable(t *testing.T) {
	tests := []struct {
		args []string
		vars map[string]string
		want string
	}{
		{[]string{"run", "--brokers", "127.0.0.1:1"}, map[string]string{"MAILFLOW_PARTITIONS": "0"}, "MAILFLOW_PARTITIONS"},
		{[]string{"run"}, map[string]string{"MAILFLOW_BROKERS": "nohostport"}, "MAILFLOW_BROKERS"},
		{[]string{"sink", "--brokers", "127.0.0.1:1"}, map[string]string{"MAILFLOW_SMTP_TLS": "maybe"}, "MAILFLOW_SMTP_TLS"},
		{[]string{"dev"}, map[string]string{"MAILFLOW_HTTP": "nope"}, "MAILFLOW_HTTP"},
	}
	var missing []string
	for _, tc := range tests {
		t.Chdir(t.TempDir())
		r := runMailflow(t, tc.vars, "", tc.args...)
		if r.code != 2 {
			t.Errorf("%v with %v: exit %d, want 2; stderr:\n%s", tc.args, tc.vars, r.code, r.stderr)
		}
		if !strings.Contains(r.stderr, tc.want) {
			missing = append(missing, strings.TrimSpace(r.stderr))
		}
	}
	if len(missing) > 0 {
		t.Errorf("a variable that fails a range/format check is not named: %q", missing)
	}
}
