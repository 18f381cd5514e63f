package sinks

import (
	"context"
	"crypto/tls"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

func mailTarget(addr string) directory.Target {
	return directory.Target{Manager: "noc", Channel: directory.ChannelEmail, Email: addr, Subscriptions: []string{"s1"}}
}

// TestEmailOverSMTP sends a Bad and a recovery mail through a real SMTP
// server, over STARTTLS with AUTH and over implicit TLS, and checks what
// arrived: subject, threading headers, text and HTML parts.
func TestEmailOverSMTP(t *testing.T) {
	t.Parallel()
	serverTLS, clientTLS := selfSigned(t)
	ctx := context.Background()
	bad := alertAt("example.org", schemas.StatusGood, schemas.StatusBad, "ev1", 0.88)
	bad.Customer, bad.Reseller = "c1", "r1"
	rec := alertAt("example.org", schemas.StatusBad, schemas.StatusGood, "ev2", 0.96)

	for _, mode := range []TLSMode{TLSStartTLS, TLSImplicit} {
		t.Run(string(mode), func(t *testing.T) {
			srv := startSMTP(t, serverTLS, "sink", "s3cret")
			if mode == TLSImplicit {
				// Serve implicit TLS on a second listener.
				l, err := tls.Listen("tcp", "127.0.0.1:0", serverTLS)
				if err != nil {
					t.Fatal(err)
				}
				go srv.srv.Serve(l)
				srv.port = l.Addr().(*net.TCPAddr).Port
			}
			m, err := newMailer(SMTPConfig{Host: srv.host, Port: srv.port, TLS: mode, TLSConfig: clientTLS,
				Username: "sink", Password: "s3cret", From: "mailflow <mailflow@alerts.test>", Timeout: 5 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			n1 := &notification{target: mailTarget("noc@r1.test"), alert: *bad, episode: bad.ID, consoleURL: "https://console.test/domains/example.org"}
			if err := m.send(ctx, n1); err != nil {
				t.Fatal(err)
			}
			n2 := &notification{target: mailTarget("noc@r1.test"), alert: *rec, episode: bad.ID}
			if err := m.send(ctx, n2); err != nil {
				t.Fatal(err)
			}
			msgs := srv.to("noc@r1.test")
			if len(msgs) != 2 {
				t.Fatalf("got %d messages", len(msgs))
			}
			b, r := msgs[0], msgs[1]
			if got, want := b.header.Get("Subject"), "[mailflow] BAD: example.org mail flow degraded (88% delivered)"; got != want {
				t.Errorf("subject = %q, want %q", got, want)
			}
			if got := r.header.Get("Subject"); !strings.HasPrefix(got, "[mailflow] RECOVERED: example.org") {
				t.Errorf("recovery subject = %q", got)
			}
			badID := b.header.Get("Message-Id")
			if badID == "" || r.header.Get("In-Reply-To") != badID || r.header.Get("References") != badID {
				t.Errorf("threading: bad Message-ID %q, recovery In-Reply-To %q References %q", badID, r.header.Get("In-Reply-To"), r.header.Get("References"))
			}
			if !strings.HasSuffix(badID, "@alerts.test>") {
				t.Errorf("Message-ID %q not in the sender's domain", badID)
			}
			if ct := b.header.Get("Content-Type"); !strings.HasPrefix(ct, "multipart/alternative") {
				t.Errorf("Content-Type = %q", ct)
			}
			for _, want := range []string{"text/plain", "text/html", "88%", "greylisted", "Wait: greylisting clears on retry.",
				"451 4.7.1 Try again later", "https://console.test/domains/example.org", "c1", "r1"} {
				if !strings.Contains(b.body, want) {
					t.Errorf("Bad mail body lacks %q", want)
				}
			}
			if b.header.Get("Auto-Submitted") != "auto-generated" {
				t.Error("no Auto-Submitted header")
			}
		})
	}
}

func TestEmailErrors(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	n := &notification{target: mailTarget("x@y.test"), alert: *alertAt("example.org", schemas.StatusGood, schemas.StatusBad, "e", 0.5)}

	// A server that refuses with 5xx fails permanently, with 4xx it is
	// retried.
	srv := startSMTP(t, nil, "", "")
	m, _ := newMailer(SMTPConfig{Host: srv.host, Port: srv.port, TLS: TLSNone, From: "a@b.test", Timeout: 2 * time.Second})
	srv.setRefuse(1)
	if err := m.send(ctx, n); err == nil || isPermanent(err) {
		t.Errorf("451: err = %v, want a temporary error", err)
	}
	perm := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		return nil, &smtp.SMTPError{Code: 554, Message: "go away"}
	}))
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	go perm.Serve(l)
	defer perm.Close()
	m2, _ := newMailer(SMTPConfig{Host: "127.0.0.1", Port: l.Addr().(*net.TCPAddr).Port, TLS: TLSNone, From: "a@b.test", Timeout: 2 * time.Second})
	if err := m2.send(ctx, n); err == nil {
		t.Error("554 accepted")
	}
	// STARTTLS required but not offered: not sent in clear.
	m3, _ := newMailer(SMTPConfig{Host: srv.host, Port: srv.port, TLS: TLSStartTLS, From: "a@b.test", Timeout: 2 * time.Second})
	if err := m3.send(ctx, n); err == nil {
		t.Error("sent without STARTTLS")
	}
	// Closed port: temporary.
	m4, _ := newMailer(SMTPConfig{Host: "127.0.0.1", Port: 1, TLS: TLSNone, From: "a@b.test", Timeout: time.Second})
	if err := m4.send(ctx, n); err == nil || isPermanent(err) {
		t.Errorf("closed port: %v", err)
	}
	// No SMTP host: permanent.
	m5, _ := newMailer(SMTPConfig{From: "a@b.test"})
	if err := m5.send(ctx, n); !isPermanent(err) {
		t.Errorf("no host: %v", err)
	}
}

