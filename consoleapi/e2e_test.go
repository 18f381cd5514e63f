package consoleapi

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/emersion/go-smtp"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/console"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/sinks"
)

// mailbox is a real SMTP server (go-smtp) that keeps what it receives.
type mailbox struct {
	mu   sync.Mutex
	msgs []string // "rcpt\nraw message"
	port int
}

type mboxSession struct {
	m  *mailbox
	to []string
}

func (s *mboxSession) Reset()                                    { s.to = nil }
func (s *mboxSession) Logout() error                             { return nil }
func (s *mboxSession) Mail(string, *smtp.MailOptions) error      { return nil }
func (s *mboxSession) Rcpt(to string, _ *smtp.RcptOptions) error { s.to = append(s.to, to); return nil }
func (s *mboxSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.m.mu.Lock()
	defer s.m.mu.Unlock()
	for _, to := range s.to {
		s.m.msgs = append(s.m.msgs, to+"\n"+string(b))
	}
	return nil
}

func startMailbox(t *testing.T) *mailbox {
	t.Helper()
	m := &mailbox{}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &mboxSession{m: m}, nil }))
	srv.Domain = "mx.test"
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	m.port = l.Addr().(*net.TCPAddr).Port
	return m
}

func (m *mailbox) to(addr string) []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for _, s := range m.msgs {
		if rcpt, body, _ := strings.Cut(s, "\n"); strings.EqualFold(rcpt, addr) {
			out = append(out, body)
		}
	}
	return out
}

