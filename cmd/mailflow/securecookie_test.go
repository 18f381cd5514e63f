package main

import (
	"io"
	"net"
	"strings"
	"testing"
)

// TestSecureCookieFlag: run's --secure-cookie reaches the console API's
// configuration (review finding: consoleapi.Config.Secure was never set,
// so the README's "Secure behind TLS" could not happen).
func TestSecureCookieFlag(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{nil, false},
		{[]string{"--secure-cookie"}, true},
		{[]string{"--secure-cookie=false"}, false},
	} {
		env := &environment{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
		fs := newFlagSet(env, "run", "")
		var f processorFlags
		f.register(fs, "data", ":8080")
		if err := fs.Parse(tc.args); err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		var o instanceOptions
		f.apiOption()(&o)
		if o.secureCookie != tc.want {
			t.Errorf("%v: secure cookie %v, want %v", tc.args, o.secureCookie, tc.want)
		}
	}
}

// TestNeedsSecureCookie: an instance reachable from other machines
// without --secure-cookie warns at start (review: it did not); one on
// loopback (mailflow dev) or with the flag does not.
func TestNeedsSecureCookie(t *testing.T) {
	for _, tc := range []struct {
		ip     string
		secure bool
		want   bool
	}{
		{"0.0.0.0", false, true},
		{"::", false, true},
		{"192.0.2.10", false, true},
		{"0.0.0.0", true, false},
		{"127.0.0.1", false, false},
		{"::1", false, false},
	} {
		if got := needsSecureCookie(&net.TCPAddr{IP: net.ParseIP(tc.ip), Port: 8080}, tc.secure); got != tc.want {
			t.Errorf("%s secure=%v: %v, want %v", tc.ip, tc.secure, got, tc.want)
		}
	}
}
