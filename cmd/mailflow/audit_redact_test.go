package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/audit"
)

// TestConfigAuditRedacts: `config audit --json` prints an entry's before
// and after with webhook secrets, token hashes and the credentials in
// webhook URLs redacted, also for entries written before the console
// redacted them itself (review: audit output printed ?token= values).
func TestConfigAuditRedacts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b := newTestBroker(t)
	topic := "mailflow." + audit.TopicSuffix
	if err := audit.EnsureTopic(ctx, b.cl, topic); err != nil {
		t.Fatal(err)
	}
	before := json.RawMessage(`{"id":"m","webhook_url":"https://u:pw-SECRET@hooks.example.net/in?token=tok-SECRET&team=noc"}`)
	after := json.RawMessage(`{"id":"m","webhook_url":"https://hooks.example.net/in?sig=sig-SECRET","webhook_secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw","api_token_sha256":"ebd331e77cb7fa9799a4f74a493e6ed5f7b908120658122e5ab4d8e1ba51e334"}`)
	if err := audit.NewLog(b.cl, topic).Write(ctx, audit.Entry{At: time.Now(), Actor: "m", Via: "session", Action: "webhook.set", Key: "manager/m", Before: before, After: after}); err != nil {
		t.Fatal(err)
	}
	r := runMailflow(t, nil, "", "config", "audit", "--json", "--brokers", b.addr)
	if r.code != 0 {
		t.Fatalf("config audit: exit %d\n%s", r.code, r.stderr)
	}
	for _, s := range []string{"pw-SECRET", "tok-SECRET", "sig-SECRET", "MfKQ9r8", "ebd331e7"} {
		if strings.Contains(r.stdout, s) {
			t.Errorf("config audit --json prints %q:\n%s", s, r.stdout)
		}
	}
	for _, want := range []string{"https://u:REDACTED@hooks.example.net/in?token=REDACTED\\u0026team=noc", "https://hooks.example.net/in?sig=REDACTED", "whsec_REDACTED"} {
		if !strings.Contains(r.stdout, want) && !strings.Contains(r.stdout, strings.ReplaceAll(want, "\\u0026", "&")) {
			t.Errorf("config audit --json lacks %q:\n%s", want, r.stdout)
		}
	}
}
