package main

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestAlertmanagerFlag(t *testing.T) {
	for _, tc := range []struct {
		name    string
		sets    []string
		want    []string
		wantErr string
	}{
		{"repeated", []string{"http://am-1:9093", "http://am-2:9093"}, []string{"http://am-1:9093", "http://am-2:9093"}, ""},
		{"comma-separated", []string{"http://am-1:9093, https://am.example/alertmanager"}, []string{"http://am-1:9093", "https://am.example/alertmanager"}, ""},
		{"both", []string{"http://a:1,http://b:2", "http://c:3"}, []string{"http://a:1", "http://b:2", "http://c:3"}, ""},
		{"no scheme", []string{"am-1:9093"}, nil, "is not http(s)://host"},
		{"password not shown", []string{"ftp://u:hunter2@am"}, nil, "ftp://u:xxxxx@am"},
		{"unparsable, not shown", []string{"http://u:hunter2@[::1"}, nil, "URL #1 is not a URL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := sinkFlags{dataDir: "d", smtpTLS: "starttls", maxAttempts: 1, webhookTimeout: time.Second,
				backoffBase: time.Second, backoffMax: time.Second, amResend: time.Minute,
				concurrency: 1, targetConcurrency: 1, maxInflight: 1, targetInflight: 1, maxQueued: 1, slowDelivery: time.Second}
			for _, s := range tc.sets {
				if err := f.alertmanagers.Set(s); err != nil {
					t.Fatal(err)
				}
			}
			err := f.check()
			if tc.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(f.alertmanagers, tc.want) {
					t.Errorf("URLs %q, want %q", f.alertmanagers, tc.want)
				}
				if s := f.alertmanagers.String(); strings.Contains(s, "http") {
					t.Errorf("String() shows the URLs: %q", s)
				}
				return
			}
			if err == nil || !errors.Is(err, errUsage) || !strings.Contains(err.Error(), tc.wantErr) || strings.Contains(err.Error(), "hunter2") {
				t.Errorf("check() = %v, want a usage error with %q and no password", err, tc.wantErr)
			}
		})
	}
}

// TestSinkBudgetFlags checks that the sink's budgets refuse what cannot
// work, naming the flag, and reach the sink's configuration.
func TestSinkBudgetFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--concurrency", "0"}, "--concurrency"},
		{[]string{"--target-concurrency", "-1"}, "--target-concurrency"},
		{[]string{"--max-inflight", "0"}, "--max-inflight"},
		{[]string{"--target-inflight", "0"}, "--target-inflight"},
		{[]string{"--max-queued", "0"}, "--max-queued"},
		{[]string{"--slow-delivery", "0s"}, "--slow-delivery"},
		{[]string{"--max-inflight", "2048", "--max-queued", "1024"}, "--max-queued (1024) is below --max-inflight (2048)"},
		{[]string{"--smtp-host", "192.0.2.2", "--smtp-tls", "none", "--smtp-user", "u"}, "--smtp-user with --smtp-tls none"},
		{[]string{"--smtp-host", "smtp.example.net", "--smtp-port", "2525", "--smtp-tls", "none", "--smtp-user", "u"}, "in clear to smtp.example.net"},
		{[]string{"--smtp-host", "LOCALHOST", "--smtp-tls", "none", "--smtp-user", "u"}, "in clear to LOCALHOST"},
		{[]string{"--smtp-host", "127.0.0.2", "--smtp-tls", "none", "--smtp-user", "u"}, "in clear to 127.0.0.2"},
		{[]string{"--smtp-host", "::ffff:127.0.0.1", "--smtp-tls", "none", "--smtp-user", "u"}, "--smtp-user with --smtp-tls none"},
		// Every notification links to --console-url as given (third
		// review: any value was taken).
		{[]string{"--console-url", "mailflow.example.net"}, "--console-url"},
		{[]string{"--console-url", "javascript:alert(1)"}, "--console-url"},
		{[]string{"--console-url", "file:///etc/passwd"}, "--console-url"},
		{[]string{"--console-url", "https://u:pw@mailflow.example.net"}, "--console-url"},
		{[]string{"--console-url", "https://mailflow.example.net/?next=x"}, "--console-url"},
		{[]string{"--console-url", "https://mailflow.example.net/#x"}, "--console-url"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runMailflow(t, nil, "", append([]string{"sink", "--brokers", "127.0.0.1:1"}, tc.args...)...)
			if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, tc.want)
			}
		})
	}
	if r := runMailflow(t, nil, "", "dev", "--console-url", "javascript:alert(1)"); r.code != 2 || !strings.Contains(r.stderr, "--console-url") {
		t.Errorf("dev --console-url javascript:…: exit %d, stderr %q; want a usage error", r.code, r.stderr)
	}
	for _, ok := range []string{"https://mailflow.example.net", "http://127.0.0.1:8080", "https://ops.example.net/mailflow/"} {
		if err := checkConsoleURL(ok); err != nil {
			t.Errorf("--console-url %s: %v", ok, err)
		}
	}
	// A relay on the machine itself may take the password in clear.
	for _, host := range []string{"localhost", "127.0.0.1", "::1"} {
		f := sinkFlags{smtpHost: host, smtpTLS: "none", smtpUser: "u", dataDir: "d", maxAttempts: 1, concurrency: 1, targetConcurrency: 1, maxInflight: 1, targetInflight: 1, maxQueued: 1}
		if err := f.check(); err != nil && strings.Contains(err.Error(), "smtp-user") {
			t.Errorf("--smtp-host %s --smtp-tls none --smtp-user: %v", host, err)
		}
	}
	f := sinkFlags{concurrency: 3, targetConcurrency: 2, maxInflight: 100, targetInflight: 7, maxQueued: 900}
	c := f.config([]string{"127.0.0.1:1"}, "mailflow.", nil, nil)
	if got := [5]int{c.Concurrency, c.TargetConcurrency, c.MaxInflight, c.TargetInflight, c.MaxQueued}; got != [5]int{3, 2, 100, 7, 900} {
		t.Errorf("config budgets %v, want the flags' [3 2 100 7 900]", got)
	}
}

func TestWorstDomainsFlag(t *testing.T) {
	for _, tc := range []struct {
		arg string
		k   int
		ok  bool
	}{{"", 50, true}, {"0", 0, true}, {"10000", 10000, true}, {"-1", -1, false}, {"10001", 10001, false}} {
		env := &environment{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
		fs := newFlagSet(env, "run", "")
		var f processorFlags
		f.register(fs, "data", "127.0.0.1:0")
		args := []string{}
		if tc.arg != "" {
			args = append(args, "--worst-domains", tc.arg)
		}
		if err := fs.parseFlagsOnly(args); err != nil {
			t.Fatal(err)
		}
		err := f.check()
		if (err == nil) != tc.ok || (err != nil && !strings.Contains(err.Error(), "--worst-domains")) {
			t.Errorf("--worst-domains %q: check() = %v", tc.arg, err)
		}
		var o instanceOptions
		f.metricsOption()(&o)
		if o.worstDomains != tc.k || o.ownerMetrics {
			t.Errorf("metricsOption passes %+v, want K %d and no owner metrics", o, tc.k)
		}
	}
}
