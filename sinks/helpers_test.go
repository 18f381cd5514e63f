package sinks

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/mail"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/internal/kafkatest"
	"github.com/mailflow/mailflow/internal/logbuf"
	"github.com/mailflow/mailflow/schemas"
)

const testSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

func testLogger(t *testing.T) *slog.Logger {
	if os.Getenv("SINK_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	// The sink's log is kept and printed when the test fails, so that a
	// failure in CI says what the sink was doing.
	buf := &lockedBuffer{}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("sink log:\n%s", buf.String())
		}
	})
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// lockedBuffer is the logger output the server under test writes while
// the test reads it.
type lockedBuffer = logbuf.Buffer

// received is one message an SMTP test server accepted.
type received struct {
	from   string
	to     []string
	header mail.Header
	body   string
	at     time.Time // when the server accepted it
}

// smtpServer is a real SMTP server (emersion/go-smtp) on a loopback port
// that keeps what it accepts and can be told to refuse for a while.
type smtpServer struct {
	srv    *smtp.Server
	host   string
	port   int
	mu     sync.Mutex
	msgs   []received
	refuse int // refuse this many transactions with 451 before accepting
	user   string
	pass   string
}

type smtpSession struct {
	s    *smtpServer
	from string
	to   []string
	auth bool
}

func (x *smtpSession) AuthMechanisms() []string { return []string{sasl.Plain} }
func (x *smtpSession) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, user, pass string) error {
		if user != x.s.user || pass != x.s.pass {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "bad credentials"}
		}
		x.auth = true
		return nil
	}), nil
}
func (x *smtpSession) Reset()        { x.from, x.to = "", nil }
func (x *smtpSession) Logout() error { return nil }
func (x *smtpSession) Mail(from string, _ *smtp.MailOptions) error {
	if x.s.user != "" && !x.auth {
		return &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "authentication required"}
	}
	x.s.mu.Lock()
	defer x.s.mu.Unlock()
	if x.s.refuse > 0 {
		x.s.refuse--
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}
	}
	x.from = from
	return nil
}
func (x *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	x.to = append(x.to, to)
	return nil
}
func (x *smtpSession) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	body, _ := io.ReadAll(m.Body)
	x.s.mu.Lock()
	defer x.s.mu.Unlock()
	x.s.msgs = append(x.s.msgs, received{from: x.from, to: x.to, header: m.Header, body: string(body), at: time.Now()})
	return nil
}

func startSMTP(t *testing.T, tlsCfg *tls.Config, user, pass string) *smtpServer {
	t.Helper()
	s := &smtpServer{user: user, pass: pass}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &smtpSession{s: s}, nil }))
	srv.Domain = "mx.test"
	srv.TLSConfig = tlsCfg
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	s.srv = srv
	s.host = "127.0.0.1"
	s.port = l.Addr().(*net.TCPAddr).Port
	return s
}

func (s *smtpServer) setRefuse(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refuse = n
}

func (s *smtpServer) messages() []received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]received(nil), s.msgs...)
}

// to returns the messages sent to addr.
func (s *smtpServer) to(addr string) []received {
	var out []received
	for _, m := range s.messages() {
		for _, r := range m.to {
			if r == addr {
				out = append(out, m)
			}
		}
	}
	return out
}

// distinctTo is to(addr) with each Message-Id once: a sink killed after
// the server's 250 and before recording it sends the same message again.
func (s *smtpServer) distinctTo(addr string) []received {
	seen := map[string]bool{}
	var out []received
	for _, m := range s.to(addr) {
		id := m.header.Get("Message-Id")
		if !seen[id] {
			seen[id] = true
			out = append(out, m)
		}
	}
	return out
}

// selfSigned returns a server certificate for 127.0.0.1 and a client
// config that trusts it.
func selfSigned(t *testing.T) (server, client *tls.Config) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "mx.test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}},
		&tls.Config{RootCAs: pool}
}

// hookCall is one verified webhook request.
type hookCall struct {
	path string
	id   string
	body []byte
	at   time.Time // when the receiver accepted it
}

// hookReceiver is an HTTP receiver that verifies the Standard Webhooks
// signature of every request, answers from a per-path script and records
// the requests it accepted.
type hookReceiver struct {
	t      *testing.T
	srv    *httptest.Server
	mu     sync.Mutex
	ok     []hookCall
	bad    int                      // requests with a bad signature
	script map[string][]reply       // path → replies to give before 200
	always map[string]reply         // path → reply to give forever
	hang   map[string]chan bool     // path → block until closed (or the client gives up)
	seen   map[string]int           // path → requests seen
	times  map[string][]time.Time   // path → when each request seen arrived
	reset  map[string]bool          // path → reset the connection (RST) instead of answering
	slow   map[string]time.Duration // path → answer (as usual) only after this long
}

