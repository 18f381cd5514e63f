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
			err := checkWebhookURL("https://"+host+"/hook", allowPrivate)
			if err == nil || !strings.Contains(err.Error(), "four decimal numbers") {
				t.Errorf("%s (allow private %v): %v, want refused as not canonical", host, allowPrivate, err)
			}
		}
	}
	for _, u := range []string{"https://8.8.4.4/hook", "https://hooks.example.net/in?token=x", "https://123.example.net/x"} {
		if err := checkWebhookURL(u, false); err != nil {
			t.Errorf("%s refused: %v", u, err)
		}
	}
	if err := checkWebhookURL("http://127.0.0.1:8080/hook", true); err != nil {
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
