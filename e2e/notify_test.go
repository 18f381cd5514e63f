package e2e

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/mail"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/sinks"
)

const hookSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

// mailbox is a real SMTP server (emersion/go-smtp) on a loopback port that
// keeps every message it accepts.
type mailbox struct {
	host string
	port int
	mu   sync.Mutex
	msgs []receivedMail
}

type receivedMail struct {
	from   string
	to     []string
	header mail.Header
	body   string
}

type smtpSession struct {
	mb   *mailbox
	from string
	to   []string
}

func (s *smtpSession) Reset()        { s.from, s.to = "", nil }
func (s *smtpSession) Logout() error { return nil }
func (s *smtpSession) Mail(from string, _ *smtp.MailOptions) error {
	s.from = from
	return nil
}
func (s *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.to = append(s.to, to)
	return nil
}
func (s *smtpSession) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	body, _ := io.ReadAll(m.Body)
	s.mb.mu.Lock()
	defer s.mb.mu.Unlock()
	s.mb.msgs = append(s.mb.msgs, receivedMail{from: s.from, to: s.to, header: m.Header, body: string(body)})
	return nil
}

func startMailbox(t *testing.T) *mailbox {
	t.Helper()
	mb := &mailbox{}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &smtpSession{mb: mb}, nil }))
	srv.Domain = "smtp.e2e.test"
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	mb.host, mb.port = "127.0.0.1", l.Addr().(*net.TCPAddr).Port
	return mb
}

// to returns the messages addressed to addr, in arrival order.
func (mb *mailbox) to(addr string) []receivedMail {
	mb.mu.Lock()
	defer mb.mu.Unlock()
	var out []receivedMail
	for _, m := range mb.msgs {
		for _, r := range m.to {
			if r == addr {
				out = append(out, m)
			}
		}
	}
	return out
}

func (mb *mailbox) count() int {
	mb.mu.Lock()
	defer mb.mu.Unlock()
	return len(mb.msgs)
}

// hookCall is one webhook request whose signature verified.
type hookCall struct {
	id   string
	env  hookEnvelope
	body []byte
}

type hookEnvelope struct {
	Type string `json:"type"`
	Data struct {
		schemas.StatusChange
		Transition    string   `json:"transition"`
		Manager       string   `json:"manager"`
		Subscriptions []string `json:"subscriptions"`
	} `json:"data"`
}

// receiver is a real HTTP webhook receiver: it verifies the Standard
// Webhooks signature of every request with sinks.VerifyWebhook and keeps
// the requests that verified, per path.
type receiver struct {
	srv   *httptest.Server
	mu    sync.Mutex
	calls map[string][]hookCall
	bad   []string
}

