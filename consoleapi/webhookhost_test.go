package consoleapi

import (
	"strings"
	"testing"

	"github.com/mailflow/mailflow/directory"
)

// TestWebhookURLHostStrict: the console refuses a webhook host written as
// an IPv4 address in a form programs read differently (shorthand, hex,
// octal, one number), whether private webhooks are allowed or not
// (review: 127.1 and 0x7f000001 passed the loopback check, which only
// knew canonical addresses); canonical and public hosts still pass.
func TestWebhookURLHostStrict(t *testing.T) {
	for _, host := range []string{"127.1", "0x7f000001", "2130706433", "0177.0.0.1", "127.0.0.01", "0x7f.1", "10.1", "169.254.43518", "8.8.2056"} {
		for _, allowPrivate := range []bool{false, true} {
			err := checkWebhookURL("https://"+host+"/hook", allowPrivate, false)
			if err == nil || !strings.Contains(err.Error(), "four decimal numbers") {
				t.Errorf("%s (allow private %v): %v, want refused as not canonical", host, allowPrivate, err)
			}
		}
	}
	for _, u := range []string{"https://8.8.4.4/hook", "https://hooks.example.net/in?token=x", "https://123.example.net/x"} {
		if err := checkWebhookURL(u, false, false); err != nil {
			t.Errorf("%s refused: %v", u, err)
		}
	}
	if err := checkWebhookURL("http://127.0.0.1:8080/hook", true, false); err != nil {
		t.Errorf("loopback with private webhooks allowed: %v", err)
	}
}

// TestAuditHidesWebhookURLCredentials: the audit entry of a webhook
// change holds the URL with its credentials redacted, as config get
// prints it (review: the audit log printed ?token= values).
func TestAuditHidesWebhookURLCredentials(t *testing.T) {
	m := directory.Manager{ID: "m", WebhookURL: "https://hooks.example.net/in?token=tok-SECRET&team=noc", WebhookSecret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}
	raw, err := auditJSON(m)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), "tok-SECRET") || strings.Contains(string(raw), "MfKQ9r8") || !strings.Contains(string(raw), "in?token=REDACTED\\u0026team=noc") && !strings.Contains(string(raw), "in?token=REDACTED&team=noc") {
		t.Errorf("audit entity: %s", raw)
	}
}

// TestWebhookURLRedactedPlaceholder: PUT /api/v1/me/webhook refuses a URL
// holding the REDACTED placeholder where config get hides a credential (a
// parameter's value, a path segment), with a 400 saying so, and stores
// nothing: stored, it would make the operator's config get | config
// apply fail on this manager, since the directory file refuses it
// (review: any manager could block config apply). A URL that only
// mentions the word elsewhere is accepted.
func TestWebhookURLRedactedPlaceholder(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	c := f.signIn("ra@a.example")
	for _, u := range []string{
		"https://hooks.example.net/x?token=REDACTED",
		"https://hooks.example.net/x?team=noc&api_key=REDACTED",
		"https://hooks.example.net/x?sig=%52EDACTED",
		"https://hooks.slack.com/services/T0001ABCD/B0002EFGH/REDACTED",
		"https://hooks.example.net/REDACTED/in",
		"https://hooks.example.net/x?a=1;token=REDACTED",
		"https://hooks.example.net/x;jsessionid=REDACTED/in",
		"https://maker.ifttt.com/trigger/bounce/with/key/REDACTED",
	} {
		if !directory.HasRedactedPlaceholder(u) {
			t.Errorf("HasRedactedPlaceholder(%q) = false", u)
		}
		code, body := c.do("PUT", "/api/v1/me/webhook", map[string]string{"url": u})
		if code != 400 || !strings.Contains(body, "holds REDACTED where mailflow hides a credential") {
			t.Errorf("webhook %s: %d %s, want 400 naming the placeholder", u, code, body)
		}
		if got := f.table.Current().Managers["mRA"].WebhookURL; got == u {
			t.Errorf("webhook %s stored", u)
		}
	}
	for _, u := range []string{"https://hooks.example.net/REDACTED-reports/in?token=s3cret", "https://hooks.example.net/in?note=REDACTED"} {
		if directory.HasRedactedPlaceholder(u) {
			t.Errorf("HasRedactedPlaceholder(%q) = true", u)
		}
		if code, body := c.do("PUT", "/api/v1/me/webhook", map[string]string{"url": u}); code != 200 {
			t.Errorf("webhook %s: %d %s, want accepted", u, code, body)
		}
	}
}
