package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/audit"
	"github.com/mailflow/mailflow/catcher"
	"github.com/mailflow/mailflow/clientaddr"
	"github.com/mailflow/mailflow/loadgen"
	"github.com/mailflow/mailflow/sinks"
)

// clientFrom returns an HTTP client whose connections come from ip, a
// loopback address of its own (Linux answers all of 127.0.0.0/8), so that
// one machine plays several clients.
func clientFrom(ip string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 5 * time.Second}
	return &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{DialContext: d.DialContext, DisableKeepAlives: true}}
}

// devInstanceRE finds the instance's own address behind dev's front.
var devInstanceRE = regexp.MustCompile(`served on one address[^"]*" addr=\S+ instance=http://(\S+)`)

// TestDevFrontClientAddress: behind dev's front the instance sees each
// client's own address: two clients are throttled separately and audited
// with their own address, and an address a client claims (X-Forwarded-For,
// or the front's own headers with a made-up proof, to the front or to the
// instance's port directly) is not believed. Review finding: the instance
// saw 127.0.0.1 for everyone, so one client's failures throttled all.
func TestDevFrontClientAddress(t *testing.T) {
	if ln, err := net.Listen("tcp", "127.0.0.5:0"); err != nil {
		t.Skipf("this system has no loopback addresses besides 127.0.0.1 (%v)", err)
	} else {
		ln.Close()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Second)
	defer cancel()
	dev := startDev(t, ctx, t.TempDir(), nil)
	front := "http://" + dev.front
	m := devInstanceRE.FindStringSubmatch(dev.stderr.String())
	if m == nil {
		t.Fatalf("no instance address in dev's log:\n%s", dev.stderr.String())
	}
	instance := "http://" + m[1]
	signIn := func(c *http.Client, base, email string, hdr http.Header) int {
		t.Helper()
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/v1/session", strings.NewReader(`{"email":"`+email+`","password":"not the password at all"}`))
		req.Header.Set("Content-Type", "application/json")
		for k, vs := range hdr {
			req.Header[k] = vs
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		_, _ = io.Copy(io.Discard, resp.Body)
		return resp.StatusCode
	}
	a, b, c, direct := clientFrom("127.0.0.2"), clientFrom("127.0.0.3"), clientFrom("127.0.0.4"), clientFrom("127.0.0.5")
	forged := http.Header{"X-Forwarded-For": {"127.0.0.3"}, "Forwarded": {"for=127.0.0.3"},
		clientaddr.HeaderClient: {"198.51.100.7:4444"}, clientaddr.HeaderProof: {"bm90IGEgcHJvb2Y"}}

	// A fails until it is throttled: 20 failures (the per-IP burst) and
	// the few the bucket refills meanwhile (one per 30 s), each with
	// another address so that only A's IP bucket empties.
	want := map[string]string{}
	for i := 0; ; i++ {
		email := fmt.Sprintf("guess%d@a.example", i)
		code := signIn(a, front, email, nil)
		if code == http.StatusTooManyRequests && i >= 20 {
			break
		}
		if code != http.StatusUnauthorized || i > 40 {
			t.Fatalf("A's attempt %d: %d, want 401 until it is throttled after 20 and more", i, code)
		}
		want[email] = "127.0.0.2"
	}
	// Claiming to be B does not lift A's throttle.
	if code := signIn(a, front, "fresh-a2@a.example", forged); code != http.StatusTooManyRequests {
		t.Fatalf("A claiming another address: %d, want 429", code)
	}
	// B is not throttled by A's failures.
	if code := signIn(b, front, "b@b.example", nil); code != http.StatusUnauthorized {
		t.Fatalf("B after A's failures: %d, want 401 (its own bucket)", code)
	}
	// C claims an address with a made-up proof; then to the instance's
	// own port, past the front.
	if code := signIn(c, front, "c@c.example", forged); code != http.StatusUnauthorized {
		t.Fatalf("C: %d, want 401", code)
	}
	if code := signIn(direct, instance, "direct@c.example", forged); code != http.StatusUnauthorized {
		t.Fatalf("a client at the instance's port: %d, want 401", code)
	}

	want["b@b.example"], want["c@c.example"], want["direct@c.example"] = "127.0.0.3", "127.0.0.4", "127.0.0.5"
	var got map[string]string
	waitFor(t, ctx, "the failed sign-ins in the audit log", func() bool {
		es, _, err := audit.List(ctx, "mailflow."+audit.TopicSuffix, time.Time{}, kgo.SeedBrokers(dev.kafka))
		if err != nil {
			t.Fatal(err)
		}
		got = map[string]string{}
		for _, e := range es {
			if e.Action == "session.signin_failed" {
				got[e.ActorEmail] = e.Remote
			}
		}
		return len(got) >= len(want)
	})
	for email, remote := range want {
		if got[email] != remote {
			t.Errorf("audit of %s: from %q, want %q", email, got[email], remote)
		}
	}
	if len(got) != len(want) {
		t.Errorf("audited %v, want %v (a throttled sign-in is refused before it is tried)", got, want)
	}
}

// TestDevCatcherSignatures: the Sent notifications list says of each
// caught webhook whether its signature verified against the secret of
// the manager whose URL it was posted to: the sink's own webhook
// verifies; an unsigned one, one signed with another secret, one with an
// old timestamp and one to a URL no manager has are marked. Review
// finding: the catcher showed unsigned webhooks like signed ones.
func TestDevCatcherSignatures(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	dir := t.TempDir()
	dev := startDev(t, ctx, dir, nil)
	base := "http://" + dev.front
	const secret = "whsec_MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz"
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
    webhook_secret: %s
subscriptions:
  - id: caught
    manager: caught
`, base, secret)
	if err := os.WriteFile(file, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runMailflowCtx(ctx, nil, "", "config", "apply", "-f", file, "--brokers", dev.kafka); r.code != 0 {
		t.Fatalf("config apply: %d %s", r.code, r.stderr)
	}
	waitFor(t, ctx, "bad.example in the directory", func() bool {
		_, body := devRequest(t, ctx, http.MethodGet, base+"/api/v1/domains/bad.example/status", nil, "")
		return strings.Contains(body, `"customer":"c"`)
	})
	cl, err := kgo.NewClient(kgo.SeedBrokers(dev.kafka), kgo.DefaultProduceTopic("mailflow.deliveries"))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	gen := loadgen.NewGeneratorFor(1, []string{"bad.example"}, loadgen.Mix{}, "sig-test-")
	for range 5 {
		if err := cl.ProduceSync(ctx, demoRecord(gen, "bad.example", time.Now(), loadgen.Mix{Bounced: 1})).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	caught := func() []catcher.Message {
		_, body := devRequest(t, ctx, http.MethodGet, base+"/catcher/messages", nil, "")
		var list struct{ Messages []catcher.Message }
		if err := json.Unmarshal([]byte(body), &list); err != nil {
			t.Fatalf("%v: %s", err, body)
		}
		return list.Messages
	}
	waitFor(t, ctx, "the sink's webhook, verified", func() bool {
		for _, m := range caught() {
			if m.Webhook != nil && m.Webhook.Signature != nil && m.Webhook.Signature.State == catcher.SignatureVerified &&
				strings.Contains(m.Webhook.Signature.Detail, "manager caught") && strings.Contains(m.Webhook.Body, "bad.example") {
				return true
			}
		}
		return false
	})

	body := []byte(`{"type":"domain.bad","data":{"domain":"bad.example"}}`)
	post := func(path, id string, ts time.Time, key string) {
		t.Helper()
		hdr := http.Header{"Content-Type": {"application/json"}, sinks.HeaderWebhookID: {id}}
		if key != "" {
			sig, err := sinks.SignWebhook(key, id, ts, body)
			if err != nil {
				t.Fatal(err)
			}
			hdr.Set(sinks.HeaderWebhookID, id)
			hdr.Set(sinks.HeaderWebhookTimestamp, strconv.FormatInt(ts.Unix(), 10))
			hdr.Set(sinks.HeaderWebhookSignature, sig)
		}
		if code, resp := devRequest(t, ctx, http.MethodPost, base+path, hdr, string(body)); code != http.StatusNoContent {
			t.Fatalf("POST %s: %d %s", path, code, resp)
		}
	}
	now := time.Now()
	post("/catcher/webhook/caught", "msg_unsigned", now, "")
	post("/catcher/webhook/caught", "msg_other_key", now, "whsec_b3RoZXIgc2VjcmV0IG9mIDMyIGJ5dGVzIGxvbmcgISE=")
	post("/catcher/webhook/caught", "msg_old", now.Add(-time.Hour), secret)
	post("/catcher/webhook/nobody", "msg_nobody", now, secret)
	post("/catcher/webhook/caught", "msg_good", now, secret)
	wantState := map[string]catcher.SignatureState{
		"msg_unsigned": catcher.SignatureMissing, "msg_other_key": catcher.SignatureFailed, "msg_old": catcher.SignatureFailed,
		"msg_nobody": catcher.SignatureNoSecret, "msg_good": catcher.SignatureVerified,
	}
	seen := map[string]*catcher.Signature{}
	for _, m := range caught() {
		if m.Webhook == nil {
			continue
		}
		id := ""
		for _, h := range m.Webhook.Headers {
			if strings.EqualFold(h.Name, sinks.HeaderWebhookID) {
				id = h.Value
			}
		}
		if _, ok := wantState[id]; ok {
			seen[id] = m.Webhook.Signature
		}
	}
	for id, want := range wantState {
		if s := seen[id]; s == nil || s.State != want {
			t.Errorf("%s: signature %+v, want %s", id, s, want)
		}
	}
	if s := seen["msg_old"]; s != nil && !strings.Contains(s.Detail, "away from now") {
		t.Errorf("the old timestamp's detail: %q", s.Detail)
	}
	if strings.Contains(dev.stderr.String(), strings.TrimPrefix(secret, "whsec_")) {
		t.Error("the webhook secret is in dev's log")
	}
}