// TestEndToEndInBrowser runs a real instance (processor on an in-process
// broker, read API, console, console API) and a real sink with a real SMTP
// server. A customer manager turns on e-mail notifications at the
// customer level in the browser; a domain of the customer goes Bad and
// the mail arrives. A reseller manager then lowers that domain's threshold
// in the browser and the status follows on the next attempt.
func TestEndToEndInBrowser(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	in := startInstance(t, ctx, "consoleapi-e2e", 3, "mCA1", "mRA")
	p, cl, topics, acc, opts := in.p, in.cl, in.topics, in.acc, in.opts
	// Mounted as the lead mounts it in front of the read API.
	apiH := api.Handler(api.Config{Backend: p, Extra: console.Handler(), AdminToken: adminToken, Log: quiet()})
	h, err := New(ctx, Config{Directory: p.Directory, Client: cl, ConfigTopic: topics.Config, AuditTopic: "mailflow.audit",
		Accounts: acc, Statuses: &APIStatuses{API: apiH, Token: adminToken, TTL: time.Millisecond}, AdminToken: adminToken, Log: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h.Wrap(apiH))
	t.Cleanup(srv.Close)

	mb := startMailbox(t)
	sinkCtx, stopSink := context.WithCancel(ctx)
	s, err := sinks.New(sinkCtx, sinks.Config{Kafka: opts, DataDir: t.TempDir(), ConsoleURL: srv.URL + "/",
		SMTP:   sinks.SMTPConfig{Host: "127.0.0.1", Port: mb.port, TLS: sinks.TLSNone, From: "mailflow@alerts.test", Timeout: 5 * time.Second},
		Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	sinkDone := make(chan error, 1)
	go func() { sinkDone <- s.Run(sinkCtx) }()
	t.Cleanup(func() { stopSink(); <-sinkDone; _ = s.Close() })

	// The customer manager turns on e-mail at the customer level.
	tb, _ := tab(t, ctx, exe)
	signInUI(t, tb, srv.URL, "ca1@a.example")
	run(t, tb, chromedp.Click("#tab-mailflow"))
	waitTrue(t, tb, "the Mail Flow tab", `document.getElementById('notify-state').textContent !== ''`)
	run(t, tb, chromedp.Click("#notify button[type=submit]"))
	waitTrue(t, tb, "notifications on", `document.getElementById('notify-state').textContent.includes('on at this level')`)

	// a1.example: 22 delivered, then 3 bounces — Bad at 90% of 25.
	seq := 0
	produce := func(n, code int) {
		t.Helper()
		var rs []*kgo.Record
		for range n {
			seq++
			now := time.Now().UTC()
			e := schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("e2e-%04d", seq), MessageID: fmt.Sprintf("<m%d@a.example>", seq),
				Recipient: fmt.Sprintf("user%d@a1.example", seq), Sender: "news@a.example", Attempt: 1,
				QueuedAt: now.Add(-time.Second), CompletedAt: now, SMTPCode: code, RemoteHost: "mx.a1.example", Transport: "mta-1"}
			if code == 250 {
				e.Response = "250 2.0.0 OK queued"
			} else {
				e.EnhancedCode = "5.1.1"
				e.Response = "550 5.1.1 <user> User unknown"
			}
			v, err := schemas.MarshalDeliveryEvent(&e)
			if err != nil {
				t.Fatal(err)
			}
			rs = append(rs, &kgo.Record{Key: []byte("a1.example"), Value: v})
		}
		if err := cl.ProduceSync(ctx, rs...).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	status := func() (api.Status, error) {
		var st api.Status
		code, err := (&APIStatuses{API: apiH, Token: adminToken}).get(ctx, "/api/v1/domains/a1.example/status", &st)
		if err == nil && code != 200 {
			err = fmt.Errorf("status %d", code)
		}
		return st, err
	}
	waitStatus := func(want schemas.Status, attempts uint64) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			st, err := status()
			if err == nil && st.Status == want && st.TotalAttempts == attempts {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("a1.example not %s after %d attempts: %+v %v", want, attempts, st, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	produce(22, 250)
	produce(3, 550)
	waitStatus(schemas.StatusBad, 25)
	deadline := time.Now().Add(30 * time.Second)
	for len(mb.to("ca1@a.example")) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no notification e-mail reached ca1@a.example")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if m := mb.to("ca1@a.example")[0]; !strings.Contains(m, "a1.example") {
		t.Fatalf("the notification does not name the domain:\n%s", m)
	}
	if n := len(mb.to("ra@a.example")); n != 0 {
		t.Fatalf("the reseller manager, who subscribed to nothing, got %d mails", n)
	}

	// The reseller manager lowers the domain's threshold to 0.85 (a budget
	// of 3 failures in 25): the next attempt finds it Good.
	tb2, _ := tab(t, ctx, exe)
	signInUI(t, tb2, srv.URL, "ra@a.example")
	run(t, tb2, chromedp.Navigate(srv.URL+"/static/account.html#domain/a1.example"))
	run(t, tb2, chromedp.Click("#tab-mailflow"))
	waitTrue(t, tb2, "the domain's Mail Flow tab", `document.getElementById('title').textContent === 'domain: a1.example' && document.getElementById('threshold').value === '0.9'`)
	run(t, tb2, chromedp.SetValue("#threshold", "0.85"), chromedp.Click("#settings button[type=submit]"))
	waitTrue(t, tb2, "threshold set here", `document.getElementById('threshold-source').textContent === 'set here'`)
	shot(t, tb2, "console-domain-threshold.png")
	produce(1, 250)
	waitStatus(schemas.StatusGood, 26)
	// The tree of the customer shows it Good now.
	run(t, tb2, chromedp.Navigate(srv.URL+"/static/account.html#customer/cA1"))
	waitTrue(t, tb2, "the customer's domains", `Array.from(document.querySelectorAll('#children tbody tr')).some(r => r.cells[0].textContent === 'a1.example' && r.cells[4].textContent.startsWith('good'))`)

	// The operator's directory file subscribes the reseller manager at
	// its level, and a customer manager of cA2. The reseller manager sees
	// that in the console and turns it off there: the sink sends it
	// nothing for a2.example's Bad, while cA2's manager is told.
	var recs []directory.Record
	for _, e := range []any{
		directory.Manager{ID: "mCA2", Level: directory.LevelCustomer, Of: "cA2", Email: "ca2@a.example"},
		directory.Subscription{ID: "file-ra", Manager: "mRA"},
		directory.Subscription{ID: "file-ca2", Manager: "mCA2"},
	} {
		r, err := directory.EncodeRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := directory.Publish(ctx, cl, topics.Config, recs); err != nil {
		t.Fatal(err)
	}
	// A customer's page below says that the reseller-level subscription
	// covers it, rather than only "off at this level".
	run(t, tb2, chromedp.Navigate(srv.URL+"/static/account.html#customer/cA2"))
	run(t, tb2, chromedp.Click("#tab-mailflow"))
	waitTrue(t, tb2, "the level above named", `document.getElementById('title').textContent.startsWith('customer:') && document.getElementById('notify-state').textContent.includes('Notifications are off at this level. Your notifications at reseller Reseller A (email on bad, recovered') && document.getElementById('notify-state').textContent.includes('also cover this level')`)
	run(t, tb2, chromedp.Navigate(srv.URL+"/static/account.html#reseller/rA"))
	run(t, tb2, chromedp.Click("#tab-mailflow"))
	waitTrue(t, tb2, "the file's subscription shown", `document.getElementById('notify-state').textContent.includes('set by your operator in the directory file') && !document.getElementById('notify-off').disabled`)
	run(t, tb2, chromedp.Click("#notify-off"))
	waitTrue(t, tb2, "turned off", `document.getElementById('notify-state').textContent.includes('off at this level: you turned off what your operator set') && document.getElementById('notify-off').disabled`)
	if d := p.Directory(); d.InForce(d.Subscriptions["file-ra"], d.Managers["mRA"]) {
		t.Fatal("the file's subscription is still in force after the manager turned it off")
	}
	shot(t, tb2, "console-notifications-off-file.png")
	// The sink follows the same topic: wait until it has read the change
	// (a fixed second was not always enough on a loaded machine).
	deadline = time.Now().Add(30 * time.Second)
	for d := s.Directory(); d.InForce(d.Subscriptions["file-ra"], d.Managers["mRA"]); d = s.Directory() {
		if time.Now().After(deadline) {
			t.Fatal("the sink still routes to the file's subscription the manager turned off")
		}
		time.Sleep(20 * time.Millisecond)
	}
	var bad []*kgo.Record
	for i := range 25 {
		now := time.Now().UTC()
		e := schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("e2e-a2-%04d", i), Recipient: fmt.Sprintf("user%d@a2.example", i), CompletedAt: now, SMTPCode: 550, EnhancedCode: "5.1.1", Response: "550 5.1.1 <user> User unknown"}
		v, err := schemas.MarshalDeliveryEvent(&e)
		if err != nil {
			t.Fatal(err)
		}
		bad = append(bad, &kgo.Record{Key: []byte("a2.example"), Value: v})
	}
	if err := cl.ProduceSync(ctx, bad...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	deadline = time.Now().Add(30 * time.Second)
	for len(mb.to("ca2@a.example")) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no notification e-mail reached ca2@a.example for a2.example")
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(time.Second)
	if n := len(mb.to("ra@a.example")); n != 0 {
		t.Fatalf("the reseller manager turned its notifications off in the console and still got %d mails", n)
	}
}
