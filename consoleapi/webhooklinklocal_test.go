package consoleapi

import (
	"strings"
	"testing"
)

// TestCatcherWebhookURLs (reviews S25A-4, S25B-7): mailflow dev's
// catcher lets the console accept loopback and private webhook hosts, so
// that a manager can point a webhook at the catcher, but no other
// non-public host (link-local: a cloud metadata service, in any
// spelling; shared, reserved, multicast) is accepted, as without the
// catcher; --allow-private-webhooks given on purpose accepts them.
func TestCatcherWebhookURLs(t *testing.T) {
	for _, tc := range []struct {
		url                           string
		allowPrivate, refuseLinkLocal bool
		refused                       string // "" when accepted
	}{
		{"http://169.254.169.254/latest", true, true, "not a public, loopback or private"},
		{"http://[fe80::1%25eth0]/x", true, true, "not a public, loopback or private"},
		{"http://[::ffff:169.254.169.254]/", true, true, "not a public, loopback or private"},
		{"http://[ff02::1]/", true, true, "not a public, loopback or private"},
		// review S25B-7: other spellings of link-local, and the other
		// special-purpose ranges
		{"http://[64:ff9b::a9fe:a9fe]/", true, true, "not a public, loopback or private"},
		{"http://[::169.254.169.254]/", true, true, "not a public, loopback or private"},
		{"http://[2002:a9fe:a9fe::1]/", true, true, "not a public, loopback or private"},
		{"http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", true, true, "not a public, loopback or private"},
		{"http://0.0.0.0/", true, true, "not a public, loopback or private"},
		{"http://100.64.0.1/", true, true, "not a public, loopback or private"},
		{"http://198.18.0.1/", true, true, "not a public, loopback or private"},
		{"http://240.0.0.1/", true, true, "not a public, loopback or private"},
		{"http://255.255.255.255/", true, true, "not a public, loopback or private"},
		{"http://239.1.2.3/", true, true, "not a public, loopback or private"},
		{"http://[ff05::1]/", true, true, "not a public, loopback or private"},
		{"http://192.168.1.20:8080/catcher", true, true, ""},
		{"http://[fd00::7]/hook", true, true, ""},
		{"http://127.0.0.1:8080/catcher/webhook/m1", true, true, ""},
		{"http://localhost:8080/catcher/webhook/m1", true, true, ""},
		{"http://10.0.0.7/hook", true, true, ""},
		{"http://[::1]:8080/x", true, true, ""},
		{"https://hooks.example.org/x", true, true, ""},
		{"http://169.254.169.254/latest", true, false, ""},
		{"http://169.254.169.254/latest", false, false, "not a public address"},
		{"http://127.0.0.1/x", false, true, "not a public address"},
	} {
		err := checkWebhookURL(tc.url, tc.allowPrivate, tc.refuseLinkLocal)
		switch {
		case tc.refused == "" && err != nil:
			t.Errorf("%s (private %v, link-local refused %v): %v, want accepted", tc.url, tc.allowPrivate, tc.refuseLinkLocal, err)
		case tc.refused != "" && (err == nil || !strings.Contains(err.Error(), tc.refused)):
			t.Errorf("%s (private %v, link-local refused %v): %v, want refused naming %q", tc.url, tc.allowPrivate, tc.refuseLinkLocal, err, tc.refused)
		}
	}
}
