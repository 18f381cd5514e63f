package sinks

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/schemas"
)

// alertmanagerBinary is Debian's prometheus-alertmanager. The test skips
// without it on a developer's machine and fails without it in CI.
func alertmanagerBinary(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("prometheus-alertmanager")
	if err != nil {
		bin, err = exec.LookPath("alertmanager")
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("prometheus-alertmanager is not installed (apt-get install prometheus-alertmanager); CI must run this test")
		}
		t.Skip("prometheus-alertmanager is not installed (apt-get install prometheus-alertmanager); skipping the test against a real Alertmanager")
	}
	return bin
}

// amProcess is a real Alertmanager on a loopback port with its own config
// and storage directory; it can be stopped and started again on the same
// port and storage, as a restart would.
type amProcess struct {
	t    *testing.T
	bin  string
	dir  string
	addr string
	cmd  *exec.Cmd
	done chan struct{}
}

// amNotification is what Alertmanager's webhook receiver posts.
type amNotification struct {
	Status string `json:"status"`
	Alerts []struct {
		Status       string            `json:"status"`
		Labels       map[string]string `json:"labels"`
		Annotations  map[string]string `json:"annotations"`
		GeneratorURL string            `json:"generatorURL"`
	} `json:"alerts"`
}

// amReceiver records Alertmanager's webhook notifications by path.
type amReceiver struct {
	srv *httptest.Server
	mu  sync.Mutex
	got map[string][]amNotification
}

func startAMReceiver(t *testing.T) *amReceiver {
	r := &amReceiver{got: map[string][]amNotification{}}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		var n amNotification
		body, _ := io.ReadAll(req.Body)
		if err := json.Unmarshal(body, &n); err != nil {
			t.Errorf("Alertmanager webhook: %v: %s", err, body)
		}
		r.mu.Lock()
		r.got[req.URL.Path] = append(r.got[req.URL.Path], n)
		r.mu.Unlock()
	}))
	t.Cleanup(r.srv.Close)
	return r
}

// statuses returns the statuses of the notifications path received about
// domain, in order.
func (r *amReceiver) statuses(path, domain string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, n := range r.got[path] {
		for _, a := range n.Alerts {
			if a.Labels["domain"] == domain {
				out = append(out, a.Status)
			}
		}
	}
	return out
}

func (r *amReceiver) last(path string) amNotification {
	r.mu.Lock()
	defer r.mu.Unlock()
	ns := r.got[path]
	if len(ns) == 0 {
		return amNotification{}
	}
	return ns[len(ns)-1]
}

func freeLoopbackAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// startAlertmanager starts an Alertmanager that notifies hookURL (with
// resolved notifications) within a second of a change.
func startAlertmanager(t *testing.T, bin, hookURL string) *amProcess {
	t.Helper()
	a := &amProcess{t: t, bin: bin, dir: t.TempDir(), addr: freeLoopbackAddr(t)}
	cfg := fmt.Sprintf(`route:
  receiver: hook
  group_by: [domain]
  group_wait: 0s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: hook
    webhook_configs:
      - url: %q
        send_resolved: true
`, hookURL)
	if err := os.WriteFile(filepath.Join(a.dir, "alertmanager.yml"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	a.start()
	t.Cleanup(a.stop)
	return a
}

func (a *amProcess) url() string { return "http://" + a.addr }

func (a *amProcess) start() {
	a.t.Helper()
	logf, err := os.OpenFile(filepath.Join(a.dir, "alertmanager.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		a.t.Fatal(err)
	}
	a.cmd = exec.Command(a.bin,
		"--config.file="+filepath.Join(a.dir, "alertmanager.yml"),
		"--storage.path="+filepath.Join(a.dir, "data"),
		"--web.listen-address="+a.addr,
		"--cluster.listen-address=", // no gossip port: a single member
		"--log.level=warn")
	a.cmd.Stdout, a.cmd.Stderr = logf, logf
	if err := a.cmd.Start(); err != nil {
		logf.Close()
		a.t.Fatalf("start Alertmanager: %v", err)
	}
	logf.Close()
	a.done = make(chan struct{})
	go func(cmd *exec.Cmd, done chan struct{}) { _ = cmd.Wait(); close(done) }(a.cmd, a.done)
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(a.url() + "/-/ready")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		select {
		case <-a.done:
			log, _ := os.ReadFile(filepath.Join(a.dir, "alertmanager.log"))
			a.t.Fatalf("Alertmanager exited at start:\n%s", log)
		default:
		}
		if time.Now().After(deadline) {
			a.t.Fatal("Alertmanager not ready after 30s")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop ends the process (SIGTERM, then SIGKILL) and waits for it.
func (a *amProcess) stop() {
	if a.cmd == nil {
		return
	}
	_ = a.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-a.done:
	case <-time.After(10 * time.Second):
		_ = a.cmd.Process.Kill()
		<-a.done
	}
	a.cmd = nil
}

// gettableAlert is an alert as GET /api/v2/alerts returns it.
type gettableAlert struct {
	Labels       map[string]string `json:"labels"`
	Annotations  map[string]string `json:"annotations"`
	StartsAt     time.Time         `json:"startsAt"`
	EndsAt       time.Time         `json:"endsAt"`
	UpdatedAt    time.Time         `json:"updatedAt"` // when Alertmanager last received it
	GeneratorURL string            `json:"generatorURL"`
	Status       struct {
		State string `json:"state"`
	} `json:"status"`
}

// active returns the active alerts of domain (Alertmanager's API lists
// firing alerts only; a resolved one disappears from it).
func (a *amProcess) active(domain string) []gettableAlert {
	resp, err := http.Get(a.url() + "/api/v2/alerts?active=true")
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	var all []gettableAlert
	if err := json.NewDecoder(resp.Body).Decode(&all); err != nil {
		a.t.Errorf("GET /api/v2/alerts: %v", err)
		return nil
	}
	var out []gettableAlert
	for _, x := range all {
		if x.Labels["domain"] == domain && x.Status.State == "active" {
			out = append(out, x)
		}
	}
	return out
}

// awaitReposts waits until Alertmanager has received the alert of each
// of domains n times after since, as its record of an alert's latest
// post tells (updatedAt: its clock, this machine's wall clock, truncated
// to the millisecond, so that a later value is a later post), and each
// is active.
func (a *amProcess) awaitReposts(t *testing.T, what string, domains []string, since time.Time, n int) {
	t.Helper()
	seen := map[string]map[int64]bool{}
	eventually(t, 30*time.Second, what, func() bool {
		all := true
		for _, d := range domains {
			act := a.active(d)
			if len(act) == 1 && act[0].UpdatedAt.After(since) {
				if seen[d] == nil {
					seen[d] = map[int64]bool{}
				}
				seen[d][act[0].UpdatedAt.UnixNano()] = true
			}
			all = all && len(act) == 1 && len(seen[d]) >= n
		}
		return all
	})
}

// received returns Alertmanager's count of alerts received through API v2
// with status (firing or resolved) since it started.
func (a *amProcess) received(status string) float64 {
	resp, err := http.Get(a.url() + "/metrics")
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	want := `alertmanager_alerts_received_total{status="` + status + `",version="v2"} `
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), want); ok {
			f, _ := strconv.ParseFloat(v, 64)
			return f
		}
	}
	return 0
}

// TestAlertmanagerRealHA runs the sink against two real Alertmanagers (an
// HA pair, each posted to): a domain turns Bad and both show the alert
// with its labels and annotations; the sink restarts and one Alertmanager
// restarts (losing its in-memory alerts) and the re-post restores it; the
// other is down while the domain recovers and gets the resolved alert
// once back; the recovery keeps the labels of the firing alert.
// Sequential, as every test that starts Alertmanager processes: their
// ports are picked by listening and closing, which a parallel test could
// take meanwhile.
func TestAlertmanagerRealHA(t *testing.T) {
	bin := alertmanagerBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	hooks := startAMReceiver(t)
	am1 := startAlertmanager(t, bin, hooks.srv.URL+"/am1")
	am2 := startAlertmanager(t, bin, hooks.srv.URL+"/am2")

	c := startCluster(t)
	c.applyDirectory(t, ctx, `resellers: [{id: ra, name: Reseller A}]
customers: [{id: ca, reseller: ra}]
domains: [{name: a.example, customer: ca}]
`)
	mail := startSMTP(t, nil, "", "")
	dir := t.TempDir()
	cfg := testConfig(t, c, mail, dir)
	cfg.MaxAttempts = 120 // a minute of retries while Alertmanager 2 is down
	cfg.BackoffMax = 500 * time.Millisecond
	cfg.Alertmanager = AlertmanagerConfig{URLs: []string{am1.url(), am2.url() + "/"}, ResendInterval: 2 * time.Second, Timeout: 2 * time.Second}
	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	stop := startSink(t, cfg, false)

	bad := alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-1", 0.72)
	bad.Customer, bad.Reseller = "ca", "ra"
	bad.Failures = 7
	bad.LastResponse = "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n550 5.7.26 Gmail requires all senders to authenticate. - gsmtp"
	bad.TopCategories = []schemas.CategoryCount{{Category: "authentication_failed", Count: 7, Advice: "Publish SPF and sign with DKIM."}}
	c.produceAlerts(t, ctx, bad)

	wantLabels := map[string]string{
		"alertname": "MailFlowBad", "domain": "a.example", "customer": "ca", "reseller": "ra",
		"category": "authentication_failed", "provider": "Google", "severity": "warning",
	}
	for _, am := range []*amProcess{am1, am2} {
		eventually(t, 30*time.Second, "the alert firing in "+am.addr, func() bool { return len(am.active("a.example")) == 1 })
		got := am.active("a.example")[0]
		if fmt.Sprint(got.Labels) != fmt.Sprint(wantLabels) {
			t.Errorf("labels %v, want %v", got.Labels, wantLabels)
		}
		for k, want := range map[string]string{
			"success_rate": "0.7200", "failures": "7", "advice": "Publish SPF and sign with DKIM.",
			"last_response": oneLine(bad.LastResponse),
		} {
			if got.Annotations[k] != want {
				t.Errorf("annotation %s = %q, want %q", k, got.Annotations[k], want)
			}
		}
		if s := got.Annotations["summary"]; !strings.Contains(s, "a.example") || !strings.Contains(s, "72%") {
			t.Errorf("summary %q", s)
		}
		if d := got.Annotations["description"]; !strings.Contains(d, "authentication_failed") || !strings.Contains(d, "gsmtp") {
			t.Errorf("description %q", d)
		}
		if got.GeneratorURL != "https://console.test/domains/a.example" {
			t.Errorf("generatorURL %q", got.GeneratorURL)
		}
		if d := got.StartsAt.Sub(bad.At); d < -time.Second || d > time.Second {
			t.Errorf("startsAt %s, want the Bad alert's time %s", got.StartsAt, bad.At)
		}
	}
	eventually(t, 30*time.Second, "Alertmanager's firing notification", func() bool {
		return strings.Join(hooks.statuses("/am1", "a.example"), ",") == "firing"
	})

	// The sink stops; Alertmanager 1 restarts and forgets its alerts (it
	// keeps only silences and the notification log on disk). The restarted
	// sink re-posts the firing alert from its store: the Bad alert itself
	// is committed and will not be read again.
	stop()
	am1.stop()
	am1.start()
	if n := len(am1.active("a.example")); n != 0 {
		t.Fatalf("restarted Alertmanager still has %d alerts", n)
	}
	reg2 := prometheus.NewRegistry()
	cfg.Registerer = reg2
	startSink(t, cfg, false)
	eventually(t, 30*time.Second, "the re-posted alert in the restarted Alertmanager", func() bool {
		return len(am1.active("a.example")) == 1
	})
	if got := am1.active("a.example")[0].Labels; fmt.Sprint(got) != fmt.Sprint(wantLabels) {
		t.Errorf("re-posted labels %v", got)
	}

	// Alertmanager 2 is down while the domain recovers.
	am2.stop()
	rec := alertAt("a.example", schemas.StatusBad, schemas.StatusGood, "ev-2", 0.96)
	rec.Customer, rec.Reseller = "ca", "ra"
	rec.TopCategories = []schemas.CategoryCount{{Category: "greylisted", Count: 1}}
	c.produceAlerts(t, ctx, rec)
	eventually(t, 30*time.Second, "the alert resolved in Alertmanager 1", func() bool {
		st := hooks.statuses("/am1", "a.example")
		return len(am1.active("a.example")) == 0 && len(st) > 0 && st[len(st)-1] == "resolved"
	})
	n := hooks.last("/am1")
	if len(n.Alerts) != 1 || fmt.Sprint(n.Alerts[0].Labels) != fmt.Sprint(wantLabels) {
		t.Errorf("resolved notification %+v: want the firing alert's labels %v", n, wantLabels)
	}
	if n.Alerts[0].Annotations["recovered_success_rate"] != "0.9600" {
		t.Errorf("resolved annotations %v", n.Alerts[0].Annotations)
	}
	time.Sleep(time.Second) // retries against the stopped Alertmanager 2
	am2.start()
	eventually(t, 30*time.Second, "the resolved alert retried into Alertmanager 2", func() bool {
		return am2.received("resolved") >= 1
	})
	waitCommitted(t, ctx, c, "mailflow.sink")
	// Two more resend intervals: the recovered domain is never re-posted.
	time.Sleep(4 * time.Second)
	if n := len(am1.active("a.example")) + len(am2.active("a.example")); n != 0 {
		t.Errorf("%d alerts active after the recovery", n)
	}
	if f := am2.received("firing"); f != 0 {
		t.Errorf("Alertmanager 2 got %v firing alerts after the recovery", f)
	}
	if dl := c.deadLetters(t, ctx); len(dl) != 0 {
		t.Errorf("%d dead letters", len(dl))
	}
	if got := counter(t, reg2, "mailflow_sink_notifications_sent_total"); got != 2 {
		t.Errorf("restarted sink sent %v notifications, want the two recoveries", got)
	}
	checkMetrics(t, reg2)
}

// checkMetrics runs promtool check metrics (Debian's prometheus package)
// on the sink's metrics as /metrics serves them.
func checkMetrics(t *testing.T, reg *prometheus.Registry) {
	t.Helper()
	promtool, err := exec.LookPath("promtool")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("promtool is not installed (apt-get install prometheus); CI must run this check")
		}
		t.Log("promtool is not installed; skipping promtool check metrics")
		return
	}
	srv := httptest.NewServer(promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	cmd := exec.Command(promtool, "check", "metrics")
	cmd.Stdin = resp.Body
	if out, err := cmd.CombinedOutput(); err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("promtool check metrics on the sink's metrics: %v\n%s", err, out)
	}
}

