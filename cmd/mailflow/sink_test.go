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
				backoffBase: time.Second, backoffMax: time.Second, amResend: time.Minute}
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