type reply struct {
	code       int
	retryAfter string
}

func startHooks(t *testing.T) *hookReceiver {
	h := &hookReceiver{t: t, script: map[string][]reply{}, always: map[string]reply{}, hang: map[string]chan bool{}, seen: map[string]int{}, times: map[string][]time.Time{}, reset: map[string]bool{}, slow: map[string]time.Duration{}}
	h.srv = httptest.NewServer(http.HandlerFunc(h.serve))
	t.Cleanup(h.srv.Close)
	return h
}

func (h *hookReceiver) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	arrived := time.Now()
	err := VerifyWebhook(testSecret, r.Header.Get(HeaderWebhookID), r.Header.Get(HeaderWebhookTimestamp),
		r.Header.Get(HeaderWebhookSignature), body, time.Now(), 5*time.Minute)
	h.mu.Lock()
	h.seen[r.URL.Path]++
	h.times[r.URL.Path] = append(h.times[r.URL.Path], arrived)
	if err != nil {
		h.bad++
		h.mu.Unlock()
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	hang, reset, slow := h.hang[r.URL.Path], h.reset[r.URL.Path], h.slow[r.URL.Path]
	h.mu.Unlock()
	if slow > 0 {
		select {
		case <-time.After(slow):
		case <-r.Context().Done():
			return
		}
	}
	if reset {
		if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
			if tc, ok := conn.(*net.TCPConn); ok {
				_ = tc.SetLinger(0) // close with RST
			}
			conn.Close()
		}
		return
	}
	if hang != nil {
		select {
		case <-hang:
		case <-r.Context().Done():
			return // the sender gave up: nothing was received
		}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if rep, ok := h.always[r.URL.Path]; ok {
		if rep.retryAfter != "" {
			w.Header().Set("Retry-After", rep.retryAfter)
		}
		w.WriteHeader(rep.code)
		return
	}
	if s := h.script[r.URL.Path]; len(s) > 0 {
		h.script[r.URL.Path] = s[1:]
		if s[0].retryAfter != "" {
			w.Header().Set("Retry-After", s[0].retryAfter)
		}
		w.WriteHeader(s[0].code)
		return
	}
	h.ok = append(h.ok, hookCall{path: r.URL.Path, id: r.Header.Get(HeaderWebhookID), body: body, at: time.Now()})
	w.WriteHeader(http.StatusNoContent)
}

func (h *hookReceiver) calls(path string) []hookCall {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []hookCall
	for _, c := range h.ok {
		if c.path == path {
			out = append(out, c)
		}
	}
	return out
}

// distinct is calls(path) with each webhook id once, first delivery
// first. A sink killed between the receiver's 2xx and recording it sends
// the same notification again under the same webhook-id, which the
// Standard Webhooks receiver is meant to drop (at least once, idempotent).
func (h *hookReceiver) distinct(path string) []hookCall {
	seen := map[string]bool{}
	var out []hookCall
	for _, c := range h.calls(path) {
		if !seen[c.id] {
			seen[c.id] = true
			out = append(out, c)
		}
	}
	return out
}

// arrivals returns when each request to path arrived, accepted or not.
func (h *hookReceiver) arrivals(path string) []time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.times[path])
}

func (h *hookReceiver) url(path string) string { return h.srv.URL + path }

// cluster is an in-process Kafka-protocol broker with the sink's topics,
// or, with $MAILFLOW_TEST_BROKERS, a real Kafka cluster with the sink's
// topics under a prefix of the test's own (see internal/kafkatest).
type cluster struct {
	addrs  []string
	prefix string
	// kf is the in-process broker (nil against a real cluster), for
	// tests that make it fail requests.
	kf *kfake.Cluster
}

// stableMembers reports whether consumer group base (under the cluster's
// prefix) is stable with n members, each assigned partitions.
func (c *cluster) stableMembers(t *testing.T, ctx context.Context, base string, n int) bool {
	group := c.name(base)
	described, err := kadm.NewClient(c.client(t)).DescribeGroups(ctx, group)
	if err != nil {
		return false
	}
	g, ok := described[group]
	if !ok || g.State != "Stable" || len(g.Members) != n {
		return false
	}
	for _, m := range g.Members {
		if a, ok := m.Assigned.AsConsumer(); !ok || len(a.Topics) == 0 {
			return false
		}
	}
	return true
}