// TestAlertmanagerDownDeadLetters checks that an Alertmanager that never
// answers is retried and then dead-lettered like any channel, with the
// channel and the (redacted) Alertmanager named. Sequential: its refused
// address is a port picked by listening and closing, which a parallel
// test could take meanwhile.
func TestAlertmanagerDownDeadLetters(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := startCluster(t)
	c.applyDirectory(t, ctx, `resellers: [{id: ra}]
customers: [{id: ca, reseller: ra}]
domains: [{name: a.example, customer: ca}]
`)
	refused := "http://user:s3cret@" + freeLoopbackAddr(t) // nothing listens there
	mail := startSMTP(t, nil, "", "")
	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.MaxAttempts = 3
	cfg.Alertmanager = AlertmanagerConfig{URLs: []string{refused}, Timeout: time.Second}
	reg := prometheus.NewRegistry()
	cfg.Registerer = reg
	startSink(t, cfg, false)
	bad := alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-1", 0.5)
	c.produceAlerts(t, ctx, bad)
	waitCommitted(t, ctx, c, "mailflow.sink")
	dl := c.deadLetters(t, ctx)
	if len(dl) != 1 {
		t.Fatalf("%d dead letters, want 1", len(dl))
	}
	r := dl[0]
	if header(r, HeaderChannel) != "alertmanager" || header(r, HeaderAttempts) != "3" ||
		!strings.Contains(header(r, HeaderManager), "alertmanager http://user:xxxxx@127.0.0.1") {
		t.Errorf("dead letter headers %v", r.Headers)
	}
	for _, h := range r.Headers {
		if strings.Contains(string(h.Value), "s3cret") {
			t.Errorf("header %s shows the password: %s", h.Key, h.Value)
		}
	}
	if got := counter(t, reg, "mailflow_sink_notification_attempts_failed_total"); got < 3 {
		t.Errorf("failed attempts %v, want at least 3", got)
	}
}