func startReceiver(t *testing.T) *receiver {
	rc := &receiver{calls: map[string][]hookCall{}}
	rc.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		err := sinks.VerifyWebhook(hookSecret, r.Header.Get(sinks.HeaderWebhookID), r.Header.Get(sinks.HeaderWebhookTimestamp),
			r.Header.Get(sinks.HeaderWebhookSignature), body, time.Now(), 5*time.Minute)
		var env hookEnvelope
		if err == nil {
			err = json.Unmarshal(body, &env)
		}
		rc.mu.Lock()
		defer rc.mu.Unlock()
		if err != nil {
			rc.bad = append(rc.bad, r.URL.Path+": "+err.Error())
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		rc.calls[r.URL.Path] = append(rc.calls[r.URL.Path], hookCall{id: r.Header.Get(sinks.HeaderWebhookID), env: env, body: body})
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(rc.srv.Close)
	return rc
}

func (rc *receiver) get(path string) []hookCall {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return append([]hookCall(nil), rc.calls[path]...)
}

func (rc *receiver) count() int {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	n := 0
	for _, c := range rc.calls {
		n += len(c)
	}
	return n
}

// directoryYAML has two resellers. Under reseller A: example-bank.de
// (customer bank-a) and shop-a.example (customer shop-a); the reseller's
// NOC is reached by e-mail and webhook and subscribes at reseller level,
// and the bank's postmaster is a domain-level manager subscribed at the
// domain. Under reseller B: retail-b.example with the reseller's NOC and a
// customer manager.
func directoryYAML(hookBase string) string {
	return fmt.Sprintf(`defaults: {window: 25, threshold: 0.9}
resellers:
  - {id: reseller-a, name: Reseller A}
  - {id: reseller-b, name: Reseller B}
customers:
  - {id: bank-a, name: Example Bank, reseller: reseller-a}
  - {id: shop-a, name: Shop A, reseller: reseller-a}
  - {id: retail-b, name: Retail B, reseller: reseller-b}
domains:
  - {name: example-bank.de, customer: bank-a}
  - {name: shop-a.example, customer: shop-a}
  - {name: retail-b.example, customer: retail-b}
managers:
  - {id: noc-a, level: reseller, of: reseller-a, email: noc@reseller-a.test, webhook_url: "%[1]s/noc-a", webhook_secret: %[2]s}
  - {id: postmaster-bank, level: domain, of: example-bank.de, email: postmaster@example-bank.de, webhook_url: "%[1]s/postmaster-bank", webhook_secret: %[2]s}
  - {id: noc-b, level: reseller, of: reseller-b, email: noc@reseller-b.test, webhook_url: "%[1]s/noc-b", webhook_secret: %[2]s}
  - {id: ops-retail-b, level: customer, of: retail-b, email: ops@retail-b.example}
subscriptions:
  - {id: noc-a-all, manager: noc-a, level: reseller, of: reseller-a}
  - {id: postmaster-bank, manager: postmaster-bank, level: domain, of: example-bank.de}
  - {id: noc-b-all, manager: noc-b}
  - {id: ops-retail-b, manager: ops-retail-b}
`, hookBase, hookSecret)
}

// TestNotifyThroughProcessor is issue 4's end to end with the processor in
// the loop: the directory is applied to the config topic, a real processor
// turns delivery events into alerts, and a real sink notifies over SMTP and
// signed webhooks. A reseller-A domain goes Bad and recovers: its reseller's
// NOC and its postmaster each hear of both exactly once per channel, the
// recovery mail threads with the Bad mail, reseller B hears nothing, and
// neither a restarted sink nor one made to read the alerts again sends
// anything twice.
func TestNotifyThroughProcessor(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	dir := t.TempDir()
	mb := startMailbox(t)
	hooks := startReceiver(t)

	f, err := directory.ParseFile([]byte(directoryYAML(hooks.srv.URL)))
	if err != nil {
		t.Fatal(err)
	}
	res, err := directory.Apply(ctx, e.cl, e.topics.Config, f, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Created) != 16 {
		t.Fatalf("apply created %v, want the 16 entities of the file", res.Created)
	}

	r := e.startProcessor(e.processorConfig(filepath.Join(dir, "processor"), "e2e-notify"))

	sinkCfg := sinks.Config{
		Kafka:                []kgo.Opt{kgo.SeedBrokers(e.brokers...), kgo.FetchMaxWait(100 * time.Millisecond)},
		DataDir:              filepath.Join(dir, "sink"),
		SMTP:                 sinks.SMTPConfig{Host: mb.host, Port: mb.port, TLS: sinks.TLSNone, From: "mailflow <mailflow@alerts.e2e.test>", Timeout: 5 * time.Second},
		ConsoleURL:           "https://console.e2e.test",
		WebhookTimeout:       2 * time.Second,
		AllowPrivateWebhooks: true, // the receiver listens on loopback
		MaxAttempts:          4,
		BackoffBase:          20 * time.Millisecond,
		BackoffMax:           100 * time.Millisecond,
		MaxRetryAfter:        time.Second,
		CommitInterval:       50 * time.Millisecond,
		Logger:               testLogger(t),
		TopicPrefix:          e.cluster.Name(processor.DefaultTopicPrefix),
	}
	sinkGroup := e.cluster.Name("mailflow.sink") // the default for the prefix
	stopSink := startSink(t, ctx, sinkCfg)

	// Traffic: every domain delivers; then example-bank.de is blocklisted
	// for three attempts (Bad on the third: budget 2 of 25), and
	// stray.example, in no directory, goes Bad as well (routed to nobody).
	now := time.Now().UTC().Add(-10 * time.Minute).Truncate(time.Second)
	seq := 0
	var evs []schemas.DeliveryEvent
	add := func(domain, kind string) schemas.DeliveryEvent {
		seq++
		ev := attempt(fmt.Sprintf("e2e-notify-%04d", seq), domain, kind, seq, now.Add(time.Duration(seq)*time.Second))
		evs = append(evs, ev)
		return ev
	}
	for range 6 {
		add("example-bank.de", "sent")
		add("shop-a.example", "sent")
		add("retail-b.example", "sent")
	}
	add("retail-b.example", "unknown_user") // one failure: still good
	var badCause schemas.DeliveryEvent
	for i := range 3 {
		badCause = add("example-bank.de", "blocked")
		add("stray.example", "unknown_user")
		if i == 0 {
			add("shop-a.example", "sent")
		}
	}
	e.produceEvents(evs)

	eventually(t, ctx, 25*time.Second, "the Bad notifications", func() bool {
		return len(mb.to("noc@reseller-a.test")) >= 1 && len(mb.to("postmaster@example-bank.de")) >= 1 &&
			len(hooks.get("/noc-a")) >= 1 && len(hooks.get("/postmaster-bank")) >= 1
	})

	// Recovery: example-bank.de has 9 attempts, failures at the 7th to
	// 9th. After k more delivered attempts the window holds attempts
	// k-15 to k+9, so the 7th leaves it, and the failures fall within the
	// budget again, at k = 23.
	evs = evs[:0]
	var goodCause schemas.DeliveryEvent
	for range 23 {
		goodCause = add("example-bank.de", "sent")
	}
	e.produceEvents(evs)
	e.waitProcessed()

	// The alerts: example-bank.de good→bad and bad→good with its customer
	// and reseller, stray.example good→bad without.
	alerts := e.alerts()
	var bank []schemas.StatusChange
	for _, a := range alerts {
		switch a.Domain {
		case "example-bank.de":
			bank = append(bank, a)
			if a.Customer != "bank-a" || a.Reseller != "reseller-a" {
				t.Errorf("alert %s of example-bank.de carries customer %q, reseller %q", a.ID, a.Customer, a.Reseller)
			}
		case "stray.example":
			if a.Customer != "" || a.Reseller != "" {
				t.Errorf("alert of stray.example carries customer %q, reseller %q", a.Customer, a.Reseller)
			}
		default:
			t.Errorf("unexpected alert:%s", render([]schemas.StatusChange{a}))
		}
	}
	if len(bank) != 2 || bank[0].From != schemas.StatusGood || bank[0].To != schemas.StatusBad || bank[0].CauseEventID != badCause.ID ||
		bank[1].From != schemas.StatusBad || bank[1].To != schemas.StatusGood || bank[1].CauseEventID != goodCause.ID {
		t.Fatalf("example-bank.de alerts:%s\nwant good→bad by %s, bad→good by %s", render(bank), badCause.ID, goodCause.ID)
	}
	if len(bank[0].TopCategories) == 0 || bank[0].TopCategories[0].Category != "blocklisted" {
		t.Errorf("the Bad alert's top categories: %+v", bank[0].TopCategories)
	}
	if len(alerts) != 3 {
		t.Fatalf("alerts:%s\nwant example-bank.de good→bad, bad→good and stray.example good→bad", render(alerts))
	}

	eventually(t, ctx, 25*time.Second, "the recovery notifications", func() bool {
		return len(mb.to("noc@reseller-a.test")) >= 2 && len(mb.to("postmaster@example-bank.de")) >= 2 &&
			len(hooks.get("/noc-a")) >= 2 && len(hooks.get("/postmaster-bank")) >= 2
	})
	e.waitConsumed(sinkGroup, e.topics.Alerts)
	time.Sleep(300 * time.Millisecond) // room for a duplicate to show up

	check := func(when string) {
		t.Helper()
		for _, who := range []string{"noc@reseller-a.test", "postmaster@example-bank.de"} {
			msgs := mb.to(who)
			if len(msgs) != 2 {
				t.Errorf("%s: %s got %d mails, want a Bad and a recovery mail", when, who, len(msgs))
				continue
			}
			b, rec := msgs[0], msgs[1]
			if !strings.HasPrefix(b.header.Get("Subject"), "[mailflow] BAD: example-bank.de") || b.header.Get("X-Mailflow-Alert-Id") != bank[0].ID {
				t.Errorf("%s: %s first mail %q (alert %s), want the Bad mail of %s", when, who, b.header.Get("Subject"), b.header.Get("X-Mailflow-Alert-Id"), bank[0].ID)
			}
			if !strings.HasPrefix(rec.header.Get("Subject"), "[mailflow] RECOVERED: example-bank.de") || rec.header.Get("X-Mailflow-Alert-Id") != bank[1].ID {
				t.Errorf("%s: %s second mail %q (alert %s), want the recovery of %s", when, who, rec.header.Get("Subject"), rec.header.Get("X-Mailflow-Alert-Id"), bank[1].ID)
			}
			id := b.header.Get("Message-Id")
			if id == "" || rec.header.Get("In-Reply-To") != id || !strings.Contains(rec.header.Get("References"), id) {
				t.Errorf("%s: %s: the recovery mail (In-Reply-To %q, References %q) does not answer the Bad mail %q",
					when, who, rec.header.Get("In-Reply-To"), rec.header.Get("References"), id)
			}
			if !strings.Contains(b.body, "zen.spamhaus.org") && !strings.Contains(b.body, "blocklist") {
				t.Errorf("%s: %s: the Bad mail names neither the blocklist nor the category:\n%s", when, who, b.body)
			}
		}
		for path, manager := range map[string]string{"/noc-a": "noc-a", "/postmaster-bank": "postmaster-bank"} {
			calls := hooks.get(path)
			if len(calls) != 2 {
				t.Errorf("%s: %s got %d webhooks, want a Bad and a recovery webhook", when, path, len(calls))
				continue
			}
			for k, want := range []struct{ typ, id string }{{"domain.bad", bank[0].ID}, {"domain.recovered", bank[1].ID}} {
				c := calls[k]
				if c.env.Type != want.typ || c.env.Data.ID != want.id || c.env.Data.Manager != manager ||
					c.env.Data.Customer != "bank-a" || c.env.Data.Reseller != "reseller-a" {
					t.Errorf("%s: %s webhook %d: type %q alert %s manager %q customer %q reseller %q; want %s of %s to %s",
						when, path, k, c.env.Type, c.env.Data.ID, c.env.Data.Manager, c.env.Data.Customer, c.env.Data.Reseller, want.typ, want.id, manager)
				}
			}
			if subs := calls[0].env.Data.Subscriptions; len(subs) != 1 || subs[0] != map[string]string{"noc-a": "noc-a-all", "postmaster-bank": "postmaster-bank"}[manager] {
				t.Errorf("%s: %s: the webhook names subscriptions %q", when, path, subs)
			}
			if calls[0].id == calls[1].id {
				t.Errorf("%s: %s: both webhooks have webhook-id %s", when, path, calls[0].id)
			}
		}
		if n := len(mb.to("noc@reseller-b.test")) + len(mb.to("ops@retail-b.example")) + len(hooks.get("/noc-b")); n != 0 {
			t.Errorf("%s: reseller B was notified %d times", when, n)
		}
		if n := mb.count(); n != 4 {
			t.Errorf("%s: the SMTP server received %d mails, want 4", when, n)
		}
		if n := hooks.count(); n != 4 {
			t.Errorf("%s: the receiver got %d verified webhooks, want 4", when, n)
		}
		hooks.mu.Lock()
		if len(hooks.bad) > 0 {
			t.Errorf("%s: webhooks that failed verification: %q", when, hooks.bad)
		}
		hooks.mu.Unlock()
	}
	check("first run")
	if t.Failed() {
		t.FailNow()
	}

	// A restart on the same data directory and group sends nothing again.
	stopSink()
	stopSink = startSink(t, ctx, sinkCfg)
	time.Sleep(time.Second)
	e.waitConsumed(sinkGroup, e.topics.Alerts)
	check("after a restart")

	// Made to read every alert again (the group's offsets rewound, as after
	// a crash before any commit), the sink finds each notification in its
	// store and still sends nothing.
	stopSink()
	rewind := kadm.Offsets{}
	for p := range e.endOffsets(e.topics.Alerts) {
		rewind.Add(kadm.Offset{Topic: e.topics.Alerts, Partition: p, At: 0, LeaderEpoch: -1})
	}
	if resp, err := e.adm.CommitOffsets(ctx, sinkGroup, rewind); err != nil || resp.Error() != nil {
		t.Fatalf("rewinding the sink group: %v %v", err, resp.Error())
	}
	if offs, err := e.adm.FetchOffsets(ctx, sinkGroup); err != nil || offs.Error() != nil {
		t.Fatal(err, offs.Error())
	} else {
		offs.Each(func(o kadm.OffsetResponse) {
			if o.Topic == e.topics.Alerts && o.At != 0 {
				t.Fatalf("the sink group's offset of %s/%d is %d after the rewind", o.Topic, o.Partition, o.At)
			}
		})
	}
	stopSink = startSink(t, ctx, sinkCfg)
	e.waitConsumed(sinkGroup, e.topics.Alerts)
	time.Sleep(300 * time.Millisecond)
	check("after reading every alert again")
	stopSink()

	if err := r.close(); err != nil {
		t.Fatalf("processor Run: %v", err)
	}
}

// startSink runs a sink until the returned function is called.
func startSink(t *testing.T, ctx context.Context, cfg sinks.Config) (stop func()) {
	t.Helper()
	sctx, cancel := context.WithCancel(ctx)
	s, err := sinks.New(sctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Run(sctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("sink Run: %v", err)
			}
			if err := s.Close(); err != nil {
				t.Errorf("sink Close: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}