func TestWebhookSend(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	h := startHooks(t)
	h.script["/flaky"] = []reply{{code: 500}, {code: 429, retryAfter: "3"}}
	h.always["/gone"] = reply{code: 410}
	w := newWebhooker(2*time.Second, true, false)
	defer w.close()
	alert := alertAt("example.org", schemas.StatusGood, schemas.StatusBad, "e1", 0.8)
	n := func(path string) *notification {
		return &notification{
			target:     directory.Target{Manager: "m1", Channel: directory.ChannelWebhook, WebhookURL: h.url(path), WebhookSecret: testSecret, Subscriptions: []string{"s1"}},
			alert:      *alert,
			consoleURL: "https://console.test/domains/example.org",
		}
	}
	// 500: temporary without Retry-After; 429: temporary with it; then 200.
	err := w.send(ctx, n("/flaky"))
	if err == nil || isPermanent(err) || retryAfterOf(err) != 0 {
		t.Errorf("500: %v", err)
	}
	err = w.send(ctx, n("/flaky"))
	if err == nil || isPermanent(err) || retryAfterOf(err) != 3*time.Second {
		t.Errorf("429: %v (retry after %s)", err, retryAfterOf(err))
	}
	if err := w.send(ctx, n("/flaky")); err != nil {
		t.Fatalf("third attempt: %v", err)
	}
	if err := w.send(ctx, n("/gone")); !isPermanent(err) {
		t.Errorf("410: %v, want permanent", err)
	}
	calls := h.calls("/flaky")
	if len(calls) != 1 || h.bad != 0 {
		t.Fatalf("calls = %d, bad signatures = %d", len(calls), h.bad)
	}
	var env struct {
		Type string `json:"type"`
		Data struct {
			ID         string `json:"id"`
			Domain     string `json:"domain"`
			To         string `json:"to"`
			Transition string `json:"transition"`
			ConsoleURL string `json:"console_url"`
			Manager    string `json:"manager"`
		} `json:"data"`
	}
	if err := json.Unmarshal(calls[0].body, &env); err != nil {
		t.Fatal(err)
	}
	if env.Type != "domain.bad" || env.Data.ID != alert.ID || env.Data.Domain != "example.org" || env.Data.To != "bad" ||
		env.Data.Transition != "bad" || env.Data.ConsoleURL == "" || env.Data.Manager != "m1" {
		t.Errorf("envelope = %s", calls[0].body)
	}
	if calls[0].id != webhookID(n("/flaky")) {
		t.Errorf("webhook-id %q not stable", calls[0].id)
	}

	// Without AllowPrivateWebhooks the loopback receiver is refused at
	// dial time, permanently.
	guarded := newWebhooker(2*time.Second, false, false)
	defer guarded.close()
	if err := guarded.send(ctx, n("/flaky")); !isPermanent(err) || !strings.Contains(err.Error(), "not public") {
		t.Errorf("private address: %v", err)
	}
	// A name that resolves to loopback is refused the same way.
	nl := n("/flaky")
	nl.target.WebhookURL = strings.Replace(nl.target.WebhookURL, "127.0.0.1", "localhost", 1)
	if err := guarded.send(ctx, nl); !isPermanent(err) {
		t.Errorf("localhost: %v", err)
	}
}