// name returns a topic or group name under the cluster's prefix.
func (c *cluster) name(base string) string { return c.prefix + base }

func startCluster(t *testing.T) *cluster {
	t.Helper()
	if _, ok := kafkatest.External(); ok {
		kc := kafkatest.Start(t)
		c := &cluster{addrs: kc.Brokers, prefix: kc.Prefix}
		adm := kadm.NewClient(c.client(t))
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		for _, tp := range []struct {
			name    string
			parts   int32
			configs map[string]*string
		}{
			{"mailflow.alerts", 2, nil},
			{"mailflow.config", 1, map[string]*string{"cleanup.policy": kadm.StringPtr("compact")}},
			{"mailflow.alerts.deadletter", 1, nil},
		} {
			if _, err := adm.CreateTopic(ctx, tp.parts, -1, tp.configs, c.name(tp.name)); err != nil {
				t.Fatal(err)
			}
		}
		return c
	}
	c, err := kfake.NewCluster(kfake.NumBrokers(1),
		kfake.SeedTopics(2, "mailflow.alerts"),
		kfake.SeedTopics(1, "mailflow.config", "mailflow.alerts.deadletter"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return &cluster{addrs: c.ListenAddrs(), kf: c}
}

func (c *cluster) client(t *testing.T, opts ...kgo.Opt) *kgo.Client {
	t.Helper()
	cl, err := kgo.NewClient(append([]kgo.Opt{kgo.SeedBrokers(c.addrs...)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return cl
}

// applyDirectory writes a directory file to the config topic.
func (c *cluster) applyDirectory(t *testing.T, ctx context.Context, yaml string) {
	t.Helper()
	f, err := directory.ParseFile([]byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := directory.Apply(ctx, c.client(t), c.name("mailflow.config"), f, true); err != nil {
		t.Fatal(err)
	}
}

// produceAlerts writes alerts the way the processor does: in a
// transaction, keyed by domain.
func (c *cluster) produceAlerts(t *testing.T, ctx context.Context, alerts ...*schemas.StatusChange) {
	t.Helper()
	c.produceAlertsStamped(t, ctx, time.Time{}, alerts...)
}

// produceAlertsStamped is produceAlerts with the records' timestamp set to
// at (zero: now, as franz-go stamps a record).
func (c *cluster) produceAlertsStamped(t *testing.T, ctx context.Context, at time.Time, alerts ...*schemas.StatusChange) {
	t.Helper()
	cl := c.client(t, kgo.TransactionalID(c.name("test-processor-")+strconv.FormatInt(time.Now().UnixNano(), 36)))
	if err := cl.BeginTransaction(); err != nil {
		t.Fatal(err)
	}
	for _, a := range alerts {
		v, err := schemas.MarshalStatusChange(a)
		if err != nil {
			t.Fatal(err)
		}
		if err := cl.ProduceSync(ctx, &kgo.Record{Topic: c.name("mailflow.alerts"), Key: []byte(a.Domain), Value: v, Timestamp: at}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	if err := cl.EndTransaction(ctx, kgo.TryCommit); err != nil {
		t.Fatal(err)
	}
}

// deadLetters reads the dead-letter topic to its current end.
func (c *cluster) deadLetters(t *testing.T, ctx context.Context) []*kgo.Record {
	t.Helper()
	cl := c.client(t, kgo.ConsumeTopics(c.name("mailflow.alerts.deadletter")), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	var out []*kgo.Record
	deadline := time.Now().Add(time.Second)
	for time.Now().Before(deadline) {
		pctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
		fs := cl.PollFetches(pctx)
		cancel()
		fs.EachRecord(func(r *kgo.Record) { out = append(out, r) })
	}
	return out
}

func header(r *kgo.Record, key string) string {
	for _, h := range r.Headers {
		if h.Key == key {
			return string(h.Value)
		}
	}
	return ""
}

// alertAt builds a transition of domain caused by event cause.
func alertAt(domain string, from, to schemas.Status, cause string, rate float64) *schemas.StatusChange {
	return &schemas.StatusChange{
		ID: schemas.ChangeID(domain, from, to, cause), Domain: domain, From: from, To: to,
		At: time.Now().UTC(), SuccessRate: rate, Window: 25, Threshold: 0.9, Attempts: 25,
		Failures: int((1 - rate) * 25), LastResponse: "451 4.7.1 Try again later",
		TopCategories: []schemas.CategoryCount{{Category: "greylisted", Count: 3, Advice: "Wait: greylisting clears on retry."}},
		CauseEventID:  cause,
	}
}

// testConfig returns a sink configuration with short timings for tests.
func testConfig(t *testing.T, c *cluster, s *smtpServer, dataDir string) Config {
	return Config{
		Kafka:                []kgo.Opt{kgo.SeedBrokers(c.addrs...), kgo.FetchMaxWait(100 * time.Millisecond)},
		TopicPrefix:          c.name("mailflow."),
		DataDir:              dataDir,
		SMTP:                 SMTPConfig{Host: s.host, Port: s.port, TLS: TLSNone, From: "mailflow@alerts.test", Timeout: 5 * time.Second},
		ConsoleURL:           "https://console.test/",
		WebhookTimeout:       2 * time.Second,
		AllowPrivateWebhooks: true,
		MaxAttempts:          4,
		BackoffBase:          20 * time.Millisecond,
		BackoffMax:           100 * time.Millisecond,
		MaxRetryAfter:        2 * time.Second,
		CommitInterval:       50 * time.Millisecond,
		Logger:               testLogger(t),
	}
}

// startSink runs a sink until the returned stop function is called.
func startSink(t *testing.T, cfg Config, crash bool) (stop func()) {
	t.Helper()
	_, stop = runSink(t, cfg, crash)
	return stop
}

// runSink is startSink that returns the sink too, for tests that wait on
// its directory table (Table.CatchUp: the sink has read a config record
// the test wrote) rather than for a while.
func runSink(t *testing.T, cfg Config, crash bool) (*Sink, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	s.crash = crash
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	var once sync.Once
	stop := func() {
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
	return s, stop
}

// wallBefore reports whether a is before b on the wall clock. The sink
// decides on the wall clock: a silence's End, a stored send time, a
// record's timestamp carry no monotonic reading, so time.Now() compares
// with them by its wall-clock reading. Two times from time.Now() in the
// test compare by their monotonic readings instead, and the two clocks
// part when the wall clock is stepped (NTP, a VM's time sync): a test
// that checks what the sink decided compares what the sink compared.
func wallBefore(a, b time.Time) bool { return a.Round(0).Before(b.Round(0)) }

// wallSub is b.Sub(a) on the wall clock (see wallBefore).
func wallSub(b, a time.Time) time.Duration { return b.Round(0).Sub(a.Round(0)) }

// eventually polls cond until it holds or the deadline passes.
func eventually(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// reminderFixture is a directory of domains of customer ca whose manager
// noc@ca.test is subscribed by e-mail, a real SMTP server, and sink
// configurations that remind of a Bad domain every interval: what the
// reminder hand-over tests share.
type reminderFixture struct {
	t        *testing.T
	c        *cluster
	mail     *smtpServer
	interval time.Duration
}

// newReminderFixture applies the directory of domains to c.
func newReminderFixture(t *testing.T, ctx context.Context, c *cluster, domains ...string) *reminderFixture {
	t.Helper()
	var yaml strings.Builder
	yaml.WriteString("resellers: [{id: ra}]\ncustomers: [{id: ca, reseller: ra}]\ndomains:\n")
	for _, d := range domains {
		fmt.Fprintf(&yaml, "  - {name: %s, customer: ca}\n", d)
	}
	yaml.WriteString("managers:\n  - {id: noc, level: customer, of: ca, email: noc@ca.test}\nsubscriptions:\n  - {id: s-noc, manager: noc}\n")
	c.applyDirectory(t, ctx, yaml.String())
	return &reminderFixture{t: t, c: c, mail: startSMTP(t, nil, "", ""), interval: 2 * time.Second}
}

// config is a sink configuration with its store in dir.
func (f *reminderFixture) config(dir string) Config {
	cfg := testConfig(f.t, f.c, f.mail, dir)
	cfg.RepeatInterval = f.interval
	cfg.CheckInterval = 100 * time.Millisecond
	return cfg
}

// mails returns when the mails about domain d (any domain when empty)
// whose subject begins with prefix arrived.
func (f *reminderFixture) mails(d, prefix string) []time.Time {
	var at []time.Time
	for _, m := range f.received(d, prefix) {
		at = append(at, m.at)
	}
	return at
}

// received returns the mails about domain d (any domain when empty) whose
// subject begins with prefix.
func (f *reminderFixture) received(d, prefix string) []received {
	var out []received
	for _, m := range f.mail.to("noc@ca.test") {
		subj := m.header.Get("Subject")
		if strings.HasPrefix(subj, prefix) && (d == "" || strings.Contains(subj, " "+d+" ") || strings.HasSuffix(subj, " "+d)) {
			out = append(out, m)
		}
	}
	return out
}

// reminderNumber reads a reminder mail's number ("reminder 3)").
var reminderNumber = regexp.MustCompile(`reminder (\d+)\)`)

// checkNoReminderAfterRecovery fails the test for a "still Bad" mail of
// one of domains that arrived after the domain's recovery mail, unless
// the check loop queued that reminder before the recovery mail arrived:
// one queued just before its member read the recovery goes out just after
// it, however long its delivery took. log holds the lines of every member
// (logged). A member reminding of a recovered domain queues its reminders
// after the recovery went out.
func (f *reminderFixture) checkNoReminderAfterRecovery(log string, domains []string) {
	t := f.t
	t.Helper()
	for _, d := range domains {
		rec := f.received(d, "[mailflow] RECOVERED")
		if len(rec) == 0 {
			t.Errorf("%s: no recovery mail", d)
			continue
		}
		recovered := rec[0].at
		for _, m := range f.received(d, "[mailflow] STILL BAD") {
			if !recovered.Before(m.at) {
				continue
			}
			n := reminderNumber.FindStringSubmatch(m.body)
			if n == nil {
				t.Errorf("%s: reminder without its number:\n%s", d, m.body)
				continue
			}
			queued := logTimes(t, log, "reminder due", "domain="+d+" ", "repeat="+n[1]+" ")
			if len(queued) == 0 || !wallBefore(queued[0], recovered) {
				t.Errorf("%s: reminder %s arrived at %s, after its recovery at %s, and was queued after it (%v)", d, n[1],
					m.at.Format(time.StampMilli), recovered.Format(time.StampMilli), queued)
			}
		}
	}
}

// toldByHook reads the webhook calls to path as notifications of flaps:
// how many calls, how many times each alert id was told (as a call's
// alert or in its folded list) and how many alerts the calls counted
// beyond their folded lists (folded_omitted), and the flaps they report.
func toldByHook(t *testing.T, hooks *hookReceiver, path string) (calls int, seen map[string]int, omitted, flaps int) {
	t.Helper()
	seen = map[string]int{}
	for _, call := range hooks.calls(path) {
		d := hookData(t, call)
		id, _ := d["id"].(string)
		seen[id]++
		if f, ok := d["folded"].([]any); ok {
			for _, e := range f {
				if m, ok := e.(map[string]any); ok {
					fid, _ := m["id"].(string)
					seen[fid]++
				}
			}
		}
		o, _ := d["folded_omitted"].(float64)
		fl, _ := d["flaps"].(float64)
		omitted += int(o)
		flaps += int(fl)
		calls++
	}
	return calls, seen, omitted, flaps
}

// flapAlerts returns n alerts of domain that flap Good→Bad, Bad→Good, …,
// caused by events prefix-0, prefix-1, ….
func flapAlerts(domain, prefix string, n int) []*schemas.StatusChange {
	alerts := make([]*schemas.StatusChange, 0, n)
	for i := range n {
		from, to := schemas.StatusGood, schemas.StatusBad
		if i%2 == 1 {
			from, to = to, from
		}
		alerts = append(alerts, alertAt(domain, from, to, fmt.Sprintf("%s-%d", prefix, i), 0.5))
	}
	return alerts
}

// startFlapSink starts a sink for the flap-control tests: room for 50
// deliveries, 10 a target, at most maxQueued queued, flap control over
// flapInterval; it returns the sink's log and metrics.
func startFlapSink(t *testing.T, c *cluster, mail *smtpServer, maxQueued int, flapInterval time.Duration) (*lockedBuffer, *prometheus.Registry) {
	t.Helper()
	cfg, buf, reg := flapSinkConfig(t, c, mail, maxQueued, flapInterval)
	startSink(t, cfg, false)
	return buf, reg
}

// flapSinkConfig is startFlapSink's configuration, for a test that starts
// the sink itself (and again).
func flapSinkConfig(t *testing.T, c *cluster, mail *smtpServer, maxQueued int, flapInterval time.Duration) (Config, *lockedBuffer, *prometheus.Registry) {
	t.Helper()
	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.MaxInflight = 50
	cfg.MaxQueued = maxQueued
	cfg.TargetInflight = 10
	cfg.FlapInterval = flapInterval
	log, buf := logged(t)
	cfg.Logger = log
	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	return cfg, buf, reg
}
