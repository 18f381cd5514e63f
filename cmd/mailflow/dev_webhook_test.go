package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/loadgen"
)

// TestDevWebhooksOnlyToCatcher: dev lets the sink's webhooks reach its
// built-in catcher, which listens on loopback, and no other non-public
// address: a manager whose webhook URL is another loopback service (here a
// receiver on another port; in life a database, a cloud metadata proxy,
// an admin page) gets nothing, while the catcher's manager is notified.
// Issue 17: dev let webhooks reach every loopback address and port.
func TestDevWebhooksOnlyToCatcher(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	var reached atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reached.Add(1)
		w.WriteHeader(http.StatusNoContent)
	}))
	defer other.Close()

	dir := t.TempDir()
	dev := startDev(t, ctx, dir, nil)
	base := "http://" + dev.front
	// Without --demo, the banner says how events get in (review S25A,
	// newcomer).
	waitFor(t, ctx, "the banner", func() bool { return strings.Contains(dev.stderr.String(), "mailflow dev is up") })
	if out := dev.stderr.String(); !strings.Contains(out, "mailflow produce --brokers "+dev.kafka+" --file") {
		t.Errorf("dev's banner does not say how to produce events:\n%s", out)
	}
	file := filepath.Join(dir, "directory.yaml")
	yaml := fmt.Sprintf(`resellers:
  - id: r
customers:
  - id: c
    reseller: r
domains:
  - name: bad.example
    customer: c
managers:
  - id: caught
    level: reseller
    of: r
    webhook_url: %s/catcher/webhook/caught
    webhook_secret: whsec_MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz
  - id: elsewhere
    level: reseller
    of: r
    webhook_url: %s/hook
    webhook_secret: whsec_MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz
subscriptions:
  - id: caught
    manager: caught
  - id: elsewhere
    manager: elsewhere
`, base, other.URL)
	if err := os.WriteFile(file, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runMailflowCtx(ctx, nil, "", "config", "apply", "-f", file, "--brokers", dev.kafka); r.code != 0 {
		t.Fatalf("config apply: %d %s", r.code, r.stderr)
	}
	// Wait until the instance knows the domain, then make it Bad.
	waitFor(t, ctx, "bad.example in the directory", func() bool {
		_, body := devRequest(t, ctx, http.MethodGet, base+"/api/v1/domains/bad.example/status", nil, "")
		return strings.Contains(body, `"customer":"c"`)
	})
	cl, err := kgo.NewClient(kgo.SeedBrokers(dev.kafka), kgo.DefaultProduceTopic("mailflow.deliveries"))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	gen := loadgen.NewGeneratorFor(1, []string{"bad.example"}, loadgen.Mix{}, "webhook-test-")
	for range 5 {
		if err := cl.ProduceSync(ctx, demoRecord(gen, "bad.example", time.Now(), loadgen.Mix{Bounced: 1})).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, ctx, "the catcher's manager is notified", func() bool {
		_, body := devRequest(t, ctx, http.MethodGet, base+"/catcher/messages", nil, "")
		return strings.Contains(body, "/catcher/webhook/caught")
	})
	// Both webhooks of the alert are sent at once; give the refused one
	// time to have been tried.
	waitFor(t, ctx, "the sink tries the other webhook", func() bool {
		return reached.Load() > 0 || strings.Contains(dev.stderr.String(), "manager=elsewhere")
	})
	time.Sleep(500 * time.Millisecond)
	if n := reached.Load(); n > 0 {
		t.Errorf("a loopback address that is not the catcher's (%s) got %d webhooks", other.URL, n)
	}
}
