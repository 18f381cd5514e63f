package main

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// TestTopicPrefixAndSMTPHostFailFast: a --topic-prefix Kafka refuses and an
// --smtp-host with a port or an IPv6 literal fail at the start with a usage
// error naming the flag (review L3: both were taken, and failed only on a
// real cluster or at the first notification).
func TestTopicPrefixAndSMTPHostFailFast(t *testing.T) {
	for _, tc := range []struct {
		prefix string
		ok     bool
	}{
		{"mailflow.", true}, {"", true}, {"team-a_mailflow.", true}, {"MF.v2.", true},
		{"bad/prefix", false}, {"with space.", false}, {"colon:", false}, {"ümlaut.", false}, {strings.Repeat("a", 220), false},
	} {
		if err := checkTopicPrefix(tc.prefix); (err == nil) != tc.ok {
			t.Errorf("checkTopicPrefix(%q) = %v, want ok %v", tc.prefix, err, tc.ok)
		}
	}
	for _, tc := range []struct {
		host string
		ok   bool
	}{
		{"", true}, {"smtp.example.net", true}, {"192.0.2.25", true}, {"mail_relay.internal", true},
		{"smtp.example.net:587", false}, {"::bad", false}, {"[2001:db8::1]", false}, {"smtp example.net", false}, {"smtp.example.net/", false},
	} {
		err := checkSMTPHost(tc.host, false)
		if (err == nil) != tc.ok || err != nil && (!errors.Is(err, errUsage) || !strings.Contains(err.Error(), "--smtp-host")) {
			t.Errorf("checkSMTPHost(%q) = %v, want ok %v", tc.host, err, tc.ok)
		}
	}
	if err := checkSMTPHost("[2001:db8::1]", true); err != nil {
		t.Errorf("a bracketed IPv6 address with --smtp-tls none dials (review C5): %v", err)
	}
	// Through the command line, before anything starts.
	var stderr bytes.Buffer
	env := &environment{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr, getenv: func(string) string { return "" }}
	code := mainWithExit(t.Context(), env, []string{"sink", "--sink-data-dir", t.TempDir(), "--topic-prefix", "bad/prefix"})
	if code != 2 || !strings.Contains(stderr.String(), "--topic-prefix") {
		t.Errorf("sink --topic-prefix bad/prefix: exit %d, %q", code, stderr.String())
	}
}

// TestAPIBase: --api given with the API's own path is the same instance
// (a newcomer's http://host/api/v1 got 404 from a doubled path).
func TestAPIBase(t *testing.T) {
	for in, want := range map[string]string{
		"http://127.0.0.1:8080":           "http://127.0.0.1:8080",
		"http://127.0.0.1:8080/":          "http://127.0.0.1:8080",
		"http://127.0.0.1:8080/api/v1":    "http://127.0.0.1:8080",
		"http://127.0.0.1:8080/api/v1/":   "http://127.0.0.1:8080",
		"https://mf.example/mailflow":     "https://mf.example/mailflow",
		"https://mf.example/mailflow/api": "https://mf.example/mailflow",
	} {
		if got := apiBase(in); got != want {
			t.Errorf("apiBase(%q) = %q, want %q", in, got, want)
		}
	}
}
