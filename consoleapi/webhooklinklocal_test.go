package consoleapi

import (
	"strings"
	"testing"
)

// TestCatcherWebhookURLs (review S25A-4): mailflow dev's catcher lets the
// console accept loopback and private webhook hosts, so that a manager
// can point a webhook at the catcher, but a link-local host (a cloud
// metadata service) is refused when written, as without the catcher;
// --allow-private-webhooks given on purpose accepts it.
func TestCatcherWebhookURLs(t *testing.T) {
	for _, tc := range []struct {
		url                           string
		allowPrivate, refuseLinkLocal bool
		refused                       string // "" when accepted
	}{
		{"http://169.254.169.254/latest", true, true, "link-local"},
		{"http://[fe80::1%25eth0]/x", true, true, "link-local"},
		{"http://[::ffff:169.254.169.254]/", true, true, "link-local"},
		{"http://[ff02::1]/", true, true, "link-local"},
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
