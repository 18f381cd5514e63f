package main

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/schemas"
)

// TestStatusNoSuchDomain: `mailflow status` of a domain with no attempts
// that the directory does not know prints its status and exits 1, as a
// text or as JSON (newcomer review D3: it exited 0, which a monitoring
// check reads as an answer); a domain of the demo's directory exits 0.
// Against a real mailflow dev --demo.
func TestStatusNoSuchDomain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dev := startDev(t, ctx, t.TempDir(), nil, "--demo")
	base := "http://" + dev.front
	waitFor(t, ctx, "the banner", func() bool { return strings.Contains(dev.stderr.String(), "mailflow dev is up") })
	// The demo's directory is on the instance once dev says it is up: a
	// newcomer's first status, typed at once, finds the demo's domain (it
	// exited 4 for about a second after the banner; session 37's note).
	if code, body := devRequest(t, ctx, http.MethodGet, base+"/api/v1/domains/woodgrove.example/status", nil, ""); code != http.StatusOK ||
		!strings.Contains(body, `"customer":"woodgrove-bank"`) {
		t.Fatalf("right after the banner woodgrove.example's status is %d %s, want its customer woodgrove-bank", code, body)
	}
	for _, tc := range []struct {
		args     []string
		code     int
		stdout   string
		inStderr string
	}{
		{[]string{"status", "no-such-domain.example", "--api", base}, exitNoSuchDomain, "not in the directory either", "no-such-domain.example: no attempts seen and not in the directory"},
		{[]string{"status", "no-such-domain.example", "--api", base, "--json"}, exitNoSuchDomain, `"domain":"no-such-domain.example"`, "not in the directory"},
		// an API that cannot be asked is another failure
		{[]string{"status", "no-such-domain.example", "--api", "http://127.0.0.1:1"}, 1, "", "127.0.0.1:1"},
		{[]string{"status", "woodgrove.example", "--api", base, "--live", "0"}, 0, "customer woodgrove-bank", ""},
		{[]string{"status", "woodgrove.example", "--api", base, "--json"}, 0, `"customer":"woodgrove-bank"`, ""},
	} {
		r := runMailflow(t, nil, "", tc.args...)
		if r.code != tc.code || !strings.Contains(r.stdout, tc.stdout) || !strings.Contains(r.stderr, tc.inStderr) {
			t.Errorf("%q: exit %d, want %d with %q on stdout and %q on stderr\nstdout: %s\nstderr: %s", tc.args, r.code, tc.code, tc.stdout, tc.inStderr, r.stdout, r.stderr)
		}
	}
}

// TestNoSuchDomain: only a domain with no attempts that the directory does
// not know fails; one in the directory with no mail yet is known.
func TestNoSuchDomain(t *testing.T) {
	for _, tc := range []struct {
		name string
		st   api.Status
		fail bool
	}{
		{"typo", api.Status{Domain: "wodgrove.example"}, true},
		{"directory, no mail yet", api.Status{Domain: "quiet.example", Customer: "acme", Reseller: "msp"}, false},
		{"attempts, not in the directory", api.Status{Domain: "seen.example", Status: schemas.StatusGood, Attempts: 3}, false},
		{"bad", api.Status{Domain: "down.example", Status: schemas.StatusBad, Customer: "acme"}, false},
		{"not a status", api.Status{}, false},
	} {
		if err := noSuchDomain(&tc.st); (err != nil) != tc.fail {
			t.Errorf("%s: noSuchDomain = %v, want failure %v", tc.name, err, tc.fail)
		}
	}
}
