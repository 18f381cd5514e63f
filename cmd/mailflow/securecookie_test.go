package main

import (
	"io"
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