// TestAlertmanagerFutureStart: a Bad alert whose time is ahead of the
// clock (its events' producer's clock) reaches a real Alertmanager,
// starting now, and so do the other domains' alerts re-posted in the
// same and later requests (review finding: Alertmanager answered 400
// "start time must be before end time", the alert was dead-lettered, and
// every re-post stopped at the request that held it, so the alerts after
// it expired while their domains stayed Bad). Sequential: it starts an
// Alertmanager process (see TestAlertmanagerRealHA).
func TestAlertmanagerFutureStart(t *testing.T) {
	bin := alertmanagerBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	hooks := startAMReceiver(t)
	am := startAlertmanager(t, bin, hooks.srv.URL+"/am")
	c := startCluster(t)
	c.applyDirectory(t, ctx, `resellers: [{id: ra}]
customers: [{id: ca, reseller: ra}]
domains: [{name: a.example, customer: ca}, {name: b.example, customer: ca}, {name: c.example, customer: ca}, {name: d.example, customer: ca}, {name: e.example, customer: ca}]
`)
	mail := startSMTP(t, nil, "", "")
	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.Alertmanager = AlertmanagerConfig{URLs: []string{am.url()}, ResendInterval: 2 * time.Second, Timeout: 2 * time.Second, repostBatch: 2}
	cfg.Registerer = prometheus.NewRegistry()
	stop := startSink(t, cfg, false)
	defer stop()
	doms := []string{"a.example", "b.example", "c.example", "d.example", "e.example"}
	for i, d := range doms {
		bad := alertAt(d, schemas.StatusGood, schemas.StatusBad, "ev-"+d, 0.6)
		bad.Customer, bad.Reseller = "ca", "ra"
		if i == 0 {
			bad.At = bad.At.Add(2 * time.Hour)
		}
		c.produceAlerts(t, ctx, bad)
	}
	for _, d := range doms {
		eventually(t, 30*time.Second, d+" firing in Alertmanager", func() bool { return len(am.active(d)) == 1 })
	}
	if got := am.active("a.example")[0].StartsAt; got.After(time.Now().Add(time.Minute)) {
		t.Fatalf("the alert of a time ahead starts at %s, after now", got)
	}
	// Every re-post reaches every alert, in whichever request it goes:
	// Alertmanager receives each again, twice, and each is still firing.
	// (Watching them stay active for 7 s bounded how late a loaded
	// machine re-posts, not which alerts a re-post holds.)
	am.awaitReposts(t, "every alert re-posted twice, and firing", doms, time.Now(), 2)
}
